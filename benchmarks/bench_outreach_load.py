"""Outreach under load: latency, lock hold time, round trips and client CPU, app against floor.

    python benchmarks/bench_outreach_load.py [--customers 20000] [--agents 50] [--seconds 40]

Seeds a fresh PostgreSQL database (created and dropped here) and gives every seeded agent a
PostgreSQL login of their own (`grant_login`), so every contact below, the application's and
the floor's alike, passes the database's own check of the contact rules (the BEFORE INSERT
trigger on contact_events, under the customer's row lock).

The floor is the least any client can do on such a login: BEGIN, `SELECT ... FOR UPDATE` of
the customer, one INSERT of the contact (which the trigger checks), COMMIT, on a bare psycopg
connection. The application is `record_outreach` as the desktop calls it (with a client-made
contact id, as `gateway` sends), on an email the rules allow.

(a) one agent, app and floor interleaved; (b) `--agents` processes, each with its own engine
or connection, each making one outreach a second to customers of its own, app then floor;
(c) the same processes all on ONE customer: how long the row lock is held (from the locking
SELECT returning to COMMIT returning); (d) round trips (statements, BEGINs, COMMITs and the
pool's pre-ping) and client CPU (process_time) per outreach.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import event, text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parent))
from support import (  # noqa: E402
    PG_SERVER,
    _admin,
    create_pg_database,
    drop_pg_database,
    percentile,
    seed_for_benchmark,
)

from agent_desktop.domain.values import Channel  # noqa: E402
from agent_desktop.services.database import open_database  # noqa: E402
from agent_desktop.services.outreach import Outreach, record_outreach  # noqa: E402
from agent_desktop.store.roles import grant_login  # noqa: E402

SUMMARY = "Benchmark"
LOCK_SQL = "SELECT id FROM customers WHERE ref = %s FOR UPDATE"
INSERT_SQL = (
    "INSERT INTO contact_events (id, customer_id, channel, direction, purpose, recipient, "
    "staff_id, at, summary, recorded_at) "
    "VALUES (%s, %s, 'email', 'outbound', 'proactive', 'customer', %s, now(), %s, now())"
)


def loadavg() -> str:
    return Path("/proc/loadavg").read_text().strip()


def login_url(login: str, name: str) -> str:
    return f"{PG_SERVER.replace('postgres@', f'{login}@')}/{name}"


# --- one outreach, either way ----------------------------------------------------------------


class AppSide:
    """`record_outreach` on a login's own engine, with the lock instant and counters."""

    def __init__(self, url: str):
        self.db = open_database(url, migrate=False)
        self.locked_at = self.committed_at = 0.0
        self.statements = self.begins = self.commits = self.pings = 0
        engine = self.db.engine

        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn, cursor, statement, params, context, many):
            self.statements += 1

        @event.listens_for(engine, "after_cursor_execute")
        def _after(conn, cursor, statement, params, context, many):
            if "FOR UPDATE" in statement:
                self.locked_at = time.perf_counter()

        @event.listens_for(engine, "begin")
        def _begin(conn):
            self.begins += 1  # psycopg sends BEGIN before the transaction's first statement

        @event.listens_for(engine, "commit")
        def _commit(conn):
            self.commits += 1

        @event.listens_for(engine.pool, "checkout")
        def _checkout(*_):
            self.pings += 1 if engine.pool._pre_ping else 0

        event.listen(Session, "after_commit", self._after_commit)

    def _after_commit(self, session):
        self.committed_at = time.perf_counter()

    def round_trips(self) -> int:
        return self.statements + self.begins + self.commits + self.pings

    def outreach(self, ref: str, username: str) -> tuple[float, float, bool]:
        """(latency ms, lock hold ms, recorded)"""
        self.locked_at = self.committed_at = 0.0
        started = time.perf_counter()
        result = record_outreach(
            self.db,
            Outreach(ref, username, Channel.EMAIL, summary=SUMMARY, contact_id=uuid.uuid4()),
        )
        ended = time.perf_counter()
        held = (self.committed_at - self.locked_at) * 1000 if self.locked_at else 0.0
        return (ended - started) * 1000, held, result.recorded

    def close(self) -> None:
        event.remove(Session, "after_commit", self._after_commit)
        self.db.dispose()


class FloorSide:
    """The least a client can do: lock, insert (the trigger checks it), commit."""

    def __init__(self, url: str, staff_id: uuid.UUID):
        import psycopg

        self.conn = psycopg.connect(url.replace("postgresql+psycopg", "postgresql"))
        self.cursor = self.conn.cursor()
        self.staff_id = staff_id
        self.statements = 0
        self.refused = psycopg.errors.CheckViolation

    def round_trips(self) -> int:
        return self.statements

    def outreach(self, ref: str, _username: str) -> tuple[float, float, bool]:
        started = time.perf_counter()
        self.statements += 4
        self.cursor.execute(LOCK_SQL, (ref,))  # BEGIN goes first, as its own round trip
        customer = self.cursor.fetchone()[0]
        locked = time.perf_counter()
        try:
            self.cursor.execute(INSERT_SQL, (uuid.uuid4(), customer, self.staff_id, SUMMARY))
        except self.refused:  # the database's check refused it
            self.conn.rollback()
            return (time.perf_counter() - started) * 1000, 0.0, False
        self.conn.commit()
        ended = time.perf_counter()
        return (ended - started) * 1000, (ended - locked) * 1000, True

    def close(self) -> None:
        self.conn.close()


def make_side(kind: str, url: str, staff_id: uuid.UUID):
    return AppSide(url) if kind == "app" else FloorSide(url, staff_id)


# --- many agents ---------------------------------------------------------------------------------


def _agent(kind, url, username, staff_id, refs, seconds, start_at, results):
    """One agent's process: one outreach a second (at a random phase) until `seconds` pass."""
    out = []
    side = None
    try:
        side = make_side(kind, url, staff_id)
        rng = random.Random(os.getpid())
        side.outreach(refs[0], username)  # a first connection, not timed
        phase = rng.random()
        tick = 0
        while True:
            due = start_at + phase + tick
            if due > start_at + seconds:
                break
            pause = due - time.time()
            if pause > 0:
                time.sleep(pause)
            ref = refs[(tick + 1) % len(refs)]
            out.append(side.outreach(ref, username))
            tick += 1
    except Exception as exc:
        print(f"agent {username} ({kind}) failed: {exc!r}", file=sys.stderr, flush=True)
    finally:
        if side is not None:
            side.close()
        results.put(out)


def many(kind, agents, seconds, customer_refs, one_customer: str | None) -> list[tuple]:
    ctx = mp.get_context("fork")
    results = ctx.Queue()
    start_at = time.time() + 3 + len(agents) * 0.05
    procs = []
    for i, (url, username, staff_id) in enumerate(agents):
        refs = [one_customer] * (seconds + 2) if one_customer else customer_refs[i]
        procs.append(
            ctx.Process(
                target=_agent,
                args=(kind, url, username, staff_id, refs, seconds, start_at, results),
            )
        )
    for p in procs:
        p.start()
    collected = []
    for _ in procs:
        collected.extend(results.get())
    for p in procs:
        p.join()
    return collected


# --- the run ----------------------------------------------------------------------------------------


def row(label: str, values: list[float], floor: list[float] | None = None) -> str:
    if not values:
        return f"{label:<34}{0:>6}"
    figures = [percentile(values, q) for q in (50, 95, 99)]
    line = f"{label:<34}{len(values):>6}" + "".join(f"{v:>9.2f}" for v in figures)
    if floor:
        line += "".join(
            f"{v / percentile(floor, q):>8.2f}x" for v, q in zip(figures, (50, 95, 99), strict=True)
        )
    return line


def plain_customers(owner, staff_id) -> list[str]:
    """Customers to whom an email now is allowed: no restriction, no block."""
    with owner.engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT c.ref FROM customers c WHERE NOT EXISTS "
                    "(SELECT 1 FROM restrictions r WHERE r.customer_id = c.id) AND NOT EXISTS "
                    "(SELECT 1 FROM outreach_blocks(c.id, :s, 'email', 'proactive', 'customer', "
                    "now())) ORDER BY random()"
                ),
                {"s": staff_id},
            ).scalars()
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--one-seconds", type=int, default=20)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    name = create_pg_database("outload")
    logins: list[str] = []
    owner = None
    try:
        owner = open_database(f"{PG_SERVER}/{name}")
        seed_for_benchmark(owner, args.customers)
        with owner.engine.connect() as conn:
            staff = conn.execute(
                text("SELECT username, id FROM staff WHERE roles ? 'agent' AND active")
            ).all()
            lone = conn.execute(
                text(
                    "SELECT c.ref FROM customers c WHERE NOT EXISTS (SELECT 1 FROM restrictions r "
                    "WHERE r.customer_id = c.id) AND NOT EXISTS (SELECT 1 FROM "
                    "contact_preferences p WHERE p.customer_id = c.id) LIMIT 1"
                )
            ).scalar_one()
        accounts = []
        for username, staff_id in staff:
            login = f"outload_{uuid.uuid4().hex[:10]}"
            grant_login(owner.engine, username, ["agent"], login_name=login)
            logins.append(login)
            accounts.append((login_url(login, name), username, staff_id))
        refs = plain_customers(owner, staff[0][1])
        print(f"{len(refs)} customers an email may go to now; {len(accounts)} agent logins")
        warm = 20
        per_run = args.samples + warm + args.agents * (args.seconds + 2)
        if len(refs) < 2 * per_run:
            raise SystemExit(f"too few customers for the runs ({len(refs)} < {2 * per_run})")
        pools = {"app": refs[:per_run], "floor": refs[per_run : 2 * per_run]}
        report = [f"load average at start: {loadavg()}"]

        # (a) one agent, interleaved, with (d) round trips and CPU
        url, username, staff_id = accounts[0]
        sides = {k: make_side(k, url, staff_id) for k in ("app", "floor")}
        single = {"app": [], "floor": []}
        cpu = {"app": 0.0, "floor": 0.0}
        trips = {"app": 0, "floor": 0}
        for k in sides:  # warm-up: first connection, statement caches
            for ref in pools[k][args.samples : args.samples + warm]:
                sides[k].outreach(ref, username)
        for i in range(args.samples):
            for k in ("app", "floor") if i % 2 == 0 else ("floor", "app"):
                side = sides[k]
                before, cpu_before = side.round_trips(), time.process_time()
                latency, _held, recorded = side.outreach(pools[k][i], username)
                cpu[k] += time.process_time() - cpu_before
                trips[k] += side.round_trips() - before
                if recorded:
                    single[k].append(latency)
        for side in sides.values():
            side.close()

        # (b) many agents on customers of their own
        loaded = {}
        for k in ("app", "floor"):
            rest = pools[k][args.samples + warm :]
            share = [
                rest[i * (args.seconds + 2) : (i + 1) * (args.seconds + 2)]
                for i in range(args.agents)
            ]
            agents = [accounts[i % len(accounts)] for i in range(args.agents)]
            loaded[k] = many(k, agents, args.seconds, share, None)
            report.append(f"load average after (b) {k}: {loadavg()}")

        # (c) many agents on one customer
        crowded = {}
        for k in ("app", "floor"):
            agents = [accounts[i % len(accounts)] for i in range(args.agents)]
            crowded[k] = many(k, agents, args.one_seconds, [], lone)
            report.append(f"load average after (c) {k}: {loadavg()}")

        print("\nOutreach on PostgreSQL, every contact checked by the database (staff logins), ms")
        print(f"{'':<34}{'n':>6}{'p50':>9}{'p95':>9}{'p99':>9}{'x p50':>9}{'x p95':>9}{'x p99':>9}")
        print(row("(a) one agent: floor", single["floor"]))
        print(row("(a) one agent: app", single["app"], single["floor"]))
        for k, label in (("floor", "floor"), ("app", "app")):
            values = [lat for lat, _, ok in loaded[k] if ok]
            refused = sum(1 for *_, ok in loaded[k] if not ok)
            floor = [lat for lat, _, ok in loaded["floor"] if ok] if k == "app" else None
            print(row(f"(b) {args.agents} agents x 1/s: {label}", values, floor))
            if refused:
                print(f"    ({refused} refused by the rules, not counted)")
        for k in ("floor", "app"):
            floor = [held for _, held, _ in crowded["floor"]] if k == "app" else None
            print(row(f"(c) one customer, lock held: {k}", [h for _, h, _ in crowded[k]], floor))
        for k in ("floor", "app"):
            floor = [lat for lat, _, _ in crowded["floor"]] if k == "app" else None
            print(row(f"(c) one customer, latency: {k}", [lat for lat, _, _ in crowded[k]], floor))
        n = args.samples
        print(
            f"\n(d) per outreach: app {trips['app'] / n:.1f} round trips, "
            f"{cpu['app'] / n * 1000:.2f} ms client CPU; floor {trips['floor'] / n:.1f} round "
            f"trips, {cpu['floor'] / n * 1000:.2f} ms client CPU"
        )
        print("\n".join(report))
        print(f"load average at end: {loadavg()}")
    finally:
        if owner is not None:
            owner.dispose()
        drop_pg_database(name)
        admin = _admin()
        with admin.connect() as conn:
            for login in logins:
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


if __name__ == "__main__":
    main()
