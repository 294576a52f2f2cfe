"""The contact rules of contact-rules.md, by example and by property."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.documents import parse_preferences, parse_restriction
from agent_desktop.domain.model import CustomerFacts, PastContact, StaffMember
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import Channel, Direction, Purpose, Recipient, Role

OFFICE = OfficeCalendar()
AGENT = StaffMember("sclarke", "Sarah Clarke", frozenset({Role.AGENT}), welsh_speaker=False)
WELSH_AGENT = StaffMember("dowen", "Dafydd Owen", frozenset({Role.AGENT}), welsh_speaker=True)
LEADER = StaffMember("mhughes", "Megan Hughes", frozenset({Role.TEAM_LEADER}), True)
MANAGER = StaffMember("boss", "Big Boss", frozenset({Role.MANAGER}), False)

# Tuesday 1 December 2026, 11:00 in London (GMT).
TUE_11 = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def restriction(kind: str, **params) -> dict:
    base = {
        "kind": kind,
        "category": "unreasonably_persistent",
        "reason": "Repeated calls about the same decision",
        "decided_by": "mhughes",
        "starts_on": "2026-06-01",
        "review_by": "2026-12-01",
    }
    base.update(params)
    return base


def customer(prefs: dict | None = None, restrictions=(), contacts=()) -> CustomerFacts:
    return CustomerFacts(
        ref="C-1",
        preferences=parse_preferences(prefs, "preferences") if prefs is not None else None,
        restrictions=tuple(
            parse_restriction(r, f"restrictions[{i}]") for i, r in enumerate(restrictions)
        ),
        contacts=tuple(contacts),
    )


def contact(when: datetime, channel="phone", direction="outbound", purpose="proactive"):
    return PastContact(when, Channel(channel), Direction(direction), Purpose(purpose))


def decide(facts, channel="phone", when=TUE_11, staff=AGENT, purpose="proactive", **kw):
    return evaluate(facts, staff, Channel(channel), when, Purpose(purpose), calendar=OFFICE, **kw)


# --- preferences -----------------------------------------------------------------------------


def test_no_preferences_allows_phone_email_letter_with_a_warning():
    d = decide(customer(), "email")
    assert d.allowed
    assert d.warning_codes == ["PREFERENCES_NOT_RECORDED"]
    assert d.next_allowed_at == TUE_11
    assert [c.value for c in d.allowed_channels] == ["phone", "email", "letter"]


def test_no_preferences_blocks_sms_as_not_agreed_and_agent_may_override():
    d = decide(customer(), "sms")
    assert not d.allowed
    assert d.block_codes == ["CHANNEL_NOT_AGREED"]
    assert d.overridable_by.value == "agent"
    assert d.next_allowed_at is None


def test_channel_not_agreed_lists_allowed_channels_in_preference_order():
    d = decide(customer({"channels": ["letter", "email"]}), "phone")
    assert d.block_codes == ["CHANNEL_NOT_AGREED"]
    assert [c.value for c in d.allowed_channels] == ["letter", "email"]
    assert d.next_allowed_at is None
    assert d.blocks[0].source == {"type": "preference", "field": "channels"}


def test_frequency_preference_blocks_second_proactive_update_inside_window():
    last = TUE_11 - timedelta(days=3)
    facts = customer({"channels": ["phone"], "update_every_days": 7}, contacts=[contact(last)])
    d = decide(facts)
    assert d.block_codes == ["FREQUENCY_PREFERENCE"]
    assert d.overridable_by.value == "agent"
    assert d.next_allowed_at == last + timedelta(days=7)


def test_follow_up_is_exempt_from_frequency_preference():
    facts = customer(
        {"channels": ["phone"], "update_every_days": 7},
        contacts=[contact(TUE_11 - timedelta(days=1))],
    )
    assert decide(facts, purpose="follow_up").allowed


def test_follow_ups_do_not_start_the_frequency_window():
    facts = customer(
        {"channels": ["phone"], "update_every_days": 7},
        contacts=[contact(TUE_11 - timedelta(days=1), purpose="follow_up")],
    )
    assert decide(facts).allowed


def test_inbound_contact_does_not_count_towards_update_frequency():
    facts = customer(
        {"channels": ["phone"], "update_every_days": 7},
        contacts=[contact(TUE_11 - timedelta(days=1), direction="inbound")],
    )
    assert decide(facts).allowed


def test_outside_agreed_hours_only_for_phone_and_sms():
    prefs = {
        "channels": ["phone", "sms", "email"],
        "contact_hours": {
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "start": "10:00",
            "end": "15:00",
        },
    }
    evening = at("2026-12-01T18:00:00+00:00")
    assert decide(customer(prefs), "phone", evening).block_codes == ["OUTSIDE_AGREED_HOURS"]
    assert decide(customer(prefs), "sms", evening).block_codes == ["OUTSIDE_AGREED_HOURS"]
    assert decide(customer(prefs), "email", evening).allowed
    assert decide(customer(prefs), "phone", evening).next_allowed_at == at(
        "2026-12-02T10:00:00+00:00"
    )


def test_agreed_hours_include_start_and_exclude_end():
    prefs = {
        "channels": ["phone"],
        "contact_hours": {"days": ["tue"], "start": "10:00", "end": "15:00"},
    }
    assert decide(customer(prefs), when=at("2026-12-01T10:00:00+00:00")).allowed
    assert not decide(customer(prefs), when=at("2026-12-01T15:00:00+00:00")).allowed
    assert decide(customer(prefs), when=at("2026-12-01T14:59:59+00:00")).allowed
    d = decide(customer(prefs), when=at("2026-12-01T15:00:00+00:00"))
    assert d.next_allowed_at == at("2026-12-08T10:00:00+00:00")


def test_welsh_preferred_warns_non_welsh_speaker_only():
    prefs = {"channels": ["phone"], "language": "cy"}
    assert "WELSH_PREFERRED" in decide(customer(prefs)).warning_codes
    assert "WELSH_PREFERRED" not in decide(customer(prefs), staff=WELSH_AGENT).warning_codes


def test_accessibility_needs_always_warn():
    prefs = {"channels": ["letter"], "accessibility": ["large_print", "Needs calls after 2pm"]}
    d = decide(customer(prefs), "letter")
    assert d.warning_codes == ["ACCESSIBILITY_NEEDS"]
    assert "large print" in d.warnings[0].message


def test_representative_preference_blocks_contact_addressed_to_customer():
    prefs = {
        "channels": ["phone"],
        "representative": {"name": "Huw Prys", "contact_only_via": True},
    }
    d = decide(customer(prefs))
    assert d.block_codes == ["REPRESENTATIVE_ONLY"]
    assert d.overridable_by.value == "agent"
    assert decide(customer(prefs), recipient=Recipient.REPRESENTATIVE).allowed


# --- restrictions ----------------------------------------------------------------------------


def test_channel_only_blocks_other_channels_for_team_leader_override():
    facts = customer(restrictions=[restriction("channel_only", channels=["letter"])])
    d = decide(facts, "phone")
    assert d.block_codes == ["RESTRICTED_CHANNEL"]
    assert d.overridable_by.value == "team_leader"
    assert d.next_allowed_at is None
    assert [c.value for c in d.allowed_channels] == ["letter"]
    assert decide(facts, "letter").allowed


def test_channel_only_with_an_end_date_lifts_at_the_end_of_that_day():
    facts = customer(
        restrictions=[restriction("channel_only", channels=["letter"], ends_on="2026-12-03")]
    )
    assert decide(facts, "phone").next_allowed_at == at("2026-12-04T00:00:00+00:00")


def test_restriction_not_yet_started_or_ended_or_lifted_does_not_apply():
    future = restriction("no_contact", starts_on="2026-12-02", review_by="2027-06-01")
    ended = restriction("no_contact", ends_on="2026-11-30")
    lifted = restriction("no_contact", lifted_at="2026-11-20T10:00:00+00:00")
    for r in (future, ended, lifted):
        assert decide(customer(restrictions=[r])).allowed


def test_restriction_is_active_on_its_start_and_end_days_in_office_time():
    r = restriction(
        "no_contact", starts_on="2026-07-01", ends_on="2026-07-03", review_by="2026-12-01"
    )
    facts = customer(restrictions=[r])
    # 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): already active.
    assert not decide(facts, when=at("2026-06-30T23:30:00+00:00")).allowed
    assert decide(facts, when=at("2026-06-30T22:59:59+00:00")).allowed
    assert not decide(facts, when=at("2026-07-03T22:59:59+00:00")).allowed
    assert decide(facts, when=at("2026-07-03T23:00:00+00:00")).allowed


def test_max_contacts_counts_rolling_window_exactly():
    first = at("2026-11-24T10:15:00+00:00")
    r = restriction("max_contacts", limit=1, per_days=7, channels=["phone"], direction="both")
    facts = customer(restrictions=[r], contacts=[contact(first, direction="inbound")])
    d = decide(facts, when=first + timedelta(days=7) - timedelta(seconds=1))
    assert d.block_codes == ["CONTACT_LIMIT_REACHED"]
    assert d.next_allowed_at == first + timedelta(days=7)
    assert decide(facts, when=first + timedelta(days=7)).allowed


def test_max_contacts_direction_outbound_ignores_inbound_and_other_channels():
    r = restriction("max_contacts", limit=1, per_days=7, channels=["phone"])
    inbound = customer(
        restrictions=[r], contacts=[contact(TUE_11 - timedelta(days=1), direction="inbound")]
    )
    assert decide(inbound).allowed
    email = customer(
        restrictions=[r], contacts=[contact(TUE_11 - timedelta(days=1), channel="email")]
    )
    assert decide(email).allowed
    # an email outreach is outside the restricted channels, so it is not limited either
    phone = customer(restrictions=[r], contacts=[contact(TUE_11 - timedelta(days=1))])
    assert decide(phone, "email").allowed
    assert decide(phone).block_codes == ["CONTACT_LIMIT_REACHED"]


def test_max_contacts_next_allowed_waits_for_enough_contacts_to_leave_the_window():
    r = restriction("max_contacts", limit=2, per_days=7)
    times = [TUE_11 - timedelta(days=6), TUE_11 - timedelta(days=5), TUE_11 - timedelta(days=1)]
    facts = customer(restrictions=[r], contacts=[contact(t) for t in times])
    d = decide(facts)
    # three in the window, limit two: two must leave before one more is allowed
    assert d.next_allowed_at == times[1] + timedelta(days=7)


def test_single_point_of_contact_allows_named_person_and_deputy():
    r = restriction("single_point_of_contact", staff="sclarke", deputy="mhughes")
    facts = customer(restrictions=[r])
    assert decide(facts, staff=AGENT).allowed
    assert decide(facts, staff=LEADER).allowed
    d = decide(facts, staff=WELSH_AGENT)
    assert d.block_codes == ["SINGLE_POINT_OF_CONTACT"]
    assert d.next_allowed_at is None
    assert d.overridable_by.value == "team_leader"


def test_set_times_blocks_phone_outside_window_and_finds_next_opening():
    r = restriction("set_times", days=["tue"], start="10:00", end="12:00")
    facts = customer(restrictions=[r])
    assert decide(facts, when=at("2026-12-01T10:00:00+00:00")).allowed
    d = decide(facts, when=at("2026-12-01T12:00:00+00:00"))
    assert d.block_codes == ["OUTSIDE_PERMITTED_TIMES"]
    assert d.next_allowed_at == at("2026-12-08T10:00:00+00:00")
    assert decide(facts, "letter", at("2026-12-01T12:00:00+00:00")).allowed


def test_no_contact_blocks_everyone_but_team_leaders_and_managers():
    facts = customer(restrictions=[restriction("no_contact")])
    d = decide(facts, "letter")
    assert d.block_codes == ["NO_CONTACT"]
    assert d.next_allowed_at is None
    assert d.allowed_channels == ()
    assert decide(facts, staff=LEADER).allowed
    assert decide(facts, staff=MANAGER).allowed


def test_representative_only_restriction():
    facts = customer(restrictions=[restriction("representative_only", representative="Huw Prys")])
    d = decide(facts, "letter")
    assert d.block_codes == ["REPRESENTATIVE_ONLY"]
    assert d.overridable_by.value == "team_leader"
    assert decide(facts, "letter", recipient=Recipient.REPRESENTATIVE).allowed


def test_no_visits_blocks_only_appointments():
    prefs = {"channels": ["phone", "visit"]}
    facts = customer(prefs, restrictions=[restriction("no_visits")])
    assert decide(facts, "visit").block_codes == ["NO_VISITS"]
    assert decide(facts, "phone").allowed


def test_non_blocking_kinds_only_warn():
    facts = customer(
        {"channels": ["phone"]},
        restrictions=[
            restriction("call_duration", minutes=15),
            restriction("behaviour_warning", review_by="2027-05-01"),
            restriction("read_and_file"),
            restriction("two_staff_present"),
        ],
    )
    d = decide(facts)
    assert d.allowed
    assert "CALL_DURATION_LIMIT" in d.warning_codes
    assert "BEHAVIOUR_WARNING" in d.warning_codes


def test_review_overdue_warns_but_restriction_still_applies():
    facts = customer(
        restrictions=[restriction("channel_only", channels=["letter"], review_by="2026-11-30")]
    )
    d = decide(facts, "phone")
    assert d.block_codes == ["RESTRICTED_CHANNEL"]
    assert "RESTRICTION_REVIEW_OVERDUE" in d.warning_codes
    assert (
        "RESTRICTION_REVIEW_OVERDUE"
        not in decide(
            customer(
                restrictions=[
                    restriction("channel_only", channels=["letter"], review_by="2026-12-01")
                ]
            ),
            "phone",
        ).warning_codes
    )


def test_mixed_blocks_need_a_team_leader():
    facts = customer(
        {"channels": ["email"]}, restrictions=[restriction("channel_only", channels=["letter"])]
    )
    d = decide(facts, "phone")
    assert set(d.block_codes) == {"CHANNEL_NOT_AGREED", "RESTRICTED_CHANNEL"}
    assert d.overridable_by.value == "team_leader"


def test_restriction_blocks_come_before_preference_blocks():
    """The first reason is the one that decides who may go past it: a restriction's."""
    facts = customer(
        {"channels": ["email"], "update_every_days": 14},
        restrictions=[restriction("channel_only", channels=["letter"]), restriction("no_contact")],
        contacts=[contact(TUE_11 - timedelta(days=2), "email")],
    )
    d = decide(facts, "email")
    assert d.block_codes == ["NO_CONTACT", "RESTRICTED_CHANNEL", "FREQUENCY_PREFERENCE"]
    assert [b.source["type"] for b in d.blocks] == ["restriction", "restriction", "preference"]


def test_a_reason_two_sources_give_is_listed_once_from_the_heavier():
    rep = {"name": "Delyth Baker", "relationship": "daughter", "contact_only_via": True}
    facts = customer(
        {"channels": ["phone"], "representative": rep},
        restrictions=[restriction("representative_only", representative="Delyth Baker")],
    )
    d = decide(facts, "phone")
    assert d.block_codes == ["REPRESENTATIVE_ONLY"]
    assert d.blocks[0].source["type"] == "restriction"
    assert d.overridable_by.value == "team_leader"


def test_two_different_limits_are_both_listed():
    facts = customer(
        restrictions=[
            restriction("max_contacts", limit=1, per_days=7),
            restriction("max_contacts", limit=2, per_days=30),
        ],
        contacts=[contact(TUE_11 - timedelta(days=1)), contact(TUE_11 - timedelta(days=3))],
    )
    assert decide(facts, "phone").block_codes == ["CONTACT_LIMIT_REACHED"] * 2


def test_warnings_are_ordered_by_weight():
    facts = customer(
        {"channels": ["phone"], "language": "cy", "accessibility": ["large_print"]},
        restrictions=[restriction("behaviour_warning"), restriction("call_duration", minutes=10)],
    )
    assert decide(facts, "phone").warning_codes == [
        "BEHAVIOUR_WARNING",
        "CALL_DURATION_LIMIT",
        "ACCESSIBILITY_NEEDS",
        "WELSH_PREFERRED",
    ]


def test_example_document_customer_mark_reynolds():
    """The worked example: one call a week, Tuesday mornings, named contact."""
    facts = customer(
        {"channels": ["letter", "email", "phone"], "language": "en"},
        restrictions=[
            restriction("single_point_of_contact", staff="sclarke", deputy="mhughes"),
            restriction("max_contacts", limit=1, per_days=7, direction="both", channels=["phone"]),
            restriction("set_times", days=["tue"], start="10:00", end="12:00"),
            restriction("call_duration", minutes=15),
        ],
        contacts=[contact(at("2026-11-24T10:15:00+00:00"), direction="inbound")],
    )
    monday = at("2026-11-30T09:00:00+00:00")
    d = decide(facts, "phone", monday)
    assert set(d.block_codes) == {"CONTACT_LIMIT_REACHED", "OUTSIDE_PERMITTED_TIMES"}
    assert decide(facts, "phone", monday, staff=WELSH_AGENT).overridable_by.value == "team_leader"
    assert (
        "SINGLE_POINT_OF_CONTACT" in decide(facts, "phone", monday, staff=WELSH_AGENT).block_codes
    )
    # the week's call leaves the window at 10:15 on Tuesday 1 December, inside the set times
    assert d.next_allowed_at == at("2026-12-01T10:15:00+00:00")


# --- summer time -----------------------------------------------------------------------------


def test_set_times_follow_office_clock_across_spring_forward():
    r = restriction(
        "set_times",
        days=["mon"],
        start="10:00",
        end="12:00",
        starts_on="2026-01-01",
        review_by="2026-12-01",
    )
    facts = customer(restrictions=[r])
    # Monday 23 March is GMT, Monday 30 March is BST: 10:00 local is 10:00 then 09:00 UTC.
    d = decide(facts, when=at("2026-03-23T12:00:00+00:00"))
    assert d.next_allowed_at == at("2026-03-30T09:00:00+00:00")
    assert d.next_allowed_at.astimezone(OFFICE.tz).hour == 10


def test_window_start_in_the_spring_gap_opens_when_the_clocks_change():
    r = restriction(
        "set_times",
        days=["sun"],
        start="01:30",
        end="03:00",
        starts_on="2026-01-01",
        review_by="2026-12-01",
    )
    d = decide(customer(restrictions=[r]), when=at("2026-03-28T12:00:00+00:00"))
    # 01:30 does not exist on 29 March 2026; the first instant after it is 01:00 UTC (02:00 BST)
    assert d.next_allowed_at == at("2026-03-29T01:00:00+00:00")


def test_window_in_the_repeated_autumn_hour_opens_twice():
    r = restriction(
        "set_times",
        days=["sun"],
        start="01:10",
        end="01:20",
        starts_on="2026-01-01",
        review_by="2026-12-01",
    )
    facts = customer(restrictions=[r])
    first = at("2026-10-25T00:10:00+00:00")  # 01:10 BST
    second = at("2026-10-25T01:10:00+00:00")  # 01:10 GMT
    assert decide(facts, when=first).allowed
    assert decide(facts, when=first + timedelta(minutes=20)).next_allowed_at == second


def test_contact_hours_and_set_times_together_find_common_slot():
    prefs = {
        "channels": ["phone"],
        "contact_hours": {
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "start": "14:00",
            "end": "16:00",
        },
    }
    r = restriction("set_times", days=["thu"], start="15:00", end="17:00")
    d = decide(customer(prefs, restrictions=[r]), when=at("2026-12-01T09:00:00+00:00"))
    assert d.next_allowed_at == at("2026-12-03T15:00:00+00:00")


def test_windows_that_never_overlap_give_no_next_time():
    prefs = {
        "channels": ["phone"],
        "contact_hours": {"days": ["mon"], "start": "10:00", "end": "11:00"},
    }
    r = restriction("set_times", days=["tue"], start="10:00", end="11:00")
    assert decide(customer(prefs, restrictions=[r])).next_allowed_at is None


# --- properties ------------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)
windows = st.tuples(
    st.sets(st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]), min_size=1),
    st.integers(0, 22),
    st.integers(1, 12),
).map(
    lambda t: {
        "days": sorted(t[0]),
        "start": f"{t[1]:02d}:00",
        "end": f"{min(23, t[1] + t[2]):02d}:30",
    }
)


@st.composite
def scenarios(draw):
    now = draw(instants)
    contacts = [
        contact(
            now - timedelta(minutes=draw(st.integers(0, 60 * 24 * 30))),
            draw(st.sampled_from(["phone", "email", "sms"])),
            draw(st.sampled_from(["inbound", "outbound"])),
            draw(st.sampled_from(["proactive", "follow_up"])),
        )
        for _ in range(draw(st.integers(0, 6)))
    ]
    restrictions = []
    start = (now - timedelta(days=10)).date()
    review = (start + timedelta(days=150)).isoformat()
    if draw(st.booleans()):
        restrictions.append(
            restriction(
                "max_contacts",
                limit=draw(st.integers(1, 3)),
                per_days=draw(st.integers(1, 14)),
                direction=draw(st.sampled_from(["outbound", "both"])),
                starts_on=start.isoformat(),
                review_by=review,
            )
        )
    if draw(st.booleans()):
        restrictions.append(
            restriction("set_times", starts_on=start.isoformat(), review_by=review, **draw(windows))
        )
    prefs = None
    if draw(st.booleans()):
        prefs = {
            "channels": ["phone", "email"],
            "update_every_days": draw(st.sampled_from([None, 7, 14])),
        }
        if draw(st.booleans()):
            prefs["contact_hours"] = draw(windows)
    return customer(prefs, restrictions, contacts), now


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_next_allowed_at_is_allowed_and_one_second_earlier_is_not(scenario):
    facts, now = scenario
    d = decide(facts, "phone", now)
    if d.allowed:
        assert d.next_allowed_at == now
        return
    if d.next_allowed_at is None:
        return
    nxt = d.next_allowed_at
    assert nxt > now
    assert decide(facts, "phone", nxt).allowed
    assert not decide(facts, "phone", nxt - timedelta(seconds=1)).allowed


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.integers(1, 60 * 24 * 10))
def test_nothing_between_now_and_next_allowed_at_is_allowed(scenario, minutes):
    facts, now = scenario
    d = decide(facts, "phone", now)
    probe = now + timedelta(minutes=minutes)
    if d.next_allowed_at is None:
        if not d.allowed and all(
            b.code.value
            in {
                "CONTACT_LIMIT_REACHED",
                "OUTSIDE_PERMITTED_TIMES",
                "OUTSIDE_AGREED_HOURS",
                "FREQUENCY_PREFERENCE",
            }
            for b in d.blocks
        ):
            assert not decide(facts, "phone", probe).allowed
        return
    if probe < d.next_allowed_at:
        assert not decide(facts, "phone", probe).allowed


@settings(max_examples=100, deadline=None)
@given(scenarios(), st.sampled_from(list(Channel)))
def test_reasons_are_heaviest_first_and_said_once(scenario, channel):
    facts, now = scenario
    d = decide(facts, channel.value, now)
    kinds = [b.source.get("type") for b in d.blocks]
    assert kinds == sorted(kinds, key=lambda kind: kind != "restriction")
    said = [(b.code, repr(sorted(b.params.items()))) for b in d.blocks]
    assert len(said) == len(set(said))


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_allowed_channels_agree_with_evaluating_each_channel(scenario):
    facts, now = scenario
    d = decide(facts, "phone", now)
    for channel in Channel:
        assert (channel in d.allowed_channels) == decide(facts, channel.value, now).allowed


def test_evaluate_refuses_naive_instant():
    with pytest.raises(ValueError):
        decide(customer(), when=datetime(2026, 12, 1, 11, 0))


def test_restriction_active_span_uses_office_dates():
    r = parse_restriction(restriction("no_contact", starts_on="2026-07-01"), "r")
    start, end = r.active_span(OFFICE)
    assert start == at("2026-06-30T23:00:00+00:00") and end is None
    assert r.starts_on == date(2026, 7, 1)
    assert time(0, 0) == start.astimezone(OFFICE.tz).time()


@pytest.mark.parametrize(
    "written",
    ["029 2034 5678", "02920345678", "+44 29 2034 5678", "(029) 2034-5678", "0044 29 2034 5678"],
)
def test_phone_numbers_in_any_written_form_become_e164(written):
    from agent_desktop.domain.parsing import normalise_phone

    assert normalise_phone(written, "phone") == "+442920345678"


@pytest.mark.parametrize("written", ["0123", "2034 5678", "not a number", "", "999999999999999999"])
def test_impossible_phone_numbers_are_refused_naming_the_field(written):
    from agent_desktop.domain.parsing import normalise_phone
    from agent_desktop.domain.values import InvalidInput

    with pytest.raises(InvalidInput) as err:
        normalise_phone(written, "customers[0].phones[1]")
    assert err.value.field == "customers[0].phones[1]"
