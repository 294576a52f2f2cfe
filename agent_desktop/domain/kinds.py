"""Every kind of communication restriction, one entry each (contact-rules.md's table).

An entry says all the application knows about its kind: the terms it takes in the exchange
format and how they are checked, what it does (blocks outreach, warns, routes the customer's
correspondence or conditions a booking), the block or warning it raises, the channels it leaves
open, the daily window or rolling window that lifts it, and its place on the card's banner.
The rules (`domain/rules.py`), the restriction services, the card and the banner read these
entries and name no kind of their own, so a new kind is one entry here and its words in
`ui/restriction_words.py` (English and Welsh); `tests/test_kinds.py` fails until both exist.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from agent_desktop.domain.model import (
    CustomerFacts,
    Restriction,
    RestrictionTerms,
    StaffMember,
)
from agent_desktop.domain.parsing import (
    parse_days,
    parse_enum_list,
    parse_positive_int,
    parse_time,
    require_text,
)
from agent_desktop.domain.values import (
    Channel,
    Code,
    DailyWindow,
    Direction,
    InvalidInput,
    Purpose,
    Recipient,
    can_lead,
    quoted,
)


class RestrictionKind(StrEnum):
    CHANNEL_ONLY = "channel_only"
    MAX_CONTACTS = "max_contacts"
    SINGLE_POINT_OF_CONTACT = "single_point_of_contact"
    SET_TIMES = "set_times"
    CALL_DURATION = "call_duration"
    NO_CONTACT = "no_contact"
    REPRESENTATIVE_ONLY = "representative_only"
    NO_VISITS = "no_visits"
    READ_AND_FILE = "read_and_file"
    BEHAVIOUR_WARNING = "behaviour_warning"
    TWO_STAFF_PRESENT = "two_staff_present"


class Effect(StrEnum):
    """What a kind does to the work of the office."""

    BLOCKS = "blocks"  # refuses outreach: a restriction block only a team leader may pass
    WARNS = "warns"  # never blocks; a warning goes with every decision
    ROUTES = "routes"  # never blocks; changes the work the customer's correspondence makes
    CONDITIONS = "conditions"  # never blocks outreach; conditions an office appointment


@dataclass(frozen=True)
class Attempt:
    """One outreach being decided: who, to whom, on which channel, and why."""

    customer: CustomerFacts
    staff: StaffMember
    channel: Channel
    purpose: Purpose
    recipient: Recipient
    calendar: object  # OfficeCalendar; duck-typed so the rules need only `.tz`


#: What a check finds at one instant: the code, a sentence an agent can act on, and parameters.
Found = tuple[Code, str, dict]
Check = Callable[[Attempt, Restriction, datetime], Found | None]

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def window_text(window: DailyWindow) -> str:
    """A daily window in the rules' English: 'Monday to Friday 09:00-17:00'."""
    days = [_DAY_NAMES[d] for d in sorted(window.days)]
    if days == list(_DAY_NAMES[:5]):
        day_text = "Monday to Friday"
    elif len(days) == 7:
        day_text = "any day"
    else:
        day_text = ", ".join(days)
    return f"{day_text} {window.start:%H:%M}-{window.end:%H:%M}"


def channels_text(channels: Iterable[Channel]) -> str:
    return ", ".join(c.value for c in channels) or "none"


def window_from_fields(obj: dict, path: str) -> DailyWindow:
    days = parse_days(obj.get("days"), f"{path}.days")
    start = parse_time(obj.get("start"), f"{path}.start")
    end = parse_time(obj.get("end"), f"{path}.end")
    if end <= start:
        raise InvalidInput(f"{path}.end", "must be later than start")
    return DailyWindow(days, start, end)


def _no_terms(obj: dict, path: str) -> RestrictionTerms:
    return RestrictionTerms()


def _no_json(terms: RestrictionTerms) -> dict:
    return {}


def _every_channel(terms: RestrictionTerms) -> frozenset[Channel]:
    return frozenset(Channel)


@dataclass(frozen=True)
class KindEntry:
    kind: RestrictionKind
    effect: Effect
    #: Its place on the card's banner, most limiting first (in tens, so a new kind fits
    #: between two); None when it is stated among the warnings instead.
    banner_rank: int | None
    #: A valid terms object in the exchange format, for documentation and for the tests.
    example: Mapping = field(default_factory=dict)
    #: The exchange format's fields for its terms, beside the fields every restriction has.
    fields: frozenset[str] = frozenset()
    parse_terms: Callable[[dict, str], RestrictionTerms] = _no_terms
    terms_json: Callable[[RestrictionTerms], dict] = _no_json
    #: The block it raises at an instant (effect BLOCKS), or None when it raises none.
    check: Check | None = None
    #: The warning it raises at an instant (effect WARNS).
    warn: Check | None = None
    #: The channels it leaves open for the customer to reach us: a set that leaves none is
    #: refused when it is decided.
    open_channels: Callable[[RestrictionTerms], frozenset[Channel]] = _every_channel
    #: Time gate: the daily window outside which it blocks this channel, if any.
    daily_window: Callable[[RestrictionTerms, Channel], DailyWindow | None] | None = None
    #: Time gate: the rolling window, in days, whose contacts it counts, if any.
    rolling_days: Callable[[RestrictionTerms], int | None] | None = None
    #: Terms that name members of staff, who must exist.
    staff_fields: tuple[str, ...] = ()
    #: The customer's letters and emails make only a *check for new information* work item.
    files_correspondence: bool = False
    #: It limits the length of calls (the call timer counts down to it).
    limits_call_minutes: bool = False

    @property
    def blocks(self) -> bool:
        return self.effect is Effect.BLOCKS

    @property
    def gates_by_time(self) -> bool:
        """Whether time alone lifts its block: the card's next-allowed instant is its own."""
        return self.daily_window is not None or self.rolling_days is not None

    def window(self, terms: RestrictionTerms, channel: Channel) -> DailyWindow | None:
        return self.daily_window(terms, channel) if self.daily_window else None

    def span_days(self, terms: RestrictionTerms) -> int | None:
        return self.rolling_days(terms) if self.rolling_days else None


# --- channel_only -----------------------------------------------------------------------------


def _channel_only_terms(obj: dict, path: str) -> RestrictionTerms:
    return RestrictionTerms(
        channels=tuple(parse_enum_list(Channel, obj.get("channels"), f"{path}.channels"))
    )


def _channels_json(t: RestrictionTerms) -> dict:
    return {"channels": [c.value for c in t.channels]}


def _channel_only(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if a.channel in r.terms.channels:
        return None
    return (
        Code.RESTRICTED_CHANNEL,
        (
            f"Contact is restricted to {channels_text(r.terms.channels)}: "
            f"{a.channel.value} may not be used."
        ),
        {"channel": a.channel, "channels": r.terms.channels},
    )


# --- max_contacts -----------------------------------------------------------------------------


def _max_contacts_terms(obj: dict, path: str) -> RestrictionTerms:
    channels = obj.get("channels")
    direction = obj.get("direction", "outbound")
    if direction not in ("outbound", "both"):
        raise InvalidInput(
            f"{path}.direction",
            f"unknown value {quoted(direction)}; expected outbound or both",
        )
    return RestrictionTerms(
        limit=parse_positive_int(obj.get("limit"), f"{path}.limit", maximum=1000),
        per_days=parse_positive_int(obj.get("per_days"), f"{path}.per_days", maximum=366),
        channels=(
            tuple(parse_enum_list(Channel, channels, f"{path}.channels"))
            if channels is not None
            else ()
        ),
        direction=direction,
    )


def _max_contacts_json(t: RestrictionTerms) -> dict:
    out: dict = {"limit": t.limit, "per_days": t.per_days, "direction": t.direction}
    if t.channels:
        out["channels"] = [c.value for c in t.channels]
    return out


def counts_towards(r: Restriction, channel: Channel, direction: Direction) -> bool:
    """Whether a contact counts towards a max_contacts limit."""
    if r.terms.channels and channel not in r.terms.channels:
        return False
    return r.terms.direction == "both" or direction is Direction.OUTBOUND


def _max_contacts(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if not counts_towards(r, a.channel, Direction.OUTBOUND):
        return None
    span = timedelta(days=r.terms.per_days)
    used = sum(
        1
        for c in a.customer.contacts
        if at - span < c.at <= at and counts_towards(r, c.channel, c.direction)
    )
    if used < r.terms.limit:
        return None
    scope = f" {channels_text(r.terms.channels)}" if r.terms.channels else ""
    return (
        Code.CONTACT_LIMIT_REACHED,
        (
            f"Contact is limited to {r.terms.limit}{scope} contact(s) in any {r.terms.per_days} days "
            f"and {used} already happened in that time."
        ),
        {
            "limit": r.terms.limit,
            "per_days": r.terms.per_days,
            "used": used,
            "channels": r.terms.channels,
        },
    )


# --- single_point_of_contact --------------------------------------------------------------------


def _single_point_terms(obj: dict, path: str) -> RestrictionTerms:
    deputy = obj.get("deputy")
    return RestrictionTerms(
        staff=require_text(obj.get("staff"), f"{path}.staff", max_length=100),
        deputy=require_text(deputy, f"{path}.deputy", max_length=100) if deputy else None,
    )


def _single_point_json(t: RestrictionTerms) -> dict:
    return {"staff": t.staff, **({"deputy": t.deputy} if t.deputy else {})}


def _single_point(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    named = {r.terms.staff, r.terms.deputy} - {None}
    if a.staff.username in named:
        return None
    deputy = f" (deputy: {r.terms.deputy})" if r.terms.deputy else ""
    return (
        Code.SINGLE_POINT_OF_CONTACT,
        (f"Only the named contact, {r.terms.staff}{deputy}, may contact this customer."),
        {"staff": r.terms.staff, "deputy": r.terms.deputy},
    )


# --- set_times --------------------------------------------------------------------------------


def _set_times_terms(obj: dict, path: str) -> RestrictionTerms:
    return RestrictionTerms(window=window_from_fields(obj, path))


def _window_json(t: RestrictionTerms) -> dict:
    return t.window.to_json()


def _voice_window(t: RestrictionTerms, channel: Channel) -> DailyWindow | None:
    # set_times governs phone and sms contact only (contact-rules.md).
    return t.window if channel.is_voice_or_text else None


def _set_times(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    window = _voice_window(r.terms, a.channel)
    if window is None or window.contains(at.astimezone(a.calendar.tz)):
        return None
    return (
        Code.OUTSIDE_PERMITTED_TIMES,
        (f"Calls and texts are permitted only {window_text(window)}."),
        {"window": window},
    )


# --- call_duration ----------------------------------------------------------------------------


def _call_duration_terms(obj: dict, path: str) -> RestrictionTerms:
    return RestrictionTerms(
        minutes=parse_positive_int(obj.get("minutes"), f"{path}.minutes", maximum=480)
    )


def _call_duration(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if a.channel is not Channel.PHONE:
        return None
    return (
        Code.CALL_DURATION_LIMIT,
        f"Calls with this customer are limited to {r.terms.minutes} minutes.",
        {"minutes": r.terms.minutes},
    )


# --- no_contact, representative_only, no_visits -------------------------------------------------


def _no_contact(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if can_lead(a.staff.roles):
        return None
    return Code.NO_CONTACT, "No one but a team leader may contact this customer.", {}


def _representative_terms(obj: dict, path: str) -> RestrictionTerms:
    rep = obj.get("representative")
    if isinstance(rep, dict):
        rep = rep.get("name")
    return RestrictionTerms(
        representative=require_text(rep, f"{path}.representative", max_length=200)
    )


def _representative_only(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if a.recipient is Recipient.REPRESENTATIVE:
        return None
    return (
        Code.REPRESENTATIVE_ONLY,
        (
            f"Contact must be addressed to the representative, {r.terms.representative}, "
            f"not to the customer."
        ),
        {"name": r.terms.representative},
    )


def _no_visits(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    if a.channel is not Channel.VISIT:
        return None
    return Code.NO_VISITS, "This customer may not be offered an office appointment.", {}


# --- behaviour_warning ------------------------------------------------------------------------


def _behaviour_warning(a: Attempt, r: Restriction, at: datetime) -> Found | None:
    return (
        Code.BEHAVIOUR_WARNING,
        f"This customer has been warned about their behaviour: {r.reason}",
        {"reason": r.reason},
    )


# --- the registry -----------------------------------------------------------------------------

_ENTRIES = (
    KindEntry(
        RestrictionKind.NO_CONTACT,
        Effect.BLOCKS,
        banner_rank=10,
        check=_no_contact,
    ),
    KindEntry(
        RestrictionKind.REPRESENTATIVE_ONLY,
        Effect.BLOCKS,
        banner_rank=20,
        example={"representative": "Huw Prys"},
        fields=frozenset({"representative"}),
        parse_terms=_representative_terms,
        terms_json=lambda t: {"representative": t.representative},
        check=_representative_only,
    ),
    KindEntry(
        RestrictionKind.CHANNEL_ONLY,
        Effect.BLOCKS,
        banner_rank=30,
        example={"channels": ["letter"]},
        fields=frozenset({"channels"}),
        parse_terms=_channel_only_terms,
        terms_json=_channels_json,
        check=_channel_only,
        open_channels=lambda t: frozenset(t.channels),
    ),
    KindEntry(
        RestrictionKind.MAX_CONTACTS,
        Effect.BLOCKS,
        banner_rank=40,
        example={"limit": 1, "per_days": 7, "channels": ["phone"], "direction": "outbound"},
        fields=frozenset({"limit", "per_days", "channels", "direction"}),
        parse_terms=_max_contacts_terms,
        terms_json=_max_contacts_json,
        check=_max_contacts,
        rolling_days=lambda t: t.per_days,
    ),
    KindEntry(
        RestrictionKind.SET_TIMES,
        Effect.BLOCKS,
        banner_rank=50,
        example={"days": ["tue"], "start": "10:00", "end": "12:00"},
        fields=frozenset({"days", "start", "end"}),
        parse_terms=_set_times_terms,
        terms_json=_window_json,
        check=_set_times,
        daily_window=_voice_window,
    ),
    KindEntry(
        RestrictionKind.CALL_DURATION,
        Effect.WARNS,
        banner_rank=60,
        example={"minutes": 15},
        fields=frozenset({"minutes"}),
        parse_terms=_call_duration_terms,
        terms_json=lambda t: {"minutes": t.minutes},
        warn=_call_duration,
        limits_call_minutes=True,
    ),
    KindEntry(
        RestrictionKind.SINGLE_POINT_OF_CONTACT,
        Effect.BLOCKS,
        banner_rank=70,
        example={"staff": "sclarke", "deputy": "dowen"},
        fields=frozenset({"staff", "deputy"}),
        parse_terms=_single_point_terms,
        terms_json=_single_point_json,
        check=_single_point,
        staff_fields=("staff", "deputy"),
    ),
    KindEntry(
        RestrictionKind.NO_VISITS,
        Effect.BLOCKS,
        banner_rank=80,
        check=_no_visits,
        open_channels=lambda t: frozenset(Channel) - {Channel.VISIT},
    ),
    KindEntry(
        RestrictionKind.READ_AND_FILE,
        Effect.ROUTES,
        banner_rank=90,
        files_correspondence=True,
    ),
    KindEntry(
        RestrictionKind.TWO_STAFF_PRESENT,
        Effect.CONDITIONS,
        banner_rank=100,
    ),
    KindEntry(
        RestrictionKind.BEHAVIOUR_WARNING,
        Effect.WARNS,
        banner_rank=None,  # the step before a restriction: stated with the warnings
        warn=_behaviour_warning,
    ),
)

#: Every kind's entry, by kind.
KINDS: Mapping[RestrictionKind, KindEntry] = MappingProxyType({e.kind: e for e in _ENTRIES})

if set(KINDS) != set(RestrictionKind) or len(KINDS) != len(_ENTRIES):
    raise AssertionError("every restriction kind has exactly one entry in domain/kinds.py")


def entry(kind: RestrictionKind | str) -> KindEntry:
    return KINDS[RestrictionKind(kind)]


def banner_order() -> tuple[RestrictionKind, ...]:
    """The kinds the banner states, most limiting first."""
    ranked = [e for e in _ENTRIES if e.banner_rank is not None]
    return tuple(e.kind for e in sorted(ranked, key=lambda e: e.banner_rank))


def time_gates() -> frozenset[RestrictionKind]:
    """The kinds whose blocks time alone lifts."""
    return frozenset(e.kind for e in _ENTRIES if e.gates_by_time)
