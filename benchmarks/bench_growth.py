"""Paths that grew with the organisation (issue 11, section 2), before and after, on PostgreSQL.

    python benchmarks/bench_growth.py [--customers 100000] [--samples 30]

Seeds a PostgreSQL database created and dropped here, then measures:

- the `restriction_history` read of a replica's copy, for one customer (a first call from a
  caller not yet held: `Replica.hold`) and for 500 (one chunk of a first copy): before, the
  owner as a correlated subquery `(SELECT customer_id ...) IN (...)`; after,
  `restriction_id IN (SELECT id FROM restrictions WHERE customer_id IN (...))`;
- `Replica.hold` of a customer not yet held, whole;
- `create_customer`: before, the advisory lock every desktop shared and a scan for the highest
  `C-` number; after, `nextval` of `customer_ref_seq`;
- a scoped replica's first copy, and what its `ANALYZE` and WAL checkpoint add.

"Before" runs the old statements here, against the same database, so both columns share the
machine's load at the moment.

Measured at 100,000 customers (7,788 restriction_history rows), 2 cores shared with other
test runs (load average 4-5), p50 before → after: restriction_history for one customer
19-27 ms → 0.7-3.5 ms, for 500 customers 15-29 ms → 4.5-12 ms; `Replica.hold` 31-49 ms →
14-24 ms; `create_customer` 79-82 ms → 11-13 ms (the next reference alone 70-72 ms →
0.5-0.7 ms); a scoped first copy 9-10 s, of which ANALYZE + checkpoint 18-30 ms, WAL 0 MB
after it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import select, text
from support import PG_SERVER, create_pg_database, drop_pg_database, fresh_statistics, percentile

from agent_desktop.services import customers as customers_service
from agent_desktop.services.database import open_database
from agent_desktop.services.seed import seed
from agent_desktop.store.engine import make_engine
from agent_desktop.store.schema import Base
from agent_desktop.store.statistics import analyse_sqlite
from agent_desktop.sync import Replica
from agent_desktop.sync import replica as replica_module
from agent_desktop.sync.replica import Scope

_OLD_REF_LOCK = 0x41_44_43_52  # the advisory lock the old creation path took


def _old_next_ref_number(session, dialect: str) -> int:
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _OLD_REF_LOCK})
    return customers_service.highest_ref_number(session, dialect) + 1


def _history_queries(ids):
    history = Base.metadata.tables["restriction_history"]
    restrictions = Base.metadata.tables["restrictions"]
    owner = (
        select(restrictions.c.customer_id)
        .where(restrictions.c.id == history.c.restriction_id)
        .scalar_subquery()
    )
    before = select(history).where(owner.in_(ids))
    after = select(history).where(
        history.c.restriction_id.in_(
            select(restrictions.c.id).where(restrictions.c.customer_id.in_(ids))
        )
    )
    return before, after


def _ms(fn, samples: int) -> list[float]:
    out = []
    for _ in range(samples):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _row(label: str, before: list[float] | None, after: list[float]) -> None:
    a50, a95 = percentile(after, 50), percentile(after, 95)
    if before is None:
        print(f"{label:<46} {'':>21}   p50 {a50:9.2f} ms  p95 {a95:9.2f} ms")
        return
    b50, b95 = percentile(before, 50), percentile(before, 95)
    print(
        f"{label:<46} p50 {b50:9.2f} p95 {b95:9.2f}  → p50 {a50:9.2f} ms  p95 {a95:9.2f} ms"
        f"   ({b50 / a50:,.1f}×)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    name = create_pg_database("ad_bench_growth")
    tmp = Path(tempfile.mkdtemp(prefix="bench_growth_"))
    try:
        db = open_database(f"{PG_SERVER}/{name}")
        started = time.perf_counter()
        seed(db, args.customers)
        fresh_statistics(db)
        print(f"seeded {args.customers:,} customers in {time.perf_counter() - started:.0f} s")
        with db.engine.connect() as conn:
            history_rows = conn.execute(text("SELECT count(*) FROM restriction_history")).scalar()
            with_history = list(
                conn.execute(
                    text(
                        "SELECT DISTINCT r.customer_id FROM restrictions r JOIN "
                        "restriction_history h ON h.restriction_id = r.id ORDER BY 1 LIMIT 500"
                    )
                ).scalars()
            )
            some = list(
                conn.execute(text("SELECT id FROM customers ORDER BY ref LIMIT 500")).scalars()
            )
            agent = conn.execute(
                text(
                    "SELECT s.id, s.team_id FROM staff s JOIN work_items w ON w.assignee_id = "
                    "s.id AND w.status = 'open' GROUP BY s.id ORDER BY count(*) DESC LIMIT 1"
                )
            ).one()
            load = os.getloadavg()
        print(f"restriction_history: {history_rows:,} rows; load average {load[0]:.2f}")
        print(f"{'':<46} {'before':^21}     {'after':^21}")

        def timed_query(statement):
            def run():
                with db.engine.connect() as conn:
                    conn.execute(statement).all()

            return run

        samples = args.samples
        for label, ids in (
            ("restriction_history, 1 customer (hold)", with_history[:1]),
            ("restriction_history, 500 customers (a chunk)", some),
        ):
            before, after = _history_queries(ids)
            _row(
                label,
                _ms(timed_query(before), max(3, samples // 5)),
                _ms(timed_query(after), samples),
            )

        # A first call from a customer not yet held, whole (the replica copies them in).
        replica_engine = make_engine(f"sqlite:///{tmp / 'hold.sqlite3'}")
        replica = Replica(replica_engine, scope=Scope(agent.id, agent.team_id))
        with db.engine.connect() as conn:
            refs = list(
                conn.execute(
                    text("SELECT ref FROM customers ORDER BY ref DESC LIMIT :n"),
                    {"n": samples * 2},
                ).scalars()
            )
        replica._start(db.engine)  # noqa: SLF001 - the first copy alone, timed below
        refs_iter = iter(refs)
        holds_after = _ms(lambda: replica.hold(db.engine, next(refs_iter)), samples)
        saved = replica_module.Replica._copy_customers

        def old_copy(conn, customer_ids, rows):
            # The old query's cost, on top of the copy (whose own history read is 0.2 ms).
            ordered = list(customer_ids)
            for chunk_start in range(0, len(ordered), 500):
                old, _new = _history_queries(ordered[chunk_start : chunk_start + 500])
                conn.execute(old).all()
            return saved(conn, customer_ids, rows)

        replica_module.Replica._copy_customers = staticmethod(old_copy)
        try:
            holds_before = _ms(
                lambda: replica.hold(db.engine, next(refs_iter)), max(3, samples // 5)
            )
        finally:
            replica_module.Replica._copy_customers = staticmethod(saved)
        _row("Replica.hold, a customer not yet held", holds_before, holds_after)
        replica_engine.dispose()

        # Creating a customer.
        n = iter(range(10**6))

        def create():
            customers_service.create_customer(
                db, name=f"Bench Person {next(n)}", phones=["07700 900123"], created_by="bench"
            )

        # After first: the old path reads the highest number, so it follows the sequence's.
        create_after = _ms(create, samples)
        saved_next = customers_service.next_ref_number
        customers_service.next_ref_number = _old_next_ref_number
        try:
            create_before = _ms(create, samples)
        finally:
            customers_service.next_ref_number = saved_next
        _row("create_customer", create_before, create_after)

        def ref_before():
            with db.unit(write=True) as uow:
                _old_next_ref_number(uow.session, "postgresql")

        def ref_after():
            with db.unit(write=True) as uow:
                customers_service.next_ref_number(uow.session, "postgresql")

        after = _ms(ref_after, samples)
        _row("  the next reference alone", _ms(ref_before, samples), after)

        # A scoped replica's first copy, and its ANALYZE + checkpoint.
        first_engine = make_engine(f"sqlite:///{tmp / 'first.sqlite3'}")
        first = Replica(first_engine, scope=Scope(agent.id, agent.team_id))
        settle_ms: list[float] = []
        saved_settle = replica_module._settle

        def timed_settle(engine):
            started = time.perf_counter()
            saved_settle(engine)
            settle_ms.append((time.perf_counter() - started) * 1000)

        replica_module._settle = timed_settle
        try:
            started = time.perf_counter()
            first.pull(db.engine)
            whole = (time.perf_counter() - started) * 1000
        finally:
            replica_module._settle = saved_settle
        size = (tmp / "first.sqlite3").stat().st_size / 1e6
        wal = tmp / "first.sqlite3-wal"
        wal_size = wal.stat().st_size / 1e6 if wal.exists() else 0.0
        print(
            f"first copy (scoped): {whole:,.0f} ms, of which ANALYZE + checkpoint "
            f"{settle_ms[0]:,.0f} ms; file {size:.1f} MB, WAL after {wal_size:.1f} MB"
        )
        started = time.perf_counter()
        analyse_sqlite(first_engine)
        print(f"ANALYZE of that replica again: {(time.perf_counter() - started) * 1000:.0f} ms")
        first_engine.dispose()
        db.dispose()
    finally:
        drop_pg_database(name)


if __name__ == "__main__":
    main()
