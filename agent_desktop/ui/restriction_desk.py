"""The restrictions desk, for team leaders and managers (contact-rules.md, team-work.md):
the reviews due, a customer's restrictions with each one's full history, and deciding,
reviewing, lifting, recording a challenge and sending the notice letter. Agents never have it.

Everything is read and written through the window's gateway off the GUI thread; the forms
(`ui/restriction_forms.py`) say what is wrong in words before anything is sent, and the
database's own refusals come back to the form in the same words. The letter is printed from
the notice the gateway reads, to a file the user picks.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import Changes
from agent_desktop.services.gateway import DeskData
from agent_desktop.services.session import SignedIn
from agent_desktop.ui.accessibility import (
    ValueLabel,
    announce,
    current_only_while_focused,
    with_clear_button,
)
from agent_desktop.ui.desks import Desk, register
from agent_desktop.ui.letter_pdf import write_letter_pdf
from agent_desktop.ui.restriction_forms import (
    ChallengeDialog,
    DecisionForm,
    LiftDialog,
    ReviewDialog,
    category_name,
    kind_title,
    refusal_words,
)
from agent_desktop.ui.restriction_words import date_text

GO_KEY = "Ctrl+4"
DECIDE_KEY = "Ctrl+Shift+D"
REVIEW_KEY = "Ctrl+Shift+R"
LIFT_KEY = "Ctrl+Shift+U"
CHALLENGE_KEY = "Ctrl+Shift+H"
LETTER_KEY = "Ctrl+Shift+P"
SENT_KEY = "Ctrl+Shift+M"

_ID = Qt.ItemDataRole.UserRole
_REF = Qt.ItemDataRole.UserRole + 1


def _now_utc() -> datetime:
    return datetime.now(UTC)


def review_words(review_by: date, today: date) -> str:
    """The review date in words that never rely on colour: overdue, today, or how soon."""
    day = date_text(review_by)
    days = (review_by - today).days
    if days < 0:
        return QCoreApplication.translate("RestrictionDesk", "{date} (overdue)").format(date=day)
    if days == 0:
        return QCoreApplication.translate("RestrictionDesk", "{date} (due today)").format(date=day)
    if days == 1:
        return QCoreApplication.translate("RestrictionDesk", "{date} (tomorrow)").format(date=day)
    return QCoreApplication.translate("RestrictionDesk", "{date} (in {days} days)").format(
        date=day, days=days
    )


def event_name(event: str) -> str:
    names = {
        "decided": QCoreApplication.translate("RestrictionDesk", "Decided"),
        "reviewed": QCoreApplication.translate("RestrictionDesk", "Reviewed and renewed"),
        "lifted": QCoreApplication.translate("RestrictionDesk", "Lifted"),
        "notified": QCoreApplication.translate("RestrictionDesk", "Notice letter sent"),
        "challenged": QCoreApplication.translate("RestrictionDesk", "Challenged by the customer"),
    }
    return names.get(event, event)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    # A row left current would tell a screen reader it has the focus when it has not.
    current_only_while_focused(table)
    return table


def _fill(table: QTableWidget, row: int, cells: list[str], key, ref: str | None = None) -> None:
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setData(_ID, key)
        item.setData(_REF, ref)
        table.setItem(row, col, item)


class RestrictionDeskScreen(QWidget):
    """Reviews due on the left; on the right a customer's restrictions, the chosen one's
    history, and what may be done with it."""

    sig_changes = Signal(object)
    """Emitted with the Changes a write here made."""
    sig_message = Signal(str)
    sig_reviews_loaded = Signal(object)
    sig_customer_loaded = Signal(object)
    sig_letter_made = Signal(str)
    """Emitted with the path of a notice letter once it is written."""

    def __init__(self, window, data: DeskData, user: SignedIn, *, now=None):
        super().__init__(window)
        self.ops = window.ops
        self.data = data
        self.user = user
        self._clock = now or _now_utc
        self.reviews = None
        self.customer = None
        self._select_after_load: uuid.UUID | None = None
        self.form: DecisionForm | None = None
        self.dialog = None

        self.status = ValueLabel(self.tr("Restrictions status"), self, self.tr("Loading…"))
        self.status.setWordWrap(True)

        self.reviews_table = _table(
            self,
            [self.tr("Customer"), self.tr("Restriction"), self.tr("Review date")],
            self.tr("Reviews due"),
        )
        self.reviews_table.itemActivated.connect(self._review_opened)
        reviews_label = QLabel(self.tr("Reviews &due (overdue, or within 14 days)"), self)
        reviews_label.setBuddy(self.reviews_table)

        self.find_edit = QLineEdit(self)
        with_clear_button(self.find_edit)
        self.find_edit.setAccessibleName(self.tr("Find a customer"))
        self.find_edit.setPlaceholderText(self.tr("Reference or name"))
        self.find_edit.returnPressed.connect(self.find)
        find_label = QLabel(self.tr("&Customer:"), self)
        find_label.setBuddy(self.find_edit)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.clicked.connect(self.find)
        self.matches = QListWidget(self)
        self.matches.setAccessibleName(self.tr("Customers found"))
        current_only_while_focused(self.matches)
        self.matches.itemActivated.connect(
            lambda item: self.open_customer(item.data(Qt.ItemDataRole.UserRole))
        )
        self.matches.hide()

        self.customer_label = ValueLabel(self.tr("Customer shown"), self)
        self.restrictions_table = _table(
            self,
            [
                self.tr("Restriction"),
                self.tr("Category"),
                self.tr("In force"),
                self.tr("Review date"),
                self.tr("Notice"),
                self.tr("Reason"),
            ],
            self.tr("Restrictions"),
        )
        self.restrictions_table.itemSelectionChanged.connect(self._restriction_chosen)
        restrictions_label = QLabel(self.tr("&Restrictions"), self)
        restrictions_label.setBuddy(self.restrictions_table)
        self.history_table = _table(
            self,
            [self.tr("When"), self.tr("What happened"), self.tr("Who"), self.tr("Why")],
            self.tr("History"),
        )
        history_label = QLabel(self.tr("H&istory"), self)
        history_label.setBuddy(self.history_table)

        self.decide_action = self._action(self.tr("Decide…"), DECIDE_KEY, self.decide)
        self.review_action = self._action(self.tr("Review…"), REVIEW_KEY, self.review)
        self.lift_action = self._action(self.tr("Lift…"), LIFT_KEY, self.lift)
        self.challenge_action = self._action(
            self.tr("Record a challenge…"), CHALLENGE_KEY, self.challenge
        )
        self.letter_action = self._action(self.tr("Make letter…"), LETTER_KEY, self.make_letter)
        self.sent_action = self._action(self.tr("Mark letter sent"), SENT_KEY, self.mark_sent)
        self.buttons: dict[QAction, QPushButton] = {}
        # Two rows of three: in one row their words (Welsh ones longer) would widen the window
        # past a laptop's screen.
        actions_row = QGridLayout()
        for n, (action, key) in enumerate(
            (
                (self.decide_action, DECIDE_KEY),
                (self.review_action, REVIEW_KEY),
                (self.lift_action, LIFT_KEY),
                (self.challenge_action, CHALLENGE_KEY),
                (self.letter_action, LETTER_KEY),
                (self.sent_action, SENT_KEY),
            )
        ):
            button = QPushButton(
                self.tr("{action} ({key})").format(
                    action=action.text(),
                    key=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText),
                ),
                self,
            )
            button.clicked.connect(action.trigger)
            self.buttons[action] = button
            actions_row.addWidget(button, n // 3, n % 3)
        actions_row.setColumnStretch(3, 1)

        left = QVBoxLayout()
        left.addWidget(reviews_label)
        left.addWidget(self.reviews_table, 1)
        right = QVBoxLayout()
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_button)
        right.addLayout(find_row)
        right.addWidget(self.matches)
        right.addWidget(self.customer_label)
        right.addWidget(restrictions_label)
        right.addWidget(self.restrictions_table, 2)
        right.addLayout(actions_row)
        right.addWidget(history_label)
        right.addWidget(self.history_table, 2)
        grid = QGridLayout(self)
        grid.addWidget(self.status, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        # Reading order: the reviews due, then finding a customer, their restrictions, what may
        # be done with the chosen one, and its history.
        order = [
            self.reviews_table,
            self.find_edit,
            self.find_button,
            self.matches,
            self.restrictions_table,
            *self.buttons.values(),
            self.history_table,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._enable()
        self.refresh()

    def _action(self, text: str, key: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- time --

    def set_clock(self, now) -> None:
        """Judge dates by `now()` from here on (a fixed instant in tests), and reload."""
        self._clock = now
        self.refresh()

    def today(self) -> date:
        return self.data.calendar.local_date(self._clock())

    def focus_first(self) -> None:
        """Where the Go menu's entry puts the keyboard: the reviews due."""
        self.reviews_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the reviews due --

    def refresh(self) -> None:
        """Read the reviews due, and the customer shown, again (F5)."""
        self._read_reviews()
        if self.customer is not None:
            self.open_customer(self.customer.customer_ref, self.selected_id())

    def _read_reviews(self) -> None:
        at = self._clock()
        self.ops.latest(
            "restriction_reviews",
            lambda: self.data.restriction_reviews_due(at),
            self._reviews_loaded,
            self._read_failed,
        )

    def _read_failed(self, _exc: Exception) -> None:
        self.status.setText(self.tr("The restrictions could not be read. Try again with F5."))

    def _reviews_loaded(self, reviews) -> None:
        self.reviews = reviews
        table = self.reviews_table
        table.setRowCount(len(reviews.records))
        for row, r in enumerate(reviews.records):
            _fill(
                table,
                row,
                [
                    f"{r.customer_name} ({r.customer_ref})",
                    kind_title(r.restriction.kind),
                    review_words(r.restriction.review_by, reviews.today),
                ],
                r.id,
                r.customer_ref,
            )
        # Wide enough for its words: a review date cut short would hide "(overdue)".
        table.resizeColumnsToContents()
        width = table.horizontalHeader().length() + 2 * table.frameWidth()
        table.setMinimumWidth(min(width + table.verticalScrollBar().sizeHint().width(), 640))
        overdue = sum(1 for r in reviews.records if r.restriction.review_by < reviews.today)
        self.status.setText(
            self.tr(
                "%n review(s) due within 14 days, {overdue} overdue.", "", len(reviews.records)
            ).format(overdue=overdue)
        )
        self.sig_reviews_loaded.emit(reviews)

    def _review_opened(self, item: QTableWidgetItem) -> None:
        self.open_customer(item.data(_REF), item.data(_ID))
        self.restrictions_table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- a customer's restrictions --

    def find(self) -> None:
        text = self.find_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Customer: type a reference or a name to find."))
            return
        self.ops.latest(
            "restriction_find",
            lambda: self.data.find_customers(text, 20),
            self._found,
            self._read_failed,
        )

    def _found(self, matches) -> None:
        self.matches.clear()
        if not matches:
            self.matches.hide()
            text = self.tr("No customer matches that reference or name.")
            self.status.setText(text)
            announce(self, text)
            return
        if len(matches) == 1:
            self.matches.hide()
            self.open_customer(matches[0].ref)
            return
        for m in matches:
            where = f", {m.where}" if m.where else ""
            item = QListWidgetItem(f"{m.name} ({m.ref}){where}", self.matches)
            item.setData(Qt.ItemDataRole.UserRole, m.ref)
        self.matches.show()
        self.matches.setCurrentRow(0)
        self.matches.setFocus(Qt.FocusReason.OtherFocusReason)
        text = self.tr("%n customer(s) found: choose one with Enter.", "", len(matches))
        self.status.setText(text)
        announce(self, text)

    def open_customer(self, ref: str, select: uuid.UUID | None = None) -> None:
        """Show customer `ref`'s restrictions (and `select` among them)."""
        self._select_after_load = select
        at = self._clock()
        self.ops.latest(
            "restriction_customer",
            lambda: self.data.customer_restrictions(ref, at),
            self._customer_loaded,
            self._read_failed,
        )

    def _customer_loaded(self, shown) -> None:
        if shown is None:
            self.status.setText(self.tr("No customer has that reference."))
            return
        self.matches.hide()
        self.customer = shown
        self.customer_label.setText(
            self.tr(
                "{name} ({ref}): %n restriction(s), lifted ones included", "", len(shown.records)
            ).format(name=shown.customer_name, ref=shown.customer_ref)
        )
        table = self.restrictions_table
        table.blockSignals(True)
        table.setRowCount(len(shown.records))
        select_row = 0
        for row, r in enumerate(shown.records):
            rs = r.restriction
            if r.lifted:
                state = self.tr("Lifted")
            elif rs.ends_on is not None and rs.ends_on < shown.today:
                state = self.tr("Ended {date}").format(date=date_text(rs.ends_on))
            elif rs.starts_on > shown.today:
                state = self.tr("From {date}").format(date=date_text(rs.starts_on))
            else:
                state = self.tr("In force since {date}").format(date=date_text(rs.starts_on))
            if rs.customer_notified_on is not None:
                notice = self.tr("Sent {date}").format(date=date_text(rs.customer_notified_on))
            elif r.lifted:
                notice = self.tr("Not needed")
            else:
                notice = self.tr("Not sent yet")
            review = "" if r.lifted else review_words(rs.review_by, shown.today)
            _fill(
                table,
                row,
                [
                    kind_title(rs.kind),
                    category_name(rs.category),
                    state,
                    review,
                    notice,
                    rs.reason,
                ],
                r.id,
                r.customer_ref,
            )
            if r.id == self._select_after_load:
                select_row = row
        table.blockSignals(False)
        if shown.records:
            table.selectRow(select_row)
        self._restriction_chosen()
        self.sig_customer_loaded.emit(shown)

    def selected(self):
        """The restriction chosen in the customer's list, or None."""
        if self.customer is None:
            return None
        rows = self.restrictions_table.selectionModel().selectedRows()
        if not rows:
            return None
        key = self.restrictions_table.item(rows[0].row(), 0).data(_ID)
        return next((r for r in self.customer.records if r.id == key), None)

    def selected_id(self) -> uuid.UUID | None:
        chosen = self.selected()
        return chosen.id if chosen else None

    def _restriction_chosen(self) -> None:
        chosen = self.selected()
        history = chosen.history if chosen else ()
        tz = self.data.calendar.tz
        self.history_table.setRowCount(len(history))
        for row, h in enumerate(history):
            local = h.at.astimezone(tz)
            when = f"{date_text(local.date())} {local:%H:%M}"
            who = h.by
            if h.event == "challenged" and h.heard_by:
                who = self.tr("Heard by {name}").format(name=h.heard_by)
                if h.status == "open":
                    who = self.tr("{who} (open)").format(who=who)
            _fill(self.history_table, row, [when, event_name(h.event), who, h.note or ""], None)
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected()
        live = chosen is not None and not chosen.lifted
        self.decide_action.setEnabled(self.customer is not None)
        for action in (self.review_action, self.lift_action, self.challenge_action):
            action.setEnabled(live)
        self.letter_action.setEnabled(live)
        self.sent_action.setEnabled(live and chosen.restriction.customer_notified_on is None)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())

    def _what(self, record) -> str:
        return f"{kind_title(record.restriction.kind)}, {record.customer_name}"

    # -- writes --

    def _written(self, text: str, ref: str, select: uuid.UUID) -> None:
        """A write here succeeded: say so, read again what it changed, tell the window."""
        self.status.setText(text)
        self.sig_message.emit(text)
        announce(self, text)
        self._read_reviews()
        self.open_customer(ref, select)
        self.sig_changes.emit(Changes(restrictions=frozenset({ref}), work_items=frozenset({ref})))

    def decide(self) -> None:
        if self.customer is None:
            self.status.setText(self.tr("Customer: find the customer first."))
            return
        c = self.customer
        self.form = DecisionForm(
            c.customer_ref, c.customer_name, self.user.username, self.today(), self
        )
        self.form.sig_decide.connect(self._decide)
        self.form.open()

    def _decide(self, document: dict, considered: bool) -> None:
        form, ref, at = self.form, self.customer.customer_ref, self._clock()
        self.ops.run(
            lambda: self.data.decide_restriction(ref, document, considered, at),
            lambda decision: self._decided(form, ref, decision),
            lambda exc: form.show_refusal(refusal_words(exc, deciding=True)),
        )

    def _decided(self, form: DecisionForm, ref: str, decision) -> None:
        if not decision.made:
            form.show_conflicts()
            return
        form.accept()
        self._written(
            self.tr("Restriction decided. Send the notice letter next."),
            ref,
            decision.restriction_id,
        )

    def _change(self, make_dialog, write, said) -> None:
        """The chosen restriction (one in force) changed through a dialog: `make_dialog(chosen)`
        asks; on submit, `write(dialog, chosen, by, at)` binds the gateway call to what was
        typed (read here, on the GUI thread) and it runs off it; `said(dialog)` goes in the
        status once written, and a refusal shows in the dialog in words."""
        chosen = self.selected()
        if chosen is None or chosen.lifted:
            return
        self.dialog = dialog = make_dialog(chosen)

        def send() -> None:
            work = write(dialog, chosen, self.user.username, self._clock())
            self.ops.run(
                work,
                lambda _r: self._closed(dialog, said(dialog), chosen),
                lambda exc: dialog.show_refusal(refusal_words(exc)),
            )

        dialog.sig_submit.connect(send)
        dialog.open()

    def review(self) -> None:
        self._change(
            lambda chosen: ReviewDialog(self._what(chosen), self.today(), self),
            lambda d, chosen, by, at: partial(
                self.data.review_restriction, chosen.id, by, d.review_date(), d.reason_text(), at
            ),
            lambda d: self.tr("Restriction renewed; next review {date}.").format(
                date=date_text(d.review_date())
            ),
        )

    def lift(self) -> None:
        self._change(
            lambda chosen: LiftDialog(self._what(chosen), self),
            lambda d, chosen, by, at: partial(
                self.data.lift_restriction, chosen.id, by, d.reason_text(), at
            ),
            lambda _d: self.tr("Restriction lifted."),
        )

    def challenge(self) -> None:
        def received(day: date, at: datetime) -> datetime:
            # Received today: now; on an earlier day: that day's noon.
            return at if day == self.today() else datetime.combine(day, time(12), tzinfo=UTC)

        self._change(
            lambda chosen: ChallengeDialog(self._what(chosen), self.today(), self),
            lambda d, chosen, by, at: partial(
                self.data.record_challenge,
                chosen.id,
                received(d.received_on(), at),
                by,
                d.reason_text(),
                at,
            ),
            lambda _d: self.tr(
                "Challenge recorded: it goes to a manager who did not decide the restriction."
            ),
        )

    def _closed(self, dialog, text: str, chosen) -> None:
        dialog.accept()
        self._written(text, chosen.customer_ref, chosen.id)

    def make_letter(self, path: str | Path | None = None) -> None:
        """Print the chosen restriction's notice letter (the customer's language, large print
        when they need it) to `path`, or to a file the user picks."""
        chosen = self.selected()
        if chosen is None or chosen.lifted:
            return
        if not path:
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the notice letter"),
                f"notice-{chosen.customer_ref}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        target, at = Path(path), self._clock()
        self.ops.run(
            lambda: self.data.restriction_notice(chosen.id, at),
            lambda notice: self._print(notice, target),
            lambda exc: self.status.setText(refusal_words(exc)),
        )

    def _print(self, notice, target: Path) -> None:
        try:
            write_letter_pdf(notice, target)
        except OSError:
            self.status.setText(
                self.tr("The letter could not be saved to {path}.").format(path=str(target))
            )
            return
        text = self.tr("Letter saved to {path}. Mark it sent once it goes out.").format(
            path=str(target)
        )
        self.status.setText(text)
        self.sig_message.emit(text)
        announce(self, text)
        self.sig_letter_made.emit(str(target))

    def mark_sent(self) -> None:
        """The letter went out: its notice item closes and the customer's notified date is
        set."""
        chosen = self.selected()
        if chosen is None or chosen.lifted or chosen.restriction.customer_notified_on:
            return
        by, at = self.user.username, self._clock()
        self.ops.run(
            lambda: self.data.record_notice_sent(chosen.id, by, at),
            lambda sent: self._written(
                self.tr("Notice marked sent on {date}.").format(date=date_text(sent.notified_on)),
                chosen.customer_ref,
                chosen.id,
            ),
            lambda exc: self.status.setText(refusal_words(exc)),
        )

    # -- what changed elsewhere --

    def on_changes(self, changes: Changes, made_by: QObject | None = None) -> None:
        """A change to restrictions reads the reviews due again, and the customer shown when
        theirs (or their work) changed."""
        if made_by is self:
            return
        if changes.everything or changes.restrictions:
            self._read_reviews()
        shown = self.customer.customer_ref if self.customer is not None else None
        if shown is not None and (
            changes.everything or shown in changes.restrictions or shown in changes.work_items
        ):
            self.open_customer(shown, self.selected_id())


RESTRICTIONS_DESK = Desk(
    "restrictions",
    lambda: QCoreApplication.translate("Desks", "Restrictions"),
    frozenset({Role.TEAM_LEADER, Role.MANAGER}),
    RestrictionDeskScreen,
    go_label=lambda: QCoreApplication.translate("Desks", "Res&trictions"),
    go_key=GO_KEY,
    focus=lambda screen: screen.focus_first(),
)
register(RESTRICTIONS_DESK)
