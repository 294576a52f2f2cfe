"""A small office for the assignment tests: two teams, their leaders, agents and customers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from agent_desktop.store.schema import (
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
    StaffAbsence,
    Team,
    WorkItem,
)

#: A Tuesday in office hours (Europe/London is UTC in December).
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)


@dataclass
class World:
    staff: dict[str, uuid.UUID] = field(default_factory=dict)
    teams: dict[str, uuid.UUID] = field(default_factory=dict)
    customers: dict[str, uuid.UUID] = field(default_factory=dict)


def build(db) -> World:
    """Team North: leader `lead`, agents `ann`, `bob` (Welsh), `cat`; manager `boss`.
    Team South: leader `south`, agent `dan`. Customers C-1 (en), C-2 (cy), C-3 (en)."""
    w = World()
    with db.unit(write=True) as uow:
        s = uow.session
        for name in ("North", "South"):
            team = Team(id=uuid.uuid4(), name=name)
            s.add(team)
            w.teams[name] = team.id
        s.flush()
        people = (
            ("lead", ["team_leader"], "North", False),
            ("ann", ["agent"], "North", False),
            ("bob", ["agent"], "North", True),
            ("cat", ["agent"], "North", False),
            ("boss", ["manager"], None, False),
            ("south", ["team_leader"], "South", False),
            ("dan", ["agent"], "South", False),
        )
        for username, roles, team, welsh in people:
            row = Staff(
                id=uuid.uuid4(),
                username=username,
                name=username.title(),
                roles=roles,
                team_id=w.teams.get(team),
                welsh_speaker=welsh,
            )
            s.add(row)
            w.staff[username] = row.id
        s.flush()
        s.get(Team, w.teams["North"]).leader_id = w.staff["lead"]
        s.get(Team, w.teams["South"]).leader_id = w.staff["south"]
        for ref, language in (("C-1", "en"), ("C-2", "cy"), ("C-3", "en")):
            customer = Customer(
                id=uuid.uuid4(), ref=ref, name=f"Customer {ref}", name_key=ref, surname_key=ref
            )
            s.add(customer)
            s.flush()
            s.add(
                ContactPreferenceRow(customer_id=customer.id, channels=["phone"], language=language)
            )
            w.customers[ref] = customer.id
        uow.commit()
    return w


def item(
    db,
    w: World,
    ref: str = "C-1",
    *,
    team: str | None = "North",
    assignee: str | None = None,
    due: datetime | None = None,
    created: datetime | None = None,
    status: str = "open",
    item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    with db.unit(write=True) as uow:
        row = WorkItem(
            id=item_id or uuid.uuid4(),
            kind="callback",
            customer_id=w.customers[ref],
            due_at=due or NOW + timedelta(days=2),
            team_id=w.teams[team] if team else None,
            assignee_id=w.staff[assignee] if assignee else None,
            status=status,
            created_at=created or NOW - timedelta(days=1),
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def single_point(db, w: World, ref: str, staff: str, deputy: str | None = None, **dates):
    with db.unit(write=True) as uow:
        terms = {"staff": staff} | ({"deputy": deputy} if deputy else {})
        row = RestrictionRow(
            customer_id=w.customers[ref],
            kind="single_point_of_contact",
            category="unreasonably_persistent",
            reason="Too many calls to different people.",
            terms=terms,
            decided_by_id=w.staff["lead"],
            starts_on=dates.get("starts_on", TODAY - timedelta(days=10)),
            review_by=TODAY + timedelta(days=60),
            ends_on=dates.get("ends_on"),
            lifted_at=dates.get("lifted_at"),
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def away(db, w: World, who: str, from_on: date, to_on: date) -> None:
    with db.unit(write=True) as uow:
        uow.session.add(StaffAbsence(staff_id=w.staff[who], from_on=from_on, to_on=to_on))
        uow.commit()


def set_staff(db, w: World, who: str, **values) -> None:
    with db.unit(write=True) as uow:
        row = uow.session.get(Staff, w.staff[who])
        for key, value in values.items():
            setattr(row, key, value)
        uow.commit()
