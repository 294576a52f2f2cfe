"""The team board: a team's members and their load, its work at risk and its unassigned work,
for team leaders and managers (team-work.md). Agents never have this desk.

Everything is read through the window's gateway off the GUI thread. The two lists of items
are work-queue models over ids: rows arrive a page at a time as they are shown. Selected
items are assigned with the keyboard (Assign…, Ctrl+Shift+A): a searchable list of members,
then the assignment's warnings to confirm, or its blocks in words. Above them, the agents'
requests for a team leader's authorisation (ui/approval_requests.py), decided from here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import EVERYTHING, Changes
from agent_desktop.services.gateway import DeskData
from agent_desktop.services.session import SignedIn
from agent_desktop.ui.accessibility import ValueLabel, announce, with_clear_button
from agent_desktop.ui.approval_requests import RequestsPanel
from agent_desktop.ui.desks import Desk, register
from agent_desktop.ui.team_board_model import ITEMS_MIME, BoardItemsModel, dropped_items
from agent_desktop.ui.work_queue_model import CUSTOMER_REF_ROLE, ITEM_ID_ROLE, WorkQueueModel

ASSIGN_KEY = "Ctrl+Shift+A"
MEMBER_COLUMNS = 8


def _now_utc() -> datetime:
    return datetime.now(UTC)


def finding_words(code: str, message: str) -> str:
    """A block or warning of an assignment in words, in the interface language."""
    words = {
        "NOT_PERMITTED": QCoreApplication.translate("TeamBoard", "You may not assign this item."),
        "ASSIGNEE_INACTIVE": QCoreApplication.translate(
            "TeamBoard", "That member of staff is no longer active."
        ),
        "ASSIGNEE_AWAY": QCoreApplication.translate(
            "TeamBoard", "That member of staff is away today."
        ),
        "SINGLE_POINT_OF_CONTACT": QCoreApplication.translate(
            "TeamBoard",
            "The customer has a single point of contact: only the named person or their "
            "deputy may hold their work.",
        ),
        "ITEM_CLOSED": QCoreApplication.translate("TeamBoard", "The item is no longer open."),
        "WELSH_PREFERRED": QCoreApplication.translate(
            "TeamBoard", "The customer prefers Welsh and that member of staff does not speak it."
        ),
        "OVER_CAPACITY": QCoreApplication.translate(
            "TeamBoard", "That member of staff would hold more open items than their capacity."
        ),
    }
    return words.get(code, message)


class MemberPicker(QDialog):
    """A searchable list of the team's members: type to narrow it, Enter to choose."""

    def __init__(self, members, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign to"))
        self.search = QLineEdit(self)
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Find a member"))
        label = QLabel(self.tr("&Find a member:"), self)
        label.setBuddy(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Members"))
        for member in members:
            text = self.tr("{name} ({username}): {open} open of {capacity}").format(
                name=member.name,
                username=member.username,
                open=member.open,
                capacity=member.capacity,
            )
            if member.away:
                text += self.tr(", away")
            if member.welsh_speaker:
                text += self.tr(", speaks Welsh")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, member.username)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.search.textChanged.connect(self._narrow)
        self.search.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _narrow(self, text: str) -> None:
        text = text.casefold().strip()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(text) and text not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None or item.isHidden() else item.data(Qt.ItemDataRole.UserRole)


class AwayDialog(QDialog):
    """Mark a member away for a range of office dates, with an optional cover colleague."""

    def __init__(self, members, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark away"))
        self.who = QComboBox(self)
        self.cover = QComboBox(self)
        self.cover.addItem(self.tr("No cover"), None)
        for member in members:
            self.who.addItem(f"{member.name} ({member.username})", member.username)
            self.cover.addItem(f"{member.name} ({member.username})", member.username)
        start = QDate(today.year, today.month, today.day)
        self.from_on = QDateEdit(start, self)
        self.to_on = QDateEdit(start, self)
        for edit in (self.from_on, self.to_on):
            edit.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), self.who)
        form.addRow(self.tr("&From:"), self.from_on)
        form.addRow(self.tr("&To:"), self.to_on)
        form.addRow(self.tr("&Cover:"), self.cover)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, date, date, str | None]:
        return (
            self.who.currentData(),
            self.from_on.date().toPython(),
            self.to_on.date().toPython(),
            self.cover.currentData(),
        )


class MembersTable(QTableWidget):
    """The members, each row a place to drop board items on: they are assigned to that member
    (through the same checks and questions as Assign…)."""

    sig_dropped = Signal(list, str)
    """Emitted with the dropped items' ids and the member's username."""

    def __init__(self, rows: int, columns: int, parent: QWidget | None = None):
        super().__init__(rows, columns, parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def dragEnterEvent(self, event) -> None:
        if dropped_items(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if dropped_items(event.mimeData()) and self.itemAt(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        items = dropped_items(event.mimeData())
        cell = self.itemAt(event.position().toPoint())
        if not items or cell is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.sig_dropped.emit(items, cell.data(Qt.ItemDataRole.UserRole))


class TeamBoardScreen(QWidget):
    """The board of one team: members, work at risk first, then unassigned work."""

    sig_loaded = Signal(object)
    """Emitted with the TeamBoard after each load."""
    sig_changes = Signal(object)
    """Emitted with the Changes an assignment here made."""
    sig_message = Signal(str)

    def __init__(self, window, data: DeskData, user: SignedIn, *, now=None):
        super().__init__(window)
        self.ops = window.ops
        # Changes arrived while the board was being read: read it once more when it lands,
        # for the customers they touched (None: in full).
        self._read_again = False
        self._again_refs: frozenset[str] | None = frozenset()
        self.data = data
        self.user = user
        self._clock = now or _now_utc
        self.board = None
        self.teams: list[tuple[uuid.UUID, str]] = []
        self.picker: MemberPicker | None = None
        self.confirm: QMessageBox | None = None
        self.away_dialog: AwayDialog | None = None
        self._pending: tuple[list[uuid.UUID], str] | None = None
        self._refs: frozenset[str] | None = None

        self.team_choice = QComboBox(self)
        self.team_choice.setAccessibleName(self.tr("Team"))
        team_label = QLabel(self.tr("T&eam:"), self)
        team_label.setBuddy(self.team_choice)
        self.team_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status = ValueLabel(self.tr("Board status"), self, self.tr("Loading the board…"))
        self.status.setWordWrap(True)
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._judge_again)
        self._minute.start()

        self.members = MembersTable(0, MEMBER_COLUMNS, self)
        self.members.sig_dropped.connect(self._dropped)
        self.members.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Open"),
                self.tr("Due today"),
                self.tr("Overdue"),
                self.tr("At risk"),
                self.tr("Capacity"),
                self.tr("Away (cover)"),
                self.tr("Welsh"),
            ]
        )
        self.members.setAccessibleName(self.tr("Team members"))
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.requests = RequestsPanel(self.ops, data, user, lambda: self._clock(), self)
        self.requests.sig_changes.connect(self.sig_changes)
        self.requests.sig_message.connect(self.sig_message)
        for action in self.requests.actions():
            self.addAction(action)

        members_label = QLabel(self.tr("&Members"), self)
        members_label.setBuddy(self.members)

        self.at_risk_model = BoardItemsModel(self.ops, data, self, now=self._clock)
        self.unassigned_model = BoardItemsModel(self.ops, data, self, now=self._clock)
        self.at_risk = self._item_table(self.at_risk_model, self.tr("Work at risk"))
        self.unassigned = self._item_table(self.unassigned_model, self.tr("Unassigned work"))
        at_risk_label = QLabel(self.tr("Work at &risk"), self)
        at_risk_label.setBuddy(self.at_risk)
        unassigned_label = QLabel(self.tr("&Unassigned work"), self)
        unassigned_label.setBuddy(self.unassigned)

        self.assign_action = QAction(self.tr("&Assign…"), self)
        self.assign_action.setShortcut(QKeySequence(ASSIGN_KEY))
        self.assign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.assign_action.triggered.connect(self.assign_selected)
        self.addAction(self.assign_action)
        self.assign_button = QPushButton(self.tr("Assign selected (Ctrl+Shift+A)"), self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.away_button = QPushButton(self.tr("Mark a&way…"), self)
        self.away_button.clicked.connect(self.mark_away)
        self.balance_button = QPushButton(self.tr("&Balance…"), self)
        self.balance_button.clicked.connect(self.balance)

        top = QHBoxLayout()
        top.addWidget(team_label)
        top.addWidget(self.team_choice, 1)
        top.addWidget(self.assign_button)
        top.addWidget(self.away_button)
        top.addWidget(self.balance_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.requests)
        layout.addWidget(members_label)
        layout.addWidget(self.members, 1)
        layout.addWidget(at_risk_label)
        layout.addWidget(self.at_risk, 2)
        layout.addWidget(unassigned_label)
        layout.addWidget(self.unassigned, 2)

        self.ops.run(lambda: data.teams_led(user), self._teams_found, self._failed)

    def _item_table(self, model: WorkQueueModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        return view

    # -- loading --

    def _teams_found(self, teams) -> None:
        self.teams = list(teams)
        self.team_choice.blockSignals(True)
        self.team_choice.clear()
        for team_id, name in self.teams:
            self.team_choice.addItem(name, team_id)
        own = self.team_choice.findData(self.user.team_id)
        self.team_choice.setCurrentIndex(max(own, 0))
        self.team_choice.blockSignals(False)
        if not self.teams:
            self.status.setText(self.tr("You lead no team, so there is no board to show."))
            return
        self.refresh()

    def set_clock(self, now) -> None:
        """Judge the board by `now()` from here on (a fixed instant in tests), and reload."""
        self._clock = now
        self.refresh()

    def team_id(self) -> uuid.UUID | None:
        return self.team_choice.currentData()

    def refresh(self, refs: frozenset[str] | None = None) -> None:
        """Read the board: in full, or (`refs`) only the work of the customers a change
        touched, the rest judged again as it was kept (an empty `refs`: only the clock
        moved)."""
        team_id = self.team_id()
        if team_id is None:
            return
        self.requests.set_team(team_id)
        at = self._clock()
        self.ops.latest(
            "team_board",
            lambda: self.data.team_board(team_id, at, refs),
            # Only the clock moved (empty `refs`): no row's words changed but its time left.
            lambda board: self._loaded(board, changed=refs != frozenset()),
            self._failed,
        )

    def _judge_again(self) -> None:
        """Each minute: work comes to be at risk as working time passes, with no change."""
        if self.isVisible() and not self.ops.waiting(self, "team_board"):
            self.refresh(frozenset())

    def _failed(self, _exc: Exception) -> None:
        self.status.setText(self.tr("The board could not be loaded. Try again with F5."))
        self._read_again_if_asked()

    def _loaded(self, board, changed: bool = True) -> None:
        self.board = board
        _show(self.at_risk, list(board.at_risk_ids), board.at, changed)
        _show(self.unassigned, list(board.unassigned), board.at, changed)
        self._show_members(board.members)
        self.status.setText(
            self.tr("{team}: {risk} at risk ({overdue} overdue), {free} unassigned").format(
                team=board.team,
                risk=len(board.at_risk_ids),
                overdue=board.overdue,
                free=len(board.unassigned),
            )
        )
        self.sig_loaded.emit(board)
        self._read_again_if_asked()

    def _show_members(self, members) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        self.members.setRowCount(len(members))
        for row, m in enumerate(members):
            if m.away:
                away = (
                    self.tr("Away, covered by {cover}").format(cover=m.cover)
                    if m.cover
                    else self.tr("Away")
                )
            else:
                away = self.tr("In")
            capacity = str(m.capacity)
            if m.over_capacity:
                capacity = self.tr("{capacity} (over)").format(capacity=m.capacity)
            cells = (
                f"{m.name} ({m.username})",
                str(m.open),
                str(m.due_today),
                str(m.overdue),
                str(m.at_risk),
                capacity,
                away,
                yes if m.welsh_speaker else no,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.username)
                self.members.setItem(row, col, item)

    # -- assigning --

    def selected_items(self) -> list[uuid.UUID]:
        """The items selected in the list that has focus (else in either list)."""
        views = [self.at_risk, self.unassigned]
        focused = [v for v in views if v.hasFocus()]
        for view in focused + views:
            rows = sorted(view.selectionModel().selectedRows(), key=lambda i: i.row())
            if rows:
                refs = {view.model().data(i, CUSTOMER_REF_ROLE) for i in rows}
                self._refs = frozenset(refs) if None not in refs else None
                return [view.model().data(i, ITEM_ID_ROLE) for i in rows]
        return []

    def assign_selected(self) -> None:
        items = self.selected_items()
        if not items or self.board is None:
            self.sig_message.emit(self.tr("Select one or more items to assign first."))
            return
        self.picker = MemberPicker(self.board.members, self)
        self.picker.accepted.connect(lambda: self._picked(items))
        self.picker.open()

    def _picked(self, items: list[uuid.UUID]) -> None:
        to = self.picker.chosen() if self.picker is not None else None
        if to is None:
            return
        self.assign(items, to)

    def _dropped(self, items: list[uuid.UUID], to: str) -> None:
        refs = set()
        for model in (self.at_risk_model, self.unassigned_model):
            for item_id in items:
                row = model.row_of(item_id)
                if row >= 0:
                    refs.add(model.data(model.index(row, 0), CUSTOMER_REF_ROLE))
        self._refs = frozenset(refs) if refs and None not in refs else None
        self.assign(items, to)

    def assign(self, items: list[uuid.UUID], to: str) -> None:
        """Check assigning `items` to `to`; a warning asks first, blocks are shown in words."""
        by = self.user.username

        def check():
            return [self.data.check_assign(i, to, by) for i in items]

        self.ops.run(check, lambda answers: self._checked(items, to, answers), self._failed_write)

    def _checked(self, items, to, answers) -> None:
        blocked = [a for a in answers if a.blocks]
        allowed = [a.item for a in answers if not a.blocks]
        warnings = sorted({w.code: w.message for a in answers for w in a.warnings}.items())
        lines = [
            finding_words(c, m) for a in blocked for c, m in {(b.code, b.message) for b in a.blocks}
        ]
        if blocked:
            self._show_refusal(lines, len(blocked))
        if not allowed:
            return
        if warnings:
            self._pending = (allowed, to)
            self.confirm = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Assign anyway?"),
                "\n".join(finding_words(c, m) for c, m in warnings)
                + "\n\n"
                + self.tr("Assign to {to} anyway?").format(to=to),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            self.confirm.buttonClicked.connect(self._answered(self._confirmed))
            self.confirm.open()
            return
        self._write(allowed, to)

    def _answered(self, then):
        """A slot for the confirmation's buttons: `then()` on Yes, nothing on No."""
        box = self.confirm

        def clicked(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                then()

        return clicked

    def _confirmed(self) -> None:
        if self._pending is not None:
            items, to = self._pending
            self._pending = None
            self._write(items, to)

    def _show_refusal(self, lines: list[str], count: int) -> None:
        text = self.tr("Not assigned (%n item(s)): {why}", "", count).format(
            why=" ".join(dict.fromkeys(lines))
        )
        self.status.setText(text)
        announce(self, text, assertive=True)

    def _write(self, items: list[uuid.UUID], to: str) -> None:
        by = self.user.username

        def work():
            return [self.data.assign_work(i, to, by, "team board") for i in items]

        self.ops.run(work, lambda answers: self._written(to, answers), self._failed_write)

    def _written(self, to: str, answers) -> None:
        made = [a for a in answers if a.assigned]
        refused = [a for a in answers if not a.assigned]
        if refused:
            lines = [finding_words(b.code, b.message) for a in refused for b in a.blocks]
            self._show_refusal(lines, len(refused))
        if made:
            text = self.tr("%n item(s) assigned to {to}.", "", len(made)).format(to=to)
            self.sig_message.emit(text)
            announce(self, text)
        # The customers whose work moved, when every selected row had arrived; else anything.
        refs = self._refs
        self.refresh(refs)
        self.sig_changes.emit(Changes(work_items=refs) if refs else EVERYTHING)

    def _failed_write(self, _exc: Exception) -> None:
        self.status.setText(self.tr("That could not be done. Nothing was changed."))

    # -- away and balance --

    def mark_away(self) -> None:
        if self.board is None:
            return
        self.away_dialog = AwayDialog(self.board.members, self.board.today, self)
        self.away_dialog.accepted.connect(self._away_chosen)
        self.away_dialog.open()

    def _away_chosen(self) -> None:
        staff, from_on, to_on, cover = self.away_dialog.values()
        by = self.user.username
        self.ops.run(
            lambda: self.data.mark_away(staff, from_on, to_on, cover, by),
            lambda _result: (self.refresh(), self.sig_changes.emit(EVERYTHING)),
            self._failed_write,
        )

    def balance(self) -> None:
        if self.board is None:
            return
        team, by = self.board.team, self.user.username
        self.ops.run(
            lambda: self.data.balance_team(team, by, True), self._proposed, self._failed_write
        )

    def _proposed(self, result) -> None:
        if not result.assigned:
            self.status.setText(self.tr("Balancing would assign nothing now."))
            return
        counts: dict[str, int] = {}
        for _item, to in result.assigned:
            counts[to] = counts.get(to, 0) + 1
        lines = [
            self.tr("%n item(s) to {to}", "", n).format(to=to) for to, n in sorted(counts.items())
        ]
        self.confirm = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Balance the team's work?"),
            "\n".join(lines)
            + "\n\n"
            + self.tr("%n item(s) would stay unassigned.", "", len(result.unassigned)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirm.buttonClicked.connect(self._answered(self._apply_balance))
        self.confirm.open()

    def _apply_balance(self) -> None:
        team, by = self.board.team, self.user.username
        self.ops.run(
            lambda: self.data.balance_team(team, by, False),
            lambda _r: (self.refresh(), self.sig_changes.emit(EVERYTHING)),
            self._failed_write,
        )

    # -- what changed elsewhere --

    def on_changes(self, changes: Changes, made_by: QObject | None = None) -> None:
        """A request asked or answered anywhere reads the requests again, at once. A change to
        work reads again the work of the customers it touched (a change to staff, teams or
        settings, the whole board): once, after the read on its way, for every change that
        arrived meanwhile (a busy centre changes work several times a second)."""
        if made_by is self:
            return
        if changes.everything or changes.requests:
            self.requests.refresh()
        if not changes.work:
            return
        refs = None if changes.everything else changes.work_items
        if self.ops.waiting(self, "team_board"):
            self._read_again = True
            if self._again_refs is not None:
                self._again_refs = None if refs is None else self._again_refs | refs
            return
        self.refresh(refs)

    def _read_again_if_asked(self) -> None:
        if self._read_again:
            refs, self._read_again, self._again_refs = self._again_refs, False, frozenset()
            self.refresh(refs)


def _show(view: QTableView, ids: list[uuid.UUID], at: datetime, changed: bool) -> None:
    """Show `ids` in `view`, keeping what the team leader selected and where they were: the
    board is read again on every change and each minute, and a keyboard user must not lose
    their place. The same ids when only the clock moved: the time left is judged again, with
    no database work; after a change, every row shown is fetched again (an item reassigned
    stays at risk with a new name on it), the old words shown until the new arrive."""
    model = view.model()
    if not changed and model.ids() == ids:
        model.set_now(at)
        return
    chosen = view.selectionModel()
    selected = [model.data(i, ITEM_ID_ROLE) for i in chosen.selectedRows()]
    current = (
        model.data(view.currentIndex(), ITEM_ID_ROLE) if view.currentIndex().isValid() else None
    )
    model.set_ids(ids, now=at)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for item_id in selected:
        row = model.row_of(item_id)
        if row >= 0:
            chosen.select(model.index(row, 0), flags)
    row = model.row_of(current) if current is not None else -1
    if row >= 0:
        chosen.setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(model.index(row, 0))


def _focus_members(board: TeamBoardScreen) -> None:
    board.members.setFocus(Qt.FocusReason.ShortcutFocusReason)


TEAM_BOARD_DESK = Desk(
    "team_board",
    lambda: QCoreApplication.translate("Desks", "Team board"),
    frozenset({Role.TEAM_LEADER, Role.MANAGER}),
    TeamBoardScreen,
    go_label=lambda: QCoreApplication.translate("Desks", "Team &board"),
    go_key="Ctrl+3",
    focus=_focus_members,
)
register(TEAM_BOARD_DESK)
