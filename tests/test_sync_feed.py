"""The change feed and the SQLite replica, against a real PostgreSQL server and SQLite file.

The key test commits two central transactions out of order and proves the replica gets both,
and that a naive `seq > last` reader would have skipped one.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import export_document, import_document
from agent_desktop.store.engine import make_engine
from agent_desktop.store.schema import SYNCED_TABLES, Base
from agent_desktop.sync import FeedPosition, Replica, current_position, read_changes

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"


@pytest.fixture
def central(pg_url):
    db = open_database(pg_url)
    yield db
    db.dispose()


@pytest.fixture
def replica_url(tmp_path):
    return f"sqlite:///{tmp_path / 'replica.sqlite3'}"


@pytest.fixture
def replica(replica_url):
    engine = make_engine(replica_url)
    yield Replica(engine)
    engine.dispose()


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(
                select(func.count()).select_from(Base.metadata.tables[name])
            ).scalar_one()
            for name in SYNCED_TABLES
        }


def _team_names(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM teams")).scalars())


def _export(url: str) -> dict:
    db = open_database(url)
    try:
        return export_document(db)
    finally:
        db.dispose()


def test_a_fresh_replica_matches_the_central_database(central, replica, replica_url):
    import_document(central, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    applied = replica.pull(central.engine)
    assert applied > 0
    with central.engine.connect() as conn:
        assert replica.position == current_position(conn)
    assert _counts(replica.engine) == _counts(central.engine)
    assert _export(replica_url) == export_document(central)
    # The replica's own change_log holds local writes only, none of the pulled ones.
    with replica.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one() == 0


def test_pulling_again_applies_nothing_and_changes_nothing(central, replica, replica_url):
    import_document(central, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    assert replica.pull(central.engine) > 0
    before = _counts(replica.engine)
    assert replica.pull(central.engine) == 0
    assert _counts(replica.engine) == before == _counts(central.engine)
    assert _export(replica_url) == export_document(central)


def test_a_feed_position_replayed_twice_is_harmless(central, replica):
    """Applying the same changes again (as after a crash before the position was kept)."""
    import_document(central, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    replica.pull(central.engine)
    with replica.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM sync_state")
    assert replica.pull(central.engine) > 0
    assert _counts(replica.engine) == _counts(central.engine)


def test_updates_and_deletions_reach_the_replica(central, replica, replica_url):
    import_document(central, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    replica.pull(central.engine)
    with central.engine.begin() as conn:
        first, second = conn.execute(
            text("SELECT id, ref FROM customers ORDER BY ref LIMIT 2")
        ).all()
        conn.execute(
            text("UPDATE customers SET name = 'Renamed Person' WHERE id = :id"), {"id": first.id}
        )
        conn.execute(text("DELETE FROM customers WHERE id = :id"), {"id": second.id})
    assert replica.pull(central.engine) > 0
    with replica.engine.connect() as conn:
        refs = dict(conn.execute(text("SELECT ref, name FROM customers")).all())
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM customer_phones WHERE customer_id NOT IN "
                "(SELECT id FROM customers)"
            )
        ).scalar_one()
    assert refs[first.ref] == "Renamed Person"
    assert second.ref not in refs
    assert orphans == 0
    assert _counts(replica.engine) == _counts(central.engine)
    assert _export(replica_url) == export_document(central)


def _insert_team(conn, name: str) -> None:
    conn.execute(
        text("INSERT INTO teams (id, name) VALUES (:id, :name)"),
        {"id": uuid.uuid4(), "name": name},
    )


def _naive_read(conn, after: int) -> list:
    return conn.execute(
        text("SELECT seq, table_name, row_id FROM change_log WHERE seq > :a ORDER BY seq"),
        {"a": after},
    ).all()


def test_transactions_committed_out_of_order_are_never_skipped(central, replica):
    engine = central.engine
    replica.pull(engine)
    start = replica.position
    with engine.connect() as conn:
        naive_cursor = conn.execute(
            text("SELECT coalesce(max(seq), 0) FROM change_log")
        ).scalar_one()

    with engine.connect() as a_conn:
        a = a_conn.begin()
        _insert_team(a_conn, "Team A (committed second)")  # takes the lower seq
        with engine.begin() as b_conn:
            _insert_team(b_conn, "Team B (committed first)")  # higher seq, committed first

        # The safe reader stops before A's unfinished row and so applies nothing past it,
        # and says that a committed change (B's) is waiting.
        with engine.connect() as conn:
            assert read_changes(conn, start).changes == []
            assert read_changes(conn, start).position == start
            assert read_changes(conn, start).held_back
        assert replica.pull(engine) == 0
        assert replica.position == start
        assert _team_names(replica.engine) == set()

        # A naive reader sees only B, and moves its cursor past A's seq.
        with engine.connect() as conn:
            seen = _naive_read(conn, naive_cursor)
        assert len(seen) == 1
        naive_cursor = seen[-1].seq

        a.commit()

    # Now both are pulled, and nothing is held back any more.
    assert replica.held_back
    assert replica.pull(engine) == 2
    assert not replica.held_back
    assert _team_names(replica.engine) == {"Team A (committed second)", "Team B (committed first)"}

    # Negative control: the naive reader never sees A, whose seq is below its cursor.
    with engine.connect() as conn:
        assert _naive_read(conn, naive_cursor) == []
        a_seq = conn.execute(
            text(
                "SELECT c.seq FROM change_log c JOIN teams t ON t.id::text = c.row_id "
                "WHERE t.name = 'Team A (committed second)'"
            )
        ).scalar_one()
    assert a_seq < naive_cursor


def test_read_changes_stops_at_the_first_unsafe_row_and_resumes(central):
    engine = central.engine
    with engine.connect() as conn:
        start = current_position(conn)
    with engine.begin() as conn:
        _insert_team(conn, "Before")
    with engine.connect() as a_conn:
        a = a_conn.begin()
        _insert_team(a_conn, "Running")
        with engine.begin() as conn:
            _insert_team(conn, "After")
        with engine.connect() as conn:
            batch = read_changes(conn, start)
        assert len(batch.changes) == 1
        assert batch.position == FeedPosition(batch.changes[0].xid, batch.changes[0].seq)
        a.commit()
    with engine.connect() as conn:
        rest = read_changes(conn, batch.position)
        assert len(rest.changes) == 2
        assert [c.seq for c in rest.changes] == sorted(c.seq for c in rest.changes)
        assert rest.position == current_position(conn)
        # A limit returns the first rows only.
        assert len(read_changes(conn, start, limit=1).changes) == 1


def test_a_transaction_that_took_its_id_early_and_its_seq_late_is_not_skipped(central, replica):
    """B takes a transaction id first, A takes a lower seq, B commits while A still runs."""
    engine = central.engine
    replica.pull(engine)
    with engine.connect() as b_conn, engine.connect() as a_conn:
        b = b_conn.begin()
        b_conn.execute(text("SELECT pg_current_xact_id()"))  # B's id is now the older one
        a = a_conn.begin()
        _insert_team(a_conn, "Team A (lower seq, younger id)")
        _insert_team(b_conn, "Team B (higher seq, older id)")
        b.commit()
        with engine.connect() as conn:
            seq_cursor = conn.execute(text("SELECT max(seq) FROM change_log")).scalar_one()
        # Takes B: every transaction older than B's id has finished. (A transaction the server
        # cannot place in another database may hold the feed back for a moment: the next pull
        # takes B then, as a desktop's would.)
        deadline = time.monotonic() + 10
        while not _team_names(replica.engine) and time.monotonic() < deadline:
            replica.pull(engine)
        assert _team_names(replica.engine) == {"Team B (higher seq, older id)"}
        a.commit()
    assert replica.pull(engine) == 1
    assert _team_names(replica.engine) == {
        "Team A (lower seq, younger id)",
        "Team B (higher seq, older id)",
    }
    # Negative control: a cursor on seq alone had already moved past A's seq.
    with engine.connect() as conn:
        assert _naive_read(conn, seq_cursor) == []


@pytest.fixture
def plain_reader(central, pg_url):
    """An engine on the central database as a login with no right to see other sessions,
    as a member of staff's own login is."""
    from sqlalchemy.engine import make_url

    name = f"ad_reader_{uuid.uuid4().hex[:10]}"
    with central.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{name}" LOGIN'))
        conn.execute(text(f'GRANT SELECT ON change_log, feed_state TO "{name}"'))
    engine = make_engine(make_url(pg_url).set(username=name).render_as_string(False))
    try:
        yield engine
    finally:
        engine.dispose()
        with central.engine.begin() as conn:
            conn.execute(text(f'REVOKE ALL ON change_log, feed_state FROM "{name}"'))
            conn.execute(text(f'DROP ROLE "{name}"'))


def test_a_long_transaction_in_another_database_does_not_hold_this_feed_back(
    central, empty_pg_url, plain_reader
):
    """Transaction ids are server-wide; the horizon leaves out those provably elsewhere."""
    engine = central.engine
    other = make_engine(empty_pg_url)
    try:
        with plain_reader.connect() as conn:
            start = current_position(conn)
        with other.connect() as elsewhere:
            running = elsewhere.begin()
            elsewhere.execute(text("SELECT pg_current_xact_id()"))  # holds an id, no table
            with engine.begin() as conn:
                _insert_team(conn, "Made while another database is busy")
            for reader in (plain_reader, engine):  # a member of staff's login, and a superuser
                with reader.connect() as conn:
                    batch = read_changes(conn, start)
                assert [c.table_name for c in batch.changes] == ["teams"]
                assert not batch.held_back
            running.rollback()
    finally:
        other.dispose()
