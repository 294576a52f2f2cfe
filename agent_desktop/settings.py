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
    limits: tuple = ()
    """(lowest, highest) for a number, inclusive; empty for no limits."""

    def check(self, value) -> Any:
        wrong_type = not isinstance(value, self.type) or (
            isinstance(value, bool) and self.type is not bool
        )
        if (
            wrong_type
            or (self.choices and value not in self.choices)
            or (self.limits and not self.limits[0] <= value <= self.limits[1])
        ):
            raise ValueError(f"setting {self.key!r} cannot be {value!r}")
        return value


LANGUAGE = Setting("language", str, "system", ("system", "en", "cy"))
LAST_USER = Setting("last_user", str, "")
FONT_SCALE = Setting("font_scale", float, 1.0)

# The central PostgreSQL server. No host means the embedded SQLite database. There is
# deliberately no password setting: the password lives in the operating system's credential
# store (agent_desktop.credentials) or, where there is none, in memory for one session.
TLS_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
CENTRAL_HOST = Setting("central_host", str, "")
CENTRAL_PORT = Setting("central_port", int, 5432, limits=(1, 65535))
CENTRAL_DATABASE = Setting("central_database", str, "agent_desktop")
CENTRAL_USERNAME = Setting("central_username", str, "")
CENTRAL_TLS_MODE = Setting("central_tls_mode", str, "prefer", TLS_MODES)

ALL = {
    s.key: s
    for s in (
        LANGUAGE,
        LAST_USER,
        FONT_SCALE,
        CENTRAL_HOST,
        CENTRAL_PORT,
        CENTRAL_DATABASE,
        CENTRAL_USERNAME,
        CENTRAL_TLS_MODE,
    )
}


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


def central_url(settings: Settings, password: str | None) -> str | None:
    """The SQLAlchemy URL of the configured central server, or None for the embedded database.

    Every part is quoted by SQLAlchemy, so a password holding `@`, `:` or `/` survives. The
    result carries the password: keep it in memory only and render it for people with
    `make_url(url).render_as_string(hide_password=True)`.
    """
    from sqlalchemy.engine import URL

    host = settings.get(CENTRAL_HOST).strip()
    if not host:
        return None
    url = URL.create(
        "postgresql+psycopg",
        username=settings.get(CENTRAL_USERNAME).strip() or None,
        password=password or None,
        host=host,
        port=settings.get(CENTRAL_PORT),
        database=settings.get(CENTRAL_DATABASE).strip() or None,
        query={"sslmode": settings.get(CENTRAL_TLS_MODE)},
    )
    return url.render_as_string(hide_password=False)
