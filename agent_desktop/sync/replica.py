"""A desktop's SQLite replica of the central database, filled from the change feed.

A new replica starts from one consistent snapshot of the central database: the rows in its
scope and the feed position that snapshot stands at. After that it pulls changes.

Each batch is applied in one replica transaction together with the new position in the
feed (`sync_state`), so a crash part-way never loses or repeats a change. Rows are copied as
they are centrally now (one snapshot per batch), so applying a change twice is harmless.

**Scope.** A desktop holds what its user needs: staff, teams and office settings; every
customer with an active restriction; every customer with open work for the user or their
team; the customers of the next 14 days' appointments the user hosts (all of them, for a
visits user); and any customer the user opened while online (`hold`). A customer, once held, is kept
in step from then on. With no scope the replica holds everything.

**Foreign keys are not checked while changes are applied.** The feed delivers a transaction
only after every older one has finished, so a row can arrive before the parent it refers to
(the parent's transaction took a younger id but committed first). The parent follows in a
later batch; the central database has already checked the reference.

The replica's change_log records only writes made locally: its triggers skip rows written
while `feed_state` holds APPLYING_CENTRAL_ROWS, which each write of central rows sets and
clears in its own transaction (the replica is migrated to the schema with those triggers
before anything is written).
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import (
    ARRAY,
    Connection,
    Date,
    Engine,
    String,
    Table,
    Uuid,
    any_,
    bindparam,
    cast,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from agent_desktop.services.changes import EVERYTHING, NOTHING, Changes
from agent_desktop.store.migrate import ensure_current
from agent_desktop.store.schema import APPLYING_CENTRAL_ROWS, SYNCED_TABLES, Base
from agent_desktop.store.statistics import analyse_sqlite
from agent_desktop.store.types import UTCDateTime
from agent_desktop.sync.feed import (
    FeedBatch,
    FeedPosition,
    current_position,
    read_changes,
)

_STATE_KEY = "central_position"
# Set and cleared inside each write of central rows, so the change-log triggers skip them.
_APPLYING = text("INSERT OR REPLACE INTO feed_state (key, value) VALUES (:k, 'yes')")
_APPLIED = text("DELETE FROM feed_state WHERE key = :k")
# Present while a first fill is under way (see Replica._start).
_FILLING_KEY = "filling"
# A write of this many rows or more has a page cache of 128 MB (negative: KiB) while it runs.
_BIG_WRITE = 10_000
_BIG_WRITE_CACHE_KIB = -131_072
# Customers copied per transaction in a first fill: about 15,000 rows, a few megabytes.
_FILL_CUSTOMERS = 2000
# SYNCED_TABLES lists parents before children (teams and staff before customers ...).
_ORDER: list[Table] = [Base.metadata.tables[name] for name in SYNCED_TABLES]
_TABLES = {t.name: t for t in _ORDER}
_SHARED = ("office_settings", "teams", "staff", "staff_absences")
_IN_CHUNK = 500
_OWNER = "_owner"
# What of a customer's a changed row is, as the window hears it (Changes); any other table
# of theirs is their record.
_KIND = {
    "restrictions": "restrictions",
    "restriction_history": "restrictions",
    "work_items": "work_items",
    "appointments": "appointments",
    "authorisation_requests": "requests",
}


@dataclass(frozen=True)
class Scope:
    """Whose work decides which customers a desktop holds.

    Appointments too: the customers of every appointment in the next `VISIT_DAYS` days that
    the user hosts (or is the second member of staff for), so their desktop hears a visitor
    arrive; and, for a user at the visits desk (`visits`, or None: as their roles say), the
    customers of every appointment in those days, with their restriction flags, so the desk
    and the fire roll call work from the replica when the central database is away.
    """

    staff_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    visits: bool | None = None

    def wants_work(self, row: dict) -> bool:
        return row["status"] == "open" and (
            (self.staff_id is not None and row["assignee_id"] == self.staff_id)
            or (self.team_id is not None and row["team_id"] == self.team_id)
        )

    @staticmethod
    def wants_restriction(row: dict) -> bool:
        return row["lifted_at"] is None and (
            row["ends_on"] is None or row["ends_on"] >= _restriction_horizon()
        )


#: How far ahead a desktop holds appointments (visits.md: the next 14 days).
VISIT_DAYS = 14


def _appointment_window() -> tuple[datetime, datetime]:
    # From a day back (today's, in any office time zone) to VISIT_DAYS ahead.
    now = datetime.now(UTC)
    return now - timedelta(days=1), now + timedelta(days=VISIT_DAYS)


def _restriction_horizon():
    # A day's margin either side of midnight in any office time zone.
    return (datetime.now(UTC) - timedelta(days=1)).date()


def _owner(table: Table):
    """The customer a row belongs to, as a SQL expression; None for shared tables."""
    if table.name in _SHARED:
        return None
    if table.name == "customers":
        return table.c.id
    if table.name == "restriction_history":
        restrictions = _TABLES["restrictions"]
        return (
            select(restrictions.c.customer_id)
            .where(restrictions.c.id == table.c.restriction_id)
            .scalar_subquery()
        )
    return table.c.customer_id


@dataclass
class _Rows:
    """Rows to write per table, and keys to remove per table."""

    upserts: dict[str, list[dict]]
    deletes: dict[str, set]
    #: Per table, the customers (ids) whose rows of it a pull writes; `_entering` for
    #: customers copied in whole. Filled by `_read` only.
    owners: dict[str, set] = field(default_factory=lambda: defaultdict(set))
    #: Per table, whole customers' rows as the central driver gave them, every column in
    #: table order (see `_copy_customers`).
    copied: dict[str, list[tuple]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def empty(cls) -> _Rows:
        return cls(defaultdict(list), defaultdict(set))

    def add(self, table: str, rows: Iterable[dict]) -> None:
        self.upserts[table].extend(rows)

    def __len__(self) -> int:
        return (
            sum(map(len, self.upserts.values()))
            + sum(map(len, self.deletes.values()))
            + sum(map(len, self.copied.values()))
        )


class Replica:
    def __init__(
        self, replica_engine: Engine, *, scope: Scope | None = None, batch_size: int = 5000
    ):
        if replica_engine.dialect.name != "sqlite":
            raise ValueError("a replica is a SQLite database")
        self.engine = replica_engine
        self.scope = scope
        # Whether the user works the visits desk, once the central database has said.
        self._visits: bool | None = None
        self.batch_size = batch_size
        #: After a pull: whether committed central changes still wait behind an older
        #: transaction (see FeedBatch.held_back).
        self.held_back = False
        # What pulls applied in this replica's scope, until `take_changes` hands it on.
        self._changes = NOTHING
        # One writer at a time: a hold and a pull must not interleave their reads and writes.
        self._lock = threading.Lock()
        ensure_current(replica_engine)
        with replica_engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )

    @property
    def position(self) -> FeedPosition:
        """How far into the central feed this replica has applied."""
        with self.engine.connect() as conn:
            return FeedPosition.decode(self._stored(conn))

    @property
    def started(self) -> bool:
        """Whether the replica has taken its first snapshot."""
        with self.engine.connect() as conn:
            return self._stored(conn) is not None

    def pull(self, central_engine: Engine) -> int:
        """Bring the replica up to date; return how many rows or changes were applied.

        What they changed in this replica's scope is kept for `take_changes`.
        """
        with self._lock:
            with self.engine.connect() as conn:
                stored = self._stored(conn)
            if stored is None:
                self.held_back = False
                applied = self._start(central_engine)
                self._changes = EVERYTHING
                return applied
            applied, after = 0, FeedPosition.decode(stored)
            while True:
                batch, rows = self._read(central_engine, after)
                if batch is None:  # changes this replica never read were pruned centrally
                    self.held_back = False
                    applied += self._start(central_engine, afresh=True)
                    self._changes = EVERYTHING
                    return applied
                self.held_back = batch.held_back
                if batch.changes:
                    if rows:
                        self._changes |= self._write(rows, after, batch.position)
                    else:  # all of it out of scope: only the position moves
                        self._move(after, batch.position)
                    applied += len(batch.changes)
                if len(batch.changes) < self.batch_size:
                    return applied
                after = batch.position

    def take_changes(self) -> Changes:
        """What the pulls since the last call applied in scope (customers by reference;
        `everything` after a first copy or a change to staff, teams or office settings)."""
        with self._lock:
            changes, self._changes = self._changes, NOTHING
            return changes

    def hold(self, central_engine: Engine, customer_ref: str) -> bool:
        """Copy one customer's records in and keep them in step; False if central has no such
        customer."""
        with self._lock:
            with _snapshot(central_engine) as conn:
                customers = _TABLES["customers"]
                found = conn.execute(
                    select(customers.c.id).where(customers.c.ref == customer_ref)
                ).scalar_one_or_none()
                if found is None:
                    return False
                rows = _Rows.empty()
                self._copy_customers(conn, [found], rows)
            self._write(rows)
            return True

    def holds(self, customer_ref: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    text("SELECT 1 FROM customers WHERE ref = :r"), {"r": customer_ref}
                ).first()
                is not None
            )

    def holds_visits(self) -> bool:
        """Whether this replica holds every appointment of the coming days (a visits user's,
        or an unscoped one): the visits desk can read them here."""
        if self.scope is None or self.scope.visits:
            return True
        if self.scope.visits is False or self.scope.staff_id is None:
            return False
        staff = _TABLES["staff"]
        with self.engine.connect() as conn:
            roles = conn.execute(
                select(staff.c.roles).where(staff.c.id == self.scope.staff_id)
            ).scalar_one_or_none()
        return "visits" in (roles or ())

    # central side ------------------------------------------------------------------------

    def _start(self, central_engine: Engine, *, afresh: bool = False) -> int:
        """The first fill: the rows in scope and the position, from one snapshot.

        Written `_FILL_CUSTOMERS` customers (or, unscoped, `batch_size` rows) at a time, each
        in a transaction of its own, so neither memory nor the write-ahead file grows with
        the organisation. The position goes last: until it is written the replica has not
        started, and a fill begun again after one that did not finish (or `afresh`, after
        the feed was pruned past this replica) first removes every replicated row.
        """
        copied = 0
        with _snapshot(central_engine) as conn:
            position = current_position(conn)
            shared = _Rows.empty()
            for name in _SHARED:
                shared.add(name, _mappings(conn.execute(select(_TABLES[name]))))
            wipe = afresh or self._unfinished_fill()
            self._write(shared, wipe=wipe, filling=True)
            _lookup_indexes(self.engine, build=False)
            copied += len(shared)
            if self.scope is None:
                for table in _ORDER:
                    if table.name in _SHARED:
                        continue
                    result = conn.execution_options(yield_per=self.batch_size).execute(
                        select(table)
                    )
                    for part in result.mappings().partitions():
                        rows = _Rows.empty()
                        rows.add(table.name, map(dict, part))
                        self._write(rows)
                        copied += len(rows)
            else:
                ids = sorted(self._customers_in_scope(conn), key=str)
                chunks = [
                    ids[at : at + _FILL_CUSTOMERS] for at in range(0, len(ids), _FILL_CUSTOMERS)
                ]

                def read(chunk) -> _Rows:
                    rows = _Rows.empty()
                    self._copy_customers(conn, chunk, rows)
                    return rows

                # The next chunk is read while this one is written: the centre's work and
                # SQLite's each let go of the GIL, so the two overlap on two cores. Only the
                # reader's thread uses `conn` until the last read has returned.
                with ThreadPoolExecutor(1, thread_name_prefix="replica-fill") as reader:
                    pending = reader.submit(read, chunks[0]) if chunks else None
                    for n in range(len(chunks)):
                        rows = pending.result()
                        if n + 1 < len(chunks):
                            pending = reader.submit(read, chunks[n + 1])
                        self._write(rows)
                        copied += len(rows)
        _lookup_indexes(self.engine, build=True)
        self._write(_Rows.empty(), None, position, filling=False)
        _settle(self.engine)
        return copied

    def _unfinished_fill(self) -> bool:
        with self.engine.connect() as conn:
            return _state(conn, _FILLING_KEY) is not None

    def _visits_desk(self, conn: Connection) -> bool:
        """Whether this desktop's user works the visits desk (read from central once)."""
        if self.scope.visits is not None:
            return self.scope.visits
        if self._visits is None:
            staff = _TABLES["staff"]
            roles = None
            if self.scope.staff_id is not None:
                roles = conn.execute(
                    select(staff.c.roles).where(staff.c.id == self.scope.staff_id)
                ).scalar_one_or_none()
            self._visits = "visits" in (roles or ())
        return self._visits

    def _wants_appointment(self, row: dict, visits_desk: bool) -> bool:
        start, end = _appointment_window()
        if not start <= _aware(row["starts_at"]) < end:
            return False
        mine = self.scope.staff_id is not None and self.scope.staff_id in (
            row["staff_id"],
            row["second_staff_id"],
        )
        return visits_desk or mine

    def _customers_in_scope(self, conn: Connection) -> list:
        work, restrictions = _TABLES["work_items"], _TABLES["restrictions"]
        appointments = _TABLES["appointments"]
        start, end = _appointment_window()
        coming = (appointments.c.starts_at >= start) & (appointments.c.starts_at < end)
        visits_desk = self._visits_desk(conn)
        mine = [work.c.assignee_id == self.scope.staff_id] if self.scope.staff_id else []
        if self.scope.team_id:
            mine.append(work.c.team_id == self.scope.team_id)
        queries = [
            select(restrictions.c.customer_id).where(
                restrictions.c.lifted_at.is_(None),
                (restrictions.c.ends_on.is_(None))
                | (restrictions.c.ends_on >= _restriction_horizon()),
            )
        ]
        if mine:
            queries.append(select(work.c.customer_id).where(work.c.status == "open", or_(*mine)))
        if visits_desk:
            queries.append(select(appointments.c.customer_id).where(coming))
        elif self.scope.staff_id:
            hosting = (appointments.c.staff_id == self.scope.staff_id) | (
                appointments.c.second_staff_id == self.scope.staff_id
            )
            queries.append(select(appointments.c.customer_id).where(coming, hosting))
        return list(conn.execute(union(*queries)).scalars())

    @staticmethod
    def _copy_customers(conn: Connection, customer_ids, rows: _Rows) -> None:
        """Every row belonging to these customers, into `rows.copied`.

        A first fill copies hundreds of thousands of rows, so this path is lean: the
        customers go as one array parameter (`= ANY`), not a parameter each, and the rows
        stay the driver's tuples until `_write_copied` turns them into the replica's values.
        restriction_history is found through its restrictions' ids, not by its owner: the
        owner is a correlated subquery, and `subquery IN (...)` scanned the whole table for
        every chunk (212 ms against 0.2 ms at 100,000 customers).
        """
        ordered = sorted(customer_ids, key=str)
        for start in range(0, len(ordered), _FILL_CUSTOMERS):
            chunk = ordered[start : start + _FILL_CUSTOMERS]
            for table in _ORDER:
                sql = _copy_sql(table.name, conn.dialect)
                if sql is not None:
                    found = conn.exec_driver_sql(sql, {"ids": chunk}).all()
                    rows.copied[table.name].extend(map(tuple, found))

    def _read(
        self, central_engine: Engine, after: FeedPosition
    ) -> tuple[FeedBatch | None, _Rows | None]:
        """One batch and the current central rows it names, from one read-only snapshot;
        (None, None) when the feed has been pruned past `after`."""
        rows = _Rows.empty()
        with _snapshot(central_engine) as conn:
            batch = read_changes(conn, after, self.batch_size, new_transaction=True)
            if batch.pruned_through > after:
                return None, None
            changed: dict[str, set] = defaultdict(set)
            for change in batch.changes:
                if change.table_name in _TABLES:
                    changed[change.table_name].add(change.row_id)
            found: dict[str, list[dict]] = {}
            for table in _ORDER:
                ids = changed.get(table.name)
                if not ids:
                    continue
                key = _key(table)
                wanted = {_as_key(key, i) for i in ids}
                owner = _owner(table)
                columns = [table] if owner is None else [table, owner.label(_OWNER)]
                current: list[dict] = []
                ordered = sorted(wanted, key=str)
                for start in range(0, len(ordered), _IN_CHUNK):
                    chunk = ordered[start : start + _IN_CHUNK]
                    current.extend(_mappings(conn.execute(select(*columns).where(key.in_(chunk)))))
                found[table.name] = current
                rows.deletes[table.name] = wanted - {r[key.name] for r in current}
            held = self._held_among(found)
            visits_desk = (
                self.scope is not None
                and bool(found.get("appointments"))
                and (self._visits_desk(conn))
            )
            entering = self._entering(found, held, visits_desk)
            if entering:
                self._copy_customers(conn, entering, rows)
        keep = held | entering
        rows.owners["_entering"] |= entering
        for name, current in found.items():
            for row in current:
                owner = row.pop(_OWNER, None)
                if self.scope is None or name in _SHARED or owner in keep:
                    rows.upserts[name].append(row)
                    rows.owners[name].add(owner)
        return batch, rows

    def _entering(self, found: dict[str, list[dict]], held: set, visits_desk: bool = False) -> set:
        """Customers this batch brings into scope that the replica does not hold yet."""
        if self.scope is None:
            return set()
        entering = {
            r["customer_id"] for r in found.get("work_items", ()) if self.scope.wants_work(r)
        }
        entering |= {
            r["customer_id"]
            for r in found.get("appointments", ())
            if self._wants_appointment(r, visits_desk)
        }
        entering |= {
            r["customer_id"]
            for r in found.get("restrictions", ())
            if self.scope.wants_restriction(r)
        }
        return entering - held

    # replica side ------------------------------------------------------------------------

    def _held_among(self, found: dict[str, list[dict]]) -> set:
        """Which of the customers these changed rows belong to the replica holds already."""
        if self.scope is None:
            return set()
        owners = {
            row[_OWNER] for rows in found.values() for row in rows if row.get(_OWNER) is not None
        }
        ordered = sorted(owners, key=str)
        customers = _TABLES["customers"]
        held: set = set()
        with self.engine.connect() as conn:
            for start in range(0, len(ordered), _IN_CHUNK):
                held.update(
                    conn.execute(
                        select(customers.c.id).where(
                            customers.c.id.in_(ordered[start : start + _IN_CHUNK])
                        )
                    ).scalars()
                )
        return held

    def _write(
        self,
        rows: _Rows,
        after: FeedPosition | None = None,
        position: FeedPosition | None = None,
        *,
        wipe: bool = False,
        filling: bool | None = None,
    ) -> Changes:
        """Apply `rows`, and move to `position` if given, in one transaction; return what
        that changed (from `rows.owners` and the rows deleted).

        With `after`, nothing is written unless the replica still stands there; with `wipe`,
        every replicated row goes first. `filling` marks a first fill begun (True) or
        finished (False).
        """
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
            # A first fill's chunks go into indexes of hundreds of megabytes in no order
            # useful to them; SQLite's default 2 MB page cache made that a third slower.
            big = len(rows) >= _BIG_WRITE
            if big:
                raw.execute(f"PRAGMA cache_size={_BIG_WRITE_CACHE_KIB}")
            try:
                conn = conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    if after is not None and FeedPosition.decode(self._stored(conn)) != after:
                        return NOTHING  # another puller applied this batch meanwhile
                    conn.execute(_APPLYING, {"k": APPLYING_CENTRAL_ROWS})
                    owners = _deleted_owners(conn, rows)
                    gone_refs = _refs(conn, rows.deletes.get("customers", ()))
                    if wipe:
                        for table in reversed(_ORDER):
                            conn.execute(table.delete())
                    # Deletions first, so a re-used unique value is free again.
                    for table in reversed(_ORDER):
                        gone = sorted(rows.deletes.get(table.name, ()), key=str)
                        key = _key(table)
                        for start in range(0, len(gone), _IN_CHUNK):
                            conn.execute(
                                table.delete().where(key.in_(gone[start : start + _IN_CHUNK]))
                            )
                    for table in _ORDER:
                        found = rows.upserts.get(table.name)
                        if found:
                            _upsert(conn, table, found)
                        copied = rows.copied.get(table.name)
                        if copied:
                            _write_copied(conn, table, copied)
                    conn.execute(_APPLIED, {"k": APPLYING_CENTRAL_ROWS})
                    changes = _changed(conn, rows, owners, gone_refs, wipe)
                    if filling is not None:
                        _put_state(conn, _FILLING_KEY, "yes" if filling else None)
                    if position is not None:
                        _put_state(conn, _STATE_KEY, position.encode())
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
                if big:
                    raw.execute("PRAGMA cache_size=-2000")  # SQLite's default, 2 MB
        return changes

    def _move(self, after: FeedPosition, position: FeedPosition) -> None:
        """Move to `position` from `after` without writing rows: one statement, not the
        dozen a write of rows takes. If another puller moved on meanwhile, nothing changes."""
        with self.engine.connect() as conn, conn.begin():
            conn.execute(
                text("UPDATE sync_state SET value = :v WHERE key = :k AND value = :old"),
                {"k": _STATE_KEY, "v": position.encode(), "old": after.encode()},
            )

    @staticmethod
    def _stored(conn) -> str | None:
        return _state(conn, _STATE_KEY)


def _state(conn: Connection, key: str) -> str | None:
    return conn.execute(
        text("SELECT value FROM sync_state WHERE key = :k"), {"k": key}
    ).scalar_one_or_none()


def _put_state(conn: Connection, key: str, value: str | None) -> None:
    """Set `key` in sync_state to `value`; None removes it."""
    if value is None:
        conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
    else:
        conn.execute(
            text("INSERT OR REPLACE INTO sync_state (key, value) VALUES (:k, :v)"),
            {"k": key, "v": value},
        )


def _deleted_owners(conn: Connection, rows: _Rows) -> dict[str, set]:
    """Per table, the customers whose rows of it the replica holds and `rows` deletes (read
    before they go); `_shared` if a shared row goes."""
    owners: dict[str, set] = defaultdict(set)
    for name, gone in rows.deletes.items():
        if not gone:
            continue
        if name in _SHARED:
            owners["_shared"].add(None)
            continue
        table = _TABLES[name]
        key, owner = _key(table), _owner(table)
        ordered = sorted(gone, key=str)
        for start in range(0, len(ordered), _IN_CHUNK):
            owners[name].update(
                conn.execute(
                    select(owner.label(_OWNER))
                    .select_from(table)
                    .where(key.in_(ordered[start : start + _IN_CHUNK]))
                ).scalars()
            )
    return owners


def _refs(conn: Connection, customer_ids) -> dict:
    """The references of those of `customer_ids` the replica holds, by id."""
    customers = _TABLES["customers"]
    ordered = sorted({i for i in customer_ids if i is not None}, key=str)
    found: dict = {}
    for start in range(0, len(ordered), _IN_CHUNK):
        found.update(
            conn.execute(
                select(customers.c.id, customers.c.ref).where(
                    customers.c.id.in_(ordered[start : start + _IN_CHUNK])
                )
            ).all()
        )
    return found


def _changed(conn: Connection, rows: _Rows, deleted: dict[str, set], gone_refs: dict, wipe: bool):
    """What a write of `rows` changed, as the window hears it: customers by reference."""
    owners: dict[str, set] = defaultdict(set)
    for source in (rows.owners, deleted):
        for name, ids in source.items():
            owners[name] |= ids
    if wipe or owners.pop("_shared", None) or any(rows.owners.get(n) for n in _SHARED):
        return EVERYTHING
    for name in _SHARED:
        owners.pop(name, None)
    entering = owners.pop("_entering", set())
    refs = {**gone_refs, **_refs(conn, set().union(entering, *owners.values()))}
    kinds: dict[str, set] = defaultdict(set)
    for name, ids in owners.items():
        kinds[_KIND.get(name, "customers")].update(refs[i] for i in ids if i in refs)
    if entering:
        every = {refs[i] for i in entering if i in refs}
        for kind in ("customers", "work_items", "restrictions", "appointments", "requests"):
            kinds[kind] |= every
    return Changes(
        frozenset(kinds["customers"]),
        frozenset(kinds["work_items"]),
        frozenset(kinds["restrictions"]),
        frozenset(kinds["appointments"]),
        requests=frozenset(kinds["requests"]),
    )


def _lookup_indexes(engine: Engine, *, build: bool) -> None:
    """Drop (`build=False`) or build again the replicated tables' lookup indexes: every index
    the schema declares but those that keep a value unique.

    A first fill writes a replica's rows into empty tables: each index then receives them in
    no order useful to it, where building it afterwards sorts them once. Unique indexes stay,
    as the rows are written against them. The fill's position is written only after they are
    built again; a fill that stops between the two is begun again from empty, and builds them.
    """
    with engine.begin() as conn:
        for table in _ORDER:
            for index in table.indexes:
                if index.unique:
                    continue
                if build:
                    index.create(conn, checkfirst=True)
                else:
                    index.drop(conn, checkfirst=True)


def _settle(engine: Engine) -> None:
    """After a first copy: give SQLite's planner statistics (`sqlite_stat1`) for what was
    copied, and fold the write-ahead file back into the database."""
    analyse_sqlite(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


class _snapshot:
    """A read-only REPEATABLE READ connection: every read inside sees one moment."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def __enter__(self) -> Connection:
        self._conn = self._engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        self._txn = self._conn.begin()
        return self._conn

    def __exit__(self, *exc) -> None:
        try:
            self._txn.rollback()
        finally:
            self._conn.close()


def _upsert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Write rows as the central database has them now, whatever the replica holds.

    INSERT OR REPLACE also removes a local row that holds one of the row's unique values
    (a phone's position, a reference): the central row is the true holder, and the local one
    is stale; its own change, later in the feed, brings it back as it now is. An upsert on
    the key alone stalled the replica when a value passed between rows out of feed order.
    """
    statement = sqlite_insert(table).prefix_with("OR REPLACE")
    for start in range(0, len(rows), _IN_CHUNK * 4):
        conn.execute(statement, rows[start : start + _IN_CHUNK * 4])


def _formatted_centrally(column) -> bool:
    """Whether the centre sends a column as the text the replica stores (see `_copy_sql`)."""
    return isinstance(column.type, (Uuid, UTCDateTime, Date))


def _as_stored(column):
    """A central column as the text SQLAlchemy stores for it in SQLite: uuids as 32 hex
    digits, instants in UTC to the microsecond, dates as ISO dates."""
    if isinstance(column.type, Uuid):
        return func.replace(cast(column, String), literal_column("'-'"), literal_column("''"))
    if isinstance(column.type, UTCDateTime):
        return func.to_char(
            func.timezone(literal_column("'UTC'"), column),
            literal_column("'YYYY-MM-DD HH24:MI:SS.US'"),
        )
    return func.to_char(column, literal_column("'YYYY-MM-DD'"))


@cache
def _copy_sql(name: str, dialect) -> str | None:
    """The central query for a table's rows of a list of customers (`:ids`), or None for a
    shared table. Ids, instants and dates come formatted as the replica stores them: the
    server does that work, beside the desktop's, rather than Python for every value."""
    table = _TABLES[name]
    owner = _owner(table)
    if owner is None:
        return None
    ids = bindparam("ids", type_=ARRAY(Uuid()))
    if name == "restriction_history":
        restrictions = _TABLES["restrictions"]
        theirs = table.c.restriction_id.in_(
            select(restrictions.c.id).where(restrictions.c.customer_id == any_(ids))
        )
    else:
        theirs = owner == any_(ids)
    columns = [_as_stored(c).label(c.name) if _formatted_centrally(c) else c for c in table.columns]
    return str(select(*columns).where(theirs).compile(dialect=dialect))


@cache
def _copy_writer(name: str, dialect) -> tuple[str, tuple]:
    """The replica's INSERT OR REPLACE for a table's copied rows, and per column the
    conversion SQLAlchemy would make to write that column's value (None: none, or already
    made by the centre)."""
    table = _TABLES[name]
    columns = list(table.columns)
    names = ", ".join(f'"{c.name}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    convert = tuple(
        None if _formatted_centrally(c) else c.type._cached_bind_processor(dialect) for c in columns
    )
    return f'INSERT OR REPLACE INTO "{name}" ({names}) VALUES ({marks})', convert


def _write_copied(conn: Connection, table: Table, copied: list[tuple]) -> None:
    """Write rows `_copy_customers` read, as `_upsert` would (see there why OR REPLACE)."""
    sql, convert = _copy_writer(table.name, conn.dialect)
    steps = [(i, f) for i, f in enumerate(convert) if f is not None]
    if steps:
        values = []
        for row in copied:
            row = list(row)
            for i, f in steps:
                row[i] = f(row[i])
            values.append(tuple(row))
    else:
        values = copied
    for start in range(0, len(values), _IN_CHUNK * 4):
        conn.exec_driver_sql(sql, values[start : start + _IN_CHUNK * 4])


def _aware(value: datetime) -> datetime:
    """A central instant, compared as UTC (a driver may hand back a naive UTC value)."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _mappings(result) -> list[dict]:
    return [dict(r) for r in result.mappings()]


def _key(table: Table):
    (column,) = table.primary_key.columns
    return column


def _as_key(column, row_id: str):
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return row_id
    return uuid.UUID(row_id) if python_type is uuid.UUID else row_id
