"""Commands for work that makes itself: `work generate`, `work done`, `work cancel`."""

from __future__ import annotations


def register(command, work_sub, common) -> None:
    """Add this module's commands: `command(name, func, help)` adds a top-level one, and
    `work_sub.add_parser(name, parents=[common], ...)` one under `work`."""
