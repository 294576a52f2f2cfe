"""What the Qt benchmarks share: waiting on the real event loop for something to happen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_for(done: Callable[[], bool], *signals, timeout_ms: int = 60_000) -> None:
    """Run the event loop until `done()`, re-checking whenever one of `signals` fires."""
    loop = QEventLoop()

    def check(*_args):
        if done():
            loop.quit()

    for signal in signals:
        signal.connect(check)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if not done():
        loop.exec()
    timer.stop()
    for signal in signals:
        signal.disconnect(check)
    if not done():
        raise TimeoutError(f"nothing happened within {timeout_ms / 1000:.0f} s")


def spin(seconds: float) -> None:
    """Let the event loop run for `seconds`."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
