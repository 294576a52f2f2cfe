"""The call timer: elapsed time of the current call, warning as a call_duration limit nears."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from agent_desktop.ui.accessibility import ValueLabel, announce, with_key_hint

_WARNING_ICON = QStyle.StandardPixmap.SP_MessageBoxWarning
_TICK_MS = 1000
#: How long before the limit the timer warns, in minutes.
WARN_BEFORE_MINUTES = 2


def clock_text(seconds: int) -> str:
    """'03:07', or '1:03:07' past the hour."""
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallTimer(QWidget):
    """`start(limit_minutes)`, `stop()`; time comes from `clock` so tests can drive it."""

    sig_near_limit = Signal()
    """Emitted once per call when the limit is WARN_BEFORE_MINUTES away (or less)."""
    sig_limit_reached = Signal()
    """Emitted once per call when the elapsed time reaches the limit."""
    sig_stopped = Signal(int)
    """Emitted with the elapsed seconds when the timer is stopped."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ):
        super().__init__(parent)
        self._clock = clock
        self._started: float | None = None
        self._limit: int | None = None
        self._warned = False
        self._reached = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self.tick)

        self.icon = QLabel(self)
        self.icon.setVisible(False)
        self.elapsed = ValueLabel(self.tr("Call time"), self, self.tr("No call in progress"))
        self.message = ValueLabel(self.tr("Call limit"), self)
        self.stop_button = QPushButton(self.tr("Stop &timer"), self)
        self.stop_button.setAccessibleName(self.tr("Stop call timer"))
        self.stop_button.setToolTip(
            with_key_hint(self.tr("Stop the call timer"), self.stop_button.text())
        )
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.elapsed)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.stop_button)

    # --- state --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def limit_minutes(self) -> int | None:
        return self._limit

    def elapsed_seconds(self) -> int:
        if self._started is None:
            return 0
        return int(self._clock() - self._started)

    # --- slots --------------------------------------------------------------------------------

    def start(self, limit_minutes: int | None = None) -> None:
        """Start timing a call from zero; a call already being timed is replaced."""
        self._started = self._clock()
        self._limit = limit_minutes if limit_minutes and limit_minutes > 0 else None
        self._warned = self._reached = False
        self._show_warning(False)
        if self._limit is None:
            self.message.setText("")
        else:
            self.message.setText(self.tr("{n}-minute limit").format(n=self._limit))
        self.stop_button.setEnabled(True)
        self._ticker.start()
        self.tick()

    def stop(self) -> None:
        if self._started is None:
            return
        seconds = self.elapsed_seconds()
        self._ticker.stop()
        self._started = None
        self._show_warning(False)
        self.message.setText("")
        self.elapsed.setText(self.tr("Last call {elapsed}").format(elapsed=clock_text(seconds)))
        self.stop_button.setEnabled(False)
        self.sig_stopped.emit(seconds)

    def reset(self) -> None:
        """Forget the call altogether (another customer's card is open): no time, no limit."""
        self._ticker.stop()
        self._started = None
        self._limit = None
        self._show_warning(False)
        self.message.setText("")
        self.elapsed.setText(self.tr("No call in progress"))
        self.stop_button.setEnabled(False)

    def tick(self) -> None:
        """Bring the display up to the clock; the QTimer calls this every second."""
        if self._started is None:
            return
        seconds = self.elapsed_seconds()
        self.elapsed.setText(self.tr("Call time {elapsed}").format(elapsed=clock_text(seconds)))
        if self._limit is None:
            return
        limit = self._limit * 60
        if seconds >= limit and not self._reached:
            self._reached = self._warned = True
            text = self.tr("Call limit reached")
            self._alert(text)
            self.sig_limit_reached.emit()
        elif seconds >= limit - WARN_BEFORE_MINUTES * 60 and not self._warned:
            self._warned = True
            if min(WARN_BEFORE_MINUTES, self._limit) >= 2:
                text = self.tr("2 minutes left of the {n}-minute limit").format(n=self._limit)
            else:
                text = self.tr("1 minute left of the {n}-minute limit").format(n=self._limit)
            self._alert(text)
            self.sig_near_limit.emit()

    # --- helpers ------------------------------------------------------------------------------

    def _alert(self, text: str) -> None:
        self._show_warning(True)
        self.message.setText(text)
        announce(self, text, assertive=True)

    def _show_warning(self, on: bool) -> None:
        if on and self.icon.pixmap().isNull():
            side = self.fontMetrics().height()
            self.icon.setPixmap(self.style().standardIcon(_WARNING_ICON).pixmap(side, side))
            self.icon.setAccessibleName(self.tr("Warning"))
        self.icon.setVisible(on)

    # --- carried across a rebuild of the window (MainWindow.retranslate) ----------------------

    def state(self) -> dict | None:
        """The call being timed, for `resume` on the timer that replaces this one; None when
        no call is being timed."""
        if self._started is None:
            return None
        return {
            "started": self._started,
            "limit": self._limit,
            "warned": self._warned,
            "reached": self._reached,
        }

    def resume(self, state: dict | None) -> None:
        """Go on timing the call `state()` described, on the same clock, showing any warning
        already given without giving (or announcing) it again."""
        if not state:
            return
        self.start(state["limit"])
        self._started = state["started"]
        self._warned, self._reached = state["warned"], state["reached"]
        if self._reached:
            self._show_warning(True)
            self.message.setText(self.tr("Call limit reached"))
        elif self._warned and self._limit is not None:
            self._show_warning(True)
            self.message.setText(
                self.tr("2 minutes left of the {n}-minute limit").format(n=self._limit)
                if min(WARN_BEFORE_MINUTES, self._limit) >= 2
                else self.tr("1 minute left of the {n}-minute limit").format(n=self._limit)
            )
        self.tick()
