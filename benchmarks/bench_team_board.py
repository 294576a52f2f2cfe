"""The team board: reading a team's board, and one reassignment, at a given scale.

    python benchmarks/bench_team_board.py [--customers 20000] [--items 0] [--members 0]
                                          [--runs 20] [--postgres | --url URL]

Seeds a SQLite file in a temporary folder (with --postgres, a PostgreSQL database created and
dropped here; with --url, an existing database, kept) with --customers realistic customers,
gives the team leader's team (groberts) --members agents at least, tops its open work up to
--items when that is more than the seed made (spread from ten days overdue to twenty days
ahead, a third unassigned), and prints p50/p95 for `team_board` (members' counts, unassigned
ids, at-risk ids with working time left), for one assignment through the gateway, and for the
board read again after it, as the screen does: only the changed customer's items.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from support import (
    PG_SERVER,
    create_pg_database,
    drop_pg_database,
    fresh_statistics,
    percentile,
    seed_for_benchmark,
)

from agent_desktop.services.database import open_database
from agent_desktop.services.gateway import Local
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import Customer, Staff, WorkItem

LEADER = "groberts"


def add_members(db, team_id: uuid.UUID, members: int) -> None:
    """Agents added to the team until it has `members` active members (bench-agent-N)."""
    with db.unit(write=True) as uow:
        s = uow.session
        have = s.execute(
            select(func.count())
            .select_from(Staff)
            .where(Staff.team_id == team_id, Staff.active.is_(True))
        ).scalar_one()
        for n in range(have, members):
            s.add(
                Staff(
                    username=f"bench-agent-{n}",
                    name=f"Bench Agent {n}",
                    roles=["agent"],
                    team_id=team_id,
                    welsh_speaker=n % 4 == 0,
                )
            )
        uow.commit()


def top_up(db, team_id: uuid.UUID, items: int, now: datetime, rng: random.Random) -> int:
    """Open items of the team up to `items`; returns how many the team has open."""
    with db.unit(write=True) as uow:
        s = uow.session
        have = s.execute(
            select(func.count())
            .select_from(WorkItem)
            .where(WorkItem.team_id == team_id, WorkItem.status == "open")
        ).scalar_one()
        missing = items - have
        if missing > 0:
            customers = s.execute(select(Customer.id).limit(50_000)).scalars().all()
            agents = [
                sid
                for sid, roles in s.execute(
                    select(Staff.id, Staff.roles).where(Staff.team_id == team_id)
                )
                if "agent" in (roles or ())
            ]
            rows = []
            for _ in range(missing):
                due = now + timedelta(minutes=rng.randint(-10 * 24 * 60, 20 * 24 * 60))
                rows.append(
                    {
                        "id": uuid.uuid4(),
                        "kind": "callback",
                        "customer_id": rng.choice(customers),
                        "due_at": due,
                        "team_id": team_id,
                        "assignee_id": None if rng.random() < 1 / 3 else rng.choice(agents),
                        "status": "open",
                        "created_at": due - timedelta(days=rng.randint(1, 10)),
                    }
                )
            for start in range(0, len(rows), 5_000):
                s.execute(insert(WorkItem), rows[start : start + 5_000])
            uow.commit()
        return max(have, items)


def measure(db, runs: int, items: int, members: int = 0) -> None:
    now = datetime.now(UTC)
    user = sign_in(db, LEADER)
    if members:
        add_members(db, user.team_id, members)
    open_items = top_up(db, user.team_id, items, now, random.Random(12))
    fresh_statistics(db)
    data = Local(db)
    board = data.team_board(user.team_id, now)  # warm: the calendar's year tables
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        board = data.team_board(user.team_id, now)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"{db.kind}: team board of {board.team} ({open_items:,} open items, "
        f"{len(board.members)} members, {len(board.at_risk_ids):,} at risk, "
        f"{len(board.unassigned):,} unassigned): "
        f"p50 {percentile(times, 50):.1f} ms, p95 {percentile(times, 95):.1f} ms"
    )
    agents = [m.username for m in board.members if not m.away]
    targets = list(board.unassigned[:runs]) or list(board.at_risk_ids[:runs])
    with db.unit() as uow:
        refs = dict(
            uow.session.execute(
                select(WorkItem.id, Customer.ref)
                .join(Customer, Customer.id == WorkItem.customer_id)
                .where(WorkItem.id.in_(targets))
            ).all()
        )
    assigning, reading = [], []
    for n, item_id in enumerate(targets):
        started = time.perf_counter()
        data.assign_work(item_id, agents[n % len(agents)], LEADER, "benchmark")
        assigning.append((time.perf_counter() - started) * 1000)
        # The board as the screen reads it after the change: the touched customer's items.
        started = time.perf_counter()
        board = data.team_board(user.team_id, now, frozenset({refs[item_id]}))
        reading.append((time.perf_counter() - started) * 1000)
    if assigning:
        print(
            f"{db.kind}: one assignment ({len(assigning)} runs): "
            f"p50 {percentile(assigning, 50):.1f} ms, p95 {percentile(assigning, 95):.1f} ms"
        )
        print(
            f"{db.kind}: the board after it, reading the one customer changed: "
            f"p50 {percentile(reading, 50):.1f} ms, p95 {percentile(reading, 95):.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--items", type=int, default=0)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--members", type=int, default=0, help="agents in the team, at least")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument(
        "--url", help="an existing database (seeded, say at 1M customers): topped up, kept"
    )
    args = parser.parse_args()
    if args.url:
        db = open_database(args.url)
        measure(db, args.runs, args.items, args.members)
        db.dispose()
    elif args.postgres:
        name = create_pg_database("ad_bench_board")
        try:
            db = open_database(f"{PG_SERVER}/{name}")
            seed_for_benchmark(db, args.customers)
            measure(db, args.runs, args.items, args.members)
            db.dispose()
        finally:
            drop_pg_database(name)
    else:
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
            seed_for_benchmark(db, args.customers)
            measure(db, args.runs, args.items, args.members)
            db.dispose()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
