"""Building the window's panels again in place: work in flight lands first, the agent's place is kept."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from agent_desktop.domain.values import Recipient
from agent_desktop.services.work_queue import QueueFilter

_NO_INPUT = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
_TAB_FOCUS = Qt.FocusPolicy.TabFocus


def settle(pool: QThreadPool, timeout_ms: int = 10_000) -> bool:
    """Wait until `pool` has nothing left to do; False if that took longer than `timeout_ms`.

    Results that arrive meanwhile are delivered, to the panels that asked for them (which must
    therefore still exist), and may ask for more work (the next page of the queue), which is
    waited for too. The agent's keys and clicks wait until it is over.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while True:
        idle = pool.waitForDone(20)
        QCoreApplication.processEvents(_NO_INPUT)
        if idle and pool.waitForDone(0):
            return True
        if deadline.hasExpired():
            return False


def _first_focusable(panel: QWidget) -> QWidget:
    for widget in [panel, *panel.findChildren(QWidget)]:
        if (
            widget.focusPolicy() & _TAB_FOCUS
            and widget.isEnabled()
            and widget.isVisibleTo(panel.window())
        ):
            return widget
    return panel


@dataclass(frozen=True)
class PanelState:
    """What the agent is doing in the window, to be found the same after a rebuild."""

    card_ref: str | None
    queue_filters: frozenset[QueueFilter]
    queue_text: str
    queue_item: uuid.UUID | None
    find_text: str
    timer: dict | None
    recipient: Recipient
    splitter_sizes: tuple[int, ...]
    focus: int | None
    """Which panel held the keyboard focus: 0 find, 1 queue, 2 actions, 3 card."""

    @staticmethod
    def _panels(window) -> list[QWidget]:
        return [window.find, window.queue, window.actions_bar, window.card]

    @classmethod
    def capture(cls, window) -> PanelState:
        focused = QApplication.focusWidget()
        focus = next(
            (
                i
                for i, panel in enumerate(cls._panels(window))
                if focused is not None and (focused is panel or panel.isAncestorOf(focused))
            ),
            None,
        )
        return cls(
            card_ref=window.card.current_ref,
            queue_filters=window.queue.filters(),
            queue_text=window.queue.search.text(),
            queue_item=window.queue.selected_item,
            find_text=window.find.query(),
            timer=window.actions_bar.timer.state(),
            recipient=window.actions_bar.recipient,
            splitter_sizes=tuple(window.splitter.sizes()),
            focus=focus,
        )

    def restore(self, window) -> None:
        """Put the state back on `window`'s new panels; reads run off the GUI thread."""
        queue = window.queue
        queue.select_item(self.queue_item)  # chosen again when the queue loads
        # The text first: set_filters then loads once, with both (and stops the text's debounce).
        queue.search.setText(self.queue_text)
        queue.set_filters(self.queue_filters)
        if self.find_text:
            window.find.set_query(self.find_text)
        # The bar is given the customer before the timer resumes: a bar moving to another
        # customer forgets the call being timed.
        if self.card_ref:
            window.actions_bar.set_customer(self.card_ref, recipient=self.recipient)
        window.actions_bar.timer.resume(self.timer)
        if self.card_ref:
            # The agent has heard this card's restrictions: they are not read out again.
            window.card.show_customer(self.card_ref, quietly=True, again=True)
        if self.splitter_sizes:
            # Lay the new panels out at the window's size first: sizes set on a splitter that
            # has none yet are spread out again when it gets one.
            window.layout().activate()
            window.splitter.setSizes(list(self.splitter_sizes))
        if self.focus == 0:
            window.find.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.focus == 1:
            window.queue.focus_queue()
        elif self.focus == 2:
            _first_focusable(window.actions_bar).setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.focus == 3:
            window.focus_card()
