"""The work queue as a Qt table model over plain rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from agent_desktop.services.queue import QueueRow

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_HORIZONTAL = Qt.Orientation.Horizontal


class QueueModel(QAbstractTableModel):
    def __init__(self, office_tz, parent=None):
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._tz = office_tz
        self._headers = [self.tr("Due"), self.tr("Kind"), self.tr("Customer"), self.tr("Case"),
                         self.tr("Assigned to")]

    def set_rows(self, rows: list[QueueRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or role not in (_DISPLAY, _ACCESSIBLE):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.due_at.astimezone(self._tz).strftime("%a %d %b %H:%M")
        if column == 1:
            return row.kind.replace("_", " ")
        if column == 2:
            return f"{row.customer_name} ({row.customer_ref})"
        if column == 3:
            return row.case_ref or ""
        return row.assignee or ""

    def headerData(self, section: int, orientation, role: int = _DISPLAY):
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
