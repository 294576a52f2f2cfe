"""What the contact rules read: a customer's preferences, restrictions and contact history.

These are plain frozen values, built by the store from database rows and by the exchange
format from JSON, so the rules never see a database or a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.values import (
    Category,
    Channel,
    DailyWindow,
    Direction,
    Language,
    Purpose,
    Role,
)

if TYPE_CHECKING:
    from agent_desktop.domain.kinds import RestrictionKind


@dataclass(frozen=True)
class Representative:
    name: str
    relationship: str | None = None
    phone: str | None = None  # E.164
    email: str | None = None
    contact_only_via: bool = False


@dataclass(frozen=True)
class ContactPreference:
    channels: tuple[Channel, ...]
    update_every_days: int | None = None
    contact_hours: DailyWindow | None = None
    language: Language = Language.ENGLISH
    accessibility: tuple[str, ...] = ()
    representative: Representative | None = None
    agreed_on: date | None = None
    agreed_by: str | None = None


@dataclass(frozen=True)
class RestrictionTerms:
    """A restriction's kind-specific parameters; only those of its kind are set."""

    channels: tuple[Channel, ...] = ()
    limit: int | None = None
    per_days: int | None = None
    direction: str = "outbound"  # "outbound" or "both"
    staff: str | None = None
    deputy: str | None = None
    window: DailyWindow | None = None
    minutes: int | None = None
    representative: str | None = None


@dataclass(frozen=True)
class Restriction:
    kind: RestrictionKind
    category: Category
    reason: str
    decided_by: str
    starts_on: date
    review_by: date
    terms: RestrictionTerms = field(default_factory=RestrictionTerms)
    ends_on: date | None = None
    customer_notified_on: date | None = None
    lifted_at: datetime | None = None
    id: str = ""

    def active_span(self, calendar) -> tuple[datetime, datetime | None]:
        """The UTC instants [start, end) over which the restriction is in force.

        It runs from the start of `starts_on` to the end of `ends_on` in office time, both days
        included, or until it was lifted, whichever comes first.
        """
        tz = calendar.tz
        start = first_instant_at(tz, self.starts_on, time(0, 0))
        end = (
            first_instant_at(tz, self.ends_on + timedelta(days=1), time(0, 0))
            if self.ends_on
            else None
        )
        if self.lifted_at is not None and (end is None or self.lifted_at < end):
            end = self.lifted_at
        return start, end

    def active_at(self, at: datetime, calendar) -> bool:
        start, end = self.active_span(calendar)
        return start <= at and (end is None or at < end)


@dataclass(frozen=True)
class PastContact:
    at: datetime
    channel: Channel
    direction: Direction
    purpose: Purpose = Purpose.PROACTIVE


@dataclass(frozen=True)
class StaffMember:
    username: str
    name: str = ""
    roles: frozenset[Role] = frozenset({Role.AGENT})
    welsh_speaker: bool = False


@dataclass(frozen=True)
class CustomerFacts:
    """Everything `evaluate` needs to know about one customer."""

    ref: str
    preferences: ContactPreference | None = None
    restrictions: tuple[Restriction, ...] = ()
    contacts: tuple[PastContact, ...] = ()
