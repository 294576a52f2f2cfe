"""The contact rules: may this member of staff contact this customer, on this channel, now?

`evaluate` is a pure function of the customer's preferences, restrictions and contact history
(contact-rules.md, "The decision"). Every rule is written once, as a function from an instant
to the blocks that hold at that instant; `next_allowed_at` searches the finitely many instants
at which a block can lift, so it is the true earliest time and not an estimate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from agent_desktop.domain.kinds import KINDS, Attempt, channels_text, window_text
from agent_desktop.domain.model import CustomerFacts, Restriction, StaffMember
from agent_desktop.domain.officetime import window_starts
from agent_desktop.domain.values import (
    DEFAULT_CHANNELS,
    Channel,
    Code,
    DailyWindow,
    Direction,
    Language,
    OutreachDecision,
    OverridableBy,
    Purpose,
    Reason,
    Recipient,
    by_weight,
)

PREFERENCE_BLOCKS = frozenset(
    {Code.CHANNEL_NOT_AGREED, Code.FREQUENCY_PREFERENCE, Code.OUTSIDE_AGREED_HOURS}
)
NOT_OVERRIDABLE = frozenset({Code.CENTRAL_UNREACHABLE, Code.UNKNOWN_CUSTOMER})

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# A rule returns the blocks it raises at one instant.
Rule = Callable[[Attempt, datetime], list[Reason]]


def _pref_source(field: str) -> dict:
    return {"type": "preference", "field": field}


def _restriction_source(r: Restriction) -> dict:
    return {"type": "restriction", "kind": r.kind.value, "id": r.id}


def _agreed_channels(a: Attempt) -> tuple[Channel, ...]:
    prefs = a.customer.preferences
    return prefs.channels if prefs is not None else DEFAULT_CHANNELS


# --- preference rules: the agent may override these with a reason --------------------------


def _channel_agreed(a: Attempt, at: datetime) -> list[Reason]:
    agreed = _agreed_channels(a)
    if a.channel in agreed:
        return []
    if a.customer.preferences is None:
        msg = (
            f"No contact preferences are recorded; without them only "
            f"{channels_text(agreed)} may be used. Ask the customer and record their choice."
        )
    else:
        msg = f"The customer has not agreed to {a.channel.value}; they agreed to {channels_text(agreed)}."
    params = {
        "channel": a.channel,
        "agreed": agreed,
        "recorded": a.customer.preferences is not None,
    }
    return [Reason(Code.CHANNEL_NOT_AGREED, msg, _pref_source("channels"), params)]


def _update_frequency(a: Attempt, at: datetime) -> list[Reason]:
    prefs = a.customer.preferences
    if prefs is None or not prefs.update_every_days or a.purpose is not Purpose.PROACTIVE:
        return []
    span = timedelta(days=prefs.update_every_days)
    last = _latest(
        c.at
        for c in a.customer.contacts
        if c.direction is Direction.OUTBOUND
        and c.purpose is Purpose.PROACTIVE
        and at - span < c.at <= at
    )
    if last is None:
        return []
    msg = (
        f"The customer asked to be updated every {prefs.update_every_days} days and was last "
        f"contacted {_when(a, last)}; the next update is due {_when(a, last + span)}."
    )
    params = {"days": prefs.update_every_days, "last": last, "due": last + span}
    return [Reason(Code.FREQUENCY_PREFERENCE, msg, _pref_source("update_every_days"), params)]


def _agreed_hours(a: Attempt, at: datetime) -> list[Reason]:
    prefs = a.customer.preferences
    if prefs is None or prefs.contact_hours is None or not a.channel.is_voice_or_text:
        return []
    if prefs.contact_hours.contains(at.astimezone(a.calendar.tz)):
        return []
    msg = f"The customer agreed to calls and texts only {window_text(prefs.contact_hours)}."
    params = {"window": prefs.contact_hours}
    return [Reason(Code.OUTSIDE_AGREED_HOURS, msg, _pref_source("contact_hours"), params)]


def _representative_preference(a: Attempt, at: datetime) -> list[Reason]:
    prefs = a.customer.preferences
    rep = prefs.representative if prefs else None
    if rep is None or not rep.contact_only_via or a.recipient is Recipient.REPRESENTATIVE:
        return []
    msg = f"The customer asked that contact goes through their representative, {rep.name}."
    params = {"name": rep.name}
    return [Reason(Code.REPRESENTATIVE_ONLY, msg, _pref_source("representative"), params)]


# --- restriction rules: only a team leader may authorise past these -------------------------


def _restriction_blocks(a: Attempt, at: datetime) -> list[Reason]:
    blocks: list[Reason] = []
    for r in a.customer.restrictions:
        check = KINDS[r.kind].check
        if check is None or not r.active_at(at, a.calendar):
            continue
        found = check(a, r, at)
        if found is not None:
            code, message, params = found
            blocks.append(Reason(code, message, _restriction_source(r), params))
    return blocks


_RULES: tuple[Rule, ...] = (
    _channel_agreed,
    _update_frequency,
    _agreed_hours,
    _representative_preference,
    _restriction_blocks,
)


def _blocks_at(a: Attempt, at: datetime) -> list[Reason]:
    return [block for rule in _RULES for block in rule(a, at)]


# --- warnings -------------------------------------------------------------------------------


def _warnings(a: Attempt, at: datetime) -> list[Reason]:
    warnings: list[Reason] = []
    prefs = a.customer.preferences
    if prefs is None:
        warnings.append(
            Reason(
                Code.PREFERENCES_NOT_RECORDED,
                "No contact preferences are recorded: ask how and how often the customer "
                "wants to be kept informed, and record it.",
                _pref_source("channels"),
            )
        )
    else:
        if prefs.language is Language.WELSH and not a.staff.welsh_speaker:
            warnings.append(
                Reason(
                    Code.WELSH_PREFERRED,
                    "The customer prefers Welsh: offer a Welsh speaker; letters and emails use "
                    "the Welsh template.",
                    _pref_source("language"),
                )
            )
        if prefs.accessibility:
            needs = ", ".join(n.replace("_", " ") for n in prefs.accessibility)
            warnings.append(
                Reason(
                    Code.ACCESSIBILITY_NEEDS,
                    f"Accessibility needs and reasonable adjustments: {needs}.",
                    _pref_source("accessibility"),
                    {"needs": prefs.accessibility},
                )
            )
    today = at.astimezone(a.calendar.tz).date()
    for r in a.customer.restrictions:
        if not r.active_at(at, a.calendar):
            continue
        warn = KINDS[r.kind].warn
        found = warn(a, r, at) if warn else None
        if found is not None:
            code, message, params = found
            warnings.append(Reason(code, message, _restriction_source(r), params))
        if today > r.review_by:
            warnings.append(
                Reason(
                    Code.RESTRICTION_REVIEW_OVERDUE,
                    f"The {r.kind.value.replace('_', ' ')} restriction was due for review on "
                    f"{r.review_by:%d %b %Y} and still applies: ask a team leader to review it.",
                    _restriction_source(r),
                    {"kind": r.kind, "review_by": r.review_by},
                )
            )
    return warnings


# --- the decision ---------------------------------------------------------------------------


def _latest(instants: Iterable[datetime]) -> datetime | None:
    return max(instants, default=None)


def _when(a: Attempt, instant: datetime) -> str:
    local = instant.astimezone(a.calendar.tz)
    return f"{_DAY_NAMES[local.weekday()]} {local:%d %b %Y %H:%M}"


def _lift_points(a: Attempt) -> list[datetime]:
    """Every instant, other than the daily windows, at which a block can lift."""
    points: list[datetime] = []
    prefs = a.customer.preferences
    if prefs is not None and prefs.update_every_days:
        span = timedelta(days=prefs.update_every_days)
        points += [c.at + span for c in a.customer.contacts if c.direction is Direction.OUTBOUND]
    for r in a.customer.restrictions:
        start, end = r.active_span(a.calendar)
        points.append(start)
        if end is not None:
            points.append(end)
        days = KINDS[r.kind].span_days(r.terms)
        if days is not None:
            span = timedelta(days=days)
            points += [c.at + span for c in a.customer.contacts]
    return points


def _daily_windows(a: Attempt) -> list[DailyWindow]:
    windows = [
        w
        for r in a.customer.restrictions
        if (w := KINDS[r.kind].window(r.terms, a.channel)) is not None
    ]
    prefs = a.customer.preferences
    if a.channel.is_voice_or_text and prefs is not None and prefs.contact_hours is not None:
        windows.append(prefs.contact_hours)
    return windows


def _next_allowed(a: Attempt, at: datetime) -> datetime | None:
    """The earliest instant at or after `at` with no block, or None if time never brings one.

    Each block lifts only at an instant this function lists: a contact leaving a rolling
    window, a restriction ending, or a daily window opening. Past the last of the finite ones
    the rules repeat every week, so eight more days of window openings settle the question.
    """
    finite = [p for p in _lift_points(a) if p > at]
    horizon = max(finite, default=at) + timedelta(days=8)
    candidates = set(finite)
    tz = a.calendar.tz
    windows = _daily_windows(a)
    day = at.astimezone(tz).date()
    last_day = horizon.astimezone(tz).date()
    while windows and day <= last_day:
        for w in windows:
            if day.weekday() in w.days:
                candidates.update(t for t in window_starts(tz, day, w.start) if t > at)
        day += timedelta(days=1)
    for t in sorted(candidates):
        if t <= horizon and not _blocks_at(a, t):
            return t
    return None


def evaluate(
    customer: CustomerFacts,
    staff: StaffMember,
    channel: Channel,
    at: datetime,
    purpose: Purpose = Purpose.PROACTIVE,
    *,
    calendar,
    recipient: Recipient = Recipient.CUSTOMER,
) -> OutreachDecision:
    """Decide whether `staff` may contact `customer` on `channel` at the instant `at`."""
    if at.tzinfo is None:
        raise ValueError("evaluate needs an aware instant")
    attempt = Attempt(customer, staff, channel, purpose, recipient, calendar)
    blocks = _blocks_at(attempt, at)
    warnings = by_weight(_warnings(attempt, at))
    order = _agreed_channels(attempt) if customer.preferences else tuple(Channel)
    allowed_channels = tuple(
        c
        for c in order
        if not _blocks_at(Attempt(customer, staff, c, purpose, recipient, calendar), at)
    )
    if not blocks:
        return OutreachDecision(
            allowed=True,
            warnings=warnings,
            next_allowed_at=at,
            allowed_channels=allowed_channels,
        )
    return OutreachDecision(
        allowed=False,
        blocks=by_weight(blocks),
        warnings=warnings,
        overridable_by=overridable_by(blocks),
        next_allowed_at=_next_allowed(attempt, at),
        allowed_channels=allowed_channels,
    )


def overridable_by(blocks: Iterable[Reason]) -> OverridableBy | None:
    codes = {b.code for b in blocks}
    if not codes or codes & NOT_OVERRIDABLE:
        return None
    if all(b.code in PREFERENCE_BLOCKS or b.source.get("type") == "preference" for b in blocks):
        return OverridableBy.AGENT
    return OverridableBy.TEAM_LEADER
