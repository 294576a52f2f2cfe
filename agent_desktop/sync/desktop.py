"""Where the window's reads and writes go: one database, or the central one and a replica.

The window talks to its data gateway (`services.gateway.DeskData`): a `Local` (the embedded
file, or any single database) or, from here, a `Synced` (central PostgreSQL plus this desktop's
SQLite replica). All of its methods block and so run off the GUI thread.

With `Synced`:
- reads (queue, card, restrictions, staff) come from the replica, so they never wait on the
  network and keep working while the central database is away;
- finding a customer asks the central database while it answers, and the replica otherwise;
- outreach is checked and recorded centrally or not at all (`CENTRAL_UNREACHABLE`): a
  desktop's copy of a contact count can be stale, and a limit must not be breached on it;
- outreach whose answer was lost after its COMMIT was sent may or may not be recorded: it is
  `OutcomeUnknown`, never "not recorded", until `outcome_of` finds its contact id (or not) on
  the server; sent again, it carries the same id and so can never be recorded twice;
- inbound contacts and call-back requests go through the outbox, so they are kept while the
  central database is away and sent exactly once when it returns.
"""

from __future__ import annotations

import logging
import threading
import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from agent_desktop.domain.values import (
    Channel,
    Code,
    Direction,
    InvalidInput,
    OutreachDecision,
    Purpose,
    Recipient,
)
from agent_desktop.services import approvals, calls, card, customers, directory
from agent_desktop.services.approvals import RequestView
from agent_desktop.services.changes import Changes
from agent_desktop.services.database import Database, open_database
from agent_desktop.services.gateway import (
    DeskData,
    Local,
    NotHeldOffline,
    OutcomeUnknown,
    Queued,
    RefusedEntry,
    SyncStatus,
    _CommitWatch,
    desk_data,
    look_up_contact,
    unreachable,
    with_contact_id,
)
from agent_desktop.services.outreach import (
    ContactRecord,
    ContactResult,
    InboundContact,
    Outreach,
    check_outreach,
    record_outreach,
)
from agent_desktop.services.session import SignedIn
from agent_desktop.services.work import WorkDone
from agent_desktop.store.engine import DatabaseUnreachable, refuses_password
from agent_desktop.store.schema import Staff
from agent_desktop.store.types import utcnow
from agent_desktop.sync.outbox import (
    INBOUND,
    WORK_DONE,
    Outbox,
    callback_entry,
    check_entry,
    inbound_entry,
    work_done_entry,
)
from agent_desktop.sync.replica import Replica
from agent_desktop.sync.visits_sync import SyncedVisits

__all__ = [
    "DeskData",
    "Local",
    "NotHeldOffline",
    "OutcomeUnknown",
    "Queued",
    "RefusedEntry",
    "Synced",
    "SyncStatus",
    "as_data",
    "server_identity",
    "unreachable",
]

log = logging.getLogger(__name__)
# How far behind the stored "data as of" time may be (see Synced._came_online).
_AS_OF_EVERY = timedelta(seconds=15)


def _central_unreachable() -> OutreachDecision:
    return OutreachDecision.refused(
        Code.CENTRAL_UNREACHABLE,
        "The central database cannot be reached, so this contact cannot be checked or recorded.",
    )


def as_data(source) -> DeskData:
    """The window's data access for a Database (wrapped) or a ready Local/Synced."""
    return desk_data(source)


class Synced(SyncedVisits, Local):
    """The central database for writes, a SQLite replica for reads, an outbox between."""

    synced = True

    def __init__(
        self,
        central: Database,
        replica_db: Database,
        replica: Replica,
        others: list[Outbox] | tuple[Outbox, ...] = (),
    ):
        """`others`: outboxes other people left on this desktop for the same server; they are
        sent along with this one's."""
        super().__init__(central)
        self.central = central
        self.replica_db = replica_db
        self.replica = replica
        self.outbox = Outbox(replica_db.engine, server_identity(central.url))
        self.others = list(others)
        #: Whether the replica held a copy already when the desktop started.
        self.had_copy = replica.started
        self._state = threading.Lock()
        # A central database not opened yet: the desktop starts offline, from its replica.
        self._online = central.opened
        self._offline_since: datetime | None = None if central.opened else utcnow()
        self._data_as_of = _stored_as_of(replica_db)
        self._as_of_stored: datetime | None = None

    @property
    def reads(self) -> Database:
        return self.replica_db

    @property
    def kind(self) -> str:
        return "central"

    @property
    def calendar(self):
        """The office calendar as the replica holds it: the sync keeps it in step."""
        return self.replica_db.calendar

    # state ---------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        waiting, refused = self.outbox.counts()
        for other in self.others:
            waiting += other.counts()[0]
        entries = tuple(_refused_entry(e) for e in self.outbox.refused()) if refused else ()
        with self._state:
            return SyncStatus(
                self._online,
                self._offline_since,
                self._data_as_of,
                waiting,
                refused,
                self.replica.held_back and self._online,
                entries,
            )

    def _went_offline(self, exc: BaseException) -> None:
        with self._state:
            if self._online:
                log.warning("central database unreachable: %s", type(exc).__name__)
                self._online = False
                self._offline_since = utcnow()

    @property
    def online(self) -> bool:
        """Whether the central database answered the last time it was asked."""
        with self._state:
            return self._online

    def _came_online(self, as_of: datetime | None = None) -> None:
        with self._state:
            if not self._online:
                log.info("central database reachable again")
            self._online = True
            self._offline_since = None
            if as_of is not None:
                self._data_as_of = as_of
        if as_of is not None and (
            self._as_of_stored is None or as_of - self._as_of_stored >= _AS_OF_EVERY
        ):
            # Shown to the minute, and only when the centre is away: kept at most this far
            # behind, rather than written on every pull (one write in three of an idle pull).
            _store_as_of(self.replica_db, as_of)
            self._as_of_stored = as_of

    def _central(self, work, fallback=None):
        """Run `work()` against central; on a lost connection go offline and use `fallback`."""
        try:
            result = work()
        except Exception as exc:
            if not unreachable(exc):
                raise
            self._went_offline(exc)
            if fallback is None:
                raise DatabaseUnreachable("the central database cannot be reached") from exc
            return fallback()
        self._came_online()
        return result

    # syncing -------------------------------------------------------------------------------

    def sync(self) -> Changes:
        """Pull every change that is safe to apply, then send the outbox; return what the
        pulls since the last sync changed in this desktop's scope (those made along with a
        write here included). Nothing, if none of it is anything this desktop holds.

        Raises nothing for an unreachable central database: the status says offline.
        """
        started = utcnow()
        applied = self._pull()
        if applied is None:
            return self.replica.take_changes()
        self._came_online(started)
        if applied and self.replica_db.calendar.to_json() != self.central.calendar.to_json():
            self.replica_db.reload_calendar()
        sent = self.outbox.drain(self.central, is_unreachable=unreachable)
        for other in self.others:
            sent += other.drain(self.central, is_unreachable=unreachable)
        if sent:
            self._pull()
        return self.replica.take_changes()

    def _pull(self) -> int | None:
        """Pull from central: the changes applied, or None (and offline) if it is away."""
        try:
            return self.replica.pull(self.central.engine)
        except Exception as exc:
            if not unreachable(exc):
                raise
            self._went_offline(exc)
            return None

    # reads ---------------------------------------------------------------------------------

    def find_customers(self, text_: str, limit: int = 50):
        if not self.online:
            return directory.find_customers(self.replica_db, text_, limit)
        return self._central(
            lambda: directory.find_customers(self.central, text_, limit),
            lambda: directory.find_customers(self.replica_db, text_, limit),
        )

    def load_card(self, ref: str, user: SignedIn, at: datetime | None = None):
        """From the replica; a customer it does not hold yet is copied in first (online)."""
        if not self.replica.holds(ref):
            held = self._central(lambda: self.replica.hold(self.central.engine, ref), lambda: False)
            if not held:
                if not self.online:
                    raise NotHeldOffline(ref)
                return None
        shown = card.load_card(self.replica_db, ref, user, at)
        if shown is None:
            return None
        entries = self.outbox.waiting()
        if not entries:
            return shown
        waiting = self._waiting_contacts(ref, entries)
        if waiting:
            timeline = sorted((*waiting, *shown.timeline), key=lambda e: e.at, reverse=True)
            shown = replace(shown, timeline=tuple(timeline))
        done = {e.payload["item"] for e in entries if e.kind == WORK_DONE and e.refused is None}
        if done & {str(w.id) for w in shown.work}:
            shown = replace(
                shown, work=tuple(replace(w, done_waiting=str(w.id) in done) for w in shown.work)
            )
        return shown

    def _waiting_contacts(self, ref: str, entries) -> tuple[card.TimelineEntry, ...]:
        """Inbound contacts for `ref` among the outbox's `entries`, as the card's timeline
        shows them."""
        entries = [e for e in entries if e.kind == INBOUND and e.payload["customer_ref"] == ref]
        if not entries:
            return ()
        with self.replica_db.engine.connect() as conn:
            names = dict(conn.execute(text("SELECT username, name FROM staff")).all())
        return tuple(
            card.TimelineEntry(
                at=datetime.fromisoformat(e.payload["at"]),
                channel=Channel(e.payload["channel"]),
                direction=Direction.INBOUND,
                purpose=Purpose.PROACTIVE,
                staff_name=names.get(e.payload["staff"], e.payload["staff"]),
                summary=e.payload["summary"],
                waiting=True,
                refused=e.refused,
            )
            for e in entries
        )

    def outreach_preview(
        self,
        ref,
        user: SignedIn,
        at: datetime | None = None,
        recipient: Recipient = Recipient.CUSTOMER,
    ):
        """Advice from the replica; every channel is refused while central is away."""
        if not self.online:
            return {channel: _central_unreachable() for channel in calls.PREVIEW_CHANNELS}
        return calls.outreach_preview(self.replica_db, ref, user, at, recipient)

    def outreach_options(self, ref, user: SignedIn, at: datetime | None = None):
        """Advice from the replica; every channel is refused while central is away."""
        if not self.online:
            refused = {channel: _central_unreachable() for channel in calls.PREVIEW_CHANNELS}
            return calls.OutreachOptions({Recipient.CUSTOMER: refused})
        return calls.outreach_options(self.replica_db, ref, user, at)

    def check_outreach(self, outreach: Outreach) -> OutreachDecision:
        """Asked of the central database, whose contact counts are the true ones; refused
        with CENTRAL_UNREACHABLE while it is away, as recording would be."""
        return self._central(
            lambda: check_outreach(self.central, outreach, audit_refusal=True), _central_unreachable
        )

    # writes --------------------------------------------------------------------------------

    def _login_of(self, username: str) -> str | None:
        """The member of staff's own login on the central database (`db grant`), if any."""
        with self.replica_db.unit() as uow:
            return uow.session.execute(
                select(Staff.db_login).where(Staff.username == username, Staff.active.is_(True))
            ).scalar_one_or_none()

    def own_login_username(self) -> str | None:
        """The member of staff whose own login (`db grant`) this desktop uses, if any: none
        for a shared login."""
        with self.replica_db.unit() as uow:
            return uow.session.execute(
                select(Staff.username).where(
                    Staff.db_login == make_url(self.central.url).username, Staff.active.is_(True)
                )
            ).scalar_one_or_none()

    # a team leader's authorisation ---------------------------------------------------------

    def request_authorisation(
        self, ref: str, staff: str, channel: Channel, reason: str
    ) -> RequestView:
        """Asked of the central database (whose rules say what blocks the contact), then
        copied here at once; the team leaders' desktops hear of it through their sync."""
        view = self._central(
            lambda: approvals.request_authorisation(self.central, ref, staff, channel, reason)
        )
        self._pull()
        return view

    def authorisation_request(self, request_id: uuid.UUID) -> RequestView:
        """From the central database, which holds the approval itself (the replica holds
        the request only); from the replica while it is away."""
        return self._central(
            lambda: approvals.authorisation_request(self.central, request_id),
            lambda: approvals.authorisation_request(self.replica_db, request_id),
        )

    def latest_request(self, ref: str, staff: str, channel: Channel) -> RequestView | None:
        return self._central(
            lambda: approvals.latest_request(self.central, ref, staff, channel),
            lambda: approvals.latest_request(self.replica_db, ref, staff, channel),
        )

    def decision_needs_password(self, by: str) -> bool:
        """On the central database the login that decides is who decided, so `by` gives
        their password, unless this desktop is signed in with their very login."""
        return self.own_login_username() != by

    def decide_request(
        self, request_id: uuid.UUID, by: str, reason: str, approve: bool, password: str = ""
    ) -> RequestView:
        """Decided on `by`'s own login: this desktop's, when it is theirs; otherwise one
        opened with `password` for this one decision.

        The password goes to the server and nowhere else: not the credential store, not a
        file, not the log. A password the server does not accept is bad input for the
        `leader_password` field; a team leader with no login of their own, for
        `leader_login`; an unreachable server raises DatabaseUnreachable.
        """
        if not self.decision_needs_password(by):
            view = self._central(
                lambda: approvals.decide_request(
                    self.central, request_id, by, reason, approve=approve
                )
            )
            self._pull()
            return view
        login = self._login_of(by)
        if login is None:
            raise InvalidInput(
                "leader_login", f"{by} has no database login of their own (db grant)"
            )
        url = make_url(self.central.url).set(username=login, password=password)
        try:
            leader_db = open_database(url.render_as_string(hide_password=False), migrate=False)
        except DatabaseUnreachable as exc:
            if refuses_password(str(exc)):
                raise InvalidInput("leader_password", "was not accepted") from None
            self._went_offline(exc)
            raise DatabaseUnreachable("the central database cannot be reached") from None
        try:
            view = approvals.decide_request(leader_db, request_id, by, reason, approve=approve)
        finally:
            leader_db.dispose()
        self._pull()
        return view

    def record_outreach(self, outreach: Outreach) -> ContactResult | OutcomeUnknown:
        """Checked and recorded centrally; refused with CENTRAL_UNREACHABLE when nothing
        reached the server's COMMIT; `OutcomeUnknown` when a COMMIT was sent and its answer
        lost (the contact may be there: see `outcome_of`).

        A connection lost mid-way is retried once with the same contact id: the first attempt
        either committed (and the retry finds it) or left nothing behind.
        """
        outreach = with_contact_id(outreach)
        watch = _CommitWatch.on(self.central.engine)
        maybe_recorded = False
        for _attempt in range(2):
            watch.arm()
            try:
                result = record_outreach(self.central, outreach)
            except Exception as exc:
                if not unreachable(exc):
                    raise
                self._went_offline(exc)
                maybe_recorded = maybe_recorded or watch.sent
                continue
            self._came_online()
            self._pull()
            return result
        if maybe_recorded:
            log.warning("outreach %s: outcome unknown", outreach.contact_id)
            return OutcomeUnknown(outreach)
        return ContactResult(_central_unreachable(), None)

    def outcome_of(self, unknown: OutcomeUnknown) -> ContactRecord | None:
        """As `Local.outcome_of`, on the central database; a contact found is copied to the
        replica at once. Raises DatabaseUnreachable while the central database is away."""
        record = self._central(lambda: look_up_contact(self.central, unknown.outreach))
        if record is not None:
            self._pull()
        return record

    def log_inbound(self, inbound: InboundContact) -> ContactResult | Queued:
        inbound = replace(
            inbound, contact_id=inbound.contact_id or uuid.uuid4(), at=inbound.at or utcnow()
        )
        return self._through_outbox(inbound_entry(inbound), inbound.at)

    def request_callback(self, ref: str, staff: str, at: datetime, note: str | None):
        return self._through_outbox(callback_entry(uuid.uuid4(), ref, staff, at, note), at)

    def _through_outbox(self, entry, at: datetime):
        """Check the entry as the central database would (InvalidInput, naming the field, if
        it would refuse it), keep it, then try to send it now; queued if central is away."""
        check_entry(entry)
        self.outbox.put(entry)
        results: dict = {}
        refusals: dict = {}
        self.outbox.drain(
            self.central,
            is_unreachable=unreachable,
            on_sent=lambda sent, result: results.__setitem__(sent.id, result),
            on_refused=lambda refused, exc: refusals.__setitem__(refused.id, exc),
        )
        if entry.id in results:
            self._came_online()
            self._pull()
            return results[entry.id]
        if entry.id in refusals:  # bad input: say so now, and do not keep it
            self.outbox.discard(entry)
            raise refusals[entry.id]
        self._went_offline(DatabaseUnreachable("outbox not sent"))
        return Queued(entry.id, at, self.outbox.counts()[0])

    def finish_work(self, item_id: uuid.UUID, staff: str, at: datetime) -> WorkDone | Queued:
        """Through the outbox: the work was done whether or not central answers now."""
        return self._through_outbox(work_done_entry(item_id, staff, at), at)

    def create_customer(self, **values) -> str:
        ref = self._central(lambda: customers.create_customer(self.central, **values))
        self._central(lambda: self.replica.hold(self.central.engine, ref), lambda: False)
        return ref

    def dispose(self) -> None:
        self.central.dispose()
        self.replica_db.dispose()
        for other in self.others:
            other.engine.dispose()


def server_identity(url: str) -> str:
    """Which central database `url` names, with no password in it."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=None).render_as_string(hide_password=True)


def _refused_entry(entry) -> RefusedEntry:
    p = entry.payload
    return RefusedEntry(
        entry.kind,
        p.get("customer_ref"),
        Channel(p["channel"]) if "channel" in p else None,
        datetime.fromisoformat(p["at"]),
        entry.refused,
    )


def _stored_as_of(db: Database) -> datetime | None:
    with db.engine.connect() as conn:
        value = conn.execute(
            text("SELECT value FROM sync_state WHERE key = 'data_as_of'")
        ).scalar_one_or_none()
    return datetime.fromisoformat(value) if value else None


def _store_as_of(db: Database, at: datetime) -> None:
    with db.engine.connect() as conn, conn.begin():
        conn.execute(
            text(
                "INSERT INTO sync_state (key, value) VALUES ('data_as_of', :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            {"v": at.isoformat()},
        )
