"""An in-scope change made centrally, until it is on the real window's queue.

    python benchmarks/bench_on_screen.py --url postgresql+psycopg://.../ad_bench_1m [--samples 20]
    python benchmarks/bench_on_screen.py --customers 20000

The window (offscreen Qt, in this process) is signed in as jwalker with a `Synced` desktop,
its SQLite replica in a temporary folder (first copied here, not timed), and a real
`SyncController` listening for NOTIFY. Each sample renames, centrally, a customer whose row
is on the queue's first page, and times from the commit until the model shows the new name:
notification, coalescing, the pull, `queue_update` (the counts and the row's place) and the
model's update. With --churn N, another process meanwhile changes N customers a second that
this desktop does not hold, so its pulls are spaced (see SyncController). With --url the
database is used as it is and left so (names and addresses are changed); otherwise
--customers are seeded into a database created and dropped here.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_support import spin  # noqa: E402
from sqlalchemy import text  # noqa: E402
from support import (  # noqa: E402
    PG_SERVER,
    create_pg_database,
    drop_pg_database,
    percentile,
    seed_for_benchmark,
)

from agent_desktop.services.database import open_database  # noqa: E402
from agent_desktop.services.session import sign_in  # noqa: E402
from agent_desktop.sync.desktop import Synced  # noqa: E402
from agent_desktop.sync.replica import Replica, Scope  # noqa: E402
from agent_desktop.ui.main_window import MainWindow  # noqa: E402
from agent_desktop.ui.ops import Ops  # noqa: E402
from agent_desktop.ui.sync_controller import SyncController  # noqa: E402

USER = "jwalker"
HOUR_MS = 3_600_000  # the safety-net timer: every pull here comes through NOTIFY


CHURN = r"""
import sys, time
from sqlalchemy import create_engine, text
url, per_second = sys.argv[1], float(sys.argv[2])
engine = create_engine(url)
with engine.connect() as conn:
    ids = [r[0] for r in conn.execute(text(
        "SELECT c.id FROM customers c, staff s WHERE s.username = :u "
        "AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.customer_id = c.id "
        "AND w.status = 'open' AND (w.assignee_id = s.id OR w.team_id = s.team_id)) "
        "AND NOT EXISTS (SELECT 1 FROM restrictions r WHERE r.customer_id = c.id "
        "AND r.lifted_at IS NULL) ORDER BY c.id LIMIT 500"), {"u": sys.argv[3]})]
    started, made = time.monotonic(), 0
    while True:
        conn.execute(text("UPDATE customers SET address = :a WHERE id = :c"),
                     {"a": f"churn {made}", "c": ids[made % len(ids)]})
        conn.commit()
        made += 1
        time.sleep(max(0.0, started + made / per_second - time.monotonic()))
"""


def measure(url: str, folder: str, samples: int, churn: float) -> list[float]:
    central = open_database(url)
    replica_db = open_database(f"sqlite:///{folder}/replica.sqlite3")
    me = sign_in(central, USER)
    desktop = Synced(
        central, replica_db, Replica(replica_db.engine, scope=Scope(me.id, me.team_id))
    )
    started = time.perf_counter()
    desktop.sync()  # the first copy
    print(f"first copy {time.perf_counter() - started:.1f} s", file=sys.stderr)
    controller = SyncController(desktop, None, interval_ms=HOUR_MS)
    window = MainWindow(desktop, sign_in(desktop.reads, USER), Ops())
    window.attach_sync(controller)
    window.load()
    window.show()
    controller.start()
    model = window.queue.model
    churner = None
    try:
        deadline = time.monotonic() + 60
        while model.rowCount() == 0 and time.monotonic() < deadline:
            spin(0.1)
        spin(2)

        def shown() -> list[str]:
            return [str(model.index(r, 3).data()) for r in range(min(model.rowCount(), 40))]

        refs = list(
            dict.fromkeys(m.group(1) for s in shown() if (m := re.search(r"\((C-\d+)\)", s)))
        )
        if churn:
            churner = subprocess.Popen([sys.executable, "-c", CHURN, url, str(churn), USER])
            spin(3)
        times = []
        for n in range(samples):
            ref = refs[n % len(refs)]
            name = f"On Screen {n} {time.time_ns() % 10**6}"
            with central.engine.begin() as conn:
                conn.execute(
                    text("UPDATE customers SET name = :n WHERE ref = :r"), {"n": name, "r": ref}
                )
            committed = time.monotonic()
            while not any(name in s for s in shown()):
                spin(0.002)
                if time.monotonic() - committed > 10:
                    raise RuntimeError(f"{ref}'s new name never reached the queue")
            times.append((time.monotonic() - committed) * 1000)
            spin(0.3 + (n % 7) * 0.031)  # after this one's pull; at no fixed phase to the churn
        return times
    finally:
        if churner is not None:
            churner.terminate()
            churner.wait(10)
        controller.stop()
        window.close()
        desktop.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an already seeded PostgreSQL database (names are changed)")
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--churn", type=float, default=0, help="out-of-scope changes a second")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name = None
    url = args.url
    if url is None:
        name = create_pg_database("ad_bench_screen")
        url = f"{PG_SERVER}/{name}"
        db = open_database(url)
        seed_for_benchmark(db, args.customers)
        db.dispose()
    try:
        with tempfile.TemporaryDirectory(prefix="ad-bench-screen-") as folder:
            load = os.getloadavg()[0]
            times = measure(url, folder, args.samples, args.churn)
    finally:
        if name is not None:
            drop_pg_database(name)
    print(
        f"\nIn-scope change → on the queue, {USER}, {args.churn:g} out-of-scope changes a "
        f"second meanwhile, {os.cpu_count()} cores, load {load:.2f}\n"
        f"| samples | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n"
        f"| {len(times)} | {percentile(times, 50):.0f} | {percentile(times, 95):.0f} | "
        f"{max(times):.0f} |"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
