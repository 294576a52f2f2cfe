"""Desktops on a central database for the sync tests: each a Synced with its own replica."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.sync.desktop import Synced
from agent_desktop.sync.replica import Replica, Scope

EXAMPLE = json.loads((Path(__file__).parent / "data" / "example-import.json").read_text("utf-8"))
#: A Tuesday morning, inside C-17702's set times for calls.
TUESDAY = datetime(2026, 12, 8, 10, 30, tzinfo=UTC)


def load_example(url: str) -> str:
    """Put the example document into the (empty) database at `url`; return `url`."""
    db = open_database(url)
    try:
        import_document(db, EXAMPLE)
    finally:
        db.dispose()
    return url


def _desktop(central_url: str, folder: Path, username: str, *, sync: bool = True) -> Synced:
    central = open_database(central_url)
    user = sign_in(central, username)
    replica_db = open_database(f"sqlite:///{folder / f'replica-{username}.sqlite3'}")
    replica = Replica(replica_db.engine, scope=Scope(user.id, user.team_id))
    desktop = Synced(central, replica_db, replica)
    if sync:
        desktop.sync()
    return desktop


def _count(engine, sql: str, **params) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()
