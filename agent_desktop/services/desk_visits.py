"""The visits desk's part of the window's data gateway (see `services.gateway`).

`VisitsDeskData` is what the visits desk may ask; `VisitsData` implements it on a gateway's two
databases: `self.db` for writes and `self.reads` for what the desk shows (the replica, when
synced). `Local` (and so `Synced`) is built from it; `sync.visits_sync.SyncedVisits` changes
what differs with a central database (the outbox, the roll call offline).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from agent_desktop.services import visits

if TYPE_CHECKING:
    from agent_desktop.services.database import Database


class VisitsDeskData(Protocol):
    """The visits desk's reads and writes. Every method blocks: call it off the GUI thread."""

    def visits_day(self, on: date | None = None) -> list[visits.AppointmentView]: ...

    def in_building(self, at: datetime | None = None) -> list[visits.AppointmentView]: ...


class VisitsData:
    """`VisitsDeskData` on `self.db` (writes) and `self.reads` (what is shown)."""

    db: Database
    reads: Database

    def visits_day(self, on: date | None = None) -> list[visits.AppointmentView]:
        """The day's appointments in time order, with each customer's warnings."""
        return visits.day(self.reads, on)

    def in_building(self, at: datetime | None = None) -> list[visits.AppointmentView]:
        """Who is in the building now: arrived and not yet left."""
        return visits.in_building(self.reads, at)
