"""Commands for deciding, reviewing and lifting restrictions, and their notice letters."""

from __future__ import annotations


def register(command, sub, common) -> None:
    """Add this module's commands: `command(name, func, help)` adds a top-level one, and
    `sub.add_parser(name, parents=[common], ...)` a group such as `restriction`."""
