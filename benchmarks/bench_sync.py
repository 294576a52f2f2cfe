"""Desktop sync at scale: another desktop's change, snapshots, bulk changes, an idle desktop.

    python benchmarks/bench_sync.py [--customers 20000] [--samples 100] [--idle-seconds 60]
    python benchmarks/bench_sync.py --window-load [--customers 100000] [--per-second 3]

Creates a PostgreSQL database (dropped at the end), seeds --customers into it and gives two
agents of one team (sclarke and jwalker, Casework North) a desktop each: a `Synced` with its
own SQLite replica in a temporary folder. Desktop A is a subprocess; desktop B runs here with
a real `SyncController` (NOTIFY listener, 30 s timer, one pull at a time on its own thread) in
a Qt event loop. Times are `time.monotonic()`, one clock for every process on Linux.

Rows:
- change visible on another desktop: A logs an inbound call (`Synced.log_inbound`) for a
  customer B holds, until B's `sig_changed` handler finds the contact in B's replica; from A's
  commit, and from A's call returning (it pulls A's own replica after committing, so B may be
  done first). Split into commit → B's pull starts (NOTIFY, listener thread, GUI queue,
  worker), B's `Synced.sync`, and its end → the handler on the GUI thread;
- first snapshot: `Replica.pull` on an empty replica, scoped to B and unscoped; rows copied
  (shared tables included), and the file after a WAL checkpoint;
- 10,000 changes: contact_events inserted centrally for customers B holds, 100 to a
  transaction, then one `Replica.pull` each for B's replica and the unscoped one; "rows
  added" is counted in the replica, so each change was really applied;
- idle desktop: B's controller with nothing changing centrally, this process's CPU time over
  --idle-seconds (A has ended); and, once app.py builds a `Synced`, the real window signed in
  as B in its own process (offscreen, its own data folder), from /proc after its start-up.

With --window-load, only this: the real window signed in as B (its own process, offscreen)
once its replica is made and its queue shown, its CPU from /proc idle over --idle-seconds,
then while this process changes customers B does not hold (no open work of B's or B's team,
no restriction: out of B's scope) --per-second times a second, each change a transaction of
its own, over --load-seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QProcess  # noqa: E402
from qt_support import spin, wait_for  # noqa: E402
from sqlalchemy import Engine, insert, select, text  # noqa: E402
from support import (  # noqa: E402
    PG_SERVER,
    create_pg_database,
    drop_pg_database,
    percentile,
    seed_for_benchmark,
)

import agent_desktop  # noqa: E402
from agent_desktop.services.database import Database, open_database  # noqa: E402
from agent_desktop.services.session import sign_in  # noqa: E402
from agent_desktop.store.schema import ContactEvent, Customer  # noqa: E402
from agent_desktop.store.types import utcnow  # noqa: E402
from agent_desktop.sync.desktop import Synced  # noqa: E402
from agent_desktop.sync.replica import Replica, Scope  # noqa: E402
from agent_desktop.ui.sync_controller import SyncController  # noqa: E402

USER_A, USER_B = "sclarke", "jwalker"  # both Casework North
CHANGES, PER_TRANSACTION, WARM_UP = 10_000, 100, 5
WINDOW_START_S = 10
TIMEOUT_MS = 60_000

# Desktop A: one inbound call per "ref contact-id" line; prints ok, started, committed, returned.
WRITER = r"""
import sys, time, uuid
from sqlalchemy import event
from sqlalchemy.orm import Session
from agent_desktop.domain.values import Channel
from agent_desktop.services.database import open_database
from agent_desktop.services.outreach import InboundContact
from agent_desktop.services.session import sign_in
from agent_desktop.sync.desktop import Synced
from agent_desktop.sync.replica import Replica, Scope
url, path, user = sys.argv[1:4]
central, replica_db = open_database(url), open_database(f"sqlite:///{path}")
me = sign_in(central, user)
desktop = Synced(central, replica_db, Replica(replica_db.engine, scope=Scope(me.id, me.team_id)))
desktop.sync()
commits = [0.0]
event.listen(Session, "after_commit",
             lambda s: s.bind.engine is central.engine and commits.append(time.monotonic()))
print("ready", flush=True)
for line in sys.stdin:
    ref, contact_id = line.split()
    started = time.monotonic()
    result = desktop.log_inbound(InboundContact(ref, Channel.PHONE, user, summary="bench",
                                                contact_id=uuid.UUID(contact_id)))
    ok = getattr(result, "contact", None) is not None
    print(f"{ok:d} {started:.9f} {commits[-1]:.9f} {time.monotonic():.9f}", flush=True)
desktop.dispose()
"""


class TimedSynced(Synced):
    """B's desktop, noting when each pull started and ended, to split the latency."""

    def __init__(self, *args):
        super().__init__(*args)
        self.pulls: list[tuple[float, float, int]] = []

    def sync(self):
        started = time.monotonic()
        applied = super().sync()
        self.pulls.append((started, time.monotonic(), applied))
        return applied


def count(engine: Engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def snapshot(
    central: Engine, path: Path, scope: Scope | None, label: str
) -> tuple[Database, Replica, str]:
    """A new replica and its first pull, timed."""
    db = open_database(f"sqlite:///{path}")
    replica = Replica(db.engine, scope=scope)
    started = time.perf_counter()
    rows = replica.pull(central)
    seconds = time.perf_counter() - started
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    mb = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 1e6
    return (
        db,
        replica,
        (
            f"| {label} | {count(db.engine, 'SELECT count(*) FROM customers'):,} | "
            f"{rows:,} | {seconds:.2f} | {rows / seconds:,.0f} | {mb:.1f} |"
        ),
    )


class Writer:
    """Desktop A in its own process, logging inbound calls as its agent would."""

    def __init__(self, url: str, path: Path):
        self.lines: list[str] = []
        self._partial = b""
        self.process = QProcess()
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.start(sys.executable, ["-c", WRITER, url, str(path), USER_A])
        wait_for(lambda: bool(self.lines), self.process.readyReadStandardOutput)

    def _read(self) -> None:
        self._partial += bytes(self.process.readAllStandardOutput().data())
        *done, self._partial = self._partial.split(b"\n")
        self.lines.extend(line.decode() for line in done)

    def close(self) -> None:
        self.process.closeWriteChannel()
        self.process.waitForFinished(TIMEOUT_MS)


def measure_latency(
    writer: Writer, b: TimedSynced, controller: SyncController, refs: list[str]
) -> tuple[list[str], int]:
    """The table's rows, and how many changes the first pull after their commit missed."""
    seen: dict[uuid.UUID, float] = {}
    pending: list[uuid.UUID] = []

    def on_changed(_applied: int) -> None:
        at = time.monotonic()
        if pending and pending[-1] not in seen:
            with b.replica_db.engine.connect() as conn:
                if (
                    conn.execute(
                        select(ContactEvent.id).where(ContactEvent.id == pending[-1])
                    ).first()
                    is not None
                ):
                    seen[pending[-1]] = at

    series: dict[str, list[float]] = {
        name: []
        for name in (
            "A commit → B's replica has it",
            "A's call returned → B's replica has it",
            "A's log_inbound call",
            "… commit → B's pull starts",
            "… B's pull (Synced.sync)",
            "… B's pull ends → sig_changed handled",
        )
    }
    missed = 0
    controller.sig_changed.connect(on_changed)
    for i, ref in enumerate(refs):
        pending.append(uuid.uuid4())
        before = len(writer.lines)
        writer.process.write(f"{ref} {pending[-1]}\n".encode())
        wait_for(
            lambda c=pending[-1], n=before: c in seen and len(writer.lines) > n,
            controller.sig_changed,
            writer.process.readyReadStandardOutput,
        )
        ok, started, committed, returned = (float(v) for v in writer.lines[before].split())
        if not ok:
            raise RuntimeError(f"desktop A did not record the call for {ref}")
        if i < WARM_UP:
            continue
        at = seen[pending[-1]]
        pull_start, pull_end, _ = [p for p in b.pulls if p[2] and p[1] <= at][-1]
        missed += any(committed < p[0] < pull_start for p in b.pulls)
        for name, value in zip(
            series,
            (
                at - committed,
                at - returned,
                returned - started,
                pull_start - committed,
                pull_end - pull_start,
                at - pull_end,
            ),
            strict=True,
        ):
            series[name].append(value * 1000)
    controller.sig_changed.disconnect(on_changed)
    return [
        f"| {name} | {len(v)} | {percentile(v, 50):.1f} | {percentile(v, 95):.1f} | {max(v):.1f} |"
        for name, v in series.items()
    ], missed


def start_window(url: str, folder: Path) -> subprocess.Popen | None:
    """The real window signed in as B, offscreen; None while app.py builds no Synced."""
    if "Synced" not in (Path(agent_desktop.__file__).parent / "app.py").read_text("utf-8"):
        return None
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        **{f"AGENT_DESKTOP_{k}_DIR": str(folder / k.lower()) for k in ("DATA", "CONFIG", "LOG")},
    )
    with (folder / "window.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "agent_desktop", "--database", url, "--user", USER_B],
            env=env,
            stderr=log,
        )


def window_cpu(window: subprocess.Popen) -> float:
    """utime + stime of every thread of the window process, in seconds."""
    fields = Path(f"/proc/{window.pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure_idle(
    controller: SyncController, seconds: float, window: subprocess.Popen | None
) -> list[str]:
    spin(WINDOW_START_S if window else 2)  # the window starts; B's last pull settles
    pulls, cpu, usage, wall = (
        controller.pulls,
        time.process_time(),
        resource.getrusage(resource.RUSAGE_SELF),
        time.monotonic(),
    )
    window_before = window_cpu(window) if window else 0.0
    spin(seconds)
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_SELF)
    rows = [
        ("B's process, time.process_time()", cpu),
        (
            "B's process, getrusage user+sys",
            after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime,
        ),
    ]
    if window is not None and window.poll() is None:
        rows.append(
            (
                f"whole window process, /proc (start-up: {window_before:.2f} s CPU in "
                f"{WINDOW_START_S} s)",
                window_cpu(window) - window_before,
            )
        )
    out = [
        f"| {name} | {used * 60 / wall:.3f} s | {used / wall * 100:.2f} % |" for name, used in rows
    ]
    if window is None:
        out.append("| whole window process | not measured: app.py builds no `Synced` | |")
    elif window.poll() is not None:
        out.append(f"| whole window process | exited early ({window.returncode}) | |")
    switches = after.ru_nvcsw + after.ru_nivcsw - usage.ru_nvcsw - usage.ru_nivcsw
    return out + [
        f"| B's pulls | {(controller.pulls - pulls) * 60 / wall:.1f} | |",
        f"| B's context switches | {switches * 60 / wall:,.0f} | |",
    ]


def measure_changes(central: Engine, replicas: dict[str, Replica], customer_ids: list) -> list[str]:
    for replica in replicas.values():
        replica.pull(central)  # up to date first
    now = utcnow()
    for start in range(0, CHANGES, PER_TRANSACTION):
        with central.begin() as conn:
            conn.execute(
                insert(ContactEvent.__table__),
                [
                    {
                        "id": uuid.uuid4(),
                        "customer_id": customer_ids[i % len(customer_ids)],
                        "channel": "phone",
                        "direction": "inbound",
                        "at": now,
                        "summary": "bulk",
                    }
                    for i in range(start, start + PER_TRANSACTION)
                ],
            )
    out = []
    for label, replica in replicas.items():
        before = count(replica.engine, "SELECT count(*) FROM contact_events")
        started = time.perf_counter()
        applied = replica.pull(central)
        seconds = time.perf_counter() - started
        added = count(replica.engine, "SELECT count(*) FROM contact_events") - before
        out.append(
            f"| {label} | {applied:,} | {added:,} | {seconds * 1000:.0f} | "
            f"{applied / seconds:,.0f} |"
        )
    return out


def seeded(url: str, args) -> Database:
    """The central database, seeded with --customers unless it is --url's (seeded already)."""
    central = open_database(url)
    if args.url:
        return central
    seed_for_benchmark(central, args.customers)
    return central


def run(url: str, folder: Path, args) -> list[str]:
    central = seeded(url, args)
    user = sign_in(central, USER_B)
    b_db, replica_b, scoped = snapshot(
        central.engine, folder / "b.sqlite3", Scope(user.id, user.team_id), f"scoped to {USER_B}"
    )
    all_db, replica_all, unscoped = snapshot(
        central.engine, folder / "all.sqlite3", None, "unscoped"
    )
    b = TimedSynced(open_database(url), b_db, replica_b)
    with b_db.engine.connect() as conn:
        held = conn.execute(select(Customer.id, Customer.ref).order_by(Customer.ref)).all()
    wanted = WARM_UP + args.samples
    if len(held) < wanted:
        raise RuntimeError(f"{USER_B} holds only {len(held)} customers")
    print(f"{USER_B}'s replica holds {len(held):,} customers", file=sys.stderr)

    controller = SyncController(b, None, interval_ms=30_000)
    writer, window = Writer(url, folder / "a.sqlite3"), None
    try:
        controller.start()
        latency, missed = measure_latency(
            writer, b, controller, [ref for _id, ref in held[:: len(held) // wanted]][:wanted]
        )
        writer.close()
        print(f"idle for {args.idle_seconds:.0f} s", file=sys.stderr)
        window = start_window(url, folder)
        idle = measure_idle(controller, args.idle_seconds, window)
    finally:
        writer.close()
        if window is not None and window.poll() is not None:
            print((folder / "window.log").read_text("utf-8", "replace")[-3000:], file=sys.stderr)
        elif window is not None:
            window.terminate()
            window.wait(TIMEOUT_MS / 1000)
        controller.stop()
    changes = measure_changes(
        central.engine,
        {f"scoped to {USER_B}": replica_b, "unscoped": replica_all},
        [i for i, _r in held],
    )
    total = count(central.engine, "SELECT count(*) FROM customers")
    for db in (b, all_db, central):
        db.dispose()
    return [
        f"\nDesktop sync, PostgreSQL central, {total:,} customers, {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}\n",
        f"Change visible on another desktop: A = {USER_A}, B = {USER_B} (ms, after {WARM_UP} "
        "warm-up)\n",
        "| measure | samples | p50 | p95 | max |",
        "|---|---|---|---|---|",
        *latency,
        f"\n{missed} of {args.samples} changes were missed by the first pull after their "
        "commit (an older transaction, anywhere on the server, still open) and came later.",
        "\nFirst snapshot\n",
        "| replica | customers held | rows | s | rows/s | file MB |",
        "|---|---|---|---|---|---|",
        scoped,
        unscoped,
        f"\n{CHANGES:,} central changes (inbound contacts of {USER_B}'s customers, "
        f"{PER_TRANSACTION} to a transaction), one pull\n",
        "| replica | changes | rows added | ms | changes/s |",
        "|---|---|---|---|---|",
        *changes,
        f"\nIdle desktop over {args.idle_seconds:.0f} s: SyncController listening, 30 s timer\n",
        "| measure | per minute | of one core |",
        "|---|---|---|",
        *idle,
    ]


def out_of_scope(central: Engine, username: str, limit: int) -> list:
    """Customers no desktop of `username`'s would hold: no open work of theirs or their
    team's, no restriction in force."""
    with central.connect() as conn:
        return list(
            conn.execute(
                text(
                    """
                    SELECT c.id FROM customers c, staff s WHERE s.username = :u
                    AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.customer_id = c.id
                        AND w.status = 'open'
                        AND (w.assignee_id = s.id OR w.team_id = s.team_id))
                    AND NOT EXISTS (SELECT 1 FROM restrictions r WHERE r.customer_id = c.id
                        AND r.lifted_at IS NULL)
                    ORDER BY c.id LIMIT :n
                    """
                ),
                {"u": username, "n": limit},
            ).scalars()
        )


def settled(window: subprocess.Popen, timeout_s: float = 600) -> float:
    """Wait until the window uses under 2 % of a core over 3 s (its replica made, its queue
    shown); the seconds that took."""
    started = time.monotonic()
    last = window_cpu(window)
    while time.monotonic() - started < timeout_s:
        time.sleep(3)
        if window.poll() is not None:
            raise RuntimeError(f"the window exited ({window.returncode})")
        now = window_cpu(window)
        if now - last < 0.06:
            return time.monotonic() - started
        last = now
    raise RuntimeError("the window never settled")


def run_window_load(url: str, folder: Path, args) -> list[str]:
    central = seeded(url, args)
    targets = out_of_scope(central.engine, USER_B, 1000)
    window = start_window(url, folder)
    if window is None:
        raise RuntimeError("app.py builds no Synced")
    try:
        took = settled(window)
        print(f"window settled after {took:.0f} s", file=sys.stderr)
        rows = []
        cpu, wall = window_cpu(window), time.monotonic()
        time.sleep(args.idle_seconds)
        idle = (window_cpu(window) - cpu) / (time.monotonic() - wall)
        rows.append(f"| idle, {args.idle_seconds:.0f} s | {idle * 100:.2f} % |")
        load_before = os.getloadavg()[0]
        cpu, wall = window_cpu(window), time.monotonic()
        made, period = 0, 1 / args.per_second
        with central.engine.connect() as conn:
            while time.monotonic() - wall < args.load_seconds:
                conn.execute(
                    text("UPDATE customers SET address = :a WHERE id = :c"),
                    {"a": f"bench {made}", "c": targets[made % len(targets)]},
                )
                conn.commit()
                made += 1
                time.sleep(max(0.0, wall + made * period - time.monotonic()))
        time.sleep(1)  # the last pull and what it set off
        busy = (window_cpu(window) - cpu) / (time.monotonic() - wall)
        rows.append(
            f"| {made / args.load_seconds:.1f} out-of-scope changes a second, "
            f"{args.load_seconds:.0f} s | {busy * 100:.2f} % |"
        )
        load = f"{load_before:.2f} → {os.getloadavg()[0]:.2f}"
    finally:
        if window.poll() is None:
            window.terminate()
            window.wait(TIMEOUT_MS / 1000)
        else:
            print((folder / "window.log").read_text("utf-8", "replace")[-3000:], file=sys.stderr)
    total = count(central.engine, "SELECT count(*) FROM customers")
    central.dispose()
    return [
        f"\nThe window's CPU, signed in as {USER_B}, PostgreSQL central, {total:,} customers, "
        f"{os.cpu_count()} cores, load average {load}, Python {sys.version.split()[0]}\n",
        "| window | of one core |",
        "|---|---|",
        *rows,
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--idle-seconds", type=float, default=60)
    parser.add_argument("--window-load", action="store_true")
    parser.add_argument("--per-second", type=float, default=3)
    parser.add_argument("--load-seconds", type=float, default=30)
    parser.add_argument(
        "--url",
        help="an already seeded PostgreSQL database to use (not dropped; --customers unused)",
    )
    args = parser.parse_args(argv)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    name = None if args.url else create_pg_database("ad_bench_sync")
    try:
        with tempfile.TemporaryDirectory(prefix="ad-bench-sync-") as folder:
            measure = run_window_load if args.window_load else run
            lines = measure(args.url or f"{PG_SERVER}/{name}", Path(folder), args)
    finally:
        if name is not None:
            drop_pg_database(name)
    print("\n".join(lines))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
