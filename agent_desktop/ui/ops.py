"""Running database work off the GUI thread, with the result delivered back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable

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

    def run(
        self,
        work: Callable[[], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        signals = _Signals()
        self._live.add(signals)

        def done(result, callback=on_success):
            self._live.discard(signals)
            callback(result)

        def failed(exc):
            self._live.discard(signals)
            if on_failure is not None:
                on_failure(exc)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        self.pool.start(_Job(work, signals))


class ImmediateOps(Ops):
    """Runs work at once on the calling thread: for tests that want no waiting."""

    def run(self, work, on_success, on_failure=None) -> None:
        try:
            result = work()
        except Exception as exc:
            if on_failure is None:
                raise
            on_failure(exc)
        else:
            on_success(result)
