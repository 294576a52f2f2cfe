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
                source, text)


def test_translation_file_lists_every_string_in_the_interface(tmp_path):
    fresh = tmp_path / "fresh.ts"
    subprocess.run(["pyside6-lupdate", *map(str, sorted((ROOT / "agent_desktop" / "ui").glob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert {m.find("source").text for m in messages(fresh)} == {
        m.find("source").text for m in messages(TS)
    }


def test_compiled_translation_is_current_and_used(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLocale

    from agent_desktop.ui.i18n import install_language

    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "translations/agent_desktop_cy.qm is stale: run pyside6-lrelease on the .ts")
    locale = QLocale()
    translator = install_language(qapp, "cy")
    try:
        assert QCoreApplication.translate("Texts", "Phone") == "Ffôn"
        assert QLocale().language() == QLocale.Language.Welsh
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
