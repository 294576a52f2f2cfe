"""The restriction screens' part of the window's data gateway (see `services.gateway`).

`RestrictionDeskData` is what the screens for deciding, reviewing and lifting restrictions may
ask; `RestrictionData` implements it on a gateway's two databases: `self.db` for writes and
`self.reads` for what is shown (the replica, when synced). `Local` (and so `Synced`) is built
from it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from agent_desktop.services import restrictions

if TYPE_CHECKING:
    from agent_desktop.services.database import Database


class RestrictionDeskData(Protocol):
    """The restriction screens' reads and writes. Every method blocks: call it off the GUI
    thread."""

    def restriction_reviews_due(self, at: datetime | None = None) -> restrictions.ReviewsDue: ...

    def customer_restrictions(
        self, customer_ref: str, at: datetime | None = None
    ) -> restrictions.CustomerRestrictions | None: ...

    def decide_restriction(
        self,
        customer_ref: str,
        document: dict,
        adjustment_considered: bool = False,
        at: datetime | None = None,
    ) -> restrictions.RestrictionDecision: ...

    def review_restriction(
        self,
        restriction_id: uuid.UUID,
        by: str,
        next_review_by: date,
        note: str,
        at: datetime | None = None,
    ) -> None: ...

    def lift_restriction(
        self, restriction_id: uuid.UUID, by: str, reason: str, at: datetime | None = None
    ) -> None: ...

    def record_challenge(
        self,
        restriction_id: uuid.UUID,
        received: datetime,
        by: str,
        grounds: str,
        at: datetime | None = None,
    ) -> uuid.UUID: ...

    def restriction_notice(
        self, restriction_id: uuid.UUID, at: datetime | None = None
    ) -> restrictions.RestrictionNotice: ...

    def record_notice_sent(
        self, restriction_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> restrictions.NoticeSent: ...


class RestrictionData:
    """`RestrictionDeskData` on `self.db` (writes) and `self.reads` (what is shown)."""

    db: Database
    reads: Database

    def restriction_reviews_due(self, at: datetime | None = None) -> restrictions.ReviewsDue:
        """Restrictions whose review is overdue, due or within two weeks, soonest first."""
        return restrictions.reviews_due(self.reads, at)

    def customer_restrictions(
        self, customer_ref: str, at: datetime | None = None
    ) -> restrictions.CustomerRestrictions | None:
        """A customer's restrictions, lifted ones too, each with its full history."""
        return restrictions.customer_restrictions(self.reads, customer_ref, at)

    def decide_restriction(
        self,
        customer_ref: str,
        document: dict,
        adjustment_considered: bool = False,
        at: datetime | None = None,
    ) -> restrictions.RestrictionDecision:
        """Decide a restriction given in the exchange format; a conflict with a reasonable
        adjustment comes back unmade until `adjustment_considered`."""
        return restrictions.decide_restriction(
            self.db, customer_ref, document, adjustment_considered=adjustment_considered, at=at
        )

    def review_restriction(
        self,
        restriction_id: uuid.UUID,
        by: str,
        next_review_by: date,
        note: str,
        at: datetime | None = None,
    ) -> None:
        restrictions.review_restriction(self.db, restriction_id, by, next_review_by, note, at)

    def lift_restriction(
        self, restriction_id: uuid.UUID, by: str, reason: str, at: datetime | None = None
    ) -> None:
        restrictions.lift_restriction(self.db, restriction_id, by, reason, at)

    def record_challenge(
        self,
        restriction_id: uuid.UUID,
        received: datetime,
        by: str,
        grounds: str,
        at: datetime | None = None,
    ) -> uuid.UUID:
        """The customer's challenge, as a work item for a manager who did not decide it."""
        return restrictions.record_challenge(self.db, restriction_id, received, by, grounds, at=at)

    def restriction_notice(
        self, restriction_id: uuid.UUID, at: datetime | None = None
    ) -> restrictions.RestrictionNotice:
        """What the notice letter says, in the customer's language and print size."""
        return restrictions.restriction_notice(self.reads, restriction_id, at=at)

    def record_notice_sent(
        self, restriction_id: uuid.UUID, by: str, at: datetime | None = None
    ) -> restrictions.NoticeSent:
        """The letter went out: its notice item closes and the customer's notified date is
        set."""
        return restrictions.record_notice_sent(self.db, restriction_id, by, at)
