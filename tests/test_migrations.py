"""Migrations build the same schema as the models, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade
from agent_desktop.store.schema import SYNCED_TABLES, Base


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request):
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("empty_pg_url")


def test_upgrade_from_empty_matches_the_models(empty_url):
    engine = make_engine(empty_url)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_downgrade_to_base_and_up_again(empty_url):
    engine = make_engine(empty_url)
    upgrade(engine)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def _keys(conn, table: str) -> set[str]:
    """The key of every row of `table`, as the change log writes it."""
    key = "key" if table == "office_settings" else "id"
    return {str(k) for k in conn.execute(text(f"SELECT {key} FROM {table}")).scalars()}


def _logged(conn, op: str) -> dict[str, set[str]]:
    logged: dict[str, set[str]] = {table: set() for table in SYNCED_TABLES}
    for row in conn.execute(text("SELECT table_name, row_id, op FROM change_log")):
        if row.op == op:
            logged.setdefault(row.table_name, set()).add(row.row_id)
    return logged


def test_every_synced_table_writes_the_change_log(db):
    """Every insert, update and delete of every row of every table in SYNCED_TABLES is in the
    change log, by key, written in the writing (PostgreSQL: a known) transaction."""
    import json
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    from agent_desktop.services.exchange import import_document
    from agent_desktop.store.schema import (
        Appointment,
        AuthorisationRequest,
        Customer,
        Staff,
        StaffAbsence,
        TurnedAway,
    )

    example = Path(__file__).parent / "data" / "example-import.json"
    import_document(db, json.loads(example.read_text("utf-8")))
    with db.unit(write=True) as uow:  # the tables the example document leaves empty
        customer = uow.session.query(Customer).filter_by(ref="C-30055").one()
        at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
        uow.session.add(
            Appointment(customer_id=customer.id, starts_at=at, ends_at=at + timedelta(hours=1))
        )
        uow.session.add(TurnedAway(visitor_name="A visitor", customer_id=customer.id))
        away = uow.session.query(Staff).filter_by(username="sclarke").one()
        uow.session.add(StaffAbsence(staff_id=away.id, from_on=at.date(), to_on=at.date()))
        uow.session.add(
            AuthorisationRequest(
                customer_id=customer.id,
                staff_id=away.id,
                team_id=away.team_id,
                channel="phone",
                blocks=["FREQUENCY_LIMIT"],
                reason="The customer asked us to call back today",
            )
        )
        uow.commit()
    tables = set(inspect(db.engine).get_table_names())
    assert set(SYNCED_TABLES) <= tables
    with db.engine.begin() as conn:
        keys = {table: _keys(conn, table) for table in SYNCED_TABLES}
        assert all(keys.values()), [t for t, k in keys.items() if not k]  # nothing vacuous
        assert _logged(conn, "I") == keys
        if db.engine.dialect.name == "postgresql":
            assert (
                conn.execute(text("SELECT count(*) FROM change_log WHERE xid IS NULL")).scalar()
                == 0
            )

        conn.execute(text("DELETE FROM change_log"))
        for table in SYNCED_TABLES:
            key = "key" if table == "office_settings" else "id"
            conn.execute(text(f"UPDATE {table} SET {key} = {key}"))
        assert _logged(conn, "U") == keys

        conn.execute(text("DELETE FROM change_log"))
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in SYNCED_TABLES:
                conn.execute(table.delete())
        assert _logged(conn, "D") == keys


def test_audit_log_is_append_only(db):
    from agent_desktop.services.audit import audit

    with db.unit(write=True) as uow:
        audit(uow.session, "sclarke", "outreach", "refused", None, {})
        uow.commit()
    for statement in ("UPDATE audit_log SET outcome = 'recorded'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(text(statement))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT outcome FROM audit_log")).scalar_one() == "refused"
