"""A change committed on the central database wakes a listening desktop.

Each wake-up is told apart from the one every (re)connect gives by the listener's server
process: a NOTIFY reaches the same process; a reconnect is a new one.
"""

from __future__ import annotations

import queue
import uuid

import psycopg
import pytest
from sqlalchemy import text

from agent_desktop.store.engine import make_engine
from agent_desktop.sync import notify
from agent_desktop.sync.notify import CHANNEL, ChangeListener, conninfo

WAIT = 10


class Heard:
    """What the listener told us, in order: "change" per wake-up, "lost" per lost connection."""

    def __init__(self):
        self.events: queue.Queue[str] = queue.Queue()

    def next(self) -> str:
        return self.events.get(timeout=WAIT)

    def empty(self) -> bool:
        return self.events.empty()


def _listener_pid(admin: psycopg.Connection, observer: psycopg.Connection | None = None) -> int:
    """The server process of the one listener on this database (not `admin`, not `observer`)."""
    [(pid,)] = admin.execute(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid() AND pid <> %s AND query = %s",
        (observer.info.backend_pid if observer else 0, f"LISTEN {CHANNEL}"),
    ).fetchall()
    return pid


def _changes_in_queue(observer: psycopg.Connection, admin: psycopg.Connection) -> int:
    """How many change notifications reached `observer` (a second LISTENer) before a fence
    sent now: notifications arrive in commit order, so none can come after the fence."""
    fence = uuid.uuid4().hex
    admin.execute("SELECT pg_notify(%s, %s)", (CHANNEL, fence))
    for changes, note in enumerate(observer.notifies(timeout=WAIT)):
        if note.payload == fence:
            return changes
    raise AssertionError("the fence notification never arrived")


@pytest.fixture
def admin(pg_url):
    with psycopg.connect(conninfo(pg_url), autocommit=True) as conn:
        yield conn


def test_a_committed_change_wakes_the_listener_and_a_rolled_back_one_does_not(pg_url, admin):
    heard = Heard()
    listener = ChangeListener(
        pg_url,
        lambda: heard.events.put("change"),
        on_lost=lambda: heard.events.put("lost"),
        poll_seconds=0.2,
    )
    engine = make_engine(pg_url)
    listener.start()
    try:
        assert heard.next() == "change"  # the wake-up every (re)connect gives
        assert listener.listening.is_set()
        pid = _listener_pid(admin)
        with psycopg.connect(conninfo(pg_url), autocommit=True) as observer:
            observer.execute(f"LISTEN {CHANNEL}")
            with engine.connect() as conn, conn.begin() as tx:
                conn.execute(
                    text("INSERT INTO teams (id, name) VALUES (:i, 'Gone')"), {"i": uuid.uuid4()}
                )
                tx.rollback()
            assert _changes_in_queue(observer, admin) == 0  # the rolled-back insert said nothing
            assert heard.next() == "change"  # ... the listener heard only the fence
            with engine.begin() as conn:
                for name in ("North", "South"):
                    conn.execute(
                        text("INSERT INTO teams (id, name) VALUES (:i, :n)"),
                        {"i": uuid.uuid4(), "n": name},
                    )
            assert _changes_in_queue(observer, admin) == 1  # one per transaction
            assert [heard.next(), heard.next()] == ["change", "change"]  # the commit, the fence
            # Heard on the same connection: these were NOTIFYs, not reconnects.
            assert _listener_pid(admin, observer) == pid
        assert heard.empty()
    finally:
        listener.stop()
        engine.dispose()
    assert not listener._thread.is_alive()


def test_a_listener_whose_connection_is_killed_listens_again(pg_url, admin):
    heard = Heard()
    listener = ChangeListener(
        pg_url,
        lambda: heard.events.put("change"),
        on_lost=lambda: heard.events.put("lost"),
        poll_seconds=0.2,
        max_backoff=0.5,
    )
    listener.start()
    try:
        assert heard.next() == "change"
        first = _listener_pid(admin)
        admin.execute("SELECT pg_terminate_backend(%s)", (first,))
        assert heard.next() == "lost"
        assert heard.next() == "change"  # connected again: told to look for missed changes
        assert listener.listening.is_set()
        second = _listener_pid(admin)
        assert second != first
        admin.execute("SELECT pg_notify(%s, '')", (CHANNEL,))  # another connection's NOTIFY
        assert heard.next() == "change"
        assert _listener_pid(admin) == second
    finally:
        listener.stop()
    assert not listener._thread.is_alive()


def test_the_listener_keeps_trying_while_the_server_cannot_be_reached(cluster, monkeypatch):
    """Tries again and again while the server is down, and listens once it is back."""
    attempts = queue.Queue()
    real_connect = notify.psycopg.connect

    def counted(*args, **kwargs):
        attempts.put(1)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(notify.psycopg, "connect", counted)
    cluster.stop()
    cluster.wait_until_stopped()
    heard = Heard()
    listener = ChangeListener(
        cluster.url, lambda: heard.events.put("change"), poll_seconds=0.1, max_backoff=0.2
    )
    listener.start()
    try:
        for _ in range(3):  # three refused attempts, not one attempt and a give-up
            attempts.get(timeout=WAIT)
        assert not listener.listening.is_set() and heard.empty()
        cluster.start()
        assert heard.next() == "change"
        assert listener.listening.is_set()
    finally:
        listener.stop()
    assert not listener._thread.is_alive()
