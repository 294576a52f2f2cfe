"""Work queue at 100,000 open items: id queries, page fetches, model resets, scrolling, filtering.

    python benchmarks/bench_queue.py [--items 100000] [--customers 20000] [--runs 30]
                                     [--postgres] [--proposed-index]
                                     [--replica] [--filter-only] [--keep PATH]

Seeds a SQLite file in a temporary folder (and, with --postgres, a PostgreSQL database created
and dropped here) with realistic customers, tops the open work items up to --items, spread from
ten days overdue to twenty days ahead over every team and agent, and prints p50/p95 figures for
the work queue of an agent (sclarke) on an offscreen Qt platform. --proposed-index adds the
partial covering index suggested for the work queue, to show what it changes.

--replica builds what the desktop of an agent holds instead: only the open work of the agent and
their team, topped up to --items in that view (at 1M customers about 111,000 items behind about
150,000 customers: --replica --customers 150000 --items 111000). --filter-only measures only the
text filter, keystroke by keystroke: a surname, a forename, a customer reference and a case
reference typed one character at a time, and a text that matches nothing. --keep PATH builds the
SQLite file at PATH, or reuses it if it is there, so that runs can be repeated without the build.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QThreadPool, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402
from sqlalchemy import and_, create_engine, delete, func, insert, or_, select, text  # noqa: E402
from support import PG_SERVER, fresh_statistics, percentile  # noqa: E402

from agent_desktop.domain.values import Role  # noqa: E402
from agent_desktop.services.database import Database, open_database  # noqa: E402
from agent_desktop.services.seed import seed  # noqa: E402
from agent_desktop.services.session import sign_in  # noqa: E402
from agent_desktop.services.work_queue import (  # noqa: E402
    QueueFilter,
    queue_ids,
    queue_rows,
    queue_snapshot,
)
from agent_desktop.store.schema import Case, Customer, Staff, WorkItem  # noqa: E402
from agent_desktop.ui.ops import ImmediateOps, Ops  # noqa: E402
from agent_desktop.ui.queue_panel import QueuePanel  # noqa: E402
from agent_desktop.ui.work_queue_model import PAGE_SIZE, WorkQueueModel  # noqa: E402

KINDS = ("callback", "email_ack", "email_reply", "progress_update", "delay_notice")
USER = "sclarke"
VISIBLE_ROWS = 30
PROPOSED_INDEX = (
    "CREATE INDEX ix_work_items_open_queue ON work_items (due_at, id, assignee_id, team_id) "
    "WHERE status = 'open'"
)


# --- data ----------------------------------------------------------------------------------------


def build(
    db: Database,
    items: int,
    customers: int,
    now: datetime,
    rng: random.Random,
    replica: bool = False,
) -> dict:
    """Seed customers, then add open work items until `items` are open.

    As a replica: only the open work of USER and their team is kept, and the new items all go
    to that team, until `items` are in USER's default view (mine + team).
    """
    started = time.perf_counter()
    seed(db, customers, now=now)
    with db.unit(write=True) as uow:
        s = uow.session
        mine = s.execute(select(Staff.id, Staff.team_id).where(Staff.username == USER)).one()
        in_view = WorkItem.status == "open"
        if replica:
            in_view = and_(
                in_view, or_(WorkItem.assignee_id == mine.id, WorkItem.team_id == mine.team_id)
            )
            s.execute(delete(WorkItem).where(WorkItem.status == "open", ~in_view))
        open_now = s.execute(select(func.count()).select_from(WorkItem).where(in_view)).scalar_one()
        customer_ids = s.execute(select(Customer.id)).scalars().all()
        cases = s.execute(select(Case.id, Case.customer_id, Case.team_id)).all()
        staff = s.execute(select(Staff.id, Staff.team_id, Staff.roles)).all()
        agents: dict[uuid.UUID, list[uuid.UUID]] = {}
        for staff_id, team_id, roles in staff:
            if team_id is not None and Role.AGENT in roles:
                agents.setdefault(team_id, []).append(staff_id)
        teams = [mine.team_id] if replica else sorted(agents, key=str)
        rows = []
        window = int(timedelta(days=30).total_seconds() // 60)
        for _ in range(max(0, items - open_now)):
            if cases and rng.random() < 0.4:
                case_id, customer_id, team_id = rng.choice(cases)
                team_id = team_id if team_id in teams else rng.choice(teams)
            else:
                case_id, customer_id, team_id = None, rng.choice(customer_ids), rng.choice(teams)
            assignee = rng.choice(agents[team_id]) if rng.random() < 0.85 else None
            due = now - timedelta(days=10) + timedelta(minutes=rng.randrange(window))
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "kind": rng.choice(KINDS),
                    "customer_id": customer_id,
                    "case_id": case_id,
                    "due_at": due,
                    "team_id": team_id,
                    "assignee_id": assignee,
                    "status": "open",
                    "note": None,
                    "source_contact_id": None,
                    "restriction_id": None,
                    "created_at": due - timedelta(days=3),
                    "closed_at": None,
                }
            )
        for start in range(0, len(rows), 5_000):
            s.execute(insert(WorkItem.__table__), rows[start : start + 5_000])
        uow.commit()
    fresh_statistics(db)
    with db.unit() as uow:
        total = uow.session.execute(
            select(func.count()).select_from(WorkItem).where(WorkItem.status == "open")
        ).scalar_one()
    return {"open_items": total, "seconds": time.perf_counter() - started}


def database_summary(db: Database) -> dict:
    with db.unit() as uow:
        s = uow.session
        return {
            "open_items": s.execute(
                select(func.count()).select_from(WorkItem).where(WorkItem.status == "open")
            ).scalar_one(),
            "customers": s.execute(select(func.count()).select_from(Customer)).scalar_one(),
        }


# --- timing --------------------------------------------------------------------------------------


def sample(fn: Callable[[int], object], runs: int, warm_up: int = 2) -> tuple[list[float], object]:
    """Milliseconds for each of `runs` calls of fn(i), after `warm_up` untimed ones."""
    result = None
    for i in range(warm_up):
        result = fn(i)
    times = []
    for i in range(runs):
        started = time.perf_counter()
        result = fn(i)
        times.append((time.perf_counter() - started) * 1000)
    return times, result


class Table:
    def __init__(self, title: str):
        self.title = title
        self.rows: list[tuple] = []

    def add(self, name: str, times: list[float], note: str = "") -> None:
        self.rows.append(
            (name, len(times), percentile(times, 50), percentile(times, 95), max(times), note)
        )

    def add_total(self, name: str, total_ms: float, note: str = "") -> None:
        self.rows.append((name, 1, total_ms, None, None, note))

    def print(self) -> None:
        print(f"\n{self.title}")
        width = max(len(r[0]) for r in self.rows) + 2
        print(f"  {'measure':<{width}}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'max ms':>10}  note")
        for name, n, p50, p95, worst, note in self.rows:
            cells = "".join(
                f"{v:>10.1f}" if v is not None else f"{'':>10}" for v in (p50, p95, worst)
            )
            print(f"  {name:<{width}}{n:>6}{cells}  {note}")


class CountingOps(ImmediateOps):
    """Fetches pages synchronously, counting them."""

    runs = 0

    def run(self, work, on_success, on_failure=None) -> None:
        self.runs += 1
        super().run(work, on_success, on_failure)


class CollectorPauses:
    """Times Python's garbage collections while it is alive."""

    def __init__(self):
        self.pauses: list[tuple[int, float]] = []
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._started) * 1000))

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def describe(self) -> str:
        full = [ms for generation, ms in self.pauses if generation == 2]
        return (
            f"{len(full)} full garbage collections, longest {max(full, default=0):.0f} ms, "
            f"all collections {sum(ms for _g, ms in self.pauses):.0f} ms"
        )


# --- the measurements ----------------------------------------------------------------------------


def combinations() -> list[frozenset[QueueFilter]]:
    kinds = list(QueueFilter)
    return [frozenset(c) for r in range(len(kinds) + 1) for c in itertools.combinations(kinds, r)]


def label(filters: frozenset[QueueFilter]) -> str:
    return "+".join(f.value for f in QueueFilter if f in filters) or "(none)"


def wait_for(signal, action: Callable[[], None], timeout_ms: int = 30_000) -> float:
    """Run `action`, spin the event loop until `signal` fires; the instant it fired."""
    loop = QEventLoop()
    fired: list[float] = []

    def done(*_args):
        fired.append(time.perf_counter())
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        action()
        if not fired:
            loop.exec()
    finally:
        signal.disconnect(done)
    if not fired:
        raise TimeoutError("no answer within the timeout")
    return fired[0]


def measure(db: Database, runs: int, now: datetime, table: Table, rng: random.Random) -> None:
    user = sign_in(db, USER)
    for filters in combinations():
        times, ids = sample(lambda _i, f=filters: queue_ids(db, user, f, now=now), runs)
        table.add(f"queue_ids {label(filters)}", times, f"{len(ids):,} ids")
    with db.unit() as uow:
        refs = uow.session.execute(select(Customer.ref)).scalars().all()
        keys = uow.session.execute(select(Customer.surname_key)).scalars().all()
        case_refs = uow.session.execute(select(Case.ref)).scalars().all()
    default = frozenset({QueueFilter.MINE, QueueFilter.TEAM})
    for name, pick in (
        ("reference prefix", lambda: rng.choice(refs)[:7]),
        ("surname prefix", lambda: rng.choice(keys)[:3]),
        ("case prefix", lambda: rng.choice(case_refs)[:14]),
    ):
        texts_ = [pick() for _ in range(runs + 2)]
        times, ids = sample(lambda i, t=texts_: queue_ids(db, user, default, t[i], now), runs)
        table.add(f"queue_ids mine+team, {name}", times, f"e.g. {texts_[-1]!r}: {len(ids):,} ids")

    everything = queue_ids(db, user, frozenset(), now=now)
    starts = [rng.randrange(0, len(everything) - PAGE_SIZE) for _ in range(runs + 2)]
    times, rows = sample(
        lambda i: queue_rows(db, everything[starts[i] : starts[i] + PAGE_SIZE], now), runs
    )
    table.add(f"queue_rows page of {PAGE_SIZE}", times, f"{len(rows)} rows")

    # The model over every open item, in a real view 30 rows high.
    ops = CountingOps()
    model = WorkQueueModel(ops, db, now=now)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    row_height = view.verticalHeader().defaultSectionSize()
    view.resize(
        1200,
        view.horizontalHeader().sizeHint().height()
        + VISIBLE_ROWS * row_height
        + 2 * view.frameWidth(),
    )
    view.show()
    QApplication.processEvents()
    times, _ = sample(lambda _i: model.set_ids(everything, now=now), runs)
    table.add(f"model reset, {len(everything):,} ids", times, "set_ids with the view attached")

    model.set_ids(everything, now=now)
    ops.runs = 0
    bar = view.verticalScrollBar()
    bar.setValue(0)
    view.viewport().repaint()
    visible = bar.pageStep()
    steps = []
    pauses = CollectorPauses()
    started = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(value + visible, bar.maximum())
        t0 = time.perf_counter()
        bar.setValue(value)
        view.viewport().repaint()  # paints now: data() for every visible cell, pages fetched
        steps.append((time.perf_counter() - t0) * 1000)
    total = (time.perf_counter() - started) * 1000
    pauses.stop()
    last = model.data(model.index(model.rowCount() - 1, 3))
    table.add(
        f"scroll step ({visible} rows)",
        steps,
        f"{len(steps):,} steps; {ops.runs} pages of {PAGE_SIZE} fetched in line; "
        f"{pauses.describe()}",
    )
    table.add_total("full scroll, top to bottom", total, f"last row: {last!r}")
    view.close()

    # Filter changes through the panel: worker-thread loads, the newest wins, then a reset.
    panel = QueuePanel(Ops(), db, user, now=lambda: now)
    panel.resize(1200, 900)
    panel.show()
    wait_for(panel.sig_loaded, panel.refresh)
    fired: list[float] = []
    panel._debounce.timeout.connect(lambda: fired.append(time.perf_counter()))
    names = [rng.choice(keys) for _ in range(runs + 2)]
    after_pause, typed = [], []
    for i, name in enumerate(names):
        base, last_key = name[:2], name[2]
        wait_for(panel.sig_loaded, lambda b=base: panel.search.setText(b))
        fired.clear()
        t0 = time.perf_counter()
        done = wait_for(panel.sig_loaded, lambda k=last_key: QTest.keyClicks(panel.search, k))
        if i >= 2:
            typed.append((done - t0) * 1000)
            after_pause.append((done - fired[0]) * 1000)
    table.add(
        "keystroke -> ids -> reset, after the pause",
        after_pause,
        f"{panel.DEBOUNCE_MS} ms debounce not counted; e.g. {panel.search.text()!r}",
    )
    table.add("keystroke -> ids -> reset, typed", typed, "including the debounce")
    wait_for(panel.sig_loaded, lambda: panel.search.setText(""))
    toggles = []
    button = panel.filter_buttons[QueueFilter.OVERDUE]
    for _ in range(runs + 2):
        t0 = time.perf_counter()
        done = wait_for(panel.sig_loaded, button.click)
        toggles.append((done - t0) * 1000)
    table.add(
        "Overdue on/off -> ids -> reset",
        toggles[2:],
        f"mine+team, {panel.model.rowCount():,} rows at the end",
    )
    panel.close()
    panel.deleteLater()
    QThreadPool.globalInstance().waitForDone()  # nothing may outlive this database
    QApplication.processEvents()


def typed(text_: str) -> list[str]:
    """What the search box holds after each keystroke of `text_`."""
    return [text_[: n + 1] for n in range(len(text_))]


def measure_filter(db: Database, runs: int, now: datetime, table: Table, rng: random.Random):
    """The text filter of the default view, one query per keystroke, as typed into the box.

    Each text is typed `runs` times (different people, references, cases); every prefix is
    one sample. Texts ending in an item's whole reference find one customer or case; the
    first letters of a surname or a reference find a large part of the queue.
    """
    user = sign_in(db, USER)
    default = frozenset({QueueFilter.MINE, QueueFilter.TEAM})
    whole = queue_ids(db, user, default, now=now)
    with db.unit() as uow:
        s = uow.session
        shown = select(WorkItem.customer_id).where(WorkItem.id.in_(rng.sample(whole, runs)))
        people = s.execute(
            select(Customer.name, Customer.surname_key, Customer.ref).where(Customer.id.in_(shown))
        ).all()
        case_refs = (
            s.execute(
                select(Case.ref).where(
                    Case.id.in_(
                        select(WorkItem.case_id).where(
                            WorkItem.status == "open", WorkItem.case_id.is_not(None)
                        )
                    )
                )
            )
            .scalars()
            .all()
        )
    texts_ = {
        "surname": [surname.title() for _name, surname, _ref in people],
        "forename + surname": [name for name, _surname, _ref in people],
        "customer ref": [ref for _name, _surname, ref in people],
        "customer ref, lower case": [ref.lower() for _name, _surname, ref in people],
        "case ref": rng.sample(case_refs, min(runs, len(case_refs))),
        "matches nothing": ["Qxzvy Wqqz"] * max(1, runs // 5),
    }
    for name, samples in texts_.items():
        keystrokes = [prefix for text_ in samples for prefix in typed(text_)]
        found: list[int] = []
        for fn_name, fn in (
            ("queue_ids", lambda t: queue_ids(db, user, default, t, now)),
            ("queue_snapshot", lambda t: queue_snapshot(db, user, default, t, now).ids),
        ):
            fn(keystrokes[0])
            times = []
            for prefix in keystrokes:
                started = time.perf_counter()
                ids = fn(prefix)
                times.append((time.perf_counter() - started) * 1000)
                found.append(len(ids))
            worst = keystrokes[max(range(len(times)), key=times.__getitem__)]
            table.add(
                f"{fn_name}, {name}",
                times,
                f"e.g. {samples[0]!r}; {min(found):,}..{max(found):,} ids; slowest {worst!r}",
            )
    # Fewer ids than the whole queue: the keystrokes after the first (or first two) letters.
    narrow = [
        prefix
        for text_ in texts_["surname"] + texts_["case ref"] + texts_["customer ref"]
        for prefix in typed(text_)
        if len(prefix) >= (3 if prefix[:1] in "Cc" else 2)
    ]
    times = []
    for prefix in narrow:
        started = time.perf_counter()
        queue_snapshot(db, user, default, prefix, now)
        times.append((time.perf_counter() - started) * 1000)
    table.add(
        "queue_snapshot, every keystroke but the first",
        times,
        f"(two for refs: 'C', 'CA' match every customer or case) of {len(whole):,} in view",
    )


def run(url: str, title: str, args, now: datetime, keep: bool = False) -> Table:
    db = open_database(url)
    try:
        if keep and database_summary(db)["open_items"]:
            built = {**database_summary(db), "seconds": 0.0}
            title = f"{title} (kept)"
        else:
            print(f"{title}: building {args.items:,} open work items ...", flush=True)
            built = build(
                db,
                args.items,
                args.customers,
                now,
                random.Random(args.rng_seed),
                replica=args.replica,
            )
            if args.proposed_index:
                with db.engine.begin() as conn:
                    conn.exec_driver_sql(PROPOSED_INDEX)
                fresh_statistics(db)
        summary = database_summary(db)
        table = Table(
            f"{title}{' replica' if args.replica else ''}: {summary['open_items']:,} open work "
            f"items, {summary['customers']:,} customers "
            f"(built in {built['seconds']:.0f} s){' + proposed index' if args.proposed_index else ''}"
        )
        rng = random.Random(args.rng_seed)
        if args.filter_only:
            measure_filter(db, args.runs, now, table, rng)
        else:
            measure(db, args.runs, now, table, rng)
        return table
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--proposed-index", action="store_true")
    parser.add_argument("--rng-seed", type=int, default=2026)
    parser.add_argument("--replica", action="store_true")
    parser.add_argument("--filter-only", action="store_true")
    parser.add_argument("--keep", type=Path, help="SQLite file to build, or to reuse if there")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    now = datetime.now(UTC)
    tables = []
    if args.keep:
        tables.append(run(f"sqlite:///{args.keep.resolve()}", "SQLite", args, now, keep=True))
    else:
        with tempfile.TemporaryDirectory(prefix="ad-bench-queue-") as folder:
            url = f"sqlite:///{Path(folder) / 'queue.sqlite3'}"
            tables.append(run(url, "SQLite", args, now))
    if args.postgres:
        name = f"ad_bench_queue_{uuid.uuid4().hex[:8]}"
        admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            tables.append(run(f"{PG_SERVER}/{name}", "PostgreSQL", args, now))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    print(
        f"\nagent {USER}, {os.cpu_count()} CPUs, offscreen Qt, {args.runs} runs per figure, "
        f"now = {now:%a %d %b %Y %H:%M} UTC, load average {os.getloadavg()[0]:.2f}"
    )
    for table in tables:
        table.print()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
