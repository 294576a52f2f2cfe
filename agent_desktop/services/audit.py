"""Writing the append-only audit log."""

from __future__ import annotations

import uuid

from agent_desktop.store.schema import AuditEntry
from agent_desktop.store.types import utcnow


def audit(
    session,
    actor: str | None,
    action: str,
    outcome: str,
    customer_id: uuid.UUID | None,
    details: dict,
) -> None:
    session.add(
        AuditEntry(
            id=uuid.uuid4(),
            at=utcnow(),
            actor=actor,
            action=action,
            outcome=outcome,
            customer_id=customer_id,
            details=details,
        )
    )
