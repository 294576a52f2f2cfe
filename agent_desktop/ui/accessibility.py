"""Speaking to screen readers: one helper for announcements, used by every panel."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QStyle, QWidget


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers read `text` out now (an announcement event, Qt 6.8+).

    Assertive interrupts what the reader is saying: for restrictions and limits an agent
    must hear before speaking to the customer.
    """
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def plain_text(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a screen reader should hear of a label's text: rich text without its markup."""
    if fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


class ValueLabel(QLabel):
    """A label that shows a value: a screen reader hears what it is and then the value.

    Giving a QLabel an accessible name replaces its text on the accessibility bus (Qt 6 offers
    no text interface for labels), so "Customer reference" would be read and never the
    reference. Here the name says what the label is and the description always carries the
    text it shows, as plain text, updated with every change.
    """

    def __init__(self, what: str, parent: QWidget | None = None, text: str = ""):
        super().__init__(text, parent)
        self.setAccessibleName(what)
        self._describe()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._describe()

    def clear(self) -> None:
        super().clear()
        self._describe()

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:
        super().setTextFormat(fmt)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleDescription(plain_text(self.text(), self.textFormat()))


class _CurrentOnlyWhileFocused(QObject):
    """Keeps a view's current item only while the view has the keyboard focus.

    Qt tells screen readers that a view's current cell is focused whether or not the view
    is: a queue row left current would claim focus beside whatever really has it. On the way
    out the current item is put aside (the selection stays); on the way back in it returns.
    """

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        self._kept = QPersistentModelIndex()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        model = self._view.selectionModel()
        if model is None:
            return False
        if kind == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            current = self._view.currentIndex()
            if current.isValid():
                self._kept = QPersistentModelIndex(current)
                model.clearCurrentIndex()
        elif kind == QEvent.Type.FocusIn and not self._view.currentIndex().isValid():
            # Back where the agent was; after a reload, on the row still selected.
            if self._kept.isValid():
                back = self._view.model().index(self._kept.row(), self._kept.column())
            else:
                selected = model.selectedIndexes()
                back = min(selected, key=lambda i: (i.row(), i.column())) if selected else None
            if back is not None and back.isValid():
                model.setCurrentIndex(back, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._kept = QPersistentModelIndex()
        return False


def current_only_while_focused(view: QAbstractItemView) -> None:
    """Install `_CurrentOnlyWhileFocused` on `view` (once is enough for its lifetime)."""
    view.installEventFilter(_CurrentOnlyWhileFocused(view))


def named_icon(
    parent: QWidget, pixmap: QStyle.StandardPixmap, name: str, *, visible: bool = True
) -> QLabel:
    """A small icon beside words (never instead of them), named for screen readers and sized
    from the font, so it grows with a larger one."""
    label = QLabel(parent)
    side = parent.fontMetrics().height()
    label.setPixmap(parent.style().standardIcon(pixmap).pixmap(side, side))
    label.setAccessibleName(name)
    label.setVisible(visible)
    return label


def with_clear_button(edit: QLineEdit) -> None:
    """Give `edit` Qt's clear button, named: unnamed, a screen reader says only "button"."""
    edit.setClearButtonEnabled(True)
    for action in edit.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(QCoreApplication.translate("Accessibility", "Clear the text"))


def mnemonic_key(label: str) -> str | None:
    """The Alt key a label's mnemonic gives ("&Ffonio" → "Alt+F"); None without one.

    Key hints in tooltips come from here, so that they name the key the translated label
    really has ("&&" is a literal ampersand, not a mnemonic).
    """
    i = 0
    while i < len(label) - 1:
        if label[i] == "&":
            if label[i + 1] != "&":
                return f"Alt+{label[i + 1].upper()}"
            i += 1
        i += 1
    return None


def with_key_hint(text: str, label: str) -> str:
    """`text` followed by the Alt key of `label`'s mnemonic, as "text (Alt+F)"."""
    key = mnemonic_key(label)
    return f"{text} ({key})" if key else text
