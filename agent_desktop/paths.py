"""Where the application keeps its files; each folder can be moved by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "agent-desktop"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)


def _folder(variable: str, default: str) -> Path:
    path = Path(os.environ.get(variable) or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _folder("AGENT_DESKTOP_DATA_DIR", _DIRS.user_data_dir)


def config_dir() -> Path:
    return _folder("AGENT_DESKTOP_CONFIG_DIR", _DIRS.user_config_dir)


def log_dir() -> Path:
    return _folder("AGENT_DESKTOP_LOG_DIR", _DIRS.user_log_dir)


def embedded_database_url() -> str:
    return f"sqlite:///{data_dir() / 'agent-desktop.sqlite3'}"


def named_database_url(explicit: str | None = None) -> str | None:
    """--database, then AGENT_DESKTOP_DATABASE_URL; None when neither names a database."""
    return explicit or os.environ.get("AGENT_DESKTOP_DATABASE_URL") or None


def database_url(explicit: str | None = None) -> str:
    """--database, then AGENT_DESKTOP_DATABASE_URL, then the embedded SQLite file."""
    return named_database_url(explicit) or embedded_database_url()
