"""Hearing that the central database changed, so a replica pulls at once instead of waiting.

A notification is only a hint: it is lost while the listener is away, so the caller also
pulls on a timer and after every reconnect.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import make_url

from agent_desktop.store.engine import PG_CONNECT_ARGS

log = logging.getLogger(__name__)

CHANNEL = "agent_desktop_changes"


def conninfo(url: str) -> str:
    """A libpq URL for psycopg from a SQLAlchemy one (password kept, never logged)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """LISTENs on its own autocommit connection in a thread; calls `on_change` per wake-up.

    `on_change` runs on the listener's thread and should only schedule work. A lost
    connection is retried with a growing pause, up to `max_backoff` seconds, until `stop()`;
    `on_lost` (if given) is told once each time an established connection is lost, so the
    desktop can notice at once that the central database went away.
    """

    def __init__(
        self,
        url: str,
        on_change: Callable[[], None],
        *,
        poll_seconds: float = 1.0,
        max_backoff: float = 30.0,
        on_lost: Callable[[], None] | None = None,
    ):
        self._conninfo = conninfo(url)
        self._on_change = on_change
        self._on_lost = on_lost
        self._poll = poll_seconds
        self._max_backoff = max_backoff
        self._stopping = threading.Event()
        self.listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        backoff = 0.5
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, **PG_CONNECT_ARGS) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    backoff = 0.5
                    # A reconnect may have missed notifications: treat it as a change.
                    self._on_change()
                    while not self._stopping.is_set():
                        for _ in conn.notifies(timeout=self._poll, stop_after=1):
                            self._on_change()
            except psycopg.Error as exc:
                if self.listening.is_set() and self._on_lost is not None:
                    self._on_lost()
                self.listening.clear()
                log.warning("change listener lost its connection: %s", type(exc).__name__)
                self._stopping.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
