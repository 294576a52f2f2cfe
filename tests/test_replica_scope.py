"""A replica holds what its user needs, keeps it in step, and never stalls on a missing parent.

Real PostgreSQL for the central database and a real SQLite file for the replica.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import event, text

from agent_desktop.services.database import open_database
from agent_desktop.services.seed import seed
from agent_desktop.store.engine import make_engine
from agent_desktop.sync import Replica
from agent_desktop.sync.replica import Scope

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def central(pg_url):
    db = open_database(pg_url)
    seed(db, 120, now=NOW)
    yield db
    db.dispose()


@pytest.fixture
def agent(central):
    """An agent with open work of their own, and their team."""
    with central.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT s.id, s.team_id, s.username FROM staff s "
                "JOIN work_items w ON w.assignee_id = s.id AND w.status = 'open' "
                "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
            )
        ).one()
    return row


@pytest.fixture
def replica(tmp_path, agent):
    engine = make_engine(f"sqlite:///{tmp_path / 'replica.sqlite3'}")
    yield Replica(engine, scope=Scope(agent.id, agent.team_id))
    engine.dispose()


def _bind(engine, params: dict) -> dict:
    """UUIDs as each database stores them in raw SQL (SQLite: 32 hex digits)."""
    if engine.dialect.name != "sqlite":
        return params
    return {k: v.hex if isinstance(v, uuid.UUID) else v for k, v in params.items()}


def _ids(engine, sql: str, **params) -> set:
    with engine.connect() as conn:
        return {uuid.UUID(str(v)) for v in conn.execute(text(sql), _bind(engine, params)).scalars()}


def _one(engine, sql: str, **params):
    with engine.connect() as conn:
        return conn.execute(text(sql), _bind(engine, params)).one()


def _needed(central, agent) -> set:
    return _ids(
        central.engine,
        """
        SELECT customer_id FROM work_items
         WHERE status = 'open' AND (assignee_id = :s OR team_id = :t)
        UNION
        SELECT customer_id FROM restrictions
         WHERE lifted_at IS NULL AND (ends_on IS NULL OR ends_on >= current_date - 1)
    """,
        s=agent.id,
        t=agent.team_id,
    )


def _rows_of(engine, customer_id) -> dict[str, int]:
    tables = (
        "customer_phones",
        "customer_emails",
        "contact_preferences",
        "restrictions",
        "contact_events",
        "cases",
        "work_items",
        "appointments",
    )
    return {
        t: _one(engine, f"SELECT count(*) FROM {t} WHERE customer_id = :c", c=customer_id)[0]
        for t in tables
    }


def test_a_replica_holds_exactly_its_users_customers_and_every_staff_member(
    central, agent, replica
):
    replica.pull(central.engine)
    needed = _needed(central, agent)
    held = _ids(replica.engine, "SELECT id FROM customers")
    everyone = _ids(central.engine, "SELECT id FROM customers")
    assert held == needed
    assert 0 < len(held) < len(everyone)
    assert _ids(replica.engine, "SELECT id FROM staff") == _ids(
        central.engine, "SELECT id FROM staff"
    )
    # Every active restriction is held, whoever's work it is.
    assert _ids(replica.engine, "SELECT id FROM restrictions WHERE lifted_at IS NULL") >= _ids(
        central.engine,
        "SELECT id FROM restrictions WHERE lifted_at IS NULL "
        "AND (ends_on IS NULL OR ends_on >= current_date - 1)",
    )
    # A held customer comes with all their records.
    for customer_id in list(held)[:10]:
        assert _rows_of(replica.engine, customer_id) == _rows_of(central.engine, customer_id)


def test_work_assigned_to_the_team_brings_the_customer_and_their_history(central, agent, replica):
    replica.pull(central.engine)
    outsider = min(
        _ids(central.engine, "SELECT id FROM customers")
        - _ids(replica.engine, "SELECT id FROM customers"),
        key=str,
    )
    with central.engine.begin() as conn:
        conn.execute(
            text("UPDATE customers SET address = 'changed while not held' WHERE id = :c"),
            {"c": outsider},
        )
    replica.pull(central.engine)
    assert outsider not in _ids(replica.engine, "SELECT id FROM customers")

    with central.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO work_items (id, kind, customer_id, due_at, team_id, status, created_at) "
                "VALUES (:id, 'callback', :c, now() + interval '1 day', :t, 'open', now())"
            ),
            {"id": uuid.uuid4(), "c": outsider, "t": agent.team_id},
        )
    assert replica.pull(central.engine) > 0
    assert outsider in _ids(replica.engine, "SELECT id FROM customers")
    assert _rows_of(replica.engine, outsider) == _rows_of(central.engine, outsider)
    address = _one(replica.engine, "SELECT address FROM customers WHERE id = :c", c=outsider)[0]
    assert address == "changed while not held"


def test_a_customer_opened_while_online_is_held_and_kept_in_step(central, replica):
    replica.pull(central.engine)
    with central.engine.connect() as conn:
        held = _ids(replica.engine, "SELECT id FROM customers")
        ref, customer_id = next(
            (r.ref, r.id)
            for r in conn.execute(text("SELECT ref, id FROM customers ORDER BY ref"))
            if r.id not in held
        )
    assert not replica.holds(ref)
    assert replica.hold(central.engine, ref)
    assert replica.holds(ref)
    assert _rows_of(replica.engine, customer_id) == _rows_of(central.engine, customer_id)
    assert replica.hold(central.engine, "C-NO-SUCH") is False

    with central.engine.begin() as conn:
        conn.execute(
            text("UPDATE customers SET name = 'Held Person' WHERE id = :c"), {"c": customer_id}
        )
    replica.pull(central.engine)
    assert (
        _one(replica.engine, "SELECT name FROM customers WHERE id = :c", c=customer_id)[0]
        == "Held Person"
    )


def test_an_anonymised_customer_is_anonymised_in_the_replica(central, replica):
    replica.pull(central.engine)
    customer_id = min(_ids(replica.engine, "SELECT id FROM customers"), key=str)
    with central.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE customers SET name = 'Anonymised', address = NULL, "
                "anonymised_at = now() WHERE id = :c"
            ),
            {"c": customer_id},
        )
        conn.execute(text("DELETE FROM customer_phones WHERE customer_id = :c"), {"c": customer_id})
        conn.execute(text("DELETE FROM customer_emails WHERE customer_id = :c"), {"c": customer_id})
    replica.pull(central.engine)
    row = _one(
        replica.engine,
        "SELECT name, address, anonymised_at FROM customers WHERE id = :c",
        c=customer_id,
    )
    assert row.name == "Anonymised" and row.address is None and row.anonymised_at is not None
    assert _rows_of(replica.engine, customer_id)["customer_phones"] == 0
    assert _rows_of(replica.engine, customer_id)["customer_emails"] == 0


def test_a_row_whose_parent_is_held_back_does_not_stall_the_pull(central, replica):
    """B refers to a team that A made; A committed first but took a younger transaction id
    than a still-running C, so the feed can give B's row before A's."""
    engine = central.engine
    replica.pull(engine)
    team_id, staff_id = uuid.uuid4(), uuid.uuid4()
    with engine.connect() as b_conn, engine.connect() as c_conn:
        b = b_conn.begin()
        b_conn.execute(text("SELECT pg_current_xact_id()"))  # B takes the oldest id
        c = c_conn.begin()
        c_conn.execute(text("SELECT pg_current_xact_id()"))  # C: younger, left running
        with engine.begin() as a_conn:  # A: youngest id, commits first
            a_conn.execute(
                text("INSERT INTO teams (id, name) VALUES (:id, 'Held back')"), {"id": team_id}
            )
        b_conn.execute(
            text(
                "INSERT INTO staff (id, username, name, roles, team_id, welsh_speaker, active) "
                "VALUES (:id, 'newstarter', 'New Starter', '[\"agent\"]', :t, false, true)"
            ),
            {"id": staff_id, "t": team_id},
        )
        b.commit()
        assert replica.pull(engine) == 1  # B only; A is behind C's horizon
        assert (
            _one(replica.engine, "SELECT team_id FROM staff WHERE id = :s", s=staff_id)[0]
            is not None
        )
        c.commit()
    assert replica.pull(engine) >= 1
    assert _one(replica.engine, "SELECT name FROM teams WHERE id = :t", t=team_id)[0] == "Held back"
    with replica.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_a_lifted_restriction_and_a_deleted_customer_reach_the_replica(central, replica):
    replica.pull(central.engine)
    restriction_id, customer_id = (
        uuid.UUID(v)
        for v in _one(
            replica.engine,
            "SELECT id, customer_id FROM restrictions WHERE lifted_at IS NULL LIMIT 1",
        )
    )
    with central.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE restrictions SET lifted_at = now(), lift_reason = 'reviewed' WHERE id = :r"
            ),
            {"r": restriction_id},
        )
    replica.pull(central.engine)
    assert (
        _one(replica.engine, "SELECT lifted_at FROM restrictions WHERE id = :r", r=restriction_id)[
            0
        ]
        is not None
    )
    with central.engine.begin() as conn:
        conn.execute(text("DELETE FROM customers WHERE id = :c"), {"c": customer_id})
    replica.pull(central.engine)
    assert _rows_of(replica.engine, customer_id) == {
        k: 0 for k in _rows_of(replica.engine, customer_id)
    }
    assert customer_id not in _ids(replica.engine, "SELECT id FROM customers")
    with replica.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_a_first_copy_is_analysed_and_checkpointed(central, replica, tmp_path):
    replica.pull(central.engine)
    with replica.engine.connect() as conn:
        analysed = set(conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars())
    assert {"customers", "work_items", "restrictions", "restriction_history"} <= analysed
    # The copy was folded back into the database file; the write-ahead file is empty.
    wal = tmp_path / "replica.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_first_copy_brings_each_customers_restriction_history_and_no_other(
    central, agent, replica
):
    # One customer with restriction history falls out of scope: their restrictions are lifted.
    with central.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE restrictions SET lifted_at = now() - interval '30 days', "
                "lifted_by_id = decided_by_id, lift_reason = 'test' WHERE customer_id = ("
                " SELECT r.customer_id FROM restrictions r"
                " JOIN restriction_history h ON h.restriction_id = r.id"
                " WHERE NOT EXISTS (SELECT 1 FROM work_items w WHERE w.customer_id ="
                "  r.customer_id AND w.status = 'open' AND (w.assignee_id = :s OR w.team_id = :t))"
                " ORDER BY r.customer_id LIMIT 1)"
            ),
            {"s": agent.id, "t": agent.team_id},
        )
    replica.pull(central.engine)
    held = _ids(replica.engine, "SELECT id FROM customers")
    central_history = _ids(
        central.engine,
        "SELECT h.id FROM restriction_history h JOIN restrictions r ON r.id = h.restriction_id",
    )
    theirs = {
        i
        for i in central_history
        if _one(
            central.engine,
            "SELECT r.customer_id FROM restriction_history h "
            "JOIN restrictions r ON r.id = h.restriction_id WHERE h.id = :h",
            h=i,
        )[0]
        in held
    }
    assert theirs and theirs != central_history
    assert _ids(replica.engine, "SELECT id FROM restriction_history") == theirs


def test_no_scope_holds_everything_like_before(central, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'all.sqlite3'}")
    try:
        Replica(engine).pull(central.engine)
        assert _ids(engine, "SELECT id FROM customers") == _ids(
            central.engine, "SELECT id FROM customers"
        )
    finally:
        engine.dispose()


# --- pruning the central feed ------------------------------------------------------------------


def _age_the_feed(engine, days: int) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE change_log SET at = at - make_interval(days => :d)"), {"d": days})


def test_pruning_removes_old_finished_changes_as_a_prefix_and_says_how_far(central):
    from datetime import timedelta

    from agent_desktop.store.types import utcnow
    from agent_desktop.sync.feed import current_position, prune, pruned_through

    engine = central.engine
    _age_the_feed(engine, 40)
    with engine.begin() as conn:  # a recent change, which is kept
        conn.execute(
            text(
                "UPDATE customers SET address = 'recent' WHERE ref = "
                "(SELECT min(ref) FROM customers)"
            )
        )
    with engine.begin() as conn:
        total = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        deleted, through = prune(conn, utcnow() - timedelta(days=30))
        left = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        assert pruned_through(conn) == through
        assert through < current_position(conn)
    assert deleted == total - left and left >= 1 and deleted > 0
    with engine.begin() as conn:  # nothing older is left: pruning again removes nothing
        assert prune(conn, utcnow() - timedelta(days=30)) == (0, through)


def test_a_replica_behind_the_pruned_feed_takes_a_fresh_copy(central, agent, replica):
    from datetime import timedelta

    from agent_desktop.store.types import utcnow
    from agent_desktop.sync.feed import prune

    replica.pull(central.engine)
    outsider_ref = _one(
        central.engine,
        "SELECT min(ref) FROM customers WHERE id <> ALL(:ids)",
        ids=list(_ids(replica.engine, "SELECT id FROM customers")),
    )[0]
    assert replica.hold(central.engine, outsider_ref)
    # The desktop is away while changes are made, then pruned centrally.
    with central.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE customers SET name = 'Changed while away' WHERE id IN "
                "(SELECT customer_id FROM work_items WHERE assignee_id = :s)"
            ),
            {"s": agent.id},
        )
    _age_the_feed(central.engine, 40)
    with central.engine.begin() as conn:
        prune(conn, utcnow() - timedelta(days=30))

    assert replica.pull(central.engine) > 0
    assert _ids(replica.engine, "SELECT id FROM customers") == _needed(central, agent)
    assert "Changed while away" in {
        r[0] for r in _rows(replica.engine, "SELECT name FROM customers")
    }
    assert not replica.holds(outsider_ref)  # a fresh copy holds the scope only
    with replica.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_a_replica_in_step_is_not_copied_again_after_pruning(central, replica):
    from datetime import timedelta

    from agent_desktop.store.types import utcnow
    from agent_desktop.sync.feed import prune

    replica.pull(central.engine)
    outsider_ref = _one(
        central.engine,
        "SELECT min(ref) FROM customers WHERE id <> ALL(:ids)",
        ids=list(_ids(replica.engine, "SELECT id FROM customers")),
    )[0]
    replica.hold(central.engine, outsider_ref)
    _age_the_feed(central.engine, 40)
    with central.engine.begin() as conn:
        prune(conn, utcnow() - timedelta(days=30))
    assert replica.pull(central.engine) == 0
    assert replica.holds(outsider_ref)


def _rows(engine, sql: str) -> list:
    with engine.connect() as conn:
        return conn.execute(text(sql)).all()


def test_a_unique_value_handed_between_rows_out_of_feed_order_does_not_stall(central, tmp_path):
    """Phone B moves from position 1 to 2, then phone A from 0 to 1. A's transaction took the
    older id, so the feed gives it first, while the replica's B still holds position 1."""
    engine = central.engine
    replica_engine = make_engine(f"sqlite:///{tmp_path / 'phones.sqlite3'}")
    replica = Replica(replica_engine, batch_size=1)  # every change in a batch of its own
    try:
        replica.pull(engine)
        customer_id = _one(
            engine,
            "SELECT customer_id FROM customer_phones GROUP BY "
            "customer_id HAVING count(*) = 2 LIMIT 1",
        )[0]
        with engine.connect() as a_conn, engine.connect() as b_conn:
            a = a_conn.begin()
            a_conn.execute(text("SELECT pg_current_xact_id()"))  # A: the older id
            with b_conn.begin():
                b_conn.execute(
                    text(
                        "UPDATE customer_phones SET position = 2 "
                        "WHERE customer_id = :c AND position = 1"
                    ),
                    {"c": customer_id},
                )
            a_conn.execute(
                text(
                    "UPDATE customer_phones SET position = 1 "
                    "WHERE customer_id = :c AND position = 0"
                ),
                {"c": customer_id},
            )
            a.commit()
        # Both, in feed order (pulled again while the server holds the feed back a moment).
        pulled, deadline = replica.pull(engine), time.monotonic() + 10
        while pulled < 2 and time.monotonic() < deadline:
            pulled += replica.pull(engine)
        assert pulled == 2
        query = "SELECT id, position FROM customer_phones WHERE customer_id = :c ORDER BY position"
        with engine.connect() as conn:
            expected = [
                (str(r.id).replace("-", ""), r.position)
                for r in conn.execute(text(query), {"c": customer_id})
            ]
        with replica_engine.connect() as conn:
            got = [(r.id, r.position) for r in conn.execute(text(query), {"c": customer_id.hex})]
        assert got == expected
    finally:
        replica_engine.dispose()


def test_a_first_fill_cut_off_part_way_is_begun_again_from_nothing(
    central, agent, replica, monkeypatch
):
    """The first fill is written a few customers at a time, so memory and the write-ahead
    file stay small; one cut off part-way leaves a replica that has not started, and the next
    fill removes what it left (a row deleted centrally meanwhile does not survive)."""
    import agent_desktop.sync.replica as replica_module

    monkeypatch.setattr(replica_module, "_FILL_CUSTOMERS", 5)
    commits = []
    event.listen(replica.engine, "commit", lambda _conn: commits.append(1))
    copy = Replica._copy_customers
    calls = []

    def cut_off(conn, customer_ids, rows):
        calls.append(1)
        if len(calls) == 3:
            raise ConnectionError("the network went away")
        copy(conn, customer_ids, rows)

    monkeypatch.setattr(Replica, "_copy_customers", staticmethod(cut_off))
    with pytest.raises(ConnectionError):
        replica.pull(central.engine)
    assert not replica.started
    assert len(commits) >= 3  # the shared tables, then five customers a transaction
    left = _ids(replica.engine, "SELECT id FROM customers")
    assert 0 < len(left) <= 10
    gone = sorted(left, key=str)[0]
    with central.engine.begin() as conn:
        for table in (
            "contact_events",
            "work_items",
            "cases",
            "customer_phones",
            "customer_emails",
            "contact_preferences",
        ):
            conn.execute(text(f"DELETE FROM {table} WHERE customer_id = :c"), {"c": gone})
        conn.execute(
            text(
                "DELETE FROM restriction_history WHERE restriction_id IN "
                "(SELECT id FROM restrictions WHERE customer_id = :c)"
            ),
            {"c": gone},
        )
        conn.execute(text("DELETE FROM restrictions WHERE customer_id = :c"), {"c": gone})
        conn.execute(text("DELETE FROM customers WHERE id = :c"), {"c": gone})

    # The lookup indexes wait for the rows (built once they are all in, not row by row) ...
    lookups = _lookup_indexes()
    assert lookups and not lookups & _indexes_held(replica.engine)
    monkeypatch.setattr(Replica, "_copy_customers", staticmethod(copy))
    replica.pull(central.engine)
    assert replica.started
    held = _ids(replica.engine, "SELECT id FROM customers")
    assert gone not in held
    assert held == _needed(central, agent)
    # ... and every index the schema declares is there when the replica starts.
    assert lookups <= _indexes_held(replica.engine)


def _lookup_indexes() -> set[str]:
    from agent_desktop.store.schema import SYNCED_TABLES, Base

    tables = [Base.metadata.tables[name] for name in SYNCED_TABLES]
    return {i.name for t in tables for i in t.indexes if not i.unique}


def _indexes_held(engine) -> set[str]:
    with engine.connect() as conn:
        return set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars()
        )


def _row(row) -> tuple:
    """A row as a set member: JSON values (lists, objects) as their sorted text."""
    return tuple(json.dumps(v, sort_keys=True) if isinstance(v, (list, dict)) else v for v in row)


def test_a_first_fill_copies_every_column_as_the_centre_holds_it(central, replica):
    """The first fill reads the driver's values and converts them itself: every column of
    every row reads back from the replica as it does from the centre (ids, instants in UTC,
    dates, JSON terms, nulls)."""
    from sqlalchemy import select

    from agent_desktop.store.schema import SYNCED_TABLES, Base

    replica.pull(central.engine)
    held = _ids(replica.engine, "SELECT id FROM customers")
    compared = 0
    for name in SYNCED_TABLES:
        table = Base.metadata.tables[name]
        with replica.engine.connect() as conn:
            mine = {_row(r) for r in conn.execute(select(table))}
        with central.engine.connect() as conn:
            theirs = {_row(r) for r in conn.execute(select(table))}
        if "customer_id" in table.c:
            owner = list(table.c.keys()).index("customer_id")
            theirs = {r for r in theirs if r[owner] in held}
        elif name == "customers":
            key = list(table.c.keys()).index("id")
            theirs = {r for r in theirs if r[key] in held}
        elif name == "restriction_history":
            continue  # owned through restrictions; compared below
        assert mine == theirs, name
        compared += len(mine)
    with replica.engine.connect() as conn:
        mine = {_row(r) for r in conn.execute(select(Base.metadata.tables["restriction_history"]))}
    history = Base.metadata.tables["restriction_history"]
    restrictions = Base.metadata.tables["restrictions"]
    with central.engine.connect() as conn:
        theirs = {
            _row(r)
            for r in conn.execute(
                select(history)
                .join(restrictions, restrictions.c.id == history.c.restriction_id)
                .where(restrictions.c.customer_id.in_(held))
            )
        }
    assert mine == theirs and mine
    assert compared > 100

    # And as stored: each value the very text SQLAlchemy itself writes to SQLite for it (the
    # replica compares instants and ids as text), not merely one that reads back the same.
    dialect = replica.engine.dialect
    for name in ("customers", "contact_events", "restrictions", "contact_preferences"):
        table = Base.metadata.tables[name]
        convert = [c.type._cached_bind_processor(dialect) for c in table.columns]
        with central.engine.connect() as conn:
            rows = conn.execute(select(table)).all()
        expected = {
            _row(f(v) if f else v for f, v in zip(convert, row, strict=True))
            for row in rows
            if (row.id if name == "customers" else row.customer_id) in held
        }
        names = ", ".join(c.name for c in table.columns)
        with replica.engine.connect() as conn:
            stored = {_row(r) for r in conn.exec_driver_sql(f"SELECT {names} FROM {name}")}
        assert stored == expected and stored, name


def test_central_rows_a_replica_copies_are_not_logged_but_its_own_writes_are(
    central, agent, replica
):
    """SQLite's change-log triggers skip the rows a replica copies from the centre (set and
    cleared within each write), and still record every write made on the desktop."""
    logged = []
    event.listen(
        replica.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: (
            logged.append(statement) if statement.startswith("DELETE FROM change_log") else None
        ),
    )
    replica.pull(central.engine)
    with central.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE customers SET address = 'Moved' WHERE id = "
                "(SELECT customer_id FROM work_items WHERE status = 'open' "
                "AND (assignee_id = :s OR team_id = :t) LIMIT 1)"
            ),
            {"s": agent.id, "t": agent.team_id},
        )
    replica.pull(central.engine)
    with replica.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == 0
        assert (
            conn.execute(
                text("SELECT count(*) FROM feed_state WHERE key = 'applying_central_rows'")
            ).scalar_one()
            == 0
        )
        assert (
            conn.execute(
                text("SELECT count(*) FROM customers WHERE address = 'Moved'")
            ).scalar_one()
            == 1
        )
    with replica.engine.begin() as conn:  # a write made on the desktop
        conn.execute(text("UPDATE customers SET address = 'Here' WHERE address = 'Moved'"))
    with replica.engine.connect() as conn:
        assert conn.execute(text("SELECT table_name, op FROM change_log")).all() == [
            ("customers", "U")
        ]
