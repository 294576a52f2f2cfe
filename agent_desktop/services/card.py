"""Everything the customer card shows, read in one unit of work with a handful of queries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import literal, select
from sqlalchemy.orm import aliased

from agent_desktop.domain.kinds import KINDS, RestrictionKind, counts_towards, time_gates
from agent_desktop.domain.model import (
    ContactPreference,
    CustomerFacts,
    PastContact,
    Representative,
    Restriction,
    StaffMember,
)
from agent_desktop.domain.parsing import display_phone
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import (
    Channel,
    Code,
    Direction,
    Language,
    Purpose,
)
from agent_desktop.services.database import Database
from agent_desktop.services.facts import preference_value, restriction_value
from agent_desktop.services.session import SignedIn
from agent_desktop.services.work import OwedWork, owed_work
from agent_desktop.store.schema import (
    Case,
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    CustomerEmail,
    CustomerPhone,
    RestrictionRow,
    Staff,
)
from agent_desktop.store.types import utcnow

#: How many contact events the timeline shows.
TIMELINE_LENGTH = 100

# Restrictions that gate contact by time; the next-allowed instant on the card is theirs alone.
# Preference blocks are the agent's to override and person blocks (named contact, no contact,
# representative only) have sentences of their own, so neither should hide when the limit lifts.
_TIME_GATES = time_gates()
_ANY_CHANNEL = ContactPreference(channels=tuple(Channel))


@dataclass(frozen=True)
class StaffContact:
    """A named member of staff's direct contact details."""

    username: str
    name: str
    phone: str | None = None  # national display form
    email: str | None = None


@dataclass(frozen=True)
class RestrictionView:
    """An active restriction and the facts the card states about it now."""

    restriction: Restriction
    decided_by_name: str = ""
    used: int | None = None  # max_contacts: contacts counted in the current rolling window
    next_allowed_at: datetime | None = None  # max_contacts: set only while the limit is reached
    staff: StaffContact | None = None  # single_point_of_contact
    deputy: StaffContact | None = None
    review_overdue: bool = False

    @property
    def kind(self) -> RestrictionKind:
        return self.restriction.kind

    @property
    def limit_reached(self) -> bool:
        limit = self.restriction.terms.limit
        return self.used is not None and limit is not None and self.used >= limit


@dataclass(frozen=True)
class RepresentativeView:
    name: str
    relationship: str | None = None
    phone: str | None = None  # national display form
    email: str | None = None
    contact_only_via: bool = False


@dataclass(frozen=True)
class CaseView:
    ref: str
    subject: str
    stage: str
    owner_name: str | None
    opened_on: date
    target_on: date | None
    closed_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_on is None and self.stage != "closed"


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    channel: Channel
    direction: Direction
    purpose: Purpose
    staff_name: str | None
    summary: str | None
    override_reason: str | None = None
    authorised_by_name: str | None = None
    #: Taken on this desktop while the central database was away; not sent yet.
    waiting: bool = False
    #: Why the central database refused it, when it did (it is then never sent).
    refused: str | None = None


@dataclass(frozen=True)
class CustomerCard:
    ref: str
    name: str
    address: str | None
    phones: tuple[str, ...]  # national display form
    emails: tuple[str, ...]
    preferences: ContactPreference | None  # agreed_by holds the staff member's name
    language: Language
    accessibility: tuple[str, ...]
    representative: RepresentativeView | None
    restrictions: tuple[RestrictionView, ...]  # active at `at` only
    cases: tuple[CaseView, ...]  # open first
    timeline: tuple[TimelineEntry, ...]  # newest first
    at: datetime
    today: date  # in office time
    work: tuple[OwedWork, ...] = ()  # open items, soonest due first

    @property
    def prefers_welsh(self) -> bool:
        return self.language is Language.WELSH

    @property
    def review_overdue(self) -> bool:
        return any(v.review_overdue for v in self.restrictions)

    @property
    def call_limit_minutes(self) -> int | None:
        """The shortest active call_duration limit, for the call timer; None without one."""
        limits = [
            v.restriction.terms.minutes
            for v in self.restrictions
            if KINDS[v.kind].limits_call_minutes and v.restriction.terms.minutes
        ]
        return min(limits, default=None)


def load_card(
    db: Database, ref: str, user: SignedIn, at: datetime | None = None
) -> CustomerCard | None:
    """The card of customer `ref` as `user` sees it at `at` (now), or None for an unknown ref."""
    at = at or utcnow()
    calendar = db.calendar
    with db.unit() as uow:
        s = uow.session
        agreed_by = aliased(Staff)
        head = s.execute(
            select(
                Customer.id,
                Customer.ref,
                Customer.name,
                Customer.address,
                ContactPreferenceRow,
                agreed_by.name,
            )
            .outerjoin(ContactPreferenceRow, ContactPreferenceRow.customer_id == Customer.id)
            .outerjoin(agreed_by, agreed_by.id == ContactPreferenceRow.agreed_by_id)
            .where(Customer.ref == ref)
        ).one_or_none()
        if head is None:
            return None
        customer_id, prefs_row = head[0], head[4]
        phones, emails = _addresses(s, customer_id)
        restrictions = _active_restrictions(s, customer_id, at, calendar)
        cases = _cases(s, customer_id)
        timeline = _timeline(s, customer_id)
        work = owed_work(s, customer_id)
        named = _named_staff(s, restrictions)
        contacts = _window_contacts(s, customer_id, restrictions, timeline, at)
    prefs = preference_value(prefs_row, head[5]) if prefs_row is not None else None
    today = calendar.local_date(at)
    facts = CustomerFacts(
        ref=ref,
        preferences=_ANY_CHANNEL,
        restrictions=tuple(r for r, _ in restrictions if r.kind in _TIME_GATES),
        contacts=contacts,
    )
    views = tuple(
        _view(r, decided_by, facts, contacts, named, user, at, today, calendar)
        for r, decided_by in restrictions
    )
    return CustomerCard(
        ref=head[1],
        name=head[2],
        address=head[3],
        phones=phones,
        emails=emails,
        preferences=prefs,
        language=prefs.language if prefs else Language.ENGLISH,
        accessibility=prefs.accessibility if prefs else (),
        representative=representative_view(prefs.representative if prefs else None),
        restrictions=views,
        cases=cases,
        timeline=timeline,
        at=at,
        today=today,
        work=work,
    )


def _addresses(s, customer_id: uuid.UUID) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rows = s.execute(
        select(literal("p").label("kind"), CustomerPhone.position, CustomerPhone.e164)
        .where(CustomerPhone.customer_id == customer_id)
        .union_all(
            select(literal("e").label("kind"), CustomerEmail.position, CustomerEmail.address).where(
                CustomerEmail.customer_id == customer_id
            )
        )
    ).all()
    rows.sort(key=lambda r: (r[0], r[1]))
    phones = tuple(display_phone(v) for kind, _, v in rows if kind == "p")
    emails = tuple(v for kind, _, v in rows if kind == "e")
    return phones, emails


def _active_restrictions(s, customer_id, at, calendar) -> list[tuple[Restriction, str]]:
    rows = s.execute(
        select(RestrictionRow, Staff.username, Staff.name)
        .outerjoin(Staff, Staff.id == RestrictionRow.decided_by_id)
        .where(RestrictionRow.customer_id == customer_id)
        .order_by(RestrictionRow.starts_on, RestrictionRow.decided_at)
    ).all()
    out = []
    for row, username, name in rows:
        restriction = restriction_value(row, {row.decided_by_id: username or ""})
        if restriction.active_at(at, calendar):
            out.append((restriction, name or ""))
    return out


def _cases(s, customer_id) -> tuple[CaseView, ...]:
    rows = s.execute(
        select(
            Case.ref,
            Case.subject,
            Case.stage,
            Staff.name,
            Case.opened_on,
            Case.target_on,
            Case.closed_on,
        )
        .outerjoin(Staff, Staff.id == Case.owner_id)
        .where(Case.customer_id == customer_id)
    ).all()
    cases = [CaseView(*row) for row in rows]
    cases.sort(key=_case_order)
    return tuple(cases)


def _case_order(c: CaseView) -> tuple:
    """Open cases first, soonest target first; then closed ones, most recently closed first."""
    if c.is_open:
        return (0, c.target_on or date.max, c.ref)
    return (1, -(c.closed_on or c.opened_on).toordinal(), c.ref)


def _timeline(s, customer_id) -> tuple[TimelineEntry, ...]:
    by, authoriser = aliased(Staff), aliased(Staff)
    rows = s.execute(
        select(
            ContactEvent.at,
            ContactEvent.channel,
            ContactEvent.direction,
            ContactEvent.purpose,
            by.name,
            ContactEvent.summary,
            ContactEvent.override_reason,
            authoriser.name,
        )
        .outerjoin(by, by.id == ContactEvent.staff_id)
        .outerjoin(authoriser, authoriser.id == ContactEvent.authorised_by_id)
        .where(ContactEvent.customer_id == customer_id)
        .order_by(ContactEvent.at.desc(), ContactEvent.id)
        .limit(TIMELINE_LENGTH)
    ).all()
    return tuple(
        TimelineEntry(
            at=r[0],
            channel=Channel(r[1]),
            direction=Direction(r[2]),
            purpose=Purpose(r[3]),
            staff_name=r[4],
            summary=r[5],
            override_reason=r[6],
            authorised_by_name=r[7],
        )
        for r in rows
    )


def _named_staff(s, restrictions) -> dict[str, StaffContact]:
    usernames = {
        u
        for r, _ in restrictions
        for u in (getattr(r.terms, f) for f in KINDS[r.kind].staff_fields)
        if u
    }
    if not usernames:
        return {}
    rows = s.execute(
        select(Staff.username, Staff.name, Staff.phone, Staff.email).where(
            Staff.username.in_(sorted(usernames))
        )
    ).all()
    return {u: StaffContact(u, name, _display(phone), email) for u, name, phone, email in rows}


def _window_contacts(s, customer_id, restrictions, timeline, at) -> tuple[PastContact, ...]:
    """Contacts inside the longest active rolling window; the timeline usually holds them all."""
    spans = [d for r, _ in restrictions if (d := KINDS[r.kind].span_days(r.terms)) is not None]
    if not spans:
        return ()
    since = at - timedelta(days=max(spans))
    # Like the rules' own reading (services/facts.py) there is no upper bound: contacts
    # recorded after `at` still fill the window a later instant sees.
    if len(timeline) < TIMELINE_LENGTH or timeline[-1].at <= since:
        rows = [(e.at, e.channel, e.direction, e.purpose) for e in timeline if e.at > since]
    else:
        rows = s.execute(
            select(
                ContactEvent.at, ContactEvent.channel, ContactEvent.direction, ContactEvent.purpose
            ).where(ContactEvent.customer_id == customer_id, ContactEvent.at > since)
        ).all()
    contacts = [
        PastContact(at=a, channel=Channel(c), direction=Direction(d), purpose=Purpose(p))
        for a, c, d, p in rows
    ]
    contacts.sort(key=lambda c: c.at)
    return tuple(contacts)


def _view(
    r: Restriction,
    decided_by: str,
    facts: CustomerFacts,
    contacts,
    named,
    user,
    at: datetime,
    today: date,
    calendar,
) -> RestrictionView:
    overdue = today > r.review_by
    if r.kind is RestrictionKind.MAX_CONTACTS:
        span = timedelta(days=r.terms.per_days)
        used = sum(
            1
            for c in contacts
            if at - span < c.at <= at and counts_towards(r, c.channel, c.direction)
        )
        channel = r.terms.channels[0] if r.terms.channels else Channel.PHONE
        decision = evaluate(facts, _staff(user), channel, at, calendar=calendar)
        limited = Code.CONTACT_LIMIT_REACHED in {b.code for b in decision.blocks}
        return RestrictionView(
            r,
            decided_by,
            used=used,
            next_allowed_at=decision.next_allowed_at if limited else None,
            review_overdue=overdue,
        )
    if r.kind is RestrictionKind.SINGLE_POINT_OF_CONTACT:
        return RestrictionView(
            r,
            decided_by,
            staff=_person(named, r.terms.staff),
            deputy=_person(named, r.terms.deputy),
            review_overdue=overdue,
        )
    return RestrictionView(r, decided_by, review_overdue=overdue)


def _person(named: dict[str, StaffContact], username: str | None) -> StaffContact | None:
    if not username:
        return None
    # A username no longer in the staff table is still shown, so the agent knows whom to ask.
    return named.get(username) or StaffContact(username, username)


def _staff(user: SignedIn) -> StaffMember:
    return StaffMember(
        username=user.username, name=user.name, roles=user.roles, welsh_speaker=user.welsh_speaker
    )


def representative_view(rep: Representative | None) -> RepresentativeView | None:
    """A representative as the window shows them: phone in national form."""
    if rep is None:
        return None
    return RepresentativeView(
        rep.name, rep.relationship, _display(rep.phone), rep.email, rep.contact_only_via
    )


def _display(e164: str | None) -> str | None:
    if not e164:
        return None
    try:
        return display_phone(e164)
    except Exception:
        # Staff phones are typed in by hand and may not parse; show them as written.
        return e164
