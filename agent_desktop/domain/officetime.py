"""Turning office wall-clock times into UTC instants, exactly, across summer-time changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def _utc(tz: ZoneInfo, day: date, at: time, fold: int) -> datetime:
    return datetime.combine(day, at, tzinfo=tz).replace(fold=fold).astimezone(UTC)


def _exists(tz: ZoneInfo, instant: datetime, day: date, at: time) -> bool:
    local = instant.astimezone(tz)
    return local.date() == day and local.time() == at


def window_starts(tz: ZoneInfo, day: date, at: time) -> list[datetime]:
    """Every UTC instant at which the office clock on `day` reaches `at`.

    Usually one. Twice when the clocks go back and `at` repeats (both are window starts,
    since a window that closed within the repeated hour opens again). When the clocks go
    forward past `at`, the first instant whose local time is later: the change itself.
    """
    first, second = _utc(tz, day, at, 0), _utc(tz, day, at, 1)
    if _exists(tz, first, day, at):
        return [first] if first == second else sorted({first, second})
    # `at` falls in the gap: the first real instant after it is the transition, which lies
    # between the two readings zoneinfo offers; find it to the second.
    lo, hi = min(first, second), max(first, second)
    while hi - lo > timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        local = mid.astimezone(tz)
        if local.date() > day or (local.date() == day and local.time() >= at):
            hi = mid
        else:
            lo = mid
    return [hi.replace(microsecond=0)]


def first_instant_at(tz: ZoneInfo, day: date, at: time) -> datetime:
    """The earliest UTC instant at which the office clock on `day` reads `at` or later."""
    return window_starts(tz, day, at)[0]
