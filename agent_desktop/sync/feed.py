"""Reading the central change feed without skipping transactions that commit out of order.

`change_log.seq` is taken when a row is written, not when its transaction commits, so a
transaction still running can hold a lower seq than one already committed. A reader that asks
only for `seq > last` would move past the running one and never see it. The reader therefore
returns only the contiguous run of rows, in seq order, whose writing transaction is older than
the oldest transaction still running (`pg_snapshot_xmin`), and stops at the first row that is
not; rows after it are picked up by a later read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, text

_READ = text(
    """
    WITH horizon AS (
        SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin
    )
    SELECT c.seq, c.table_name, c.row_id, c.op, c.xid, horizon.xmin
    FROM change_log AS c CROSS JOIN horizon
    WHERE c.seq > :after
    ORDER BY c.seq
    LIMIT :limit
    """
)


@dataclass(frozen=True)
class Change:
    seq: int
    table_name: str
    row_id: str
    op: str  # "I", "U" or "D"
    xid: int


@dataclass(frozen=True)
class FeedBatch:
    changes: list[Change] = field(default_factory=list)
    #: The highest seq returned, or the `after_seq` asked for when nothing was returned.
    last_seq: int = 0


def read_changes(central_conn: Connection, after_seq: int, limit: int = 5000) -> FeedBatch:
    """Changes after `after_seq` that are safe to apply, in seq order (PostgreSQL only).

    The horizon and the rows come from one statement, so from one snapshot.
    """
    rows = central_conn.execute(_READ, {"after": after_seq, "limit": limit}).all()
    changes: list[Change] = []
    for row in rows:
        if row.xid is None or row.xid >= row.xmin:
            break  # a transaction at or after the horizon: wait for everything before it
        changes.append(Change(row.seq, row.table_name, row.row_id, row.op, row.xid))
    return FeedBatch(changes, changes[-1].seq if changes else after_seq)


def latest_seq(central_conn: Connection) -> int:
    """The highest seq written so far (0 for an empty feed), visible or not yet safe."""
    return central_conn.execute(text("SELECT coalesce(max(seq), 0) FROM change_log")).scalar_one()
