"""A customer's open work: what is owed them and by when, and marking an item done."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from agent_desktop.domain.values import InvalidInput, WorkItemKind, WorkItemStatus
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.services.facts import find_staff
from agent_desktop.store.schema import Case, Customer, Staff, Team, WorkItem
from agent_desktop.store.types import utcnow

OPEN, DONE, CANCELLED = WorkItemStatus.OPEN, WorkItemStatus.DONE, WorkItemStatus.CANCELLED


def new_work_item(
    kind: WorkItemKind,
    customer_id: uuid.UUID,
    due_at: datetime,
    *,
    team_id: uuid.UUID | None = None,
    assignee_id: uuid.UUID | None = None,
    case_id: uuid.UUID | None = None,
    restriction_id: uuid.UUID | None = None,
    source_contact_id: uuid.UUID | None = None,
    note: str | None = None,
    id: uuid.UUID | None = None,
) -> WorkItem:
    """A new open work item: every service makes its work items here, of a known kind."""
    return WorkItem(
        id=id or uuid.uuid4(),
        kind=WorkItemKind(kind).value,
        customer_id=customer_id,
        due_at=due_at,
        team_id=team_id,
        assignee_id=assignee_id,
        case_id=case_id,
        restriction_id=restriction_id,
        source_contact_id=source_contact_id,
        note=note,
        status=OPEN.value,
    )


@dataclass(frozen=True)
class OwedWork:
    """One open work item as the customer's card lists it."""

    id: uuid.UUID
    kind: str
    due_at: datetime
    case_ref: str | None = None
    assignee: str | None = None  # the member of staff's name
    team: str | None = None
    note: str | None = None
    #: Marked done on this desktop while the central database was away; not sent yet.
    done_waiting: bool = False


def owed_work(session, customer_id: uuid.UUID) -> tuple[OwedWork, ...]:
    """The customer's open items, soonest due first (in the caller's unit of work).

    Selected by customer alone and sorted here: asked for open items in due order, SQLite
    (a replica has no statistics) walked the index of every open item in due order instead,
    14 ms a card at 100,000 customers; one customer's items are a handful.
    """
    assignee = aliased(Staff)
    rows = session.execute(
        select(
            WorkItem.id,
            WorkItem.kind,
            WorkItem.due_at,
            Case.ref,
            assignee.name,
            Team.name,
            WorkItem.note,
            WorkItem.status,
        )
        .outerjoin(Case, Case.id == WorkItem.case_id)
        .outerjoin(assignee, assignee.id == WorkItem.assignee_id)
        .outerjoin(Team, Team.id == WorkItem.team_id)
        .where(WorkItem.customer_id == customer_id)
    ).all()
    owed = [OwedWork(*row[:-1]) for row in rows if row[-1] == OPEN]
    owed.sort(key=lambda w: (w.due_at, w.id))
    return tuple(owed)


class ItemNotOpen(InvalidInput):
    """The item is already closed the other way (done, or cancelled): a rule refuses it."""


def cancel_work_item(
    db: Database, item_id: uuid.UUID, staff: str, reason: str, at: datetime | None = None
) -> WorkDone:
    """Cancel an open item by `staff`, with the reason it will not be done (kept, audited)."""
    if reason is None:
        raise InvalidInput("reason", "a cancelled item needs the reason it is not done")
    return finish_work_item(db, item_id, staff, at, cancel_reason=reason)


@dataclass(frozen=True)
class WorkDone:
    item_id: uuid.UUID
    customer_ref: str
    #: False when the item was already done: a repeat (an outbox resend) changes nothing.
    changed: bool


def finish_work_item(
    db: Database,
    item_id: uuid.UUID,
    staff: str,
    at: datetime | None = None,
    *,
    cancel_reason: str | None = None,
) -> WorkDone:
    """Mark an open item done by `staff` at `at` (now), with its audit entry; safe to repeat.

    With `cancel_reason` the item is cancelled instead: the reason is kept in the item's note
    (after what the note held, on a line of its own) and in the audit entry.
    An item cancelled meanwhile is not made done: that is bad input naming the item.
    """
    at = at or utcnow()
    cancelling = cancel_reason is not None
    if cancelling and not cancel_reason.strip():
        raise InvalidInput("reason", "a cancelled item needs the reason it is not done")
    with db.unit(write=True) as uow:
        session = uow.session
        staff_row = find_staff(session, staff)
        found = session.execute(
            select(WorkItem, Customer.ref)
            .join(Customer, Customer.id == WorkItem.customer_id)
            .where(WorkItem.id == item_id)
        ).one_or_none()
        if found is None:
            raise InvalidInput("item", f"no work item has the id {item_id}")
        item, ref = found
        wanted = CANCELLED if cancelling else DONE
        if item.status == wanted:
            return WorkDone(item.id, ref, changed=False)
        if item.status != OPEN:
            raise ItemNotOpen("item", f"the item is {item.status}, not open")
        item.status = wanted.value
        item.closed_at = at
        details = {
            "customer_ref": ref,
            "work_item": str(item.id),
            "kind": item.kind,
            "at": at.isoformat(),
        }
        if cancelling:
            reason = cancel_reason.strip()
            item.note = f"{item.note}\ncancelled: {reason}" if item.note else f"cancelled: {reason}"
            details["reason"] = reason
        action = "work_cancelled" if cancelling else "work_done"
        audit(session, staff_row.username, action, wanted.value, item.customer_id, details)
        uow.commit()
        return WorkDone(item.id, ref, changed=True)
