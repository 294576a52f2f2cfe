"""Running database work off the GUI thread, with the result delivered back on it.

A result belongs to the object that asked for it (its *owner*): when the owner has been
deleted by the time the work finishes (its window closed, a panel rebuilt), the result is
dropped rather than handed to a callback that would touch deleted widgets or timers.

Latest answer wins: a panel that asks for "the latest of this kind" (`ops.latest("card", ...)`)
never sees the answer to an older request of that kind once a newer one was made, however the
workers finish. `supersede` drops the answers still coming without asking again (the panel
cleared itself), and `waiting` says whether the newest request has not answered yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals):
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        # An exception escaping QRunnable.run is only printed in production: catch it and
        # hand it to the GUI thread, which decides what the user sees.
        try:
            result = self.work()
        except Exception as exc:
            log.warning("background operation failed: %s", type(exc).__name__)
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Ops(QObject):
    """`ops.run(work, on_success, on_failure)`: `work` runs in a worker and never touches a widget."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._live: set[_Signals] = set()
        # By (owner, kind): the newest request's number, and those not answered yet.
        self._newest: dict[tuple[int, str], int] = {}
        self._unanswered: set[tuple[int, str]] = set()

    def run(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run `work` in a worker; then, on the GUI thread, `on_success(result)` or
        `on_failure(exc)`, unless `owner` has been deleted meanwhile.

        `owner` defaults to the object `on_success` is a method of, or the `self` it refers
        to (a lambda or nested function in a method), else this Ops.
        """
        signals = _Signals()
        self._live.add(signals)
        owner = owner if owner is not None else (_owner_of(on_success) or self)

        def done(result, callback=on_success):
            self._live.discard(signals)
            if shiboken6.isValid(owner):
                callback(result)
            else:
                log.debug("result dropped: its owner was deleted")

        def failed(exc):
            self._live.discard(signals)
            if on_failure is not None and shiboken6.isValid(owner):
                on_failure(exc)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        self.pool.start(_Job(work, signals))

    def latest(
        self,
        kind: str,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """As `run`, but only the answer to `owner`'s newest request of `kind` is delivered:
        an older one still on its way is dropped when it arrives."""
        owner = owner if owner is not None else (_owner_of(on_success) or self)
        key = (id(owner), kind)
        number = self._newest.get(key, 0) + 1
        self._newest[key] = number
        self._unanswered.add(key)

        def newest() -> bool:
            if self._newest.get(key) != number:
                return False
            self._unanswered.discard(key)
            return True

        # The owner is checked here, so that an Ops standing in for this one (in a test) may
        # take `run`'s arguments without it.
        def succeeded(result) -> None:
            if shiboken6.isValid(owner) and newest():
                on_success(result)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(owner) and newest():
                on_failure(exc)

        self.run(work, succeeded, failed if on_failure is not None else None)

    def supersede(self, owner: QObject, kind: str) -> None:
        """Drop the answers still coming to `owner`'s requests of `kind`."""
        key = (id(owner), kind)
        self._newest[key] = self._newest.get(key, 0) + 1
        self._unanswered.discard(key)

    def waiting(self, owner: QObject, kind: str) -> bool:
        """Whether `owner`'s newest request of `kind` has not answered yet."""
        return (id(owner), kind) in self._unanswered


def _owner_of(callback) -> QObject | None:
    """The QObject `callback` belongs to: a bound method's object, or the `self` a lambda or
    nested function defined in a method refers to."""
    bound = getattr(callback, "__self__", None)
    if isinstance(bound, QObject):
        return bound
    code, cells = getattr(callback, "__code__", None), getattr(callback, "__closure__", None)
    if code is None or not cells:
        return None
    for name, cell in zip(code.co_freevars, cells, strict=True):
        if name == "self":
            try:
                value = cell.cell_contents
            except ValueError:  # not bound yet
                return None
            return value if isinstance(value, QObject) else None
    return None


class ImmediateOps(Ops):
    """Runs work at once on the calling thread: for tests that want no waiting."""

    def run(self, work, on_success, on_failure=None, *, owner=None) -> None:
        try:
            result = work()
        except Exception as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            on_success(result)
