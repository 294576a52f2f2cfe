"""A block or warning from the contact rules, worded in the interface language.

The rules give each reason an English sentence (for the command line and the audit log) and
its values as parameters; the window words those values itself so Welsh is complete too.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from agent_desktop.domain.values import Reason
from agent_desktop.ui import texts
from agent_desktop.ui.restriction_words import date_text, window_text


def _channel(channel) -> str:
    """A channel's name inside a sentence."""
    return texts.channel_name(str(channel)).lower()


def _channels(channels) -> str:
    return ", ".join(_channel(c) for c in channels) or QCoreApplication.translate(
        "ReasonWords", "none"
    )


def reason_text(reason: Reason, tz, now: datetime | None = None) -> str:
    """The reason as a sentence an agent can act on; the rules' own sentence as a fallback.

    `now` decides whether dates need their year (the real clock unless given)."""
    p = reason.params
    code = reason.code.value
    if code == "CHANNEL_NOT_AGREED" and p:
        if not p.get("recorded"):
            return QCoreApplication.translate(
                "ReasonWords",
                "No contact preferences are recorded; until they are, only {channels} "
                "may be used. Ask the customer and record their choice.",
            ).format(channels=_channels(p["agreed"]))
        return QCoreApplication.translate(
            "ReasonWords", "The customer has not agreed to {channel}; they agreed to {channels}."
        ).format(channel=_channel(p["channel"]), channels=_channels(p["agreed"]))
    if code == "FREQUENCY_PREFERENCE" and p:
        return QCoreApplication.translate(
            "ReasonWords",
            "The customer asked for an update every {days} days and was last "
            "contacted {last}; the next update is due {due}.",
        ).format(
            days=p["days"], last=texts.when(p["last"], tz, now), due=texts.when(p["due"], tz, now)
        )
    if code == "OUTSIDE_AGREED_HOURS" and p:
        return QCoreApplication.translate(
            "ReasonWords", "The customer agreed to calls and texts only {window}."
        ).format(window=window_text(p["window"]))
    if code == "REPRESENTATIVE_ONLY" and p:
        return QCoreApplication.translate(
            "ReasonWords", "Contact must go through the representative, {name}, not the customer."
        ).format(name=p["name"])
    if code == "RESTRICTED_CHANNEL" and p:
        return QCoreApplication.translate(
            "ReasonWords", "Contact is restricted to {channels}: {channel} may not be used."
        ).format(channels=_channels(p["channels"]), channel=_channel(p["channel"]))
    if code == "CONTACT_LIMIT_REACHED" and p:
        return QCoreApplication.translate(
            "ReasonWords",
            "Contact is limited to {limit} in any {days} days ({channels}) "
            "and {used} already happened in that time.",
        ).format(
            limit=p["limit"],
            days=p["per_days"],
            used=p["used"],
            channels=_channels(p["channels"])
            if p["channels"]
            else QCoreApplication.translate("ReasonWords", "any channel"),
        )
    if code == "SINGLE_POINT_OF_CONTACT" and p:
        if p.get("deputy"):
            return QCoreApplication.translate(
                "ReasonWords",
                "Only the named contact, {staff} (deputy: {deputy}), may contact this customer.",
            ).format(staff=p["staff"], deputy=p["deputy"])
        return QCoreApplication.translate(
            "ReasonWords", "Only the named contact, {staff}, may contact this customer."
        ).format(staff=p["staff"])
    if code == "OUTSIDE_PERMITTED_TIMES" and p:
        return QCoreApplication.translate(
            "ReasonWords", "Calls and texts are permitted only {window}."
        ).format(window=window_text(p["window"]))
    if code == "NO_CONTACT":
        return QCoreApplication.translate(
            "ReasonWords", "No one but a team leader may contact this customer."
        )
    if code == "NO_VISITS":
        return QCoreApplication.translate(
            "ReasonWords", "This customer may not be offered an office appointment."
        )
    if code == "UNKNOWN_CUSTOMER":
        return QCoreApplication.translate("ReasonWords", "No customer has this reference.")
    if code == "CENTRAL_UNREACHABLE":
        return QCoreApplication.translate(
            "ReasonWords", "The central database cannot be reached: outreach waits until it can."
        )
    if code == "PREFERENCES_NOT_RECORDED":
        return QCoreApplication.translate(
            "ReasonWords",
            "No contact preferences are recorded: ask how and how often the "
            "customer wants to be kept informed, and record it.",
        )
    if code == "WELSH_PREFERRED":
        return QCoreApplication.translate(
            "ReasonWords",
            "The customer prefers Welsh: offer a Welsh speaker; letters and "
            "emails use the Welsh template.",
        )
    if code == "ACCESSIBILITY_NEEDS" and p:
        needs = ", ".join(texts.accessibility_name(n) for n in p["needs"])
        return QCoreApplication.translate(
            "ReasonWords", "Accessibility needs and reasonable adjustments: {needs}."
        ).format(needs=needs)
    if code == "CALL_DURATION_LIMIT" and p:
        return QCoreApplication.translate(
            "ReasonWords", "Calls with this customer are limited to {minutes} minutes."
        ).format(minutes=p["minutes"])
    if code == "BEHAVIOUR_WARNING" and p:
        return QCoreApplication.translate(
            "ReasonWords", "This customer has been warned about their behaviour: {reason}"
        ).format(reason=p["reason"])
    if code == "RESTRICTION_REVIEW_OVERDUE" and p:
        return QCoreApplication.translate(
            "ReasonWords",
            "A restriction was due for review on {date} and still applies: "
            "ask a team leader to review it.",
        ).format(date=date_text(p["review_by"]))
    return reason.message
