"""The window's data gateway: the one interface every read and write of the window goes through.

`DeskData` is what a window, a panel or a dialog may ask of the data behind it. Two things
implement it: `Local` here (everything on one database: the embedded file, or a single server)
and `sync.desktop.Synced` (the central database for writes, this desktop's replica for reads,
an outbox between). The window is built on a `DeskData` and never sees which one it has, nor a
Session, an engine or SQLAlchemy. Every method blocks, and so runs off the GUI thread.

The plain values the gateway hands back (`Queued`, `OutcomeUnknown`, `SyncStatus`...) live
here too, so the window needs nothing from `sync/` to read them.
"""

from __future__ import annotations

import logging
import threading
import uuid
import weakref
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from agent_desktop.domain.values import Channel, OutreachDecision, Recipient
from agent_desktop.services import (
    calls,
    card,
    customers,
    directory,
    work_queue,
)
from agent_desktop.services.database import Database
from agent_desktop.services.desk_approvals import ApprovalData, ApprovalDeskData
from agent_desktop.services.desk_restrictions import RestrictionData, RestrictionDeskData
from agent_desktop.services.desk_team import TeamData, TeamDeskData
from agent_desktop.services.desk_visits import VisitsData, VisitsDeskData
from agent_desktop.services.outreach import (
    ContactRecord,
    ContactResult,
    InboundContact,
    Outreach,
    _record,
    _replayed,
    check_outreach,
    log_inbound,
    record_outreach,
)
from agent_desktop.services.session import SignedIn
from agent_desktop.services.work import WorkDone, finish_work_item
from agent_desktop.services.work_queue import QueueFilter, QueueRow, QueueSnapshot, QueueUpdate
from agent_desktop.store.engine import DatabaseUnreachable
from agent_desktop.store.schema import Staff

if TYPE_CHECKING:
    from agent_desktop.domain.calendar import OfficeCalendar

log = logging.getLogger(__name__)

#: What a write kept on this desktop (waiting, or refused by the central database) was.
INBOUND = "inbound"
CALLBACK = "callback"
WORK_DONE = "work_done"
VISIT_ARRIVE = "visit_arrive"  # a visitor checked in at the visits desk
VISIT_LEAVE = "visit_leave"  # ... and out


def unreachable(exc: BaseException) -> bool:
    """Whether `exc` means the database could not be reached (or was lost)."""
    if isinstance(exc, DatabaseUnreachable | OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


class NotHeldOffline(DatabaseUnreachable):
    """The customer is not kept on this desktop, and the central database cannot be reached."""


@dataclass(frozen=True)
class RefusedEntry:
    """A write the central database refused: kept on this desktop, never sent."""

    kind: str  # INBOUND, CALLBACK or WORK_DONE
    customer_ref: str | None
    channel: Channel | None
    at: datetime
    reason: str


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    #: When the central database was last found missing (None while online).
    offline_since: datetime | None = None
    #: The last moment the replica was known to match the central database.
    data_as_of: datetime | None = None
    #: Outbox entries not yet sent, and entries the central database refused.
    waiting: int = 0
    refused: int = 0
    #: Central changes are committed but held back behind an older open transaction.
    held_back: bool = False
    #: The refused entries themselves, oldest first, each with the central database's reason.
    refused_entries: tuple[RefusedEntry, ...] = ()


@dataclass(frozen=True)
class Queued:
    """A write kept in the outbox until the central database is back."""

    id: uuid.UUID
    at: datetime
    waiting: int


@dataclass(frozen=True)
class OutcomeUnknown:
    """Outreach whose COMMIT was sent but whose answer was lost: the central database may hold
    it or not. Neither "recorded" nor "refused": `outcome_of` says which, by its contact id,
    once the server answers; sending `outreach` again (same id) cannot record it twice."""

    outreach: Outreach  # its contact_id is set

    @property
    def contact_id(self) -> uuid.UUID:
        return self.outreach.contact_id


@runtime_checkable
class DeskData(TeamDeskData, ApprovalDeskData, RestrictionDeskData, VisitsDeskData, Protocol):
    """Everything the window reads and writes, whichever database is behind it.

    Every method blocks (it may wait on the network): call it through the window's op helper,
    never on the GUI thread. Reads the window shows (queue, card, advice) never wait on a
    network when a replica is behind it; writes say what happened (recorded, `Queued`,
    `OutcomeUnknown`).
    """

    #: Whether a central database and a replica are behind it (a sync runs, a status shows).
    synced: bool

    @property
    def kind(self) -> str:
        """'embedded', 'postgresql' or 'central': what the status bar says the window is on."""
        ...

    @property
    def calendar(self) -> OfficeCalendar: ...

    def status(self) -> SyncStatus | None: ...

    # reads
    def queue_snapshot(
        self,
        user: SignedIn,
        filters: frozenset[QueueFilter],
        text: str = "",
        now: datetime | None = None,
    ) -> QueueSnapshot: ...

    def queue_rows(
        self, ids: list[uuid.UUID], now: datetime | None = None
    ) -> dict[uuid.UUID, QueueRow]: ...

    def queue_update(
        self,
        user: SignedIn,
        filters: frozenset[QueueFilter],
        text: str,
        refs: frozenset[str],
        now: datetime | None = None,
    ) -> QueueUpdate: ...

    def find_customers(self, text_: str, limit: int = 50) -> list[directory.CustomerMatch]: ...

    def load_card(
        self, ref: str, user: SignedIn, at: datetime | None = None
    ) -> card.CustomerCard | None: ...

    def outreach_preview(
        self,
        ref,
        user: SignedIn,
        at: datetime | None = None,
        recipient: Recipient = Recipient.CUSTOMER,
    ) -> dict[Channel, OutreachDecision]: ...

    def outreach_options(
        self, ref, user: SignedIn, at: datetime | None = None
    ) -> calls.OutreachOptions: ...

    def check_outreach(self, outreach: Outreach) -> OutreachDecision: ...

    def call_limit_minutes(self, ref: str, at: datetime | None = None) -> int | None: ...

    # writes
    def record_outreach(self, outreach: Outreach) -> ContactResult | OutcomeUnknown: ...

    def outcome_of(self, unknown: OutcomeUnknown) -> ContactRecord | None: ...

    def log_inbound(self, inbound: InboundContact) -> ContactResult | Queued: ...

    def request_callback(self, ref: str, staff: str, at: datetime, note: str | None): ...

    def create_customer(self, **values) -> str: ...

    def finish_work(self, item_id: uuid.UUID, staff: str, at: datetime) -> WorkDone | Queued: ...

    def dispose(self) -> None: ...


class _CommitWatch:
    """Whether the current thread has sent a COMMIT on `engine` since `arm()`: a connection
    lost before that left nothing behind; one lost after it leaves the outcome unknown."""

    _watches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    _lock = threading.Lock()

    def __init__(self, engine: Engine):
        self._local = threading.local()
        event.listen(engine, "commit", self._sent)

    @classmethod
    def on(cls, engine: Engine) -> _CommitWatch:
        with cls._lock:
            watch = cls._watches.get(engine)
            if watch is None:
                watch = cls._watches[engine] = cls(engine)
            return watch

    def _sent(self, _conn) -> None:
        self._local.sent = True

    def arm(self) -> None:
        self._local.sent = False

    @property
    def sent(self) -> bool:
        return getattr(self._local, "sent", False)


class Local(TeamData, ApprovalData, RestrictionData, VisitsData):
    """The gateway on one database: the embedded file, or a single server without a replica."""

    synced = False

    def __init__(self, db: Database):
        self.db = db

    @property
    def reads(self) -> Database:
        """Where the window's reads go (the replica, when synced)."""
        return self.db

    @property
    def calendar(self):
        return self.db.calendar

    @property
    def kind(self) -> str:
        return self.db.kind

    def status(self) -> SyncStatus | None:
        return None

    def queue_snapshot(
        self,
        user: SignedIn,
        filters: frozenset[QueueFilter],
        text: str = "",
        now: datetime | None = None,
    ) -> QueueSnapshot:
        """The open work `user` asked to see, read where reads never wait on the network."""
        return work_queue.queue_snapshot(self.reads, user, filters, text, now)

    def queue_rows(
        self, ids: list[uuid.UUID], now: datetime | None = None
    ) -> dict[uuid.UUID, QueueRow]:
        """The queue's display rows for a page of ids."""
        return work_queue.queue_rows(self.reads, ids, now)

    def queue_update(
        self,
        user: SignedIn,
        filters: frozenset[QueueFilter],
        text: str,
        refs: frozenset[str],
        now: datetime | None = None,
    ) -> QueueUpdate:
        """How the queue changes for customers `refs`, and its counts (see QueueUpdate)."""
        return work_queue.queue_update(self.reads, user, filters, text, refs, now)

    def find_customers(self, text_: str, limit: int = 50):
        return directory.find_customers(self.db, text_, limit)

    def load_card(self, ref: str, user: SignedIn, at: datetime | None = None):
        return card.load_card(self.db, ref, user, at)

    def outreach_preview(
        self,
        ref,
        user: SignedIn,
        at: datetime | None = None,
        recipient: Recipient = Recipient.CUSTOMER,
    ):
        return calls.outreach_preview(self.db, ref, user, at, recipient)

    def check_outreach(self, outreach: Outreach) -> OutreachDecision:
        """The decision on one outreach the agent is about to make, before they describe it;
        a refusal is audited as an attempt."""
        return check_outreach(self.db, outreach, audit_refusal=True)

    def outreach_options(self, ref, user: SignedIn, at: datetime | None = None):
        return calls.outreach_options(self.db, ref, user, at)

    def call_limit_minutes(self, ref: str, at: datetime | None = None):
        return calls.call_limit_minutes(self.reads, ref, at)

    def record_outreach(self, outreach: Outreach) -> ContactResult | OutcomeUnknown:
        """Checked and recorded; `OutcomeUnknown` if the connection was lost after the COMMIT
        was sent (a loss before it raises: nothing was recorded)."""
        outreach = with_contact_id(outreach)
        watch = _CommitWatch.on(self.db.engine)
        watch.arm()
        try:
            return record_outreach(self.db, outreach)
        except Exception as exc:
            if unreachable(exc) and watch.sent:
                log.warning("outreach %s: outcome unknown", outreach.contact_id)
                return OutcomeUnknown(outreach)
            raise

    def outcome_of(self, unknown: OutcomeUnknown) -> ContactRecord | None:
        """The contact as recorded under the unknown outreach's id, or None: not recorded.

        Looked up under the customer's row lock, as a retry would be, so an attempt still in
        flight on the server has committed or gone by the time the answer is given. Raises
        (DatabaseUnreachable or the driver's error) while the server cannot answer.
        """
        return look_up_contact(self.db, unknown.outreach)

    def log_inbound(self, inbound: InboundContact) -> ContactResult | Queued:
        return log_inbound(self.db, inbound)

    def request_callback(self, ref: str, staff: str, at: datetime, note: str | None):
        return calls.request_callback_due(self.db, ref, staff, at, note)

    def create_customer(self, **values) -> str:
        return customers.create_customer(self.db, **values)

    def finish_work(self, item_id: uuid.UUID, staff: str, at: datetime) -> WorkDone | Queued:
        """Mark one of a customer's open items done."""
        return finish_work_item(self.db, item_id, staff, at)

    def dispose(self) -> None:
        self.db.dispose()


def desk_data(source: Database | DeskData) -> DeskData:
    """The window's gateway for a Database (on that one database) or a ready gateway."""
    return Local(source) if isinstance(source, Database) else source


def with_contact_id(outreach: Outreach) -> Outreach:
    """`outreach` with a client-made contact id, so that sending it again finds the first."""
    if outreach.contact_id is None:
        return replace(outreach, contact_id=uuid.uuid4())
    return outreach


def look_up_contact(db: Database, outreach: Outreach) -> ContactRecord | None:
    """The contact recorded under `outreach.contact_id`, found as a retry would find it."""
    with db.unit(write=True) as uow:  # never committed: the row lock is all it takes
        session = uow.session
        customer = uow.customer_for_update(outreach.customer_ref)
        found = _replayed(session, customer, outreach.contact_id)
        if found is None:
            return None
        staff = session.get(Staff, found.staff_id) if found.staff_id else None
        leader = session.get(Staff, found.authorised_by_id) if found.authorised_by_id else None
        return _record(found, customer, staff.username if staff else None, leader)
