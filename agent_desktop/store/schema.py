"""The database schema: typed SQLAlchemy 2 classes for every table, on SQLite and PostgreSQL.

Keys are UUIDs made by the client (so a replayed insert is idempotent), instants are UTC, and
every table that desktops replicate is listed in `SYNCED_TABLES`; the migrations give each of
them triggers that append to `change_log` in the writing transaction.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from agent_desktop.store.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Json = JSON().with_variant(JSONB(), "postgresql")
# Prefix search uses a range over this column; byte order on PostgreSQL keeps that exact.
NameKey = String(200).with_variant(String(200, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Keyed:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)


class OfficeSetting(Base):
    """Office-wide settings kept in the database: timezone, region and hours."""

    __tablename__ = "office_settings"
    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Team(Keyed, Base):
    __tablename__ = "teams"
    name: Mapped[str] = mapped_column(String(100), unique=True)
    leader_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", use_alter=True, ondelete="SET NULL")
    )


class Staff(Keyed, Base):
    """A member of staff. `db_login` is their own PostgreSQL login, set by `db grant`: on the
    central database, whatever that login writes is written as this person."""

    __tablename__ = "staff"
    __table_args__ = (Index("ix_staff_db_login", "db_login", unique=True),)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list] = mapped_column(Json)
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    welsh_speaker: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    db_login: Mapped[str | None] = mapped_column(String(63))
    # How many open items this person may hold before an assignment warns (team-work.md).
    capacity: Mapped[int] = mapped_column(Integer, default=40, server_default=text("40"))

    team: Mapped[Team | None] = relationship(foreign_keys=[team_id])


class StaffAbsence(Keyed, Base):
    """A member of staff away from `from_on` to `to_on` (office dates, both included), with
    the colleague who covers their work, if one was named (migration 0011)."""

    __tablename__ = "staff_absences"
    __table_args__ = (Index("ix_staff_absences_staff_id_to_on", "staff_id", "to_on"),)
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    from_on: Mapped[date] = mapped_column(Date)
    to_on: Mapped[date] = mapped_column(Date)
    cover_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Keyed, Base):
    __tablename__ = "customers"
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(NameKey, index=True)
    surname_key: Mapped[str] = mapped_column(NameKey, index=True)
    address: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    anonymised_at: Mapped[datetime | None]

    phones: Mapped[list[CustomerPhone]] = relationship(
        order_by="CustomerPhone.position", cascade="all, delete-orphan"
    )
    emails: Mapped[list[CustomerEmail]] = relationship(
        order_by="CustomerEmail.position", cascade="all, delete-orphan"
    )


class CustomerPhone(Keyed, Base):
    __tablename__ = "customer_phones"
    __table_args__ = (UniqueConstraint("customer_id", "position"),)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    e164: Mapped[str] = mapped_column(String(20), index=True)


class CustomerEmail(Keyed, Base):
    __tablename__ = "customer_emails"
    __table_args__ = (UniqueConstraint("customer_id", "position"),)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(320))
    address_key: Mapped[str] = mapped_column(String(320), index=True)


def representative_keys(representative) -> dict[str, str | None]:
    """The lookup columns for a representative's JSON: their E.164 phone and case-folded email.

    The one place these are worked out, so a caller's number or address finds the customer the
    representative acts for exactly as a customer's own does (`customer_phones.e164`,
    `customer_emails.address_key`).
    """
    rep = representative if isinstance(representative, dict) else {}
    email = rep.get("email")
    return {
        "representative_phone": rep.get("phone") or None,
        "representative_email_key": email.casefold() if email else None,
    }


def _from_representative(column: str):
    """A column default that reads the same INSERT's `representative`, so that every SQLAlchemy
    writer (import, seed, the ORM, a plain Core insert) fills the lookup columns without having
    to remember them."""

    def default(context):
        return representative_keys(context.get_current_parameters().get("representative"))[column]

    return default


# A representative is on about one preference in thirty: partial indexes skip the rest, and
# `column = value` implies NOT NULL, so both databases use them for an equality lookup.
_HAS_REPRESENTATIVE_PHONE = "representative_phone IS NOT NULL"
_HAS_REPRESENTATIVE_EMAIL = "representative_email_key IS NOT NULL"


class ContactPreferenceRow(Keyed, Base):
    """How and how often the customer agreed to be kept informed.

    `representative_phone` and `representative_email_key` repeat what `representative` holds,
    indexed, for the screen pop; `representative_keys` keeps them in step (see the listener
    below for ORM updates and `_from_representative` for inserts).
    """

    __tablename__ = "contact_preferences"
    __table_args__ = (
        Index(
            "ix_contact_preferences_representative_phone",
            "representative_phone",
            sqlite_where=text(_HAS_REPRESENTATIVE_PHONE),
            postgresql_where=text(_HAS_REPRESENTATIVE_PHONE),
        ),
        Index(
            "ix_contact_preferences_representative_email_key",
            "representative_email_key",
            sqlite_where=text(_HAS_REPRESENTATIVE_EMAIL),
            postgresql_where=text(_HAS_REPRESENTATIVE_EMAIL),
        ),
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), unique=True
    )
    channels: Mapped[list] = mapped_column(Json)
    update_every_days: Mapped[int | None] = mapped_column(Integer)
    contact_hours: Mapped[dict | None] = mapped_column(Json)
    language: Mapped[str] = mapped_column(String(2), default="en")
    accessibility: Mapped[list] = mapped_column(Json, default=list)
    representative: Mapped[dict | None] = mapped_column(Json)
    agreed_on: Mapped[date | None] = mapped_column(Date)
    agreed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    representative_phone: Mapped[str | None] = mapped_column(
        String(20), default=_from_representative("representative_phone")
    )
    representative_email_key: Mapped[str | None] = mapped_column(
        String(320), default=_from_representative("representative_email_key")
    )


@event.listens_for(ContactPreferenceRow.representative, "set")
def _representative_changed(target: ContactPreferenceRow, value, _old, _initiator) -> None:
    # A representative given to the constructor or changed later carries its lookup columns.
    for column, key in representative_keys(value).items():
        setattr(target, column, key)


class RestrictionRow(Keyed, Base):
    """A communication restriction the organisation imposed, with its lifecycle."""

    __tablename__ = "restrictions"
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    terms: Mapped[dict] = mapped_column(Json, default=dict)
    decided_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    starts_on: Mapped[date] = mapped_column(Date)
    review_by: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    customer_notified_on: Mapped[date | None] = mapped_column(Date)
    adjustment_considered: Mapped[bool] = mapped_column(Boolean, default=False)
    lifted_at: Mapped[datetime | None]
    lifted_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    lift_reason: Mapped[str | None] = mapped_column(Text)


class RestrictionEvent(Keyed, Base):
    """The history of a restriction: decided, reviewed, changed, notified, lifted."""

    __tablename__ = "restriction_history"
    restriction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("restrictions.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    event: Mapped[str] = mapped_column(String(30))
    note: Mapped[str | None] = mapped_column(Text)


class ContactEvent(Keyed, Base):
    """One contact with a customer, either way, on any channel."""

    __tablename__ = "contact_events"
    __table_args__ = (Index("ix_contact_events_customer_at", "customer_id", "at"),)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(String(10), default="proactive")
    recipient: Mapped[str] = mapped_column(String(20), default="customer")
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]
    summary: Mapped[str | None] = mapped_column(Text)
    follows_up_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact_events.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    authorised_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Authorisation(Keyed, Base):
    """A team leader's permission for one contact past a restriction block.

    Granted for one member of staff, one customer and one channel, for a short time, and used
    up by the contact it allows (`contact_id`). On PostgreSQL the database itself looks for an
    unused one whenever a contact it would refuse names its authoriser, and `granted_by_id` is
    the granting login's own member of staff.
    """

    __tablename__ = "authorisations"
    # One approval per request.
    __table_args__ = (Index("ix_authorisations_request_id", "request_id", unique=True),)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    granted_by_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    contact_id: Mapped[uuid.UUID | None] = mapped_column(unique=True)
    # The agent's request this approves (migration 0012); none for one granted at the desk.
    request_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("authorisation_requests.id", ondelete="CASCADE")
    )


class AuthorisationRequest(Keyed, Base):
    """An agent's request that a team leader allow one contact past a restriction block.

    The agent's refusal sends it to the team; a team leader of that team (or a manager)
    approves or refuses it with their own reason. An approval makes the `authorisations` row
    that allows the contact (its `request_id` is this request), for that agent, customer and
    channel, for 30 minutes. Replicated with its customer, whom every desktop holds while a
    restriction is active, so the boards and the agent's dialog see it through the sync. On
    PostgreSQL the requester and the decider are the logins that wrote them.
    """

    __tablename__ = "authorisation_requests"
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"), index=True)
    channel: Mapped[str] = mapped_column(String(10))
    blocks: Mapped[list] = mapped_column(Json)
    reason: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)


class Case(Keyed, Base):
    __tablename__ = "cases"
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(Text)
    stage: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    opened_on: Mapped[date] = mapped_column(Date)
    target_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class WorkItem(Keyed, Base):
    """Something someone owes a customer, due by an instant set by the service levels."""

    __tablename__ = "work_items"
    __table_args__ = (
        Index("ix_work_items_status_due", "status", "due_at"),
        Index("ix_work_items_assignee_due", "assignee_id", "due_at"),
        Index("ix_work_items_team_due", "team_id", "due_at"),
        # The open queue in due order with whose it is: an agent's queue counted from this
        # index alone (migration 0010).
        Index(
            "ix_work_items_open_queue",
            "due_at",
            "id",
            "assignee_id",
            "team_id",
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )
    kind: Mapped[str] = mapped_column(String(30))
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    due_at: Mapped[datetime]
    team_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("teams.id"))
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    note: Mapped[str | None] = mapped_column(Text)
    source_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact_events.id", ondelete="SET NULL")
    )
    restriction_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("restrictions.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]


class Appointment(Keyed, Base):
    """A pre-arranged office visit; visitors are only seen by appointment (visits.md).

    `status` is booked, then arrived (`checked_in_at`), then left (`checked_out_at`); or
    cancelled (with `cancel_reason`) or no_show. `visitor_name` is who is expected when it is
    not the customer themselves (migration 0013). `interpreter_booked`: the BSL interpreter
    (or other communication support) the customer needs is booked (migration 0014).
    """

    __tablename__ = "appointments"
    # A host's day, read by every booking to find an overlapping one (migration 0013).
    __table_args__ = (
        Index("ix_appointments_staff_id_starts_at", "staff_id", "starts_at"),
        Index("ix_appointments_second_staff_id_starts_at", "second_staff_id", "starts_at"),
    )
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    second_staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    booked_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(12), default="booked")
    checked_in_at: Mapped[datetime | None]
    checked_out_at: Mapped[datetime | None]
    visitor_name: Mapped[str | None] = mapped_column(String(200))
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    booked_at: Mapped[datetime | None]
    interpreter_booked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class TurnedAway(Keyed, Base):
    """A visitor turned away at reception for having no appointment: the name they gave, the
    reason, and what they were `offered` (appointment, phone, signposted, nothing), with the
    organisation when signposted (migration 0013). With no customer, the name and note are
    replaced by "(removed)" after the office's `visitor_retention_days`."""

    __tablename__ = "turned_away"
    at: Mapped[datetime] = mapped_column(default=utcnow)
    visitor_name: Mapped[str] = mapped_column(String(200))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL")
    )
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    offered: Mapped[str | None] = mapped_column(String(12))
    signposted_to: Mapped[str | None] = mapped_column(String(200))


class AuditEntry(Keyed, Base):
    """Append-only record of every decision, refused attempts included."""

    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    outcome: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    details: Mapped[dict] = mapped_column(Json, default=dict)


class ChangeLogEntry(Base):
    """One row written, in the writing transaction, for replicas to pull.

    `xid` is the writing PostgreSQL transaction, so a reader can wait for every older
    transaction to finish before reading past a gap in `seq`.
    """

    __tablename__ = "change_log"
    # Readers page through finished transactions in (xid, seq) order.
    __table_args__ = (Index("ix_change_log_xid_seq", "xid", "seq"),)
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(1))
    xid: Mapped[int | None] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class FeedState(Base):
    """The change feed's own bookkeeping (not replicated): how far it has been pruned."""

    __tablename__ = "feed_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


SYNCED_TABLES = (
    "office_settings",
    "teams",
    "staff",
    "staff_absences",
    "customers",
    "customer_phones",
    "customer_emails",
    "contact_preferences",
    "restrictions",
    "restriction_history",
    "contact_events",
    "authorisation_requests",
    "cases",
    "work_items",
    "appointments",
    "turned_away",
)

#: Tables whose rows are never changed or removed once written.
APPEND_ONLY_TABLES = ("audit_log",)

#: The `feed_state` key a desktop's replica sets while it writes rows copied from the central
#: database, and clears before its transaction ends: SQLite's change-log triggers skip those
#: rows (migration 0009), as the replica's change log records only writes made locally.
APPLYING_CENTRAL_ROWS = "applying_central_rows"
