"""Office time: working days, office hours and the service-level due instants they set."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent_desktop.domain.bank_holidays import (
    BANK_HOLIDAYS,
    FIRST_YEAR,
    HOLIDAYS_VERSION,
    LAST_YEAR,
)
from agent_desktop.domain.values import InvalidInput, key_name, quoted

if TYPE_CHECKING:
    import holidays

REGIONS = ("ENG", "WLS", "SCT", "NIR")

_ONE_DAY = timedelta(days=1)
_HH_MM = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_OFFICE_KEYS = ("timezone", "region", "opens", "closes")


class ServiceLevel(StrEnum):
    EMAIL_ACK = "email_ack"
    EMAIL_REPLY = "email_reply"
    CALLBACK = "callback"

    @property
    def working_days(self) -> int:
        return _WORKING_DAYS[self]


_WORKING_DAYS = {
    ServiceLevel.EMAIL_ACK: 2,
    ServiceLevel.EMAIL_REPLY: 10,
    # "By the end of the next working day" is the close of the 1st working day after arrival.
    ServiceLevel.CALLBACK: 1,
}

# The holidays object fills in a year the first time a date in it is looked up, and it marks the
# year as done before adding its dates; without the lock a worker thread could read a bank
# holiday as a working day while the GUI thread is still filling that year in.
_HOLIDAYS_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _table_is_current() -> bool:
    """Whether bank_holidays.py was made from the holidays library installed. After the
    library is upgraded (it may then know of a new bank holiday) the library is asked
    instead, until scripts/make_bank_holidays.py writes the table again."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("holidays") == HOLIDAYS_VERSION
    except PackageNotFoundError:
        return False


@lru_cache(maxsize=len(REGIONS) * (LAST_YEAR - FIRST_YEAR + 1))
def _listed_holidays(region: str, year: int) -> frozenset[date]:
    """The bank holidays of `region` in `year`, a year the table in bank_holidays.py covers.

    The table holds what the holidays library lists for those years, read without loading
    the library: it loads every country it knows, which would cost the window's start more
    than a tenth of a second.
    """
    return frozenset(
        date(year, int(day[:2]), int(day[2:]))
        for day in BANK_HOLIDAYS[region][year - FIRST_YEAR].split()
    )


@lru_cache(maxsize=len(REGIONS))
def _public_holidays(region: str) -> holidays.HolidayBase:
    """The holidays library's calendar for `region`: the years the table does not cover."""
    import holidays

    # No `years`: expand=True fills each year on first use, so a due date that crosses
    # New Year, or a case from 2080, is never checked against an empty year.
    return holidays.country_holidays("GB", subdiv=region)


def _calendar_day(day: date, field: str = "day") -> date:
    # A datetime is a date too, but its .date() is in whatever zone it carries; refusing it
    # keeps callers from silently using the UTC date instead of the office date.
    if isinstance(day, datetime) or not isinstance(day, date):
        raise InvalidInput(
            field, f"{quoted(day)} is not a calendar date; use local_date() for instants"
        )
    return day


_MICROSECOND = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _micros(instant: datetime) -> int:
    return (instant - _EPOCH) // _MICROSECOND


@dataclass(frozen=True, slots=True)
class _Year:
    """A year of office hours: `before[n]`, microseconds of office hours in its first n days
    (the year's total last); `opens[n]` and `closes[n]`, day n's office hours as microseconds
    since 1970, or None on a day the office is shut."""

    before: tuple[int, ...]
    opens: tuple[int | None, ...]
    closes: tuple[int | None, ...]


@lru_cache(maxsize=64)
def _office_year(calendar: OfficeCalendar, year: int) -> _Year:
    before, opens, closes = [0], [], []
    day = date(year, 1, 1)
    while day.year == year:
        if calendar.is_working_day(day):
            opened, closed = _micros(calendar.open_of(day)), _micros(calendar.close_of(day))
            before.append(before[-1] + closed - opened)
            opens.append(opened)
            closes.append(closed)
        else:
            before.append(before[-1])
            opens.append(None)
            closes.append(None)
        if day == date.max:
            break
        day += _ONE_DAY
    return _Year(tuple(before), tuple(opens), tuple(closes))


@dataclass(frozen=True)
class OfficeCalendar:
    timezone: str = "Europe/London"
    region: str = "ENG"
    opens: time = time(9, 0)
    closes: time = time(17, 0)

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise InvalidInput("timezone", f"unknown timezone {quoted(self.timezone)}") from None
        if self.region not in REGIONS:
            raise InvalidInput(
                "region",
                f"unknown region {quoted(self.region)}; expected one of {', '.join(REGIONS)}",
            )
        for name in ("opens", "closes"):
            value = getattr(self, name)
            # An aware time of day would fight the office timezone on every combine().
            if not isinstance(value, time) or value.tzinfo is not None:
                raise InvalidInput(name, f"{quoted(value)} is not a time of day")
        if self.opens >= self.closes:
            raise InvalidInput(
                "closes",
                f"must be after opening time {self.opens:%H:%M}, got {self.closes:%H:%M}",
            )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, instant: datetime) -> datetime:
        if not isinstance(instant, datetime):
            raise InvalidInput("at", f"{quoted(instant)} is not a date and time")
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise InvalidInput("at", f"{instant.isoformat()} needs a UTC offset, e.g. +00:00")
        return instant.astimezone(self.tz)

    def local_date(self, instant: datetime) -> date:
        return self.local(instant).date()

    def is_working_day(self, day: date) -> bool:
        day = _calendar_day(day)
        if day.weekday() >= 5:
            return False
        if FIRST_YEAR <= day.year <= LAST_YEAR and _table_is_current():
            return day not in _listed_holidays(self.region, day.year)
        with _HOLIDAYS_LOCK:
            return day not in _public_holidays(self.region)

    def nth_working_day_after(self, day: date, n: int) -> date:
        day = _calendar_day(day)
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise InvalidInput("n", f"must be a whole number of at least 1, got {quoted(n)}")
        while n:
            day += _ONE_DAY
            if self.is_working_day(day):
                n -= 1
        return day

    def open_of(self, day: date) -> datetime:
        return datetime.combine(_calendar_day(day), self.opens, tzinfo=self.tz)

    def close_of(self, day: date) -> datetime:
        return datetime.combine(_calendar_day(day), self.closes, tzinfo=self.tz)

    def due(self, level: ServiceLevel | str, received: datetime) -> datetime:
        try:
            level = ServiceLevel(level)
        except (ValueError, TypeError):
            expected = ", ".join(member.value for member in ServiceLevel)
            raise InvalidInput(
                "kind", f"unknown service level {quoted(level)}; expected one of {expected}"
            ) from None
        arrived_on = self.local_date(received)
        return self.close_of(self.nth_working_day_after(arrived_on, level.working_days))

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Office hours from `start` to `end` (negative when `end` is earlier).

        The working time before an instant, counted from the start of its year, is a running
        sum of whole working days (kept per year) plus the part of its own day: the answer is
        a difference of two such sums, not a walk over every day in between (6 us a call
        against 35 us for items due within 20 days, and flat however far apart).
        """
        year = self.local(start).year
        return timedelta(
            microseconds=self.working_micros(end, year) - self.working_micros(start, year)
        )

    def _worked_before(self, here: datetime) -> int:
        """Microseconds of office hours from the start of `here`'s year (office time) to it."""
        day = here.date()
        year = _office_year(self, day.year)
        n = day.toordinal() - date(day.year, 1, 1).toordinal()
        opened = year.opens[n]
        if opened is None:
            return year.before[n]
        return year.before[n] + min(max(_micros(here), opened), year.closes[n]) - opened

    def working_micros(self, instant: datetime, since_year: int) -> int:
        """Microseconds of office hours from the start of `since_year` (office time) to
        `instant`, negative when it is earlier: two instants' difference is the working time
        between them, and one instant measured once serves any number of comparisons."""
        here = self.local(instant)
        return self._years_micros(since_year, here.year) + self._worked_before(here)

    def _years_micros(self, first: int, last: int) -> int:
        """Office hours in the whole years from `first` up to (not including) `last`."""
        if first == last:  # most often: no whole year between
            return 0
        if last < first:
            return -self._years_micros(last, first)
        return sum(_office_year(self, y).before[-1] for y in range(first, last))

    def next_working_instant(self, instant: datetime) -> datetime:
        here = self.local(instant)
        at, day = here.astimezone(UTC), here.date()
        if self.is_working_day(day):
            if at < self.open_of(day).astimezone(UTC):
                return self.open_of(day)
            # Closing time itself is outside office hours: the office is shut at 17:00.
            if at < self.close_of(day).astimezone(UTC):
                return here
        return self.open_of(self.nth_working_day_after(day, 1))

    def to_json(self) -> dict:
        return {
            "timezone": self.timezone,
            "region": self.region,
            "opens": f"{self.opens:%H:%M}",
            "closes": f"{self.closes:%H:%M}",
        }


def _parse_hh_mm(value, field: str) -> time:
    match = _HH_MM.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise InvalidInput(field, f"{quoted(value)} is not a time of day (HH:MM)")
    return time(int(match.group(1)), int(match.group(2)))


def calendar_from_json(obj: dict) -> OfficeCalendar:
    """The exchange format's office object; every key is optional and falls back to the default."""
    if not isinstance(obj, dict):
        raise InvalidInput("office", "must be an object")
    # A misspelt key would otherwise fall back to the default region and move every due date.
    for key in obj:
        if key not in _OFFICE_KEYS:
            raise InvalidInput(
                f"office.{key_name(key)}", f"unknown key; expected one of {', '.join(_OFFICE_KEYS)}"
            )
    fields: dict = {}
    for key in ("timezone", "region"):
        if key in obj:
            if not isinstance(obj[key], str):
                raise InvalidInput(f"office.{key}", f"{quoted(obj[key])} is not a string")
            fields[key] = obj[key].strip()
    for key in ("opens", "closes"):
        if key in obj:
            fields[key] = _parse_hh_mm(obj[key], f"office.{key}")
    try:
        return OfficeCalendar(**fields)
    except InvalidInput as error:
        raise InvalidInput(f"office.{error.field}", error.message) from None
