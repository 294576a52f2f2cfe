"""The visits desk with a day of 2,000 appointments, and the fire roll call from the replica.

usage: QT_QPA_PLATFORM=offscreen python benchmarks/bench_visits_desk.py [--appointments N]
                                                                         [--runs R]

Writes N appointments of one working day straight into a SQLite file (half of them arrived,
some customers with warnings), then times, R times each: the day's read through the gateway
(`visits_day`, what the desk asks), filling the desk's model with it (`VisitsDayModel.set_day`
and every row's text, as a screen reader reads them), and the roll call (`roll_call`) read
from that file as a desktop's replica. Prints p50/p95 of each in milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.support import percentile, seed_for_benchmark  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--appointments", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from agent_desktop.services import visits
    from agent_desktop.services.database import open_database
    from agent_desktop.services.gateway import Local
    from agent_desktop.store.schema import Appointment, Customer, Staff
    from agent_desktop.ui.visits_desk import VisitsDayModel

    app = QApplication.instance() or QApplication(["bench"])
    folder = Path(tempfile.mkdtemp(prefix="bench-visits-desk-"))
    db = open_database(f"sqlite:///{folder / 'replica.sqlite3'}")
    seed_for_benchmark(db, max(500, args.appointments // 2))
    calendar = db.calendar
    day = datetime.now(UTC).date()
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    opens = calendar.open_of(day).astimezone(UTC)
    now = datetime.now(UTC)
    with db.unit() as uow:
        customers = list(uow.session.execute(select(Customer.id)).scalars())
        staff = list(uow.session.execute(select(Staff.id)).scalars())
    rows = []
    for n in range(args.appointments):
        start = opens + timedelta(minutes=(n * 7) % (7 * 60))
        arrived = n % 2 == 0
        rows.append(
            {
                "id": uuid.uuid4(),
                "customer_id": customers[n % len(customers)],
                "staff_id": staff[n % len(staff)],
                "starts_at": start,
                "ends_at": start + timedelta(minutes=30),
                "status": "arrived" if arrived else "booked",
                "checked_in_at": min(now, start) if arrived else None,
                "booked_at": start - timedelta(days=1),
            }
        )
    with db.engine.connect() as conn, conn.begin():
        conn.execute(Appointment.__table__.insert(), rows)
    data = Local(db)
    model = VisitsDayModel(calendar.tz)
    reads, fills, calls = [], [], []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        views = data.visits_day(day)
        t1 = time.perf_counter()
        model.set_day(views)
        texts = [model.row_text(r) for r in range(model.rowCount())]
        t2 = time.perf_counter()
        # What a synced desktop's roll call reads from its replica (SyncedVisits.roll_call):
        # who is inside, and the appointments of check-ins still waiting in its outbox.
        at = max(now, opens + timedelta(hours=8))
        roll = visits.in_building(db, at)
        visits.appointments(db, [])
        t3 = time.perf_counter()
        reads.append((t1 - t0) * 1000)
        fills.append((t2 - t1) * 1000)
        calls.append((t3 - t2) * 1000)
    assert len(texts) == args.appointments
    print(f"day of {len(views)} appointments, {len(roll)} in the building, {args.runs} runs")
    for name, values in (
        ("day read (gateway)", reads),
        ("model fill + row texts", fills),
        ("roll call from the replica", calls),
    ):
        print(
            f"{name:30s} p50 {percentile(values, 50):8.1f} ms   p95 {percentile(values, 95):8.1f} ms"
        )
    db.dispose()
    del app


if __name__ == "__main__":
    main()
