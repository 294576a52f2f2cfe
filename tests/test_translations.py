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
