"""What we owe the customer and by when: their open work items on the card, with Mark done."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
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
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.services.work import OwedWork
from agent_desktop.ui import texts
from agent_desktop.ui.accessibility import ValueLabel, current_only_while_focused, with_key_hint

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_NO_INDEX = QModelIndex()
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_ROWS = 4
_ITEM_MARGIN = 3  # Qt's item text margin (focus frame margin + 1)


class OwedWorkModel(QAbstractListModel):
    """Open items, soonest due first, one line each: what, by when, time left, case, who.

    A list rather than a table: the card is narrow, and a row that wraps is read whole.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[OwedWork] = []
        self._rows: list[str] = []

    def set_items(self, items, calendar, now: datetime | None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = [self._text(item, calendar, now) for item in self._items]
        self.endResetModel()

    def _text(self, item: OwedWork, calendar, now: datetime | None) -> str:
        when = texts.when(item.due_at, calendar.tz, now)
        if now is not None:
            left = texts.working_duration(calendar.working_time_between(now, item.due_at))
            when = self.tr("{when} ({left})").format(when=when, left=left)
        what = texts.work_kind_name(item.kind)
        if item.assignee:
            who = item.assignee
        elif item.team:
            who = self.tr("{team} (unassigned)").format(team=item.team)
        else:
            who = self.tr("Unassigned")
        text = self.tr("{what} by {when} · {case} · {who}").format(
            what=what, when=when, case=item.case_ref or self.tr("No case"), who=who
        )
        if item.done_waiting:
            text = self.tr("{text} · done, waiting to send").format(text=text)
        return text

    def item_at(self, row: int) -> OwedWork | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent=_NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            return self._rows[index.row()]
        if role == ITEM_ID_ROLE:
            return self._items[index.row()].id
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
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Open work for this customer"))
        self.view.setAccessibleDescription(
            self.tr(
                "Soonest due first: what is owed, by when, the working time left, the case and who "
                "has it. Select one and press Mark done when it is done."
            )
        )
        current_only_while_focused(self.view)
        self.view.viewport().installEventFilter(self)
        self.done_button = QPushButton(self.tr("Mar&k done"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected item done"))
        self.done_button.setToolTip(
            with_key_hint(
                self.tr("Mark the selected item done: what was owed has been done"),
                self.done_button.text(),
            )
        )
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
            self._fit_height()
            self._select(kept)
        self._update()

    def _fit_height(self) -> None:
        """Tall enough for the first few items as they wrap at the view's width now."""
        width = self.view.viewport().width() - 2 * _ITEM_MARGIN
        metrics = self.view.fontMetrics()
        height = 0
        for row in range(min(self.model.rowCount(), VISIBLE_ROWS)):
            text = self.model.data(self.model.index(row, 0))
            bounds = metrics.boundingRect(
                0, 0, max(width, 1), 10_000, Qt.TextFlag.TextWordWrap, text
            )
            height += bounds.height() + 2 * _ITEM_MARGIN
        self.view.setFixedHeight(height + 2 * self.view.frameWidth())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.model.rowCount():
            self._fit_height()  # rows wrap differently at another width
        return False

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
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return

    def _follow_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.view.selectionModel().select(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _update(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        item = self.model.item_at(rows[0].row()) if rows else None
        self.done_button.setEnabled(item is not None and not item.done_waiting)

    def _done(self) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self.done_button.setEnabled(False)  # one press, one request
            self.sig_done_requested.emit(item_id)
