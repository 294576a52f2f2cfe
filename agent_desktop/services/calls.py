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

from agent_desktop.domain.kinds import KINDS
from agent_desktop.domain.model import StaffMember
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import (
    Channel,
    Code,
    OutreachDecision,
    Recipient,
)
from agent_desktop.services.card import RepresentativeView, representative_view
from agent_desktop.services.database import Database
from agent_desktop.services.facts import customer_facts, find_customer, restriction_value
from agent_desktop.services.outreach import request_callback
from agent_desktop.services.session import SignedIn
from agent_desktop.store.schema import RestrictionRow, WorkItem
from agent_desktop.store.types import utcnow

#: The outreach channels the action bar offers, in the order it shows them.
PREVIEW_CHANNELS: tuple[Channel, ...] = (Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.SMS)


def _staff(user: SignedIn) -> StaffMember:
    return StaffMember(
        username=user.username, name=user.name, roles=user.roles, welsh_speaker=user.welsh_speaker
    )


def _unknown(ref: str | None) -> OutreachDecision:
    return OutreachDecision.refused(
        Code.UNKNOWN_CUSTOMER, f"No customer has the reference {ref!r}."
    )


def outreach_preview(
    db: Database,
    ref: str | None,
    user: SignedIn,
    at: datetime | None = None,
    recipient: Recipient = Recipient.CUSTOMER,
) -> dict[Channel, OutreachDecision]:
    """The decision for phone, email, letter and sms, from one read of the customer's facts.

    `recipient` is whom the contact is addressed to: the customer, or their representative.
    An unknown (or missing) reference gives every channel an UNKNOWN_CUSTOMER refusal, which
    nothing may override.
    """
    at = at or utcnow()
    facts = _facts(db, ref, at)
    if facts is None:
        return {channel: _unknown(ref) for channel in PREVIEW_CHANNELS}
    return _decide(db, facts, user, at, recipient)


@dataclass(frozen=True)
class OutreachOptions:
    """Everything the action bar shows before the agent acts, from one read of the facts."""

    #: Each channel's decision for the customer, and for their representative when they
    #: have one (or a restriction sends contact through one).
    decisions: dict[Recipient, dict[Channel, OutreachDecision]]
    representative: RepresentativeView | None = None


def outreach_options(
    db: Database, ref: str | None, user: SignedIn, at: datetime | None = None
) -> OutreachOptions:
    """Every channel's decision for whom the agent may address, and who the representative is.

    A representative_only restriction names the representative even when no details of
    them are recorded: they are offered by name.
    """
    at = at or utcnow()
    facts = _facts(db, ref, at)
    if facts is None:
        unknown = {channel: _unknown(ref) for channel in PREVIEW_CHANNELS}
        return OutreachOptions({Recipient.CUSTOMER: unknown})
    decisions = {Recipient.CUSTOMER: _decide(db, facts, user, at, Recipient.CUSTOMER)}
    prefs = facts.preferences
    representative = representative_view(prefs.representative if prefs else None)
    if representative is None:
        named = next(
            (
                b.params.get("name")
                for d in decisions[Recipient.CUSTOMER].values()
                for b in d.blocks
                if b.code is Code.REPRESENTATIVE_ONLY
            ),
            None,
        )
        representative = RepresentativeView(named) if named else None
    if representative is not None:
        decisions[Recipient.REPRESENTATIVE] = _decide(db, facts, user, at, Recipient.REPRESENTATIVE)
    return OutreachOptions(decisions, representative)


def _facts(db: Database, ref: str | None, at: datetime):
    if not ref:
        return None
    with db.unit() as uow:
        customer = find_customer(uow.session, ref)
        if customer is None:
            return None
        return customer_facts(uow.session, customer, at)


def _decide(
    db: Database, facts, user: SignedIn, at: datetime, recipient: Recipient
) -> dict[Channel, OutreachDecision]:
    staff = _staff(user)
    return {
        channel: evaluate(facts, staff, channel, at, calendar=db.calendar, recipient=recipient)
        for channel in PREVIEW_CHANNELS
    }


def call_limit_minutes(db: Database, ref: str, at: datetime | None = None) -> int | None:
    """The minutes an active call_duration restriction allows, the strictest if several."""
    at = at or utcnow()
    with db.unit() as uow:
        customer = find_customer(uow.session, ref)
        if customer is None:
            return None
        rows = (
            uow.session.execute(
                select(RestrictionRow).where(
                    RestrictionRow.customer_id == customer.id,
                    RestrictionRow.kind.in_(
                        [k.value for k, e in KINDS.items() if e.limits_call_minutes]
                    ),
                )
            )
            .scalars()
            .all()
        )
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


def request_callback_due(
    db: Database,
    ref: str,
    staff: str,
    at: datetime | None = None,
    note: str | None = None,
    item_id: uuid.UUID | None = None,
) -> CallbackRequested:
    """Request a call-back and read back the due instant the service level gave it."""
    item_id = request_callback(db, ref, staff, at, note, item_id)
    with db.unit() as uow:
        due_at = uow.session.execute(
            select(WorkItem.due_at).where(WorkItem.id == item_id)
        ).scalar_one()
    return CallbackRequested(item_id, due_at)
