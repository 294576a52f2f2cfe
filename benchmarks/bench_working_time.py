"""Working time in office hours, as the team's at-risk judgement asks for it, item by item.

usage: python benchmarks/bench_working_time.py [--items N] [--days D]

For N open items created up to D days ago and due up to D days either side of now, the
working time given (created to due), the working time passed (created to now) and the
working time left (now to due): three `working_time_between` per item, what `at_risk` and
the team's list of work do. Prints the total and the cost per call.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta

from agent_desktop.domain.calendar import OfficeCalendar


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(2026)
    calendar = OfficeCalendar()
    now = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)
    items = []
    for _ in range(args.items):
        created = now - timedelta(minutes=rng.randrange(args.days * 24 * 60))
        due = now + timedelta(minutes=rng.randrange(-args.days * 24 * 60, args.days * 24 * 60))
        items.append((created, max(due, created)))
    calendar.working_time_between(now, now + timedelta(days=400))  # the years on hand
    started = time.perf_counter()
    at_risk = 0
    for created, due in items:
        given = calendar.working_time_between(created, due)
        passed = calendar.working_time_between(created, now)
        calendar.working_time_between(now, due)
        at_risk += due < now or passed >= given * 0.75
    seconds = time.perf_counter() - started
    calls = 3 * len(items)
    print(
        f"{len(items):,} items within {args.days} days: {seconds * 1000:.0f} ms, "
        f"{seconds / calls * 1e6:.1f} us a call ({calls:,} calls), {at_risk:,} at risk"
    )


if __name__ == "__main__":
    main()
