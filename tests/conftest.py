"""Shared fixtures: a real SQLite file and a real PostgreSQL database for every test that asks.

PostgreSQL tests never skip: when the server cannot be reached they fail, so CI cannot pass
without having run them.
"""

from __future__ import annotations

import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlalchemy import create_engine, text

from agent_desktop.services.database import Database, open_database
from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import upgrade

PG_SERVER = os.environ.get("AGENT_DESKTOP_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
_TEMPLATE = f"ad_template_{uuid.uuid4().hex[:8]}"


def _admin():
    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Keep every test away from the real home folder."""
    base = tmp_path_factory.mktemp("home")
    for name in ("DATA", "CONFIG", "LOG"):
        monkeypatch.setenv(f"AGENT_DESKTOP_{name}_DIR", str(base / name.lower()))
    monkeypatch.delenv("AGENT_DESKTOP_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def pg_template():
    """A migrated PostgreSQL database that each test copies (CREATE DATABASE ... TEMPLATE)."""
    admin = _admin()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{_TEMPLATE}"'))
    except Exception as exc:  # pragma: no cover - reported as a failure, never a skip
        pytest.fail(f"PostgreSQL at {PG_SERVER} is required: {exc}")
    engine = make_engine(f"{PG_SERVER}/{_TEMPLATE}")
    upgrade(engine)
    engine.dispose()
    yield _TEMPLATE
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{_TEMPLATE}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_template):
    """URL of a fresh, migrated PostgreSQL database, dropped after the test."""
    name = f"ad_test_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield f"{PG_SERVER}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def empty_pg_url():
    """URL of a brand-new, unmigrated PostgreSQL database."""
    name = f"ad_empty_{uuid.uuid4().hex[:12]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"{PG_SERVER}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'agent-desktop.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request):
    """Each test that takes it runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url) -> Database:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def central_url(pg_url):
    """A central database holding the example document (for the desktops in tests/desktops.py)."""
    from tests.desktops import load_example

    return load_example(pg_url)


@pytest.fixture
def cluster():
    """A private PostgreSQL server of the test's own, which it may stop and start."""
    from tests.pg_cluster import PrivateCluster

    server = PrivateCluster()
    server.start()
    yield server
    server.destroy()
