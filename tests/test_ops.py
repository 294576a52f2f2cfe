"""Work off the GUI thread: a result never reaches a callback whose owner has been deleted.

Real worker threads, real Qt objects (pytest-qt); the sync case runs a real desktop on the
central PostgreSQL database.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer

from agent_desktop.ui.ops import Ops
from agent_desktop.ui.sync_controller import SyncController
from tests.desktops import _desktop

WAIT_MS = 10_000


class Panel(QObject):
    """A panel that, like most, starts a timer of its own when an answer arrives."""

    def __init__(self, ops: Ops):
        super().__init__()
        self.ops = ops
        self.timer = QTimer(self)
        self.answers: list = []

    def load(self) -> None:
        self.ops.run(lambda: 42, lambda value: self.arrived(value), lambda exc: self.arrived(exc))

    def load_bound(self) -> None:
        self.ops.run(lambda: 42, self.arrived, self.arrived)

    def fail(self) -> None:
        self.ops.run(_broken, lambda value: self.arrived(value), lambda exc: self.arrived(exc))

    def arrived(self, value) -> None:
        self.timer.start(1000)  # raises "already deleted" on a deleted panel
        self.answers.append(value)


def _broken():
    raise RuntimeError("the work failed")


def _finish_then_delete(qtbot, ops: Ops, owner: QObject) -> None:
    """Let the work finish (its answer now queued for the GUI thread), delete its owner, then
    let the queued answer be delivered."""
    assert ops.pool.waitForDone(WAIT_MS)
    shiboken6.delete(owner)
    qtbot.wait(50)


def test_an_answer_reaches_a_live_owner(qtbot):
    ops = Ops(QThreadPool())
    panel = Panel(ops)
    panel.load()
    panel.load_bound()
    panel.fail()
    qtbot.waitUntil(lambda: len(panel.answers) == 3, timeout=WAIT_MS)
    assert sorted(map(str, panel.answers)) == ["42", "42", "the work failed"]


def test_an_answer_for_a_deleted_owner_is_dropped(qtbot):
    ops = Ops(QThreadPool())
    for start in (Panel.load, Panel.load_bound, Panel.fail):
        panel = Panel(ops)
        answers = panel.answers
        start(panel)
        _finish_then_delete(qtbot, ops, panel)
        assert answers == []


def test_an_explicit_owner_is_honoured(qtbot):
    ops = Ops(QThreadPool())
    owner = QObject()
    answers = []
    ops.run(lambda: 1, answers.append, answers.append, owner=owner)
    _finish_then_delete(qtbot, ops, owner)
    assert answers == []


def test_a_sync_whose_window_closed_meanwhile_starts_no_deleted_timer(qtbot, central_url, tmp_path):
    """The sync controller's finished callback used to start its QTimer after the window
    (and with it the controller and the timer) had been deleted."""
    desktop = _desktop(central_url, tmp_path, "dowen")

    def broken_sync():
        raise RuntimeError("a replica the pull cannot write to")

    desktop.sync = broken_sync
    window = QObject()
    controller = SyncController(desktop, window, interval_ms=3_600_000, listen=False)
    failures = []
    controller.sig_failed.connect(failures.append)
    pool = controller.ops.pool
    try:
        controller.request()
        assert pool.waitForDone(WAIT_MS)
        shiboken6.delete(window)
        qtbot.wait(50)
        assert failures == []
    finally:
        desktop.dispose()
