"""Reasons from the contact rules are worded in the interface language, values included."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.documents import parse_preferences, parse_restriction
from agent_desktop.domain.model import CustomerFacts, PastContact, StaffMember
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import Channel, Direction, Purpose, Role
from agent_desktop.ui.i18n import install_language
from agent_desktop.ui.reason_words import reason_text

OFFICE = OfficeCalendar()
AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
BASE = {
    "category": "unreasonably_persistent",
    "reason": "Repeated calls",
    "decided_by": "mhughes",
    "starts_on": "2026-06-01",
    "review_by": "2026-11-01",
}


def every_reason():
    """One customer whose decision carries nearly every block and warning there is."""
    restrictions = [
        {"kind": "channel_only", "channels": ["letter"], **BASE},
        {"kind": "max_contacts", "limit": 1, "per_days": 7, "direction": "both", **BASE},
        {"kind": "single_point_of_contact", "staff": "sclarke", "deputy": "mhughes", **BASE},
        {"kind": "set_times", "days": ["tue"], "start": "10:00", "end": "12:00", **BASE},
        {"kind": "call_duration", "minutes": 15, **BASE},
        {"kind": "behaviour_warning", **BASE},
    ]
    facts = CustomerFacts(
        ref="C-1",
        preferences=parse_preferences(
            {
                "channels": ["email"],
                "language": "cy",
                "update_every_days": 14,
                "accessibility": ["large_print"],
                "contact_hours": {"days": ["mon"], "start": "13:00", "end": "15:00"},
            },
            "p",
        ),
        restrictions=tuple(parse_restriction(r, "r") for r in restrictions),
        contacts=(
            PastContact(
                datetime(2026, 11, 27, 10, tzinfo=UTC),
                Channel.PHONE,
                Direction.OUTBOUND,
                Purpose.PROACTIVE,
            ),
        ),
    )
    staff = StaffMember("dowen", "Dafydd Owen", frozenset({Role.AGENT}), welsh_speaker=False)
    decision = evaluate(facts, staff, Channel.PHONE, AT, calendar=OFFICE)
    return [*decision.blocks, *decision.warnings]


def test_every_reason_has_its_values_and_is_worded_in_english():
    reasons = every_reason()
    codes = {r.code.value for r in reasons}
    assert {
        "CHANNEL_NOT_AGREED",
        "FREQUENCY_PREFERENCE",
        "OUTSIDE_AGREED_HOURS",
        "RESTRICTED_CHANNEL",
        "CONTACT_LIMIT_REACHED",
        "SINGLE_POINT_OF_CONTACT",
        "OUTSIDE_PERMITTED_TIMES",
        "WELSH_PREFERRED",
        "ACCESSIBILITY_NEEDS",
        "CALL_DURATION_LIMIT",
        "BEHAVIOUR_WARNING",
        "RESTRICTION_REVIEW_OVERDUE",
    } <= codes
    for reason in reasons:
        text = reason_text(reason, OFFICE.tz)
        assert text and "{" not in text, reason.code
    restricted = next(r for r in reasons if r.code.value == "RESTRICTED_CHANNEL")
    assert reason_text(restricted, OFFICE.tz) == (
        "Contact is restricted to letter: phone may not be used."
    )


@pytest.fixture
def welsh(qapp):
    locale = QLocale()
    translator = install_language(qapp, "cy")
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_every_reason_reads_in_welsh(welsh):
    for reason in every_reason():
        text = reason_text(reason, OFFICE.tz)
        assert text != reason.message, reason.code
        assert "{" not in text
    restricted = next(r for r in every_reason() if r.code.value == "RESTRICTED_CHANNEL")
    assert reason_text(restricted, OFFICE.tz) == (
        "Sianeli a ganiateir: llythyr. Ni ellir defnyddio'r sianel hon: ffôn."
    )
