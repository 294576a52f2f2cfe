"""Core latencies at scale: seeding, check-and-record, and customer lookups, on both databases.

    python benchmarks/bench_core.py [--customers 100000] [--sqlite-only] [--samples N]

Seeds a fresh SQLite file (in a temporary folder) and a fresh PostgreSQL database (created and
dropped here), then times each operation through the application beside the same work in bare
SQL on a raw DBAPI cursor, and reports the ratio. Samples of the two are interleaved so that a
busy machine slows both alike. Figures are printed as a table and written to
benchmarks/results/core.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import sqlalchemy
from sqlalchemy import create_engine, select
from support import PG_SERVER, create_pg_database, drop_pg_database, fresh_statistics, percentile  # noqa: E402

from agent_desktop.domain.parsing import normalise_phone, prefix_upper_bound
from agent_desktop.domain.values import Channel, Role
from agent_desktop.services.database import Database, open_database
from agent_desktop.services.directory import find_customers
from agent_desktop.services.outreach import Outreach, record_outreach
from agent_desktop.services.seed import drama_numbers, seed
from agent_desktop.store.schema import Customer, CustomerPhone, Staff

RESULTS = Path(__file__).resolve().parent / "results" / "core.json"
CHANNELS = (Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.SMS)
WARM_UP = 50
# The furthest back a decision looks: the longest update_every_days or max_contacts window the
# seed makes. The service works this out per customer; bare SQL takes the widest.
HISTORY_DAYS = 28


@dataclass
class Timing:
    name: str
    tail: int  # 95 or 99
    app: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    note: str = ""

    def figures(self) -> dict:
        out = {"samples": len(self.app), "tail": f"p{self.tail}", "note": self.note}
        for side in ("app", "bare"):
            values = getattr(self, side)
            if values:
                out[f"{side}_p50_ms"] = round(percentile(values, 50), 3)
                out[f"{side}_p{self.tail}_ms"] = round(percentile(values, self.tail), 3)
        if self.app and self.bare:
            out["ratio_p50"] = round(out["app_p50_ms"] / out["bare_p50_ms"], 2)
            out[f"ratio_p{self.tail}"] = round(
                out[f"app_p{self.tail}_ms"] / out[f"bare_p{self.tail}_ms"], 2
            )
        return out


def timed(fn: Callable[[int], object], i: int) -> float:
    started = time.perf_counter_ns()
    fn(i)
    return (time.perf_counter_ns() - started) / 1e6


def interleave(
    timing: Timing, samples: int, app: Callable[[int], object], bare: Callable[[int], object] | None
) -> Timing:
    """Run both sides on the same inputs, alternating which goes first, after a warm-up."""
    for i in range(min(WARM_UP, samples)):
        app(i)
        if bare:
            bare(i)
    for i in range(samples):
        first, second = (app, bare) if i % 2 == 0 else (bare, app)
        for side in (first, second):
            if side is None:
                continue
            elapsed = timed(side, i)
            (timing.app if side is app else timing.bare).append(elapsed)
    return timing


# --- bare SQL ------------------------------------------------------------------------------------


class BareSQL:
    """The same statements on a raw DBAPI connection: no ORM, no Core, no unit of work."""

    def __init__(self, db: Database):
        self.sqlite = db.engine.dialect.name == "sqlite"
        self.raw = db.engine.raw_connection()  # the pool's hooks (SQLite pragmas) still apply
        self.cursor = self.raw.cursor()

    def close(self) -> None:
        self.cursor.close()
        self.raw.close()

    def sql(self, statement: str) -> str:
        return statement if self.sqlite else statement.replace("?", "%s")

    def key(self, value: uuid.UUID):
        return value.hex if self.sqlite else value

    def instant(self, value: datetime):
        # What the UTCDateTime column type stores: naive UTC text on SQLite, timestamptz on PG.
        if self.sqlite:
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return value

    def query(self, statement: str, params: tuple) -> list:
        self.cursor.execute(self.sql(statement), params)
        return self.cursor.fetchall()

    def lookup(self, statement: str, params: tuple) -> list:
        """One read. SQLite runs it in autocommit; psycopg's implicit transaction is ended."""
        rows = self.query(statement, params)
        if not self.sqlite:
            self.raw.rollback()
        return rows

    def check_and_record(self, ref: str, username: str, channel: str, at: datetime) -> None:
        q = self.query
        if self.sqlite:
            self.cursor.execute("BEGIN IMMEDIATE")
        staff_id = q("SELECT id, roles FROM staff WHERE username = ?", (username,))[0][0]
        lock = "" if self.sqlite else " FOR UPDATE"
        customer_id = q(f"SELECT id, ref, name FROM customers WHERE ref = ?{lock}", (ref,))[0][0]
        q(
            "SELECT channels, update_every_days, contact_hours, language, accessibility, "
            "representative, agreed_on, agreed_by_id FROM contact_preferences "
            "WHERE customer_id = ?",
            (customer_id,),
        )
        q(
            "SELECT id, kind, category, reason, terms, decided_by_id, starts_on, review_by, "
            "ends_on, customer_notified_on, lifted_at FROM restrictions WHERE customer_id = ?",
            (customer_id,),
        )
        q(
            "SELECT at, channel, direction, purpose FROM contact_events "
            "WHERE customer_id = ? AND at > ? ORDER BY at",
            (customer_id, self.instant(at - timedelta(days=HISTORY_DAYS))),
        )
        contact_id, now = uuid.uuid4(), datetime.now(UTC)
        self.cursor.execute(
            self.sql(
                "INSERT INTO contact_events (id, customer_id, channel, direction, purpose, "
                "recipient, staff_id, at, summary, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            (
                self.key(contact_id),
                customer_id,
                channel,
                "outbound",
                "proactive",
                "customer",
                staff_id,
                self.instant(at),
                "Benchmark",
                self.instant(now),
            ),
        )
        details = json.dumps(
            {
                "customer_ref": ref,
                "channel": channel,
                "at": at.isoformat(),
                "blocks": [],
                "warnings": [],
                "contact_id": str(contact_id),
            }
        )
        self.cursor.execute(
            self.sql(
                "INSERT INTO audit_log (id, at, actor, action, outcome, customer_id, details) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"
            ),
            (
                self.key(uuid.uuid4()),
                self.instant(now),
                username,
                "outreach",
                "recorded",
                customer_id,
                details,
            ),
        )
        if self.sqlite:
            self.cursor.execute("COMMIT")
        else:
            self.raw.commit()


# --- the application's side ------------------------------------------------------------------------
# The directory service (agent_desktop.services.directory.find_customers) is timed as it is. The
# lookups below are the same queries as the bare SQL, through Core select() in a unit of work, so
# their ratio shows what SQLAlchemy and the unit of work cost; the service's own figures add its
# input handling and, for names, its reference-first search and surname match.

_COLUMNS = (Customer.id, Customer.ref, Customer.name)


def orm_by_ref(db: Database, ref: str) -> list:
    with db.unit() as uow:
        return uow.session.execute(select(*_COLUMNS).where(Customer.ref == ref)).all()


def orm_by_phone(db: Database, written: str) -> list:
    e164 = normalise_phone(written, "phone")
    stmt = (
        select(*_COLUMNS)
        .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
        .where(CustomerPhone.e164 == e164)
        .order_by(Customer.ref)
        .limit(50)
    )
    with db.unit() as uow:
        return uow.session.execute(stmt).all()


def orm_by_name_prefix(db: Database, prefix: str) -> list:
    stmt = (
        select(*_COLUMNS)
        .where(Customer.name_key >= prefix, Customer.name_key < prefix_upper_bound(prefix))
        .order_by(Customer.name_key)
        .limit(50)
    )
    with db.unit() as uow:
        return uow.session.execute(stmt).all()


BARE_BY_REF = "SELECT id, ref, name FROM customers WHERE ref = ?"
BARE_BY_PHONE = (
    "SELECT c.id, c.ref, c.name FROM customers c JOIN customer_phones p "
    "ON p.customer_id = c.id WHERE p.e164 = ? ORDER BY c.ref LIMIT 50"
)
BARE_BY_NAME = (
    "SELECT id, ref, name FROM customers WHERE name_key >= ? AND name_key < ? "
    "ORDER BY name_key LIMIT 50"
)
# What find_customers runs for a name: a reference lookup first, then a range scan on the full
# name and another on the surname, merged.
BARE_BY_SURNAME = (
    "SELECT id, ref, name, name_key FROM customers WHERE surname_key >= ? "
    "AND surname_key < ? ORDER BY surname_key LIMIT 50"
)


# --- one database ------------------------------------------------------------------------------


def office_instant(db: Database) -> datetime:
    """11:00 office time on the latest working day, so time-of-day rules rarely decide."""
    day = db.calendar.local_date(datetime.now(UTC))
    while not db.calendar.is_working_day(day):
        day -= timedelta(days=1)
    return datetime.combine(day, clock_time(11, 0), tzinfo=db.calendar.tz).astimezone(UTC)


def measure(url: str, label: str, customers: int, samples: int, rng_seed: int) -> dict:
    db = open_database(url)
    try:
        print(f"\n{label}: seeding {customers:,} customers ...", flush=True)
        summary = seed(db, customers)
        seeded = {**summary.to_json(), "rows_per_s": round(summary.rows / summary.seconds)}
        print(
            f"  seeded {summary.rows:,} rows in {summary.seconds:.1f} s "
            f"({seeded['rows_per_s']:,} rows/s)",
            flush=True,
        )
        fresh_statistics(db)
        return {"seed": seeded, **run_timings(db, samples, rng_seed)}
    finally:
        db.dispose()


def run_timings(db: Database, samples: int, rng_seed: int) -> dict:
    rng = random.Random(rng_seed)
    with db.unit() as uow:
        refs = uow.session.execute(select(Customer.ref)).scalars().all()
        e164s = uow.session.execute(select(CustomerPhone.e164)).scalars().all()
        keys = uow.session.execute(select(Customer.name_key)).scalars().all()
        agents = [
            u
            for u, roles in uow.session.execute(select(Staff.username, Staff.roles))
            if Role.AGENT in roles
        ]
    national = {e: n for n, e in drama_numbers()}
    at = office_instant(db)
    attempts = [
        (rng.choice(refs), rng.choice(agents), rng.choice(CHANNELS))
        for _ in range(samples + WARM_UP)
    ]
    lookup_refs = [rng.choice(refs) for _ in range(samples + WARM_UP)]
    phones = [national[rng.choice(e164s)] for _ in range(samples + WARM_UP)]
    prefixes = [
        k[: rng.choice((3, 4))] for k in (rng.choice(keys) for _ in range(samples + WARM_UP))
    ]

    bare = BareSQL(db)
    outcomes: list[bool] = []
    try:

        def app_record(i):
            ref, agent, channel = attempts[i]
            result = record_outreach(
                db,
                Outreach(
                    customer_ref=ref, staff=agent, channel=channel, at=at, summary="Benchmark"
                ),
            )
            outcomes.append(result.recorded)

        def bare_record(i):
            ref, agent, channel = attempts[i]
            bare.check_and_record(ref, agent, channel.value, at)

        record = interleave(
            Timing(
                "check-and-record",
                99,
                note=(
                    "app: record_outreach (reads, evaluate() in Python, writes); bare: the same reads "
                    "and a recorded outcome's two inserts, always"
                ),
            ),
            samples,
            app_record,
            bare_record,
        )
        recorded = outcomes[-samples:]
        recorded_share = sum(recorded) / samples
        # Refused outreach writes only an audit entry; compare the recorded ones on their own.
        only_recorded = Timing(
            "check-and-record (recorded only)",
            99,
            note="the samples the rules let through",
            app=[t for t, ok in zip(record.app, recorded, strict=True) if ok],
            bare=[t for t, ok in zip(record.bare, recorded, strict=True) if ok],
        )

        def bare_phone(i):
            bare.lookup(BARE_BY_PHONE, (normalise_phone(phones[i], "phone"),))

        def bare_name(i):
            bare.lookup(BARE_BY_NAME, (prefixes[i], prefix_upper_bound(prefixes[i])))

        def bare_service_name(i):
            key, upper = prefixes[i], prefix_upper_bound(prefixes[i])
            if not bare.lookup(BARE_BY_REF, (prefixes[i],)):
                bare.lookup(BARE_BY_NAME, (key, upper))
                bare.lookup(BARE_BY_SURNAME, (key, upper))

        lookups = {
            "lookup by reference": (
                lambda i: orm_by_ref(db, lookup_refs[i]),
                lambda i: bare.lookup(BARE_BY_REF, (lookup_refs[i],)),
                lambda i: find_customers(db, lookup_refs[i]),
                None,
            ),
            "lookup by phone": (
                lambda i: orm_by_phone(db, phones[i]),
                bare_phone,
                lambda i: find_customers(db, phones[i]),
                None,
            ),
            "lookup by name prefix": (
                lambda i: orm_by_name_prefix(db, prefixes[i]),
                bare_name,
                lambda i: find_customers(db, prefixes[i]),
                bare_service_name,
            ),
        }
        timings = [record] + ([only_recorded] if only_recorded.app else [])
        for name, (orm, bare_fn, service, bare_service) in lookups.items():
            timings.append(
                interleave(
                    Timing(name, 95, note="Core select() in a unit of work"), samples, orm, bare_fn
                )
            )
            note = "the directory service" + (
                "; bare: its queries (reference, then name and surname ranges)"
                if bare_service
                else "; bare: the same query"
            )
            timings.append(
                interleave(
                    Timing(f"find_customers ({name[10:]})", 95, note=note),
                    samples,
                    service,
                    bare_service or bare_fn,
                )
            )
    finally:
        bare.close()
    return {
        "recorded_share": round(recorded_share, 3),
        "matches_per_phone": round(len(e164s) / max(1, len(set(e164s))), 1),
        "timings": {t.name.strip(): t.figures() for t in timings},
    }


# --- databases --------------------------------------------------------------------------------------


def server_version(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                return "SQLite " + conn.exec_driver_sql("select sqlite_version()").scalar_one()
            return conn.exec_driver_sql("show server_version").scalar_one().split()[0]
    finally:
        engine.dispose()


# --- report -----------------------------------------------------------------------------------------


def print_table(label: str, result: dict) -> None:
    seeded = result["seed"]
    print(
        f"\n{label}: {seeded['customers']:,} customers, {seeded['rows']:,} rows seeded in "
        f"{seeded['seconds']:.1f} s ({seeded['rows_per_s']:,} rows/s)"
    )
    header = (
        f"  {'operation':<34}{'tail':>5}{'app p50':>10}{'app tail':>10}"
        f"{'bare p50':>10}{'bare tail':>10}{'x p50':>8}{'x tail':>8}"
    )
    print(header)
    print("  " + "-" * (len(header) - 2))
    for name, t in result["timings"].items():
        tail = t["tail"]
        indent = "  " if name.startswith("find_customers") or name.endswith("only)") else ""
        print(
            f"  {indent + name:<34}{tail:>5}{t['app_p50_ms']:>10.3f}{t[f'app_{tail}_ms']:>10.3f}"
            f"{t['bare_p50_ms']:>10.3f}{t[f'bare_{tail}_ms']:>10.3f}"
            f"{t['ratio_p50']:>8.2f}{t[f'ratio_{tail}']:>8.2f}"
        )
    print(
        f"  (ms; x = app / bare. {result['recorded_share']:.0%} of the app's outreach was "
        f"recorded, the rest refused by the contact rules; each seeded phone number belongs "
        f"to {result['matches_per_phone']} customers on average)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=1_000)
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--rng-seed", type=int, default=2026)
    args = parser.parse_args(argv)
    if args.customers < 1 or args.samples < 1:
        parser.error("--customers and --samples must be at least 1")

    report: dict = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "sqlalchemy": sqlalchemy.__version__,
            "platform": platform.platform(),
        },
        "customers": args.customers,
        "samples": args.samples,
        "databases": {},
    }
    with tempfile.TemporaryDirectory(prefix="ad-bench-") as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        report["databases"]["sqlite"] = {
            "version": server_version(url),
            **measure(url, "SQLite", args.customers, args.samples, args.rng_seed),
        }
    if not args.sqlite_only:
        name = create_pg_database()
        try:
            url = f"{PG_SERVER}/{name}"
            report["databases"]["postgresql"] = {
                "version": "PostgreSQL " + server_version(url),
                **measure(url, "PostgreSQL", args.customers, args.samples, args.rng_seed),
            }
        finally:
            drop_pg_database(name)

    for result in report["databases"].values():
        print_table(result["version"], result)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
