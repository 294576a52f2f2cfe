"""The team board: a team's members and their load, its unassigned work, and its work at risk
(team-work.md, "At risk").

`TeamBoards` keeps each team's open items between reads, each measured once for risk against
office hours (`assignment.RiskMark`), so that a change reads again only the items of the
customers it touched, and the board is judged at a new instant without the calendar. Per-member
counts are counted by the database (GROUP BY the assignee) on every read. The board holds ids:
the screen fetches display rows for a page of them at a time (`work_queue.queue_rows`), as the
work queue does.
"""

from __future__ import annotations

import bisect
import threading
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.assignment import RiskMark
from agent_desktop.store.lean import as_utc, as_uuid, raw
from agent_desktop.store.schema import Customer, Staff, StaffAbsence, Team, WorkItem
from agent_desktop.store.types import utcnow

_MIDNIGHT = time(0, 0)
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BoardMember:
    """One member of the team and what they hold (all their open items, whichever team's)."""

    username: str
    name: str
    open: int
    due_today: int
    overdue: int
    #: Of the team's items they hold, those at risk (overdue ones included).
    at_risk: int
    capacity: int
    welsh_speaker: bool
    #: Marked away on the board's office date, and who covers them (a username) if named.
    away: bool = False
    cover: str | None = None

    @property
    def over_capacity(self) -> bool:
        return self.open > self.capacity


@dataclass(frozen=True, slots=True)
class AtRisk:
    """An item at risk and its working time left (negative once overdue)."""

    id: uuid.UUID
    overdue: bool
    left: timedelta


@dataclass(frozen=True, slots=True)
class TeamBoard:
    team_id: uuid.UUID
    team: str
    at: datetime
    today: date
    members: tuple[BoardMember, ...]
    #: The team's open unassigned items, earliest due first (ties by id).
    unassigned: tuple[uuid.UUID, ...]
    #: At-risk items first overdue, then due, each earliest due first (ties by id); the first
    #: `overdue` of them are overdue, and `left` is each one's working time left.
    at_risk_ids: tuple[uuid.UUID, ...]
    overdue: int
    left: tuple[timedelta, ...]

    @property
    def at_risk(self) -> tuple[AtRisk, ...]:
        """The items at risk as values of their own: made when asked for, since a board of
        100,000 items read on every change must not leave 40,000 new objects behind each
        time for the garbage collector to walk (see `_Item`)."""
        return tuple(
            AtRisk(item_id, n < self.overdue, left)
            for n, (item_id, left) in enumerate(zip(self.at_risk_ids, self.left, strict=True))
        )


#: An open item of the team as the board keeps it between reads, a plain tuple in due order
#: (ties by id): (due_at, id, assignee id, the customer's id as the driver reads it, office
#: microseconds to its due instant, to its first instant at risk: see `RiskMark`). Each read
#: leaves behind only a few new objects (tuples of ids and of times left, not an object per
#: item at risk): 40,000 new objects a read set off a full collection of the 200,000 kept
#: every other read, 100-260 ms in which no thread runs, the window's included.
_Item = tuple[datetime, uuid.UUID, "uuid.UUID | None", object, int, int]


@dataclass
class _Kept:
    """A team's open items in due order (ties by id), measured against office hours from the
    start of `year`."""

    year: int
    items: list[_Item]


def team_board(db, team_id: uuid.UUID, at: datetime | None = None) -> TeamBoard:
    """The board of team `team_id` at instant `at` (default now), read in full."""
    return TeamBoards().board(db, team_id, at)


class TeamBoards:
    """Team boards kept between reads, so that a change costs only the rows it touches.

    `board(db, team, at)` reads a team's open items in full and keeps them; `board(db, team,
    at, refs)` reads again only the open items of customers `refs` (what a change said it
    touched) and judges the kept rest at `at` with no calendar work (see `RiskMark`). Member
    counts are counted by the database on every read: they take in other teams' items too.
    """

    #: More customers changed than this: the whole board is read again.
    MOST_REFS = 2_000

    def __init__(self):
        self._lock = threading.Lock()
        self._kept: dict[uuid.UUID, _Kept] = {}

    def board(
        self,
        db,
        team_id: uuid.UUID,
        at: datetime | None = None,
        refs: frozenset[str] | None = None,
    ) -> TeamBoard:
        at = at or utcnow()
        calendar = db.calendar
        today = calendar.local_date(at)  # an instant without an offset is bad input, named "at"
        with self._lock, db.unit() as uow:
            session = uow.session
            team = session.execute(select(Team.name).where(Team.id == team_id)).scalar()
            if team is None:
                self._kept.pop(team_id, None)
                raise InvalidInput("team", f"no team has the id {team_id}")
            members, away, counts = _members(session, team_id, at, today, calendar.tz)
            kept = self._kept.get(team_id)
            if kept is None or refs is None or len(refs) > self.MOST_REFS:
                year = today.year
                items = _open_items(session, calendar, year, WorkItem.team_id == team_id)
                # Only the board on screen is kept: a team chosen again is read in full (the
                # changes made meanwhile were told to another board), so another team's items
                # would only hold memory.
                kept = _Kept(year, items)
                self._kept = {team_id: kept}
            elif refs:
                _read_again(session, calendar, kept, team_id, refs)
        return _judged(team_id, team, at, today, members, away, counts, kept, calendar)


def _members(session, team_id, at, today, tz):
    """The team's active members by username, who of them is away (and their cover), and each
    one's open, due-today and overdue counts (all their open items, whichever team's)."""
    tomorrow = first_instant_at(tz, today + _ONE_DAY, _MIDNIGHT)
    staff = session.execute(
        select(Staff.id, Staff.username, Staff.name, Staff.capacity, Staff.welsh_speaker)
        .where(Staff.team_id == team_id, Staff.active.is_(True))
        .order_by(Staff.username)
    ).all()
    ids = [s.id for s in staff]
    counts: dict = {}
    away: dict = {}
    if not ids:
        return staff, away, counts
    open_ = and_(WorkItem.status == "open", WorkItem.assignee_id.in_(ids))
    counts = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                WorkItem.assignee_id,
                func.count(),
                func.sum(
                    case((and_(WorkItem.due_at >= at, WorkItem.due_at < tomorrow), 1), else_=0)
                ),
                func.sum(case((WorkItem.due_at < at, 1), else_=0)),
            )
            .where(open_)
            .group_by(WorkItem.assignee_id)
        )
    }
    cover = aliased(Staff)
    for staff_id, username, _from_on in session.execute(
        select(StaffAbsence.staff_id, cover.username, StaffAbsence.from_on)
        .outerjoin(cover, cover.id == StaffAbsence.cover_id)
        .where(
            StaffAbsence.staff_id.in_(ids),
            StaffAbsence.from_on <= today,
            StaffAbsence.to_on >= today,
        )
        .order_by(StaffAbsence.from_on)
    ):
        # The latest absence that has begun names the cover (earlier ones overlap it).
        away[staff_id] = username or away.get(staff_id)
    return staff, away, counts


def _open_items(session, calendar, year: int, *where) -> list[_Item]:
    """Open items matching `where`, in due order (ties by id), each measured for risk.

    Read as the driver hands the values back (`store.lean`): through the ORM's types, 100,000
    rows cost 1.5 s of a 3 s board, against 0.3 s."""
    rows = session.execute(
        select(
            raw(WorkItem.id),
            raw(WorkItem.assignee_id),
            raw(WorkItem.customer_id),
            raw(WorkItem.created_at),
            raw(WorkItem.due_at),
        )
        .where(WorkItem.status == "open", *where)
        .order_by(WorkItem.due_at, WorkItem.id)
    ).all()
    people: dict = {}  # one id object per assignee, however many items they hold
    items = []
    for item_id, assignee_id, customer, created_at, due_at in rows:
        due_at = as_utc(due_at)
        mark = RiskMark.of(as_utc(created_at), due_at, calendar, year)
        if assignee_id is not None:
            assignee_id = people.get(assignee_id) or people.setdefault(
                assignee_id, as_uuid(assignee_id)
            )
        items.append((due_at, as_uuid(item_id), assignee_id, customer, mark.due, mark.at_risk_from))
    return items


def _read_again(session, calendar, kept: _Kept, team_id, refs: frozenset[str]) -> None:
    """Replace the kept items of customers `refs` by their open items in the team now."""
    customers = set(
        session.execute(select(raw(Customer.id)).where(Customer.ref.in_(refs))).scalars()
    )
    if not customers:
        return
    fresh = _open_items(
        session,
        calendar,
        kept.year,
        WorkItem.team_id == team_id,
        # The ids as they were just read, bound as the driver takes them: no second lookup.
        raw(WorkItem.customer_id).in_(customers),
    )
    items = [i for i in kept.items if i[3] not in customers]
    for item in fresh:
        bisect.insort(items, item)  # by due instant, then id: they are the tuple's first two
    kept.items = items


def _judged(team_id, team, at, today, staff, away, counts, kept: _Kept, calendar) -> TeamBoard:
    """The board at `at` from the kept items: no database, no calendar beyond `at` itself."""
    at_micros = calendar.working_micros(at, kept.year)
    risky_by: dict[uuid.UUID, int] = {}
    overdue: list[uuid.UUID] = []
    overdue_left: list[timedelta] = []
    due: list[uuid.UUID] = []
    due_left: list[timedelta] = []
    unassigned: list[uuid.UUID] = []
    for due_at, item_id, assignee, _customer, due_micros, at_risk_from in kept.items:
        # RiskMark.judge, written out: it runs for every item kept.
        if assignee is None:
            unassigned.append(item_id)
        if due_at < at:
            overdue.append(item_id)
            overdue_left.append(timedelta(microseconds=due_micros - at_micros))
        elif at_micros >= at_risk_from:
            due.append(item_id)
            due_left.append(timedelta(microseconds=due_micros - at_micros))
        else:
            continue
        if assignee is not None:
            risky_by[assignee] = risky_by.get(assignee, 0) + 1
    members = tuple(
        BoardMember(
            username=s.username,
            name=s.name,
            open=int(counts.get(s.id, (0, 0, 0))[0] or 0),
            due_today=int(counts.get(s.id, (0, 0, 0))[1] or 0),
            overdue=int(counts.get(s.id, (0, 0, 0))[2] or 0),
            at_risk=risky_by.get(s.id, 0),
            capacity=s.capacity,
            welsh_speaker=bool(s.welsh_speaker),
            away=s.id in away,
            cover=away.get(s.id),
        )
        for s in staff
    )
    return TeamBoard(
        team_id,
        team,
        at,
        today,
        members,
        tuple(unassigned),
        tuple(overdue + due),
        len(overdue),
        tuple(overdue_left + due_left),
    )


def teams_led(db, username: str) -> list[tuple[uuid.UUID, str]]:
    """The teams whose board `username` may see, by name: every team for a manager, their own
    (and any they are the named leader of) for a team leader, none for anyone else."""
    with db.unit() as uow:
        session = uow.session
        who = session.execute(select(Staff).where(Staff.username == username)).scalar()
        if who is None or not who.active:
            return []
        roles = set(who.roles or ())
        query = select(Team.id, Team.name).order_by(Team.name)
        if "manager" not in roles:
            if "team_leader" not in roles:
                return []
            from agent_desktop.services.assignment import leads_team

            teams = session.execute(query).all()
            return [(t.id, t.name) for t in teams if leads_team(session, who, t.id)]
        return [(t.id, t.name) for t in session.execute(query)]


def check_assign(db, item_id: uuid.UUID, to: str, by: str, at: datetime | None = None):
    """What `assign` would answer (its blocks and warnings), without making the assignment:
    the same checks in a transaction that is never committed, so nothing is written."""
    from agent_desktop.services.assignment import assign_in
    from agent_desktop.services.facts import find_staff

    at = at or utcnow()
    db.calendar.local(at)
    with db.unit(write=True) as uow:  # never committed
        session = uow.session
        by_row = find_staff(session, by, "by")
        to_row = find_staff(session, to, "to")
        return assign_in(session, db.calendar, item_id, to_row, by_row, None, at)


__all__ = [
    "AtRisk",
    "BoardMember",
    "TeamBoard",
    "TeamBoards",
    "check_assign",
    "team_board",
    "teams_led",
]
