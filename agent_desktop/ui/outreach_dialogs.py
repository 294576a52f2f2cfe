"""Dialogs around outreach: the contact summary, why a contact is blocked, a call-back note.

Each dialog is opened with `open()` and answers through its signals, so the action bar never
blocks in `exec()` and tests drive the dialogs like any other widget.
"""

from __future__ import annotations

from datetime import datetime

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
from agent_desktop.services.errors import NotPermitted
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce, named_icon
from agent_desktop.ui.reason_words import reason_text

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

    A preference block offers the agent's own override with a reason; a restriction block asks
    for a team leader's username and reason; a block nobody may override offers only Close.
    The dialog stays open while the action bar records, so an error can name the field.
    """

    sig_override = Signal(str)
    """The agent overrides a preference block with this reason."""
    sig_authorise = Signal(str, str, str)
    """A team leader (username) authorises the contact with their reason (and, where the
    central database needs it, their password; otherwise empty)."""

    def __init__(
        self,
        channel: Channel,
        decision: OutreachDecision,
        calendar,
        parent: QWidget | None = None,
        *,
        own_username: str | None = None,
        summary: str | None = None,
        now: datetime | None = None,
        to: str | None = None,
        leader_password: bool = False,
        own_login: str | None = None,
    ):
        """`calendar` is the office's; `summary` fills the contact's summary line; `now`
        decides whether dates need a year; `to` names whom the contact goes to when it is not
        the customer. `leader_password` asks a team leader for their own password (on the
        central database, where the login that grants an authorisation is who granted it),
        except the person `own_login` names, whose own login this desktop already uses."""
        super().__init__(parent)
        self.channel = channel
        self.decision = decision
        tz = calendar.tz
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
        self.leader_username: QLineEdit | None = None
        self.leader_reason: QLineEdit | None = None
        self.leader_password: QLineEdit | None = None
        self._ask_password = leader_password
        self._own_login = own_login
        self.authorise_button: QPushButton | None = None
        self.buttons = QDialogButtonBox(_CLOSE, self)
        self.buttons.button(_CLOSE).setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        if decision.overridable_by is not None:
            layout.addLayout(self._summary_line(summary))
        if decision.overridable_by is OverridableBy.AGENT:
            layout.addWidget(self._agent_override())
        elif decision.overridable_by is OverridableBy.TEAM_LEADER:
            layout.addWidget(self._leader_authorisation(own_username))
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

    def _leader_authorisation(self, own_username: str | None) -> QGroupBox:
        box = QGroupBox(self.tr("A team leader must authorise this contact"), self)
        form = QFormLayout(box)
        self.leader_username = QLineEdit(box)
        self.leader_username.setAccessibleName(self.tr("Team leader's username"))
        if own_username:
            self.leader_username.setText(own_username)
        self.leader_reason = QLineEdit(box)
        self.leader_reason.setMaxLength(_REASON_MAX)
        self.leader_reason.setAccessibleName(self.tr("Team leader's reason"))
        user_label = QLabel(self.tr("Team leader's &username:"), box)
        user_label.setBuddy(self.leader_username)
        reason_label = QLabel(self.tr("Their &reason:"), box)
        reason_label.setBuddy(self.leader_reason)
        form.addRow(user_label, self.leader_username)
        form.addRow(reason_label, self.leader_reason)
        if self._ask_password:
            # The central database writes who authorised from the login that grants it, so a
            # team leader at someone else's desk signs in for this one authorisation.
            self.leader_password = QLineEdit(box)
            self.leader_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.leader_password.setAccessibleName(self.tr("Team leader's password"))
            password_label = QLabel(self.tr("Their &password:"), box)
            password_label.setBuddy(self.leader_password)
            form.addRow(password_label, self.leader_password)
            hint = _wrapped(
                self.tr(
                    "A team leader at someone else's desk types their own password: it is used "
                    "for this authorisation only and is not kept."
                ),
                box,
            )
            form.addRow(hint)
            self.leader_password.textChanged.connect(self._update)
        self.authorise_button = QPushButton(self.tr("Record with &authorisation"), box)
        self.authorise_button.setAccessibleName(self.tr("Record with authorisation"))
        self.authorise_button.setEnabled(False)
        self.authorise_button.setDefault(True)
        form.addRow(self.authorise_button)
        self.leader_username.textChanged.connect(self._update)
        self.leader_reason.textChanged.connect(self._update)
        self.authorise_button.clicked.connect(self._authorise)
        return box

    def _ready(self) -> bool:
        if self.override_reason is not None:
            return bool(self.override_reason.text().strip())
        if self.leader_username is not None:
            username = self.leader_username.text().strip()
            if not (username and self.leader_reason.text().strip()):
                return False
            return not self._password_needed(username) or bool(self.leader_password.text())
        return False

    def _password_needed(self, username: str) -> bool:
        return self.leader_password is not None and username != self._own_login

    def _update(self) -> None:
        button = self.override_button or self.authorise_button
        if button is not None:
            button.setEnabled(self._ready())

    def _storable(self) -> bool:
        """Whether every text can be stored; if not, say which holds what cannot be."""
        fields = (
            (self.summary_edit, self.tr("Summary")),
            (self.override_reason, self.tr("Reason")),
            (self.leader_username, self.tr("Team leader's username")),
            (self.leader_reason, self.tr("Reason")),
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

    def _authorise(self) -> None:
        if self._ready() and self._storable():
            self.clear_error()
            username = self.leader_username.text().strip()
            password = self.leader_password.text() if self._password_needed(username) else ""
            self.sig_authorise.emit(username, self.leader_reason.text().strip(), password)

    # --- answers from the action bar ----------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """While recording, nothing may be sent twice."""
        button = self.override_button or self.authorise_button
        if button is not None:
            button.setEnabled(not busy and self._ready())

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
        if field == "authorised_by" and self.leader_username is not None:
            target = self.leader_username
            username = self.leader_username.text().strip()
            if isinstance(error, NotPermitted):
                message = self.tr(
                    "{username} is not a team leader or manager, so cannot authorise this contact."
                ).format(username=username)
            else:
                message = self.tr("No member of staff has the username {username}.").format(
                    username=username
                )
            text = self.tr("Team leader's username: {message}").format(message=message)
        elif field == "leader_login" and self.leader_username is not None:
            target = self.leader_username
            text = self.tr(
                "Team leader's username: {username} has no login of their own on the central "
                "database, so cannot authorise at this desk."
            ).format(username=self.leader_username.text().strip())
        elif field == "leader_password" and self.leader_password is not None:
            target = self.leader_password
            text = self.tr(
                "Team leader's password: not accepted by the central database. Type it again."
            )
        elif field == "override_reason":
            target = self.override_reason or self.leader_reason
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
