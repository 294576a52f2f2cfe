"""Helpers several test modules share: held background work, and waiting on events, not time."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from agent_desktop.ui.ops import ImmediateOps, Ops

WAIT_MS = 10_000


class HeldOps(Ops):
    """Keeps each job until the test finishes it, in whatever order the test likes."""

    def __init__(self):
        super().__init__()
        self.jobs = []

    def run(self, work, on_success, on_failure=None, *, owner=None) -> None:
        self.jobs.append((work, on_success, on_failure))

    def finish(self, index: int) -> None:
        """Run job `index` here, then hand its answer (or its exception) back as Ops would."""
        ImmediateOps.run(self, *self.jobs[index])


class _Marker(QObject):
    def __init__(self):
        super().__init__()
        self.seen = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self.seen = True
            return True
        return super().event(event)


def deliver_posted_events(qtbot, timeout: int = WAIT_MS) -> None:
    """Run the event loop until every event posted to the GUI thread so far has been
    delivered: a marker posted now arrives after them (same priority, first in first out).

    For negatives ("the answer is dropped"): wait for this known later event instead of
    sleeping and hoping the answer would have come by then.
    """
    marker = _Marker()
    QCoreApplication.postEvent(marker, QEvent(QEvent.Type.User))
    qtbot.waitUntil(lambda: marker.seen, timeout=timeout)


def none_is_immortal() -> bool:
    """True on Python 3.12 and later, where None's reference count never changes (PEP 683),
    so a binding that takes a reference off None can neither free it nor be seen doing so."""
    before = sys.getrefcount(None)
    held = [None] * 1000  # noqa: F841 - a thousand new references, if None counts them
    return sys.getrefcount(None) == before


def references_lost(target: object, call: Callable[[], object], times: int) -> int:
    """How many references `target` has lost after `call()` ran `times` times (negative:
    gained). A binding that takes a reference it never gave would lose one per call."""
    call()  # anything created once (caches, interned names) is made before counting
    before = sys.getrefcount(target)
    for _ in range(times):
        call()
    return before - sys.getrefcount(target)
