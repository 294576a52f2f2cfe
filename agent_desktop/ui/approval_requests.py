"""The team board's requests: agents asking a team leader to allow one contact past a
restriction block, and the team leader's answer (team-work.md, contact-rules.md).

A request appears as soon as the sync brings it (`refresh`, from the board's `on_changes`),
with a count in words and an announcement, and no sound. The team leader approves or refuses
the selected request with their own reason (Approve…, Ctrl+Shift+P; Refuse…, Ctrl+Shift+R):
as themselves, so where the central database writes the decider from the login, a team
leader at a desk not signed in with their own login gives their password for this decision.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import InvalidInput, text_problem
from agent_desktop.services.changes import Changes
from agent_desktop.services.gateway import DeskData, unreachable
from agent_desktop.services.session import SignedIn
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, announce
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.outreach_dialogs import FieldError, unstorable_text

APPROVE_KEY = "Ctrl+Shift+P"
REFUSE_KEY = "Ctrl+Shift+R"
_REASON_MAX = 1000
_PLAIN = Qt.TextFormat.PlainText
_ID_ROLE = Qt.ItemDataRole.UserRole
#: How often the "Waiting" column is worded again (from what is shown: no read).
AGE_EVERY_MS = 60_000


def blocks_in_words(codes) -> str:
    """What stopped the contact, in the interface language."""
    return "; ".join(texts.reason_title(str(code)) for code in codes)


class DecisionDialog(QDialog):
    """Approve or refuse one request, with the team leader's reason (and, where needed, their
    password, used for this decision only and kept nowhere)."""

    sig_decide = Signal(str, str)
    """The team leader's reason and password (empty when none is asked)."""

    def __init__(self, request, approve: bool, ask_password: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.request = request
        self.approve = approve
        self.setWindowTitle(
            self.tr("Approve the request") if approve else self.tr("Refuse the request")
        )
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "{agent} asks to contact {customer} ({ref}) by {channel}. Blocked by: {blocks}. "
                "Their reason: {reason}"
            ).format(
                agent=request.staff_name,
                customer=request.customer_name,
                ref=request.customer_ref,
                channel=texts.channel_name(request.channel),
                blocks=blocks_in_words(request.blocks),
                reason=request.reason,
            ),
            self,
        )
        summary.setWordWrap(True)
        summary.setTextFormat(_PLAIN)
        layout.addWidget(summary)
        if approve:
            note = self.tr(
                "The approval allows that one contact, by that agent, on that channel, "
                "within 30 minutes."
            )
            layout.addWidget(QLabel(note, self))
        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(_REASON_MAX)
        self.reason.setAccessibleName(self.tr("Your reason for the decision"))
        reason_label = QLabel(self.tr("Your &reason:"), self)
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        self.password: QLineEdit | None = None
        if ask_password:
            self.password = QLineEdit(self)
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            self.password.setAccessibleName(self.tr("Your password"))
            password_label = QLabel(self.tr("Your &password:"), self)
            password_label.setBuddy(self.password)
            form.addRow(password_label, self.password)
            hint = QLabel(
                self.tr(
                    "This desk is not signed in with your own login: your password is used "
                    "for this decision only and is not kept."
                ),
                self,
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        layout.addLayout(form)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.decide_button = self.buttons.addButton(
            self.tr("&Approve") if approve else self.tr("Re&fuse"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.decide_button.setAccessibleName(
            self.tr("Approve the request") if approve else self.tr("Refuse the request")
        )
        self.decide_button.setDefault(True)
        self.buttons.accepted.connect(self._decide)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        if self.password is not None:
            self.password.textChanged.connect(self._update)
        self._update()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.reason.setFocus()  # the keyboard starts where the team leader writes

    def _ready(self) -> bool:
        if not self.reason.text().strip():
            return False
        return self.password is None or bool(self.password.text())

    def _update(self) -> None:
        self.decide_button.setEnabled(self._ready())

    def _decide(self) -> None:
        if not self._ready():
            return
        if text_problem(self.reason.text()) is not None:
            self.show_error(unstorable_text(self.tr("Your reason")), self.reason)
            return
        self.error.setVisible(False)
        self.decide_button.setEnabled(False)
        self.sig_decide.emit(
            self.reason.text().strip(), self.password.text() if self.password else ""
        )

    def show_error(self, text: str, field: QLineEdit | None = None) -> None:
        self.error.label.setText(text)
        self.error.setVisible(True)
        announce(self, text, assertive=True)
        self._update()
        if field is not None:
            field.setFocus()
            field.selectAll()


class RequestsPanel(QWidget):
    """A team's waiting requests, newest arrivals announced, and the decisions on them."""

    sig_changes = Signal(object)
    """Emitted with the Changes a decision here made."""
    sig_message = Signal(str)
    sig_loaded = Signal(list)
    """Emitted with the requests after each read."""

    def __init__(
        self,
        ops: Ops,
        data: DeskData,
        user: SignedIn,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.data = data
        self.user = user
        self._clock = clock
        self.team_id: uuid.UUID | None = None
        self.requests: list = []
        self._seen: set[uuid.UUID] | None = None  # None until the first read of a team
        self._ask_password = False
        self.dialog: DecisionDialog | None = None

        self.count = ValueLabel(self.tr("Requests waiting"), self, self.tr("Reading requests…"))
        self.count.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Agent"),
                self.tr("Channel"),
                self.tr("Blocked by"),
                self.tr("Agent's reason"),
                self.tr("Waiting"),
            ]
        )
        self.table.setAccessibleName(self.tr("Requests for authorisation"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        label = QLabel(self.tr("Re&quests for authorisation"), self)
        label.setBuddy(self.table)

        self.approve_action = QAction(self.tr("A&pprove…"), self)
        self.approve_action.setShortcut(QKeySequence(APPROVE_KEY))
        self.refuse_action = QAction(self.tr("&Refuse…"), self)
        self.refuse_action.setShortcut(QKeySequence(REFUSE_KEY))
        for action, approve in ((self.approve_action, True), (self.refuse_action, False)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, a=approve: self.decide_selected(a))
        self.approve_button = QPushButton(self.tr("Approve… (Ctrl+Shift+P)"), self)
        self.approve_button.setAccessibleName(self.tr("Approve the selected request"))
        self.approve_button.clicked.connect(lambda: self.decide_selected(True))
        self.refuse_button = QPushButton(self.tr("Refuse… (Ctrl+Shift+R)"), self)
        self.refuse_button.setAccessibleName(self.tr("Refuse the selected request"))
        self.refuse_button.clicked.connect(lambda: self.decide_selected(False))

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.count, 1)
        top.addWidget(self.approve_button)
        top.addWidget(self.refuse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        # Room for five requests: a queue of requests is a problem to solve, not a list to
        # read, and the board's members and work need the height.
        self.table.setMaximumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 5 * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self._show([])
        self._ages = QTimer(self)
        self._ages.setInterval(AGE_EVERY_MS)
        self._ages.timeout.connect(self._show_ages)
        self._ages.start()

    def actions(self) -> list[QAction]:
        """Approve… and Refuse…, for the board to add where its keys reach them."""
        return [self.approve_action, self.refuse_action]

    # -- reading --

    def set_team(self, team_id: uuid.UUID | None) -> None:
        """Show `team_id`'s requests: read when the team changes; after that, when a change
        says a request was asked or answered (`on_changes` of the board), not on every read
        of the board."""
        if team_id != self.team_id:
            self.team_id = team_id
            self._seen = None
            self.refresh()

    def refresh(self) -> None:
        team_id, data, by = self.team_id, self.data, self.user.username
        if team_id is None:
            return

        def read():
            return data.pending_requests(team_id), data.decision_needs_password(by)

        self.ops.latest("requests", read, self._loaded, self._failed, owner=self)

    def _failed(self, _exc: Exception) -> None:
        self.count.setText(self.tr("The requests could not be read. Try again with F5."))

    def _loaded(self, answer) -> None:
        requests, self._ask_password = answer
        new = [] if self._seen is None else [r for r in requests if r.id not in self._seen]
        self._seen = {r.id for r in requests}
        self._show(requests)
        if new:
            first = new[0]
            text = self.tr("New request for authorisation from {agent} about {customer}.").format(
                agent=first.staff_name, customer=first.customer_ref
            )
            if len(new) > 1:
                text = self.tr("%n new request(s) for authorisation.", "", len(new))
            # Announced, never a sound: the count says it too.
            announce(self, text)
            self.sig_message.emit(text)
        self.sig_loaded.emit(requests)

    def _show(self, requests: list) -> None:
        selected = self.selected()
        self.requests = list(requests)
        now = self._clock()
        # None waiting: the count says so, and the board's other lists take the height.
        self.table.setVisible(bool(self.requests))
        self.table.setRowCount(len(self.requests))
        for row, r in enumerate(self.requests):
            cells = (
                f"{r.customer_name} ({r.customer_ref})",
                f"{r.staff_name} ({r.staff})",
                texts.channel_name(r.channel),
                blocks_in_words(r.blocks),
                r.reason,
                self.age_in_words(r.requested_at, now),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID_ROLE, r.id)
                self.table.setItem(row, col, item)
        if self.requests:
            self.count.setText(
                self.tr("%n request(s) waiting for a decision", "", len(self.requests))
            )
            rows = [i for i, r in enumerate(self.requests) if selected and r.id == selected.id]
            self.table.selectRow(rows[0] if rows else 0)
        else:
            self.count.setText(self.tr("No requests waiting"))
        for widget in (self.approve_button, self.refuse_button):
            widget.setEnabled(bool(self.requests))
        for action in self.actions():
            action.setEnabled(bool(self.requests))

    def age_in_words(self, since: datetime, now: datetime) -> str:
        """How long a request has waited: "just now", "%n minute(s)", "%n hour(s)"."""
        minutes = max(int((now - since).total_seconds() // 60), 0)
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("%n minute(s)", "", minutes)
        return self.tr("%n hour(s)", "", minutes // 60)

    def _show_ages(self) -> None:
        now = self._clock()
        for row, r in enumerate(self.requests):
            self.table.item(row, 5).setText(self.age_in_words(r.requested_at, now))

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.requests):
            return None
        return self.requests[rows[0].row()]

    # -- deciding --

    def decide_selected(self, approve: bool) -> None:
        request = self.selected()
        if request is None:
            self.sig_message.emit(self.tr("Select a request first."))
            return
        self.dialog = DecisionDialog(request, approve, self._ask_password, self)
        dialog = self.dialog
        dialog.sig_decide.connect(
            lambda reason, password: self._decide(dialog, request, approve, reason, password)
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _decide(self, dialog, request, approve: bool, reason: str, password: str) -> None:
        data, by = self.data, self.user.username

        def work():
            return data.decide_request(request.id, by, reason, approve, password)

        self.ops.run(
            work,
            lambda view: self._decided(dialog, view),
            lambda exc: self._decide_failed(dialog, exc),
            owner=self,
        )

    def _decided(self, dialog, view) -> None:
        if dialog.isVisible():
            dialog.accept()
        if view.status == "approved":
            text = self.tr("Approved: {agent} may contact {customer} once.").format(
                agent=view.staff_name, customer=view.customer_ref
            )
        else:
            text = self.tr("Refused: {agent}'s request about {customer}.").format(
                agent=view.staff_name, customer=view.customer_ref
            )
        announce(self, text)
        self.sig_message.emit(text)
        self.count.setText(text)
        self.refresh()
        self.sig_changes.emit(Changes(requests=frozenset({view.customer_ref})))

    def _decide_failed(self, dialog, exc: Exception) -> None:
        field = getattr(exc, "field", "")
        target = None
        if field == "leader_password" and dialog.password is not None:
            target = dialog.password
            text = self.tr("Your password: not accepted by the central database. Type it again.")
        elif field == "leader_login":
            text = self.tr(
                "You have no login of your own on the central database, so you cannot decide "
                "at this desk."
            )
        elif field == "reason":
            target = dialog.reason
            text = self.tr("Your reason: {message}").format(message=exc.message)
        elif isinstance(exc, InvalidInput):
            text = exc.message
            self.refresh()  # decided by someone else meanwhile, perhaps
        elif unreachable(exc):
            text = self.tr("The database cannot be reached, so nothing was decided. Try again.")
        else:
            text = self.tr("Something went wrong, so nothing was decided ({error}).").format(
                error=type(exc).__name__
            )
        dialog.show_error(text, target)
