"""Reading the central change feed without skipping transactions that commit out of order.

`change_log.seq` is taken when a row is written, not when its transaction commits, so a
transaction still running can hold a lower seq than one already committed, and a reader
asking for `seq > last` would move past it for good. Ordering by seq alone cannot be fixed by
waiting either: a transaction may take its id early and its seq late.

So the reader's position is a transaction id, not a seq. It reads only rows written by
transactions older than the oldest one still running (`pg_snapshot_xmin`): every such
transaction has finished, so the set of their rows can never grow, and reading them in
(xid, seq) order with an (xid, seq) cursor never misses one. Transactions provably running in
another database of the same server are left out of that "oldest" (see `_HORIZON`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, text

# The oldest transaction still running that could write this feed. Transaction ids are shared
# by every database on the server, so the snapshot's own xmin would let a long transaction in
# another database (a CREATE DATABASE, a report, an idle session) hold this feed back for as
# long as it runs. A running transaction is left out when it is provably elsewhere: its
# session is connected to another database (pg_stat_activity shows every login which database
# each session is in, though not what it runs; pg_locks pairs a session with its transaction).
#
# A transaction is one session's, and a session stays in one database: so a transaction seen
# running in the snapshot and, in the same statement, holding its id in a session of another
# database is elsewhere for as long as it runs, whichever of the two was read first. One that
# finished in between is not in the list and so still holds the feed back (until the next
# read), as does any whose database is not shown (a background process).
#
# An automatic VACUUM or ANALYZE of this database is left out too: it writes statistics and
# catalogs under a transaction id of its own, and runs no trigger, so it never writes the feed
# (an ANALYZE of a busy table held every desktop back for as long as it ran).
#
# PostgreSQL keeps the session list it read for the rest of a transaction; a reader that may
# have read it earlier in the same transaction drops it first, since a process id may have
# been reused meanwhile.
_ELSEWHERE_SQL = """
    SELECT coalesce(array_agg(t.transactionid::text), '{}') AS ids
    FROM pg_locks AS t JOIN pg_stat_activity AS a ON a.pid = t.pid
    WHERE t.locktype = 'transactionid' AND t.granted
      AND (a.backend_type = 'autovacuum worker'
           OR (a.datid IS NOT NULL
               AND a.datid <> (SELECT oid FROM pg_database WHERE datname = current_database())))
"""

_HORIZON_SQL = f"""
    SELECT COALESCE(
        (SELECT min(x) FROM pg_snapshot_xip(s.snap) AS x
         WHERE (x::text::numeric % 4294967296)::text <> ALL (e.ids)),
        pg_snapshot_xmax(s.snap))::text::bigint AS horizon
    FROM (SELECT pg_current_snapshot() AS snap) AS s, ({_ELSEWHERE_SQL}) AS e
"""
_HORIZON = text(_HORIZON_SQL)


def _forget_sessions(conn: Connection) -> None:
    """Drop the session list this transaction may have read already (see above)."""
    conn.execute(text("SELECT pg_stat_clear_snapshot()"))


def _horizon(conn: Connection) -> int:
    """Every change from a transaction older than this has committed (or never will).

    Taken in a statement of its own and passed to the reads as a number, so that they keep
    to the (xid, seq) index: within one statement the planner could not, and scanned the
    whole feed (a pull took 26 ms instead of 3). A read with a later snapshot still sees all
    those changes: a snapshot sees whatever committed before an earlier one was taken.
    """
    _forget_sessions(conn)
    return conn.execute(_HORIZON).scalar_one()


# A batch in one statement: the horizon, and with it what a reader asks next to every batch:
# whether committed changes wait behind it (their transaction is younger than one still
# running; rows of running transactions are invisible here, so any row seen is finished), how
# far the feed has been pruned, and the changes themselves (one row of nulls if there are
# none). The changes are a LATERAL read parameterised by the horizon, so they keep to the
# (xid, seq) index; `max(xid)` is one step down it, where an EXISTS on `xid >= horizon` was
# planned as a scan of the whole feed. One statement instead of the six a pull used to send:
# each cost the desktop a round trip and about a fifth of a millisecond of its CPU.
_BATCH = text(
    f"""
    WITH h AS MATERIALIZED ({_HORIZON_SQL})
    SELECT coalesce((SELECT max(xid) FROM change_log) >= h.horizon, false) AS held_back,
           (SELECT value FROM feed_state WHERE key = 'pruned_through') AS pruned_through,
           c.seq, c.table_name, c.row_id, c.op, c.xid
    FROM h LEFT JOIN LATERAL (
        SELECT c.seq, c.table_name, c.row_id, c.op, c.xid
        FROM change_log AS c
        WHERE c.xid < h.horizon AND (c.xid, c.seq) > (:xid, :seq)
        ORDER BY c.xid, c.seq
        LIMIT :limit
    ) AS c ON true
    ORDER BY c.xid, c.seq
    """
)

_CURRENT = text(
    """
    SELECT c.xid, c.seq FROM change_log AS c
    WHERE c.xid < :horizon
    ORDER BY c.xid DESC, c.seq DESC
    LIMIT 1
    """
)


@dataclass(frozen=True, order=True)
class FeedPosition:
    """How far a reader has read: the (xid, seq) of the last change it took."""

    xid: int = 0
    seq: int = 0

    def encode(self) -> str:
        return f"{self.xid}:{self.seq}"

    @classmethod
    def decode(cls, value: str | None) -> FeedPosition:
        if not value:
            return cls()
        xid, _, seq = value.partition(":")
        return cls(int(xid), int(seq))


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
    #: Where the next read starts: the last change returned, or the position asked for.
    position: FeedPosition = field(default_factory=FeedPosition)
    #: Whether committed changes wait behind an older transaction still running (that may be
    #: in this database): the reader should look again shortly, as no notification may come.
    held_back: bool = False
    #: The last position removed from the feed when the batch was read: a reader behind it
    #: has missed changes.
    pruned_through: FeedPosition = field(default_factory=FeedPosition)


def read_changes(
    central_conn: Connection,
    after: FeedPosition | None = None,
    limit: int = 5000,
    *,
    new_transaction: bool = False,
) -> FeedBatch:
    """Changes after `after` from finished transactions, in (xid, seq) order (PostgreSQL).

    Read in the caller's transaction: in a REPEATABLE READ one, `pruned_through` and the
    changes are of the same moment. `new_transaction` says that the transaction has read
    nothing yet, so has no session list to forget.
    """
    after = after or FeedPosition()
    if not new_transaction:
        _forget_sessions(central_conn)
    rows = central_conn.execute(_BATCH, {"xid": after.xid, "seq": after.seq, "limit": limit}).all()
    changes = [
        Change(r.seq, r.table_name, r.row_id, r.op, r.xid) for r in rows if r.seq is not None
    ]
    position = FeedPosition(changes[-1].xid, changes[-1].seq) if changes else after
    # A full batch is followed by another read at once, which says whether any is held back.
    held_back = bool(rows[0].held_back) and len(changes) < limit
    return FeedBatch(changes, position, held_back, FeedPosition.decode(rows[0].pruned_through))


_PRUNED_KEY = "pruned_through"

_PRUNE_POINT = text(
    """
    SELECT c.xid, c.seq FROM change_log AS c
    WHERE c.xid < :horizon AND c.at < :cutoff
    ORDER BY c.xid DESC, c.seq DESC
    LIMIT 1
    """
)


def pruned_through(central_conn: Connection) -> FeedPosition:
    """The last position removed from the feed (the start, if nothing ever was)."""
    return FeedPosition.decode(
        central_conn.execute(
            text("SELECT value FROM feed_state WHERE key = :k"), {"k": _PRUNED_KEY}
        ).scalar_one_or_none()
    )


def prune(central_conn: Connection, written_before: datetime) -> tuple[int, FeedPosition]:
    """Remove finished changes written before `written_before`, in the caller's transaction.

    What is removed is always a prefix of the feed in (xid, seq) order, and its end is kept
    in `feed_state`: a reader still behind it has missed changes, and knows it. Returns how
    many rows went and the pruned-through position.
    """
    point = central_conn.execute(
        _PRUNE_POINT, {"cutoff": written_before, "horizon": _horizon(central_conn)}
    ).one_or_none()
    if point is None:
        return 0, pruned_through(central_conn)
    through = FeedPosition(point.xid, point.seq)
    deleted = central_conn.execute(
        text("DELETE FROM change_log WHERE (xid, seq) <= (:xid, :seq)"),
        {"xid": through.xid, "seq": through.seq},
    ).rowcount
    central_conn.execute(
        text(
            "INSERT INTO feed_state (key, value) VALUES (:k, :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"k": _PRUNED_KEY, "v": through.encode()},
    )
    return deleted, through


def current_position(central_conn: Connection) -> FeedPosition:
    """The position after every change that is safe to read now."""
    row = central_conn.execute(_CURRENT, {"horizon": _horizon(central_conn)}).one_or_none()
    return FeedPosition(row.xid, row.seq) if row else FeedPosition()
