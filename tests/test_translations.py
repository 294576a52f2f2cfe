"""The Welsh translation is complete, current and keeps every placeholder."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "agent_desktop_cy.ts"
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)|\{[a-z_]*\}")


def messages(path: Path):
    return list(ET.parse(path).iter("message"))


def texts(message) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_string_is_translated_with_the_same_placeholders():
    for message in messages(TS):
        source = message.find("source").text
        translation = message.find("translation")
        assert translation.get("type") not in {"unfinished", "obsolete", "vanished"}, source
        for text in texts(message):
            assert text.strip(), f"untranslated: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )


def test_translation_file_lists_every_string_in_the_interface(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            "pyside6-lupdate",
            *map(str, sorted((ROOT / "agent_desktop" / "ui").glob("*.py"))),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert {m.find("source").text for m in messages(fresh)} == {
        m.find("source").text for m in messages(TS)
    }


def test_compiled_translation_is_current_and_used(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLocale

    from agent_desktop.ui.i18n import install_language

    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "translations/agent_desktop_cy.qm is stale: run pyside6-lrelease on the .ts"
    )
    locale = QLocale()
    translator = install_language(qapp, "cy")
    try:
        assert QCoreApplication.translate("Texts", "Phone") == "Ffôn"
        assert QLocale().language() == QLocale.Language.Welsh
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_every_key_hint_names_the_key_the_label_really_has_in_both_languages(qapp, sqlite_url):
    """A tooltip that says Alt+C over a Welsh button whose mnemonic is &Ffonio sends a keyboard
    user to the wrong key."""
    import re

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    from agent_desktop.services.database import open_database
    from agent_desktop.services.exchange import import_document
    from agent_desktop.services.session import sign_in
    from agent_desktop.ui.accessibility import mnemonic_key
    from agent_desktop.ui.i18n import install_language
    from agent_desktop.ui.main_window import MainWindow
    from agent_desktop.ui.ops import ImmediateOps
    from tests.desktops import EXAMPLE

    def hints(window) -> list[tuple[str, str, str]]:
        found = []
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit):
            key = re.search(r"\((Alt\+.)\)", widget.toolTip())
            if not key:
                continue
            label = (
                widget.text()
                if isinstance(widget, QAbstractButton)
                else next(
                    lab.text() for lab in window.findChildren(QLabel) if lab.buddy() is widget
                )
            )
            found.append((label, key.group(1), mnemonic_key(label)))
        return found

    db = open_database(sqlite_url)
    import_document(db, EXAMPLE)
    locale = QLocale()
    for language in ("en", "cy"):
        translator = install_language(qapp, language) if language == "cy" else None
        try:
            window = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
            window.actions_bar.set_customer("C-17702")
            found = hints(window)
            assert len(found) >= 10, found
            assert [f for f in found if f[1] != f[2]] == [], language
            window.deleteLater()
        finally:
            if translator is not None:
                qapp.removeTranslator(translator)
                QLocale.setDefault(locale)
    db.dispose()
