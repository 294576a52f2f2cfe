"""A pull says what it changed in the desktop's scope, and a change costs the window what it
touches (issue 11, section 1).

Real PostgreSQL, real SQLite replicas, real widgets (pytest-qt), the real sync thread.
"""

from __future__ import annotations

import time
import uuid

from sqlalchemy import event, text

from agent_desktop.services.session import sign_in
from agent_desktop.sync.feed import current_position
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.sync_controller import SyncController
from tests.desktops import _desktop

HOUR_MS = 3_600_000  # the safety-net timer: every pull seen here came through NOTIFY


def _outsider(engine) -> str:
    """A customer with no work and no restriction: no desktop's scope holds them."""
    ref = f"C-OUT-{uuid.uuid4().hex[:8]}"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, ref, name, name_key, surname_key, created_at, "
                "updated_at) VALUES (:id, :ref, 'Out Side', 'OUT SIDE', 'SIDE', now(), now())"
            ),
            {"id": uuid.uuid4(), "ref": ref},
        )
    return ref


def _rename(engine, ref: str, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE customers SET name = :n, updated_at = now() WHERE ref = :r"),
            {"n": name, "r": ref},
        )


def test_a_pull_names_the_customers_it_changed_in_scope_and_nothing_else(central_url, tmp_path):
    mine = _desktop(central_url, tmp_path, "dowen", sync=False)
    central = mine.central.engine
    try:
        assert mine.sync().everything  # the first copy: everything is new
        assert not mine.sync()

        outsider = _outsider(central)
        _rename(central, outsider, "Still Outside")
        assert not mine.sync()  # read from the feed, but nothing this desktop holds
        assert not mine.replica.holds(outsider)

        _rename(central, "C-20418", "Eleri Prys-Jones")
        changes = mine.sync()
        assert changes.customers == {"C-20418"} and not changes.everything
        assert not changes.work

        with central.begin() as conn:
            conn.execute(
                text(
                    "DELETE FROM customer_phones WHERE id = (SELECT p.id FROM customer_phones p "
                    "JOIN customers c ON c.id = p.customer_id WHERE c.ref = 'C-17702' LIMIT 1)"
                )
            )
        assert mine.sync().customers == {"C-17702"}  # a row gone is named by its owner too

        # Work for dowen's team brings the outsider into scope: named as new work.
        with central.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO work_items (id, kind, customer_id, due_at, team_id, status, "
                    "created_at) SELECT :id, 'callback', c.id, now() + interval '1 day', "
                    "s.team_id, 'open', now() FROM customers c, staff s "
                    "WHERE c.ref = :ref AND s.username = 'dowen'"
                ),
                {"id": uuid.uuid4(), "ref": outsider},
            )
        changes = mine.sync()
        assert outsider in changes.work_items and not changes.everything

        with central.begin() as conn:
            conn.execute(text("UPDATE teams SET name = name || ' ' WHERE true"))
        assert mine.sync().everything  # staff, teams, office settings: every screen looks again
    finally:
        mine.dispose()


def _window(qtbot, desktop, username: str):
    window = MainWindow(desktop, sign_in(desktop.reads, username), Ops())
    qtbot.addWidget(window)
    controller = SyncController(desktop, window, interval_ms=HOUR_MS)
    window.attach_sync(controller)
    window.load()
    controller.start()
    return window, controller


def _caught_up(qtbot, desktop, controller) -> None:
    """Wait until the replica has applied everything committed centrally and no pull runs."""
    with desktop.central.engine.connect() as conn:
        target = current_position(conn)
    qtbot.waitUntil(
        lambda: desktop.replica.position >= target and not controller._running, timeout=10_000
    )
    qtbot.wait(50)  # the pull's signals are delivered


def _shown_names(window) -> list[str]:
    model = window.queue.model
    return [str(model.index(row, 3).data()) for row in range(model.rowCount())]


def test_an_out_of_scope_change_costs_the_window_nothing_and_an_in_scope_one_a_row(
    qtbot, central_url, tmp_path
):
    mine = _desktop(central_url, tmp_path, "dowen")
    central = mine.central.engine
    window, controller = _window(qtbot, mine, "dowen")
    model = window.queue.model
    try:
        qtbot.waitUntil(lambda: any("C-20418" in n for n in _shown_names(window)), timeout=10_000)
        _caught_up(qtbot, mine, controller)
        resets, loads, changed = [], [], []
        model.modelReset.connect(lambda: resets.append(1))
        window.queue.sig_loaded.connect(loads.append)
        controller.sig_changed.connect(changed.append)
        shown = model.ids()

        outsider = _outsider(central)
        pulls = controller.pulls
        for n in range(3):
            _rename(central, outsider, f"Out Side {n}")
        _caught_up(qtbot, mine, controller)
        assert controller.pulls > pulls
        assert (changed, resets, loads) == ([], [], [])  # no signal, no reload
        assert model.ids() == shown

        _rename(central, "C-20418", "Eleri Prys-Jones")
        qtbot.waitUntil(
            lambda: any("Eleri Prys-Jones" in n for n in _shown_names(window)), timeout=10_000
        )
        assert [c.customers for c in changed] == [{"C-20418"}]
        assert (resets, loads) == ([], [])  # the row was redrawn, the queue not reloaded
        assert model.ids() == shown

        # New work for one of the team's customers: its row comes, every other row stays.
        with central.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO work_items (id, kind, customer_id, due_at, team_id, status, "
                    "created_at) SELECT :id, 'callback', c.id, now() - interval '3650 days', "
                    "s.team_id, 'open', now() FROM customers c, staff s "
                    "WHERE c.ref = 'C-30055' AND s.username = 'dowen'"
                ),
                {"id": (new := uuid.uuid4())},
            )
        qtbot.waitUntil(lambda: model.ids()[:1] == [new], timeout=10_000)
        assert model.ids()[1:] == shown
        assert (resets, loads) == ([], [])
        assert "C-30055" in _shown_names(window)[0]
        assert window.queue.count_text().startswith(f"{len(shown) + 1} ")

        # A minute passes: the rows are judged by the new time and the counts read again,
        # not every id.
        updates = []
        real = mine.queue_update
        mine.queue_update = lambda *a: updates.append(a[3]) or real(*a)
        window.queue._tick()
        qtbot.waitUntil(lambda: updates == [frozenset()], timeout=10_000)
        qtbot.wait(100)
        assert (resets, loads) == ([], [])
        assert window.queue.count_text().startswith(f"{len(shown) + 1} ")
    finally:
        controller.stop()
        mine.dispose()


def test_a_burst_of_notifications_is_one_pull_or_two(qtbot, central_url, tmp_path):
    mine = _desktop(central_url, tmp_path, "dowen")
    central = mine.central.engine
    window, controller = _window(qtbot, mine, "dowen")
    try:
        _caught_up(qtbot, mine, controller)
        outsider = _outsider(central)
        _caught_up(qtbot, mine, controller)
        pulls = controller.pulls
        with central.connect() as conn:
            for n in range(20):  # twenty transactions, twenty notifications
                conn.execute(
                    text("UPDATE customers SET name = :n WHERE ref = :r"),
                    {"n": f"Burst {n}", "r": outsider},
                )
                conn.commit()
        _caught_up(qtbot, mine, controller)
        qtbot.wait(200)  # any pull still to come from the burst has started and ended
        _caught_up(qtbot, mine, controller)
        assert 1 <= controller.pulls - pulls <= 2
    finally:
        controller.stop()
        mine.dispose()


def test_an_out_of_scope_change_costs_a_pull_two_reads_and_one_write(central_url, tmp_path):
    """What a pull of changes nobody here holds costs: two statements to the centre and, in
    the replica, one write (the feed position), not a transaction of rows."""
    mine = _desktop(central_url, tmp_path, "dowen", sync=False)
    central = mine.central.engine
    try:
        mine.sync()
        outsider = _outsider(central)
        mine.sync()
        before = mine.replica.position
        _rename(central, outsider, "Elsewhere Again")
        said: dict[str, list[str]] = {"central": [], "replica": []}

        def listen(engine, name):
            def heard(_conn, _cursor, statement, *_args):
                said[name].append(statement.split(None, 1)[0].upper())

            event.listen(engine, "before_cursor_execute", heard)
            return heard

        heard = {
            n: listen(e, n) for n, e in (("central", central), ("replica", mine.replica.engine))
        }
        try:
            assert mine.replica.pull(central) == 1  # one change read
        finally:
            event.remove(central, "before_cursor_execute", heard["central"])
            event.remove(mine.replica.engine, "before_cursor_execute", heard["replica"])
        assert mine.replica.position > before
        assert not mine.replica.take_changes()
        assert len(said["central"]) == 2, said["central"]
        writes = [s for s in said["replica"] if s in ("INSERT", "UPDATE", "DELETE")]
        assert writes == ["UPDATE"], said["replica"]
    finally:
        mine.dispose()


def test_a_stream_of_changes_elsewhere_is_pulled_at_most_five_times_a_second(
    qtbot, central_url, tmp_path
):
    mine = _desktop(central_url, tmp_path, "dowen")
    central = mine.central.engine
    window, controller = _window(qtbot, mine, "dowen")
    try:
        _caught_up(qtbot, mine, controller)
        outsider = _outsider(central)
        _caught_up(qtbot, mine, controller)
        pulls = controller.pulls
        started = time.monotonic()
        with central.connect() as conn:
            for n in range(45):  # thirty transactions a second for a second and a half
                conn.execute(
                    text("UPDATE customers SET name = :n WHERE ref = :r"),
                    {"n": f"Stream {n}", "r": outsider},
                )
                conn.commit()
                qtbot.wait(33)
        _caught_up(qtbot, mine, controller)
        qtbot.wait(300)
        _caught_up(qtbot, mine, controller)
        seconds = time.monotonic() - started
        # One pull per 200 ms at most, and the one the last change asked for.
        assert 1 <= controller.pulls - pulls <= seconds / 0.2 + 1

        _rename(central, "C-20418", "Eleri Prys-Jones")  # in scope: still arrives
        qtbot.waitUntil(
            lambda: any("Eleri Prys-Jones" in n for n in _shown_names(window)), timeout=10_000
        )
    finally:
        controller.stop()
        mine.dispose()


def test_the_outbox_is_counted_again_only_after_it_changed(central_url, tmp_path):
    """Every pull reports the outbox's counts: they come from SQLite once, and again only
    after the outbox was written to, and they are always right."""
    from agent_desktop.sync.outbox import Entry

    mine = _desktop(central_url, tmp_path, "dowen", sync=False)
    outbox = mine.outbox
    asked = []

    def heard(_conn, _cursor, statement, *_args):
        if statement.startswith("SELECT") and "FROM outbox" in statement:
            asked.append(statement.split()[0])

    event.listen(mine.replica.engine, "before_cursor_execute", heard)
    try:
        assert outbox.counts() == (0, 0)
        assert outbox.counts() == (0, 0) and outbox.waiting() == []
        assert len(asked) == 1
        entry = Entry(uuid.uuid4(), "work_done", {"item": str(uuid.uuid4())}, None)
        outbox.put(entry)
        assert outbox.counts() == (1, 0) and len(outbox.waiting()) == 1
        outbox._mark(entry, "refused here")
        assert outbox.counts() == (0, 1)
        outbox.discard(entry)
        assert outbox.counts() == (0, 0)
        assert outbox.counts() == (0, 0)
        assert len(asked) == 5  # the first count, then one after each write, and one waiting()
    finally:
        event.remove(mine.replica.engine, "before_cursor_execute", heard)
        mine.dispose()
