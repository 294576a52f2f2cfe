"""The visits desk's part of the window's data gateway (see `services.gateway`).

`VisitsDeskData` is what the visits desk may ask; `VisitsData` implements it on a gateway's two
databases: `self.db` for writes and `self.reads` for what the desk shows (the replica, when
synced). `Local` (and so `Synced`) is built from it; `sync.visits_sync.SyncedVisits` changes
what differs with a central database (the outbox, the roll call offline).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from agent_desktop.domain.values import Finding
from agent_desktop.services import visits
from agent_desktop.store.types import utcnow

if TYPE_CHECKING:
    from agent_desktop.services.database import Database
    from agent_desktop.services.gateway import Queued


@dataclass(frozen=True)
class RollCall:
    """Who is in the building, and how fresh that is: `as_of` is set when the list comes from
    this desktop's replica while the central database cannot be reached (the fire warden
    must know the list may miss the last minutes)."""

    people: tuple[visits.AppointmentView, ...]
    at: datetime
    as_of: datetime | None = None


class VisitsDeskData(Protocol):
    """The visits desk's reads and writes. Every method blocks: call it off the GUI thread."""

    def visits_day(self, on: date | None = None) -> list[visits.AppointmentView]: ...

    def roll_call(self, at: datetime | None = None) -> RollCall: ...

    def visit_staff(self) -> list[visits.DeskStaff]: ...

    def visit_free_slots(
        self, host: str, on: date, minutes: int = 60, second: str | None = None
    ) -> list[datetime]: ...

    def visitor_findings(self, customer_ref: str, by: str) -> tuple[Finding, ...]: ...

    def visit_customer_needs(self, customer_ref: str) -> tuple[str, ...]: ...

    def host_arrivals(self, username: str, since: datetime) -> list[visits.AppointmentView]: ...

    def book_visit(
        self,
        customer_ref: str,
        host: str,
        starts_at: datetime,
        minutes: int = 60,
        second: str | None = None,
        location: str | None = None,
        purpose: str | None = None,
        *,
        by: str,
        interpreter_booked: bool = False,
    ) -> visits.Booking: ...

    def set_visit_interpreter(
        self, appointment_id: uuid.UUID, booked: bool, by: str
    ) -> visits.AppointmentView: ...

    def arrive_visit(
        self, appointment_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> visits.AppointmentView | Queued: ...

    def leave_visit(
        self, appointment_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> visits.AppointmentView | Queued: ...

    def no_show_visit(self, appointment_id: uuid.UUID, by: str) -> visits.AppointmentView: ...

    def cancel_visit(
        self, appointment_id: uuid.UUID, by: str, reason: str
    ) -> visits.AppointmentView: ...

    def turn_away(
        self,
        name: str,
        reason: str,
        offered: str,
        *,
        by: str,
        customer_ref: str | None = None,
        signposted_to: str | None = None,
        note: str | None = None,
    ) -> visits.TurnedAwayView: ...


class VisitsData:
    """`VisitsDeskData` on `self.db` (writes) and `self.reads` (what is shown)."""

    db: Database
    reads: Database

    # reads ---------------------------------------------------------------------------------

    def visits_day(self, on: date | None = None) -> list[visits.AppointmentView]:
        """The day's appointments in time order, with each customer's warnings."""
        return visits.day(self.reads, on)

    def roll_call(self, at: datetime | None = None) -> RollCall:
        """The fire roll call: who is in the building at `at` (default now)."""
        at = at or utcnow()
        return RollCall(tuple(visits.in_building(self.reads, at)), at)

    def visit_staff(self) -> list[visits.DeskStaff]:
        """Who may host a visit, or be the second member of staff present."""
        return visits.desk_staff(self.reads)

    def visit_free_slots(
        self, host: str, on: date, minutes: int = 60, second: str | None = None
    ) -> list[datetime]:
        """The host's (and the second's) free starts on `on`, inside office hours."""
        return visits.free_slots(self.db, host, on, minutes, second)

    def visitor_findings(self, customer_ref: str, by: str) -> tuple[Finding, ...]:
        """What reception must see at once of a known customer at the door (`NO_VISITS`...)."""
        return visits.visitor_findings(self.db, customer_ref, by)

    def visit_customer_needs(self, customer_ref: str) -> tuple[str, ...]:
        """The customer's recorded accessibility needs, for the booking form."""
        return visits.customer_needs(self.db, customer_ref)

    def host_arrivals(self, username: str, since: datetime) -> list[visits.AppointmentView]:
        """Visitors of `username`'s checked in since `since`."""
        return visits.host_arrivals(self.reads, username, since)

    # writes --------------------------------------------------------------------------------

    def book_visit(
        self,
        customer_ref: str,
        host: str,
        starts_at: datetime,
        minutes: int = 60,
        second: str | None = None,
        location: str | None = None,
        purpose: str | None = None,
        *,
        by: str,
        interpreter_booked: bool = False,
    ) -> visits.Booking:
        """Book, or refuse with every block that applies (nothing is written but the audit)."""
        return visits.book(
            self.db,
            customer_ref,
            host,
            starts_at,
            minutes,
            second,
            location,
            purpose,
            by=by,
            interpreter_booked=interpreter_booked,
        )

    def set_visit_interpreter(
        self, appointment_id: uuid.UUID, booked: bool, by: str
    ) -> visits.AppointmentView:
        """Record whether the BSL interpreter for a booked appointment is booked."""
        return visits.set_interpreter(self.db, appointment_id, booked, by)

    def arrive_visit(
        self, appointment_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> visits.AppointmentView | Queued:
        return visits.arrive(self.db, appointment_id, by, at)

    def leave_visit(
        self, appointment_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> visits.AppointmentView | Queued:
        return visits.leave(self.db, appointment_id, by, at)

    def no_show_visit(self, appointment_id: uuid.UUID, by: str) -> visits.AppointmentView:
        return visits.no_show(self.db, appointment_id, by)

    def cancel_visit(
        self, appointment_id: uuid.UUID, by: str, reason: str
    ) -> visits.AppointmentView:
        return visits.cancel(self.db, appointment_id, by, reason)

    def turn_away(
        self,
        name: str,
        reason: str,
        offered: str,
        *,
        by: str,
        customer_ref: str | None = None,
        signposted_to: str | None = None,
        note: str | None = None,
    ) -> visits.TurnedAwayView:
        return visits.turn_away(
            self.db,
            name,
            reason,
            offered,
            by=by,
            customer_ref=customer_ref,
            signposted_to=signposted_to,
            note=note,
        )
