"""Work that makes itself (team-work.md): progress updates, delay notices, restriction reviews.

`generate_work(db, at)` creates, in one transaction, every item owed at `at` and missing.
Each kind is found by one set-based query (what is owed and has no item yet); only the rows
it returns are read into Python, where the office calendar sets their due instants.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import and_, exists, func, insert, literal, or_, select, type_coerce
from sqlalchemy.orm import aliased

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.values import Direction, WorkItemKind
from agent_desktop.services.database import Database
from agent_desktop.services.routing import single_point_assignee
from agent_desktop.services.work import OPEN, new_work_item
from agent_desktop.store.schema import (
    Case,
    ContactEvent,
    ContactPreferenceRow,
    RestrictionRow,
    Staff,
    WorkItem,
)
from agent_desktop.store.types import utcnow

KINDS = (
    WorkItemKind.PROGRESS_UPDATE,
    WorkItemKind.DELAY_NOTICE,
    WorkItemKind.RESTRICTION_REVIEW,
)
#: How far ahead, in working days after the office date of `at`, a target or review is owed.
DELAY_NOTICE_DAYS = 5
REVIEW_DAYS = 10

_ONE_DAY = timedelta(days=1)


def last_working_day_on_or_before(calendar: OfficeCalendar, day: date) -> date:
    while not calendar.is_working_day(day):
        day -= _ONE_DAY
    return day


def target_note(target_on: date) -> str:
    return f"target_on={target_on.isoformat()}"


def review_note(review_by: date) -> str:
    return f"review_by={review_by.isoformat()}"


def _note_of(column, prefix: str, dialect: str):
    """`prefix=YYYY-MM-DD` of a date column, in SQL (SQLite keeps dates as that text)."""
    if dialect == "postgresql":
        day = func.to_char(column, "YYYY-MM-DD")
    else:
        day = type_coerce(column, Case.ref.type)
    return literal(prefix + "=") + day


def _open_case():
    return and_(Case.closed_on.is_(None), Case.stage != "closed")


def generate_work(db: Database, at: datetime | None = None) -> dict[str, int]:
    """Create every item owed at `at` (now) and missing; how many of each kind were made.

    Idempotent: a second run, at the same or a later instant, creates nothing for an
    obligation whose item exists, open, done or cancelled.
    """
    at = at or utcnow()
    calendar = db.calendar
    calendar.local(at)  # a naive instant is bad input naming `at`
    with db.unit(write=True) as uow:
        created = generate_work_in(uow.session, calendar, at)
        uow.commit()
    return created


def generate_work_in(session, calendar: OfficeCalendar, at: datetime) -> dict[str, int]:
    """`generate_work` in the caller's transaction (the benchmark rolls it back)."""
    dialect = session.get_bind().dialect.name
    today = calendar.local_date(at)
    items = (
        _progress_updates(session, calendar)
        + _delay_notices(session, calendar, today, dialect)
        + _restriction_reviews(session, calendar, today, dialect)
    )
    _route(session, calendar, today, items)
    if items:
        table = WorkItem.__table__
        session.execute(
            insert(table),
            [
                {
                    "id": i.id,
                    "kind": i.kind,
                    "customer_id": i.customer_id,
                    "case_id": i.case_id,
                    "due_at": i.due_at,
                    "team_id": i.team_id,
                    "assignee_id": i.assignee_id,
                    "status": OPEN.value,
                    "note": i.note,
                    "source_contact_id": None,
                    "restriction_id": i.restriction_id,
                    "created_at": at,
                    "closed_at": None,
                }
                for i in items
            ],
        )
    counts = {kind.value: 0 for kind in KINDS}
    for item in items:
        counts[item.kind] += 1
    return counts


def _progress_updates(session, calendar: OfficeCalendar) -> list:
    """An open case whose customer asked for updates every N days and has no item for this
    round: none open, and none closed after the customer's last outbound contact (or at all,
    when there is none). A contact closes the round's item at its own instant, so the next
    round is owed; an item done or cancelled by hand closes the round without a contact, and
    it is not made again until the next outbound contact."""
    last_out = (
        select(func.max(ContactEvent.at))
        .where(
            ContactEvent.customer_id == Case.customer_id,
            ContactEvent.direction == Direction.OUTBOUND.value,
        )
        .correlate(Case)
        .scalar_subquery()
    )
    cases = (
        select(
            Case.id,
            Case.customer_id,
            Case.owner_id,
            Case.team_id,
            Case.opened_on,
            ContactPreferenceRow.update_every_days,
        )
        .join(ContactPreferenceRow, ContactPreferenceRow.customer_id == Case.customer_id)
        .where(_open_case(), ContactPreferenceRow.update_every_days > 0)
        .subquery("owed")
    )
    item = aliased(WorkItem)
    query = (
        select(cases, last_out.label("last_out"))
        .select_from(cases)
        .join(Case, Case.id == cases.c.id)
        .subquery("with_last")
    )
    query = select(query).where(
        ~exists().where(
            item.customer_id == query.c.customer_id,  # the one index work items have to hand
            item.case_id == query.c.id,
            item.kind == WorkItemKind.PROGRESS_UPDATE.value,
            or_(
                item.status == OPEN.value,
                query.c.last_out.is_(None),
                item.closed_at > query.c.last_out,
            ),
        )
    )
    made = []
    for case_id, customer_id, owner_id, team_id, opened_on, every, last in session.execute(query):
        start = calendar.local_date(last) if last is not None else opened_on
        day = last_working_day_on_or_before(calendar, start + timedelta(days=every))
        made.append(
            new_work_item(
                WorkItemKind.PROGRESS_UPDATE,
                customer_id,
                calendar.close_of(day),
                team_id=team_id,
                assignee_id=owner_id,
                case_id=case_id,
            )
        )
    return made


def _delay_notices(session, calendar: OfficeCalendar, today: date, dialect: str) -> list:
    horizon = calendar.nth_working_day_after(today, DELAY_NOTICE_DAYS)
    item = aliased(WorkItem)
    query = select(Case.id, Case.customer_id, Case.owner_id, Case.team_id, Case.target_on).where(
        _open_case(),
        Case.target_on.is_not(None),
        Case.target_on <= horizon,
        ~exists().where(
            item.customer_id == Case.customer_id,
            item.case_id == Case.id,
            item.kind == WorkItemKind.DELAY_NOTICE.value,
            item.note == _note_of(Case.target_on, "target_on", dialect),
        ),
    )
    made = []
    for case_id, customer_id, owner_id, team_id, target_on in session.execute(query):
        day = max(last_working_day_on_or_before(calendar, target_on - _ONE_DAY), today)
        made.append(
            new_work_item(
                WorkItemKind.DELAY_NOTICE,
                customer_id,
                calendar.close_of(day),
                team_id=team_id,
                assignee_id=owner_id,
                case_id=case_id,
                note=target_note(target_on),
            )
        )
    return made


def _restriction_reviews(session, calendar: OfficeCalendar, today: date, dialect: str) -> list:
    horizon = calendar.nth_working_day_after(today, REVIEW_DAYS)
    item = aliased(WorkItem)
    r = RestrictionRow
    query = (
        select(r.id, r.customer_id, r.decided_by_id, Staff.team_id, r.review_by)
        .join(Staff, Staff.id == r.decided_by_id)
        .where(
            r.lifted_at.is_(None),
            r.starts_on <= today,
            or_(r.ends_on.is_(None), r.ends_on >= today),
            r.review_by <= horizon,
            ~exists().where(
                item.customer_id == r.customer_id,
                item.restriction_id == r.id,
                item.kind == WorkItemKind.RESTRICTION_REVIEW.value,
                item.note == _note_of(r.review_by, "review_by", dialect),
            ),
        )
    )
    made = []
    for restriction_id, customer_id, decider_id, team_id, review_by in session.execute(query):
        made.append(
            new_work_item(
                WorkItemKind.RESTRICTION_REVIEW,
                customer_id,
                calendar.close_of(last_working_day_on_or_before(calendar, review_by)),
                team_id=team_id,
                assignee_id=decider_id,
                restriction_id=restriction_id,
                note=review_note(review_by),
            )
        )
    return made


def _route(session, calendar: OfficeCalendar, today: date, items: list) -> None:
    """A customer with a single point of contact in force has their new work go to the named
    person (or the deputy when the named one is inactive or away), never anyone else; when
    neither can take it, the item is left unassigned in its team."""
    if not items:
        return
    customers = {i.customer_id for i in items}
    with_single_point = set(
        session.execute(
            select(RestrictionRow.customer_id)
            .where(RestrictionRow.kind == RestrictionKind.SINGLE_POINT_OF_CONTACT.value)
            .distinct()
        ).scalars()
    )
    routed = {}
    for customer_id in customers & with_single_point:
        point = single_point_assignee(session, customer_id, today, calendar)
        if point.required:
            routed[customer_id] = point.assignee
    for item in items:
        if item.customer_id in routed:
            item.assignee_id = routed[item.customer_id]
