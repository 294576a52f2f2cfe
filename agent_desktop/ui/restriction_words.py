"""Active restrictions as plain, translated sentences an agent can act on during a call."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from agent_desktop.domain.kinds import KINDS, RestrictionKind
from agent_desktop.domain.values import Channel, DailyWindow
from agent_desktop.services.card import RestrictionView, StaffContact
from agent_desktop.ui import texts


def _plural_noun(channel: Channel) -> str:
    """The channel as the subject of a sentence about many contacts: 'letters', 'calls'."""
    nouns = {
        Channel.PHONE: QCoreApplication.translate("RestrictionWords", "calls"),
        Channel.EMAIL: QCoreApplication.translate("RestrictionWords", "emails"),
        Channel.LETTER: QCoreApplication.translate("RestrictionWords", "letters"),
        Channel.SMS: QCoreApplication.translate("RestrictionWords", "text messages"),
        Channel.SOCIAL: QCoreApplication.translate("RestrictionWords", "social media messages"),
        Channel.VISIT: QCoreApplication.translate("RestrictionWords", "office visits"),
    }
    return nouns[channel]


def _singular_noun(channel: Channel | None) -> str:
    nouns = {
        Channel.PHONE: QCoreApplication.translate("RestrictionWords", "call"),
        Channel.EMAIL: QCoreApplication.translate("RestrictionWords", "email"),
        Channel.LETTER: QCoreApplication.translate("RestrictionWords", "letter"),
        Channel.SMS: QCoreApplication.translate("RestrictionWords", "text message"),
        Channel.SOCIAL: QCoreApplication.translate("RestrictionWords", "social media message"),
        Channel.VISIT: QCoreApplication.translate("RestrictionWords", "office visit"),
    }
    return nouns.get(channel, QCoreApplication.translate("RestrictionWords", "contact"))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _listed(words: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(words) <= 1:
        return "".join(words)
    return QCoreApplication.translate("RestrictionWords", "{items} and {last}").format(
        items=", ".join(words[:-1]), last=words[-1]
    )


def date_text(day: date) -> str:
    """'1 Dec 2026' in the UI language."""
    return f"{day.day} {texts.month_short(day.month)} {day.year}"


def window_text(window: DailyWindow) -> str:
    """'Tue 10:00–12:00', 'Mon–Fri 09:00–17:00', 'any day 10:00–12:00'."""
    days = sorted(window.days)
    if days == list(range(7)):
        day_words = QCoreApplication.translate("RestrictionWords", "any day")
    elif len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        day_words = f"{texts.day_short(days[0])}–{texts.day_short(days[-1])}"
    else:
        day_words = ", ".join(texts.day_short(d) for d in days)
    return f"{day_words} {window.start:%H:%M}–{window.end:%H:%M}"


def _person(contact: StaffContact) -> str:
    reach = contact.phone or contact.email
    if not reach:
        return contact.name
    return QCoreApplication.translate("RestrictionWords", "{name}, {reach}").format(
        name=contact.name, reach=reach
    )


def _limit_sentence(view: RestrictionView, tz, calendar=None, now=None) -> str:
    terms = view.restriction.terms
    channels = list(terms.channels)
    if len(channels) == 1:
        things = _capitalised(_plural_noun(channels[0]))
        one = _singular_noun(channels[0])
    elif channels:
        things = QCoreApplication.translate("RestrictionWords", "Contacts by {channels}").format(
            channels=_listed([_plural_noun(c) for c in channels])
        )
        one = _singular_noun(None)
    else:
        things = QCoreApplication.translate("RestrictionWords", "Contacts")
        one = _singular_noun(None)
    limit, days = terms.limit, terms.per_days
    if days == 7:
        head = QCoreApplication.translate("RestrictionWords", "{things} limited to {limit} a week")
        period = QCoreApplication.translate("RestrictionWords", "this week")
    elif days == 1:
        head = QCoreApplication.translate("RestrictionWords", "{things} limited to {limit} a day")
        period = QCoreApplication.translate("RestrictionWords", "today")
    else:
        head = QCoreApplication.translate(
            "RestrictionWords", "{things} limited to {limit} in any {days} days"
        )
        period = QCoreApplication.translate("RestrictionWords", "in the last {days} days")
    head = head.format(things=things, limit=limit, days=days)
    period = period.format(days=days)
    if terms.direction == "both":
        # Inbound calls use up the limit too: the agent must know before answering one.
        head = QCoreApplication.translate("RestrictionWords", "{head}, in or out").format(head=head)
    used = view.used or 0
    if view.limit_reached and limit == 1:
        usage = QCoreApplication.translate("RestrictionWords", "used {period}").format(
            period=period
        )
    else:
        usage = QCoreApplication.translate(
            "RestrictionWords", "{used} of {limit} used {period}"
        ).format(used=used, limit=limit, period=period)
    if view.limit_reached and view.next_allowed_at is not None:
        at = (
            texts.allowed_when(view.next_allowed_at, calendar, now)
            if calendar is not None
            else texts.when(view.next_allowed_at, tz, now)
        )
        after = QCoreApplication.translate(
            "RestrictionWords", "next {contact} allowed {when}"
        ).format(contact=one, when=at)
        return QCoreApplication.translate("RestrictionWords", "{head}: {usage}, {after}.").format(
            head=head, usage=usage, after=after
        )
    return QCoreApplication.translate("RestrictionWords", "{head}: {usage}.").format(
        head=head, usage=usage
    )


def _channel_only(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate("RestrictionWords", "{channels} only.").format(
        channels=_capitalised(_listed([_plural_noun(c) for c in view.restriction.terms.channels]))
    )


def _single_point(view: RestrictionView, tz, calendar, now) -> str:
    terms = view.restriction.terms
    staff = view.staff or StaffContact(terms.staff or "", terms.staff or "")
    if view.deputy is not None:
        return QCoreApplication.translate(
            "RestrictionWords", "Named contact: {person} (deputy: {deputy})."
        ).format(person=_person(staff), deputy=_person(view.deputy))
    return QCoreApplication.translate("RestrictionWords", "Named contact: {person}.").format(
        person=_person(staff)
    )


def _set_times(view: RestrictionView, tz, calendar, now) -> str:
    # set_times governs texts as well as calls (contact-rules.md), so both are named.
    return QCoreApplication.translate("RestrictionWords", "Calls and texts only {window}.").format(
        window=window_text(view.restriction.terms.window)
    )


def _call_duration(view: RestrictionView, tz, calendar, now) -> str:
    # Two sentences rather than "%n minute(s)": the source language has no .qm to pick
    # the English plural, and Welsh keeps the noun singular after a number anyway.
    minutes = view.restriction.terms.minutes
    if minutes == 1:
        return QCoreApplication.translate("RestrictionWords", "Calls limited to 1 minute.")
    return QCoreApplication.translate(
        "RestrictionWords", "Calls limited to {minutes} minutes."
    ).format(minutes=minutes)


def _no_contact(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate(
        "RestrictionWords", "No contact: only a team leader may contact this customer."
    )


def _representative_only(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate("RestrictionWords", "Contact only through {name}.").format(
        name=view.restriction.terms.representative or ""
    )


def _no_visits(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate("RestrictionWords", "No office visits.")


def _read_and_file(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate(
        "RestrictionWords", "Letters and emails are read and filed: no reply is sent."
    )


def _behaviour_warning(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate("RestrictionWords", "Behaviour warning: {reason}").format(
        reason=view.restriction.reason
    )


def _two_staff_present(view: RestrictionView, tz, calendar, now) -> str:
    return QCoreApplication.translate(
        "RestrictionWords", "Two staff must be present at any appointment."
    )


#: Each kind of restriction in words (domain/kinds.py registers the kinds; the words are the
#: window's). tests/test_kinds.py fails for a registered kind missing here or untranslated.
SENTENCES: dict[RestrictionKind, Callable[..., str]] = {
    RestrictionKind.CHANNEL_ONLY: _channel_only,
    RestrictionKind.MAX_CONTACTS: _limit_sentence,
    RestrictionKind.SINGLE_POINT_OF_CONTACT: _single_point,
    RestrictionKind.SET_TIMES: _set_times,
    RestrictionKind.CALL_DURATION: _call_duration,
    RestrictionKind.NO_CONTACT: _no_contact,
    RestrictionKind.REPRESENTATIVE_ONLY: _representative_only,
    RestrictionKind.NO_VISITS: _no_visits,
    RestrictionKind.READ_AND_FILE: _read_and_file,
    RestrictionKind.BEHAVIOUR_WARNING: _behaviour_warning,
    RestrictionKind.TWO_STAFF_PRESENT: _two_staff_present,
}


def restriction_sentence(
    view: RestrictionView, tz, *, calendar=None, now: datetime | None = None
) -> str:
    """One active restriction in words: 'Letters only.', 'Calls limited to 15 minutes.'.

    With the office `calendar`, a next allowed time when the office is shut says when it
    opens; `now` decides whether dates need their year."""
    return SENTENCES[view.kind](view, tz, calendar, now)


def review_overdue_sentence(views: Iterable[RestrictionView]) -> str:
    """'Review overdue since 1 Dec 2026.' for the earliest overdue review, or ''."""
    overdue = [v.restriction.review_by for v in views if v.review_overdue]
    if not overdue:
        return ""
    return QCoreApplication.translate("RestrictionWords", "Review overdue since {date}.").format(
        date=date_text(min(overdue))
    )


def banner_views(views: Iterable[RestrictionView]) -> list[RestrictionView]:
    """The restrictions the banner states, most limiting first (warnings are not among them)."""
    return sorted(
        (v for v in views if KINDS[v.kind].banner_rank is not None),
        key=lambda v: KINDS[v.kind].banner_rank,
    )


def banner_text(
    views: Iterable[RestrictionView], tz, *, calendar=None, now: datetime | None = None
) -> str:
    """Every active restriction, one sentence a line; '' when there is none."""
    return "\n".join(
        restriction_sentence(v, tz, calendar=calendar, now=now) for v in banner_views(views)
    )


def warning_views(views: Iterable[RestrictionView]) -> list[RestrictionView]:
    """The restrictions stated among the warnings rather than on the banner."""
    return [v for v in views if KINDS[v.kind].banner_rank is None]


def warning_text(views: Iterable[RestrictionView], tz) -> str:
    """Behaviour warnings and an overdue review, one sentence a line; '' when there is none."""
    views = list(views)
    lines = [restriction_sentence(v, tz) for v in warning_views(views)]
    overdue = review_overdue_sentence(views)
    if overdue:
        lines.append(overdue)
    return "\n".join(lines)
