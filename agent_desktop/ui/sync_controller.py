"""Keeps the replica in step while the window runs, off the GUI thread.

Three things ask for a pull: a NOTIFY from the central database (another desktop's change,
within a second), a timer (the safety net after a missed notification), and the listener
reconnecting (it may have missed some). Pulls run one at a time on their own thread; asks that
arrive meanwhile fold into one more pull afterwards, and notifications wait `coalesce_ms`
(50 ms) first, so a burst of them (one per central transaction) is one pull. After a pull that
found nothing in this desktop's scope, the next one asked for by a notification starts at least
`spacing_ms` (200 ms) after it: a centre making 30 changes a second elsewhere then costs this
desktop five pulls a second, not fifteen, and a change in its scope is still on screen within
about a quarter of a second.

A pull says what it changed in this desktop's scope (a `Changes`); a pull that changed
nothing here (another team's work, customers this desktop does not hold) signals nothing.

While the central database is away the timer retries with a growing pause (2 s, 4 s ... up to
`max_retry_ms`), so the outbox drains soon after it returns without hammering it meanwhile.

A pull can find a change committed but not yet safe to read, because an older transaction
somewhere on the server is still running; nothing will notify when that one ends, so the
controller looks again after 100 ms, 200 ms ... up to 2 s until the change has arrived.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from agent_desktop.services.gateway import SyncStatus
from agent_desktop.sync.desktop import Synced
from agent_desktop.sync.notify import ChangeListener
from agent_desktop.ui.ops import Ops

log = logging.getLogger(__name__)


class SyncController(QObject):
    sig_status = Signal(object)
    """The sync status (a SyncStatus) after every pull."""
    sig_changed = Signal(object)
    """The replica took changes in scope (a Changes): views re-read what they show of it."""
    sig_failed = Signal(str)
    """A pull failed for a reason other than a lost connection (the error's name); it is
    retried, but the replica is not being kept up to date meanwhile."""
    _sig_wake = Signal()  # from the listener's thread; queued onto the GUI thread

    def __init__(
        self,
        data: Synced,
        parent: QObject | None = None,
        *,
        interval_ms: int = 30_000,
        max_retry_ms: int = 30_000,
        listen: bool = True,
        coalesce_ms: int = 50,
        spacing_ms: int = 200,
    ):
        super().__init__(parent)
        self.data = data
        self.interval_ms = interval_ms
        self.max_retry_ms = max_retry_ms
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)  # one writer to the replica at a time
        self.ops = Ops(pool, self)
        self._running = False
        self._again = self._again_soon = False
        self._retry_ms = 0
        self._held_ms = 0
        self.coalesce_ms = coalesce_ms
        self.spacing_ms = spacing_ms
        self._started_at = -1e9  # monotonic seconds when the last pull started
        self._idle_pull = False  # whether the last pull found nothing in scope
        self.pulls = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.request)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.request)
        self._sig_wake.connect(self.request_soon)
        self._listener = (
            ChangeListener(data.central.url, self._sig_wake.emit, on_lost=self._sig_wake.emit)
            if listen
            else None
        )

    def start(self) -> None:
        if self._listener is not None:
            self._listener.start()
        self.request()

    def stop(self) -> None:
        self.timer.stop()
        self._soon.stop()
        if self._listener is not None:
            self._listener.stop()
        self.ops.pool.waitForDone(10_000)

    def request_soon(self) -> None:
        """Pull in `coalesce_ms` (and, after a pull that found nothing here, no sooner than
        `spacing_ms` after it began): the asks of a burst of notifications become one pull."""
        if self._running:
            self._again_soon = True
        elif not self._soon.isActive():
            wait_ms = self.coalesce_ms
            if self._idle_pull:
                since_ms = (time.monotonic() - self._started_at) * 1000
                wait_ms = max(wait_ms, round(self.spacing_ms - since_ms))
            self._soon.start(wait_ms)

    def request(self) -> None:
        """Pull soon: now if no pull is running, else once more when it ends."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._again = self._again_soon = False
        self._started_at = time.monotonic()
        self.timer.stop()
        self._soon.stop()
        data = self.data

        def work():
            applied = data.sync()
            return applied, data.status()

        self.ops.run(work, self._done, self._failed)

    def _done(self, outcome) -> None:
        applied, status = outcome
        self._running = False
        self._idle_pull = not applied
        self.pulls += 1
        self._schedule(status)
        self.sig_status.emit(status)
        if applied:
            self.sig_changed.emit(applied)
        self._follow_up()

    def _failed(self, exc: Exception) -> None:
        # Not a lost connection (those are a status): keep trying, but say it in the log.
        log.error("sync failed: %s", type(exc).__name__)
        self._running = False
        self._schedule(SyncStatus(online=False))
        self.sig_failed.emit(type(exc).__name__)
        self._follow_up()

    def _follow_up(self) -> None:
        """What was asked for while the pull ran: another pull now, or a notification's."""
        if self._again:
            self.request()
        elif self._again_soon:
            self.request_soon()

    def _schedule(self, status: SyncStatus) -> None:
        if status.online and status.held_back:
            self._held_ms = _doubled(self._held_ms, 100, 2_000)
            self.timer.start(self._held_ms)
        elif status.online:
            self._retry_ms = self._held_ms = 0
            self.timer.start(self.interval_ms)
        else:
            self._retry_ms = _doubled(self._retry_ms, 2_000, self.max_retry_ms)
            self.timer.start(self._retry_ms)


def _doubled(pause_ms: int, first_ms: int, most_ms: int) -> int:
    """The next pause of a backoff: `first_ms`, then twice the last, at most `most_ms`."""
    return min(max(pause_ms * 2, first_ms), most_ms)
