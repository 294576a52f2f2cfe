"""The visits desk (visits.md): appointments, arrivals, turned-away visitors, the roll call.

A booking is checked and written in one write unit of work. Two desks booking one host at
once queue up: on SQLite the IMMEDIATE transaction holds the database's write lock, on
PostgreSQL a transaction-scoped advisory lock per member of staff (taken in a fixed order, so
two bookings naming the same two people cannot deadlock). Whether a restriction is active is
the contact rules' own judgement (`Restriction.active_at` at the appointment's start, as the
central database's `check_appointment` judges it), and `NO_VISITS` and the warnings are what
`evaluate` says of a `visit`. A refused booking writes only its audit entry.

An appointment records whether the BSL interpreter the customer needs is booked
(`interpreter_booked`, set when booking or later by `set_interpreter`); the booking's and the
day's `ACCESSIBILITY_NEEDS` warning then says booked or NOT booked.

Checking a visitor in, and turning away a known customer, record an inbound `visit` contact
through `log_inbound`, under an id made from the appointment's (or the entry's), so a retry
records it once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select, text, update
from sqlalchemy.orm import aliased

from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.model import CustomerFacts, StaffMember
from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import (
    Accessibility,
    Channel,
    Code,
    Finding,
    InvalidInput,
    Language,
    Role,
    check_text,
    quoted,
)
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.exchange_validate import OFFERS
from agent_desktop.services.facts import (
    customer_facts,
    find_customer,
    find_staff,
    preference_value,
    restriction_value,
    staff_member,
)
from agent_desktop.services.outreach import InboundContact, log_inbound
from agent_desktop.store.schema import (
    Appointment,
    ContactPreferenceRow,
    Customer,
    OfficeSetting,
    RestrictionRow,
    Staff,
    TurnedAway,
)
from agent_desktop.store.types import utcnow

#: Who may book and receive visitors.
DESK_ROLES = frozenset({Role.AGENT, Role.VISITS, Role.TEAM_LEADER, Role.MANAGER})
BOOKED, ARRIVED, LEFT, CANCELLED, NO_SHOW = "booked", "arrived", "left", "cancelled", "no_show"
STATUSES = (BOOKED, ARRIVED, LEFT, CANCELLED, NO_SHOW)
#: Appointments that hold their host's time.
HOLDING = (BOOKED, ARRIVED)
#: What a booking may last; a working day is the most an office appointment can be anyway.
MAX_MINUTES = 24 * 60
#: The office setting for how long a turned-away entry with no customer keeps its name.
RETENTION_KEY = "visitor_retention_days"
DEFAULT_RETENTION_DAYS = 90
REMOVED = "(removed)"
#: The warnings a booking shows, of those `evaluate` gives for a visit.
BOOKING_WARNINGS = (Code.BEHAVIOUR_WARNING, Code.ACCESSIBILITY_NEEDS, Code.WELSH_PREFERRED)
#: The recorded need that asks for an interpreter to be booked for a visit.
BSL_INTERPRETER = Accessibility.BSL_INTERPRETER.value
_VISIT_CONTACT = uuid.UUID("5b7f0a52-3c1e-4a8e-9d0b-6f1a2c3d4e5f")


@dataclass(frozen=True)
class AppointmentView:
    id: uuid.UUID
    customer: str
    customer_name: str
    host: str | None
    second: str | None
    starts_at: datetime
    ends_at: datetime
    status: str
    location: str | None = None
    purpose: str | None = None
    visitor_name: str | None = None
    booked_by: str | None = None
    checked_in_at: datetime | None = None
    checked_out_at: datetime | None = None
    cancel_reason: str | None = None
    warnings: tuple[Finding, ...] = ()
    #: A check-in or check-out made at this desktop, waiting in its outbox to be sent.
    waiting: bool = False
    #: What the desk shows of the customer beside the warnings (`day` fills them): their
    #: recorded needs (`bsl_interpreter`...), a second member of staff required, Welsh.
    needs: tuple[str, ...] = ()
    two_staff: bool = False
    welsh: bool = False
    #: The BSL interpreter (or other communication support) the customer needs is booked.
    interpreter_booked: bool = False
    #: The host's and the second member of staff's names, as the desk and the roll call say
    #: them (`host` and `second` are usernames).
    host_name: str | None = None
    second_name: str | None = None

    def to_json(self) -> dict:
        def instant(value):
            return value.isoformat() if value else None

        return {
            "id": str(self.id),
            "customer": self.customer,
            "customer_name": self.customer_name,
            "host": self.host,
            "second": self.second,
            "starts_at": instant(self.starts_at),
            "ends_at": instant(self.ends_at),
            "status": self.status,
            "location": self.location,
            "purpose": self.purpose,
            "visitor_name": self.visitor_name,
            "booked_by": self.booked_by,
            "checked_in_at": instant(self.checked_in_at),
            "checked_out_at": instant(self.checked_out_at),
            "cancel_reason": self.cancel_reason,
            "interpreter_booked": self.interpreter_booked,
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class Booking:
    booked: bool
    appointment: AppointmentView | None
    blocks: tuple[Finding, ...] = ()
    warnings: tuple[Finding, ...] = ()

    def to_json(self) -> dict:
        return {
            "booked": self.booked,
            "appointment": self.appointment.to_json() if self.appointment else None,
            "blocks": [b.to_json() for b in self.blocks],
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class TurnedAwayView:
    id: uuid.UUID
    at: datetime
    name: str
    customer: str | None
    reason: str | None
    offered: str | None
    signposted_to: str | None
    note: str | None
    by: str | None
    contact_id: uuid.UUID | None = None
    #: What the desk must see of a known customer: NO_VISITS, a behaviour warning, needs.
    warnings: tuple[Finding, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": str(self.id),
            "at": self.at.isoformat(),
            "name": self.name,
            "customer": self.customer,
            "reason": self.reason,
            "offered": self.offered,
            "signposted_to": self.signposted_to,
            "note": self.note,
            "by": self.by,
            "contact_id": str(self.contact_id) if self.contact_id else None,
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class Retention:
    removed: int
    retention_days: int
    before: datetime
    ids: tuple[uuid.UUID, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "removed": self.removed,
            "retention_days": self.retention_days,
            "before": self.before.isoformat(),
        }


# --- checks ----------------------------------------------------------------------------------


def _aware(value, field_name: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise InvalidInput(field_name, f"{quoted(value)} needs a date, a time and a UTC offset")
    return value


def _text(value, field_name: str, *, required: bool, limit: int | None = None) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InvalidInput(field_name, "is required")
        return None
    if not isinstance(value, str):
        raise InvalidInput(field_name, f"{quoted(value)} is not text")
    check_text(value, field_name, lines=limit is None)
    value = value.strip()
    if limit is not None and len(value) > limit:
        raise InvalidInput(field_name, f"is longer than {limit} characters")
    return value


def _minutes(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
        raise InvalidInput("minutes", f"must be a whole number from 1 to {MAX_MINUTES}")
    return value


def _may_use_desk(row: Staff) -> bool:
    return row.active and bool(DESK_ROLES & set(row.roles or ()))


def _desk_user(session, by: str) -> Staff:
    """The member of staff acting at the desk; NotPermitted when they may not."""
    row = find_staff(session, by, "by")
    if not _may_use_desk(row):
        raise NotPermitted("by", f"{by} may not book or receive visitors")
    return row


def _customer(session, ref: str) -> Customer:
    customer = find_customer(session, ref)
    if customer is None:
        raise InvalidInput("customer", f"no customer has the reference {quoted(ref)}")
    return customer


def _in_office_hours(calendar, starts_at: datetime, ends_at: datetime) -> bool:
    day = calendar.local_date(starts_at)
    if not calendar.is_working_day(day):
        return False
    # Compared in UTC: two instants sharing one ZoneInfo compare by wall clock.
    opens, closes = calendar.open_of(day).astimezone(UTC), calendar.close_of(day).astimezone(UTC)
    return opens <= starts_at.astimezone(UTC) and ends_at.astimezone(UTC) <= closes


def _lock_people(session, ids) -> None:
    """Serialise bookings for these members of staff until the transaction ends."""
    if session.get_bind().dialect.name != "postgresql":
        return  # the IMMEDIATE write transaction already holds the database's write lock
    for staff_id in sorted({str(i) for i in ids if i is not None}):
        session.execute(
            text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 13))"),
            {"key": f"visits:{staff_id}"},
        )


def _busy(session, people, starts_at: datetime, ends_at: datetime) -> bool:
    people = [p for p in people if p is not None]
    return (
        session.execute(
            select(Appointment.id)
            .where(
                or_(Appointment.staff_id.in_(people), Appointment.second_staff_id.in_(people)),
                Appointment.status.in_(HOLDING),
                Appointment.starts_at < ends_at,
                Appointment.ends_at > starts_at,
            )
            .limit(1)
        ).first()
        is not None
    )


def _visit_findings(facts: CustomerFacts, host: Staff, starts_at: datetime, calendar):
    return _findings(facts, staff_member(host), starts_at, calendar)


def _booked_flag(value, field_name: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(field_name, f"{quoted(value)} is not true or false")
    return value


def interpreter_words(booked: bool) -> str:
    return "Needs a BSL interpreter: " + ("booked." if booked else "NOT booked.")


def _with_interpreter(warnings, needs, booked: bool) -> list[Finding]:
    """`warnings` with the `ACCESSIBILITY_NEEDS` one saying whether the BSL interpreter the
    customer needs (`needs`) is booked."""
    if BSL_INTERPRETER not in (needs or ()):
        return list(warnings)
    code = Code.ACCESSIBILITY_NEEDS.value
    return [
        Finding(w.code, f"{w.message} {interpreter_words(booked)}") if w.code == code else w
        for w in warnings
    ]


def _needs(facts: CustomerFacts) -> tuple[str, ...]:
    return tuple(facts.preferences.accessibility) if facts.preferences is not None else ()


def _findings(facts: CustomerFacts, host: StaffMember, starts_at: datetime, calendar):
    """`NO_VISITS` and the booking's warnings, as the contact rules judge a visit."""
    decision = evaluate(facts, host, Channel.VISIT, starts_at, calendar=calendar)
    blocks = [Finding(b.code.value, b.message) for b in decision.blocks if b.code == Code.NO_VISITS]
    warnings = [
        Finding(w.code.value, w.message) for w in decision.warnings if w.code in BOOKING_WARNINGS
    ]
    two_staff = any(
        r.kind is RestrictionKind.TWO_STAFF_PRESENT and r.active_at(starts_at, calendar)
        for r in facts.restrictions
    )
    return blocks, warnings, two_staff


# --- booking ---------------------------------------------------------------------------------


def book(
    db: Database,
    customer_ref: str,
    host: str,
    starts_at: datetime,
    minutes: int = 60,
    second: str | None = None,
    location: str | None = None,
    purpose: str | None = None,
    *,
    by: str,
    visitor_name: str | None = None,
    appointment_id: uuid.UUID | None = None,
    now: datetime | None = None,
    interpreter_booked: bool = False,
) -> Booking:
    """Book an office appointment, or refuse it with every block that applies (visits.md).
    `interpreter_booked`: the BSL interpreter the customer needs is already booked."""
    starts_at = _aware(starts_at, "starts_at")
    interpreter_booked = _booked_flag(interpreter_booked, "interpreter_booked")
    minutes = _minutes(minutes)
    location = _text(location, "location", required=False, limit=200)
    purpose = _text(purpose, "purpose", required=False)
    visitor_name = _text(visitor_name, "visitor_name", required=False, limit=200)
    ends_at = starts_at + timedelta(minutes=minutes)
    now = now or utcnow()
    calendar = db.calendar
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        host_row = find_staff(session, host, "host")
        second_row = find_staff(session, second, "second") if second else None
        customer = uow.customer_for_update(customer_ref)
        if customer is None:
            raise InvalidInput("customer", f"no customer has the reference {quoted(customer_ref)}")
        _lock_people(session, [host_row.id, second_row.id if second_row else None])
        facts = customer_facts(session, customer, starts_at)
        no_visits, warnings, two_staff = _visit_findings(facts, host_row, starts_at, calendar)
        warnings = _with_interpreter(warnings, _needs(facts), interpreter_booked)
        blocks: list[Finding] = []
        if not _may_use_desk(by_row):
            blocks.append(Finding("NOT_PERMITTED", f"{by} may not book office appointments."))
        if starts_at < now:
            blocks.append(Finding("IN_THE_PAST", "The appointment would start in the past."))
        if not _in_office_hours(calendar, starts_at, ends_at):
            blocks.append(
                Finding(
                    "OUTSIDE_OFFICE_HOURS",
                    f"An appointment must start and end within office hours "
                    f"({calendar.opens:%H:%M} to {calendar.closes:%H:%M}) of one working day.",
                )
            )
        blocks += no_visits
        if two_staff and (second_row is None or second_row.id == host_row.id):
            blocks.append(
                Finding(
                    "SECOND_STAFF_REQUIRED",
                    "A second member of staff must be present: name a colleague other than "
                    "the host.",
                )
            )
        people = [host_row.id] + ([second_row.id] if second_row else [])
        if _busy(session, people, starts_at, ends_at):
            blocks.append(
                Finding(
                    "HOST_BUSY",
                    "The host or the second member of staff already has an appointment then.",
                )
            )
        details = {
            "customer_ref": customer.ref,
            "host": host_row.username,
            "second": second_row.username if second_row else None,
            "starts_at": starts_at.isoformat(),
            "minutes": minutes,
            "interpreter_booked": interpreter_booked,
        }
        if blocks:
            details["blocks"] = [b.code for b in blocks]
            audit(session, by, "visit_book", "refused", customer.id, details)
            uow.commit()
            return Booking(False, None, tuple(blocks), tuple(warnings))
        row = Appointment(
            id=appointment_id or uuid.uuid4(),
            customer_id=customer.id,
            starts_at=starts_at,
            ends_at=ends_at,
            location=location,
            purpose=purpose,
            staff_id=host_row.id,
            second_staff_id=second_row.id if second_row else None,
            booked_by_id=by_row.id,
            status=BOOKED,
            visitor_name=visitor_name,
            booked_at=now,
            interpreter_booked=interpreter_booked,
        )
        session.add(row)
        session.flush()
        details["appointment"] = str(row.id)
        audit(session, by, "visit_book", "booked", customer.id, details)
        uow.commit()
        view = _view(row, customer, _usernames(session, row), tuple(warnings))
    return Booking(True, view, (), tuple(warnings))


def _people(session, ids=None) -> dict:
    """Members of staff by id: (username, name); all of them without `ids`."""
    query = select(Staff.id, Staff.username, Staff.name)
    if ids is not None:
        query = query.where(Staff.id.in_(ids))
    return {staff_id: (username, name) for staff_id, username, name in session.execute(query)}


def _usernames(session, row: Appointment) -> dict:
    return _people(session, {row.staff_id, row.second_staff_id, row.booked_by_id} - {None})


def _view(row: Appointment, customer: Customer, names: dict, warnings=()) -> AppointmentView:
    return AppointmentView(
        id=row.id,
        customer=customer.ref,
        customer_name=customer.name,
        host=names.get(row.staff_id, (None,))[0],
        second=names.get(row.second_staff_id, (None,))[0],
        host_name=names.get(row.staff_id, (None, None))[1],
        second_name=names.get(row.second_staff_id, (None, None))[1],
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,
        location=row.location,
        purpose=row.purpose,
        visitor_name=row.visitor_name,
        booked_by=names.get(row.booked_by_id, (None,))[0],
        checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at,
        cancel_reason=row.cancel_reason,
        warnings=tuple(warnings),
        interpreter_booked=bool(row.interpreter_booked),
    )


# --- arrivals and the rest of an appointment's life -------------------------------------------

#: For each step, the status it needs and the status it makes.
_STEPS = {
    "arrive": (BOOKED, ARRIVED),
    "leave": (ARRIVED, LEFT),
    "no_show": (BOOKED, NO_SHOW),
    "cancel": (BOOKED, CANCELLED),
}


def _appointment(session, appointment_id: uuid.UUID, *, lock: bool = True) -> Appointment:
    if not isinstance(appointment_id, uuid.UUID):
        raise InvalidInput("appointment", f"{quoted(appointment_id)} is not an appointment id")
    stmt = select(Appointment).where(Appointment.id == appointment_id)
    if lock and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.execute(stmt).scalar_one_or_none()
    if row is None:
        raise InvalidInput("appointment", f"no appointment has the id {appointment_id}")
    return row


def _step(
    db: Database,
    step: str,
    appointment_id: uuid.UUID,
    by: str,
    at: datetime | None,
    reason: str | None = None,
    *,
    replay: bool = False,
) -> AppointmentView:
    needs, makes = _STEPS[step]
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        _desk_user(session, by)
        row = _appointment(session, appointment_id)
        if replay and _done_already(row, makes, at):
            return _view(row, session.get(Customer, row.customer_id), _usernames(session, row))
        if row.status != needs:
            raise NotPermitted(
                "appointment",
                f"the appointment is {row.status.replace('_', ' ')}; only a "
                f"{needs} appointment can be marked {makes.replace('_', ' ')}",
            )
        row.status = makes
        if makes == ARRIVED:
            row.checked_in_at = at
        elif makes == LEFT:
            row.checked_out_at = at
        elif makes == CANCELLED:
            row.cancel_reason = reason
        customer = session.get(Customer, row.customer_id)
        details = {"appointment": str(row.id), "customer_ref": customer.ref, "at": at.isoformat()}
        if reason:
            details["reason"] = reason
        audit(session, by, f"visit_{step}", "recorded", customer.id, details)
        session.flush()
        uow.commit()
        return _view(row, customer, _usernames(session, row))


def _done_already(row: Appointment, makes: str, at: datetime) -> bool:
    """Whether this very step (same status, same instant) was recorded before: a check-in or
    check-out sent again after its answer was lost."""
    if makes == ARRIVED:
        return row.status in (ARRIVED, LEFT) and row.checked_in_at == at
    if makes == LEFT:
        return row.status == LEFT and row.checked_out_at == at
    return False


def arrive(
    db: Database,
    appointment_id: uuid.UUID,
    by: str,
    at: datetime | None = None,
    *,
    replay: bool = False,
) -> AppointmentView:
    """Check the visitor in, and record their visit as an inbound contact (never refused).

    With `replay` (an outbox entry sent again), a check-in already recorded at `at` is
    answered as it stands instead of refused: sent twice, it is recorded once.
    """
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit() as uow:
        _desk_user(uow.session, by)
        row = _appointment(uow.session, appointment_id, lock=False)
        if replay and _done_already(row, ARRIVED, at):
            return _view(
                row, uow.session.get(Customer, row.customer_id), _usernames(uow.session, row)
            )
        if row.status != BOOKED:
            raise NotPermitted(
                "appointment",
                f"the appointment is {row.status.replace('_', ' ')}; only a booked "
                "appointment can be checked in",
            )
        ref = uow.session.get(Customer, row.customer_id).ref
        host = uow.session.get(Staff, row.staff_id) if row.staff_id else None
    summary = "Visit: arrived for an appointment" + (f" with {host.name}" if host else "")
    log_inbound(
        db,
        InboundContact(
            customer_ref=ref,
            channel=Channel.VISIT,
            staff=by,
            at=at,
            summary=summary,
            contact_id=uuid.uuid5(_VISIT_CONTACT, f"arrived:{appointment_id}"),
        ),
    )
    return _step(db, "arrive", appointment_id, by, at, replay=replay)


def leave(
    db: Database,
    appointment_id: uuid.UUID,
    by: str,
    at: datetime | None = None,
    *,
    replay: bool = False,
) -> AppointmentView:
    """Check the visitor out; with `replay`, a check-out already recorded at `at` is answered
    as it stands."""
    return _step(db, "leave", appointment_id, by, at, replay=replay)


def no_show(
    db: Database, appointment_id: uuid.UUID, by: str, at: datetime | None = None
) -> AppointmentView:
    return _step(db, "no_show", appointment_id, by, at)


def cancel(db: Database, appointment_id: uuid.UUID, by: str, reason: str) -> AppointmentView:
    reason = _text(reason, "reason", required=True)
    return _step(db, "cancel", appointment_id, by, None, reason)


def set_interpreter(
    db: Database, appointment_id: uuid.UUID, booked: bool, by: str
) -> AppointmentView:
    """Record whether the BSL interpreter for a booked appointment is booked (audited, with
    what it was). NotPermitted for an appointment no longer booked, or someone who may not use
    the desk; InvalidInput naming `booked` when it is not true or false."""
    booked = _booked_flag(booked, "booked")
    with db.unit(write=True) as uow:
        session = uow.session
        _desk_user(session, by)
        row = _appointment(session, appointment_id)
        if row.status != BOOKED:
            raise NotPermitted(
                "appointment",
                f"the appointment is {row.status.replace('_', ' ')}; only a booked "
                "appointment's interpreter can be recorded",
            )
        was = bool(row.interpreter_booked)
        row.interpreter_booked = booked
        customer = session.get(Customer, row.customer_id)
        audit(
            session,
            by,
            "visit_interpreter",
            "recorded",
            customer.id,
            {
                "appointment": str(row.id),
                "customer_ref": customer.ref,
                "interpreter_booked": booked,
                "was": was,
            },
        )
        session.flush()
        uow.commit()
        return _view(row, customer, _usernames(session, row))


# --- the desk's lists ------------------------------------------------------------------------


def _facts_of(session, customers) -> dict[uuid.UUID, CustomerFacts]:
    """Preferences and restrictions of the customers `customers` (a subquery of their ids) in
    two statements; no contact history, as the desk's warnings do not depend on it."""
    names = dict(session.execute(select(Staff.id, Staff.username)).all())
    prefs = {
        p.customer_id: preference_value(p, names.get(p.agreed_by_id))
        for p in session.execute(
            select(*ContactPreferenceRow.__table__.c).where(
                ContactPreferenceRow.customer_id.in_(customers)
            )
        )
    }
    restrictions: dict[uuid.UUID, list] = {}
    for r in session.execute(
        select(*RestrictionRow.__table__.c).where(RestrictionRow.customer_id.in_(customers))
    ):
        restrictions.setdefault(r.customer_id, []).append(restriction_value(r, names))
    return {
        cid: CustomerFacts(ref="", preferences=p, restrictions=tuple(restrictions.get(cid, ())))
        for cid, p in prefs.items()
    } | {
        cid: CustomerFacts(ref="", restrictions=tuple(rs))
        for cid, rs in restrictions.items()
        if cid not in prefs
    }


def day(db: Database, on: date | None = None) -> list[AppointmentView]:
    """The office day's appointments in time order, each with the warnings the desk shows
    (and `NO_VISITS` when the customer has it now: reception sees the flag).

    Four statements whatever the number of appointments: the day's rows with their people,
    the staff's names, and the preferences and restrictions of the day's customers.
    """
    calendar = db.calendar
    on = on or calendar.local_date(utcnow())
    if not isinstance(on, date) or isinstance(on, datetime):
        raise InvalidInput("date", f"{quoted(on)} is not a date")
    start = first_instant_at(calendar.tz, on, time(0, 0))
    end = first_instant_at(calendar.tz, on + timedelta(days=1), time(0, 0))
    host, second, booker = aliased(Staff), aliased(Staff), aliased(Staff)
    on_the_day = (Appointment.starts_at >= start) & (Appointment.starts_at < end)
    with db.unit() as uow:
        session = uow.session
        rows = session.execute(
            select(
                *Appointment.__table__.c,
                Customer.ref.label("customer_ref"),
                Customer.name.label("customer_name"),
                host.username.label("host_username"),
                host.name.label("host_name"),
                host.roles.label("host_roles"),
                host.welsh_speaker.label("host_welsh"),
                second.username.label("second_username"),
                second.name.label("second_name"),
                booker.username.label("booker_username"),
            )
            .join(Customer, Customer.id == Appointment.customer_id)
            .outerjoin(host, host.id == Appointment.staff_id)
            .outerjoin(second, second.id == Appointment.second_staff_id)
            .outerjoin(booker, booker.id == Appointment.booked_by_id)
            .where(on_the_day)
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        facts = _facts_of(session, select(Appointment.customer_id).where(on_the_day))
    out = []
    for row in rows:
        warnings: list[Finding] = []
        customer_facts_ = facts.get(row.customer_id) or CustomerFacts(ref="")
        prefs = customer_facts_.preferences
        two_staff = False
        if row.host_username is not None:
            member = StaffMember(
                username=row.host_username,
                name=row.host_name,
                roles=frozenset(Role(r) for r in row.host_roles),
                welsh_speaker=row.host_welsh,
            )
            blocks, warnings, two_staff = _findings(
                customer_facts_, member, row.starts_at, calendar
            )
            warnings = blocks + _with_interpreter(
                warnings, _needs(customer_facts_), row.interpreter_booked
            )
        names = {
            row.staff_id: (row.host_username, row.host_name),
            row.second_staff_id: (row.second_username, row.second_name),
            row.booked_by_id: (row.booker_username, None),
        }
        customer = _CustomerName(row.customer_ref, row.customer_name)
        view = _view(row, customer, names, tuple(warnings))
        if prefs is not None:
            view = replace(
                view,
                needs=tuple(prefs.accessibility),
                welsh=prefs.language is Language.WELSH,
                two_staff=two_staff,
            )
        elif two_staff:
            view = replace(view, two_staff=True)
        out.append(view)
    return out


@dataclass(frozen=True)
class _CustomerName:
    ref: str
    name: str


def in_building(db: Database, at: datetime | None = None) -> list[AppointmentView]:
    """Visitors who had arrived and not yet left at `at` (default now): the fire roll call."""
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit() as uow:
        session = uow.session
        rows = session.execute(
            select(Appointment, Customer)
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(
                Appointment.status.in_((ARRIVED, LEFT)),
                Appointment.checked_in_at <= at,
                or_(Appointment.checked_out_at.is_(None), Appointment.checked_out_at > at),
            )
            .order_by(Appointment.checked_in_at, Appointment.id)
        ).all()
        # One read of the staff's names, not one per visitor (a full building is hundreds).
        names = _people(session) if rows else {}
        out = [_view(a, c, names) for a, c in rows]
    return out


@dataclass(frozen=True)
class DeskStaff:
    """A member of staff who may host a visit (or be the second person present)."""

    username: str
    name: str
    welsh_speaker: bool


def desk_staff(db: Database) -> list[DeskStaff]:
    """Active staff who may book and receive visitors, by name: the hosts a booking offers."""
    with db.unit() as uow:
        rows = uow.session.execute(
            select(Staff.username, Staff.name, Staff.roles, Staff.welsh_speaker)
            .where(Staff.active.is_(True))
            .order_by(Staff.name, Staff.username)
        ).all()
    roles = {r.value for r in DESK_ROLES}
    return [DeskStaff(r.username, r.name, r.welsh_speaker) for r in rows if roles & set(r.roles)]


def free_slots(
    db: Database,
    host: str,
    on: date,
    minutes: int = 60,
    second: str | None = None,
    *,
    now: datetime | None = None,
    step: int = 30,
) -> list[datetime]:
    """The starts, every `step` minutes inside the office hours of `on`, at which an
    appointment of `minutes` would find the host (and the second member of staff) free and
    would not start in the past. None on a day the office is closed."""
    minutes = _minutes(minutes)
    if not isinstance(on, date) or isinstance(on, datetime):
        raise InvalidInput("date", f"{quoted(on)} is not a date")
    calendar = db.calendar
    if not calendar.is_working_day(on):
        return []
    opens, closes = calendar.open_of(on).astimezone(UTC), calendar.close_of(on).astimezone(UTC)
    now = now or utcnow()
    with db.unit() as uow:
        session = uow.session
        people = [find_staff(session, host, "host").id]
        if second:
            people.append(find_staff(session, second, "second").id)
        busy = session.execute(
            select(Appointment.starts_at, Appointment.ends_at).where(
                or_(Appointment.staff_id.in_(people), Appointment.second_staff_id.in_(people)),
                Appointment.status.in_(HOLDING),
                Appointment.starts_at < closes,
                Appointment.ends_at > opens,
            )
        ).all()
    length = timedelta(minutes=minutes)
    out, start = [], opens
    while start + length <= closes:
        end = start + length
        if start >= now and not any(b.starts_at < end and b.ends_at > start for b in busy):
            out.append(start)
        start += timedelta(minutes=step)
    return out


def host_arrivals(db: Database, username: str, since: datetime) -> list[AppointmentView]:
    """Visitors checked in since `since` (and not cancelled) whom `username` hosts or is the
    second member of staff for: what the host's desktop announces."""
    since = _aware(since, "since")
    with db.unit() as uow:
        session = uow.session
        staff_id = session.execute(
            select(Staff.id).where(Staff.username == username)
        ).scalar_one_or_none()
        if staff_id is None:
            return []
        rows = session.execute(
            select(Appointment, Customer)
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(
                or_(Appointment.staff_id == staff_id, Appointment.second_staff_id == staff_id),
                Appointment.status.in_((ARRIVED, LEFT)),
                Appointment.checked_in_at >= since,
            )
            .order_by(Appointment.checked_in_at, Appointment.id)
        ).all()
        names = _people(session) if rows else {}  # one read, not one per visitor
        return [_view(a, c, names) for a, c in rows]


def _at_the_door(facts, staff_row, at: datetime, calendar) -> tuple[list[Finding], bool]:
    """What the desk must know of a customer at the door: blocks, then warnings (the member
    of staff's Welsh is no matter there), and whether two staff must be present."""
    blocks, found, two_staff = _visit_findings(facts, staff_row, at, calendar)
    return blocks + [w for w in found if w.code != Code.WELSH_PREFERRED.value], two_staff


def visitor_findings(
    db: Database, customer_ref: str, by: str, at: datetime | None = None
) -> tuple[Finding, ...]:
    """What the desk must see at once of a known customer who arrives: `NO_VISITS`, a
    behaviour warning, their needs. InvalidInput naming `customer` for an unknown reference."""
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit() as uow:
        session = uow.session
        by_row = find_staff(session, by, "by")
        customer = _customer(session, customer_ref)
        facts = customer_facts(session, customer, at)
        out, two_staff = _at_the_door(facts, by_row, at, db.calendar)
    if two_staff:
        out.append(
            Finding(
                RestrictionKind.TWO_STAFF_PRESENT.value.upper(),
                "A second member of staff must be present at any meeting.",
            )
        )
    return tuple(out)


def customer_needs(db: Database, customer_ref: str) -> tuple[str, ...]:
    """The customer's recorded accessibility needs (`bsl_interpreter`...): what the booking
    form asks about. InvalidInput naming `customer` for an unknown reference."""
    with db.unit() as uow:
        session = uow.session
        customer = _customer(session, customer_ref)
        needs = session.execute(
            select(ContactPreferenceRow.accessibility).where(
                ContactPreferenceRow.customer_id == customer.id
            )
        ).scalar_one_or_none()
    return tuple(needs or ())


def appointments(db: Database, ids) -> list[AppointmentView]:
    """These appointments (those that exist), in time order, without warnings."""
    ids = list(ids)
    if not ids:
        return []
    with db.unit() as uow:
        session = uow.session
        rows = session.execute(
            select(Appointment, Customer)
            .join(Customer, Customer.id == Appointment.customer_id)
            .where(Appointment.id.in_(ids))
            .order_by(Appointment.starts_at, Appointment.id)
        ).all()
        names = _people(session) if rows else {}
        return [_view(a, c, names) for a, c in rows]


# --- turned away -----------------------------------------------------------------------------


def turn_away(
    db: Database,
    name: str,
    reason: str,
    offered: str,
    *,
    by: str,
    customer_ref: str | None = None,
    signposted_to: str | None = None,
    note: str | None = None,
    at: datetime | None = None,
    entry_id: uuid.UUID | None = None,
) -> TurnedAwayView:
    """Record a visitor turned away; for a known customer, also an inbound `visit` contact."""
    name = _text(name, "name", required=True, limit=200)
    reason = _text(reason, "reason", required=True)
    if offered not in OFFERS:
        raise InvalidInput("offered", f"{quoted(offered)}: expected one of {', '.join(OFFERS)}")
    signposted_to = _text(
        signposted_to, "signposted_to", required=offered == "signposted", limit=200
    )
    if signposted_to and offered != "signposted":
        raise InvalidInput("signposted_to", "is given only when the visitor was signposted")
    note = _text(note, "note", required=False)
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        by_row = _desk_user(session, by)
        customer = _customer(session, customer_ref) if customer_ref else None
        warnings = []
        if customer is not None:
            facts = customer_facts(session, customer, at)
            warnings, _two_staff = _at_the_door(facts, by_row, at, db.calendar)
        row = TurnedAway(
            id=entry_id or uuid.uuid4(),
            at=at,
            visitor_name=name,
            customer_id=customer.id if customer else None,
            staff_id=by_row.id,
            note=note,
            reason=reason,
            offered=offered,
            signposted_to=signposted_to,
        )
        session.add(row)
        session.flush()
        details = {"entry": str(row.id), "offered": offered, "at": at.isoformat()}
        if customer is not None:
            details["customer_ref"] = customer.ref
        audit(session, by, "visit_turned_away", "recorded", row.customer_id, details)
        uow.commit()
    contact_id = None
    if customer is not None:
        contact_id = uuid.uuid5(_VISIT_CONTACT, f"turned_away:{row.id}")
        log_inbound(
            db,
            InboundContact(
                customer_ref=customer.ref,
                channel=Channel.VISIT,
                staff=by,
                at=at,
                summary=f"Turned away: {reason}",
                contact_id=contact_id,
            ),
        )
    return TurnedAwayView(
        row.id,
        at,
        name,
        customer.ref if customer else None,
        reason,
        offered,
        signposted_to,
        note,
        by,
        contact_id,
        tuple(warnings),
    )


# --- retention -------------------------------------------------------------------------------


def retention_days(session) -> int:
    value = session.get(OfficeSetting, RETENTION_KEY)
    if value is None:
        return DEFAULT_RETENTION_DAYS
    try:
        days = int(value.value)
    except ValueError:
        raise InvalidInput(
            RETENTION_KEY, f"{quoted(value.value)} is not a number of days"
        ) from None
    if days < 1:
        raise InvalidInput(RETENTION_KEY, "must be at least 1 day")
    return days


def retention_run(db: Database, at: datetime | None = None, by: str | None = None) -> Retention:
    """Replace the name and note of turned-away entries with no customer, older than the
    office's `visitor_retention_days`, by "(removed)"; audited with the count and the entries'
    ids, never the names."""
    at = _aware(at, "at") if at is not None else utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        days = retention_days(session)
        before = at - timedelta(days=days)
        due = and_(
            TurnedAway.customer_id.is_(None),
            TurnedAway.at < before,
            or_(
                TurnedAway.visitor_name != REMOVED,
                and_(TurnedAway.note.is_not(None), TurnedAway.note != REMOVED),
            ),
        )
        ids = tuple(session.execute(select(TurnedAway.id).where(due)).scalars())
        if ids:
            session.execute(
                update(TurnedAway)
                .where(TurnedAway.id.in_(ids))
                .values(visitor_name=REMOVED, note=REMOVED)
            )
        audit(
            session,
            by,
            "visitor_retention",
            "removed",
            None,
            {
                "removed": len(ids),
                "retention_days": days,
                "before": before.isoformat(),
                "entries": [str(i) for i in ids],
            },
        )
        uow.commit()
    return Retention(len(ids), days, before, ids)
