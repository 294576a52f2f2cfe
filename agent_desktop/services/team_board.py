"""The team board: a team's members and their load, its unassigned work, and its work at risk
(team-work.md, "At risk").

`team_board(db, team_id, at)` reads everything in one transaction. Per-member counts are
counted by the database (GROUP BY the assignee); only the at-risk test runs here, over the
team's open items fetched as (id, assignee, created, due) tuples, since it needs working time
per item. The board holds ids: the screen fetches display rows for a page of them at a time
(`work_queue.queue_rows`), as the work queue does.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import aliased

from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.assignment import risk
from agent_desktop.store.schema import Staff, StaffAbsence, Team, WorkItem
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
    #: At-risk items first overdue, then due, each earliest due first (ties by id).
    at_risk: tuple[AtRisk, ...]


def team_board(db, team_id: uuid.UUID, at: datetime | None = None) -> TeamBoard:
    """The board of team `team_id` at instant `at` (default now)."""
    at = at or utcnow()
    calendar = db.calendar
    today = calendar.local_date(at)  # an instant without an offset is bad input, named "at"
    tz = calendar.tz
    tomorrow = first_instant_at(tz, today + _ONE_DAY, _MIDNIGHT)
    with db.unit() as uow:
        session = uow.session
        team = session.execute(select(Team.name).where(Team.id == team_id)).scalar()
        if team is None:
            raise InvalidInput("team", f"no team has the id {team_id}")
        staff = session.execute(
            select(Staff.id, Staff.username, Staff.name, Staff.capacity, Staff.welsh_speaker)
            .where(Staff.team_id == team_id, Staff.active.is_(True))
            .order_by(Staff.username)
        ).all()
        ids = [s.id for s in staff]
        counts = {}
        if ids:
            open_ = and_(WorkItem.status == "open", WorkItem.assignee_id.in_(ids))
            counts = {
                row[0]: row[1:]
                for row in session.execute(
                    select(
                        WorkItem.assignee_id,
                        func.count(),
                        func.sum(
                            case(
                                (and_(WorkItem.due_at >= at, WorkItem.due_at < tomorrow), 1),
                                else_=0,
                            )
                        ),
                        func.sum(case((WorkItem.due_at < at, 1), else_=0)),
                    )
                    .where(open_)
                    .group_by(WorkItem.assignee_id)
                )
            }
        cover = aliased(Staff)
        away = {}
        if ids:
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
        items = session.execute(
            select(WorkItem.id, WorkItem.assignee_id, WorkItem.created_at, WorkItem.due_at)
            .where(WorkItem.team_id == team_id, WorkItem.status == "open")
            .order_by(WorkItem.due_at, WorkItem.id)
        ).all()
    risky_by: dict[uuid.UUID, int] = {}
    overdue: list[AtRisk] = []
    due: list[AtRisk] = []
    unassigned: list[uuid.UUID] = []
    for item_id, assignee_id, created_at, due_at in items:
        if assignee_id is None:
            unassigned.append(item_id)
        risky, left = risk(created_at, due_at, at, calendar)
        if not risky:
            continue
        (overdue if due_at < at else due).append(AtRisk(item_id, due_at < at, left))
        if assignee_id is not None:
            risky_by[assignee_id] = risky_by.get(assignee_id, 0) + 1
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
    return TeamBoard(team_id, team, at, today, members, tuple(unassigned), tuple(overdue + due))


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


__all__ = ["AtRisk", "BoardMember", "TeamBoard", "check_assign", "team_board", "teams_led"]
