"""The team board's lists of items: work-queue models whose rows can be dragged onto a member."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt

from agent_desktop.ui.work_queue_model import ITEM_ID_ROLE, WorkQueueModel

#: What a drag of board items carries: their ids, one a line.
ITEMS_MIME = "application/x-agent-desktop-work-items"


class BoardItemsModel(WorkQueueModel):
    """A work-queue model whose rows drag as their items' ids (to drop on a member)."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self.data(i, ITEM_ID_ROLE) for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(ITEMS_MIME, "\n".join(str(i) for i in ids).encode("ascii"))
        return mime


def dropped_items(mime: QMimeData) -> list[uuid.UUID]:
    """The item ids a drag of board items carries (none for any other drag)."""
    if not mime.hasFormat(ITEMS_MIME):
        return []
    text = bytes(mime.data(ITEMS_MIME).data()).decode("ascii")
    return [uuid.UUID(line) for line in text.split() if line]
