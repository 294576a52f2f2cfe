"""Who may take a customer's work: a single point of contact, and who is away (team-work.md).

"Whenever an item is created or assigned for a customer with an active
`single_point_of_contact` restriction, its assignee is the named member of staff, or the
deputy when the named person is inactive or away; never anyone else."
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.store.schema import RestrictionRow, Staff, StaffAbsence


@dataclass(frozen=True)
class SinglePoint:
    """A customer's single point of contact on one office date.

    `required` is False when the customer has none in force: anyone may take their work.
    Otherwise `allowed` holds the named person and the deputy (who are the only ones who may
    ever hold it), and `assignee` is the one who takes new work that day: the named person,
    or the deputy when the named person is inactive or away, or None when neither can.
    """

    required: bool
    assignee: uuid.UUID | None = None
    allowed: frozenset[uuid.UUID] = frozenset()
    #: The named person, then the deputy (those of them who are members of staff).
    ordered: tuple[uuid.UUID, ...] = ()
    restriction_id: uuid.UUID | None = None

    def permits(self, staff_id: uuid.UUID | None) -> bool:
        return not self.required or staff_id in self.allowed


NONE = SinglePoint(required=False)


def is_away(session: Session, staff_id: uuid.UUID, on: date) -> bool:
    """Whether the member of staff is marked away on office date `on` (both ends included)."""
    return (
        session.execute(
            select(StaffAbsence.id)
            .where(
                StaffAbsence.staff_id == staff_id,
                StaffAbsence.from_on <= on,
                StaffAbsence.to_on >= on,
            )
            .limit(1)
        ).first()
        is not None
    )


def away_on(session: Session, on: date, staff_ids=None) -> set[uuid.UUID]:
    """Everyone (or everyone of `staff_ids`) away on office date `on`."""
    query = select(StaffAbsence.staff_id).where(
        StaffAbsence.from_on <= on, StaffAbsence.to_on >= on
    )
    if staff_ids is not None:
        query = query.where(StaffAbsence.staff_id.in_(list(staff_ids)))
    return set(session.execute(query).scalars())


def _in_force_on(row: RestrictionRow, on: date, calendar) -> bool:
    if row.starts_on > on or (row.ends_on is not None and row.ends_on < on):
        return False
    # Lifted on or before that office date: no longer routes that day's work.
    return row.lifted_at is None or calendar.local_date(row.lifted_at) > on


def single_point_assignee(
    session: Session, customer_id: uuid.UUID, on: date, calendar=None
) -> SinglePoint:
    """The customer's single point of contact in force on office date `on`, if any.

    With more than one in force (there should not be), the latest decided one counts.
    A name in the restriction's terms that matches no member of staff can take nothing.
    """
    from agent_desktop.domain.calendar import OfficeCalendar

    calendar = calendar or OfficeCalendar()
    rows = (
        session.execute(
            select(RestrictionRow)
            .where(
                RestrictionRow.customer_id == customer_id,
                RestrictionRow.kind == RestrictionKind.SINGLE_POINT_OF_CONTACT.value,
            )
            .order_by(RestrictionRow.decided_at.desc(), RestrictionRow.id)
        )
        .scalars()
        .all()
    )
    row = next((r for r in rows if _in_force_on(r, on, calendar)), None)
    if row is None:
        return NONE
    terms = row.terms or {}
    names = [n for n in (terms.get("staff"), terms.get("deputy")) if isinstance(n, str) and n]
    people = {
        s.username: s
        for s in session.execute(select(Staff).where(Staff.username.in_(names))).scalars()
    }
    ordered = [people[n] for n in names if n in people]
    assignee = next(
        (s.id for s in ordered if s.active and not is_away(session, s.id, on)),
        None,
    )
    return SinglePoint(
        required=True,
        assignee=assignee,
        allowed=frozenset(s.id for s in ordered),
        ordered=tuple(s.id for s in ordered),
        restriction_id=row.id,
    )
