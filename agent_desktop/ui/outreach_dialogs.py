"""Dialogs around outreach: the contact summary, why a contact is blocked, a call-back note.

Each dialog is opened with `open()` and answers through its signals, so the action bar never
blocks in `exec()` and tests drive the dialogs like any other widget.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import Channel, OutreachDecision, OverridableBy, text_problem
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce, named_icon
from agent_desktop.ui.reason_words import reason_text

if TYPE_CHECKING:
    from agent_desktop.services.approvals import RequestView

_OK = QDialogButtonBox.StandardButton.Ok
_CANCEL = QDialogButtonBox.StandardButton.Cancel
_CLOSE = QDialogButtonBox.StandardButton.Close
_ACCEPT_ROLE = QDialogButtonBox.ButtonRole.AcceptRole
_PLAIN = Qt.TextFormat.PlainText
_STOP_ICON = QStyle.StandardPixmap.SP_BrowserStop
_WARNING_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
_SUMMARY_MAX = 500
_REASON_MAX = 1000


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(_PLAIN)
    return label


def unstorable_text(field: str) -> str:
    """What the agent reads when `field` (its label's words) holds a character no database
    stores: a NUL, or half of a character pasted from elsewhere."""
    return QCoreApplication.translate(
        "OutreachDialogs",
        "{field}: it holds a character that cannot be stored (a NUL, or part of a character). "
        "Remove it and try again.",
    ).format(field=field)


class FieldError(QWidget):
    """A warning icon and the words of what is wrong with a field: shown, announced, and the
    keyboard put back on the field. Hidden while nothing is wrong."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        name = QCoreApplication.translate("OutreachDialogs", "Error")
        self.icon = named_icon(self, _WARNING_ICON, name)
        self.label = ValueLabel(name, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(_PLAIN)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.setVisible(False)

    def check(self, edit: QLineEdit, field: str) -> bool:
        """True when `edit`'s text can be stored; otherwise say why and focus it."""
        if text_problem(edit.text()) is None:
            self.setVisible(False)
            return True
        text = unstorable_text(field)
        self.label.setText(text)
        self.setVisible(True)
        announce(self, text, assertive=True)
        edit.setFocus()
        return False


def _min_width(dialog: QDialog, chars: int) -> None:
    # In characters, so the dialog grows with the user's font size.
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * chars)


class _TextDialog(QDialog):
    """A one-line text and Record/Cancel; Enter accepts."""

    def __init__(
        self,
        title: str,
        prompt: str,
        accept_text: str,
        *,
        required: bool,
        field: str,
        parent: QWidget | None = None,
    ):
        """`field` names the text in an error ("Summary", "Note")."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self._field = field
        self.text = QLineEdit(self)
        self.text.setMaxLength(_SUMMARY_MAX)
        prompt_label = QLabel(prompt, self)
        prompt_label.setBuddy(self.text)
        self.buttons = QDialogButtonBox(_CANCEL, self)
        # Named context: self.tr here would be looked up under the subclass at run time.
        self.buttons.button(_CANCEL).setAccessibleName(
            QCoreApplication.translate("OutreachDialogs", "Cancel")
        )
        self.accept_button = self.buttons.addButton(accept_text, _ACCEPT_ROLE)
        self.accept_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.text)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        _min_width(self, 50)
        self._required = required
        if required:
            self.text.textChanged.connect(self._update)
            self._update()

    def value(self) -> str | None:
        return self.text.text().strip() or None

    def accept(self) -> None:
        # Refused here, naming the field, rather than by the database after the dialog closed.
        if self.error.check(self.text, self._field):
            super().accept()

    def _update(self) -> None:
        self.accept_button.setEnabled(bool(self.text.text().strip()))


class SummaryDialog(_TextDialog):
    """Asks for a one-line summary of an outreach about to be recorded."""

    def __init__(self, channel: Channel, parent: QWidget | None = None, *, to: str | None = None):
        """`to` names whom the contact goes to when it is not the customer."""
        name = texts.channel_name(channel)
        title = (
            self.tr("Record {channel} to {whom}").format(channel=name, whom=to)
            if to
            else self.tr("Record {channel}").format(channel=name)
        )
        super().__init__(
            title,
            self.tr("One-line &summary of this contact:"),
            self.tr("&Record"),
            required=False,
            field=self.tr("Summary"),
            parent=parent,
        )
        self.text.setAccessibleName(self.tr("Summary of the contact"))
        self.accept_button.setAccessibleName(self.tr("Record the contact"))
        self.channel = channel

    def summary(self) -> str | None:
        return self.value()


class CallbackDialog(_TextDialog):
    """Asks for a note to go with a call-back request."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            self.tr("Request call-back"),
            self.tr("&Note for whoever returns the call (optional):"),
            self.tr("&Request call-back"),
            required=False,
            field=self.tr("Note"),
            parent=parent,
        )
        self.text.setAccessibleName(self.tr("Call-back note"))
        self.accept_button.setAccessibleName(self.tr("Request the call-back"))

    def note(self) -> str | None:
        return self.value()


class BlockedDialog(QDialog):
    """Why a contact was refused, when it may happen, what is allowed, and how to go ahead.

    A preference block offers the agent's own override with a reason. A restriction block
    offers to ask a team leader, with the agent's reason: the request goes to their team's
    board, the dialog says it is waiting, and shows the answer when it arrives (`show_request`);
    an approval lets the agent record the contact with it. A block nobody may override offers
    only Close. The dialog stays open while the action bar works, so an error can name the
    field; closed, the request stays, and the dialog opens on it again.
    """

    sig_override = Signal(str)
    """The agent overrides a preference block with this reason."""
    sig_ask = Signal(str)
    """The agent asks a team leader to allow the contact, with this reason."""
    sig_record_approved = Signal(object)
    """The agent records the contact with this approval (its id)."""

    def __init__(
        self,
        channel: Channel,
        decision: OutreachDecision,
        calendar,
        parent: QWidget | None = None,
        *,
        summary: str | None = None,
        now: datetime | None = None,
        to: str | None = None,
        request: RequestView | None = None,
    ):
        """`calendar` is the office's; `summary` fills the contact's summary line; `now`
        decides whether dates need a year; `to` names whom the contact goes to when it is not
        the customer; `request` is the agent's request about this contact still standing
        (waiting, or answered), shown as `show_request` shows it."""
        super().__init__(parent)
        self.channel = channel
        self.decision = decision
        self._tz = tz = calendar.tz
        name = texts.channel_name(channel)
        self.setWindowTitle(
            self.tr("{channel} to {whom} is blocked").format(channel=name, whom=to)
            if to
            else self.tr("{channel} is blocked").format(channel=name)
        )
        layout = QVBoxLayout(self)

        heading = QHBoxLayout()
        heading.addWidget(named_icon(self, _STOP_ICON, self.tr("Blocked")))
        self.heading = _wrapped(
            self.tr("This {channel} cannot go ahead now:").format(channel=name), self
        )
        heading.addWidget(self.heading, 1)
        layout.addLayout(heading)

        self.reason_labels: list[QLabel] = []
        for reason in decision.blocks:
            label = _wrapped(
                self.tr("• {title}: {message}").format(
                    title=texts.reason_title(reason.code), message=reason_text(reason, tz, now)
                ),
                self,
            )
            self.reason_labels.append(label)
            layout.addWidget(label)

        if decision.next_allowed_at is not None:
            when = self.tr("Next allowed {when}.").format(
                when=texts.allowed_when(decision.next_allowed_at, calendar, now)
            )
        else:
            when = self.tr("Time alone will not allow this.")
        self.next_allowed = _wrapped(when, self)
        layout.addWidget(self.next_allowed)

        allowed = ", ".join(texts.channel_name(c) for c in decision.allowed_channels)
        self.allowed_channels = _wrapped(
            self.tr("Allowed now: {channels}.").format(channels=allowed)
            if allowed
            else self.tr("No channel is allowed now."),
            self,
        )
        layout.addWidget(self.allowed_channels)

        self.summary_edit: QLineEdit | None = None
        self.override_reason: QLineEdit | None = None
        self.override_button: QPushButton | None = None
        self.request_reason: QLineEdit | None = None
        self.ask_button: QPushButton | None = None
        self.record_button: QPushButton | None = None
        self.request_state: ValueLabel | None = None
        #: The request this dialog waits on, or shows the answer to.
        self.request: RequestView | None = None
        self.buttons = QDialogButtonBox(_CLOSE, self)
        self.buttons.button(_CLOSE).setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        if decision.overridable_by is not None:
            layout.addLayout(self._summary_line(summary))
        if decision.overridable_by is OverridableBy.AGENT:
            layout.addWidget(self._agent_override())
        elif decision.overridable_by is OverridableBy.TEAM_LEADER:
            layout.addWidget(self._leader_request())
        else:
            layout.addWidget(_wrapped(self.tr("No one can override this."), self))

        error_row = QHBoxLayout()
        self.error_icon = named_icon(self, _WARNING_ICON, self.tr("Error"))
        self.error = ValueLabel(self.tr("Error"), self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(_PLAIN)
        error_row.addWidget(self.error_icon)
        error_row.addWidget(self.error, 1)
        self.error_icon.setVisible(False)
        self.error.setVisible(False)
        layout.addLayout(error_row)
        layout.addWidget(self.buttons)
        self.setAccessibleDescription(
            "\n".join(
                [self.heading.text()]
                + [label.text() for label in self.reason_labels]
                + [self.next_allowed.text(), self.allowed_channels.text()]
            )
        )
        _min_width(self, 60)
        if request is not None:
            self.show_request(request, announce_it=False)

    def summary(self) -> str | None:
        """The contact's one-line summary, if one was given."""
        if self.summary_edit is None:
            return None
        return self.summary_edit.text().strip() or None

    def _summary_line(self, summary: str | None) -> QFormLayout:
        # The contact is checked before its summary is asked for, so a contact that goes ahead
        # past a block takes its summary here.
        form = QFormLayout()
        self.summary_edit = QLineEdit(summary or "", self)
        self.summary_edit.setMaxLength(_SUMMARY_MAX)
        self.summary_edit.setAccessibleName(self.tr("Summary of the contact"))
        label = QLabel(self.tr("One-line &summary of this contact:"), self)
        label.setBuddy(self.summary_edit)
        form.addRow(label, self.summary_edit)
        return form

    # --- the two ways past a block ------------------------------------------------------------

    def _agent_override(self) -> QGroupBox:
        box = QGroupBox(self.tr("Override the customer's preference"), self)
        form = QFormLayout(box)
        self.override_reason = QLineEdit(box)
        self.override_reason.setMaxLength(_REASON_MAX)
        self.override_reason.setAccessibleName(self.tr("Reason for overriding"))
        self.override_reason.setPlaceholderText(
            self.tr("For example: the customer asked on the phone to be emailed instead")
        )
        label = QLabel(self.tr("&Reason:"), box)
        label.setBuddy(self.override_reason)
        form.addRow(label, self.override_reason)
        self.override_button = QPushButton(self.tr("&Override and record"), box)
        self.override_button.setAccessibleName(self.tr("Override and record"))
        self.override_button.setEnabled(False)
        self.override_button.setDefault(True)
        form.addRow(self.override_button)
        self.override_reason.textChanged.connect(self._update)
        self.override_button.clicked.connect(self._override)
        return box

    def _leader_request(self) -> QGroupBox:
        box = QGroupBox(self.tr("A team leader must authorise this contact"), self)
        form = QFormLayout(box)
        form.addRow(
            _wrapped(
                self.tr(
                    "Say why this contact is needed and ask a team leader of your team. Their "
                    "answer shows here; you may close this window meanwhile and come back to it."
                ),
                box,
            )
        )
        self.request_reason = QLineEdit(box)
        self.request_reason.setMaxLength(_REASON_MAX)
        self.request_reason.setAccessibleName(self.tr("Your reason for asking"))
        reason_label = QLabel(self.tr("Your &reason:"), box)
        reason_label.setBuddy(self.request_reason)
        form.addRow(reason_label, self.request_reason)
        self.ask_button = QPushButton(self.tr("Ask a &team leader"), box)
        self.ask_button.setAccessibleName(self.tr("Ask a team leader"))
        self.ask_button.setEnabled(False)
        self.ask_button.setDefault(True)
        form.addRow(self.ask_button)
        self.request_state = ValueLabel(self.tr("Request"), box)
        self.request_state.setWordWrap(True)
        self.request_state.setTextFormat(_PLAIN)
        self.request_state.setVisible(False)
        form.addRow(self.request_state)
        self.record_button = QPushButton(self.tr("Record with &approval"), box)
        self.record_button.setAccessibleName(self.tr("Record with the team leader's approval"))
        self.record_button.setVisible(False)
        self.record_button.setEnabled(False)
        form.addRow(self.record_button)
        self.request_reason.textChanged.connect(self._update)
        self.ask_button.clicked.connect(self._ask)
        self.record_button.clicked.connect(self._record_approved)
        return box

    def _ready(self) -> bool:
        if self.override_reason is not None:
            return bool(self.override_reason.text().strip())
        if self.request_reason is not None:
            return self._may_ask() and bool(self.request_reason.text().strip())
        return False

    def _may_ask(self) -> bool:
        """Nothing asked yet, the last answer was no, or its approval is used or expired:
        the agent may ask (again)."""
        if self.request is None or self.request.status == "refused":
            return True
        return self.request.status == "approved" and not self.request.usable()

    def _approved(self) -> bool:
        return self.request is not None and self.request.usable()

    def _update(self) -> None:
        if self.override_button is not None:
            self.override_button.setEnabled(self._ready())
        if self.ask_button is not None:
            self.ask_button.setEnabled(self._ready())
            self.record_button.setEnabled(self._approved())

    def _storable(self) -> bool:
        """Whether every text can be stored; if not, say which holds what cannot be."""
        fields = (
            (self.summary_edit, self.tr("Summary")),
            (self.override_reason, self.tr("Reason")),
            (self.request_reason, self.tr("Reason")),
        )
        for edit, field in fields:
            if edit is not None and text_problem(edit.text()) is not None:
                self.show_error(unstorable_text(field))
                edit.setFocus()
                return False
        return True

    def _override(self) -> None:
        if self._ready() and self._storable():
            self.clear_error()
            self.sig_override.emit(self.override_reason.text().strip())

    def _ask(self) -> None:
        if self._ready() and self._storable():
            self.clear_error()
            self.sig_ask.emit(self.request_reason.text().strip())

    def _record_approved(self) -> None:
        if self._approved() and self._storable():
            self.clear_error()
            self.sig_record_approved.emit(self.request.approval)

    # --- the team leader's answer -------------------------------------------------------------

    def show_request(self, request: RequestView, *, announce_it: bool = True) -> None:
        """Show where the agent's request stands: waiting, approved (by whom, with their
        reason, until when) or refused (by whom, with their reason)."""
        if self.request_state is None:
            return
        changed = self.request is None or (self.request.id, self.request.status) != (
            request.id,
            request.status,
        )
        self.request = request
        if request.status == "pending":
            text = self.tr("Waiting for a team leader. You asked: {reason}").format(
                reason=request.reason
            )
        elif request.status == "approved":
            text = self.tr("Approved by {leader}: {reason}").format(
                leader=request.decided_by, reason=request.decision_reason
            )
            if request.usable():  # the approval's time is the server's, not the desk's
                until = f"{request.expires_at.astimezone(self._tz):%H:%M}"
                text += " " + self.tr("Record the contact by {time}.").format(time=until)
            else:
                text += " " + self.tr("The approval is used or has expired: ask again.")
        else:
            text = self.tr("Refused by {leader}: {reason}").format(
                leader=request.decided_by, reason=request.decision_reason
            )
        self.request_state.setText(text)
        self.request_state.setVisible(True)
        waiting = request.status == "pending"
        self.request_reason.setReadOnly(not self._may_ask())
        if waiting and not self.request_reason.text():
            self.request_reason.setText(request.reason)
        self.ask_button.setText(
            self.tr("Ask a&gain")
            if request.status != "pending" and self._may_ask()
            else self.tr("Ask a &team leader")
        )
        self.ask_button.setAccessibleName(self.ask_button.text().replace("&", ""))
        approved = self._approved()
        self.record_button.setVisible(approved)
        self.record_button.setDefault(approved)
        self.ask_button.setDefault(not approved)
        self._update()
        if approved:
            self.record_button.setFocus()
        if announce_it and changed:
            announce(self, text, assertive=not waiting)

    # --- answers from the action bar ----------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """While recording or asking, nothing may be sent twice."""
        if busy:
            for button in (self.override_button, self.ask_button, self.record_button):
                if button is not None:
                    button.setEnabled(False)
        else:
            self._update()

    def clear_error(self) -> None:
        self.error.setText("")
        self.error.setVisible(False)
        self.error_icon.setVisible(False)

    def show_error(self, error: Exception | str) -> None:
        """Say what is wrong and in which field, and put the focus there.

        `error` is the service's InvalidInput/NotPermitted (which names the field) or a text
        the action bar has already written for the agent.
        """
        field = getattr(error, "field", "")
        message = getattr(error, "message", str(error))
        target = None
        if field == "approval":
            text = self.tr("Approval: {message}").format(message=message)
        elif field == "reason" and self.request_reason is not None:
            target = self.request_reason
            text = self.tr("Your reason: {message}").format(message=message)
        elif field == "override_reason":
            target = self.override_reason
            text = self.tr("Reason: {message}").format(message=message)
        else:
            text = message
        self.error.setText(text)
        self.error.setVisible(True)
        self.error_icon.setVisible(True)
        self.set_busy(False)
        announce(self, text, assertive=True)
        if target is not None:
            target.setFocus()
            target.selectAll()
