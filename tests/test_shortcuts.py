"""F1 lists every key the window really has, in English and in Welsh, and the README agrees.

The keys are found here by walking the window's widgets and actions independently of the
code that builds the list, and F1 is pressed as an agent would (its action, then the dialog
that opens).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QMessageBox,
    QTableView,
)

from agent_desktop.domain.values import Channel
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.ui.i18n import install_language
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps
from tests.desktops import EXAMPLE

README = Path(__file__).resolve().parents[1] / "README.md"
PORTABLE = QKeySequence.SequenceFormat.PortableText


def portable(text: str) -> str:
    return QKeySequence(text).toString(PORTABLE)


def alt_key(text: str) -> str | None:
    """The Alt key of a label's mnemonic, read here without the code under test."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return f"Alt+{match.group(1).upper()}" if match else None


def keys_in(window) -> set[str]:
    """Every key the window has, walked independently of the F1 list's own code."""
    keys: set[str] = set()
    for action in window.findChildren(QAction):
        keys |= {s.toString(PORTABLE) for s in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        keys |= {s.toString(PORTABLE) for s in list(shortcut.keys())}
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and alt_key(button.text()):
            keys.add(portable(alt_key(button.text())))
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window) and alt_key(label.text()):
            keys.add(portable(alt_key(label.text())))
    for menu in window.menuBar().actions():
        if alt_key(menu.text()):
            keys.add(portable(alt_key(menu.text())))
    return keys


def press_f1(qapp, window) -> dict[str, list[str]]:
    """Trigger the F1 action and read the dialog it opens: {key: [what it does, ...]}."""
    f1 = [
        a
        for a in window.findChildren(QAction)
        if "F1" in [s.toString(PORTABLE) for s in a.shortcuts()]
    ]
    assert len(f1) == 1
    boxes: list[str] = []

    def close_message_boxes() -> None:  # an old-style F1 would block the test otherwise
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.append(widget.text())
                widget.done(0)

    QTimer.singleShot(200, close_message_boxes)
    f1[0].trigger()
    dialogs = [
        w for w in window.findChildren(QDialog) if w.isVisible() and w.findChildren(QTableView)
    ]
    assert len(dialogs) == 1, f"F1 showed no table of shortcuts but {boxes!r}"
    dialog = dialogs[0]
    assert dialog.isModal() and dialog.windowTitle()
    model = dialog.findChildren(QTableView)[0].model()
    listed: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        key, what = (model.index(row, column).data() for column in (0, 1))
        assert key and what, row
        listed.setdefault(portable(key), []).append(what)
    close = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert len(close) == 1
    close[0].click()
    assert not dialog.isVisible()
    return listed


@pytest.fixture
def example_db(sqlite_url):
    db = open_database(sqlite_url)
    import_document(db, EXAMPLE)
    yield db
    db.dispose()


def open_window(qtbot, db) -> MainWindow:
    window = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
    qtbot.addWidget(window)
    window.show()
    window.open_customer("C-17702")  # the actions and the card's own widgets are on screen
    assert window.card.current_ref == "C-17702"
    return window


def in_language(qapp, language: str):
    """Install `language` for a block; the previous locale and no translator afterwards."""

    class Language:
        def __enter__(self):
            self.locale = QLocale()
            self.translator = install_language(qapp, language) if language == "cy" else None

        def __exit__(self, *exc):
            if self.translator is not None:
                qapp.removeTranslator(self.translator)
            QLocale.setDefault(self.locale)

    return Language()


def test_f1_lists_every_key_of_the_window_in_english_and_in_welsh(qtbot, qapp, example_db):
    listed: dict[str, dict[str, list[str]]] = {}
    for language in ("en", "cy"):
        with in_language(qapp, language):
            window = open_window(qtbot, example_db)
            listed[language] = press_f1(qapp, window)
            missing = keys_in(window) - set(listed[language])
            assert missing == set(), (language, missing)
            # The Call button under the key its label has in this language, by its name.
            call = window.actions_bar.channel_buttons[Channel.PHONE]
            assert call.accessibleName() in listed[language][portable(alt_key(call.text()))]
            window.close()
    english, welsh = listed["en"], listed["cy"]
    assert len(english) >= 25
    assert "Call" in english["Alt+C"]
    assert "Move to: Work queue" in english["Alt+W"]
    # Ctrl, Ctrl+Shift and function keys do not depend on the language.
    fixed = {key for key in english if key.startswith("Ctrl+") or re.fullmatch(r"F\d+", key)}
    assert fixed == {key for key in welsh if key.startswith("Ctrl+") or re.fullmatch(r"F\d+", key)}
    assert {
        "Ctrl+Shift+C",
        "Ctrl+Shift+E",
        "Ctrl+Shift+L",
        "Ctrl+Shift+S",
        "Ctrl+Shift+I",
        "Ctrl+Shift+B",
        "Ctrl+F",
        "Ctrl+1",
        "Ctrl+2",
        "F1",
        "F5",
    } <= fixed


def test_f1_explains_that_alt_keys_follow_the_language(qtbot, qapp, example_db):
    window = open_window(qtbot, example_db)
    window.show_shortcuts()
    dialog = window.shortcuts_dialog
    note = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Alt+C in English and Alt+F in Welsh" in note
    assert "same in both languages" in note
    table = dialog.table
    assert table.accessibleName() == "Keyboard shortcuts"
    assert table.editTriggers() == QTableView.EditTrigger.NoEditTriggers
    assert [table.model().headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)] == [
        "Keys",
        "Action",
    ]
    # Sorted: function keys, then Ctrl, then Ctrl+Shift, then the Alt letters.
    keys = [portable(k) for k, _ in dialog.rows()]
    groups = [
        0
        if re.fullmatch(r"F\d+", k)
        else 2
        if k.startswith("Ctrl+Shift+")
        else 1
        if k.startswith("Ctrl+")
        else 3
        for k in keys
    ]
    assert groups == sorted(groups)
    dialog.reject()


def readme_keys() -> set[str]:
    """The keys in the README's key table (section "The window"), one per comma or slash."""
    section = README.read_text(encoding="utf-8").split("## The window", 1)[1]
    section = section.split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    header = rows.index(next(r for r in rows if r.replace(" ", "").startswith("|keys|")))
    keys = set()
    for row in rows[header + 1 :]:
        cell = row.split("|")[1]
        if set(cell.strip()) <= {"-"}:
            continue
        for part in re.split(r"[,/]", cell):
            part = part.strip().strip("`")
            if part:
                keys.add(portable(part))
    return keys


def test_the_readme_lists_every_ctrl_and_function_key_the_window_has(qtbot, qapp, example_db):
    window = open_window(qtbot, example_db)
    fixed = {k for k in keys_in(window) if k.startswith("Ctrl+") or re.fullmatch(r"F\d+", k)}
    assert len(fixed) >= 11
    assert fixed - readme_keys() == set()


def test_f5_in_the_queue_reloads_it(qtbot, example_db):
    """The window's Refresh and the queue's own F5 were one ambiguous key: Qt fired neither."""
    window = open_window(qtbot, example_db)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.queue.table.setFocus()
    qtbot.waitUntil(window.queue.table.hasFocus)
    loads = []
    window.sig_queue_loaded.connect(loads.append)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_F5)
    assert len(loads) == 1
