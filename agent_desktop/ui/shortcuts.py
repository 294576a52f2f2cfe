"""Every keyboard shortcut of the window, read from its actions and widgets, and the F1 dialog.

The list is built from what the window holds at the moment it is asked for, never from a
hand-kept table, so it cannot drift from the keys that really work: every QAction and
QShortcut with a key, every button whose (translated) label has an Alt mnemonic, every label
that moves the focus to its buddy, and the menu bar's own Alt keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.ui.accessibility import mnemonic_key

_PORTABLE = QKeySequence.SequenceFormat.PortableText
_NATIVE = QKeySequence.SequenceFormat.NativeText
# By this name, and always with literal words, so that pyside6-lupdate finds them.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Shortcut:
    """One key and what it does, in the interface language."""

    key: str
    """The key in Qt's portable form ("Ctrl+Shift+C", "F5", "Alt+F"): the same on every system."""
    what: str

    @property
    def shown(self) -> str:
        """The key as this system writes it (⌘ on a Mac)."""
        return QKeySequence(self.key).toString(_NATIVE)


def _words(text: str) -> str:
    """A label as it is read: no mnemonic marker, no trailing colon or ellipsis."""
    text = text.split("\t", 1)[0]
    text = re.sub(r"&(.)", r"\1", text)
    return text.strip().rstrip(":…").rstrip(".").strip()


def _order(shortcut: Shortcut) -> tuple:
    """Function keys, then Ctrl, then Ctrl+Shift, then other keys, then Alt letters."""
    key = shortcut.key
    parts = key.split("+")
    if re.fullmatch(r"F\d+", key):
        group, rest = 0, f"{int(key[1:]):03d}"
    elif parts[0] == "Ctrl" and len(parts) == 2:
        group, rest = 1, parts[1]
    elif parts[:2] == ["Ctrl", "Shift"] and len(parts) == 3:
        group, rest = 2, parts[2]
    elif parts[0] == "Alt" and len(parts) == 2:
        group, rest = 4, parts[1]
    else:
        group, rest = 3, key
    return group, rest, shortcut.what.casefold()


def _shortcut_purpose(shortcut: QShortcut) -> str:
    """What a bare QShortcut does: its What's This, else the panel it belongs to."""
    if shortcut.whatsThis():
        return shortcut.whatsThis()
    parent = shortcut.parent()
    if isinstance(parent, QWidget) and parent.accessibleName():
        return parent.accessibleName()
    return translate("Shortcuts", "Shortcut")


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every key that does something in `window` now, sorted, each once per meaning."""
    found: list[Shortcut] = []

    def add(key: str | None, what: str) -> None:
        if key:
            found.append(Shortcut(QKeySequence(key).toString(_PORTABLE), what))

    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            add(sequence.toString(_PORTABLE), _words(action.text()))
    for shortcut in window.findChildren(QShortcut):
        sequences = shortcut.keys() if shortcut.isEnabled() else []
        for sequence in sequences:
            add(sequence.toString(_PORTABLE), _shortcut_purpose(shortcut))
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            add(mnemonic_key(button.text()), button.accessibleName() or _words(button.text()))
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.isVisibleTo(window):
            name = buddy.accessibleName() or _words(label.text())
            add(
                mnemonic_key(label.text()),
                translate("Shortcuts", "Move to: {name}").format(name=name),
            )
    for menu in window.menuBar().actions():
        if menu.isVisible():
            add(
                mnemonic_key(menu.text()),
                translate("Shortcuts", "{menu} menu").format(menu=_words(menu.text())),
            )
    return sorted(set(found), key=_order)


class ShortcutsDialog(QDialog):
    """A read-only table of keys and what they do, with a note on why Alt keys vary."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = list(shortcuts)
        note = QLabel(
            self.tr(
                "Alt keys come from the underlined letter of each label in the interface language, "
                "so they differ between English and Welsh: Call is Alt+C in English and Alt+F in "
                "Welsh (Ffonio). The Ctrl, Ctrl+Shift and function-key shortcuts are the same in "
                "both languages."
            ),
            self,
        )
        note.setWordWrap(True)
        self.model = QStandardItemModel(len(self.shortcuts), 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        for row, shortcut in enumerate(self.shortcuts):
            for column, text in enumerate((shortcut.shown, shortcut.what)):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setData(
                    f"{shortcut.shown}: {shortcut.what}", Qt.ItemDataRole.AccessibleTextRole
                )
                self.model.setItem(row, column, item)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setAccessibleDescription(self.tr("Each row is a key and what it does."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab moves on to Close, as everywhere else
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if self.shortcuts:
            self.table.setCurrentIndex(self.model.index(0, 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() * 3 // 2)
        width = (
            sum(self.table.sizeHintForColumn(c) for c in range(2)) + metrics.averageCharWidth() * 8
        )
        self.resize(
            max(width, metrics.averageCharWidth() * 72),
            metrics.lineSpacing() * min(len(self.shortcuts) + 10, 36),
        )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, action) of each row as shown."""
        return [
            (self.model.item(r, 0).text(), self.model.item(r, 1).text())
            for r in range(self.model.rowCount())
        ]
