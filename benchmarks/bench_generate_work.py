"""Work that makes itself: how long `generate_work` takes over a seeded database.

    python benchmarks/bench_generate_work.py [--customers 20000] [--postgres]
                                             [--url URL --dry-run] [--at INSTANT]

Seeds a SQLite file in a temporary folder (or, with --postgres, a PostgreSQL database created
and dropped here) and times two runs of generate_work at --at in one transaction: the first
creates what is owed, the second (the idempotent case a scheduler meets every five minutes)
finds nothing missing. --url runs against an existing database instead, and needs --dry-run:
the transaction is rolled back, so that database is left as it was.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from support import PG_SERVER, create_pg_database, drop_pg_database, seed_for_benchmark

from agent_desktop.domain.parsing import parse_instant
from agent_desktop.services.database import open_database
from agent_desktop.services.generate_work import generate_work_in


def measure(db, at: datetime, dry_run: bool) -> None:
    with db.unit(write=True) as uow:
        started = time.perf_counter()
        created = generate_work_in(uow.session, db.calendar, at)
        first = time.perf_counter() - started
        uow.session.flush()
        started = time.perf_counter()
        again = generate_work_in(uow.session, db.calendar, at)
        second = time.perf_counter() - started
        if dry_run:
            uow.session.rollback()
        else:
            uow.commit()
    print(f"{db.engine.dialect.name}: first run {first * 1000:,.0f} ms, created {created}")
    print(f"{db.engine.dialect.name}: second run {second * 1000:,.0f} ms, created {again}")
    print("rolled back" if dry_run else "committed")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--url", help="an existing database (needs --dry-run)")
    parser.add_argument("--dry-run", action="store_true", help="roll the transaction back")
    parser.add_argument("--at", help="ISO 8601 instant (default: now)")
    args = parser.parse_args()
    at = parse_instant(args.at, "--at") if args.at else datetime.now(UTC)
    if args.url:
        if not args.dry_run:
            parser.error("--url runs only with --dry-run: an existing database is not changed")
        # Never migrated from here: an existing database is only read, then rolled back.
        db = open_database(args.url, migrate=False)
        try:
            measure(db, at, dry_run=True)
        finally:
            db.dispose()
        return 0
    if args.postgres:
        name = create_pg_database("ad_bench_gw")
        try:
            db = open_database(f"{PG_SERVER}/{name}")
            seed_for_benchmark(db, args.customers)
            measure(db, at, args.dry_run)
            db.dispose()
        finally:
            drop_pg_database(name)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.db'}")
        seed_for_benchmark(db, args.customers)
        measure(db, at, args.dry_run)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
