"""The work queue: open work items ordered by their service-level due instant."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from agent_desktop.services.database import Database
from agent_desktop.store.schema import Case, Customer, Staff, WorkItem


@dataclass(frozen=True)
class QueueRow:
    id: uuid.UUID
    kind: str
    due_at: datetime
    customer_ref: str
    customer_name: str
    case_ref: str | None
    assignee: str | None


def open_work(db: Database, *, assignee: str | None = None, limit: int = 1000) -> list[QueueRow]:
    """Open work items, soonest due first; only `assignee`'s when given."""
    stmt = (
        select(WorkItem.id, WorkItem.kind, WorkItem.due_at, Customer.ref, Customer.name,
               Case.ref, Staff.username)
        .join(Customer, Customer.id == WorkItem.customer_id)
        .outerjoin(Case, Case.id == WorkItem.case_id)
        .outerjoin(Staff, Staff.id == WorkItem.assignee_id)
        .where(WorkItem.status == "open")
        .order_by(WorkItem.due_at)
        .limit(limit)
    )
    if assignee is not None:
        stmt = stmt.where(Staff.username == assignee)
    with db.unit() as uow:
        return [QueueRow(*row) for row in uow.session.execute(stmt)]
