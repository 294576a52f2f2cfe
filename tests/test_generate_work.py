"""Work that makes itself (team-work.md): what generate_work owes, when it is due, and to whom."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from agent_desktop.cli import main
from agent_desktop.domain.values import Channel
from agent_desktop.services.generate_work import generate_work
from agent_desktop.services.outreach import Outreach, record_outreach
from agent_desktop.services.work import cancel_work_item, finish_work_item
from agent_desktop.store.schema import (
    AuditEntry,
    Case,
    ContactEvent,
    Customer,
    RestrictionRow,
    Staff,
    WorkItem,
)
from tests.test_outreach import add_people

MON_22_DEC = datetime(2025, 12, 22, 10, 0, tzinfo=UTC)
NONE_MADE = {"progress_update": 0, "delay_notice": 0, "restriction_review": 0}


def close(day: date) -> datetime:  # 17:00 in London is 17:00 UTC in winter
    return datetime(day.year, day.month, day.day, 17, 0, tzinfo=UTC)


def setup(db, *, every=None, opened_on=date(2025, 12, 1), target_on=None, restriction=None):
    add_people(db, prefs={"channels": ["email", "phone"], "update_every_days": every})
    with db.unit(write=True) as uow:
        s = uow.session
        customer = s.execute(select(Customer)).scalar_one()
        owner = s.execute(select(Staff).where(Staff.username == "dowen")).scalar_one()
        case = Case(
            id=uuid.uuid4(),
            ref="CASE-1",
            customer_id=customer.id,
            subject="Repairs",
            stage="assessment",
            owner_id=owner.id,
            team_id=owner.team_id,
            opened_on=opened_on,
            target_on=target_on,
        )
        s.add(case)
        if restriction is not None:
            leader = s.execute(select(Staff).where(Staff.username == "mhughes")).scalar_one()
            s.add(
                RestrictionRow(
                    id=uuid.uuid4(),
                    customer_id=customer.id,
                    category="unreasonably_persistent",
                    reason="Daily calls",
                    decided_by_id=leader.id,
                    starts_on=date(2025, 7, 1),
                    **restriction,
                )
            )
        uow.commit()
        return case.id


def items(db, kind=None) -> list[WorkItem]:
    with db.unit() as uow:
        query = select(WorkItem).order_by(WorkItem.created_at, WorkItem.due_at)
        if kind:
            query = query.where(WorkItem.kind == kind)
        return list(uow.session.execute(query).scalars())


def username(db, staff_id) -> str | None:
    with db.unit() as uow:
        row = uow.session.get(Staff, staff_id) if staff_id else None
        return row.username if row else None


def test_a_progress_update_falls_due_n_days_after_opening_on_a_working_day(db):
    # Opened Friday 19 December; 7 days on is Boxing Day, and Christmas Day is a holiday too:
    # due at the close of Wednesday 24 December, for the case owner in the case's team.
    setup(db, every=7, opened_on=date(2025, 12, 19))
    assert generate_work(db, MON_22_DEC) == {**NONE_MADE, "progress_update": 1}
    (item,) = items(db)
    assert item.due_at == close(date(2025, 12, 24))
    assert username(db, item.assignee_id) == "dowen" and item.team_id is not None
    # Idempotent: again, and at a later instant, nothing more.
    assert generate_work(db, MON_22_DEC) == NONE_MADE
    assert generate_work(db, datetime(2026, 1, 20, tzinfo=UTC)) == NONE_MADE


def test_a_progress_update_counts_from_the_last_outbound_contact(db):
    setup(db, every=7)
    with db.unit(write=True) as uow:
        customer = uow.session.execute(select(Customer)).scalar_one()
        for at, direction in (
            (datetime(2025, 12, 5, 10, tzinfo=UTC), "outbound"),  # Friday: day 7 is a Friday
            (datetime(2025, 12, 9, 10, tzinfo=UTC), "inbound"),  # inbound does not count
        ):
            uow.session.add(
                ContactEvent(customer_id=customer.id, channel="phone", direction=direction, at=at)
            )
        uow.commit()
    generate_work(db, MON_22_DEC)
    assert [i.due_at for i in items(db)] == [close(date(2025, 12, 12))]


def test_no_preference_or_a_closed_case_owes_no_update(db):
    case_id = setup(db, every=None)
    assert generate_work(db, MON_22_DEC) == NONE_MADE
    with db.unit(write=True) as uow:
        case = uow.session.get(Case, case_id)
        case.stage, case.closed_on = "closed", date(2025, 12, 2)
        uow.commit()
    assert generate_work(db, MON_22_DEC) == NONE_MADE


def test_an_outbound_contact_closes_the_update_and_the_next_round_counts_from_it(db):
    setup(db, every=7)
    generate_work(db, MON_22_DEC)
    at = datetime(2025, 12, 23, 11, 0, tzinfo=UTC)
    assert record_outreach(db, Outreach("C-1", "sclarke", Channel.EMAIL, at=at)).recorded
    (done,) = items(db)
    assert (done.status, done.closed_at) == ("done", at)
    assert generate_work(db, at) == {**NONE_MADE, "progress_update": 1}
    # 23 December + 7 = Tuesday 30 December.
    assert items(db)[-1].due_at == close(date(2025, 12, 30)) and items(db)[-1].status == "open"


def test_an_update_done_without_a_contact_is_not_made_again(db):
    setup(db, every=7)
    generate_work(db, MON_22_DEC)
    finish_work_item(db, items(db)[0].id, "dowen", MON_22_DEC)
    assert generate_work(db, datetime(2026, 1, 5, 10, tzinfo=UTC)) == NONE_MADE


def test_a_delay_notice_within_five_working_days_of_the_target(db):
    case_id = setup(db, target_on=date(2025, 12, 29))
    # Monday 15 December: the 5th working day after is Monday 22nd; not owed yet.
    assert generate_work(db, datetime(2025, 12, 15, 10, tzinfo=UTC)) == NONE_MADE
    # Monday 22nd: five working days (23, 24, 29, 30, 31) reach past the 29th.
    assert generate_work(db, MON_22_DEC) == {**NONE_MADE, "delay_notice": 1}
    (item,) = items(db)
    # The last working day strictly before Monday 29th, over Christmas, is Wednesday 24th.
    assert item.due_at == close(date(2025, 12, 24))
    assert item.note == "target_on=2025-12-29" and username(db, item.assignee_id) == "dowen"
    finish_work_item(db, item.id, "dowen", MON_22_DEC)  # done still counts as existing
    assert generate_work(db, datetime(2025, 12, 23, 10, tzinfo=UTC)) == NONE_MADE
    with db.unit(write=True) as uow:
        uow.session.get(Case, case_id).target_on = date(2025, 12, 10)  # moved, and past
        uow.commit()
    assert generate_work(db, MON_22_DEC) == {**NONE_MADE, "delay_notice": 1}
    # A past target: due at the close of today's office date.
    (moved,) = [i for i in items(db, "delay_notice") if i.note == "target_on=2025-12-10"]
    assert moved.due_at == close(date(2025, 12, 22))


def test_a_restriction_review_goes_to_the_decider_by_the_working_day_before(db):
    setup(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]},
                           "review_by": date(2026, 1, 3)})  # fmt: skip
    assert generate_work(db, datetime(2025, 12, 8, 10, tzinfo=UTC)) == NONE_MADE
    assert generate_work(db, MON_22_DEC) == {**NONE_MADE, "restriction_review": 1}
    (item,) = items(db)
    assert item.due_at == close(date(2026, 1, 2))  # Saturday 3rd: Friday 2nd
    assert username(db, item.assignee_id) == "mhughes" and item.note == "review_by=2026-01-03"
    assert item.restriction_id is not None
    assert generate_work(db, datetime(2026, 1, 5, 10, tzinfo=UTC)) == NONE_MADE


def test_a_lifted_restriction_owes_no_review(db):
    setup(db, restriction={"kind": "channel_only", "terms": {"channels": ["letter"]},
                           "review_by": date(2026, 1, 3), "lifted_at": MON_22_DEC})  # fmt: skip
    assert generate_work(db, datetime(2025, 12, 23, 10, tzinfo=UTC)) == NONE_MADE


def test_a_single_point_of_contact_takes_the_work_or_the_deputy_when_inactive(db):
    terms = {"staff": "sclarke", "deputy": "mhughes"}
    setup(
        db,
        every=7,
        target_on=date(2025, 12, 29),
        restriction={"kind": "single_point_of_contact", "terms": terms,
                     "review_by": date(2026, 6, 1)},
    )  # fmt: skip
    generate_work(db, MON_22_DEC)
    assert {username(db, i.assignee_id) for i in items(db)} == {"sclarke"}
    with db.unit(write=True) as uow:
        uow.session.execute(
            select(Staff).where(Staff.username == "sclarke")
        ).scalar_one().active = False
        uow.session.get(Case, items(db)[0].case_id).target_on = date(2025, 12, 30)
        uow.commit()
    generate_work(db, MON_22_DEC)
    (moved,) = [i for i in items(db, "delay_notice") if i.note == "target_on=2025-12-30"]
    assert username(db, moved.assignee_id) == "mhughes"


def test_cancel_keeps_the_reason_and_is_audited(db):
    setup(db, every=7)
    generate_work(db, MON_22_DEC)
    item = items(db)[0]
    assert cancel_work_item(db, item.id, "dowen", "  Case moved to another office ").changed
    (item,) = items(db)
    assert item.status == "cancelled" and item.note == "cancelled: Case moved to another office"
    with db.unit() as uow:
        entry = uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == "work_cancelled")
        ).scalar_one()
    assert entry.actor == "dowen" and entry.details["reason"] == "Case moved to another office"


def run(capsys, *argv) -> tuple[int, dict | None, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def test_the_command_line(db, db_url, capsys):
    setup(db, every=7)
    code, out, _ = run(
        capsys, "work", "generate", "--database", db_url, "--at", "2025-12-22T10:00:00+00:00"
    )
    assert code == 0 and out == {"created": {**NONE_MADE, "progress_update": 1}}
    item = str(items(db)[0].id)
    base = ("--database", db_url, "--item")
    code, _, err = run(capsys, "work", "done", *base, "nonsense", "--by", "dowen")
    assert code == 2 and "--item" in err
    code, _, err = run(capsys, "work", "done", *base, item, "--by", "nobody")
    assert code == 2 and "--by" in err
    code, _, err = run(capsys, "work", "cancel", *base, item, "--by", "dowen", "--reason", " ")
    assert code == 2 and "--reason" in err
    code, out, _ = run(capsys, "work", "done", *base, item, "--by", "dowen")
    assert code == 0 and out["status"] == "done" and out["changed"]
    code, _, _ = run(capsys, "work", "cancel", *base, item, "--by", "dowen", "--reason", "x")
    assert code == 1
    assert items(db)[0].status == "done"
