"""Writes that may wait for the central database: kept on the desktop until they are sent.

Each entry carries the id the desktop made for the record it creates (the contact, the
call-back's work item), so sending it again after a dropped connection finds the first copy
instead of making a second. Entries are sent in the order they were made, one at a time.

An entry is checked before it is kept (`check_entry`) as the central database would check it,
so the agent hears at once what is wrong with it. One the central database refuses all the
same is a *refused entry*: kept with the reason, counted and shown, and skipped, so that it
never holds back the entries behind it. Only a lost connection stops the sending.

A visitor's check-in and check-out wait here too (`visit_entry`): the fire roll call must
stand whether or not the central database answers at the door.

Outreach is never queued here: it must be checked against the central database at the moment
it happens, so it fails closed instead (`CENTRAL_UNREACHABLE`).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from agent_desktop.domain.values import Channel, InvalidInput, check_text
from agent_desktop.services import visits
from agent_desktop.services.calls import request_callback_due
from agent_desktop.services.database import Database
from agent_desktop.services.gateway import (  # the kinds of entry
    CALLBACK,
    INBOUND,
    VISIT_ARRIVE,
    VISIT_LEAVE,
    WORK_DONE,
)
from agent_desktop.services.outreach import InboundContact, log_inbound
from agent_desktop.services.work import finish_work_item
from agent_desktop.store.engine import make_engine, sqlite_url
from agent_desktop.store.schema import Customer, Staff

log = logging.getLogger(__name__)

#: A visitor checked in, or out, at this desktop (visits.md: they wait like inbound contacts).
VISIT_STEPS = (VISIT_ARRIVE, VISIT_LEAVE)
_VISIT_ENTRY = uuid.UUID("0d6c1f4e-8a57-4b8e-a1f3-7c2d9e4b5a60")

_CREATE_SERVER = """
CREATE TABLE IF NOT EXISTS outbox_server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL
)
"""

_CREATE = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    made_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    refused TEXT
)
"""


@dataclass(frozen=True)
class Entry:
    id: uuid.UUID
    kind: str
    payload: dict
    refused: str | None = None


def inbound_entry(inbound: InboundContact) -> Entry:
    return Entry(
        inbound.contact_id,
        INBOUND,
        {
            "customer_ref": inbound.customer_ref,
            "channel": inbound.channel.value,
            "staff": inbound.staff,
            "at": inbound.at.isoformat(),
            "summary": inbound.summary,
        },
    )


def callback_entry(
    item_id: uuid.UUID, ref: str, staff: str, at: datetime, note: str | None
) -> Entry:
    return Entry(
        item_id, CALLBACK, {"customer_ref": ref, "staff": staff, "at": at.isoformat(), "note": note}
    )


def work_done_entry(item_id: uuid.UUID, staff: str, at: datetime) -> Entry:
    # The entry's own id is new each time: marking done is safe to repeat, and an item
    # done twice (two desktops, or twice here) sends twice and changes it once.
    return Entry(
        uuid.uuid4(), WORK_DONE, {"item": str(item_id), "staff": staff, "at": at.isoformat()}
    )


def visit_entry(
    kind: str, appointment_id: uuid.UUID, customer_ref: str, staff: str, at: datetime
) -> Entry:
    """A check-in (`VISIT_ARRIVE`) or check-out (`VISIT_LEAVE`). Its id comes from the
    appointment and the step, so pressing the key twice keeps one entry; sent again after a
    lost answer, the central database finds the step done at that instant and changes nothing."""
    if kind not in VISIT_STEPS:
        raise ValueError(f"not a visit step: {kind!r}")
    return Entry(
        uuid.uuid5(_VISIT_ENTRY, f"{kind}:{appointment_id}"),
        kind,
        {
            "appointment": str(appointment_id),
            "customer_ref": customer_ref,
            "staff": staff,
            "at": at.isoformat(),
        },
    )


#: The longest text the columns an entry's texts are looked up in allow (the schema's own).
_LENGTHS = {
    "customer_ref": Customer.__table__.c.ref.type.length,
    "staff": Staff.__table__.c.username.type.length,
}


def check_entry(entry: Entry) -> None:
    """Refuse, naming the field, an entry the central database would refuse as data: a NUL or
    an unencodable character in any text, a text longer than its column, a time out of range."""
    for field, value in entry.payload.items():
        if field == "at":
            try:
                datetime.fromisoformat(value).astimezone(UTC)
            except (ValueError, OverflowError):
                raise InvalidInput("at", "is not a time the database can store") from None
        elif isinstance(value, str):
            check_text(value, field, lines=True)
            longest = _LENGTHS.get(field)
            if longest is not None and len(value) > longest:
                raise InvalidInput(field, f"must be at most {longest} characters")


def refusal(exc: Exception) -> str | None:
    """Why the central database refused one entry (bad data, a broken rule), or None when
    `exc` is not a refusal of the entry (a lost connection, a fault of this desktop)."""
    if isinstance(exc, InvalidInput):
        return f"{exc.field}: {exc.message}"
    if isinstance(exc, DBAPIError) and not exc.connection_invalidated:
        cause = exc.orig if exc.orig is not None else exc
        lines = str(cause).strip().splitlines() or [""]
        return f"{type(cause).__name__}: {lines[0][:200]}"
    return None


def send(central: Database, entry: Entry):
    """Write one entry to the central database; safe to repeat."""
    p = entry.payload
    if entry.kind == INBOUND:
        return log_inbound(
            central,
            InboundContact(
                p["customer_ref"],
                Channel(p["channel"]),
                p["staff"],
                datetime.fromisoformat(p["at"]),
                p["summary"],
                contact_id=entry.id,
            ),
        )
    if entry.kind == CALLBACK:
        return request_callback_due(
            central,
            p["customer_ref"],
            p["staff"],
            datetime.fromisoformat(p["at"]),
            p["note"],
            entry.id,
        )
    if entry.kind == WORK_DONE:
        return finish_work_item(
            central, uuid.UUID(p["item"]), p["staff"], datetime.fromisoformat(p["at"])
        )
    if entry.kind in VISIT_STEPS:
        step = visits.arrive if entry.kind == VISIT_ARRIVE else visits.leave
        return step(
            central,
            uuid.UUID(p["appointment"]),
            p["staff"],
            datetime.fromisoformat(p["at"]),
            replay=True,
        )
    raise ValueError(f"unknown outbox entry kind {entry.kind!r}")


class Outbox:
    def __init__(self, engine: Engine, server: str | None = None):
        """`server` names the central database the entries are for (no password in it)."""
        self.engine = engine
        self._sending = threading.Lock()
        # (waiting, refused) as last counted; None once this outbox has written since. Only
        # this object writes its table, so a pull's status asks SQLite only after a change.
        self._counts: tuple[int, int] | None = None
        self._counting = threading.Lock()
        with engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(_CREATE)
            conn.exec_driver_sql(_CREATE_SERVER)
            if server is not None:
                conn.execute(
                    text(
                        "INSERT INTO outbox_server (id, server) VALUES (1, :s) "
                        "ON CONFLICT(id) DO UPDATE SET server = excluded.server"
                    ),
                    {"s": server},
                )

    def put(self, entry: Entry) -> None:
        """Keep `entry` to send. Callers check it first (`check_entry`)."""
        with self.engine.connect() as conn, conn.begin():
            conn.execute(
                text(
                    "INSERT INTO outbox (id, kind, payload, made_at) VALUES (:i, :k, :p, "
                    "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT(id) DO NOTHING"
                ),
                {"i": str(entry.id), "k": entry.kind, "p": json.dumps(entry.payload)},
            )
        self._changed()

    def _changed(self) -> None:
        with self._counting:
            self._counts = None

    def waiting(self) -> list[Entry]:
        """Entries not yet sent, oldest first (refused ones included, marked)."""
        if self._counts == (0, 0):
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT id, kind, payload, refused FROM outbox ORDER BY seq")
            ).all()
        return [Entry(uuid.UUID(r.id), r.kind, json.loads(r.payload), r.refused) for r in rows]

    def refused(self) -> list[Entry]:
        """Entries the central database refused, oldest first, each with its reason."""
        return [e for e in self.waiting() if e.refused is not None]

    def counts(self) -> tuple[int, int]:
        """(waiting to be sent, refused by the central database)."""
        with self._counting:
            if self._counts is not None:
                return self._counts
            with self.engine.connect() as conn:
                row = conn.execute(
                    text(
                        "SELECT count(*) FILTER (WHERE refused IS NULL), "
                        "count(*) FILTER (WHERE refused IS NOT NULL) FROM outbox"
                    )
                ).one()
            self._counts = (row[0], row[1])
            return self._counts

    def drain(
        self,
        central: Database,
        *,
        is_unreachable: Callable[[Exception], bool],
        on_sent: Callable[[Entry, object], None] | None = None,
        on_refused: Callable[[Entry, Exception], None] | None = None,
    ) -> int:
        """Send every waiting entry in order; stop at the first that cannot reach central.

        An entry the central database refuses (bad input, the customer removed meanwhile, data
        it cannot store, a rule it enforces) is marked refused with the reason, kept for
        someone to see, and skipped: the entries behind it are sent all the same.
        Returns how many were sent.
        """
        sent = 0
        with self._sending:
            for entry in self.waiting():
                if entry.refused is not None:
                    continue
                try:
                    result = send(central, entry)
                except Exception as exc:
                    if is_unreachable(exc):
                        self._mark(entry, None)
                        return sent
                    reason = refusal(exc)
                    if reason is None:
                        raise
                    log.warning(
                        "outbox %s %s refused: %s", entry.kind, entry.id, type(exc).__name__
                    )
                    self._mark(entry, reason)
                    if on_refused is not None:
                        on_refused(entry, exc)
                    continue
                self.discard(entry)
                sent += 1
                if on_sent is not None:
                    on_sent(entry, result)
        return sent

    def _mark(self, entry: Entry, refused: str | None) -> None:
        with self.engine.connect() as conn, conn.begin():
            conn.execute(
                text("UPDATE outbox SET attempts = attempts + 1, refused = :r WHERE id = :i"),
                {"i": str(entry.id), "r": refused},
            )
        self._changed()

    def discard(self, entry: Entry) -> None:
        with self.engine.connect() as conn, conn.begin():
            conn.execute(text("DELETE FROM outbox WHERE id = :i"), {"i": str(entry.id)})
        self._changed()


def left_by_others(folder: Path, server: str, own: Path) -> list[Outbox]:
    """Outboxes that other people signed in on this desktop left with entries still to send
    to `server` (when a shift ended offline, say): whoever works here next sends them."""
    found = []
    for path in sorted(folder.glob("*.sqlite3")):
        if path.resolve() == own.resolve():
            continue
        engine = make_engine(sqlite_url(path))
        if _waiting_for(engine, server):
            found.append(Outbox(engine))
        else:
            engine.dispose()
    return found


def _waiting_for(engine: Engine, server: str) -> bool:
    """Whether the replica file behind `engine` has entries waiting to go to `server`."""
    try:
        with engine.connect() as conn:
            tables = set(
                conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                ).scalars()
            )
            if not {"outbox", "outbox_server"} <= tables:
                return False
            if conn.execute(text("SELECT server FROM outbox_server")).scalar() != server:
                return False
            return (
                conn.execute(text("SELECT count(*) FROM outbox WHERE refused IS NULL")).scalar_one()
                > 0
            )
    except DBAPIError:  # not a database this desktop can read: not ours to send
        return False
