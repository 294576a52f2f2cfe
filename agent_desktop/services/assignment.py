"""Assigning work, absence and cover, balancing a team's work, and work at risk (team-work.md).

`assign` answers like the contact decision: `assigned`, and `blocks` and `warnings` as
`{code, message}`. A blocked assignment changes nothing but is audited; every assignment is
audited with who, the item, from whom, to whom and the reason given. The item's row is locked
(PostgreSQL) or the database's write lock held (SQLite) from the check to the write, so two
people assigning one item at once are served one after the other, each seeing the other's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from agent_desktop.domain.values import Finding, InvalidInput, quoted
from agent_desktop.services.audit import audit
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.facts import find_staff
from agent_desktop.services.routing import away_on, is_away, single_point_assignee
from agent_desktop.store.schema import (
    ContactPreferenceRow,
    Customer,
    Staff,
    StaffAbsence,
    Team,
    WorkItem,
)
from agent_desktop.store.types import utcnow

#: How much of the working time an item was given may pass before it is at risk.
AT_RISK_SHARE = 0.75

# Block and warning codes (team-work.md, "Assigning work").
NOT_PERMITTED = "NOT_PERMITTED"
ASSIGNEE_INACTIVE = "ASSIGNEE_INACTIVE"
ASSIGNEE_AWAY = "ASSIGNEE_AWAY"
SINGLE_POINT_OF_CONTACT = "SINGLE_POINT_OF_CONTACT"
ITEM_CLOSED = "ITEM_CLOSED"
WELSH_PREFERRED = "WELSH_PREFERRED"
OVER_CAPACITY = "OVER_CAPACITY"
#: Why balancing left an item unassigned, besides a block of `assign`.
NO_ELIGIBLE_STAFF = "NO_ELIGIBLE_STAFF"


@dataclass(frozen=True)
class Assignment:
    item: uuid.UUID
    assigned: bool
    blocks: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()

    def to_json(self) -> dict:
        return {
            "assigned": self.assigned,
            "blocks": [b.to_json() for b in self.blocks],
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class CoverResult:
    moved: tuple[uuid.UUID, ...] = ()
    kept: tuple[tuple[uuid.UUID, tuple[Finding, ...]], ...] = ()

    def to_json(self) -> dict:
        return {
            "moved": [str(i) for i in self.moved],
            "kept": [
                {"item": str(i), "blocks": [b.to_json() for b in blocks]} for i, blocks in self.kept
            ],
        }


@dataclass(frozen=True)
class AwayResult:
    absence: uuid.UUID
    cover: CoverResult | None = None

    def to_json(self) -> dict:
        out: dict = {"absence": str(self.absence)}
        if self.cover is not None:
            out |= self.cover.to_json()
        return out


@dataclass(frozen=True)
class BalanceResult:
    assigned: tuple[tuple[uuid.UUID, str], ...] = ()
    unassigned: tuple[tuple[uuid.UUID, str], ...] = ()
    dry_run: bool = False

    def to_json(self) -> dict:
        return {
            "assigned": [{"item": str(i), "to": to} for i, to in self.assigned],
            "unassigned": [{"item": str(i), "reason": r} for i, r in self.unassigned],
            "dry_run": self.dry_run,
        }


# --- who may assign ------------------------------------------------------------------------


def leads_team(session: Session, who: Staff, team_id: uuid.UUID | None) -> bool:
    """A team leader of `team_id`: a team leader in that team, or the team's named leader."""
    if team_id is None or "team_leader" not in (who.roles or ()):
        return False
    if who.team_id == team_id:
        return True
    return session.get(Team, team_id).leader_id == who.id


def _may_assign(session: Session, by: Staff, item: WorkItem, to: Staff) -> bool:
    if not by.active:
        return False
    if "manager" in (by.roles or ()) or leads_team(session, by, item.team_id):
        return True
    # An agent may take an unassigned item of their own team for themselves.
    return (
        item.assignee_id is None
        and to.id == by.id
        and item.team_id is not None
        and item.team_id == by.team_id
    )


def open_count(session: Session, staff_id: uuid.UUID) -> int:
    return session.execute(
        select(func.count())
        .select_from(WorkItem)
        .where(WorkItem.assignee_id == staff_id, WorkItem.status == "open")
    ).scalar_one()


def _language(session: Session, customer_id: uuid.UUID) -> str:
    return (
        session.execute(
            select(ContactPreferenceRow.language).where(
                ContactPreferenceRow.customer_id == customer_id
            )
        ).scalar_one_or_none()
        or "en"
    )


def _locked_item(session: Session, item_id: uuid.UUID) -> WorkItem:
    stmt = select(WorkItem).where(WorkItem.id == item_id)
    if session.get_bind().dialect.name != "sqlite":
        # SQLite's IMMEDIATE write transaction already holds the database's write lock.
        stmt = stmt.with_for_update()
    row = session.execute(stmt.execution_options(populate_existing=True)).scalar_one_or_none()
    if row is None:
        raise InvalidInput("item", f"no work item has the id {item_id}")
    return row


def _findings(
    session: Session, calendar, item: WorkItem, to: Staff, by: Staff, at: datetime
) -> tuple[list[Finding], list[Finding]]:
    blocks: list[Finding] = []
    warnings: list[Finding] = []
    on = calendar.local_date(at)
    if not _may_assign(session, by, item, to):
        blocks.append(
            Finding(
                NOT_PERMITTED,
                f"{by.username} may not assign this item: only a team leader of its team or a "
                "manager may, or an agent taking an unassigned item of their team themselves.",
            )
        )
    if item.status != "open":
        blocks.append(Finding(ITEM_CLOSED, f"The item is {item.status}, not open."))
    if not to.active:
        blocks.append(
            Finding(ASSIGNEE_INACTIVE, f"{to.username} is not an active member of staff.")
        )
    if is_away(session, to.id, on):
        blocks.append(Finding(ASSIGNEE_AWAY, f"{to.username} is away on {on.isoformat()}."))
    point = single_point_assignee(session, item.customer_id, on, calendar)
    if not point.permits(to.id):
        blocks.append(
            Finding(
                SINGLE_POINT_OF_CONTACT,
                f"The customer has a single point of contact; {to.username} is neither the "
                "named person nor their deputy.",
            )
        )
    if _language(session, item.customer_id) == "cy" and not to.welsh_speaker:
        warnings.append(
            Finding(
                WELSH_PREFERRED,
                f"The customer's language is Welsh and {to.username} is not a Welsh speaker.",
            )
        )
    held = open_count(session, to.id) - (1 if item.assignee_id == to.id else 0)
    if held + 1 > to.capacity:
        warnings.append(
            Finding(
                OVER_CAPACITY,
                f"{to.username} would hold {held + 1} open items, over their capacity of "
                f"{to.capacity}.",
            )
        )
    return blocks, warnings


def assign_in(
    session: Session,
    calendar,
    item_id: uuid.UUID,
    to: Staff,
    by: Staff,
    reason: str | None,
    at: datetime,
) -> Assignment:
    """`assign` inside the caller's transaction: locks the item, checks, writes and audits."""
    item = _locked_item(session, item_id)
    blocks, warnings = _findings(session, calendar, item, to, by, at)
    before = item.assignee_id
    names = {
        s.id: s.username for s in session.execute(select(Staff).where(Staff.id == before)).scalars()
    }
    if not blocks:
        item.assignee_id = to.id
        session.flush()
    audit(
        session,
        by.username,
        "assign",
        "refused" if blocks else "assigned",
        item.customer_id,
        {
            "item": str(item.id),
            "from": names.get(before),
            "to": to.username,
            "reason": reason,
            "at": at.isoformat(),
            "blocks": [b.code for b in blocks],
            "warnings": [w.code for w in warnings],
        },
    )
    return Assignment(item.id, not blocks, tuple(blocks), tuple(warnings))


def _check_reason(reason: str | None) -> str | None:
    if reason is None:
        return None
    from agent_desktop.domain.parsing import optional_text

    return optional_text(reason, "reason", lines=True)


def assign(
    db, item_id: uuid.UUID, to: str, by: str, reason: str | None = None, at: datetime | None = None
) -> Assignment:
    """Give an open item to `to` (a username), as `by` (a username), at `at` (default now)."""
    at = at or utcnow()
    db.calendar.local(at)  # an instant without an offset is bad input, named "at"
    reason = _check_reason(reason)
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        to_row = find_staff(session, to, "to")
        result = assign_in(session, db.calendar, item_id, to_row, by_row, reason, at)
        uow.commit()
    return result


# --- absence and cover -----------------------------------------------------------------------


def _may_manage(session: Session, by: Staff, staff: Staff) -> bool:
    """Who may mark someone away or move their work: a manager, or a team leader of their
    team."""
    return by.active and ("manager" in (by.roles or ()) or leads_team(session, by, staff.team_id))


def cover_in(session: Session, calendar, from_staff: Staff, to_staff: Staff, by: Staff, at):
    items = (
        session.execute(
            select(WorkItem.id)
            .where(WorkItem.assignee_id == from_staff.id, WorkItem.status == "open")
            .order_by(WorkItem.due_at, WorkItem.id)
        )
        .scalars()
        .all()
    )
    moved, kept = [], []
    for item_id in items:
        result = assign_in(
            session, calendar, item_id, to_staff, by, f"cover for {from_staff.username}", at
        )
        if result.assigned:
            moved.append(item_id)
        else:
            kept.append((item_id, result.blocks))
    return CoverResult(tuple(moved), tuple(kept))


def cover(db, from_staff: str, to_staff: str, by: str, at: datetime | None = None) -> CoverResult:
    """Move every open item of `from_staff` to `to_staff`, each through `assign`; an item that
    cannot move stays where it is and is listed with its blocks."""
    at = at or utcnow()
    db.calendar.local(at)
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        from_row = find_staff(session, from_staff, "from_staff")
        to_row = find_staff(session, to_staff, "to")
        if from_row.id == to_row.id:
            raise InvalidInput("to", "is the member of staff whose work is to be covered")
        result = cover_in(session, db.calendar, from_row, to_row, by_row, at)
        uow.commit()
    return result


def mark_away(
    db,
    staff: str,
    from_on: date,
    to_on: date,
    cover: str | None,
    by: str,
    at: datetime | None = None,
) -> AwayResult:
    """Record `staff` away from `from_on` to `to_on` (office dates, both included).

    With a `cover` colleague and an absence that has begun, their open work moves to the cover
    now, each item through `assign` (see `cover`); a later absence's work moves when someone
    runs `cover` then.
    """
    at = at or utcnow()
    today = db.calendar.local_date(at)
    if not isinstance(from_on, date) or not isinstance(to_on, date):
        raise InvalidInput("from", "needs two office dates")
    if to_on < from_on:
        raise InvalidInput("to", f"{to_on.isoformat()} is before {from_on.isoformat()}")
    if (to_on - from_on).days > 366:
        raise InvalidInput("to", "an absence is marked a year at most at a time")
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        staff_row = find_staff(session, staff, "staff")
        cover_row = find_staff(session, cover, "cover") if cover is not None else None
        if cover_row is not None and cover_row.id == staff_row.id:
            raise InvalidInput("cover", "is the member of staff who is away")
        if not _may_manage(session, by_row, staff_row):
            audit(session, by_row.username, "mark_away", "refused", None, {"staff": staff})
            uow.commit()
            raise NotPermitted(
                "by", f"{by} may not mark {staff} away: only their team leader or a manager may"
            )
        absence = StaffAbsence(
            id=uuid.uuid4(),
            staff_id=staff_row.id,
            from_on=from_on,
            to_on=to_on,
            cover_id=cover_row.id if cover_row else None,
            created_by_id=by_row.id,
            created_at=at,
        )
        session.add(absence)
        session.flush()
        audit(
            session,
            by_row.username,
            "mark_away",
            "recorded",
            None,
            {
                "staff": staff_row.username,
                "from_on": from_on.isoformat(),
                "to_on": to_on.isoformat(),
                "cover": cover_row.username if cover_row else None,
            },
        )
        moved = None
        if cover_row is not None and from_on <= today <= to_on:
            moved = cover_in(session, db.calendar, staff_row, cover_row, by_row, at)
        uow.commit()
    return AwayResult(absence.id, moved)


# --- balancing -------------------------------------------------------------------------------


def balance(
    db, team: str, by: str, at: datetime | None = None, dry_run: bool = False
) -> BalanceResult:
    """Assign the team's open unassigned items in due order (ties by id), per team-work.md.

    Eligible: the team's active members with the agent role who are not away and below
    capacity. A customer's single point of contact takes their item (the deputy when the named
    person is not eligible), else it stays unassigned. Welsh speakers are preferred for a
    customer whose language is `cy`. Then the fewest open items, ties by username.
    `dry_run` computes the same answer and writes nothing.
    """
    at = at or utcnow()
    on = db.calendar.local_date(at)
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        team_row = session.execute(select(Team).where(Team.name == team)).scalar_one_or_none()
        if team_row is None:
            raise InvalidInput("team", f"no team is called {quoted(team)}")
        members = [
            s
            for s in session.execute(
                select(Staff).where(Staff.team_id == team_row.id, Staff.active.is_(True))
            ).scalars()
            if "agent" in (s.roles or ())
        ]
        away = away_on(session, on, [s.id for s in members])
        members = [s for s in members if s.id not in away]
        held = {s.id: open_count(session, s.id) for s in members}
        items = session.execute(
            select(WorkItem.id, WorkItem.customer_id, ContactPreferenceRow.language)
            .outerjoin(
                ContactPreferenceRow, ContactPreferenceRow.customer_id == WorkItem.customer_id
            )
            .where(
                WorkItem.team_id == team_row.id,
                WorkItem.status == "open",
                WorkItem.assignee_id.is_(None),
            )
            .order_by(WorkItem.due_at, WorkItem.id)
        ).all()
        assigned: list[tuple[uuid.UUID, str]] = []
        unassigned: list[tuple[uuid.UUID, str]] = []
        for item_id, customer_id, language in items:
            eligible = [s for s in members if held[s.id] < s.capacity]
            point = single_point_assignee(session, customer_id, on, db.calendar)
            if point.required:
                # The named person first, the deputy when the named person cannot take it.
                by_id = {s.id: s for s in eligible}
                named = [i for i in point.ordered if i in by_id]
                if not named:
                    unassigned.append((item_id, SINGLE_POINT_OF_CONTACT))
                    continue
                choice = by_id[named[0]]
            else:
                if not eligible:
                    unassigned.append((item_id, NO_ELIGIBLE_STAFF))
                    continue
                if language == "cy" and any(s.welsh_speaker for s in eligible):
                    eligible = [s for s in eligible if s.welsh_speaker]
                choice = min(eligible, key=lambda s: (held[s.id], s.username))
            result = assign_in(session, db.calendar, item_id, choice, by_row, "balance", at)
            if result.assigned:
                held[choice.id] += 1
                assigned.append((item_id, choice.username))
            else:
                unassigned.append((item_id, result.blocks[0].code))
        if not dry_run:
            uow.commit()
    return BalanceResult(tuple(assigned), tuple(unassigned), dry_run)


# --- at risk ---------------------------------------------------------------------------------


def working_time_left(item, at: datetime, calendar) -> timedelta:
    """Working time from `at` to the item's due instant, in office hours; negative once
    overdue."""
    return calendar.working_time_between(at, item.due_at)


def is_overdue(item, at: datetime) -> bool:
    return item.status == "open" and at > item.due_at


_MICROSECOND = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class RiskMark:
    """When an open item comes to be at risk, on a line of office hours counted (in
    microseconds) from the start of `year`: an item measured once is judged at any instant by
    comparing two numbers, so a board of 100,000 items is judged again without the calendar.

    At risk: overdue, or at least 75% of its working time (from created to due, in office
    hours) gone; an item given no working time at all is at risk.
    """

    due_at: datetime
    #: Office hours from the start of `year` to the item's due instant.
    due: int
    #: ... to the first instant at which 75% of its working time is gone.
    at_risk_from: int

    @classmethod
    def of(cls, created_at: datetime, due_at: datetime, calendar, year: int) -> RiskMark:
        created = calendar.working_micros(created_at, year)
        due = calendar.working_micros(due_at, year)
        # Working time adds up: given (created to due) = passed (created to at) + left (at to
        # due); rounded to the microsecond as a timedelta rounds it.
        share = timedelta(microseconds=due - created) * AT_RISK_SHARE
        return cls(due_at, due, created + share // _MICROSECOND)

    def judge(self, at: datetime, at_micros: int) -> tuple[bool, timedelta]:
        """(at risk at `at`, the working time left, negative once overdue); `at_micros` is
        `calendar.working_micros(at, year)` with this mark's year."""
        left = timedelta(microseconds=self.due - at_micros)
        if self.due_at < at:
            return True, left
        return at_micros >= self.at_risk_from, left


def risk(created_at: datetime, due_at: datetime, at: datetime, calendar) -> tuple[bool, timedelta]:
    """(whether an open item made at `created_at` and due at `due_at` is at risk at `at`, the
    working time left, negative once overdue): see `RiskMark`."""
    year = calendar.local(at).year
    mark = RiskMark.of(created_at, due_at, calendar, year)
    return mark.judge(at, calendar.working_micros(at, year))


def at_risk(item, at: datetime, calendar) -> bool:
    """Whether an item is open and at risk at `at` (see `risk`)."""
    return item.status == "open" and risk(item.created_at, item.due_at, at, calendar)[0]


def describe_working_time(left: timedelta, calendar) -> str:
    """`3h 20m` under a working day, `2 working days` (and hours) beyond; `overdue by ...`."""
    if left < timedelta(0):
        return "overdue by " + describe_working_time(-left, calendar)
    day = datetime.combine(date(2000, 1, 1), calendar.closes) - datetime.combine(
        date(2000, 1, 1), calendar.opens
    )
    minutes = int(left.total_seconds() // 60)
    days, rest = divmod(minutes, int(day.total_seconds() // 60))
    hours, mins = divmod(rest, 60)
    if days:
        words = f"{days} working day{'s' if days != 1 else ''}"
        return f"{words} {hours}h" if hours else words
    if hours:
        return f"{hours}h {mins}m" if mins else f"{hours}h"
    return f"{mins}m"


def work_items_list(
    db,
    team: str | None = None,
    assignee: str | None = None,
    unassigned: bool = False,
    at_risk_only: bool = False,
    at: datetime | None = None,
) -> list[dict]:
    """Open items, at-risk first (overdue before due), earliest due first, with the working
    time left."""
    at = at or utcnow()
    calendar = db.calendar
    calendar.local(at)
    if assignee is not None and unassigned:
        raise InvalidInput("unassigned", "cannot be asked for with --assignee")
    with db.unit() as uow:
        session = uow.session
        query = (
            select(WorkItem, Customer.ref, Team.name, Staff.username)
            .join(Customer, Customer.id == WorkItem.customer_id)
            .outerjoin(Team, Team.id == WorkItem.team_id)
            .outerjoin(Staff, Staff.id == WorkItem.assignee_id)
            .where(WorkItem.status == "open")
        )
        if team is not None:
            team_id = session.execute(select(Team.id).where(Team.name == team)).scalar()
            if team_id is None:
                raise InvalidInput("team", f"no team is called {quoted(team)}")
            query = query.where(WorkItem.team_id == team_id)
        if assignee is not None:
            query = query.where(
                WorkItem.assignee_id == find_staff(session, assignee, "assignee").id
            )
        if unassigned:
            query = query.where(WorkItem.assignee_id.is_(None))
        rows = session.execute(query.order_by(WorkItem.due_at, WorkItem.id)).all()
    out = []
    for item, ref, team_name, username in rows:
        risky, left = risk(item.created_at, item.due_at, at, calendar)
        if at_risk_only and not risky:
            continue
        out.append(
            {
                "id": str(item.id),
                "kind": item.kind,
                "customer": ref,
                "team": team_name,
                "assignee": username,
                "due_at": item.due_at.isoformat(),
                "status": item.status,
                "at_risk": risky,
                "overdue": is_overdue(item, at),
                "working_time_left": describe_working_time(left, calendar),
                "working_minutes_left": int(left.total_seconds() // 60),
            }
        )
    out.sort(key=lambda r: (not r["at_risk"], not r["overdue"]))  # stable: due order kept
    return out


__all__ = [
    "Assignment",
    "AwayResult",
    "BalanceResult",
    "CoverResult",
    "Finding",
    "assign",
    "at_risk",
    "balance",
    "cover",
    "describe_working_time",
    "mark_away",
    "work_items_list",
    "working_time_left",
]
