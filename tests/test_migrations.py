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


def test_every_synced_table_writes_the_change_log(db):
    from agent_desktop.store.schema import Team

    with db.unit(write=True) as uow:
        uow.session.add(Team(name="Visits"))
        uow.commit()
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT table_name, op, xid FROM change_log")).all()
    assert [(r.table_name, r.op) for r in rows] == [("teams", "I")]
    if db.engine.dialect.name == "postgresql":
        assert rows[0].xid is not None
    tables = set(inspect(db.engine).get_table_names())
    assert set(SYNCED_TABLES) <= tables


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
