"""How many statements one outreach sends to PostgreSQL: each is a round trip, and all but the
first are made while the customer's row is locked, so a new one slows every agent contacting
that customer. The counts are behaviour, pinned here so that they cannot grow unnoticed.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event

from agent_desktop.domain.values import Channel
from agent_desktop.services.database import open_database
from agent_desktop.services.outreach import Outreach, record_outreach
from tests.test_outreach import NOW, add_people


@pytest.fixture
def db(pg_url):
    database = open_database(pg_url)
    yield database
    database.dispose()


def statements(db, outreach: Outreach) -> tuple[list[str], bool]:
    """The statements `record_outreach` sent, COMMIT included, and whether it recorded."""
    sent: list[str] = []

    def before(conn, cursor, statement, *_):
        sent.append(statement.split(None, 1)[0].upper())

    def commit(conn):
        sent.append("COMMIT")

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "commit", commit)
    try:
        result = record_outreach(db, outreach)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "commit", commit)
    return sent, result.recorded


def test_an_allowed_outreach_locks_reads_twice_writes_once_and_commits(db):
    add_people(db)
    sent, recorded = statements(
        db,
        Outreach(
            "C-1", "sclarke", Channel.EMAIL, at=NOW, summary="Update", contact_id=uuid.uuid4()
        ),
    )
    assert recorded
    # The lock (with the member of staff), preferences and restrictions, the contact history
    # (with any earlier attempt of this contact id), the contact and its audit entry together.
    assert sent == ["SELECT", "SELECT", "SELECT", "WITH", "COMMIT"]


def test_a_refused_outreach_sends_as_many(db):
    add_people(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]}})
    sent, recorded = statements(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW))
    assert not recorded
    assert sent == ["SELECT", "SELECT", "SELECT", "INSERT", "COMMIT"]


def test_a_retry_of_a_recorded_contact_reads_and_writes_nothing_more(db):
    add_people(db)
    outreach = Outreach("C-1", "sclarke", Channel.EMAIL, at=NOW, contact_id=uuid.uuid4())
    assert record_outreach(db, outreach).recorded
    sent, recorded = statements(db, outreach)
    assert recorded
    assert sent == ["SELECT", "SELECT", "SELECT"]
