"""The visits desk over a busy day: booking throughput and the time to read the day.

usage: python benchmarks/bench_visits.py [--appointments N] [--hosts H] [--customers C]
                                          [--runs R] [--postgres]

Seeds C customers, adds H hosts, then books N appointments of 20 minutes one after another
through `visits.book` (each one the whole check and write: the customer row lock, the host's
overlap check, the rules' warnings, the audit entry) on one working day, and reads that day
with `visits.day` R times (what `agent-desktop visits day` prints). A few customers have a
behaviour warning, two_staff_present or no_visits, so refusals and warnings are in the mix.
Prints bookings a second, the per-booking p50/p95, and the day read's p50/p95, on SQLite and,
with --postgres, on a throwaway PostgreSQL database.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.support import (  # noqa: E402
    PG_SERVER,
    create_pg_database,
    drop_pg_database,
    fresh_statistics,
    percentile,
    seed_for_benchmark,
)

SLOT_MINUTES = 20


def _staff_document(hosts: int) -> dict:
    staff = [{"username": "desk", "name": "Reception Desk", "roles": ["visits"]}]
    staff += [
        {"username": f"host{i:03}", "name": f"Host {i}", "roles": ["agent"]} for i in range(hosts)
    ]
    return {"format": "agent-desktop/1", "staff": staff}


def run(url: str, label: str, args) -> None:
    from agent_desktop.services import visits
    from agent_desktop.services.database import open_database
    from agent_desktop.services.exchange import import_document
    from agent_desktop.store.schema import Customer

    db = open_database(url)
    seed_for_benchmark(db, args.customers)
    import_document(db, _staff_document(args.hosts))
    with db.unit() as uow:
        refs = list(
            uow.session.execute(select(Customer.ref).order_by(Customer.ref).limit(args.appointments))
            .scalars()
        )  # fmt: skip
    calendar = db.calendar
    day = calendar.nth_working_day_after(datetime.now(UTC).date(), 10)
    opens = calendar.open_of(day).astimezone(UTC)
    per_host = int((calendar.close_of(day) - calendar.open_of(day)).total_seconds() // 60)
    per_host //= SLOT_MINUTES
    timings, booked, refused = [], 0, 0
    started = time.perf_counter()
    for i in range(args.appointments):
        host, slot = i % args.hosts, (i // args.hosts) % per_host
        at = opens + timedelta(minutes=slot * SLOT_MINUTES)
        second = f"host{(host + 1) % args.hosts:03}" if i % 50 == 0 else None
        t0 = time.perf_counter()
        result = visits.book(
            db, refs[i % len(refs)], f"host{host:03}", at, SLOT_MINUTES, second, by="desk"
        )
        timings.append(time.perf_counter() - t0)
        booked += result.booked
        refused += not result.booked
    total = time.perf_counter() - started
    fresh_statistics(db)
    reads = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        listed = visits.day(db, day)
        reads.append(time.perf_counter() - t0)
    print(
        f"{label}: {args.appointments:,} bookings on {day} by {args.hosts} hosts "
        f"({args.customers:,} customers): {booked:,} booked, {refused:,} refused, "
        f"{args.appointments / total:.0f} bookings/s, p50 {percentile(timings, 50) * 1000:.1f} ms, "
        f"p95 {percentile(timings, 95) * 1000:.1f} ms; `visits day` of {len(listed):,} "
        f"appointments: p50 {percentile(reads, 50) * 1000:.0f} ms, "
        f"p95 {percentile(reads, 95) * 1000:.0f} ms ({args.runs} runs)"
    )
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appointments", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="ad-bench-visits-") as folder:
        run(f"sqlite:///{Path(folder) / 'visits.sqlite3'}", "SQLite", args)
    if args.postgres:
        name = create_pg_database("ad_bench_visits")
        try:
            run(f"{PG_SERVER}/{name}", "PostgreSQL", args)
        finally:
            drop_pg_database(name)
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
