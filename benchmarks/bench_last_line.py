"""What the central database's own check of the contact rules costs each outreach.

    python benchmarks/bench_last_line.py [--customers 20000] [--samples 300]

Seeds a fresh PostgreSQL database, gives one agent their own login (`grant_login`), and times
`record_outreach` through the services two ways, interleaved so a busy machine slows both
alike: as the schema's owner (trusted: the database's trigger checks nothing) and as the
agent's own login (the trigger runs `outreach_blocks` under the customer's row lock and
writes the login's own staff id). Also times `outreach_blocks` alone. Only attempts the rules
allow are counted (a refused attempt never reaches the trigger).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from support import (
    PG_SERVER,
    _admin,
    create_pg_database,
    drop_pg_database,
    percentile,
    seed_for_benchmark,
)  # noqa: E402

from agent_desktop.domain.values import Channel  # noqa: E402
from agent_desktop.services.database import open_database  # noqa: E402
from agent_desktop.services.outreach import Outreach, record_outreach  # noqa: E402
from agent_desktop.store.roles import grant_login  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    name = create_pg_database("ad_bench_last_line")
    login = f"ad_bench_{uuid.uuid4().hex[:8]}"
    owner = agent = None
    try:
        owner = open_database(f"{PG_SERVER}/{name}")
        seed_for_benchmark(owner, args.customers)
        with owner.engine.connect() as conn:
            username = conn.execute(
                text("SELECT username FROM staff WHERE roles ? 'agent' AND active LIMIT 1")
            ).scalar_one()
            refs = list(conn.execute(text("SELECT ref FROM customers")).scalars())
        grant_login(owner.engine, username, ["agent"], login_name=login)
        agent = open_database(f"{PG_SERVER.replace('postgres@', f'{login}@')}/{name}")
        rng = random.Random(2026)
        timings: dict[str, list[float]] = {"owner (trusted)": [], "agent's own login": []}
        attempts = 0
        while min(len(v) for v in timings.values()) < args.samples and attempts < 50 * args.samples:
            for label, db in (("owner (trusted)", owner), ("agent's own login", agent)):
                attempts += 1
                outreach = Outreach(rng.choice(refs), username, Channel.EMAIL, summary="Update")
                started = time.perf_counter()
                result = record_outreach(db, outreach)
                elapsed = (time.perf_counter() - started) * 1000
                if result.recorded:
                    timings[label].append(elapsed)
        with owner.engine.connect() as conn:
            ids = list(conn.execute(text("SELECT id FROM customers LIMIT 2000")).scalars())
            staff = conn.execute(
                text("SELECT id FROM staff WHERE username = :u"), {"u": username}
            ).scalar_one()
            alone = []
            for customer in rng.sample(ids, min(len(ids), args.samples)):
                started = time.perf_counter()
                conn.execute(
                    text(
                        "SELECT count(*) FROM outreach_blocks(:c, :s, 'phone', 'proactive', "
                        "'customer', now())"
                    ),
                    {"c": customer, "s": staff},
                ).scalar_one()
                alone.append((time.perf_counter() - started) * 1000)
        print(f"\nrecord_outreach on PostgreSQL, {args.customers} customers (ms)")
        print(f"{'writer':<22}{'n':>6}{'p50':>9}{'p95':>9}{'p99':>9}")
        for label, values in timings.items():
            print(
                f"{label:<22}{len(values):>6}{percentile(values, 50):>9.2f}"
                f"{percentile(values, 95):>9.2f}{percentile(values, 99):>9.2f}"
            )
        print(
            f"{'outreach_blocks alone':<22}{len(alone):>6}{percentile(alone, 50):>9.2f}"
            f"{percentile(alone, 95):>9.2f}{percentile(alone, 99):>9.2f}"
        )
        extra = percentile(timings["agent's own login"], 50) - percentile(
            timings["owner (trusted)"], 50
        )
        print(f"\nthe database's own check adds {extra:.2f} ms at p50")
    finally:
        for db in (agent, owner):
            if db is not None:
                db.dispose()
        drop_pg_database(name)  # and with it the login's CONNECT, its only grant
        admin = _admin()
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


if __name__ == "__main__":
    main()
