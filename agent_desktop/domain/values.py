"""Value types of the contact rules: channels, roles, reason codes, decisions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time
from enum import StrEnum


class InvalidInput(ValueError):
    """Bad input, naming the field (or JSON path) that is wrong."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


#: The most characters of a bad value an error message quotes.
QUOTE_LIMIT = 40


def quoted(value) -> str:
    """A bad value as an error message shows it: escaped, on one line, and short.

    Every error that quotes a value goes through here. A long text is cut to its first
    QUOTE_LIMIT characters (saying how long it was), and a list or object is named rather than
    shown, so that a huge or deeply nested value never makes a huge message, or none at all.
    """
    if isinstance(value, str):
        if len(value) <= QUOTE_LIMIT:
            return repr(value)
        return f"{value[:QUOTE_LIMIT]!r}... ({len(value):,} characters)"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "a number too large"
    try:
        text = repr(value)
    except ValueError:  # an integer too long to write out
        return "a number too large"
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "..."


# NUL (which PostgreSQL cannot store, and which hides the rest of a value from C code),
# lone surrogates (not characters: they cannot be written as UTF-8), and the other C0 and C1
# control characters; multi-line text may hold tabs and line breaks.
_NOT_TEXT = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(value: str, *, lines: bool = False) -> str | None:
    """Why `value` is not acceptable text, or None when it is.

    The one place that says what text may hold: no NUL, no lone surrogate, no control
    character; tabs and line breaks only where `lines` allows several lines.
    """
    match = (_NOT_LINES if lines else _NOT_TEXT).search(value)
    if match is None:
        return None
    char, at = match.group(), match.start() + 1
    if char == "\x00":
        what = "a NUL character"
    elif "\ud800" <= char <= "\udfff":
        what = f"a lone surrogate (U+{ord(char):04X}), which is not a character"
    elif char in "\n\r":
        what = "a line break"
    elif char == "\t":
        what = "a tab"
    else:
        what = f"a control character (U+{ord(char):04X})"
    return f"contains {what} at character {at:,}"


def check_text(value: str, field: str, *, lines: bool = False) -> str:
    """`value` when it is acceptable text (see text_problem); else InvalidInput naming `field`."""
    problem = text_problem(value, lines=lines)
    if problem is not None:
        raise InvalidInput(field, problem)
    return value


def key_name(key) -> str:
    """An object's key as a JSON path shows it: as it is when plain, else quoted."""
    if isinstance(key, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,39}", key):
        return key
    return quoted(key)


class Channel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    SMS = "sms"
    SOCIAL = "social"
    VISIT = "visit"

    @property
    def is_voice_or_text(self) -> bool:
        return self in (Channel.PHONE, Channel.SMS)

    @property
    def is_written(self) -> bool:
        return self in (Channel.EMAIL, Channel.LETTER)


#: The channels open to a customer who has not yet told us their preferences.
DEFAULT_CHANNELS: tuple[Channel, ...] = (Channel.PHONE, Channel.EMAIL, Channel.LETTER)


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Purpose(StrEnum):
    PROACTIVE = "proactive"
    FOLLOW_UP = "follow_up"


class Recipient(StrEnum):
    """Whom an outreach is addressed to."""

    CUSTOMER = "customer"
    REPRESENTATIVE = "representative"


class Role(StrEnum):
    AGENT = "agent"
    TEAM_LEADER = "team_leader"
    MANAGER = "manager"
    VISITS = "visits"
    ADMIN = "admin"


def can_lead(roles) -> bool:
    """A manager may do whatever a team leader may."""
    return Role.TEAM_LEADER in roles or Role.MANAGER in roles


class Language(StrEnum):
    ENGLISH = "en"
    WELSH = "cy"


class Accessibility(StrEnum):
    LARGE_PRINT = "large_print"
    BRAILLE = "braille"
    EASY_READ = "easy_read"
    AUDIO = "audio"
    BSL_INTERPRETER = "bsl_interpreter"
    TEXT_RELAY = "text_relay"
    MORE_TIME = "more_time"


class Category(StrEnum):
    ABUSIVE = "abusive"
    AGGRESSIVE = "aggressive"
    THREATENING = "threatening"
    UNREASONABLY_PERSISTENT = "unreasonably_persistent"
    CUSTOMER_REQUEST = "customer_request"
    SAFEGUARDING = "safeguarding"


class WorkItemKind(StrEnum):
    """Something someone owes a customer (contact-rules.md, "Cases and work items")."""

    CALLBACK = "callback"
    EMAIL_ACK = "email_ack"
    EMAIL_REPLY = "email_reply"
    PROGRESS_UPDATE = "progress_update"
    DELAY_NOTICE = "delay_notice"
    RESTRICTION_NOTICE = "restriction_notice"
    RESTRICTION_REVIEW = "restriction_review"
    CHALLENGE = "challenge"
    INFO_CHECK = "info_check"
    APPOINTMENT = "appointment"


class WorkItemStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Weekday(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"

    @property
    def index(self) -> int:
        """Monday is 0, as in `date.weekday()`."""
        return list(Weekday).index(self)


class Code(StrEnum):
    # preference blocks
    CHANNEL_NOT_AGREED = "CHANNEL_NOT_AGREED"
    FREQUENCY_PREFERENCE = "FREQUENCY_PREFERENCE"
    OUTSIDE_AGREED_HOURS = "OUTSIDE_AGREED_HOURS"
    # restriction blocks
    RESTRICTED_CHANNEL = "RESTRICTED_CHANNEL"
    CONTACT_LIMIT_REACHED = "CONTACT_LIMIT_REACHED"
    SINGLE_POINT_OF_CONTACT = "SINGLE_POINT_OF_CONTACT"
    OUTSIDE_PERMITTED_TIMES = "OUTSIDE_PERMITTED_TIMES"
    NO_CONTACT = "NO_CONTACT"
    REPRESENTATIVE_ONLY = "REPRESENTATIVE_ONLY"
    NO_VISITS = "NO_VISITS"
    # blocks nobody may override
    CENTRAL_UNREACHABLE = "CENTRAL_UNREACHABLE"
    UNKNOWN_CUSTOMER = "UNKNOWN_CUSTOMER"
    # warnings
    WELSH_PREFERRED = "WELSH_PREFERRED"
    ACCESSIBILITY_NEEDS = "ACCESSIBILITY_NEEDS"
    PREFERENCES_NOT_RECORDED = "PREFERENCES_NOT_RECORDED"
    CALL_DURATION_LIMIT = "CALL_DURATION_LIMIT"
    BEHAVIOUR_WARNING = "BEHAVIOUR_WARNING"
    RESTRICTION_REVIEW_OVERDUE = "RESTRICTION_REVIEW_OVERDUE"
    # deciding a restriction
    REASONABLE_ADJUSTMENT_CONFLICT = "REASONABLE_ADJUSTMENT_CONFLICT"


#: Reasons in the order an agent must read them: what nobody may override, then restriction
#: blocks from the most limiting, then preference blocks, then warnings from the weightiest.
_WEIGHT = {
    code: rank
    for rank, code in enumerate(
        (
            Code.UNKNOWN_CUSTOMER,
            Code.CENTRAL_UNREACHABLE,
            Code.NO_CONTACT,
            Code.REPRESENTATIVE_ONLY,
            Code.SINGLE_POINT_OF_CONTACT,
            Code.RESTRICTED_CHANNEL,
            Code.CONTACT_LIMIT_REACHED,
            Code.OUTSIDE_PERMITTED_TIMES,
            Code.NO_VISITS,
            Code.CHANNEL_NOT_AGREED,
            Code.OUTSIDE_AGREED_HOURS,
            Code.FREQUENCY_PREFERENCE,
            Code.BEHAVIOUR_WARNING,
            Code.RESTRICTION_REVIEW_OVERDUE,
            Code.CALL_DURATION_LIMIT,
            Code.ACCESSIBILITY_NEEDS,
            Code.WELSH_PREFERRED,
            Code.PREFERENCES_NOT_RECORDED,
            Code.REASONABLE_ADJUSTMENT_CONFLICT,
        )
    )
}
_SOURCE_WEIGHT = {"restriction": 0, "preference": 1}


def _reason_weight(reason: Reason) -> tuple[int, int, int]:
    nobody = 0 if reason.code in (Code.UNKNOWN_CUSTOMER, Code.CENTRAL_UNREACHABLE) else 1
    return (nobody, _SOURCE_WEIGHT.get(reason.source.get("type"), 2), _WEIGHT[reason.code])


def by_weight(reasons) -> tuple[Reason, ...]:
    """`reasons` heaviest first (restriction before preference), each said once.

    Two sources can give the same reason: a preference and a restriction that both send
    contact through the representative. The heavier source is kept, since it decides who may
    override; a reason with other values (two different contact limits) is kept as well.
    """
    kept: dict[tuple, Reason] = {}
    for reason in sorted(reasons, key=_reason_weight):
        kept.setdefault((reason.code, _values_key(reason.params)), reason)
    return tuple(kept.values())


def _values_key(params: dict) -> str:
    return repr(sorted(params.items(), key=lambda item: item[0]))


class OverridableBy(StrEnum):
    AGENT = "agent"
    TEAM_LEADER = "team_leader"


@dataclass(frozen=True)
class DailyWindow:
    """Days of the week and a time range in office time; start included, end excluded."""

    days: frozenset[int]  # 0 = Monday
    start: time
    end: time

    def contains(self, local: datetime) -> bool:
        if local.weekday() not in self.days:
            return False
        return self.start <= local.time().replace(tzinfo=None) < self.end

    def to_json(self) -> dict:
        return {
            "days": [d.value for d in Weekday if d.index in self.days],
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
        }


@dataclass(frozen=True)
class Finding:
    """A block or a warning of a desk's rules (assigning work, booking a visit): a code from
    its page and a sentence, as `{code, message}` in every answer that carries it."""

    code: str
    message: str

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Reason:
    """One block or warning: a code, a sentence an agent can act on, and what caused it."""

    code: Code
    message: str
    source: dict = field(default_factory=dict)
    # What the sentence says, as values, so an interface can word it in its own language.
    params: dict = field(default_factory=dict, compare=False)

    def to_json(self) -> dict:
        return {"code": self.code.value, "message": self.message, "source": self.source}


@dataclass(frozen=True)
class OutreachDecision:
    allowed: bool
    blocks: tuple[Reason, ...] = ()
    warnings: tuple[Reason, ...] = ()
    overridable_by: OverridableBy | None = None
    next_allowed_at: datetime | None = None
    allowed_channels: tuple[Channel, ...] = ()

    @property
    def block_codes(self) -> list[str]:
        return [b.code.value for b in self.blocks]

    @property
    def warning_codes(self) -> list[str]:
        return [w.code.value for w in self.warnings]

    def to_json(self) -> dict:
        return {
            "allowed": self.allowed,
            "blocks": [b.to_json() for b in self.blocks],
            "warnings": [w.to_json() for w in self.warnings],
            "overridable_by": self.overridable_by.value if self.overridable_by else None,
            "next_allowed_at": self.next_allowed_at.isoformat() if self.next_allowed_at else None,
            "allowed_channels": [c.value for c in self.allowed_channels],
        }

    @classmethod
    def refused(cls, code: Code, message: str) -> OutreachDecision:
        """A block that nothing may override and time will not lift."""
        return cls(allowed=False, blocks=(Reason(code, message),))
