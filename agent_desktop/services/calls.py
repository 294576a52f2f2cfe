"""What the action bar asks before and around a contact: every channel's decision, the call limit.

The preview is advice shown before the agent acts; `record_outreach` stays the authoritative
check. Both read in one unit of work each and hand back plain values, so the window can run
them off the GUI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from agent_desktop.domain.documents import parse_representative
from agent_desktop.domain.model import StaffMember
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import (
    Channel,
    Code,
    OutreachDecision,
    Recipient,
    RestrictionKind,
)
from agent_desktop.services.card import RepresentativeView, representative_view
from agent_desktop.services.database import Database
from agent_desktop.services.facts import customer_facts, find_customer, restriction_value
from agent_desktop.services.outreach import request_callback
from agent_desktop.services.session import SignedIn
from agent_desktop.store.schema import ContactPreferenceRow, Customer, RestrictionRow, WorkItem
from agent_desktop.store.types import utcnow

#: The outreach channels the action bar offers, in the order it shows them.
PREVIEW_CHANNELS: tuple[Channel, ...] = (Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.SMS)


def _staff(user: SignedIn) -> StaffMember:
    return StaffMember(username=user.username, name=user.name, roles=user.roles,
                       welsh_speaker=user.welsh_speaker)


def _unknown(ref: str | None) -> OutreachDecision:
    return OutreachDecision.refused(Code.UNKNOWN_CUSTOMER, f"No customer has the reference {ref!r}.")


def outreach_preview(db: Database, ref: str | None, user: SignedIn,
                     at: datetime | None = None, recipient: Recipient = Recipient.CUSTOMER
                     ) -> dict[Channel, OutreachDecision]:
    """The decision for phone, email, letter and sms, from one read of the customer's facts.

    `recipient` is whom the contact is addressed to: the customer, or their representative.
    An unknown (or missing) reference gives every channel an UNKNOWN_CUSTOMER refusal, which
    nothing may override.
    """
    at = at or utcnow()
    if not ref:
        return {channel: _unknown(ref) for channel in PREVIEW_CHANNELS}
    with db.unit() as uow:
        customer = find_customer(uow.session, ref)
        if customer is None:
            return {channel: _unknown(ref) for channel in PREVIEW_CHANNELS}
        facts = customer_facts(uow.session, customer, at)
    staff = _staff(user)
    return {channel: evaluate(facts, staff, channel, at, calendar=db.calendar,
                              recipient=recipient)
            for channel in PREVIEW_CHANNELS}


def representative_of(db: Database, ref: str) -> RepresentativeView | None:
    """The person authorised to act for customer `ref`, with how to reach them; None if none."""
    with db.unit() as uow:
        value = uow.session.execute(
            select(ContactPreferenceRow.representative)
            .join(Customer, Customer.id == ContactPreferenceRow.customer_id)
            .where(Customer.ref == ref)
        ).scalar_one_or_none()
    if not value:
        return None
    return representative_view(parse_representative(value, "representative"))


def call_limit_minutes(db: Database, ref: str, at: datetime | None = None) -> int | None:
    """The minutes an active call_duration restriction allows, the strictest if several."""
    at = at or utcnow()
    with db.unit() as uow:
        customer = find_customer(uow.session, ref)
        if customer is None:
            return None
        rows = uow.session.execute(
            select(RestrictionRow).where(RestrictionRow.customer_id == customer.id,
                                         RestrictionRow.kind == RestrictionKind.CALL_DURATION.value)
        ).scalars().all()
    limits = []
    for row in rows:
        restriction = restriction_value(row, {})
        if restriction.active_at(at, db.calendar) and restriction.terms.minutes:
            limits.append(restriction.terms.minutes)
    return min(limits, default=None)


@dataclass(frozen=True)
class CallbackRequested:
    item_id: uuid.UUID
    due_at: datetime


def request_callback_due(db: Database, ref: str, staff: str, at: datetime | None = None,
                         note: str | None = None,
                         item_id: uuid.UUID | None = None) -> CallbackRequested:
    """Request a call-back and read back the due instant the service level gave it."""
    item_id = request_callback(db, ref, staff, at, note, item_id)
    with db.unit() as uow:
        due_at = uow.session.execute(
            select(WorkItem.due_at).where(WorkItem.id == item_id)
        ).scalar_one()
    return CallbackRequested(item_id, due_at)
