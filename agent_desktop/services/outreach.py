"""Checking and recording contact with a customer: outreach, overrides, inbound contact.

Outreach is checked and recorded in one write unit of work that serialises all outreach to the
customer, so racing agents can never together exceed a limit. Every decision leaves an audit
entry, refused attempts included; a refused attempt leaves nothing else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, select, update

from agent_desktop.domain.calendar import ServiceLevel
from agent_desktop.domain.kinds import KINDS
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import (
    Channel,
    Code,
    Direction,
    InvalidInput,
    OutreachDecision,
    OverridableBy,
    Purpose,
    Recipient,
    WorkItemKind,
    check_text,
)
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.facts import (
    customer_facts,
    customer_facts_and_contacts,
    find_customer,
    find_staff,
    staff_member,
)
from agent_desktop.services.work import DONE, OPEN, new_work_item
from agent_desktop.store.schema import (
    AuditEntry,
    Authorisation,
    ContactEvent,
    Customer,
    Staff,
    WorkItem,
)
from agent_desktop.store.types import utcnow

#: How long a team leader's authorisation waits for the contact it allows.
AUTHORISATION_LIFETIME = timedelta(minutes=30)


@dataclass(frozen=True)
class ContactRecord:
    id: uuid.UUID
    customer: str
    channel: Channel
    direction: Direction
    purpose: Purpose
    recipient: Recipient
    staff: str | None
    at: datetime
    summary: str | None
    override_reason: str | None = None
    authorised_by: str | None = None
    follows_up: uuid.UUID | None = None

    def to_json(self) -> dict:
        return {
            "id": str(self.id),
            "customer": self.customer,
            "channel": self.channel.value,
            "direction": self.direction.value,
            "purpose": self.purpose.value,
            "recipient": self.recipient.value,
            "staff": self.staff,
            "at": self.at.isoformat(),
            "summary": self.summary,
            "override_reason": self.override_reason,
            "authorised_by": self.authorised_by,
            "follows_up": str(self.follows_up) if self.follows_up else None,
        }


@dataclass(frozen=True)
class ContactResult:
    decision: OutreachDecision
    contact: ContactRecord | None
    work_items: tuple[uuid.UUID, ...] = ()

    @property
    def recorded(self) -> bool:
        return self.contact is not None


@dataclass(frozen=True)
class Outreach:
    """What an agent is about to do."""

    customer_ref: str
    staff: str
    channel: Channel
    at: datetime | None = None
    purpose: Purpose = Purpose.PROACTIVE
    recipient: Recipient = Recipient.CUSTOMER
    summary: str | None = None
    override_reason: str | None = None
    follows_up: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    # A team leader's approval of the agent's request (services.approvals): the authorisation
    # for this one contact past a restriction block, whose reason is the team leader's. There
    # is no other way past one: no name the agent types.
    approval: uuid.UUID | None = None


def check_outreach(
    db: Database, outreach: Outreach, *, audit_refusal: bool = False
) -> OutreachDecision:
    """The decision alone, recording no contact.

    With `audit_refusal`, a refusal is an attempt (the agent pressed Call on a blocked
    customer) and leaves its audit entry, as a refused `record_outreach` does.
    """
    at = outreach.at or utcnow()
    with db.unit(write=audit_refusal) as uow:
        staff_row = find_staff(uow.session, outreach.staff)
        customer = find_customer(uow.session, outreach.customer_ref)
        if customer is None:
            decision = _unknown_customer(outreach.customer_ref)
        else:
            facts = customer_facts(uow.session, customer, at)
            decision = evaluate(
                facts,
                staff_member(staff_row),
                outreach.channel,
                at,
                outreach.purpose,
                calendar=db.calendar,
                recipient=outreach.recipient,
            )
        if audit_refusal and not decision.allowed:
            _audit_outreach(uow.session, outreach, staff_row, customer, decision, "refused", at)
            uow.commit()
    return decision


def _unknown_customer(ref: str) -> OutreachDecision:
    return OutreachDecision.refused(
        Code.UNKNOWN_CUSTOMER, f"No customer has the reference {ref!r}."
    )


def _override(decision: OutreachDecision, outreach: Outreach, authoriser: Staff | None) -> str:
    """How a blocked outreach may still go ahead: 'authorised', 'overridden' or '' (refused)."""
    if decision.overridable_by is None:
        return ""
    if authoriser is not None:
        return "authorised"
    if outreach.override_reason and decision.overridable_by is OverridableBy.AGENT:
        return "overridden"
    return ""


def record_outreach(db: Database, outreach: Outreach, *, serialised: bool = True) -> ContactResult:
    """Check and record one outreach in a single transaction serialised per customer.

    A preference block goes ahead with the agent's written reason; a restriction block only
    with a team leader's approval of the agent's request (`Outreach.approval`), whose reason
    the contact carries. `serialised=False` exists only for the
    race test's negative control.

    Every statement after the first runs under the customer's lock, so there are few: the
    locking read (which reads the staff named too), the preferences and restrictions, the
    contact history (with a retry's own contact and the request a follow-up answers), then
    the contact and its audit entry (one statement on PostgreSQL), and COMMIT.
    """
    _check_texts(summary=outreach.summary, override_reason=outreach.override_reason)
    if outreach.override_reason is not None and not outreach.override_reason.strip():
        raise InvalidInput("override_reason", "must not be blank")
    at = outreach.at or utcnow()
    with db.unit(write=True) if serialised else _unserialised(db) as uow:
        session = uow.session
        customer, staff_row = _lock_customer(uow, outreach)
        approved = authoriser = None
        if outreach.approval is not None and customer is not None:
            approved, authoriser = _approved(session, outreach, customer, staff_row)
            outreach = replace(outreach, override_reason=approved.reason)
        if customer is None:
            decision = _unknown_customer(outreach.customer_ref)
            session.execute(
                insert(_AUDIT),
                _audit_values(outreach, staff_row, None, decision, "refused", at),
            )
            uow.commit()
            return ContactResult(decision, None)
        named = tuple(i for i in (outreach.contact_id, outreach.follows_up) if i is not None)
        facts, events = customer_facts_and_contacts(session, customer, at, named)
        replayed = _replayed_of(events, customer, outreach.contact_id)
        if replayed is not None:
            return ContactResult(
                OutreachDecision(allowed=True, next_allowed_at=at),
                _record(replayed, customer, outreach.staff, None),
            )
        if outreach.follows_up is not None:
            _answerable(events.get(outreach.follows_up), customer, outreach.follows_up)
        decision = evaluate(
            facts,
            staff_member(staff_row),
            outreach.channel,
            at,
            outreach.purpose,
            calendar=db.calendar,
            recipient=outreach.recipient,
        )
        outcome = "recorded" if decision.allowed else _override(decision, outreach, authoriser)
        if not outcome:
            session.execute(
                insert(_AUDIT),
                _audit_values(outreach, staff_row, customer, decision, "refused", at),
            )
            uow.commit()
            return ContactResult(decision, None)
        event = ContactEvent(
            id=outreach.contact_id or uuid.uuid4(),
            customer_id=customer.id,
            channel=outreach.channel.value,
            direction=Direction.OUTBOUND.value,
            purpose=outreach.purpose.value,
            recipient=outreach.recipient.value,
            staff_id=staff_row.id,
            at=at,
            summary=outreach.summary,
            follows_up_id=outreach.follows_up,
            override_reason=outreach.override_reason if outcome != "recorded" else None,
            authorised_by_id=authoriser.id if outcome == "authorised" else None,
            recorded_at=utcnow(),
        )
        permit = approved if outcome == "authorised" else None
        contact = {c.key: getattr(event, c.key) for c in _CONTACTS.columns}
        # Only a contact the approval let past a block was authorised: one the rules allowed
        # anyway (the block lifted meanwhile) names no team leader, as its contact row does.
        entry = _audit_values(
            outreach,
            staff_row,
            customer,
            decision,
            outcome,
            at,
            event.id,
            authoriser if outcome == "authorised" else None,
        )
        if db.engine.dialect.name == "postgresql":
            values = _prefixed(contact, "contact_", entry, "audit_")
            session.execute(
                _CONTACT_AND_AUDIT, {**values, "progress_customer": customer.id, "progress_at": at}
            )
        else:
            session.execute(insert(_CONTACTS), contact)
            session.execute(insert(_AUDIT), entry)
        if permit is not None:
            _use(session, permit, event)
        if outreach.follows_up is not None:
            _close_answered_work(session, outreach.follows_up, at)
        if db.engine.dialect.name != "postgresql":  # on PostgreSQL the contact's statement did
            session.execute(
                _PROGRESS_UPDATES_DONE, {"progress_customer": customer.id, "progress_at": at}
            )
        uow.commit()
        record = _record(event, customer, staff_row.username, authoriser)
    return ContactResult(decision, record)


_CONTACTS, _AUDIT = ContactEvent.__table__, AuditEntry.__table__
_CUSTOMER_AND_STAFF = (
    select(Customer, Staff)
    .join_from(
        Customer, Staff, Staff.username.in_(bindparam("names", expanding=True)), isouter=True
    )
    .where(Customer.ref == bindparam("ref"))
)
_CUSTOMER_AND_STAFF_FOR_UPDATE = _CUSTOMER_AND_STAFF.with_for_update(of=Customer)
# An outbound contact is the customer's progress update: their open items asking for one are
# done at the contact's instant (team-work.md).
_PROGRESS_UPDATES_DONE = (
    update(WorkItem.__table__)
    .where(
        WorkItem.__table__.c.customer_id == bindparam("progress_customer"),
        WorkItem.__table__.c.kind == WorkItemKind.PROGRESS_UPDATE.value,
        WorkItem.__table__.c.status == OPEN.value,
    )
    .values(
        status=DONE.value,
        closed_at=bindparam("progress_at", type_=WorkItem.__table__.c.closed_at.type),
    )
)


# One statement writes a contact and its audit entry on PostgreSQL, the entry selected from the
# inserted contact so that the contact is written first: the database's check of the entry
# reads it.
_CONTACT_AND_AUDIT = insert(_AUDIT).from_select(
    [_AUDIT.c[k] for k in ("id", "at", "actor", "action", "outcome", "customer_id", "details")],
    select(
        *(
            bindparam(f"audit_{k}", type_=_AUDIT.c[k].type)
            for k in ("id", "at", "actor", "action", "outcome", "customer_id", "details")
        )
    )
    .select_from(
        insert(_CONTACTS)
        .values({c: bindparam(f"contact_{c.key}", type_=c.type) for c in _CONTACTS.columns})
        .returning(_CONTACTS.c.id)
        .cte("contact")
    )
    # The outbound contact's progress updates done, in the same statement.
    .add_cte(_PROGRESS_UPDATES_DONE.returning(WorkItem.__table__.c.id).cte("updated")),
)


def _prefixed(first: dict, first_prefix: str, second: dict, second_prefix: str) -> dict:
    return {
        **{first_prefix + k: v for k, v in first.items()},
        **{second_prefix + k: v for k, v in second.items()},
    }


def _lock_customer(uow, outreach: Outreach) -> tuple[Customer | None, Staff]:
    """The customer, locked as `customer_for_update` locks it, with the member of staff read
    by the same statement (the lock does not guard staff rows; reading them here saves a
    round trip, not a wait)."""
    session = uow.session
    names = [outreach.staff]
    lock = uow.serialised and uow.engine.dialect.name != "sqlite"
    stmt = _CUSTOMER_AND_STAFF_FOR_UPDATE if lock else _CUSTOMER_AND_STAFF
    rows = session.execute(stmt, {"ref": outreach.customer_ref, "names": names}).all()
    if not rows:
        return None, find_staff(session, outreach.staff)
    staff = {row.username: row for _, row in rows if row is not None}
    # A name the statement did not find goes to find_staff, which says so.
    staff_row = staff.get(outreach.staff) or find_staff(session, outreach.staff)
    return rows[0][0], staff_row


def _approved(session, outreach: Outreach, customer, staff_row) -> tuple[Authorisation, Staff]:
    """The approval `outreach` names, with the team leader who gave it; refused (naming
    `approval`) unless it is for this customer, agent and channel, unused and not expired."""
    found = session.execute(
        select(Authorisation, Staff)
        .join(Staff, Staff.id == Authorisation.granted_by_id)
        .where(Authorisation.id == outreach.approval)
    ).first()
    if found is None:
        raise InvalidInput("approval", f"no approval has the id {outreach.approval}")
    permit, leader = found
    if (permit.customer_id, permit.staff_id, permit.channel) != (
        customer.id,
        staff_row.id,
        outreach.channel.value,
    ):
        raise NotPermitted(
            "approval", "the approval is for another customer, member of staff or channel"
        )
    if permit.contact_id is not None:
        raise NotPermitted("approval", "the approval was used by another contact already")
    if permit.expires_at <= utcnow():
        raise NotPermitted("approval", "the approval has expired: ask the team leader again")
    return permit, leader


def _use(session, permit: Authorisation, event: ContactEvent) -> None:
    """Mark the authorisation used by this contact (on PostgreSQL a staff login's contact has
    done so already, in the database's own check)."""
    session.refresh(permit, ["contact_id"])
    if permit.contact_id is None:
        permit.contact_id = event.id
    elif permit.contact_id != event.id:
        raise NotPermitted("approval", "the approval was used by another contact already")


def _check_texts(**texts: str | None) -> None:
    """Free text an agent typed is refused, naming its field, if no database could store it
    (a NUL, half a character), whichever desktop or command it came from."""
    for field, value in texts.items():
        if value is not None:
            check_text(value, field, lines=True)


def _replayed(session, customer: Customer | None, contact_id: uuid.UUID | None):
    """The contact already recorded under this client-made id, if this is a retry.

    A retry after a dropped connection cannot know whether the first attempt committed; it
    sends the same id, and finds the contact here instead of recording it twice. The customer
    row is locked by then, so two retries of one id cannot both miss it.
    """
    if contact_id is None or customer is None:
        return None
    event = session.get(ContactEvent, contact_id)
    if event is not None and event.customer_id != customer.id:
        raise InvalidInput("contact_id", "is already used by another customer's contact")
    return event


def _replayed_of(events: dict, customer: Customer, contact_id: uuid.UUID | None):
    """`_replayed`, among contacts already read under the customer's lock."""
    event = events.get(contact_id) if contact_id is not None else None
    if event is not None and event.customer_id != customer.id:
        raise InvalidInput("contact_id", "is already used by another customer's contact")
    return event


def _answerable(request: ContactEvent | None, customer: Customer, request_id: uuid.UUID) -> None:
    """A follow-up must answer one of this customer's own inbound contacts."""
    if request is None or request.customer_id != customer.id:
        raise InvalidInput("follows_up", f"{request_id} is not a contact of {customer.ref}")
    if request.direction != Direction.INBOUND.value:
        raise InvalidInput("follows_up", "a follow-up answers an inbound contact")


def _close_answered_work(session, request_id: uuid.UUID, at: datetime) -> None:
    """Answering the request settles what it made us owe: its call-back or reply items."""
    items = session.execute(
        select(WorkItem).where(WorkItem.source_contact_id == request_id, WorkItem.status == OPEN)
    ).scalars()
    for item in items:
        item.status, item.closed_at = DONE.value, at


class _unserialised:
    """A unit of work that neither locks the customer nor takes SQLite's write lock first."""

    def __init__(self, db: Database):
        from agent_desktop.store.engine import make_engine
        from agent_desktop.store.uow import UnitOfWork

        engine = db.engine
        if engine.dialect.name == "sqlite":
            engine = make_engine(str(engine.url), serialised=False)
        self._uow = UnitOfWork(engine, write=True, serialised=False)

    def __enter__(self):
        return self._uow.__enter__()

    def __exit__(self, *exc):
        self._uow.__exit__(*exc)


def _record(
    event: ContactEvent, customer: Customer, staff: str | None, authoriser
) -> ContactRecord:
    return ContactRecord(
        id=event.id,
        customer=customer.ref,
        channel=Channel(event.channel),
        direction=Direction(event.direction),
        purpose=Purpose(event.purpose),
        recipient=Recipient(event.recipient),
        staff=staff,
        at=event.at,
        summary=event.summary,
        override_reason=event.override_reason,
        authorised_by=authoriser.username
        if authoriser is not None and event.authorised_by_id
        else None,
        follows_up=event.follows_up_id,
    )


def _audit_outreach(session, outreach, staff_row, customer, decision, outcome, at, contact_id=None):
    audit(
        session,
        staff_row.username,
        "outreach",
        outcome,
        customer.id if customer else None,
        _outreach_details(outreach, decision, at, contact_id),
    )


def _audit_values(
    outreach, staff_row, customer, decision, outcome, at, contact_id=None, authoriser=None
) -> dict:
    return {
        "id": uuid.uuid4(),
        "at": utcnow(),
        "actor": staff_row.username,
        "action": "outreach",
        "outcome": outcome,
        "customer_id": customer.id if customer else None,
        "details": _outreach_details(outreach, decision, at, contact_id, authoriser),
    }


def _outreach_details(outreach, decision, at, contact_id, authoriser=None) -> dict:
    details = {
        "customer_ref": outreach.customer_ref,
        "channel": outreach.channel.value,
        "purpose": outreach.purpose.value,
        "recipient": outreach.recipient.value,
        "at": at.isoformat(),
        "blocks": decision.block_codes,
        "warnings": decision.warning_codes,
    }
    if contact_id is not None:
        details["contact_id"] = str(contact_id)
    if outreach.override_reason:
        details["override_reason"] = outreach.override_reason
    if authoriser is not None:
        details["approval"] = str(outreach.approval)
        details["authorised_by"] = authoriser.username
    if decision.next_allowed_at and not decision.allowed:
        details["next_allowed_at"] = decision.next_allowed_at.isoformat()
    return details


@dataclass(frozen=True)
class InboundContact:
    customer_ref: str
    channel: Channel
    staff: str | None = None
    at: datetime | None = None
    summary: str | None = None
    contact_id: uuid.UUID | None = None


def log_inbound(db: Database, inbound: InboundContact) -> ContactResult:
    """Record a contact the customer made. It is never refused: restrictions only inform.

    An email makes acknowledgement and reply work items; under a read-and-file restriction,
    letters and emails make only a check for new information or safeguarding concerns.
    """
    _check_texts(summary=inbound.summary)
    at = inbound.at or utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        staff_row = find_staff(session, inbound.staff) if inbound.staff else None
        customer = uow.customer_for_update(inbound.customer_ref)
        if customer is None:
            raise InvalidInput(
                "customer", f"no customer has the reference {inbound.customer_ref!r}"
            )
        existing = _replayed(session, customer, inbound.contact_id)
        if existing is not None:  # a replay of a contact already recorded
            return ContactResult(
                OutreachDecision(allowed=True, next_allowed_at=at),
                _record(existing, customer, inbound.staff, None),
            )
        facts = customer_facts(session, customer, at)
        event = ContactEvent(
            id=inbound.contact_id or uuid.uuid4(),
            customer_id=customer.id,
            channel=inbound.channel.value,
            direction=Direction.INBOUND.value,
            purpose=Purpose.PROACTIVE.value,
            staff_id=staff_row.id if staff_row else None,
            at=at,
            summary=inbound.summary,
        )
        session.add(event)
        session.flush()
        items = _inbound_work(session, db, customer, event, facts, staff_row)
        audit(
            session,
            inbound.staff,
            "inbound",
            "recorded",
            customer.id,
            {
                "customer_ref": customer.ref,
                "channel": inbound.channel.value,
                "at": at.isoformat(),
                "contact_id": str(event.id),
            },
        )
        uow.commit()
        record = _record(event, customer, inbound.staff, None)
    warnings = ()
    if staff_row is not None:
        warnings = evaluate(
            facts, staff_member(staff_row), inbound.channel, at, calendar=db.calendar
        ).warnings
    return ContactResult(
        OutreachDecision(allowed=True, warnings=warnings, next_allowed_at=at), record, items
    )


def _inbound_work(session, db, customer, event, facts, staff_row) -> tuple[uuid.UUID, ...]:
    channel = Channel(event.channel)
    if not channel.is_written:
        return ()
    read_and_file = any(
        KINDS[r.kind].files_correspondence and r.active_at(event.at, db.calendar)
        for r in facts.restrictions
    )
    if read_and_file:
        plan = [(WorkItemKind.INFO_CHECK, ServiceLevel.EMAIL_ACK)]
    elif channel is Channel.EMAIL:
        plan = [
            (WorkItemKind.EMAIL_ACK, ServiceLevel.EMAIL_ACK),
            (WorkItemKind.EMAIL_REPLY, ServiceLevel.EMAIL_REPLY),
        ]
    else:
        plan = [(WorkItemKind.EMAIL_REPLY, ServiceLevel.EMAIL_REPLY)]
    ids = []
    for kind, level in plan:
        item = new_work_item(
            kind,
            customer.id,
            db.calendar.due(level, event.at),
            team_id=staff_row.team_id if staff_row else None,
            source_contact_id=event.id,
        )
        session.add(item)
        ids.append(item.id)
    return tuple(ids)


def request_callback(
    db: Database,
    customer_ref: str,
    staff: str,
    at: datetime | None = None,
    note: str | None = None,
    item_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A call-back the customer asked for: due by the end of the next working day."""
    _check_texts(note=note)
    at = at or utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        staff_row = find_staff(session, staff)
        customer = uow.customer_for_update(customer_ref)
        if customer is None:
            raise InvalidInput("customer", f"no customer has the reference {customer_ref!r}")
        if item_id is not None:
            existing = session.get(WorkItem, item_id)
            if existing is not None:  # a replay of a request already recorded
                if existing.customer_id != customer.id or existing.kind != WorkItemKind.CALLBACK:
                    raise InvalidInput("item_id", "is already used by other work")
                return existing.id
        item = new_work_item(
            WorkItemKind.CALLBACK,
            customer.id,
            db.calendar.due(ServiceLevel.CALLBACK, at),
            team_id=staff_row.team_id,
            assignee_id=staff_row.id,
            note=note,
            id=item_id,
        )
        session.add(item)
        audit(
            session,
            staff,
            "callback_requested",
            "recorded",
            customer.id,
            {"customer_ref": customer_ref, "work_item": str(item.id)},
        )
        uow.commit()
        return item.id
