"""What every benchmark shares: the PostgreSQL server, throwaway databases, percentiles."""

from __future__ import annotations

import os
import secrets
import sys
import time

from sqlalchemy import create_engine, text

PG_SERVER = os.environ.get("AGENT_DESKTOP_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def _admin():
    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")


def create_pg_database(prefix: str = "ad_bench") -> str:
    name = f"{prefix}_{secrets.token_hex(6)}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name


def drop_pg_database(name: str) -> None:
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_statistics(db) -> None:
    """Planner statistics as a database in use for a while has (autovacuum's job on PostgreSQL).

    Straight after a bulk seed PostgreSQL plans the phone lookup badly: about 40 ms instead of
    about 1 ms at 100,000 customers.
    """
    if db.engine.dialect.name == "sqlite":
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def seed_for_benchmark(db, customers: int) -> None:
    """Seed `customers` into `db`, say how long it took, and give the planner fresh statistics."""
    from agent_desktop.services.seed import seed

    started = time.perf_counter()
    seed(db, customers)
    print(
        f"seeded {customers:,} customers in {time.perf_counter() - started:.1f} s", file=sys.stderr
    )
    fresh_statistics(db)
