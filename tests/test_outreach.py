"""Recording outreach and inbound contact on real SQLite and PostgreSQL databases."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from agent_desktop.domain.values import Channel, Direction, InvalidInput, Purpose
from agent_desktop.services.database import open_database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.outreach import (
    InboundContact,
    Outreach,
    check_outreach,
    log_inbound,
    record_outreach,
    request_callback,
)
from agent_desktop.store.schema import (
    AuditEntry,
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
    Team,
    WorkItem,
)

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)  # a Tuesday


def add_people(db, *, restriction: dict | None = None, prefs: dict | None = None) -> None:
    """A team, an agent, a team leader and customer C-1."""
    with db.unit(write=True) as uow:
        s = uow.session
        team = Team(id=uuid.uuid4(), name="Casework South")
        s.add(team)
        s.flush()
        leader = Staff(
            id=uuid.uuid4(),
            username="mhughes",
            name="Megan Hughes",
            roles=["team_leader"],
            team_id=team.id,
            welsh_speaker=True,
        )
        agent = Staff(
            id=uuid.uuid4(),
            username="sclarke",
            name="Sarah Clarke",
            roles=["agent"],
            team_id=team.id,
        )
        other = Staff(
            id=uuid.uuid4(),
            username="dowen",
            name="Dafydd Owen",
            roles=["agent"],
            team_id=team.id,
            welsh_speaker=True,
        )
        s.add_all([leader, agent, other])
        s.flush()
        customer = Customer(
            id=uuid.uuid4(), ref="C-1", name="Eleri Prys", name_key="eleri prys", surname_key="prys"
        )
        s.add(customer)
        s.flush()
        if prefs is not None:
            s.add(ContactPreferenceRow(customer_id=customer.id, **prefs))
        if restriction is not None:
            kind, terms = restriction["kind"], restriction.get("terms", {})
            s.add(
                RestrictionRow(
                    customer_id=customer.id,
                    kind=kind,
                    category="unreasonably_persistent",
                    reason="Calls limited",
                    terms=terms,
                    decided_by_id=leader.id,
                    starts_on=datetime(2026, 1, 1).date(),
                    review_by=datetime(2026, 12, 31).date(),
                )
            )
        uow.commit()


def count(db, model, **where) -> int:
    with db.unit() as uow:
        stmt = select(func.count()).select_from(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return uow.session.execute(stmt).scalar_one()


def test_allowed_outreach_records_contact_and_audit(db):
    add_people(db)
    result = record_outreach(
        db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, summary="Update")
    )
    assert result.recorded and result.decision.allowed
    assert result.contact.channel is Channel.PHONE and result.contact.staff == "sclarke"
    assert count(db, ContactEvent) == 1
    assert count(db, AuditEntry, outcome="recorded") == 1


def test_blocked_outreach_writes_only_its_audit_entry(db):
    add_people(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]}})
    result = record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW))
    assert not result.recorded
    assert result.decision.block_codes == ["RESTRICTED_CHANNEL"]
    assert count(db, ContactEvent) == 0
    with db.unit() as uow:
        entry = uow.session.execute(select(AuditEntry)).scalar_one()
    assert entry.outcome == "refused" and entry.actor == "sclarke"
    assert entry.details["blocks"] == ["RESTRICTED_CHANNEL"]


def test_agent_cannot_override_restriction_block_with_a_reason(db):
    add_people(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]}})
    result = record_outreach(
        db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, override_reason="urgent")
    )
    assert not result.recorded
    assert count(db, ContactEvent) == 0


def _approval(db, staff="sclarke", channel=Channel.PHONE, leader="mhughes"):
    """The agent asks, the team leader approves: the approval's id."""
    from agent_desktop.services.approvals import decide_request, request_authorisation

    asked = request_authorisation(db, "C-1", staff, channel, "Safeguarding concern")
    reason = "Safeguarding concern needs a call today"
    return decide_request(db, asked.id, leader, reason, approve=True).approval


def test_team_leader_authorises_restriction_block(db):
    add_people(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]}})
    approval = _approval(db)
    result = record_outreach(
        db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, approval=approval)
    )
    assert result.recorded and result.contact.authorised_by == "mhughes"
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
        entry = uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == "outreach")
        ).scalar_one()
    # The contact carries the team leader's reason, not one the agent wrote.
    assert event.override_reason == "Safeguarding concern needs a call today"
    assert event.authorised_by_id is not None
    assert entry.outcome == "authorised" and entry.details["authorised_by"] == "mhughes"
    assert entry.details["approval"] == str(approval)


def test_no_name_typed_by_the_agent_lets_a_contact_past_a_restriction(db):
    """Outreach has no field naming a team leader: a reason alone is refused, and an
    approval must be one a team leader made for this agent, customer and channel."""
    add_people(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]}})
    assert not hasattr(Outreach("C-1", "sclarke", Channel.PHONE), "authorised_by")
    refused = record_outreach(
        db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, override_reason="mhughes said so")
    )
    assert not refused.recorded
    with pytest.raises(InvalidInput) as err:
        record_outreach(
            db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, approval=uuid.uuid4())
        )
    assert err.value.field == "approval"
    for_dowen = _approval(db, staff="dowen")
    with pytest.raises(NotPermitted) as err:
        record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW, approval=for_dowen))
    assert err.value.field == "approval"
    assert count(db, ContactEvent) == 0


def test_agent_overrides_preference_block_with_reason(db):
    add_people(db, prefs={"channels": ["letter"], "language": "en", "accessibility": []})
    refused = record_outreach(db, Outreach("C-1", "sclarke", Channel.EMAIL, at=NOW))
    assert not refused.recorded and refused.decision.overridable_by.value == "agent"
    result = record_outreach(
        db,
        Outreach(
            "C-1",
            "sclarke",
            Channel.EMAIL,
            at=NOW,
            override_reason="Customer asked on the phone to be emailed instead",
        ),
    )
    assert result.recorded
    assert result.contact.override_reason == "Customer asked on the phone to be emailed instead"
    assert count(db, AuditEntry, outcome="overridden") == 1
    assert count(db, AuditEntry, outcome="refused") == 1


def test_unknown_customer_is_refused_and_audited(db):
    add_people(db)
    result = record_outreach(db, Outreach("C-404", "sclarke", Channel.PHONE, at=NOW))
    assert result.decision.block_codes == ["UNKNOWN_CUSTOMER"]
    assert result.decision.overridable_by is None
    assert count(db, AuditEntry, outcome="refused") == 1
    assert check_outreach(db, Outreach("C-404", "sclarke", Channel.PHONE)).block_codes == [
        "UNKNOWN_CUSTOMER"
    ]


def test_unknown_staff_is_bad_input(db):
    add_people(db)
    with pytest.raises(InvalidInput) as err:
        record_outreach(db, Outreach("C-1", "nobody", Channel.PHONE, at=NOW))
    assert err.value.field == "staff"


def test_inbound_is_always_recorded_even_under_no_contact(db):
    add_people(db, restriction={"kind": "no_contact"})
    result = log_inbound(db, InboundContact("C-1", Channel.PHONE, "sclarke", NOW, "Rang in"))
    assert result.recorded and result.contact.direction is Direction.INBOUND
    assert count(db, ContactEvent) == 1


def test_inbound_email_makes_acknowledgement_and_reply_items(db):
    add_people(db)
    received = datetime(2025, 12, 23, 10, 0, tzinfo=UTC)
    result = log_inbound(db, InboundContact("C-1", Channel.EMAIL, "sclarke", received))
    assert len(result.work_items) == 2
    with db.unit() as uow:
        items = {w.kind: w for w in uow.session.execute(select(WorkItem)).scalars()}
    assert items["email_ack"].due_at == datetime(2025, 12, 29, 17, 0, tzinfo=UTC)
    assert items["email_reply"].due_at > items["email_ack"].due_at


def test_read_and_file_makes_only_an_information_check(db):
    add_people(db, restriction={"kind": "read_and_file"})
    log_inbound(db, InboundContact("C-1", Channel.EMAIL, "sclarke", NOW))
    with db.unit() as uow:
        kinds = [w.kind for w in uow.session.execute(select(WorkItem)).scalars()]
    assert kinds == ["info_check"]


def test_replayed_inbound_contact_is_not_doubled(db):
    add_people(db)
    contact_id = uuid.uuid4()
    log_inbound(db, InboundContact("C-1", Channel.PHONE, "sclarke", NOW, contact_id=contact_id))
    log_inbound(db, InboundContact("C-1", Channel.PHONE, "sclarke", NOW, contact_id=contact_id))
    assert count(db, ContactEvent) == 1


def test_callback_request_is_due_end_of_next_working_day(db):
    add_people(db)
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
    item_id = request_callback(db, "C-1", "sclarke", saturday)
    with db.unit() as uow:
        item = uow.session.get(WorkItem, item_id)
    assert item.kind == "callback"
    assert item.due_at == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


def test_follow_up_is_exempt_from_update_frequency(db):
    add_people(
        db,
        prefs={
            "channels": ["phone"],
            "update_every_days": 14,
            "language": "en",
            "accessibility": [],
        },
    )
    assert record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW)).recorded
    later = NOW + timedelta(days=2)
    assert not record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=later)).recorded
    assert record_outreach(
        db, Outreach("C-1", "sclarke", Channel.PHONE, at=later, purpose=Purpose.FOLLOW_UP)
    ).recorded


# --- racing agents ---------------------------------------------------------------------------

RACERS = 20
LIMIT = 2


def race(url: str, *, serialised: bool) -> tuple[int, list[Exception]]:
    """RACERS threads, each with its own connection, try outreach to one customer at once."""
    db = open_database(url)
    add_people(
        db,
        restriction={
            "kind": "max_contacts",
            "terms": {"limit": LIMIT, "per_days": 7, "direction": "outbound"},
        },
    )
    start = threading.Barrier(RACERS)
    errors: list[Exception] = []

    def attempt() -> None:
        start.wait()
        try:
            record_outreach(
                db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW), serialised=serialised
            )
        except Exception as exc:  # collected, so a failure to serialise is visible
            errors.append(exc)

    threads = [threading.Thread(target=attempt) for _ in range(RACERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    recorded = count(db, ContactEvent)
    db.dispose()
    return recorded, errors


def test_racing_agents_never_exceed_a_limit(db_url):
    recorded, errors = race(db_url, serialised=True)
    assert errors == []
    assert recorded == LIMIT


def test_race_test_catches_unserialised_outreach(db_url, monkeypatch):
    """The negative control: without the lock, the same race breaks the limit."""
    import agent_desktop.services.outreach as outreach

    real_evaluate = outreach.evaluate

    def slow_evaluate(*args, **kwargs):
        # Widen the gap between counting and writing, as a busy server would.
        import time

        time.sleep(0.05)
        return real_evaluate(*args, **kwargs)

    monkeypatch.setattr(outreach, "evaluate", slow_evaluate)
    recorded, _ = race(db_url, serialised=False)
    assert recorded > LIMIT


def test_follow_up_answers_a_request_and_settles_its_work(db):
    add_people(db)
    request = log_inbound(db, InboundContact("C-1", Channel.EMAIL, "sclarke", NOW))
    assert count(db, WorkItem, status="open") == 2
    reply = record_outreach(
        db,
        Outreach(
            "C-1",
            "sclarke",
            Channel.EMAIL,
            at=NOW + timedelta(hours=2),
            purpose=Purpose.FOLLOW_UP,
            follows_up=request.contact.id,
        ),
    )
    assert reply.recorded and reply.contact.follows_up == request.contact.id
    assert count(db, WorkItem, status="open") == 0
    with pytest.raises(InvalidInput) as err:
        record_outreach(db, Outreach("C-1", "sclarke", Channel.EMAIL, follows_up=uuid.uuid4()))
    assert err.value.field == "follows_up"


@pytest.mark.parametrize("field", ["summary", "override_reason"])
def test_text_no_database_could_store_is_refused_naming_its_field(db, field):
    add_people(db)
    values = {"summary": "Update", "override_reason": None, field: "Rhian\x00Rel"}
    with pytest.raises(InvalidInput) as refusal:
        record_outreach(db, Outreach("C-1", "sclarke", Channel.EMAIL, at=NOW, **values))
    assert refusal.value.field == field and "NUL" in refusal.value.message
    with pytest.raises(InvalidInput, match="NUL"):
        log_inbound(db, InboundContact("C-1", Channel.EMAIL, "sclarke", NOW, "a\x00b"))
    assert count(db, ContactEvent) == 0
