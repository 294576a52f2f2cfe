"""A team leader's authorisation, given by the team leader: an agent's request, its decision.

When the contact rules refuse an outreach with a block a team leader may lift (a
restriction's), the agent sends a request (customer, channel, the blocks, their reason) to
their team. A team leader of that team, or a manager, approves or refuses it with a reason of
their own; an approval is the authorisation for one contact, by that agent, on that channel,
within `AUTHORISATION_LIFETIME`. The blocks are the rules' own, read again when the request is
made, not what a desktop says they were. On PostgreSQL the database holds the same rules
(migration 0012): who asked and who decided are the logins that wrote them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from agent_desktop.domain.parsing import require_text
from agent_desktop.domain.values import Channel, InvalidInput, OverridableBy, can_lead
from agent_desktop.services.assignment import leads_team
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.facts import find_staff
from agent_desktop.services.outreach import AUTHORISATION_LIFETIME, Outreach, check_outreach
from agent_desktop.store.schema import Authorisation, AuthorisationRequest, Customer, Staff
from agent_desktop.store.types import utcnow

PENDING, APPROVED, REFUSED = "pending", "approved", "refused"


@dataclass(frozen=True)
class RequestView:
    """One request as a board or the agent's dialog shows it."""

    id: uuid.UUID
    customer_ref: str
    customer_name: str
    staff: str  # the agent's username
    staff_name: str
    team_id: uuid.UUID | None
    channel: Channel
    blocks: tuple[str, ...]
    reason: str
    requested_at: datetime
    status: str
    decided_by: str | None = None  # the team leader's username
    decided_at: datetime | None = None
    decision_reason: str | None = None
    # The authorisation an approval made, and until when it allows the contact.
    approval: uuid.UUID | None = None
    expires_at: datetime | None = None
    #: Whether a contact has used the approval already.
    approval_used: bool = False

    def usable(self, at: datetime | None = None) -> bool:
        """Approved, not used, and within its time: the agent may record the contact now."""
        return (
            self.status == APPROVED
            and self.approval is not None
            and not self.approval_used
            and self.expires_at is not None
            and self.expires_at > (at or utcnow())
        )

    def to_json(self) -> dict:
        return {
            "request": str(self.id),
            "customer": self.customer_ref,
            "staff": self.staff,
            "channel": self.channel.value,
            "blocks": list(self.blocks),
            "reason": self.reason,
            "requested_at": self.requested_at.isoformat(),
            "status": self.status,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "decision_reason": self.decision_reason,
            "approval": str(self.approval) if self.approval else None,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
        }


def request_authorisation(
    db: Database, customer_ref: str, staff: str, channel: Channel, reason: str
) -> RequestView:
    """Ask `staff`'s team leaders to allow one contact with `customer_ref` on `channel`.

    Refused (naming the field) when nothing blocks the contact, or when what blocks it is
    not a team leader's to lift.
    """
    reason = require_text(reason, "reason")
    decision = check_outreach(db, Outreach(customer_ref, staff, Channel(channel)))
    if decision.allowed:
        raise InvalidInput("channel", f"nothing blocks a {channel} contact: no need to ask")
    if decision.overridable_by is not OverridableBy.TEAM_LEADER:
        raise NotPermitted(
            "channel",
            "what blocks this contact is not a team leader's to lift: "
            + "; ".join(b.message for b in decision.blocks),
        )
    with db.unit(write=True) as uow:
        session = uow.session
        agent = find_staff(session, staff)
        customer = session.execute(
            select(Customer).where(Customer.ref == customer_ref)
        ).scalar_one()
        request = AuthorisationRequest(
            id=uuid.uuid4(),
            customer_id=customer.id,
            staff_id=agent.id,
            team_id=agent.team_id,
            channel=Channel(channel).value,
            blocks=[b.code.value for b in decision.blocks],
            reason=reason,
            requested_at=utcnow(),
            status=PENDING,
        )
        session.add(request)
        audit(
            session,
            agent.username,
            "authorisation_request",
            "requested",
            customer.id,
            {"request": str(request.id), "channel": request.channel, "blocks": request.blocks},
        )
        uow.commit()
        request_id = request.id
    return authorisation_request(db, request_id)


def may_decide(session, leader: Staff, request: AuthorisationRequest) -> bool:
    """A team leader of the agent's team or a manager, active, and not the agent."""
    if not leader.active or leader.id == request.staff_id or not can_lead(leader.roles or ()):
        return False
    return "manager" in (leader.roles or ()) or leads_team(session, leader, request.team_id)


def decide_request(
    db: Database, request_id: uuid.UUID, by: str, reason: str, *, approve: bool
) -> RequestView:
    """Approve or refuse a pending request as `by`, with their reason. An approval makes the
    authorisation for that one contact; on PostgreSQL it must run on `by`'s own login."""
    reason = require_text(reason, "reason")
    with db.unit(write=True) as uow:
        session = uow.session
        leader = find_staff(session, by, "by")
        stmt = select(AuthorisationRequest).where(AuthorisationRequest.id == request_id)
        if session.get_bind().dialect.name != "sqlite":
            stmt = stmt.with_for_update()
        request = session.execute(stmt).scalar_one_or_none()
        if request is None:
            raise InvalidInput("request", f"no authorisation request has the id {request_id}")
        if request.status != PENDING:
            raise NotPermitted("request", f"the request was {request.status} already")
        if not may_decide(session, leader, request):
            raise NotPermitted(
                "by",
                f"{leader.username} may not decide it: only a team leader of the agent's team "
                "or a manager, other than the agent, may",
            )
        now = utcnow()
        request.status = APPROVED if approve else REFUSED
        request.decided_by_id = leader.id
        request.decided_at = now
        request.decision_reason = reason
        session.flush()
        if approve:
            session.add(
                Authorisation(
                    id=uuid.uuid4(),
                    customer_id=request.customer_id,
                    staff_id=request.staff_id,
                    channel=request.channel,
                    reason=reason,
                    granted_by_id=leader.id,
                    granted_at=now,
                    expires_at=now + AUTHORISATION_LIFETIME,
                    request_id=request.id,
                )
            )
        audit(
            session,
            leader.username,
            "authorisation_request",
            request.status,
            request.customer_id,
            {"request": str(request.id), "channel": request.channel, "reason": reason},
        )
        uow.commit()
    return authorisation_request(db, request_id)


def _views(session, *where) -> list[RequestView]:
    agent, leader = aliased(Staff), aliased(Staff)
    rows = session.execute(
        select(
            AuthorisationRequest,
            Customer.ref,
            Customer.name,
            agent.username,
            agent.name,
            leader.username,
            Authorisation.id,
            Authorisation.expires_at,
            Authorisation.contact_id,
        )
        .join(Customer, Customer.id == AuthorisationRequest.customer_id)
        .join(agent, agent.id == AuthorisationRequest.staff_id)
        .outerjoin(leader, leader.id == AuthorisationRequest.decided_by_id)
        .outerjoin(Authorisation, Authorisation.request_id == AuthorisationRequest.id)
        .where(*where)
        .order_by(AuthorisationRequest.requested_at, AuthorisationRequest.id)
    ).all()
    return [
        RequestView(
            r.id,
            ref,
            name,
            username,
            staff_name,
            r.team_id,
            Channel(r.channel),
            tuple(r.blocks or ()),
            r.reason,
            r.requested_at,
            r.status,
            decider,
            r.decided_at,
            r.decision_reason,
            approval,
            expires,
            used is not None,
        )
        for r, ref, name, username, staff_name, decider, approval, expires, used in rows
    ]


def authorisation_request(db: Database, request_id: uuid.UUID) -> RequestView:
    with db.unit() as uow:
        found = _views(uow.session, AuthorisationRequest.id == request_id)
    if not found:
        raise InvalidInput("request", f"no authorisation request has the id {request_id}")
    return found[0]


def latest_request(
    db: Database, customer_ref: str, staff: str, channel: Channel
) -> RequestView | None:
    """`staff`'s newest request about one contact (customer, channel), if it still matters:
    waiting, refused within `AUTHORISATION_LIFETIME`, or approved and not yet used or expired.
    The agent's refusal dialog opens on it, so a request outlives the dialog that sent it."""
    since = utcnow() - AUTHORISATION_LIFETIME
    with db.unit() as uow:
        session = uow.session
        agent = find_staff(session, staff)
        customer = session.execute(
            select(Customer.id).where(Customer.ref == customer_ref)
        ).scalar_one_or_none()
        if customer is None:
            return None
        newest = session.execute(
            select(AuthorisationRequest.id)
            .where(
                AuthorisationRequest.customer_id == customer,
                AuthorisationRequest.staff_id == agent.id,
                AuthorisationRequest.channel == Channel(channel).value,
            )
            .order_by(AuthorisationRequest.requested_at.desc(), AuthorisationRequest.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if newest is None:
            return None
        [view] = _views(session, AuthorisationRequest.id == newest)
    if view.status == PENDING or view.usable():
        return view
    if view.status == REFUSED and view.decided_at is not None and view.decided_at > since:
        return view
    return None


def pending_requests(db: Database, team_id: uuid.UUID | None = None) -> list[RequestView]:
    """Requests waiting for a decision, oldest first; of one team's agents when `team_id`."""
    where = [AuthorisationRequest.status == PENDING]
    if team_id is not None:
        where.append(AuthorisationRequest.team_id == team_id)
    with db.unit() as uow:
        return _views(uow.session, *where)
