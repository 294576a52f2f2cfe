"""A desktop on the central database through its replica: online, offline, and back.

Everything here runs against real PostgreSQL servers: the shared one, and a private one that
the tests stop and start as a network or server failure would.
"""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from agent_desktop.domain.values import Channel, Code, InvalidInput, Purpose
from agent_desktop.services.calls import CallbackRequested
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.outreach import ContactResult, InboundContact, Outreach, record_outreach
from agent_desktop.services.session import sign_in
from agent_desktop.store.engine import DatabaseUnreachable
from agent_desktop.sync.desktop import OutcomeUnknown, Queued
from agent_desktop.sync.notify import conninfo
from agent_desktop.sync.outbox import callback_entry, inbound_entry
from tests.desktops import EXAMPLE, TUESDAY, _count, _desktop, load_example


def _call(staff: str = "sclarke", contact_id: uuid.UUID | None = None) -> Outreach:
    """A call C-17702 may have once a week, overriding the letter-and-email preference."""
    return Outreach(
        "C-17702",
        staff,
        Channel.PHONE,
        at=TUESDAY,
        purpose=Purpose.FOLLOW_UP,
        override_reason="Customer asked for a call",
        contact_id=contact_id,
    )


def _outbound_calls(engine) -> int:
    return _count(
        engine,
        "SELECT count(*) FROM contact_events e JOIN customers c "
        "ON c.id = e.customer_id WHERE c.ref = 'C-17702' "
        "AND e.direction = 'outbound'",
    )


@pytest.fixture
def desktop(central_url, tmp_path):
    d = _desktop(central_url, tmp_path, "sclarke")
    yield d
    d.dispose()


# --- online -------------------------------------------------------------------------------


def test_reads_come_from_the_replica_and_writes_reach_it_at_once(desktop):
    status = desktop.status()
    assert status.online and status.data_as_of is not None and status.waiting == 0
    card = desktop.load_card("C-17702", sign_in(desktop.reads, "sclarke"), TUESDAY)
    assert card is not None and card.restrictions

    result = desktop.record_outreach(_call())
    assert result.recorded
    # The replica already holds the contact: the card shows it without waiting for a pull.
    assert _outbound_calls(desktop.replica_db.engine) == 1

    logged = desktop.log_inbound(
        InboundContact("C-17702", Channel.EMAIL, "sclarke", TUESDAY, "Asked for the review outcome")
    )
    assert isinstance(logged, ContactResult) and logged.work_items
    callback = desktop.request_callback("C-17702", "sclarke", TUESDAY, "After 2pm")
    assert isinstance(callback, CallbackRequested)
    assert (
        _count(desktop.replica_db.engine, "SELECT count(*) FROM work_items WHERE kind = 'callback'")
        == 1
    )
    assert desktop.status().waiting == 0


def _statements(engine) -> list[str]:
    """Every statement `engine` runs from now on (the listener stays for the test)."""
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_a_customer_not_held_is_fetched_once_then_read_locally(desktop):
    from agent_desktop.domain.parsing import name_key
    from agent_desktop.store.schema import Customer

    with desktop.central.unit(write=True) as uow:  # no one's work: outside the replica's scope
        uow.session.add(
            Customer(
                ref="C-40001",
                name="Alys Jones",
                name_key=name_key("Alys Jones"),
                surname_key=name_key("Jones"),
            )
        )
        uow.commit()
    desktop.sync()
    user = sign_in(desktop.reads, "sclarke")
    assert not desktop.replica.holds("C-40001")
    central = _statements(desktop.central.engine)
    local = _statements(desktop.replica_db.engine)
    assert desktop.load_card("C-40001", user).ref == "C-40001"
    assert central, "not held: copied from the central database"
    assert desktop.replica.holds("C-40001")
    fetched = len(central)
    read = len(local)
    for _ in range(2):
        assert desktop.load_card("C-40001", user).name == "Alys Jones"
    assert len(central) == fetched  # held now: the central database is not asked again
    assert len(local) > read  # ... the card comes from the replica
    assert desktop.load_card("C-NOBODY", user) is None
    assert len(central) > fetched  # an unknown customer is looked for centrally


def test_bad_input_in_a_queued_write_is_reported_and_not_kept(desktop):
    with pytest.raises(InvalidInput) as error:
        desktop.log_inbound(InboundContact("C-NOBODY", Channel.EMAIL, "sclarke", TUESDAY, "?"))
    assert error.value.field == "customer"
    assert desktop.status().waiting == 0 and desktop.status().refused == 0


def test_a_text_the_central_database_would_refuse_is_refused_before_it_is_kept(desktop):
    for summary, field in (("Rang about \x00 the bill", "summary"), ("\ud800", "summary")):
        with pytest.raises(InvalidInput) as error:
            desktop.log_inbound(
                InboundContact("C-17702", Channel.PHONE, "sclarke", TUESDAY, summary)
            )
        assert error.value.field == field
    with pytest.raises(InvalidInput) as error:
        desktop.request_callback("C-17702", "sclarke", TUESDAY, "after\x002pm")
    assert error.value.field == "note"
    with pytest.raises(InvalidInput) as error:
        desktop.log_inbound(InboundContact("C-" + "7" * 40, Channel.PHONE, "sclarke", TUESDAY, "?"))
    assert error.value.field == "customer_ref"
    assert desktop.status().waiting == 0 and desktop.status().refused == 0
    assert desktop.outbox.waiting() == []


def test_one_entry_the_server_refuses_never_holds_back_the_ones_behind_it(desktop):
    """A NUL in a summary queued offline (put straight into the outbox, as an older desktop
    would have kept it) ahead of two good entries: the two arrive, the bad one is refused."""
    bad, good = uuid.uuid4(), uuid.uuid4()
    for contact_id, summary in ((bad, "Rang about \x00 the bill"), (good, "Letter received")):
        desktop.outbox.put(
            inbound_entry(
                InboundContact(
                    "C-17702", Channel.LETTER, "sclarke", TUESDAY, summary, contact_id=contact_id
                )
            )
        )
    callback = uuid.uuid4()
    desktop.outbox.put(callback_entry(callback, "C-17702", "sclarke", TUESDAY, "Ring back"))
    assert desktop.status().waiting == 3

    desktop.sync()
    desktop.sync()  # and again: the refused entry is not tried, nor anything behind it held

    central = desktop.central.engine
    assert _count(central, "SELECT count(*) FROM contact_events WHERE id = :i", i=good) == 1
    assert _count(central, "SELECT count(*) FROM work_items WHERE id = :i", i=callback) == 1
    assert _count(central, "SELECT count(*) FROM contact_events WHERE id = :i", i=bad) == 0
    status = desktop.status()
    assert status.online and status.waiting == 0 and status.refused == 1
    [refused] = status.refused_entries
    assert (refused.customer_ref, refused.channel) == ("C-17702", Channel.LETTER)
    assert "NUL" in refused.reason
    # The card shows the refused contact with its reason, and the good one as sent.
    user = sign_in(desktop.reads, "sclarke")
    timeline = desktop.load_card("C-17702", user, TUESDAY).timeline
    [shown] = [e for e in timeline if e.refused]
    assert shown.summary == "Rang about \x00 the bill" and "NUL" in shown.refused
    assert [e.waiting for e in timeline if e.summary == "Letter received"] == [False]


# --- faults on the real server ---------------------------------------------------------------


def _terminate(admin: str, pid: int, timeout: float = 10.0) -> None:
    """End the server process `pid` and wait (at most `timeout` seconds) until it is gone."""
    deadline = time.monotonic() + timeout
    with psycopg.connect(admin, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", (pid,))
        while other.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", (pid,)
        ).fetchone()[0]:
            assert time.monotonic() < deadline, f"server process {pid} outlived its termination"


def _kill_before(engine, statement_start: str, times: int = 1) -> dict:
    """Terminate the connection's own backend just before it runs a statement that starts with
    `statement_start` or writes it in a WITH clause, the first `times` times."""
    fired = {"count": 0}
    admin = conninfo(engine.url.render_as_string(hide_password=False))

    @event.listens_for(engine, "before_cursor_execute")
    def kill(conn, cursor, statement, parameters, context, executemany):
        sql = statement.lstrip().upper()
        # A WITH clause may write it in any of its parts (the contact beside its work's update).
        parts = [p.lstrip() for p in sql.split("(")[1:]] if sql.startswith("WITH ") else [sql]
        if fired["count"] >= times or not any(p.startswith(statement_start) for p in parts):
            return
        fired["count"] += 1
        pid = conn.connection.dbapi_connection.info.backend_pid
        _terminate(admin, pid)

    return fired


def test_a_connection_killed_mid_record_leaves_nothing_and_a_retry_records_once(central_url):
    central = open_database(central_url)
    try:
        outreach = _call(contact_id=uuid.uuid4())
        audit_before = _count(central.engine, "SELECT count(*) FROM audit_log")
        fired = _kill_before(central.engine, "INSERT INTO CONTACT_EVENTS")
        with pytest.raises(OperationalError) as error:
            record_outreach(central, outreach)
        assert fired["count"] == 1 and error.value.connection_invalidated
        # Nothing of the attempt is left: no contact, no audit entry.
        assert _outbound_calls(central.engine) == 0
        assert _count(central.engine, "SELECT count(*) FROM audit_log") == audit_before

        first = record_outreach(central, outreach)
        again = record_outreach(central, outreach)  # as if the first answer had been lost
        assert first.recorded and again.recorded
        assert first.contact.id == again.contact.id == outreach.contact_id
        assert _outbound_calls(central.engine) == 1
    finally:
        central.dispose()


def test_the_desktop_retries_a_killed_record_itself_without_doubling(desktop):
    fired = _kill_before(desktop.central.engine, "INSERT INTO CONTACT_EVENTS")
    result = desktop.record_outreach(_call())
    assert fired["count"] == 1
    assert result.recorded
    assert _outbound_calls(desktop.central.engine) == 1
    assert _outbound_calls(desktop.replica_db.engine) == 1
    assert desktop.status().online


def test_a_connection_killed_while_sending_the_outbox_sends_each_entry_once(desktop):
    fired = _kill_before(desktop.central.engine, "INSERT INTO CONTACT_EVENTS")
    inbound = InboundContact("C-17702", Channel.LETTER, "sclarke", TUESDAY, "Letter received")
    queued = desktop.log_inbound(inbound)
    assert fired["count"] == 1
    assert isinstance(queued, Queued) and desktop.status().waiting == 1
    desktop.sync()
    desktop.sync()
    assert desktop.status().waiting == 0
    assert (
        _count(
            desktop.central.engine, "SELECT count(*) FROM contact_events WHERE id = :i", i=queued.id
        )
        == 1
    )


def _lose_commit(engine, *, committed: bool) -> dict:
    """Cut the connection once, at the next COMMIT: after the server committed (the answer
    is lost on the way back) or, with `committed=False`, just before the COMMIT reaches it."""
    fired = {"count": 0}
    admin = conninfo(engine.url.render_as_string(hide_password=False))

    @event.listens_for(engine, "commit")
    def cut(conn):
        if fired["count"]:
            return
        fired["count"] += 1
        dbapi = conn.connection.dbapi_connection
        if committed:
            dbapi.commit()  # the server commits ...
            dbapi.execute("SELECT 1")  # ... and the COMMIT sent next finds the connection gone
        pid = dbapi.info.backend_pid
        _terminate(admin, pid)

    return fired


def _email(contact_id: uuid.UUID | None = None) -> Outreach:
    """An email C-17702 may have any time (letters and email are their preference)."""
    return Outreach("C-17702", "sclarke", Channel.EMAIL, at=TUESDAY, contact_id=contact_id)


def _outbound(engine, channel: str = "email") -> int:
    return _count(
        engine,
        "SELECT count(*) FROM contact_events e JOIN customers c ON c.id = e.customer_id "
        "WHERE c.ref = 'C-17702' AND e.direction = 'outbound' AND e.channel = :c",
        c=channel,
    )


def test_a_retry_whose_answer_was_lost_is_unknown_until_its_id_is_looked_up(desktop):
    """The first attempt is cut before COMMIT; the retry commits, but its answer is lost."""
    killed = _kill_before(desktop.central.engine, "INSERT INTO CONTACT_EVENTS")
    lost = _lose_commit(desktop.central.engine, committed=True)
    result = desktop.record_outreach(_email())
    assert killed["count"] == 1 and lost["count"] == 1
    assert _outbound(desktop.central.engine) == 1  # the central database holds it ...
    assert isinstance(result, OutcomeUnknown)  # ... so it is not "not recorded"
    assert result.contact_id is not None

    found = desktop.outcome_of(result)
    assert found is not None and found.id == result.contact_id and found.staff == "sclarke"
    assert _outbound(desktop.replica_db.engine) == 1
    again = desktop.record_outreach(result.outreach)  # the agent tries again: same id
    assert again.recorded and again.contact.id == result.contact_id
    assert _outbound(desktop.central.engine) == 1
    assert desktop.status().online


def test_a_commit_cut_before_the_server_took_it_is_unknown_then_not_recorded(desktop):
    lost = _lose_commit(desktop.central.engine, committed=False)
    killed = _kill_before(desktop.central.engine, "SELECT CUSTOMERS")  # the retry is cut too
    result = desktop.record_outreach(_email())
    assert lost["count"] == 1 and killed["count"] == 1
    assert isinstance(result, OutcomeUnknown)
    assert desktop.outcome_of(result) is None
    assert _outbound(desktop.central.engine) == 0
    again = desktop.record_outreach(result.outreach)
    assert again.recorded and again.contact.id == result.contact_id
    assert _outbound(desktop.central.engine) == 1


def test_a_connection_lost_before_any_commit_is_known_not_recorded(desktop):
    killed = _kill_before(desktop.central.engine, "INSERT INTO CONTACT_EVENTS", times=2)
    result = desktop.record_outreach(_email())
    assert killed["count"] == 2
    assert isinstance(result, ContactResult) and not result.recorded
    assert [b.code for b in result.decision.blocks] == [Code.CENTRAL_UNREACHABLE]
    assert _outbound(desktop.central.engine) == 0


def test_the_outcome_cannot_be_told_while_the_server_is_away(cluster, tmp_path):
    load_example(cluster.url)
    desktop = _desktop(cluster.url, tmp_path, "sclarke")
    try:
        unknown = OutcomeUnknown(_email(uuid.uuid4()))
        cluster.stop()
        with pytest.raises(DatabaseUnreachable):
            desktop.outcome_of(unknown)
        assert not desktop.status().online
        cluster.start()
        assert desktop.outcome_of(unknown) is None
        assert desktop.status().online
    finally:
        desktop.dispose()


def test_two_desktops_racing_through_their_own_replicas_keep_the_limit(central_url, tmp_path):
    """sclarke and the deputy mhughes both call C-17702 (one call a week) at the same moment."""
    desktops = [
        _desktop(central_url, tmp_path, "sclarke"),
        _desktop(central_url, tmp_path, "mhughes"),
    ]
    try:
        # Each replica says the call is allowed.
        for d in desktops:
            user = sign_in(d.reads, "sclarke")
            phone = d.outreach_preview("C-17702", user, TUESDAY)[Channel.PHONE]
            assert "CONTACT_LIMIT_REACHED" not in phone.block_codes
        start = threading.Barrier(2)

        def race(pair):
            d, who = pair
            start.wait()
            return d.record_outreach(_call(who))

        with ThreadPoolExecutor(2) as pool:
            results = list(pool.map(race, zip(desktops, ["sclarke", "mhughes"], strict=True)))
        assert sorted(r.recorded for r in results) == [False, True]
        refused = next(r for r in results if not r.recorded)
        assert "CONTACT_LIMIT_REACHED" in refused.decision.block_codes
        assert _outbound_calls(desktops[0].central.engine) == 1
        for d in desktops:
            d.sync()
            assert _outbound_calls(d.replica_db.engine) == 1
    finally:
        for d in desktops:
            d.dispose()


def test_the_server_going_away_and_coming_back(cluster, tmp_path):
    load_example(cluster.url)
    desktop = _desktop(cluster.url, tmp_path, "sclarke")
    try:
        as_of = desktop.status().data_as_of
        user = sign_in(desktop.reads, "sclarke")
        cluster.stop()

        assert not desktop.sync()
        status = desktop.status()
        assert not status.online and status.offline_since is not None
        assert status.data_as_of == as_of
        # The window keeps working from the replica ...
        card = desktop.load_card("C-17702", user, TUESDAY)
        assert card is not None and card.restrictions
        assert [m.ref for m in desktop.find_customers("C-17702")] == ["C-17702"]
        # ... outreach fails closed ...
        preview = desktop.outreach_preview("C-17702", user, TUESDAY)
        assert {tuple(d.block_codes) for d in preview.values()} == {("CENTRAL_UNREACHABLE",)}
        refused = desktop.record_outreach(_call())
        assert not refused.recorded
        assert [b.code for b in refused.decision.blocks] == [Code.CENTRAL_UNREACHABLE]
        # ... and inbound contacts and call-backs wait in the outbox.
        inbound = desktop.log_inbound(
            InboundContact("C-17702", Channel.PHONE, "sclarke", TUESDAY, "Rang while offline")
        )
        callback = desktop.request_callback("C-17702", "sclarke", TUESDAY, "Ring back")
        assert isinstance(inbound, Queued) and isinstance(callback, Queued)
        assert desktop.status().waiting == 2
        # The card shows the call taken, marked as not sent yet.
        waiting = [e for e in desktop.load_card("C-17702", user, TUESDAY).timeline if e.waiting]
        assert [(e.summary, e.staff_name) for e in waiting] == [
            ("Rang while offline", "Sarah Clarke")
        ]

        cluster.start()
        desktop.sync()
        status = desktop.status()
        assert status.online and status.waiting == 0 and status.data_as_of > as_of
        desktop.sync()
        for engine in (desktop.central.engine, desktop.replica_db.engine):
            assert (
                _count(
                    engine,
                    "SELECT count(*) FROM contact_events WHERE summary = 'Rang while offline'",
                )
                == 1
            )
            assert (
                _count(
                    engine,
                    "SELECT count(*) FROM work_items WHERE kind = 'callback' "
                    "AND note = 'Ring back'",
                )
                == 1
            )
        # Outreach works again (a call would not: the inbound call used this week's one).
        timeline = desktop.load_card("C-17702", user, TUESDAY).timeline
        assert [e.waiting for e in timeline if e.summary == "Rang while offline"] == [False]
        assert desktop.record_outreach(
            Outreach("C-17702", "sclarke", Channel.EMAIL, at=TUESDAY)
        ).recorded
    finally:
        desktop.dispose()


def test_what_one_agent_left_waiting_is_sent_by_the_next_one_to_sign_in_here(cluster):
    """A shift ends offline; the next agent at this desk, on the next day, sends it."""
    from agent_desktop import app as app_module

    db = open_database(cluster.url)
    import_document(db, EXAMPLE)
    first = app_module.open_synced(db, sign_in(db, "dowen"))
    first.sync()
    cluster.stop()
    first.sync()
    queued = first.log_inbound(
        InboundContact(
            "C-20418", Channel.LETTER, "dowen", TUESDAY, "Letter opened at the end of the shift"
        )
    )
    assert isinstance(queued, Queued)
    first.dispose()

    cluster.start()
    central = open_database(cluster.url)
    second = app_module.open_synced(central, sign_in(central, "sclarke"))
    try:
        assert second.status().waiting == 1  # dowen's, shown to whoever works here now
        second.sync()
        assert second.status().waiting == 0
        assert (
            _count(central.engine, "SELECT count(*) FROM contact_events WHERE id = :i", i=queued.id)
            == 1
        )
        staff = _count(
            central.engine,
            "SELECT count(*) FROM contact_events e JOIN staff s ON "
            "s.id = e.staff_id WHERE e.id = :i AND s.username = "
            "'dowen'",
            i=queued.id,
        )
        assert staff == 1  # recorded as dowen's contact, not sclarke's
    finally:
        second.dispose()
