"""A desktop's SQLite replica of the central database, filled from the change feed.

Each batch is applied in one replica transaction together with the new position in the
feed (`sync_state`), so a crash part-way never loses or repeats a change. Rows are copied as
they are centrally now (one SELECT per table), so applying a change twice is harmless.

The replica's own change_log triggers fire on these writes; the rows they add are removed in
the same transaction, so the replica's change_log only ever records writes made locally.
"""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Engine, Table, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from agent_desktop.store.migrate import ensure_current
from agent_desktop.store.schema import SYNCED_TABLES, Base
from agent_desktop.sync.feed import FeedBatch, FeedPosition, read_changes

_STATE_KEY = "central_position"
# SYNCED_TABLES lists parents before children (teams and staff before customers ...).
_ORDER: list[Table] = [Base.metadata.tables[name] for name in SYNCED_TABLES]
_TABLES = {t.name: t for t in _ORDER}
_IN_CHUNK = 500


class Replica:
    def __init__(self, replica_engine: Engine, *, batch_size: int = 5000):
        if replica_engine.dialect.name != "sqlite":
            raise ValueError("a replica is a SQLite database")
        self.engine = replica_engine
        self.batch_size = batch_size
        ensure_current(replica_engine)
        with replica_engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )

    @property
    def position(self) -> FeedPosition:
        """How far into the central feed this replica has applied."""
        with self.engine.connect() as conn:
            return self._stored_position(conn)

    def pull(self, central_engine: Engine) -> int:
        """Apply every change that is safe to apply now; return how many were applied."""
        applied = 0
        while True:
            after = self.position
            batch, rows = self._read(central_engine, after)
            if not batch.changes:
                return applied
            self._apply(batch, rows, after)
            applied += len(batch.changes)

    # central side ------------------------------------------------------------------------

    def _read(self, central_engine: Engine, after: FeedPosition) -> tuple[FeedBatch, dict]:
        """One batch and the current central rows it names, from one read-only snapshot."""
        with central_engine.connect() as conn:
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with conn.begin():
                batch = read_changes(conn, after, self.batch_size)
                changed: dict[str, set] = defaultdict(set)
                for change in batch.changes:
                    if change.table_name in _TABLES:
                        changed[change.table_name].add(change.row_id)
                rows: dict[str, tuple[set, list[dict]]] = {}
                for table in _ORDER:
                    ids = changed.get(table.name)
                    if not ids:
                        continue
                    key = _key(table)
                    wanted = {_as_key(key, i) for i in ids}
                    found: list[dict] = []
                    ordered = sorted(wanted, key=str)
                    for start in range(0, len(ordered), _IN_CHUNK):
                        chunk = ordered[start:start + _IN_CHUNK]
                        result = conn.execute(select(table).where(key.in_(chunk)))
                        found.extend(dict(r._mapping) for r in result)
                    rows[table.name] = (wanted, found)
        return batch, rows

    # replica side ------------------------------------------------------------------------

    def _apply(self, batch: FeedBatch, rows: dict, after: FeedPosition) -> None:
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
                if self._stored_position(conn) != after:
                    return  # another puller applied this batch meanwhile
                local_before = conn.exec_driver_sql(
                    "SELECT coalesce(max(seq), 0) FROM change_log"
                ).scalar_one()
                # Deletions first (children first), so a re-used unique value is free again.
                for table in reversed(_ORDER):
                    if table.name not in rows:
                        continue
                    wanted, found = rows[table.name]
                    key = _key(table)
                    present = {r[key.name] for r in found}
                    gone = sorted(wanted - present, key=str)
                    for start in range(0, len(gone), _IN_CHUNK):
                        conn.execute(table.delete().where(key.in_(gone[start:start + _IN_CHUNK])))
                for table in _ORDER:
                    if table.name not in rows or not rows[table.name][1]:
                        continue
                    found = rows[table.name][1]
                    key = _key(table)
                    stmt = sqlite_insert(table)
                    update = {c.name: stmt.excluded[c.name] for c in table.c if c is not key}
                    conn.execute(
                        stmt.on_conflict_do_update(index_elements=[key], set_=update), found
                    )
                conn.execute(
                    text("DELETE FROM change_log WHERE seq > :s"), {"s": local_before}
                )
                conn.execute(
                    text(
                        "INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                    ),
                    {"k": _STATE_KEY, "v": batch.position.encode()},
                )

    @staticmethod
    def _stored_position(conn) -> FeedPosition:
        return FeedPosition.decode(conn.execute(
            text("SELECT value FROM sync_state WHERE key = :k"), {"k": _STATE_KEY}
        ).scalar_one_or_none())


def _key(table: Table):
    (column,) = table.primary_key.columns
    return column


def _as_key(column, row_id: str):
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return row_id
    return uuid.UUID(row_id) if python_type is uuid.UUID else row_id
