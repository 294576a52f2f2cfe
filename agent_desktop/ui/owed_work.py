"""What we owe the customer and by when: their open work items on the card, with Mark done."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.services.work import OwedWork
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, current_only_while_focused, with_key_hint

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_HORIZONTAL = Qt.Orientation.Horizontal
_NO_INDEX = QModelIndex()
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4


class OwedWorkModel(QAbstractTableModel):
    """Open items, soonest due first: due, time left, what, case, who has it."""

    COLUMNS = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[OwedWork] = []
        self._rows: list[tuple[str, ...]] = []
        self._headers = (self.tr("Due"), self.tr("Time left"), self.tr("What"), self.tr("Case"),
                         self.tr("Assigned to"))

    def set_items(self, items, calendar, now: datetime | None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = [self._texts(item, calendar, now) for item in self._items]
        self.endResetModel()

    def _texts(self, item: OwedWork, calendar, now: datetime | None) -> tuple[str, ...]:
        due = texts.when(item.due_at, calendar.tz, now)
        left = (texts.working_duration(calendar.working_time_between(now, item.due_at))
                if now is not None else "")
        what = texts.work_kind_name(item.kind)
        if item.done_waiting:
            what = self.tr("{what} (done, waiting to send)").format(what=what)
        if item.assignee:
            who = item.assignee
        elif item.team:
            who = self.tr("{team} (unassigned)").format(team=item.team)
        else:
            who = self.tr("Unassigned")
        return (due, left, what, item.case_ref or self.tr("No case"), who)

    def item_at(self, row: int) -> OwedWork | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent=_NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_NO_INDEX) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._rows[index.row()][index.column()]
        if role == ITEM_ID_ROLE:
            return self._items[index.row()].id
        return None

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < self.COLUMNS:
            return self._headers[section]
        return None


class OwedWorkBox(QGroupBox):
    """The card's list of open work for the customer, and the button that marks one done."""

    sig_done_requested = Signal(object)
    """Emitted with the id (uuid.UUID) of the item the agent marks done."""

    def __init__(self, parent: QWidget | None = None):
        title = self.tr("What we owe them")
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.none_label = ValueLabel(title, self, self.tr("Nothing open"))
        self.none_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.none_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model = OwedWorkModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Open work for this customer"))
        self.view.setAccessibleDescription(self.tr(
            "Soonest due first: when it is due, working time left, what is owed, the case and "
            "who has it. Select one and press Mark done when it is done."))
        self.view.header().setStretchLastSection(True)
        current_only_while_focused(self.view)
        self.done_button = QPushButton(self.tr("Mar&k done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected item done"))
        self.done_button.setToolTip(with_key_hint(
            self.tr("Mark the selected item done: what was owed has been done"),
            self.done_button.text()))
        self.done_button.clicked.connect(self._done)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        # The row the keyboard is on is the one Mark done acts on, even after focus moves to
        # the button (the view lets go of its current row then, see accessibility.py).
        self.view.selectionModel().currentChanged.connect(self._follow_current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self._update()

    def show_items(self, items, calendar, now: datetime | None) -> None:
        kept = self.selected_id()
        self.model.set_items(items, calendar, now)
        self.none_label.setVisible(not items)
        self.view.setVisible(bool(items))
        self.done_button.setVisible(bool(items))
        if items:
            for column in range(OwedWorkModel.COLUMNS - 1):
                self.view.resizeColumnToContents(column)
            rows = min(len(items), VISIBLE_ROWS)
            row_height = self.view.sizeHintForRow(0) if self.model.rowCount() else 0
            header = self.view.header().sizeHint().height()
            self.view.setFixedHeight(header + row_height * rows + 2 * self.view.frameWidth() + 2)
            self._select(kept)
        self._update()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ITEM_ID_ROLE) if rows else None

    def focus_chain(self) -> list[QWidget]:
        if not self.model.rowCount():
            return [self.none_label]
        # A disabled button takes no focus: it joins the chain once a row is selected.
        return [self.view, self.done_button] if self.done_button.isEnabled() else [self.view]

    def _select(self, item_id: uuid.UUID | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item_at(row).id == item_id:
                self.view.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def _follow_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.view.selectionModel().select(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _update(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        item = self.model.item_at(rows[0].row()) if rows else None
        self.done_button.setEnabled(item is not None and not item.done_waiting)

    def _done(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.done_button.setEnabled(False)  # one press, one request
            self.sig_done_requested.emit(item_id)
