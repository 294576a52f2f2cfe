"""What a write changed, as the screens need to know it: which customers' records, work,
restrictions and appointments.

A write made at this desk says what it changed; the window hands that to every screen, and
each refreshes only what it shows of it (a card of another customer stays as it is). A pull
from the central feed says the same of what it applied in the desktop's scope
(`Replica.take_changes`): `EVERYTHING` only after a first copy or a change to staff, teams or
office settings, and nothing at all for customers the desktop does not hold.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Customer references, by what of theirs changed; `everything` when it cannot be said."""

    #: Customers whose record or contact history changed.
    customers: frozenset[str] = frozenset()
    #: Customers whose work items were made, finished or moved.
    work_items: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()
    appointments: frozenset[str] = frozenset()
    everything: bool = False
    #: Customers about whom an agent asked a team leader's authorisation, or had an answer.
    requests: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return self.everything or bool(self._refs())

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.customers | other.customers,
            self.work_items | other.work_items,
            self.restrictions | other.restrictions,
            self.appointments | other.appointments,
            self.everything or other.everything,
            self.requests | other.requests,
        )

    def _refs(self) -> frozenset[str]:
        return (
            self.customers | self.work_items | self.restrictions | self.appointments | self.requests
        )

    def touches(self, ref: str | None) -> bool:
        """Whether anything of customer `ref` may have changed."""
        return ref is not None and (self.everything or ref in self._refs())

    @property
    def work(self) -> bool:
        """Whether any work item may have changed."""
        return self.everything or bool(self.work_items)


NOTHING = Changes()
EVERYTHING = Changes(everything=True)
