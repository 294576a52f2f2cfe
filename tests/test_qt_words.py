"""Qt's own buttons and context menus speak Welsh through our translation file.

PySide6 ships no qtbase_cy.qm. ui/qt_words.py declares the words Qt looks up; these tests
prove that they are exactly what Qt 6 asks for, that pyside6-lupdate extracts them, and that
a translation built from them turns a QDialogButtonBox, a QMessageBox and a line edit's context
menu Welsh.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QScrollBar

from agent_desktop.ui import qt_words

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "agent_desktop_cy.ts"
QT_WORDS = ROOT / "agent_desktop" / "ui" / "qt_words.py"


def shipped() -> dict[tuple[str, str], str]:
    """(context, source) → translation of every finished entry in the shipped .ts."""
    found = {}
    for context in ET.parse(TS).iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and translation.text:
                found[(name, message.find("source").text)] = translation.text
    return found


def welsh(context: str, source: str) -> str:
    return shipped()[(context, source)]


class Lookups(QTranslator):
    """Answers nothing; notes every (context, source) Qt asks for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


def build_qt_widgets() -> dict[str, list[str]]:
    """The texts of Qt's own buttons and context menus, built now in the installed language."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    message = QMessageBox(
        QMessageBox.Icon.Question,
        "t",
        "x",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    edit = QLineEdit("text")
    menu = edit.createStandardContextMenu()
    label = QLabel("text")
    texts = {
        "box": [
            box.button(b).text()
            for b in (
                QDialogButtonBox.StandardButton.Ok,
                QDialogButtonBox.StandardButton.Cancel,
                QDialogButtonBox.StandardButton.Close,
            )
        ],
        "message": [
            message.button(b).text()
            for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
        ],
        "line edit menu": [a.text().split("\t")[0] for a in menu.actions() if a.text()],
    }
    for widget in (box, message, edit, menu, label, QScrollBar()):
        widget.deleteLater()
    return texts


def test_the_declared_words_are_exactly_what_qt_looks_up(qapp):
    lookups = Lookups(qapp)
    qapp.installTranslator(lookups)
    try:
        build_qt_widgets()
    finally:
        qapp.removeTranslator(lookups)
    ours = {c for c, _ in qt_words.QT_WORDS}
    asked = {(c, s) for c, s in lookups.asked if c in ours}
    assert asked and asked <= set(qt_words.QT_WORDS), asked - set(qt_words.QT_WORDS)


def test_lupdate_extracts_the_words_and_a_translation_of_them_turns_qt_welsh(qapp, tmp_path):
    ts, qm = tmp_path / "qt_words.ts", tmp_path / "qt_words.qm"
    subprocess.run(
        ["pyside6-lupdate", str(QT_WORDS), "-ts", str(ts)], check=True, capture_output=True
    )
    tree = ET.parse(ts)
    extracted = set()
    for context in tree.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source = message.find("source").text
            extracted.add((name, source))
            translation = message.find("translation")
            translation.text = welsh(name, source)
            translation.attrib.pop("type", None)
    assert extracted == set(qt_words.QT_WORDS)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        texts = build_qt_widgets()
    finally:
        qapp.removeTranslator(translator)
    assert texts["box"] == [welsh("QPlatformTheme", s) for s in ("OK", "Cancel", "Close")]
    assert not set(texts["box"]) & {"OK", "Cancel", "Close"}
    assert texts["message"] == [welsh("QPlatformTheme", s) for s in ("&Yes", "&No")]
    assert texts["line edit menu"] == [
        welsh("QLineEdit", s)
        for s in ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")
    ]
    assert build_qt_widgets()["box"] == ["OK", "Cancel", "Close"]  # English again


def test_the_shipped_welsh_translation_covers_qt_words(qapp):
    from PySide6.QtCore import QLocale

    from agent_desktop.ui.i18n import install_language

    locale = QLocale()
    install_language(qapp, "cy")
    try:
        texts = build_qt_widgets()
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(locale)
    assert texts["box"] == [shipped()[("QPlatformTheme", s)] for s in ("OK", "Cancel", "Close")]
    assert "&Undo" not in texts["line edit menu"]
    assert set(qt_words.QT_WORDS) <= set(shipped())
