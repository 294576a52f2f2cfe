"""A new desktop's first copy of its scope: time, rows, file size, peak memory.

    python benchmarks/bench_first_copy.py --url postgresql+psycopg://.../ad_bench_1m
    python benchmarks/bench_first_copy.py --customers 100000

With --url, copies from that (already seeded) PostgreSQL database and leaves it as it is;
otherwise seeds --customers into a database created and dropped here. The copy runs in a
child process signed in as jwalker (Casework North), so its peak resident memory is its own:
`Replica.pull` on an empty replica, then the file sizes as the copy left them (it checkpoints
the write-ahead file), and the space each table and index takes (SQLite's dbstat).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile

from support import PG_SERVER, create_pg_database, drop_pg_database, seed_for_benchmark

USER = "jwalker"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from agent_desktop.services.database import open_database
from agent_desktop.services.session import sign_in
from agent_desktop.sync.replica import Replica, Scope
url, path = sys.argv[1:3]
central = open_database(url)
me = sign_in(central, sys.argv[3])
replica_db = open_database(f"sqlite:///{path}")
replica = Replica(replica_db.engine, scope=Scope(me.id, me.team_id))
started = time.perf_counter()
rows = replica.pull(central.engine)
seconds = time.perf_counter() - started
sizes = {p.name: p.stat().st_size for p in Path(path).parent.iterdir() if p.is_file()}
with replica_db.engine.connect() as conn:
    customers = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar_one()
    items = conn.exec_driver_sql("SELECT count(*) FROM work_items WHERE status = 'open'").scalar_one()
    try:
        tables = conn.exec_driver_sql(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT 12"
        ).all()
    except Exception:
        tables = []
print(json.dumps({
    "rows": rows, "seconds": seconds, "customers": customers, "open_items": items,
    "files": sizes, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "tables": [[n, s] for n, s in tables],
}))
"""


def first_copy(url: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="ad-bench-copy-") as folder:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, url, os.path.join(folder, "replica.sqlite3"), USER],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already seeded PostgreSQL database (left as it is)")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    name = None
    url = args.url
    if url is None:
        from agent_desktop.services.database import open_database

        name = create_pg_database("ad_bench_copy")
        url = f"{PG_SERVER}/{name}"
        central = open_database(url)
        seed_for_benchmark(central, args.customers)
        central.dispose()
    try:
        results = []
        for _ in range(args.runs):
            load = os.getloadavg()[0]
            results.append((load, first_copy(url)))
    finally:
        if name is not None:
            drop_pg_database(name)
    print(f"\nFirst copy for {USER}, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print(
        "| run | load | customers | open items | rows | s | rows/s | file MB | -wal MB | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n, (load, r) in enumerate(results, 1):
        files = r["files"]
        print(
            f"| {n} | {load:.2f} | {r['customers']:,} | {r['open_items']:,} | {r['rows']:,} | "
            f"{r['seconds']:.1f} | {r['rows'] / r['seconds']:,.0f} | "
            f"{files.get('replica.sqlite3', 0) / 1e6:.0f} | "
            f"{files.get('replica.sqlite3-wal', 0) / 1e6:.1f} | {r['peak_rss_mb']:.0f} |"
        )
    if results[-1][1]["tables"]:
        print("\nLargest tables and indexes (MB):")
        for table, size in results[-1][1]["tables"]:
            print(f"  {table}: {size / 1e6:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
