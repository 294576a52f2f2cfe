"""Reading customers and staff from the store into the values the contact rules take."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from agent_desktop.domain.documents import parse_representative, parse_terms, parse_window
from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.model import (
    ContactPreference,
    CustomerFacts,
    PastContact,
    Restriction,
    StaffMember,
)
from agent_desktop.domain.values import (
    Category,
    Channel,
    Direction,
    InvalidInput,
    Language,
    Purpose,
    Role,
)
from agent_desktop.store.schema import (
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
)


def staff_member(row: Staff) -> StaffMember:
    return StaffMember(
        username=row.username,
        name=row.name,
        roles=frozenset(Role(r) for r in row.roles),
        welsh_speaker=row.welsh_speaker,
    )


def find_staff(session: Session, username: str, field: str = "staff") -> Staff:
    row = session.execute(select(Staff).where(Staff.username == username)).scalar_one_or_none()
    if row is None:
        raise InvalidInput(field, f"no member of staff has the username {username!r}")
    return row


def find_customer(session: Session, ref: str) -> Customer | None:
    return session.execute(select(Customer).where(Customer.ref == ref)).scalar_one_or_none()


def preference_value(row: ContactPreferenceRow, agreed_by: str | None) -> ContactPreference:
    return ContactPreference(
        channels=tuple(Channel(c) for c in row.channels),
        update_every_days=row.update_every_days,
        contact_hours=parse_window(row.contact_hours, "contact_hours")
        if row.contact_hours
        else None,
        language=Language(row.language),
        accessibility=tuple(row.accessibility or ()),
        representative=(
            parse_representative(row.representative, "representative")
            if row.representative
            else None
        ),
        agreed_on=row.agreed_on,
        agreed_by=agreed_by,
    )


def restriction_value(row: RestrictionRow, names: dict[uuid.UUID, str]) -> Restriction:
    kind = RestrictionKind(row.kind)
    return Restriction(
        id=str(row.id),
        kind=kind,
        category=Category(row.category),
        reason=row.reason,
        decided_by=names.get(row.decided_by_id, ""),
        starts_on=row.starts_on,
        review_by=row.review_by,
        ends_on=row.ends_on,
        customer_notified_on=row.customer_notified_on,
        lifted_at=row.lifted_at,
        terms=parse_terms(kind, row.terms or {}, "terms"),
    )


def contact_window_start(prefs, restrictions, at: datetime) -> datetime:
    """How far back contact history can matter to a decision at `at`."""
    days = [r.terms.get("per_days", 0) for r in restrictions if r.kind == "max_contacts"]
    if prefs is not None and prefs.update_every_days:
        days.append(prefs.update_every_days)
    return at - timedelta(days=max(days, default=0))


def customer_facts(session: Session, customer: Customer, at: datetime) -> CustomerFacts:
    """The preferences, restrictions and the contact history that can bear on `at`."""
    return customer_facts_and_contacts(session, customer, at)[0]


_AGREED_BY, _DECIDED_BY = aliased(Staff), aliased(Staff)
#: Preferences and restrictions of one customer: one row per restriction, or one without any.
_PREFERENCES_AND_RESTRICTIONS = (
    select(ContactPreferenceRow, _AGREED_BY.username, RestrictionRow, _DECIDED_BY.username)
    .select_from(Customer)
    .outerjoin(ContactPreferenceRow, ContactPreferenceRow.customer_id == Customer.id)
    .outerjoin(_AGREED_BY, _AGREED_BY.id == ContactPreferenceRow.agreed_by_id)
    .outerjoin(RestrictionRow, RestrictionRow.customer_id == Customer.id)
    .outerjoin(_DECIDED_BY, _DECIDED_BY.id == RestrictionRow.decided_by_id)
    .where(Customer.id == bindparam("customer"))
)
_WINDOW = (ContactEvent.customer_id == bindparam("customer")) & (
    ContactEvent.at > bindparam("since")
)
_HISTORY = select(ContactEvent).where(_WINDOW).order_by(ContactEvent.at)
_HISTORY_AND_NAMED = (
    select(ContactEvent)
    .where(or_(_WINDOW, ContactEvent.id.in_(bindparam("named", expanding=True))))
    .order_by(ContactEvent.at)
)


def customer_facts_and_contacts(
    session: Session, customer: Customer, at: datetime, contact_ids: tuple[uuid.UUID, ...] = ()
) -> tuple[CustomerFacts, dict[uuid.UUID, ContactEvent]]:
    """`customer_facts` in two statements, and the contacts of `contact_ids` (whoever's they
    are) read by the second.

    The first reads the preferences and the restrictions together, the second the contact
    history that can bear on `at` together with the named contacts (a retry's own contact, the
    request a follow-up answers). Run after the customer's row is locked, both see whatever
    the previous holder of the lock committed.
    """
    rows = session.execute(_PREFERENCES_AND_RESTRICTIONS, {"customer": customer.id}).all()
    prefs, agreed = (rows[0][0], rows[0][1]) if rows else (None, None)
    restriction_rows = [(r[2], r[3]) for r in rows if r[2] is not None]
    since = contact_window_start(prefs, [r for r, _ in restriction_rows], at)
    params = {"customer": customer.id, "since": since}
    if contact_ids:
        events = session.execute(_HISTORY_AND_NAMED, {**params, "named": list(contact_ids)})
    else:
        events = session.execute(_HISTORY, params)
    named: dict[uuid.UUID, ContactEvent] = {}
    contacts = []
    for event in events.scalars():
        if event.id in contact_ids:
            named[event.id] = event
        if event.customer_id == customer.id and event.at > since:
            contacts.append(
                PastContact(
                    at=event.at,
                    channel=Channel(event.channel),
                    direction=Direction(event.direction),
                    purpose=Purpose(event.purpose),
                )
            )
    facts = CustomerFacts(
        ref=customer.ref,
        preferences=preference_value(prefs, agreed) if prefs is not None else None,
        restrictions=tuple(
            restriction_value(r, {r.decided_by_id: name}) for r, name in restriction_rows
        ),
        contacts=tuple(contacts),
    )
    return facts, named
