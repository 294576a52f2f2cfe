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
from tests.support import deliver_posted_events

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
    deliver_posted_events(qtbot)  # the queued answer has had its chance


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
        deliver_posted_events(qtbot)  # the queued "sync failed" has had its chance
        assert failures == []
    finally:
        desktop.dispose()


class HeldJobs(Ops):
    """Keeps each job until the test finishes it, in any order."""

    def __init__(self):
        super().__init__()
        self.jobs: list = []

    def run(self, work, on_success, on_failure=None, *, owner=None) -> None:
        self.jobs.append((work, on_success, on_failure))

    def finish(self, index: int) -> None:
        work, on_success, on_failure = self.jobs[index]
        try:
            result = work()
        except Exception as exc:
            on_failure(exc)
        else:
            on_success(result)


def _fail():
    raise ConnectionError("gone")


def test_only_the_latest_answer_of_a_kind_arrives_whatever_the_order(qtbot):
    ops, panel = HeldJobs(), Panel(HeldJobs())
    seen: list = []
    ops.latest("card", lambda: "old", seen.append, seen.append, owner=panel)
    ops.latest("card", lambda: "new", seen.append, seen.append, owner=panel)
    ops.latest("queue", lambda: "queue", seen.append, owner=panel)  # another kind: its own
    assert ops.waiting(panel, "card")
    ops.finish(1)
    assert seen == ["new"] and not ops.waiting(panel, "card")
    ops.finish(0)  # the older answer comes last: dropped
    ops.finish(2)
    assert seen == ["new", "queue"]


def test_a_failure_is_dropped_like_an_answer_once_superseded(qtbot):
    ops, panel = HeldJobs(), Panel(HeldJobs())
    seen: list = []
    ops.latest("card", _fail, seen.append, seen.append, owner=panel)
    ops.latest("card", _fail, seen.append, seen.append, owner=panel)
    ops.finish(0)
    assert seen == []
    ops.finish(1)
    assert [type(e) for e in seen] == [ConnectionError]


def test_superseding_drops_what_is_still_coming_without_asking_again(qtbot):
    ops, panel, other = HeldJobs(), Panel(HeldJobs()), Panel(HeldJobs())
    seen: list = []
    ops.latest("card", lambda: "mine", seen.append, owner=panel)
    ops.latest("card", lambda: "theirs", seen.append, owner=other)
    ops.supersede(panel, "card")
    assert not ops.waiting(panel, "card") and ops.waiting(other, "card")
    ops.finish(0)
    ops.finish(1)  # another owner's requests of the same kind are its own
    assert seen == ["theirs"]


def test_the_latest_answer_for_a_deleted_owner_is_dropped(qtbot):
    ops, panel = HeldJobs(), Panel(HeldJobs())
    seen: list = []
    ops.latest("card", lambda: "late", seen.append, owner=panel)
    shiboken6.delete(panel)
    ops.finish(0)
    assert seen == []
