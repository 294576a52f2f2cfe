"""Settings are declared once, survive a restart, and shrug off a damaged file."""

from __future__ import annotations

import pytest

from agent_desktop.settings import FONT_SCALE, LANGUAGE, LAST_USER, Settings


def test_defaults_then_saved_values_survive_a_restart(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get(LANGUAGE) == "system"
    settings.set(LANGUAGE, "cy")
    settings.set(LAST_USER, "sclarke")
    again = Settings(path)
    assert again.get(LANGUAGE) == "cy" and again.get(LAST_USER) == "sclarke"
    assert again.get(FONT_SCALE) == 1.0


def test_bad_values_are_refused_and_a_damaged_file_falls_back(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    with pytest.raises(ValueError):
        settings.set(LANGUAGE, "fr")
    path.write_text("{not json", encoding="utf-8")
    assert Settings(path).get(LANGUAGE) == "system"
    path.write_text('{"language": "klingon", "unknown": 1}', encoding="utf-8")
    assert Settings(path).get(LANGUAGE) == "system"
