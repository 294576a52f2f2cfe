"""Rotating log files; records name customers by reference only and never carry passwords."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from agent_desktop.paths import log_dir

_configured = False


def configure_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    handler = RotatingFileHandler(
        log_dir() / "agent-desktop.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("agent_desktop")
    root.addHandler(handler)
    root.setLevel(level)
    _configured = True
