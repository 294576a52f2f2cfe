"""The visits desk (visits.md): today's appointments, check-in and out, booking, people turned
away, and the fire roll call. For the `visits` role; everyone else who may receive visitors
opens it from the Go menu.

Every read and write goes through the window's gateway off the GUI thread. The day is a model
over appointment ids; each row says the customer's warnings in words, with an icon beside
them (colour is never the only signal). Arrive (F7) and Leave (F8) act on the selected
appointment, and Ctrl+Shift+N records whether its BSL interpreter is booked; Who is in the
building (F9) works from anywhere on the desk, from the replica
when the central database is gone, and says how old its list is.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import Changes
from agent_desktop.services.gateway import DeskData, Queued
from agent_desktop.services.session import SignedIn

# Who may open the desk from the Go menu: those who may book and receive visitors.
from agent_desktop.services.visits import BSL_INTERPRETER, DESK_ROLES
from agent_desktop.ui.accessibility import ValueLabel, announce, with_clear_button
from agent_desktop.ui.desks import Desk, register
from agent_desktop.ui.roll_call_pdf import heading, visitor_line, write_roll_call_pdf
from agent_desktop.ui.texts import accessibility_name

ARRIVE_KEY = "F7"
LEAVE_KEY = "F8"
ROLL_CALL_KEY = "F9"
BOOK_KEY = "Ctrl+Shift+K"
TURNED_AWAY_KEY = "Ctrl+Shift+T"
INTERPRETER_KEY = "Ctrl+Shift+N"
APPOINTMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _now() -> datetime:
    return datetime.now(UTC)


def finding_words(code: str, message: str) -> str:
    """A block or warning of a booking, or of a visitor at the door, in words."""
    words = {
        "NO_VISITS": QCoreApplication.translate(
            "VisitsDesk", "No visits: this customer may not visit the office. Do not admit them."
        ),
        "SECOND_STAFF_REQUIRED": QCoreApplication.translate(
            "VisitsDesk",
            "A second member of staff must be present: name a colleague other than the host.",
        ),
        "OUTSIDE_OFFICE_HOURS": QCoreApplication.translate(
            "VisitsDesk",
            "The appointment must start and end within office hours of one working day.",
        ),
        "HOST_BUSY": QCoreApplication.translate(
            "VisitsDesk", "The host or the second member of staff already has an appointment then."
        ),
        "IN_THE_PAST": QCoreApplication.translate(
            "VisitsDesk", "The appointment would start in the past."
        ),
        "NOT_PERMITTED": QCoreApplication.translate(
            "VisitsDesk", "You may not book office appointments."
        ),
        "BEHAVIOUR_WARNING": QCoreApplication.translate(
            "VisitsDesk", "Behaviour warning: see the customer's record before meeting."
        ),
        "WELSH_PREFERRED": QCoreApplication.translate(
            "VisitsDesk", "The customer prefers Welsh and the host does not speak it."
        ),
        "TWO_STAFF_PRESENT": QCoreApplication.translate(
            "VisitsDesk", "Two members of staff must be present at any meeting."
        ),
    }
    if code == "ACCESSIBILITY_NEEDS":
        return QCoreApplication.translate("VisitsDesk", "Accessibility needs: {message}").format(
            message=message
        )
    return words.get(code, message)


def warning_words(view) -> list[str]:
    """What the desk says of an appointment's customer, most serious first."""
    codes = {w.code for w in view.warnings}
    out = []
    if "NO_VISITS" in codes:
        out.append(QCoreApplication.translate("VisitsDesk", "No visits: do not admit"))
    if "BEHAVIOUR_WARNING" in codes:
        out.append(QCoreApplication.translate("VisitsDesk", "Behaviour warning"))
    if view.two_staff:
        out.append(
            QCoreApplication.translate("VisitsDesk", "Two staff present (second: {second})").format(
                second=view.second_name or view.second
            )
            if view.second
            else QCoreApplication.translate("VisitsDesk", "Two staff present: no second named")
        )
    for need in view.needs:
        if need == BSL_INTERPRETER:
            out.append(
                QCoreApplication.translate("VisitsDesk", "Needs a BSL interpreter: booked")
                if view.interpreter_booked
                else QCoreApplication.translate("VisitsDesk", "Needs a BSL interpreter: NOT booked")
            )
        else:
            out.append(
                QCoreApplication.translate("VisitsDesk", "Needs: {need}").format(
                    need=accessibility_name(need)
                )
            )
    if "ACCESSIBILITY_NEEDS" in codes and not view.needs:
        out.append(QCoreApplication.translate("VisitsDesk", "Accessibility needs"))
    if view.welsh or "WELSH_PREFERRED" in codes:
        out.append(
            QCoreApplication.translate("VisitsDesk", "Welsh: the host does not speak it")
            if "WELSH_PREFERRED" in codes
            else QCoreApplication.translate("VisitsDesk", "Prefers Welsh")
        )
    return out


def interpreter_missing(view) -> bool:
    """The customer needs a BSL interpreter, the visit is still to come or under way, and none
    is recorded as booked."""
    return (
        BSL_INTERPRETER in view.needs
        and not view.interpreter_booked
        and view.status in ("booked", "arrived")
    )


def status_words(view, tz) -> str:
    if view.status == "arrived":
        text = QCoreApplication.translate("VisitsDesk", "Arrived {time}").format(
            time=f"{view.checked_in_at.astimezone(tz):%H:%M}"
        )
    elif view.status == "left":
        text = QCoreApplication.translate("VisitsDesk", "Left {time}").format(
            time=f"{view.checked_out_at.astimezone(tz):%H:%M}"
        )
    else:
        text = {
            "booked": QCoreApplication.translate("VisitsDesk", "Booked"),
            "cancelled": QCoreApplication.translate("VisitsDesk", "Cancelled"),
            "no_show": QCoreApplication.translate("VisitsDesk", "Did not come"),
        }.get(view.status, view.status)
    if view.waiting:
        text += QCoreApplication.translate("VisitsDesk", " (waiting to send)")
    return text


class VisitsDayModel(QAbstractTableModel):
    """The day's appointments, a row each, in time order, kept by their ids."""

    COLUMNS = 5

    def __init__(self, tz, parent: QObject | None = None):
        super().__init__(parent)
        self.tz = tz
        self._ids: list[uuid.UUID] = []
        self._rows: dict[uuid.UUID, object] = {}
        style = QApplication.style()
        self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._info_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

    def set_day(self, views) -> None:
        self.beginResetModel()
        self._ids = [v.id for v in views]
        self._rows = {v.id: v for v in views}
        self.endResetModel()

    def view(self, row: int):
        return self._rows[self._ids[row]] if 0 <= row < len(self._ids) else None

    def row_of(self, appointment_id: uuid.UUID) -> int:
        try:
            return self._ids.index(appointment_id)
        except ValueError:
            return -1

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("VisitsDesk", "Time"),
            QCoreApplication.translate("VisitsDesk", "Visitor"),
            QCoreApplication.translate("VisitsDesk", "Host"),
            QCoreApplication.translate("VisitsDesk", "Status"),
            QCoreApplication.translate("VisitsDesk", "Warnings"),
        )[section]

    def _cell(self, view, column: int) -> str:
        if column == 0:
            start, end = view.starts_at.astimezone(self.tz), view.ends_at.astimezone(self.tz)
            return f"{start:%H:%M}–{end:%H:%M}"
        if column == 1:
            who = view.visitor_name or view.customer_name
            return f"{who} ({view.customer})"
        if column == 2:
            if view.second:
                return QCoreApplication.translate("VisitsDesk", "{host} with {second}").format(
                    host=view.host_name or view.host, second=view.second_name or view.second
                )
            return view.host_name or view.host or ""
        if column == 3:
            return status_words(view, self.tz)
        words = warning_words(view)
        return "; ".join(words) if words else QCoreApplication.translate("VisitsDesk", "None")

    def row_text(self, row: int) -> str:
        """The whole row in words, as a screen reader reads it."""
        view = self.view(row)
        if view is None:
            return ""
        return ", ".join(self._cell(view, c) for c in range(self.COLUMNS))

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        view = self.view(index.row())
        if view is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(view, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell(view, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return "\n".join(finding_words(w.code, w.message) for w in view.warnings) or None
        if role == Qt.ItemDataRole.DecorationRole and column == 4:
            codes = {w.code for w in view.warnings}
            if (
                codes & {"NO_VISITS", "BEHAVIOUR_WARNING"}
                or view.two_staff
                or interpreter_missing(view)
            ):
                return self._warning_icon
            if view.needs or view.welsh or codes:
                return self._info_icon
            return None
        if role == APPOINTMENT_ID_ROLE:
            return view.id
        return None


class RollCallDialog(QDialog):
    """Who is in the building: a large clear list, each row its words, and print to PDF."""

    def __init__(self, tz, parent: QWidget | None = None):
        super().__init__(parent)
        self.tz = tz
        self.roll_call = None
        self.setWindowTitle(self.tr("Who is in the building"))
        self.heading = ValueLabel(self.tr("Roll call"), self, self.tr("Reading the list…"))
        big = QFont(self.font())
        big.setPointSizeF(max(big.pointSizeF(), 9) * 1.6)
        self.heading.setFont(big)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setFont(big)
        self.list.setAccessibleName(self.tr("Visitors in the building"))
        self.list.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print to PDF…"), self)
        self.print_button.clicked.connect(self.choose_pdf)
        self.print_button.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.resize(720, 560)

    def show_roll_call(self, roll_call) -> None:
        self.roll_call = roll_call
        self.heading.setText(heading(roll_call, self.tz))
        self.list.clear()
        for view in roll_call.people:
            text = visitor_line(view, self.tz)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setData(APPOINTMENT_ID_ROLE, view.id)
        if not roll_call.people:
            item = QListWidgetItem(self.tr("Nobody is in the building."), self.list)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
        self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.print_button.setEnabled(True)
        announce(self, heading(roll_call, self.tz))

    def show_failure(self) -> None:
        self.heading.setText(self.tr("The list could not be read. Try again with F9."))

    def rows(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print the roll call to PDF"), "roll-call.pdf", "PDF (*.pdf)"
        )
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> None:
        if self.roll_call is not None:
            write_roll_call_pdf(self.roll_call, self.tz, path)


class BookDialog(QDialog):
    """Book a visit: find the customer, pick the host and the second member of staff, a day,
    a length and one of the host's free times inside office hours."""

    sig_find = Signal(str)
    sig_slots = Signal()
    sig_book = Signal()
    sig_needs = Signal(str)
    """Emitted with the chosen customer's reference, to learn whether they need an interpreter."""

    def __init__(self, staff, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a visit"))
        self.search = QLineEdit(self)
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Find the customer"))
        self.find_button = QPushButton(self.tr("F&ind"), self)
        self.find_button.setAccessibleName(self.tr("Find the customer"))
        self.customers = QComboBox(self)
        self.customers.setAccessibleName(self.tr("Customer"))
        self.host = QComboBox(self)
        self.host.setAccessibleName(self.tr("Host"))
        self.second = QComboBox(self)
        self.second.setAccessibleName(self.tr("Second member of staff"))
        self.second.addItem(self.tr("Nobody"), None)
        for member in staff:
            label = f"{member.name} ({member.username})"
            self.host.addItem(label, member.username)
            self.second.addItem(label, member.username)
        self.on = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.on.setCalendarPopup(True)
        self.on.setAccessibleName(self.tr("Day"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(15, 8 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.minutes.setAccessibleName(self.tr("Length"))
        self.slots = QComboBox(self)
        self.slots.setAccessibleName(self.tr("Free time"))
        self.location = QLineEdit(self)
        self.location.setAccessibleName(self.tr("Room"))
        self.purpose = QLineEdit(self)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.interpreter = QCheckBox(self.tr("Int&erpreter booked"), self)
        self.interpreter.setAccessibleName(self.tr("BSL interpreter booked"))
        self.interpreter.setEnabled(False)
        self.interpreter_note = ValueLabel(
            self.tr("BSL interpreter"), self, self.tr("Choose the customer first.")
        )
        self.interpreter_note.setWordWrap(True)
        self.message = ValueLabel(self.tr("Booking result"), self)
        self.message.setWordWrap(True)
        find_row = QHBoxLayout()
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Fi&nd the customer:"), find_row)
        form.addRow(self.tr("C&ustomer:"), self.customers)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Second member of staff:"), self.second)
        form.addRow(self.tr("&Day:"), self.on)
        form.addRow(self.tr("&Length:"), self.minutes)
        form.addRow(self.tr("Free &time:"), self.slots)
        form.addRow(self.tr("&Room:"), self.location)
        form.addRow(self.tr("&Purpose:"), self.purpose)
        form.addRow(self.interpreter)
        form.addRow(self.interpreter_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.book_button = self.buttons.addButton(
            self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.sig_book.emit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.search.returnPressed.connect(lambda: self.sig_find.emit(self.search.text()))
        self.find_button.clicked.connect(lambda: self.sig_find.emit(self.search.text()))
        for combo in (self.host, self.second):
            combo.currentIndexChanged.connect(lambda _i: self.sig_slots.emit())
        self.on.dateChanged.connect(lambda _d: self.sig_slots.emit())
        self.minutes.valueChanged.connect(lambda _v: self.sig_slots.emit())
        self.customers.currentIndexChanged.connect(lambda _i: self._customer_chosen())

    def _customer_chosen(self) -> None:
        self.show_needs(None)
        ref = self.customers.currentData()
        if ref is not None:
            self.sig_needs.emit(ref)

    def show_needs(self, needs) -> None:
        """Whether the chosen customer needs a BSL interpreter (None: not known yet). The box
        is offered only when they do, and may be ticked when it could not be found out."""
        if needs is None:
            self.interpreter.setChecked(False)
            self.interpreter.setEnabled(False)
            self.interpreter_note.setText(self.tr("Choose the customer first."))
        elif BSL_INTERPRETER in needs:
            self.interpreter.setEnabled(True)
            self.interpreter_note.setText(
                self.tr("This customer needs a BSL interpreter: tick the box once one is booked.")
            )
        else:
            self.interpreter.setChecked(False)
            self.interpreter.setEnabled(False)
            self.interpreter_note.setText(
                self.tr("This customer has no BSL interpreter recorded as a need.")
            )

    def show_needs_unknown(self) -> None:
        self.interpreter.setEnabled(True)
        self.interpreter_note.setText(
            self.tr(
                "The customer's needs could not be read: tick the box if an interpreter is booked."
            )
        )

    def show_customers(self, matches) -> None:
        self.customers.clear()
        for match in matches:
            self.customers.addItem(f"{match.name} ({match.ref})", match.ref)
        if not matches:
            self.message.setText(self.tr("No customer matches that."))
        else:
            self.customers.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_slots(self, slots, tz) -> None:
        self.slots.clear()
        for start in slots:
            self.slots.addItem(f"{start.astimezone(tz):%H:%M}", start)
        if not slots:
            self.message.setText(self.tr("The host has no free time that day."))

    def show_refusal(self, blocks) -> None:
        text = self.tr("Not booked: {why}").format(
            why=" ".join(finding_words(b.code, b.message) for b in blocks)
        )
        self.message.setText(text)
        announce(self.message, text, assertive=True)

    def choice(self) -> dict:
        return {
            "customer_ref": self.customers.currentData(),
            "host": self.host.currentData(),
            "second": self.second.currentData(),
            "starts_at": self.slots.currentData(),
            "minutes": self.minutes.value(),
            "location": self.location.text().strip() or None,
            "purpose": self.purpose.text().strip() or None,
            "interpreter_booked": self.interpreter.isEnabled() and self.interpreter.isChecked(),
        }


class TurnedAwayDialog(QDialog):
    """A person without an appointment, turned away: one short form. A known customer's
    reference shows their restriction (`NO_VISITS`) and warnings at once."""

    sig_lookup = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turned away"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name given"))
        self.customer = QLineEdit(self)
        self.customer.setAccessibleName(self.tr("Customer reference, if known"))
        self.findings = ValueLabel(self.tr("What to know about this customer"), self)
        self.findings.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.offered = QComboBox(self)
        self.offered.setAccessibleName(self.tr("Offered"))
        for code, words in (
            ("appointment", self.tr("An appointment")),
            ("phone", self.tr("A phone call")),
            ("signposted", self.tr("Signposted elsewhere")),
            ("nothing", self.tr("Nothing")),
        ):
            self.offered.addItem(words, code)
        self.signposted_to = QLineEdit(self)
        self.signposted_to.setAccessibleName(self.tr("Signposted to"))
        self.message = ValueLabel(self.tr("Form errors"), self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name given:"), self.name)
        form.addRow(self.tr("&Customer reference:"), self.customer)
        form.addRow(self.findings)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Offered:"), self.offered)
        form.addRow(self.tr("&Signposted to:"), self.signposted_to)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.customer.editingFinished.connect(self._look_up)

    def _look_up(self) -> None:
        ref = self.customer.text().strip()
        if ref:
            self.sig_lookup.emit(ref)
        else:
            self.findings.clear()

    def show_findings(self, findings) -> None:
        if not findings:
            self.findings.setText(self.tr("Nothing recorded that stops a visit."))
            return
        text = " ".join(finding_words(f.code, f.message) for f in findings)
        self.findings.setText(text)
        announce(self.findings, text, assertive=True)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        announce(self.message, text, assertive=True)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.show_error(self.tr("Name given: say the name the person gave."))
            self.name.setFocus()
            return
        if not self.reason.text().strip():
            self.show_error(self.tr("Reason: say why they were turned away."))
            self.reason.setFocus()
            return
        if self.offered.currentData() == "signposted" and not self.signposted_to.text().strip():
            self.show_error(self.tr("Signposted to: name the organisation."))
            self.signposted_to.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        offered = self.offered.currentData()
        return {
            "name": self.name.text().strip(),
            "customer_ref": self.customer.text().strip() or None,
            "reason": self.reason.text().strip(),
            "offered": offered,
            "signposted_to": (self.signposted_to.text().strip() or None)
            if offered == "signposted"
            else None,
        }


class CancelDialog(QDialog):
    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel the appointment"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for cancelling"))
        label = QLabel(self.tr("&Reason for cancelling {what}:").format(what=what), self)
        label.setBuddy(self.reason)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self.accept() if self.reason.text().strip() else None)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


class VisitsDeskScreen(QWidget):
    """Today's appointments and what the desk does with them."""

    sig_loaded = Signal(list)
    """Emitted with the day's appointments after each read."""
    sig_changes = Signal(object)
    sig_message = Signal(str)

    def __init__(self, window, data: DeskData, user: SignedIn, *, now=None):
        super().__init__(window)
        self.ops = window.ops
        self.data = data
        self.user = user
        self._clock = now or _now
        self.tz = data.calendar.tz
        self.book_dialog: BookDialog | None = None
        self.turned_away_dialog: TurnedAwayDialog | None = None
        self.cancel_dialog: CancelDialog | None = None
        self.roll_call_dialog: RollCallDialog | None = None
        self._read_again = False

        self.status = ValueLabel(self.tr("Visits desk status"), self, self.tr("Reading the day…"))
        self.status.setWordWrap(True)
        self.message = ValueLabel(self.tr("Last action"), self)
        self.message.setWordWrap(True)
        self.model = VisitsDayModel(self.tz, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Today's appointments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        table_label = QLabel(self.tr("Today's &appointments"), self)
        table_label.setBuddy(self.table)

        self.arrive_action = self._action(self.tr("Arrived"), ARRIVE_KEY, self.arrive)
        self.leave_action = self._action(self.tr("Left"), LEAVE_KEY, self.leave)
        self.roll_call_action = self._action(
            self.tr("Who is in the building"), ROLL_CALL_KEY, self.show_roll_call
        )
        self.book_action = self._action(self.tr("Book a visit"), BOOK_KEY, self.book)
        self.turned_away_action = self._action(
            self.tr("Turned away"), TURNED_AWAY_KEY, self.turned_away
        )
        self.interpreter_action = self._action(
            self.tr("Interpreter booked or not"), INTERPRETER_KEY, self.toggle_interpreter
        )
        self.arrive_button = self._button(self.tr("Arrived (F7)"), self.arrive)
        self.leave_button = self._button(self.tr("Left (F8)"), self.leave)
        self.no_show_button = self._button(self.tr("&Did not come"), self.no_show)
        self.cancel_button = self._button(self.tr("Cance&l…"), self.cancel)
        self.interpreter_button = QPushButton(self.tr("Interpreter booked (Ctrl+Shift+N)"), self)
        self.interpreter_button.setCheckable(True)
        self.interpreter_button.setAccessibleName(self.tr("BSL interpreter booked"))
        self.interpreter_button.clicked.connect(lambda _checked: self.toggle_interpreter())
        self.book_button = self._button(self.tr("&Book a visit… (Ctrl+Shift+K)"), self.book)
        self.turned_away_button = self._button(
            self.tr("&Turned away… (Ctrl+Shift+T)"), self.turned_away
        )
        self.roll_call_button = self._button(
            self.tr("Who is in the b&uilding (F9)"), self.show_roll_call
        )

        actions = QHBoxLayout()
        for button in (
            self.arrive_button,
            self.leave_button,
            self.no_show_button,
            self.cancel_button,
            self.interpreter_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        for button in (self.book_button, self.turned_away_button, self.roll_call_button):
            more.addWidget(button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(more)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()
        self.refresh()

    def _action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    # -- reading --

    def set_clock(self, now) -> None:
        self._clock = now
        self.refresh()

    def today(self) -> date:
        return self._clock().astimezone(self.tz).date()

    def refresh(self) -> None:
        on = self.today()
        self.ops.latest("visits_day", lambda: self.data.visits_day(on), self._loaded, self._failed)

    def _failed(self, _exc: Exception) -> None:
        self.status.setText(self.tr("Today's appointments could not be read. Try again with F5."))
        self._read_again_if_asked()

    def _loaded(self, views) -> None:
        current = self.selected()
        self.model.set_day(views)
        inside = sum(1 for v in views if v.status == "arrived")
        self.status.setText(
            self.tr("%n appointment(s) today", "", len(views))
            + self.tr(", {inside} in the building").format(inside=inside)
        )
        row = self.model.row_of(current.id) if current is not None else -1
        if row < 0 and views:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._enable()
        self.sig_loaded.emit(list(views))
        self._read_again_if_asked()

    def _read_again_if_asked(self) -> None:
        if self._read_again:
            self._read_again = False
            self.refresh()

    def on_changes(self, changes: Changes, made_by: QObject | None = None) -> None:
        if made_by is self or not (changes.everything or changes.appointments):
            return
        if self.ops.waiting(self, "visits_day"):
            self._read_again = True
            return
        self.refresh()

    def selected(self):
        index = self.table.currentIndex()
        return self.model.view(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        view = self.selected()
        status = view.status if view is not None else None
        self.arrive_button.setEnabled(status == "booked")
        self.leave_button.setEnabled(status == "arrived")
        self.no_show_button.setEnabled(status == "booked")
        self.cancel_button.setEnabled(status == "booked")
        self.interpreter_button.setEnabled(status == "booked")
        self.interpreter_button.setChecked(view is not None and view.interpreter_booked)

    def focus_day(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the day's steps --

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.message.setText(text)
        self.sig_message.emit(text)
        announce(self.message, text, assertive=assertive)

    def _step(self, view, work, done_words: str) -> None:
        def done(result) -> None:
            if isinstance(result, Queued):
                self._say(
                    done_words
                    + " "
                    + self.tr("The central database cannot be reached: kept here and sent later.")
                )
            else:
                self._say(done_words)
            self.refresh()
            self.sig_changes.emit(Changes(appointments=frozenset({view.customer})))

        self.ops.run(work, done, self._write_failed)

    def _write_failed(self, exc: Exception) -> None:
        message = getattr(exc, "message", None)
        if message:
            text = self.tr("Not done: {why}").format(why=message)
        else:
            text = self.tr(
                "That could not be done: the central database cannot be reached. Nothing was "
                "changed."
            )
        self._say(text, assertive=True)

    def _who(self, view) -> str:
        return view.visitor_name or view.customer_name

    def arrive(self) -> None:
        view = self.selected()
        if view is None or view.status != "booked":
            self._say(self.tr("Choose a booked appointment to check in."))
            return
        by = self.user.username
        self._step(
            view,
            lambda: self.data.arrive_visit(view.id, by),
            self.tr("{who} checked in.").format(who=self._who(view)),
        )

    def leave(self) -> None:
        view = self.selected()
        if view is None or view.status != "arrived":
            self._say(self.tr("Choose a visitor who has arrived to check out."))
            return
        by = self.user.username
        self._step(
            view,
            lambda: self.data.leave_visit(view.id, by),
            self.tr("{who} checked out.").format(who=self._who(view)),
        )

    def no_show(self) -> None:
        view = self.selected()
        if view is None or view.status != "booked":
            self._say(self.tr("Choose a booked appointment."))
            return
        by = self.user.username
        self._step(
            view,
            lambda: self.data.no_show_visit(view.id, by),
            self.tr("{who} marked as did not come.").format(who=self._who(view)),
        )

    def cancel(self) -> None:
        view = self.selected()
        if view is None or view.status != "booked":
            self._say(self.tr("Choose a booked appointment to cancel."))
            return
        self.cancel_dialog = CancelDialog(self._who(view), self)
        self.cancel_dialog.accepted.connect(lambda: self._cancel(view))
        self.cancel_dialog.open()

    def _cancel(self, view) -> None:
        reason, by = self.cancel_dialog.reason.text().strip(), self.user.username
        self._step(
            view,
            lambda: self.data.cancel_visit(view.id, by, reason),
            self.tr("The appointment of {who} was cancelled.").format(who=self._who(view)),
        )

    def toggle_interpreter(self) -> None:
        """Record the selected booked appointment's BSL interpreter as booked, or not, the
        other way from what it is."""
        view = self.selected()
        if view is None or view.status != "booked":
            self._say(self.tr("Choose a booked appointment to record its interpreter."))
            self._enable()
            return
        booked, by = not view.interpreter_booked, self.user.username
        # The button shows what is recorded until the answer comes (and after a refusal).
        self._enable()
        words = (
            self.tr("{who}: BSL interpreter booked.")
            if booked
            else self.tr("{who}: BSL interpreter NOT booked.")
        ).format(who=self._who(view))
        self._step(view, lambda: self.data.set_visit_interpreter(view.id, booked, by), words)

    # -- booking --

    def book(self) -> None:
        self.ops.run(self.data.visit_staff, self._open_book, self._write_failed, owner=self)

    def _open_book(self, staff) -> None:
        dialog = BookDialog(staff, self.today(), self)
        self.book_dialog = dialog
        dialog.sig_find.connect(self._find_customers)
        dialog.sig_slots.connect(self._find_slots)
        dialog.sig_book.connect(self._book)
        dialog.sig_needs.connect(self._find_needs)
        own = dialog.host.findData(self.user.username)
        if own >= 0:
            dialog.host.setCurrentIndex(own)
        dialog.open()
        self._find_slots()

    def _find_customers(self, text: str) -> None:
        dialog = self.book_dialog
        if dialog is None or not text.strip():
            return
        self.ops.latest(  # Enter then Find: only the newest search's answer is shown
            "visit_customers",
            lambda: self.data.find_customers(text.strip(), 20),
            dialog.show_customers,
            self._write_failed,
            owner=dialog,
        )

    def _find_needs(self, ref: str) -> None:
        dialog = self.book_dialog
        if dialog is None:
            return

        def found(needs) -> None:
            if dialog.customers.currentData() == ref:
                dialog.show_needs(needs)

        self.ops.latest(
            "visit_needs",
            lambda: self.data.visit_customer_needs(ref),
            found,
            lambda _exc: dialog.show_needs_unknown(),
            owner=dialog,
        )

    def _find_slots(self) -> None:
        dialog = self.book_dialog
        if dialog is None or dialog.host.currentData() is None:
            return
        host, second = dialog.host.currentData(), dialog.second.currentData()
        on, minutes = dialog.on.date().toPython(), dialog.minutes.value()
        self.ops.latest(
            "visit_slots",
            lambda: self.data.visit_free_slots(host, on, minutes, second),
            lambda slots: dialog.show_slots(slots, self.tz),
            lambda _exc: dialog.message.setText(
                self.tr("The host's free times could not be read.")
            ),
            owner=dialog,
        )

    def _book(self) -> None:
        dialog = self.book_dialog
        choice = dialog.choice()
        for field, words in (
            ("customer_ref", self.tr("Customer: find and choose the customer.")),
            ("host", self.tr("Host: choose who the visitor will see.")),
            ("starts_at", self.tr("Free time: choose one of the host's free times.")),
        ):
            if choice[field] is None:
                dialog.message.setText(words)
                announce(dialog.message, words, assertive=True)
                return
        by = self.user.username

        def booked(result) -> None:
            if not result.booked:
                dialog.show_refusal(result.blocks)
                return
            dialog.accept()
            text = self.tr("Booked {who} with {host} at {time}.").format(
                who=result.appointment.customer_name,
                host=result.appointment.host_name or result.appointment.host,
                time=f"{result.appointment.starts_at.astimezone(self.tz):%d/%m %H:%M}",
            )
            if result.warnings:
                text += " " + " ".join(finding_words(w.code, w.message) for w in result.warnings)
            self._say(text)
            self.refresh()
            self.sig_changes.emit(Changes(appointments=frozenset({result.appointment.customer})))

        def failed(exc: Exception) -> None:
            message = getattr(exc, "message", None)
            dialog.message.setText(
                f"{exc.field}: {message}"
                if message
                else self.tr("Not booked: the central database cannot be reached.")
            )
            announce(dialog.message, dialog.message.text(), assertive=True)

        self.ops.run(lambda: self.data.book_visit(**choice, by=by), booked, failed, owner=dialog)

    # -- turned away --

    def turned_away(self) -> None:
        dialog = TurnedAwayDialog(self)
        self.turned_away_dialog = dialog
        by = self.user.username

        def look_up(ref: str) -> None:
            self.ops.latest(
                "visitor_findings",
                lambda: self.data.visitor_findings(ref, by),
                dialog.show_findings,
                lambda exc: dialog.findings.setText(
                    getattr(exc, "message", None) or self.tr("The customer could not be looked up.")
                ),
                owner=dialog,
            )

        dialog.sig_lookup.connect(look_up)
        dialog.accepted.connect(self._turn_away)
        dialog.open()

    def _turn_away(self) -> None:
        values, by = self.turned_away_dialog.values(), self.user.username

        def done(entry) -> None:
            self._say(self.tr("{name} recorded as turned away.").format(name=entry.name))
            if entry.customer:
                self.sig_changes.emit(Changes(customers=frozenset({entry.customer})))

        self.ops.run(lambda: self.data.turn_away(**values, by=by), done, self._write_failed)

    # -- the roll call --

    def show_roll_call(self) -> None:
        if self.roll_call_dialog is None:
            self.roll_call_dialog = RollCallDialog(self.tz, self)
        dialog = self.roll_call_dialog
        dialog.open()
        self.ops.latest(
            "roll_call",
            self.data.roll_call,
            dialog.show_roll_call,
            lambda _exc: dialog.show_failure(),
            owner=dialog,
        )


class ArrivalWatch(QObject):
    """Tells the person signed in when a visitor of theirs arrives (checked in at the visits
    desk), from what the sync says changed: appointments of customers this desktop holds."""

    sig_arrived = Signal(str)

    def __init__(self, ops, data: DeskData, user: SignedIn, parent: QObject | None = None):
        super().__init__(parent)
        self.ops, self.data, self.user = ops, data, user
        # Only arrivals from now on: those earlier were announced, or were before sign-in.
        self.since = _now()
        self.announced: set[uuid.UUID] = set()

    def on_changes(self, changes: Changes, _made_by=None) -> None:
        if not (changes.everything or changes.appointments):
            return
        username, since = self.user.username, self.since
        self.ops.latest(
            "arrivals", lambda: self.data.host_arrivals(username, since), self._found, owner=self
        )

    def _found(self, arrivals) -> None:
        for view in arrivals:
            if view.id in self.announced:
                continue
            self.announced.add(view.id)
            text = self.tr("Your visitor {name} has arrived").format(
                name=view.visitor_name or view.customer_name
            )
            self.sig_arrived.emit(text)


VISITS_DESK = Desk(
    "visits",
    lambda: QCoreApplication.translate("Desks", "Visits desk"),
    frozenset({Role.VISITS}),
    VisitsDeskScreen,
    go_label=lambda: QCoreApplication.translate("Desks", "&Visits desk"),
    go_key="Ctrl+5",
    opened_by=DESK_ROLES,
    focus=lambda screen: screen.focus_day(),
)
register(VISITS_DESK)
