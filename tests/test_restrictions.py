"""Deciding, reviewing, lifting and challenging restrictions against real databases."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from agent_desktop.domain.values import Channel, InvalidInput
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.outreach import Outreach, record_outreach
from agent_desktop.services.restrictions import (
    customer_restrictions,
    decide_restriction,
    lift_restriction,
    record_challenge,
    record_notice_sent,
    review_restriction,
    reviews_due,
)
from agent_desktop.store.schema import (
    AuditEntry,
    ContactPreferenceRow,
    Customer,
    RestrictionEvent,
    RestrictionRow,
    Staff,
    WorkItem,
)
from tests.test_outreach import add_people

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def letters_only(**extra) -> dict:
    doc = {
        "kind": "channel_only",
        "channels": ["letter"],
        "category": "threatening",
        "reason": "Threatened a member of staff",
        "decided_by": "mhughes",
        "starts_on": "2026-12-01",
    }
    doc.update(extra)
    return doc


def rows(db, model):
    with db.unit() as uow:
        return uow.session.execute(select(model)).scalars().all()


def test_deciding_creates_restriction_history_notice_and_audit(db):
    add_people(db)
    decision = decide_restriction(db, "C-1", letters_only(), at=NOW)
    assert decision.made
    restriction = rows(db, RestrictionRow)[0]
    assert restriction.review_by == date(2027, 6, 1)  # six months by default
    assert [e.event for e in rows(db, RestrictionEvent)] == ["decided"]
    notice = rows(db, WorkItem)[0]
    assert notice.kind == "restriction_notice" and notice.restriction_id == restriction.id
    assert rows(db, AuditEntry)[0].action == "restriction_decided"
    blocked = record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW))
    assert blocked.decision.block_codes == ["RESTRICTED_CHANNEL"]


def test_only_team_leaders_and_managers_decide(db):
    add_people(db)
    with pytest.raises(NotPermitted) as err:
        decide_restriction(db, "C-1", letters_only(decided_by="sclarke"), at=NOW)
    assert err.value.field == "restriction.decided_by"
    assert rows(db, RestrictionRow) == []


def test_a_restriction_needs_a_reason(db):
    add_people(db)
    with pytest.raises(InvalidInput) as err:
        decide_restriction(db, "C-1", letters_only(reason="  "), at=NOW)
    assert err.value.field == "restriction.reason"


def test_refuses_to_leave_the_customer_no_way_to_reach_us(db):
    add_people(db)
    assert decide_restriction(db, "C-1", letters_only(), at=NOW).made
    with pytest.raises(InvalidInput, match="no way at all"):
        decide_restriction(db, "C-1", letters_only(channels=["phone"]), at=NOW)
    assert len(rows(db, RestrictionRow)) == 1


def test_reasonable_adjustment_conflict_needs_confirmation(db):
    add_people(db)
    with db.unit(write=True) as uow:
        customer = uow.session.execute(select(Customer)).scalar_one()
        uow.session.add(
            ContactPreferenceRow(
                customer_id=customer.id,
                channels=["phone"],
                language="en",
                accessibility=["text_relay"],
            )
        )
        uow.commit()
    refused = decide_restriction(db, "C-1", letters_only(), at=NOW)
    assert not refused.made
    assert [c.code.value for c in refused.conflicts] == ["REASONABLE_ADJUSTMENT_CONFLICT"]
    assert rows(db, RestrictionRow) == []
    confirmed = decide_restriction(db, "C-1", letters_only(), at=NOW, adjustment_considered=True)
    assert confirmed.made and rows(db, RestrictionRow)[0].adjustment_considered


def test_lift_and_review(db):
    add_people(db)
    restriction_id = decide_restriction(db, "C-1", letters_only(), at=NOW).restriction_id
    with pytest.raises(InvalidInput):
        review_restriction(db, restriction_id, "mhughes", date(2028, 1, 1), "Still needed", at=NOW)
    review_restriction(db, restriction_id, "mhughes", date(2027, 3, 1), "Still needed", at=NOW)
    with pytest.raises(NotPermitted):
        lift_restriction(db, restriction_id, "sclarke", "Behaviour improved", at=NOW)
    lift_restriction(db, restriction_id, "mhughes", "Behaviour improved", at=NOW)
    assert record_outreach(db, Outreach("C-1", "sclarke", Channel.PHONE, at=NOW)).recorded
    assert [e.event for e in rows(db, RestrictionEvent)] == ["decided", "reviewed", "lifted"]


def test_challenge_goes_to_a_manager_who_did_not_decide(db):
    add_people(db)
    with db.unit(write=True) as uow:
        uow.session.add(
            Staff(id=uuid.uuid4(), username="boss", name="Rhian Manager", roles=["manager"])
        )
        uow.commit()
    restriction_id = decide_restriction(
        db, "C-1", letters_only(customer_notified_on="2026-12-02"), at=NOW
    ).restriction_id
    item_id = record_challenge(db, restriction_id, datetime(2026, 12, 10, 9, tzinfo=UTC), "sclarke")
    with db.unit() as uow:
        item = uow.session.get(WorkItem, item_id)
        manager = uow.session.get(Staff, item.assignee_id)
    assert item.kind == "challenge" and manager.username == "boss"
    with pytest.raises(InvalidInput, match="20 working days"):
        record_challenge(db, restriction_id, datetime(2027, 2, 1, 9, tzinfo=UTC), "sclarke")


def test_a_multi_line_reason_is_kept_for_review_and_lift(db):
    add_people(db)
    restriction_id = decide_restriction(db, "C-1", letters_only(), at=NOW).restriction_id
    review_restriction(
        db, restriction_id, "mhughes", date(2027, 3, 1), "Still needed.\nTwo calls", at=NOW
    )
    lift_restriction(db, restriction_id, "mhughes", "Improved.\nAgreed by phone", at=NOW)
    assert [e.note for e in rows(db, RestrictionEvent)][1:] == [
        "Still needed.\nTwo calls",
        "Improved.\nAgreed by phone",
    ]


def test_the_challenge_s_grounds_go_to_the_manager_and_the_audit(db):
    add_people(db)
    with db.unit(write=True) as uow:
        uow.session.add(
            Staff(id=uuid.uuid4(), username="boss", name="Rhian Manager", roles=["manager"])
        )
        uow.commit()
    restriction_id = decide_restriction(db, "C-1", letters_only(), at=NOW).restriction_id
    with pytest.raises(InvalidInput) as err:
        record_challenge(db, restriction_id, NOW, "sclarke", "   ")
    assert err.value.field == "grounds"
    item_id = record_challenge(db, restriction_id, NOW, "sclarke", "I never threatened anyone")
    with db.unit() as uow:
        item = uow.session.get(WorkItem, item_id)
    assert item.note == "The customer challenges this restriction: I never threatened anyone"
    entry = [a for a in rows(db, AuditEntry) if a.action == "restriction_challenged"][0]
    assert entry.details["grounds"] == "I never threatened anyone"


def _second_customer(db, ref="C-2", name="Huw Morgan"):
    with db.unit(write=True) as uow:
        uow.session.add(
            Customer(
                id=uuid.uuid4(),
                ref=ref,
                name=name,
                name_key=name.lower(),
                surname_key=name.split()[-1].lower(),
            )
        )
        uow.commit()


def test_reviews_due_are_those_in_force_within_two_weeks_soonest_first(db):
    add_people(db)
    _second_customer(db)
    _second_customer(db, "C-3", "Anna Bell")
    soon = decide_restriction(db, "C-1", letters_only(review_by="2026-12-15"), at=NOW)
    overdue = decide_restriction(
        db,
        "C-2",
        {**letters_only(starts_on="2026-01-01", review_by="2026-11-30")},
        at=NOW,
    )
    today = decide_restriction(db, "C-3", letters_only(review_by="2026-12-01"), at=NOW)
    decide_restriction(db, "C-3", letters_only(review_by="2026-12-16"), at=NOW)  # 15 days
    lifted = decide_restriction(db, "C-2", letters_only(review_by="2026-12-02"), at=NOW)
    lift_restriction(db, lifted.restriction_id, "mhughes", "Improved", at=NOW)
    decide_restriction(
        db,
        "C-1",
        letters_only(starts_on="2026-01-01", review_by="2026-11-01", ends_on="2026-11-30"),
        at=NOW,
    )  # ended yesterday
    due = reviews_due(db, NOW)
    assert due.today == date(2026, 12, 1)
    assert [r.id for r in due.records] == [
        overdue.restriction_id,
        today.restriction_id,
        soon.restriction_id,
    ]
    first = due.records[0]
    assert (first.customer_ref, first.customer_name, first.decided_by_name) == (
        "C-2",
        "Huw Morgan",
        "Megan Hughes",
    )
    assert first.notice_open and first.history == ()


def test_a_customer_s_restrictions_with_their_whole_history(db):
    add_people(db)
    with db.unit(write=True) as uow:
        uow.session.add(
            Staff(id=uuid.uuid4(), username="boss", name="Rhian Manager", roles=["manager"])
        )
        uow.commit()
    assert customer_restrictions(db, "C-404", NOW) is None
    first = decide_restriction(db, "C-1", letters_only(), at=NOW).restriction_id
    later = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    record_notice_sent(db, first, "mhughes", at=later)
    review_restriction(db, first, "mhughes", date(2027, 3, 1), "Still needed", at=later)
    record_challenge(db, first, later, "sclarke", "Unfair", at=later)
    visits = letters_only(kind="no_visits", reason="Damaged the office")
    del visits["channels"]
    second = decide_restriction(db, "C-1", visits, at=later)
    shown = customer_restrictions(db, "C-1", later)
    assert (shown.customer_ref, shown.customer_name, shown.today) == (
        "C-1",
        "Eleri Prys",
        date(2026, 12, 2),
    )
    assert [r.id for r in shown.records] == [second.restriction_id, first]
    record = shown.records[1]
    assert not record.notice_open and record.restriction.customer_notified_on == date(2026, 12, 2)
    assert [(h.at, h.event, h.by) for h in record.history] == [
        (NOW, "decided", "Megan Hughes"),
        (later, "challenged", ""),
        (later, "notified", "Megan Hughes"),
        (later, "reviewed", "Megan Hughes"),
    ]
    assert record.history[0].note == "Threatened a member of staff"
    assert record.history[3].note == "Still needed"
    challenge = record.history[1]
    assert challenge.heard_by == "Rhian Manager" and challenge.status == "open"
    assert challenge.note.endswith("Unfair")
    assert shown.records[0].notice_open
    lift_restriction(db, second.restriction_id, "mhughes", "Sorted", at=later)
    lifted = customer_restrictions(db, "C-1", later).records[0]
    assert lifted.lifted and lifted.lift_reason == "Sorted"
    assert lifted.history[-1].event == "lifted"


def test_a_challenge_to_a_manager_s_decision_goes_to_another_manager(db):
    add_people(db)
    with db.unit(write=True) as uow:
        for username, name in (("boss", "Rhian Manager"), ("chief", "Aled Manager")):
            uow.session.add(Staff(id=uuid.uuid4(), username=username, name=name, roles=["manager"]))
        uow.commit()
    restriction_id = decide_restriction(
        db, "C-1", letters_only(decided_by="boss"), at=NOW
    ).restriction_id
    item_id = record_challenge(db, restriction_id, NOW, "mhughes", "Unfair")
    with db.unit() as uow:
        item = uow.session.get(WorkItem, item_id)
        heard_by = uow.session.get(Staff, item.assignee_id).username
    assert heard_by == "chief"
