"""The work queue: which open work items an agent sees, in due order, and their display rows."""

from __future__ import annotations

import gc
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import and_, case, exists, false, func, literal_column, or_, select, union_all
from sqlalchemy.orm import aliased

from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.parsing import name_key, prefix_upper_bound
from agent_desktop.services.database import Database
from agent_desktop.services.session import SignedIn
from agent_desktop.store.schema import (
    Case,
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
    Team,
    WorkItem,
)

_MIDNIGHT = time(0, 0)
_ONE_DAY = timedelta(days=1)


class QueueFilter(StrEnum):
    MINE = "mine"
    TEAM = "team"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"


@dataclass(frozen=True, slots=True)
class QueueRow:
    """What one line of the queue shows; names, not ids, so the UI needs nothing else."""

    id: uuid.UUID
    kind: str
    due_at: datetime
    customer_ref: str
    customer_name: str
    case_ref: str | None
    assignee: str | None
    team: str | None
    customer_language: str | None
    has_restriction: bool


@dataclass(frozen=True, slots=True)
class QueueSnapshot:
    """The ids one load found, how many of them are overdue, and the instant it judged by.

    `more`: a text filter matched more items than a search shows (`SEARCH_SHOWS`); `ids` are
    the soonest due of them. Overdue items come first in due order, so `overdue` is then exact
    unless every id shown is overdue, when it is a lower bound.
    """

    ids: list[uuid.UUID]
    overdue: int
    now: datetime
    more: bool = False


@dataclass(frozen=True)
class QueueUpdate:
    """How a shown queue changes when some customers' work changed, without reading every id.

    `removed`: every work item of those customers (whether shown or not); `placed`: those of
    them the queue now shows, as (row, id) in ascending row order of the queue after the
    change; `rows`: their display rows; `total` and `overdue`: the whole queue's counts.
    With no customers, only the counts (the clock moved on).
    """

    removed: frozenset[uuid.UUID]
    placed: list[tuple[int, uuid.UUID]]
    rows: dict[uuid.UUID, QueueRow]
    total: int
    overdue: int
    now: datetime


def _bytewise(column, dialect: str):
    # A prefix range is exact only in byte order. Name keys are declared with the "C" collation;
    # references use the database default, which on a server set up with a language collation
    # sorts "AB-Z" before "AB." and would drop it from the range for "AB-".
    return column.collate("C") if dialect == "postgresql" else column


def _prefix(column, prefix: str):
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def _text_terms(text: str, dialect: str):
    """(what a matching customer meets, what a matching case meets): a customer reference (as
    typed or in capitals) or name/surname key prefix, a case reference prefix."""
    refs = sorted({text, text.upper()})
    customer_terms = [_prefix(_bytewise(Customer.ref, dialect), ref) for ref in refs]
    key = name_key(text)
    if key:
        customer_terms += [_prefix(Customer.name_key, key), _prefix(Customer.surname_key, key)]
    case_match = or_(*(_prefix(_bytewise(Case.ref, dialect), ref) for ref in refs))
    return or_(*customer_terms), case_match


def _text_condition(text: str, dialect: str):
    """The items of matching customers and of matching cases, found from those customers."""
    customer_match, case_match = _text_terms(text, dialect)
    customers = select(Customer.id).where(customer_match)
    case_ids = select(Case.id).where(case_match)
    case_customers = select(Case.customer_id).where(case_match)
    if dialect == "sqlite":
        # SQLite runs a subquery that is named twice twice. The first letters of a name or a
        # reference match tens of thousands of customers or cases in a replica, and finding
        # them again cost as much as the rest of the query: read once, into MATERIALIZED CTEs.
        matching = customers.cte("text_customers").prefix_with("MATERIALIZED")
        found = select(Case.id, Case.customer_id).where(case_match)
        found = found.cte("text_cases").prefix_with("MATERIALIZED")
        customers = select(matching.c.id)
        case_ids = select(found.c.id)
        case_customers = select(found.c.customer_id)
    # The first test names every customer who could match, so both databases walk
    # ix_work_items_customer_id from a handful of customers (an OR of two IN tests at the top
    # would scan the whole queue); the second keeps, of a case match, only that case's items.
    return and_(
        WorkItem.customer_id.in_(union_all(customers, case_customers)),
        or_(WorkItem.customer_id.in_(customers), WorkItem.case_id.in_(case_ids)),
    )


def _text_tested(text: str, dialect: str):
    """The same match as `_text_condition`, tested item by item as the queue is read in due
    order: the way to find the first matches of a text that matches a large part of it."""
    customer_match, case_match = _text_terms(text, dialect)
    return or_(
        exists().where(Customer.id == WorkItem.customer_id, customer_match),
        exists().where(Case.id == WorkItem.case_id, case_match),
    )


#: How many items a text filter shows at most, soonest due first. A search is for finding a
#: customer or a case: past this many matches the agent types more (the count says so).
SEARCH_SHOWS = 200

#: Past this many matching customers and cases, a search reads the queue in due order and tests
#: each item, stopping at the matches it shows; below it, it starts from the matches.
_MANY_MATCHES = 5000


def _matches_many(session, text: str, dialect: str) -> bool:
    """Whether `text` matches at least `_MANY_MATCHES` customers and cases, counted no further.

    Starting from the matches costs about 5 us per matching item on a replica and reading in
    due order about 2 us per item read (a million customers' replica, 111,000 items in view):
    a first letter or "CASE-" matches most of the queue, so its first 200 matches are among its
    first few hundred items, and a surname a few dozen items found at once from its customers.
    """
    customer_match, case_match = _text_terms(text, dialect)
    customers = select(Customer.id).where(customer_match).limit(_MANY_MATCHES).subquery()
    cases = select(Case.id).where(case_match).limit(_MANY_MATCHES).subquery()
    found = union_all(select(customers.c.id), select(cases.c.id)).subquery()
    bounded = select(found.c.id).limit(_MANY_MATCHES).subquery()
    return session.execute(select(func.count()).select_from(bounded)).scalar_one() >= (
        _MANY_MATCHES
    )


def _conditions(
    db: Database, user: SignedIn, filters: frozenset[QueueFilter], text: str, now: datetime
) -> list:
    where = [WorkItem.status == _OPEN]
    owners = []
    if QueueFilter.MINE in filters:
        owners.append(WorkItem.assignee_id == user.id)
    if QueueFilter.TEAM in filters and user.team_id is not None:
        owners.append(WorkItem.team_id == user.team_id)
    if QueueFilter.MINE in filters or QueueFilter.TEAM in filters:
        where.append(or_(*owners) if owners else false())
    overdue, today = QueueFilter.OVERDUE in filters, QueueFilter.DUE_TODAY in filters
    if overdue or today:
        tz = db.calendar.tz
        day = db.calendar.local_date(now)
        tomorrow = first_instant_at(tz, day + _ONE_DAY, _MIDNIGHT)
        if overdue and today:
            # Overdue or due today is everything before tomorrow: now is always before it.
            where.append(WorkItem.due_at < tomorrow)
        elif overdue:
            where.append(WorkItem.due_at < now)
        else:
            where.append(WorkItem.due_at >= first_instant_at(tz, day, _MIDNIGHT))
            where.append(WorkItem.due_at < tomorrow)
    text = (text or "").strip()
    if text:
        where.append(_text_condition(text, db.engine.dialect.name))
    return where


def _instant(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


_pause_lock = threading.Lock()
_pausers = 0
_resume_collector = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a long list of ids is built.

    Making 100,000 UUIDs sets off full collections that walk every object the application
    holds (the model's own 100,000 ids among them), though none of the new ones is garbage:
    that was 40% of a 100,000-id load. Reference counting still frees everything; pauses
    from several threads nest, and the last one out restores the collector as it found it.
    """
    global _pausers, _resume_collector
    with _pause_lock:
        if _pausers == 0:
            _resume_collector = gc.isenabled()
            gc.disable()
        _pausers += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pausers -= 1
            if _pausers == 0 and _resume_collector:
                gc.enable()


def _ids(session, where: list) -> list[uuid.UUID]:
    stmt = select(WorkItem.id).where(*where).order_by(WorkItem.due_at, WorkItem.id)
    with _collector_paused():
        return list(session.execute(stmt).scalars())


def queue_ids(
    db: Database,
    user: SignedIn,
    filters: frozenset[QueueFilter],
    text: str = "",
    now: datetime | None = None,
) -> list[uuid.UUID]:
    """Ids of the open work items `user` asked to see, soonest due first (then by id)."""
    now = _instant(now)
    where = _conditions(db, user, frozenset(filters), text, now)
    with db.unit() as uow:
        return _ids(uow.session, where)


def queue_snapshot(
    db: Database,
    user: SignedIn,
    filters: frozenset[QueueFilter],
    text: str = "",
    now: datetime | None = None,
) -> QueueSnapshot:
    """`queue_ids` and how many of those items are overdue, read in one transaction."""
    now = _instant(now)
    text = (text or "").strip()
    where = _conditions(db, user, frozenset(filters), "", now)
    dialect = db.engine.dialect.name
    with db.unit() as uow, _collector_paused():
        session = uow.session
        many = bool(text) and _matches_many(session, text, dialect)
        if text:
            where.append(_text_tested(text, dialect) if many else _text_condition(text, dialect))
        # Each row says whether it is overdue: counting them again walked the whole queue a
        # second time (280 ms against 195 ms for a million customers' unfiltered 111,000
        # items, where SQLite reads both from ix_work_items_open_queue).
        due_at, key = WorkItem.due_at, WorkItem.id
        if text and not many and dialect == "sqlite":
            # Found first, then ordered: with a limit, SQLite would otherwise read the whole
            # queue in due order to find a surname's few items.
            found = select(key, due_at).where(*where).cte("text_items")
            found = found.prefix_with("MATERIALIZED")
            due_at, key, where = found.c.due_at, found.c.id, []
        stmt = select(key, due_at < now).where(*where).order_by(due_at, key)
        if text:
            stmt = stmt.limit(SEARCH_SHOWS + 1)
        rows = session.execute(stmt).all()
        more = len(rows) > SEARCH_SHOWS if text else False
        ids = [row[0] for row in rows[:SEARCH_SHOWS]] if more else [row[0] for row in rows]
    overdue = sum(1 for row in rows[: len(ids)] if row[1])
    return QueueSnapshot(ids, overdue, now, more)


# Rows placed by one counting pass (each is a column of the query).
_PLACES_PER_PASS = 50


def _how_many(condition):
    """How many rows of a count meet `condition`, as a column beside the count."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


# Written into the SQL, not bound: SQLite reads ix_work_items_open_queue (WHERE status = 'open')
# without visiting each row only when it can see that the query asks for exactly that.
_OPEN = literal_column("'open'")


def _counted(db: Database, where: list, text: str):
    """What the queue's counts count over: (the rows, their due_at, their id).

    On SQLite without a text filter, the queue is read in due order: only then does SQLite
    count from ix_work_items_open_queue alone (25 ms for 111,000 items, against 130-215 ms
    through ix_work_items_status_due and a table lookup per item). A text filter starts from
    the matching customers instead.
    """
    rows = select(WorkItem.due_at, WorkItem.id).where(*where)
    if not text and db.engine.dialect.name == "sqlite":
        # The limit keeps SQLite from folding the ordered read into the count.
        rows = rows.order_by(WorkItem.due_at, WorkItem.id).limit(-1)
    queue = rows.subquery()
    return queue, queue.c.due_at, queue.c.id


def queue_update(
    db: Database,
    user: SignedIn,
    filters: frozenset[QueueFilter],
    text: str,
    refs: frozenset[str],
    now: datetime | None = None,
) -> QueueUpdate:
    """What `queue_snapshot` would show differently for the customers `refs`, and the counts.

    A row's place is how many shown items come before it in (due, id) order: a count over the
    queue's index, not a list of its ids.
    """
    now = _instant(now)
    filters = frozenset(filters)
    where = _conditions(db, user, filters, text, now)
    removed: frozenset[uuid.UUID] = frozenset()
    placed: list[tuple[int, uuid.UUID]] = []
    with db.unit() as uow:
        session = uow.session
        if refs:
            theirs = select(Customer.id).where(Customer.ref.in_(sorted(refs)))
            removed = frozenset(
                session.execute(
                    select(WorkItem.id).where(WorkItem.customer_id.in_(theirs))
                ).scalars()
            )
            shown = session.execute(
                select(WorkItem.id, WorkItem.due_at)
                .where(*where, WorkItem.customer_id.in_(theirs))
                .order_by(WorkItem.due_at, WorkItem.id)
            ).all()
        else:
            shown = []
        # The counts and every shown row's place in one pass over the queue, not one each: at a
        # million customers a pass over an agent's 111,000 items is about 100 ms. (Under the
        # overdue filter alone every row is overdue, and the sum says so.)
        queue, due, key = _counted(db, where, text)
        for start in range(0, max(len(shown), 1), _PLACES_PER_PASS):
            part = shown[start : start + _PLACES_PER_PASS]
            places = [
                _how_many(or_(due < due_at, and_(due == due_at, key < item_id)))
                for item_id, due_at in part
            ]
            total, overdue, *found = session.execute(
                select(func.count(), _how_many(due < now), *places).select_from(queue)
            ).one()
            placed += [(row, item_id) for row, (item_id, _due) in zip(found, part, strict=True)]
    rows = queue_rows(db, [item_id for _row, item_id in placed], now) if placed else {}
    return QueueUpdate(removed, placed, rows, total, overdue, now)


def queue_rows(
    db: Database, ids: list[uuid.UUID], now: datetime | None = None
) -> dict[uuid.UUID, QueueRow]:
    """Display rows for a page of ids, in one query; ids no longer in the database are absent."""
    if not ids:
        return {}
    today = db.calendar.local_date(_instant(now))
    assignee = aliased(Staff)
    restricted = (
        exists()
        .where(
            RestrictionRow.customer_id == WorkItem.customer_id,
            RestrictionRow.lifted_at.is_(None),
            RestrictionRow.starts_on <= today,
            or_(RestrictionRow.ends_on.is_(None), RestrictionRow.ends_on >= today),
        )
        .label("has_restriction")
    )
    stmt = (
        select(
            WorkItem.id,
            WorkItem.kind,
            WorkItem.due_at,
            Customer.ref,
            Customer.name,
            Case.ref,
            assignee.name,
            Team.name,
            ContactPreferenceRow.language,
            restricted,
        )
        .join(Customer, Customer.id == WorkItem.customer_id)
        .outerjoin(Case, Case.id == WorkItem.case_id)
        .outerjoin(assignee, assignee.id == WorkItem.assignee_id)
        .outerjoin(Team, Team.id == WorkItem.team_id)
        .outerjoin(ContactPreferenceRow, ContactPreferenceRow.customer_id == WorkItem.customer_id)
        .where(WorkItem.id.in_(list(ids)))
    )
    with db.unit() as uow:
        rows = uow.session.execute(stmt).all()
    return {
        row[0]: QueueRow(
            row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], bool(row[9])
        )
        for row in rows
    }
