"""Reading user and file input into domain values, with errors that name the field."""

from __future__ import annotations

import re
import unicodedata
from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import TypeVar

import phonenumbers

from agent_desktop.domain.values import InvalidInput, Weekday, check_text, quoted

E = TypeVar("E", bound=StrEnum)

_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: The longest email address (RFC 5321's path limit) and written phone number accepted. Both
#: are checked before any pattern runs, so a huge value is refused at once.
MAX_EMAIL = 320
MAX_PHONE = 64

#: Dates and instants are accepted from 1900 to 8999: far enough from the calendar's ends
#: (years 1 and 9999) that no offset, time zone or review period added to them overflows.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(8999, 12, 31)
_EARLIEST_INSTANT = datetime.combine(EARLIEST_DATE, time(0, 0), UTC)
_LATEST_INSTANT = datetime.combine(LATEST_DATE, time(0, 0), UTC) + timedelta(days=1)
_RANGE = f"is outside the years {EARLIEST_DATE.year} to {LATEST_DATE.year}"


def parse_enum(enum: type[E], value, field: str) -> E:
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    choices = ", ".join(m.value for m in enum)
    raise InvalidInput(field, f"unknown value {quoted(value)}; expected one of {choices}")


def parse_enum_list(enum: type[E], values, field: str, *, allow_empty: bool = False) -> list[E]:
    if not isinstance(values, list):
        raise InvalidInput(field, "must be a list")
    if not values and not allow_empty:
        raise InvalidInput(field, "must not be empty")
    parsed = [parse_enum(enum, v, f"{field}[{i}]") for i, v in enumerate(values)]
    if len(set(parsed)) != len(parsed):
        raise InvalidInput(field, "lists the same value twice")
    return parsed


def parse_instant(value, field: str) -> datetime:
    """An ISO 8601 instant with a UTC offset ('Z' accepted), returned in UTC."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value.strip():
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidInput(field, f"{quoted(value)} is not an ISO 8601 instant") from None
    else:
        raise InvalidInput(field, "must be an ISO 8601 instant with a UTC offset")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise InvalidInput(field, f"{quoted(value)} needs a UTC offset, e.g. +00:00")
    try:
        instant = parsed.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+14:00 is before the calendar begins
        instant = None
    if instant is None or not _EARLIEST_INSTANT <= instant < _LATEST_INSTANT:
        raise InvalidInput(field, f"{quoted(value)} {_RANGE}")
    return instant


def parse_date(value, field: str) -> date:
    day = None
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value
    elif isinstance(value, str) and _DATE.fullmatch(value.strip()):
        with suppress(ValueError):
            day = date.fromisoformat(value.strip())
    if day is None:
        raise InvalidInput(field, f"{quoted(value)} is not a date (YYYY-MM-DD)")
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidInput(field, f"{quoted(value)} {_RANGE}")
    return day


def parse_optional_date(value, field: str) -> date | None:
    return None if value is None else parse_date(value, field)


def parse_time(value, field: str) -> time:
    if isinstance(value, str):
        match = _TIME.fullmatch(value.strip())
        if match:
            return time(int(match.group(1)), int(match.group(2)))
    raise InvalidInput(field, f"{quoted(value)} is not a time of day (HH:MM)")


def parse_days(values, field: str) -> frozenset[int]:
    return frozenset(d.index for d in parse_enum_list(Weekday, values, field))


def parse_positive_int(value, field: str, *, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput(field, f"{quoted(value)} must be a whole number of at least 1")
    if maximum is not None and value > maximum:
        raise InvalidInput(field, f"{value} is more than the most allowed, {maximum}")
    return value


def require_text(value, field: str, *, max_length: int = 2000, lines: bool = False) -> str:
    """`value` stripped, when it is text of at most `max_length` characters that passes
    `check_text` (several lines only when `lines`)."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field, "is required and must not be blank")
    if len(value) > max_length:
        raise InvalidInput(field, f"is longer than {max_length:,} characters")
    return check_text(value.strip(), field, lines=lines)


def optional_text(value, field: str, *, max_length: int = 2000, lines: bool = False) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return require_text(value, field, max_length=max_length, lines=lines)


def normalise_phone(value, field: str) -> str:
    """Any written form of a phone number (UK without +44) to E.164.

    Possible numbers are accepted rather than only valid ones, so that Ofcom's drama ranges
    (07700 900xxx) serve in examples and tests.
    """
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(field, "must be a phone number")
    if len(value) > MAX_PHONE:
        raise InvalidInput(field, f"is longer than {MAX_PHONE} characters: not a phone number")
    check_text(value, field)
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        raise InvalidInput(field, f"{quoted(value)} is not a phone number") from None
    # LOCAL_ONLY ("2034 5678" without its area code) cannot be dialled from elsewhere.
    if (
        phonenumbers.is_possible_number_with_reason(number)
        != phonenumbers.ValidationResult.IS_POSSIBLE
    ):
        raise InvalidInput(field, f"{quoted(value)} is not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """National format for UK numbers, international for the rest."""
    number = phonenumbers.parse(e164, "GB")
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 44
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, fmt)


def normalise_email(value, field: str) -> str:
    # The length first: the pattern takes time growing with the square of the length.
    if isinstance(value, str) and len(value) > MAX_EMAIL:
        raise InvalidInput(field, f"is longer than {MAX_EMAIL} characters: not an email address")
    if not isinstance(value, str) or not _EMAIL.match(value.strip()):
        raise InvalidInput(field, f"{quoted(value)} is not an email address")
    return check_text(value.strip(), field)


def name_key(name: str) -> str:
    """Case- and accent-folded form of a name, for prefix search ('Siân' finds 'sian')."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix`.

    A range `prefix <= key < bound` uses a plain B-tree index on both databases, where
    `LIKE 'prefix%'` needs collation-specific index support.
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def isoformat_z(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat()
