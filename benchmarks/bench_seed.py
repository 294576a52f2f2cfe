"""How long `seed` takes on PostgreSQL (rows by COPY) and on SQLite (rows by INSERT).

    python benchmarks/bench_seed.py [--customers 100000] [--runs 2] [--only pg|sqlite]
                                    [--profile] [--without-triggers]

Each run seeds a fresh database made (and removed) here and prints the wall time, rows per
second, the database's size and the load average at the end of the run.

`--profile` turns on `track_functions` for the PostgreSQL database and prints the time the
server spent in each trigger function (`pg_stat_user_functions`), to tell how much of a seed
is the change log's row triggers. `--without-triggers` seeds PostgreSQL once more with
`session_replication_role = replica`, which skips every trigger: a measurement of what the
triggers cost, never a way to load real data (the change feed would miss every row).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from sqlalchemy import text
from support import PG_SERVER, _admin, create_pg_database, drop_pg_database

from agent_desktop.services.database import open_database
from agent_desktop.services.seed import seed
from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import upgrade


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _report(label: str, summary, size: int) -> None:
    print(
        f"{label:<28} {summary.seconds:8.1f} s  {summary.rows / summary.seconds:9.0f} rows/s  "
        f"{summary.rows:>9} rows  {size / 2**20:7.0f} MB  load {_load()}",
        flush=True,
    )


def run_pg(customers: int, *, profile: bool, without_triggers: bool) -> None:
    name = create_pg_database("ad_bench_seed")
    url = f"{PG_SERVER}/{name}"
    try:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        settings = []
        if profile:
            settings.append("track_functions = 'all'")
        if without_triggers:
            settings.append("session_replication_role = replica")
        admin = _admin()
        with admin.connect() as conn:
            for setting in settings:
                conn.execute(text(f'ALTER DATABASE "{name}" SET {setting}'))
        db = open_database(url)
        try:
            summary = seed(db, customers)
            with db.engine.connect() as conn:
                size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
        finally:
            db.dispose()
        label = "postgresql, no triggers" if without_triggers else "postgresql (COPY)"
        _report(label, summary, size)
        if profile:
            time.sleep(2)  # the seeding backend reports its function statistics when idle
            engine = make_engine(url)
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT funcname, calls, total_time, self_time "
                        "FROM pg_stat_user_functions ORDER BY total_time DESC"
                    )
                ).all()
            engine.dispose()
            for funcname, calls, total, own in rows:
                print(
                    f"    {funcname:<26} {calls:>9} calls  {total / 1000:7.1f} s total  "
                    f"{own / 1000:7.1f} s self  ({total / 1000 / summary.seconds:4.0%} of the seed)"
                )
        admin.dispose()
    finally:
        drop_pg_database(name)


def run_sqlite(customers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "seed.sqlite3")
        db = open_database(f"sqlite:///{path}")
        try:
            summary = seed(db, customers)
        finally:
            db.dispose()
        _report("sqlite (INSERT)", summary, os.path.getsize(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--only", choices=("pg", "sqlite"))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--without-triggers", action="store_true")
    args = parser.parse_args()
    print(f"seed of {args.customers:,} customers, {args.runs} run(s) each", flush=True)
    for _ in range(args.runs):
        if args.only != "sqlite":
            run_pg(args.customers, profile=args.profile, without_triggers=False)
        if args.only != "pg":
            run_sqlite(args.customers)
    if args.without_triggers:
        run_pg(args.customers, profile=False, without_triggers=True)


if __name__ == "__main__":
    main()
