"""`agent-desktop pop --number N`: hand a caller's number to the running window, or start one."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable

from agent_desktop.paths import data_dir

log = logging.getLogger(__name__)

EXIT_OK = 0


def pop_server_name() -> str:
    """The name the window of this operating-system user and data folder listens on."""
    from agent_desktop.ui.single_instance import server_name

    return server_name(data_dir(), getpass.getuser())


def run_pop(
    number: str,
    *,
    database: str | None,
    user: str | None,
    start_gui: Callable[[list[str]], int],
    timeout_ms: int = 2000,
) -> int:
    """Deliver `number` to the running window (exit 0), else start the window to pop it.

    `start_gui` gets the extra command-line arguments the new window needs (`--database`,
    `--user` when given, then `--pop=NUMBER`) and returns its exit code. The number is passed
    on as written: the window decides whether it is withheld or unknown.
    """
    # Qt is imported here, not at module level, so `agent-desktop --help` stays quick.
    from agent_desktop.ui.single_instance import SingleInstance, core_application

    name = pop_server_name()
    with core_application():
        delivered = SingleInstance.send_pop(name, number, timeout_ms)
    if delivered:
        log.info("pop delivered to the running window")
        return EXIT_OK
    argv: list[str] = []
    if database:
        argv += ["--database", database]
    if user:
        argv += ["--user", user]
    # One "--pop=N" word, so a number written with a leading "-" is not read as an option.
    argv.append(f"--pop={number}")
    return start_gui(argv)
