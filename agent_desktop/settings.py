"""The desktop's settings, each declared once with its key, type and default.

Kept as JSON in the user config folder. Secrets never go here: passwords live only in the
operating system's credential store.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent_desktop.paths import config_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    choices: tuple = ()

    def check(self, value) -> Any:
        if not isinstance(value, self.type) or (self.choices and value not in self.choices):
            raise ValueError(f"setting {self.key!r} cannot be {value!r}")
        return value


LANGUAGE = Setting("language", str, "system", ("system", "en", "cy"))
LAST_USER = Setting("last_user", str, "")
FONT_SCALE = Setting("font_scale", float, 1.0)

ALL = {s.key: s for s in (LANGUAGE, LAST_USER, FONT_SCALE)}


class Settings:
    """Read once, written whole on every change; an unreadable file falls back to defaults."""

    def __init__(self, path: Path | None = None):
        self.path = path or config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            raw = {}
        for key, value in raw.items() if isinstance(raw, dict) else ():
            setting = ALL.get(key)
            if setting is None:
                continue
            try:
                self._values[key] = setting.check(value)
            except ValueError:
                log.warning("ignoring bad value for setting %s", key)

    def get(self, setting: Setting):
        return self._values.get(setting.key, setting.default)

    def set(self, setting: Setting, value) -> None:
        self._values[setting.key] = setting.check(value)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2), encoding="utf-8")
        tmp.replace(self.path)
