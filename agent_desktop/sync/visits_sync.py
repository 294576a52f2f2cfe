"""What the visits desk does differently with a central database and a replica behind it.

- The day's appointments and the fire roll call are read from the replica, which holds the
  next 14 days' appointments for a visits user (`Scope`), so they stand when the central
  database is gone; the roll call then says how old it is (`RollCall.as_of`). A desktop whose
  replica does not hold every appointment (an agent opening the desk) asks the central
  database while it answers.
- A check-in or check-out goes through the outbox (visits.md: they wait like inbound
  contacts): kept while the central database is away, sent exactly once when it returns, and
  shown meanwhile on the desk and in the roll call as made (`waiting`).
- Booking, cancelling, a no-show, whether the interpreter is booked and a person turned away
  are written centrally or not at all: a booking must see every other desk's bookings of the
  host.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from agent_desktop.domain.values import InvalidInput
from agent_desktop.services import visits
from agent_desktop.services.desk_visits import RollCall, VisitsData
from agent_desktop.store.schema import Appointment, Customer
from agent_desktop.store.types import utcnow
from agent_desktop.sync.outbox import VISIT_ARRIVE, VISIT_LEAVE, VISIT_STEPS, visit_entry


class SyncedVisits:
    """Mixed into `sync.desktop.Synced` ahead of `Local`: its methods replace `VisitsData`'s.

    It uses Synced's own: `central`, `replica_db`, `replica`, `outbox`, `online`, `status()`,
    `_central`, `_pull` and `_through_outbox`.
    """

    # reads ---------------------------------------------------------------------------------

    def _visits_read(self, work):
        """`work(db)` on the replica when it holds every appointment; else on the central
        database while it answers, and the replica when it does not."""
        if self.replica.holds_visits() or not self.online:
            return work(self.replica_db)
        return self._central(lambda: work(self.central), lambda: work(self.replica_db))

    def visits_day(self, on=None) -> list[visits.AppointmentView]:
        return self._as_made(self._visits_read(lambda db: visits.day(db, on)))

    def roll_call(self, at: datetime | None = None) -> RollCall:
        """Who is in the building, check-ins and check-outs waiting in the outbox included;
        `as_of` says when the replica last matched the central database, while it is away."""
        at = at or utcnow()
        entries = self._waiting_steps()
        # Visitors checked in here whose check-in waits in the outbox are inside too.
        arriving = {uuid.UUID(e.payload["appointment"]) for e in entries if e.kind == VISIT_ARRIVE}

        def read(db):
            inside = visits.in_building(db, at)
            return inside, visits.appointments(db, arriving - {v.id for v in inside})

        inside, waiting = self._visits_read(read)
        rows = self._as_made([*inside, *waiting], entries)
        people = sorted(
            (v for v in rows if _inside(v, at)), key=lambda v: (v.checked_in_at, str(v.id))
        )
        with self._state:  # the sync's own view of the centre: no second read of the outbox
            as_of = None if self._online else (self._data_as_of or self._offline_since)
        return RollCall(tuple(people), at, as_of)

    def _waiting_steps(self) -> list:
        """Check-ins and check-outs kept in the outbox, not refused, oldest first."""
        return [e for e in self.outbox.waiting() if e.kind in VISIT_STEPS and e.refused is None]

    def _as_made(
        self, rows: list[visits.AppointmentView], entries: list | None = None
    ) -> list[visits.AppointmentView]:
        """`rows` with the check-ins and check-outs still waiting in the outbox (`entries`,
        read here when not given) applied."""
        waiting = {}
        for entry in self._waiting_steps() if entries is None else entries:
            waiting.setdefault(entry.payload["appointment"], []).append(entry)
        if not waiting:
            return rows
        out = []
        for view in rows:
            for entry in waiting.get(str(view.id), ()):
                at = datetime.fromisoformat(entry.payload["at"])
                if entry.kind == VISIT_ARRIVE and view.status == visits.BOOKED:
                    view = replace(view, status=visits.ARRIVED, checked_in_at=at, waiting=True)
                elif entry.kind == VISIT_LEAVE and view.status == visits.ARRIVED:
                    view = replace(view, status=visits.LEFT, checked_out_at=at, waiting=True)
            out.append(view)
        return out

    def _central_or_replica(self, read, *args):
        """`read(db, *args)` on the central database, or the replica while it is away."""
        return self._central(
            lambda: read(self.central, *args), lambda: read(self.replica_db, *args)
        )

    def visit_free_slots(self, host, on, minutes=60, second=None) -> list[datetime]:
        return self._central_or_replica(visits.free_slots, host, on, minutes, second)

    def visitor_findings(self, customer_ref: str, by: str):
        return self._central_or_replica(visits.visitor_findings, customer_ref, by)

    def visit_customer_needs(self, customer_ref: str) -> tuple[str, ...]:
        return self._central_or_replica(visits.customer_needs, customer_ref)

    # writes --------------------------------------------------------------------------------

    def arrive_visit(self, appointment_id: uuid.UUID, by: str, at: datetime | None = None):
        """Checked in through the outbox: the result, or `Queued` while central is away."""
        return self._visit_step(VISIT_ARRIVE, appointment_id, by, at)

    def leave_visit(self, appointment_id: uuid.UUID, by: str, at: datetime | None = None):
        return self._visit_step(VISIT_LEAVE, appointment_id, by, at)

    def _visit_step(self, kind: str, appointment_id: uuid.UUID, by: str, at):
        at = at or utcnow()
        ref = self._appointment_ref(appointment_id)
        return self._through_outbox(visit_entry(kind, appointment_id, ref, by, at), at)

    def _appointment_ref(self, appointment_id: uuid.UUID) -> str:
        def read(db):
            with db.unit() as uow:
                return uow.session.execute(
                    select(Customer.ref)
                    .join(Appointment, Appointment.customer_id == Customer.id)
                    .where(Appointment.id == appointment_id)
                ).scalar_one_or_none()

        ref = read(self.replica_db)
        if ref is None:
            ref = self._central(lambda: read(self.central))
        if ref is None:
            raise InvalidInput("appointment", f"no appointment has the id {appointment_id}")
        return ref

    def _written(self, work):
        result = self._central(work)
        self._pull()
        return result

    def book_visit(self, *args, **kwargs):
        """As `VisitsData.book_visit` (same arguments), on the central database."""
        return self._written(lambda: VisitsData.book_visit(self, *args, **kwargs))

    def set_visit_interpreter(self, appointment_id: uuid.UUID, booked: bool, by: str):
        return self._written(
            lambda: VisitsData.set_visit_interpreter(self, appointment_id, booked, by)
        )

    def no_show_visit(self, appointment_id: uuid.UUID, by: str):
        return self._written(lambda: VisitsData.no_show_visit(self, appointment_id, by))

    def cancel_visit(self, appointment_id: uuid.UUID, by: str, reason: str):
        return self._written(lambda: VisitsData.cancel_visit(self, appointment_id, by, reason))

    def turn_away(
        self, name, reason, offered, *, by, customer_ref=None, signposted_to=None, note=None
    ):
        return self._written(
            lambda: VisitsData.turn_away(
                self,
                name,
                reason,
                offered,
                by=by,
                customer_ref=customer_ref,
                signposted_to=signposted_to,
                note=note,
            )
        )


def _inside(view: visits.AppointmentView, at: datetime) -> bool:
    return (
        view.status in (visits.ARRIVED, visits.LEFT)
        and view.checked_in_at is not None
        and view.checked_in_at <= at
        and (view.checked_out_at is None or view.checked_out_at > at)
    )
