"""Deciding, reviewing, lifting and challenging communication restrictions.

Deciding is checked as contact-rules.md says: only a team leader or manager decides; a set
of restrictions that leaves the customer no way at all to reach the organisation is refused;
one that conflicts with a recorded reasonable adjustment needs the decider to confirm they
considered it. Deciding creates a *send restriction notice* work item; `restriction_notice`
reads what the letter says, and `record_notice_sent` closes that item and records the date the
customer was told.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from agent_desktop.domain.calendar import ServiceLevel
from agent_desktop.domain.documents import (
    REVIEW_MAX_MONTHS,
    add_months,
    parse_restriction,
    terms_to_json,
)
from agent_desktop.domain.kinds import KINDS
from agent_desktop.domain.model import ContactPreference, Restriction
from agent_desktop.domain.parsing import display_phone, require_text
from agent_desktop.domain.values import (
    Accessibility,
    Channel,
    Code,
    InvalidInput,
    Language,
    Reason,
    Role,
    WorkItemKind,
    can_lead,
)
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.facts import customer_facts, find_staff, restriction_value
from agent_desktop.services.work import DONE, OPEN, new_work_item
from agent_desktop.store.schema import (
    ContactPreferenceRow,
    Customer,
    RestrictionEvent,
    RestrictionRow,
    Staff,
    WorkItem,
)
from agent_desktop.store.types import utcnow

CHALLENGE_WORKING_DAYS = 20
_WRITTEN = {Channel.EMAIL, Channel.LETTER}
_NEEDS_SPOKEN = {"audio", "text_relay"}


@dataclass(frozen=True)
class RestrictionDecision:
    """The outcome of deciding a restriction: its id when made, else what stopped it."""

    restriction_id: uuid.UUID | None
    conflicts: tuple[Reason, ...] = ()
    notice_item: uuid.UUID | None = None

    @property
    def made(self) -> bool:
        return self.restriction_id is not None

    def to_json(self) -> dict:
        return {
            "made": self.made,
            "restriction_id": str(self.restriction_id) if self.restriction_id else None,
            "conflicts": [c.to_json() for c in self.conflicts],
            "notice_work_item": str(self.notice_item) if self.notice_item else None,
        }


def reachable_channels(restrictions: list[Restriction], on: date) -> set[Channel]:
    """The channels left open, both ways, by the restrictions in force on `on`."""
    open_channels = set(Channel)
    for r in restrictions:
        if r.starts_on > on or (r.ends_on is not None and r.ends_on < on) or r.lifted_at:
            continue
        open_channels &= KINDS[r.kind].open_channels(r.terms)
    return open_channels


def adjustment_conflicts(new: Restriction, prefs: ContactPreference | None) -> list[Reason]:
    """Where `new` would undo a reasonable adjustment the customer relies on."""
    needs = set(prefs.accessibility) if prefs else set()
    conflicts = []
    source = {"type": "preference", "field": "accessibility"}
    # Any kind that leaves only written channels open undoes a spoken adjustment.
    if KINDS[new.kind].open_channels(new.terms) <= _WRITTEN and needs & _NEEDS_SPOKEN:
        spoken = ", ".join(sorted(n.replace("_", " ") for n in needs & _NEEDS_SPOKEN))
        conflicts.append(
            Reason(
                Code.REASONABLE_ADJUSTMENT_CONFLICT,
                f"Written-only contact conflicts with the customer's recorded need for {spoken}.",
                source,
            )
        )
    if KINDS[new.kind].limits_call_minutes and "more_time" in needs:
        conflicts.append(
            Reason(
                Code.REASONABLE_ADJUSTMENT_CONFLICT,
                "A limit on call length conflicts with the customer's recorded need for more time.",
                source,
            )
        )
    return conflicts


def _require_leader(session, username: str, field: str) -> Staff:
    row = find_staff(session, username, field)
    if not can_lead(row.roles):
        raise NotPermitted(field, f"{username} is not a team leader or manager")
    return row


def decide_restriction(
    db: Database,
    customer_ref: str,
    document: dict,
    *,
    adjustment_considered: bool = False,
    at: datetime | None = None,
) -> RestrictionDecision:
    """Decide one restriction, given as an exchange-format restriction object."""
    at = at or utcnow()
    new = parse_restriction(document, "restriction")
    with db.unit(write=True) as uow:
        session = uow.session
        decider = _require_leader(session, new.decided_by, "restriction.decided_by")
        for field in KINDS[new.kind].staff_fields:
            username = getattr(new.terms, field)
            if username:
                find_staff(session, username, f"restriction.{field}")
        customer = uow.customer_for_update(customer_ref)
        if customer is None:
            raise InvalidInput("customer", f"no customer has the reference {customer_ref!r}")
        facts = customer_facts(session, customer, at)
        future = [r for r in facts.restrictions if r.lifted_at is None]
        for day in {new.starts_on, max(new.starts_on, db.calendar.local_date(at))}:
            if not reachable_channels([*future, new], day):
                raise InvalidInput(
                    "restriction",
                    "with the customer's other restrictions this would leave them no way at "
                    "all to reach the organisation",
                )
        conflicts = adjustment_conflicts(new, facts.preferences)
        if conflicts and not adjustment_considered:
            audit(
                session,
                decider.username,
                "restriction_decided",
                "refused",
                customer.id,
                {
                    "customer_ref": customer_ref,
                    "kind": new.kind.value,
                    "blocks": [c.code.value for c in conflicts],
                },
            )
            uow.commit()
            return RestrictionDecision(None, tuple(conflicts))
        row = RestrictionRow(
            id=uuid.uuid4(),
            customer_id=customer.id,
            kind=new.kind.value,
            category=new.category.value,
            reason=new.reason,
            terms=terms_to_json(new.kind, new.terms),
            decided_by_id=decider.id,
            decided_at=at,
            starts_on=new.starts_on,
            review_by=new.review_by,
            ends_on=new.ends_on,
            customer_notified_on=new.customer_notified_on,
            adjustment_considered=bool(conflicts),
        )
        session.add(row)
        session.flush()
        session.add(
            RestrictionEvent(
                restriction_id=row.id, at=at, staff_id=decider.id, event="decided", note=new.reason
            )
        )
        notice = new_work_item(
            WorkItemKind.RESTRICTION_NOTICE,
            customer.id,
            db.calendar.due(ServiceLevel.EMAIL_ACK, at),
            team_id=decider.team_id,
            assignee_id=decider.id,
            restriction_id=row.id,
            note="Send the letter explaining the restriction and how to challenge it",
        )
        session.add(notice)
        audit(
            session,
            decider.username,
            "restriction_decided",
            "recorded",
            customer.id,
            {
                "customer_ref": customer_ref,
                "kind": new.kind.value,
                "restriction_id": str(row.id),
                "adjustment_considered": bool(conflicts),
            },
        )
        uow.commit()
        return RestrictionDecision(row.id, tuple(conflicts), notice.id)


def _restriction(session, restriction_id: uuid.UUID) -> RestrictionRow:
    row = session.get(RestrictionRow, restriction_id)
    if row is None:
        raise InvalidInput("restriction", f"no restriction has the id {restriction_id}")
    return row


def lift_restriction(
    db: Database, restriction_id: uuid.UUID, by: str, reason: str, at: datetime | None = None
) -> None:
    at = at or utcnow()
    reason = require_text(reason, "reason", lines=True)
    with db.unit(write=True) as uow:
        session = uow.session
        leader = _require_leader(session, by, "by")
        row = _restriction(session, restriction_id)
        if row.lifted_at is not None:
            raise InvalidInput("restriction", "was already lifted")
        row.lifted_at, row.lifted_by_id, row.lift_reason = at, leader.id, reason
        session.add(
            RestrictionEvent(
                restriction_id=row.id, at=at, staff_id=leader.id, event="lifted", note=reason
            )
        )
        audit(
            session,
            by,
            "restriction_lifted",
            "recorded",
            row.customer_id,
            {"restriction_id": str(row.id), "reason": reason},
        )
        uow.commit()


def review_restriction(
    db: Database,
    restriction_id: uuid.UUID,
    by: str,
    next_review_by: date,
    note: str,
    at: datetime | None = None,
) -> None:
    """Record a review that keeps the restriction, with the next review at most a year away."""
    at = at or utcnow()
    note = require_text(note, "note", lines=True)
    with db.unit(write=True) as uow:
        session = uow.session
        leader = _require_leader(session, by, "by")
        row = _restriction(session, restriction_id)
        today = db.calendar.local_date(at)
        if not today <= next_review_by <= add_months(today, REVIEW_MAX_MONTHS):
            raise InvalidInput("review_by", "must be between today and twelve months from today")
        row.review_by = next_review_by
        session.add(
            RestrictionEvent(
                restriction_id=row.id, at=at, staff_id=leader.id, event="reviewed", note=note
            )
        )
        for item in session.execute(
            select(WorkItem).where(
                WorkItem.restriction_id == row.id,
                WorkItem.kind == WorkItemKind.RESTRICTION_REVIEW,
                WorkItem.status == OPEN,
            )
        ).scalars():
            item.status, item.closed_at = DONE.value, at
        audit(
            session,
            by,
            "restriction_reviewed",
            "recorded",
            row.customer_id,
            {"restriction_id": str(row.id), "review_by": next_review_by.isoformat()},
        )
        uow.commit()


def record_challenge(
    db: Database,
    restriction_id: uuid.UUID,
    received: datetime,
    recorded_by: str,
    grounds: str | None = None,
    at: datetime | None = None,
) -> uuid.UUID:
    """The customer challenges a restriction: a work item for a manager who did not decide it.

    `recorded_by` may be any member of staff, an agent included. `grounds`, what the customer
    says, goes on the work item for the manager who hears it, and into the audit entry; `at`
    (default now) is when it was recorded.

    A challenge must arrive within 20 working days of the notice.
    """
    if grounds is not None:
        grounds = require_text(grounds, "grounds", lines=True)
    with db.unit(write=True) as uow:
        session = uow.session
        find_staff(session, recorded_by, "recorded_by")  # a known member of staff
        row = _restriction(session, restriction_id)
        if row.customer_notified_on is not None:
            last_day = db.calendar.nth_working_day_after(
                row.customer_notified_on, CHALLENGE_WORKING_DAYS
            )
            if db.calendar.local_date(received) > last_day:
                raise InvalidInput(
                    "received",
                    f"a challenge had to arrive by {last_day.isoformat()}, 20 working days "
                    "after the notice",
                )
        managers = (
            session.execute(
                select(Staff)
                .where(Staff.active.is_(True), Staff.id != row.decided_by_id)
                .order_by(Staff.username)
            )
            .scalars()
            .all()
        )
        manager = next((m for m in managers if Role.MANAGER in m.roles), None)
        if manager is None:
            raise InvalidInput("restriction", "no manager other than the decider can hear it")
        item = new_work_item(
            WorkItemKind.CHALLENGE,
            row.customer_id,
            db.calendar.due(ServiceLevel.EMAIL_REPLY, received),
            team_id=manager.team_id,
            assignee_id=manager.id,
            restriction_id=row.id,
            note=(
                f"The customer challenges this restriction: {grounds}"
                if grounds
                else "The customer challenges this restriction"
            ),
        )
        item.created_at = at or utcnow()
        # The challenge is this work item and the audit entry: whoever takes the call may
        # record it, while the restriction's own history is written only by those who may
        # decide (the database refuses it to agents).
        session.add(item)
        audit(
            session,
            recorded_by,
            "restriction_challenged",
            "recorded",
            row.customer_id,
            {
                "restriction_id": str(row.id),
                "assigned_to": manager.username,
                **({"grounds": grounds} if grounds else {}),
            },
        )
        uow.commit()
        return item.id


# --- the notice letter -----------------------------------------------------------------------


@dataclass(frozen=True)
class NoticeContact:
    """A member of staff as the letter names them: whom to write to or ring."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class RestrictionNotice:
    """Everything the letter explaining a restriction says, read in one go, so the letter is
    made without going back to the database.

    `contact` is whom the customer should contact about the letter and a challenge: the named
    member of staff for a single point of contact, otherwise the decider, who signs it.
    """

    restriction_id: uuid.UUID
    customer_ref: str
    customer_name: str
    address: str | None
    language: Language
    large_print: bool
    letter_date: date
    challenge_by: date
    restriction: Restriction
    signed_by: NoticeContact
    contact: NoticeContact
    named_staff: NoticeContact | None = None
    deputy: NoticeContact | None = None
    notified_on: date | None = None


def _contact(row: Staff | None) -> NoticeContact | None:
    if row is None:
        return None
    return NoticeContact(row.name, display_phone(row.phone) if row.phone else None, row.email)


def restriction_notice(
    db: Database,
    restriction_id: uuid.UUID,
    *,
    at: datetime | None = None,
    language: Language | None = None,
    large_print: bool | None = None,
) -> RestrictionNotice:
    """The letter for a restriction, dated the office day of `at` (default now).

    The language and large print follow the customer's recorded preferences unless given; the
    challenge deadline is 20 working days after the letter's date on the office calendar. A
    lifted restriction has no letter.
    """
    at = at or utcnow()
    with db.unit() as uow:
        session = uow.session
        row = _restriction(session, restriction_id)
        if row.lifted_at is not None:
            raise InvalidInput("restriction", "was lifted; no notice is sent for it")
        customer = session.get(Customer, row.customer_id)
        prefs = session.execute(
            select(ContactPreferenceRow).where(ContactPreferenceRow.customer_id == customer.id)
        ).scalar_one_or_none()
        decider = session.get(Staff, row.decided_by_id)
        value = restriction_value(row, {decider.id: decider.username})
        usernames = [u for u in (value.terms.staff, value.terms.deputy) if u]
        named = {
            s.username: s
            for s in session.execute(select(Staff).where(Staff.username.in_(usernames))).scalars()
        }
        if language is None:
            language = Language(prefs.language) if prefs and prefs.language else Language.ENGLISH
        if large_print is None:
            large_print = bool(prefs) and Accessibility.LARGE_PRINT.value in (
                prefs.accessibility or []
            )
        letter_date = db.calendar.local_date(at)
        named_staff = _contact(named.get(value.terms.staff or ""))
        return RestrictionNotice(
            restriction_id=row.id,
            customer_ref=customer.ref,
            customer_name=customer.name,
            address=customer.address,
            language=language,
            large_print=large_print,
            letter_date=letter_date,
            challenge_by=db.calendar.nth_working_day_after(letter_date, CHALLENGE_WORKING_DAYS),
            restriction=value,
            signed_by=_contact(decider),
            contact=named_staff or _contact(decider),
            named_staff=named_staff,
            deputy=_contact(named.get(value.terms.deputy or "")),
            notified_on=row.customer_notified_on,
        )


@dataclass(frozen=True)
class NoticeSent:
    restriction_id: uuid.UUID
    notified_on: date
    closed_items: tuple[uuid.UUID, ...]

    def to_json(self) -> dict:
        return {
            "restriction_id": str(self.restriction_id),
            "customer_notified_on": self.notified_on.isoformat(),
            "closed_work_items": [str(i) for i in self.closed_items],
        }


def record_notice_sent(
    db: Database, restriction_id: uuid.UUID, by: str, at: datetime | None = None
) -> NoticeSent:
    """The letter went out: in one transaction, `customer_notified_on` becomes the office day
    of `at`, the restriction's open notice work items are done, and the history and audit say
    who sent it. Only a team leader or manager records it (the restriction's history is
    theirs to write). A restriction is notified once; a lifted one never."""
    at = at or utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        sender = _require_leader(session, by, "by")
        row = _restriction(session, restriction_id)
        if row.lifted_at is not None:
            raise InvalidInput("restriction", "was lifted; no notice is sent for it")
        if row.customer_notified_on is not None:
            raise InvalidInput(
                "restriction",
                f"the customer was already notified on {row.customer_notified_on.isoformat()}",
            )
        row.customer_notified_on = db.calendar.local_date(at)
        closed = []
        for item in session.execute(
            select(WorkItem)
            .where(
                WorkItem.restriction_id == row.id,
                WorkItem.kind == WorkItemKind.RESTRICTION_NOTICE,
                WorkItem.status == OPEN,
            )
            .order_by(WorkItem.id)
        ).scalars():
            item.status, item.closed_at = DONE.value, at
            closed.append(item.id)
        session.add(
            RestrictionEvent(
                restriction_id=row.id,
                at=at,
                staff_id=sender.id,
                event="notified",
                note="Letter explaining the restriction and how to challenge it sent",
            )
        )
        audit(
            session,
            sender.username,
            "restriction_notice_sent",
            "recorded",
            row.customer_id,
            {
                "restriction_id": str(row.id),
                "customer_notified_on": row.customer_notified_on.isoformat(),
                "closed_work_items": [str(i) for i in closed],
            },
        )
        uow.commit()
        return NoticeSent(row.id, row.customer_notified_on, tuple(closed))


# --- what the restriction screens show -------------------------------------------------------

#: How far ahead the reviews-due list looks, in days.
REVIEWS_AHEAD_DAYS = 14
#: At most this many reviews are listed at once (soonest first).
REVIEWS_LISTED = 500


@dataclass(frozen=True)
class HistoryEntry:
    """One thing that happened to a restriction: who, when, why.

    `event` is decided, reviewed, lifted or notified (the restriction's own history), or
    challenged (a challenge work item: `heard_by` is the manager who hears it, `status` that
    item's status)."""

    at: datetime
    event: str
    by: str
    note: str | None
    heard_by: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class RestrictionRecord:
    """A restriction as the screens show it, with its customer and, when asked, its history."""

    id: uuid.UUID
    customer_ref: str
    customer_name: str
    restriction: Restriction
    decided_by_name: str
    decided_at: datetime
    lift_reason: str | None = None
    #: Whether a *send restriction notice* item is still open for it.
    notice_open: bool = False
    history: tuple[HistoryEntry, ...] = ()

    @property
    def lifted(self) -> bool:
        return self.restriction.lifted_at is not None


@dataclass(frozen=True)
class ReviewsDue:
    """Restrictions in force whose review is past or within `REVIEWS_AHEAD_DAYS` of `today`,
    soonest first."""

    today: date
    records: tuple[RestrictionRecord, ...]


@dataclass(frozen=True)
class CustomerRestrictions:
    """Every restriction a customer has or had, newest decision first, each with its history."""

    customer_ref: str
    customer_name: str
    today: date
    records: tuple[RestrictionRecord, ...]


_DECIDER = aliased(Staff)


def _open_notices(session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    if not ids:
        return set()
    return set(
        session.execute(
            select(WorkItem.restriction_id).where(
                WorkItem.restriction_id.in_(ids),
                WorkItem.kind == WorkItemKind.RESTRICTION_NOTICE,
                WorkItem.status == OPEN,
            )
        ).scalars()
    )


def _record(row, customer, decider, open_notices, history=()) -> RestrictionRecord:
    return RestrictionRecord(
        id=row.id,
        customer_ref=customer.ref,
        customer_name=customer.name,
        restriction=restriction_value(row, {decider.id: decider.username}),
        decided_by_name=decider.name,
        decided_at=row.decided_at,
        lift_reason=row.lift_reason,
        notice_open=row.id in open_notices,
        history=tuple(history),
    )


def reviews_due(
    db: Database, at: datetime | None = None, ahead_days: int = REVIEWS_AHEAD_DAYS
) -> ReviewsDue:
    """The restrictions in force (not lifted, not ended) whose review is overdue, due, or due
    within `ahead_days` of the office day of `at`: soonest review first, then by customer."""
    at = at or utcnow()
    today = db.calendar.local_date(at)
    with db.unit() as uow:
        session = uow.session
        rows = session.execute(
            select(RestrictionRow, Customer, _DECIDER)
            .join(Customer, Customer.id == RestrictionRow.customer_id)
            .join(_DECIDER, _DECIDER.id == RestrictionRow.decided_by_id)
            .where(
                RestrictionRow.lifted_at.is_(None),
                RestrictionRow.review_by <= today + timedelta(days=ahead_days),
                or_(RestrictionRow.ends_on.is_(None), RestrictionRow.ends_on >= today),
            )
            .order_by(RestrictionRow.review_by, Customer.ref, RestrictionRow.id)
            .limit(REVIEWS_LISTED)
        ).all()
        notices = _open_notices(session, [r.id for r, _c, _d in rows])
        return ReviewsDue(today, tuple(_record(r, c, d, notices) for r, c, d in rows))


def customer_restrictions(
    db: Database, customer_ref: str, at: datetime | None = None
) -> CustomerRestrictions | None:
    """Every restriction of the customer `customer_ref`, lifted ones too, with each one's full
    history (oldest first): decided, reviewed, notified, lifted and challenged. None when no
    customer has the reference."""
    at = at or utcnow()
    with db.unit() as uow:
        session = uow.session
        customer = session.execute(
            select(Customer).where(Customer.ref == customer_ref)
        ).scalar_one_or_none()
        if customer is None:
            return None
        rows = session.execute(
            select(RestrictionRow, _DECIDER)
            .join(_DECIDER, _DECIDER.id == RestrictionRow.decided_by_id)
            .where(RestrictionRow.customer_id == customer.id)
            .order_by(RestrictionRow.decided_at.desc(), RestrictionRow.id)
        ).all()
        ids = [r.id for r, _d in rows]
        history: dict[uuid.UUID, list[HistoryEntry]] = {i: [] for i in ids}
        if ids:
            events = session.execute(
                select(RestrictionEvent, Staff.name)
                .outerjoin(Staff, Staff.id == RestrictionEvent.staff_id)
                .where(RestrictionEvent.restriction_id.in_(ids))
            ).all()
            for event, name in events:
                history[event.restriction_id].append(
                    HistoryEntry(event.at, event.event, name or "", event.note)
                )
            challenges = session.execute(
                select(WorkItem, Staff.name)
                .outerjoin(Staff, Staff.id == WorkItem.assignee_id)
                .where(
                    WorkItem.restriction_id.in_(ids),
                    WorkItem.kind == WorkItemKind.CHALLENGE,
                )
            ).all()
            for item, name in challenges:
                history[item.restriction_id].append(
                    HistoryEntry(
                        item.created_at,
                        "challenged",
                        "",
                        item.note,
                        heard_by=name,
                        status=item.status,
                    )
                )
        notices = _open_notices(session, ids)
        records = tuple(
            _record(
                r,
                customer,
                d,
                notices,
                sorted(history[r.id], key=lambda h: (h.at, h.event)),
            )
            for r, d in rows
        )
        return CustomerRestrictions(
            customer.ref, customer.name, db.calendar.local_date(at), records
        )
