"""Names of channels, work, roles and reason codes as the agent reads them, in the UI language.

One place for words several panels show, so each is translated once. Every string is a literal
inside `QCoreApplication.translate`, which is how pyside6-lupdate finds it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from agent_desktop.domain.stages import Stage
from agent_desktop.domain.values import WorkItemKind


def channel_name(channel: str) -> str:
    names = {
        "phone": QCoreApplication.translate("Texts", "Phone"),
        "email": QCoreApplication.translate("Texts", "Email"),
        "letter": QCoreApplication.translate("Texts", "Letter"),
        "sms": QCoreApplication.translate("Texts", "Text message"),
        "social": QCoreApplication.translate("Texts", "Social media message"),
        "visit": QCoreApplication.translate("Texts", "Office visit"),
    }
    return names.get(channel, channel)


def work_kind_name(kind: str) -> str:
    names = {
        WorkItemKind.CALLBACK: QCoreApplication.translate("Texts", "Call-back"),
        WorkItemKind.EMAIL_ACK: QCoreApplication.translate("Texts", "Acknowledge email"),
        WorkItemKind.EMAIL_REPLY: QCoreApplication.translate("Texts", "Reply to email"),
        WorkItemKind.PROGRESS_UPDATE: QCoreApplication.translate("Texts", "Progress update due"),
        WorkItemKind.DELAY_NOTICE: QCoreApplication.translate("Texts", "Delay notice"),
        WorkItemKind.RESTRICTION_NOTICE: QCoreApplication.translate(
            "Texts", "Send restriction notice"
        ),
        WorkItemKind.RESTRICTION_REVIEW: QCoreApplication.translate("Texts", "Review restriction"),
        WorkItemKind.CHALLENGE: QCoreApplication.translate("Texts", "Restriction challenge"),
        WorkItemKind.INFO_CHECK: QCoreApplication.translate("Texts", "Check for new information"),
        WorkItemKind.APPOINTMENT: QCoreApplication.translate("Texts", "Appointment"),
    }
    return names.get(kind, kind)


def relationship_name(relationship: str) -> str:
    """A representative's relationship to the customer; free text is shown as recorded."""
    names = {
        "son": QCoreApplication.translate("Texts", "son"),
        "daughter": QCoreApplication.translate("Texts", "daughter"),
        "father": QCoreApplication.translate("Texts", "father"),
        "mother": QCoreApplication.translate("Texts", "mother"),
        "parent": QCoreApplication.translate("Texts", "parent"),
        "brother": QCoreApplication.translate("Texts", "brother"),
        "sister": QCoreApplication.translate("Texts", "sister"),
        "husband": QCoreApplication.translate("Texts", "husband"),
        "wife": QCoreApplication.translate("Texts", "wife"),
        "partner": QCoreApplication.translate("Texts", "partner"),
        "friend": QCoreApplication.translate("Texts", "friend"),
        "neighbour": QCoreApplication.translate("Texts", "neighbour"),
        "carer": QCoreApplication.translate("Texts", "carer"),
        "guardian": QCoreApplication.translate("Texts", "guardian"),
        "advocate": QCoreApplication.translate("Texts", "advocate"),
        "solicitor": QCoreApplication.translate("Texts", "solicitor"),
        "social worker": QCoreApplication.translate("Texts", "social worker"),
        "attorney": QCoreApplication.translate("Texts", "attorney"),
        "power of attorney": QCoreApplication.translate("Texts", "power of attorney"),
        "appointee": QCoreApplication.translate("Texts", "appointee"),
        "deputy": QCoreApplication.translate("Texts", "deputy"),
    }
    return names.get(relationship.strip().casefold(), relationship)


def role_name(role: str) -> str:
    names = {
        "agent": QCoreApplication.translate("Texts", "Agent"),
        "team_leader": QCoreApplication.translate("Texts", "Team leader"),
        "manager": QCoreApplication.translate("Texts", "Manager"),
        "visits": QCoreApplication.translate("Texts", "Visits officer"),
        "admin": QCoreApplication.translate("Texts", "Administrator"),
    }
    return names.get(role, role)


def stage_name(stage: str) -> str:
    names = {
        Stage.ENQUIRY: QCoreApplication.translate("Texts", "Enquiry"),
        Stage.ASSESSMENT: QCoreApplication.translate("Texts", "Assessment"),
        Stage.INVESTIGATION: QCoreApplication.translate("Texts", "Investigation"),
        Stage.DECISION: QCoreApplication.translate("Texts", "Decision"),
        Stage.REVIEW: QCoreApplication.translate("Texts", "Review"),
        Stage.CLOSED: QCoreApplication.translate("Texts", "Closed"),
    }
    return names.get(stage, stage)


def accessibility_name(need: str) -> str:
    """A recorded need in words; free text is shown as the customer gave it."""
    names = {
        "large_print": QCoreApplication.translate("Texts", "Large print"),
        "braille": QCoreApplication.translate("Texts", "Braille"),
        "easy_read": QCoreApplication.translate("Texts", "Easy read"),
        "audio": QCoreApplication.translate("Texts", "Audio"),
        "bsl_interpreter": QCoreApplication.translate("Texts", "BSL interpreter"),
        "text_relay": QCoreApplication.translate("Texts", "Text relay"),
        "more_time": QCoreApplication.translate("Texts", "More time"),
    }
    return names.get(need, need)


def reason_title(code: str) -> str:
    """A short title for a block or warning code; the full sentence comes with the reason."""
    titles = {
        "CHANNEL_NOT_AGREED": QCoreApplication.translate("Texts", "Channel not agreed"),
        "FREQUENCY_PREFERENCE": QCoreApplication.translate("Texts", "Updated recently"),
        "OUTSIDE_AGREED_HOURS": QCoreApplication.translate("Texts", "Outside agreed hours"),
        "RESTRICTED_CHANNEL": QCoreApplication.translate("Texts", "Channel restricted"),
        "CONTACT_LIMIT_REACHED": QCoreApplication.translate("Texts", "Contact limit reached"),
        "SINGLE_POINT_OF_CONTACT": QCoreApplication.translate("Texts", "Named contact only"),
        "OUTSIDE_PERMITTED_TIMES": QCoreApplication.translate("Texts", "Outside permitted times"),
        "NO_CONTACT": QCoreApplication.translate("Texts", "No contact"),
        "REPRESENTATIVE_ONLY": QCoreApplication.translate("Texts", "Through representative only"),
        "NO_VISITS": QCoreApplication.translate("Texts", "No office visits"),
        "CENTRAL_UNREACHABLE": QCoreApplication.translate("Texts", "Central database unreachable"),
        "UNKNOWN_CUSTOMER": QCoreApplication.translate("Texts", "Unknown customer"),
        "WELSH_PREFERRED": QCoreApplication.translate("Texts", "Welsh preferred"),
        "ACCESSIBILITY_NEEDS": QCoreApplication.translate("Texts", "Accessibility needs"),
        "PREFERENCES_NOT_RECORDED": QCoreApplication.translate("Texts", "Preferences not recorded"),
        "CALL_DURATION_LIMIT": QCoreApplication.translate("Texts", "Call length limited"),
        "BEHAVIOUR_WARNING": QCoreApplication.translate("Texts", "Behaviour warning"),
        "RESTRICTION_REVIEW_OVERDUE": QCoreApplication.translate("Texts", "Review overdue"),
        "REASONABLE_ADJUSTMENT_CONFLICT": QCoreApplication.translate(
            "Texts", "Conflicts with a reasonable adjustment"
        ),
    }
    return titles.get(code, code)


def day_short(index: int) -> str:
    names = (
        QCoreApplication.translate("Texts", "Mon"),
        QCoreApplication.translate("Texts", "Tue"),
        QCoreApplication.translate("Texts", "Wed"),
        QCoreApplication.translate("Texts", "Thu"),
        QCoreApplication.translate("Texts", "Fri"),
        QCoreApplication.translate("Texts", "Sat"),
        QCoreApplication.translate("Texts", "Sun"),
    )
    return names[index]


def month_short(index: int) -> str:
    names = (
        QCoreApplication.translate("Texts", "Jan"),
        QCoreApplication.translate("Texts", "Feb"),
        QCoreApplication.translate("Texts", "Mar"),
        QCoreApplication.translate("Texts", "Apr"),
        QCoreApplication.translate("Texts", "May"),
        QCoreApplication.translate("Texts", "Jun"),
        QCoreApplication.translate("Texts", "Jul"),
        QCoreApplication.translate("Texts", "Aug"),
        QCoreApplication.translate("Texts", "Sep"),
        QCoreApplication.translate("Texts", "Oct"),
        QCoreApplication.translate("Texts", "Nov"),
        QCoreApplication.translate("Texts", "Dec"),
    )
    return names[index - 1]


def when(instant: datetime, tz, now: datetime | None = None) -> str:
    """'Tue 2 Dec 10:00' in office time and the UI language; 'Fri 26 Mar 2027 10:00' when the
    instant falls in another year than `now` (the real clock unless given)."""
    local = instant.astimezone(tz)
    this_year = (now or datetime.now(UTC)).astimezone(tz).year
    day = f"{day_short(local.weekday())} {local.day} {month_short(local.month)}"
    if local.year != this_year:
        day = f"{day} {local.year}"
    return f"{day} {local:%H:%M}"


def allowed_when(instant: datetime, calendar, now: datetime | None = None) -> str:
    """When a contact is next allowed, and when the office opens if it is shut then.

    The rules can lift a block at midnight or at a weekend (a restriction ending, a contact
    leaving a rolling window); the agent needs to know when someone can act on it.
    """
    text = when(instant, calendar.tz, now)
    opens = calendar.next_working_instant(instant)
    if opens.astimezone(UTC) == instant.astimezone(UTC):
        return text
    return QCoreApplication.translate(
        "Texts", "{when} (the office is closed then and opens {opens})"
    ).format(when=text, opens=when(opens, calendar.tz, now))


def working_duration(delta: timedelta) -> str:
    """'3h 20m left', '1d 2h overdue', '12d overdue' for a span of working time (8-hour
    working days). From three working days on the hours are left out: they are noise there,
    and the queue's column stays narrow enough to sit beside the card in Welsh too."""
    seconds = int(delta.total_seconds())
    overdue = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 8 * 3600)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days >= 3 or (days and not hours):
        span = QCoreApplication.translate("Texts", "{days}d").format(days=days)
    elif days:
        span = QCoreApplication.translate("Texts", "{days}d {hours}h").format(
            days=days, hours=hours
        )
    elif hours:
        span = QCoreApplication.translate("Texts", "{hours}h {minutes}m").format(
            hours=hours, minutes=minutes
        )
    else:
        span = QCoreApplication.translate("Texts", "{minutes}m").format(minutes=minutes)
    if overdue:
        return QCoreApplication.translate("Texts", "{span} overdue").format(span=span)
    return QCoreApplication.translate("Texts", "{span} left").format(span=span)
