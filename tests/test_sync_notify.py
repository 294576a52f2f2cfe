"""A change committed on the central database wakes a listening desktop."""

from __future__ import annotations

import threading
import uuid

from sqlalchemy import text

from agent_desktop.store.engine import make_engine
from agent_desktop.sync.notify import ChangeListener

WAIT = 10


def test_a_committed_change_wakes_the_listener_and_a_rolled_back_one_does_not(pg_url):
    woken = threading.Event()
    count = []
    listener = ChangeListener(pg_url, lambda: (count.append(1), woken.set()), poll_seconds=0.2)
    listener.start()
    try:
        assert listener.listening.wait(WAIT)
        assert woken.wait(WAIT)  # the wake-up every (re)connect gives
        woken.clear()
        engine = make_engine(pg_url)
        with engine.connect() as conn, conn.begin() as tx:
            conn.execute(
                text("INSERT INTO teams (id, name) VALUES (:i, 'Gone')"), {"i": uuid.uuid4()}
            )
            tx.rollback()
        assert not woken.wait(1.0)
        with engine.begin() as conn:
            for name in ("North", "South"):
                conn.execute(
                    text("INSERT INTO teams (id, name) VALUES (:i, :n)"),
                    {"i": uuid.uuid4(), "n": name},
                )
        assert woken.wait(WAIT)
        engine.dispose()
    finally:
        listener.stop()
    assert not listener._thread.is_alive()


def test_the_listener_keeps_trying_while_the_server_cannot_be_reached():
    listener = ChangeListener(
        "postgresql+psycopg://postgres@127.0.0.1:1/none",
        lambda: None,
        poll_seconds=0.1,
        max_backoff=0.2,
    )
    listener.start()
    try:
        assert not listener.listening.wait(1.0)
        assert listener._thread.is_alive()
    finally:
        listener.stop()
    assert not listener._thread.is_alive()
