"""Office calendar: working days per UK nation, service-level due instants, working time."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.domain import calendar as calendar_module
from agent_desktop.domain.calendar import (
    REGIONS,
    OfficeCalendar,
    ServiceLevel,
    calendar_from_json,
)
from agent_desktop.domain.values import InvalidInput

ENG = OfficeCalendar()
WLS = OfficeCalendar(region="WLS")
SCT = OfficeCalendar(region="SCT")
NIR = OfficeCalendar(region="NIR")
BY_REGION = {"ENG": ENG, "WLS": WLS, "SCT": SCT, "NIR": NIR}


def d(text: str) -> date:
    return date.fromisoformat(text)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


# Bank holidays on weekdays as published on gov.uk (England and Wales, Scotland, Northern
# Ireland), written out by hand rather than read from the library under test.
_ENG_WLS = {
    2025: "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    2026: "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
    2027: "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
}
_SCT = {
    2025: "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
    2026: "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
    2027: "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28",
}
_NIR = {
    2025: "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
    2026: "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
    2027: "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28",
}
PUBLISHED = {
    (region, year): {d(f"{year}-{md}") for md in table[year].split()}
    for region, table in (("ENG", _ENG_WLS), ("WLS", _ENG_WLS), ("SCT", _SCT), ("NIR", _NIR))
    for year in table
}
# Announced by the Scottish Government for Scotland's place in the 2026 World Cup; it is not
# in the regular published list above, so it is tolerated rather than required.
_ONE_OFF = {("SCT", 2026): {d("2026-06-15")}}


def weekdays_off(cal: OfficeCalendar, year: int) -> set[date]:
    day, off = date(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and not cal.is_working_day(day):
            off.add(day)
        day += timedelta(days=1)
    return off


# --- working days -------------------------------------------------------------------------


@pytest.mark.parametrize(("region", "year"), sorted(PUBLISHED))
def test_weekday_holidays_match_the_published_bank_holidays(region, year):
    off = weekdays_off(BY_REGION[region], year)
    expected = PUBLISHED[region, year]
    assert expected <= off
    assert off - expected <= _ONE_OFF.get((region, year), set())


def test_weekends_are_never_working_days():
    assert not ENG.is_working_day(d("2026-03-14"))  # Saturday
    assert not ENG.is_working_day(d("2026-03-15"))  # Sunday
    assert ENG.is_working_day(d("2026-03-16"))


def test_england_and_wales_share_their_holidays():
    for year in (2025, 2026, 2027):
        assert weekdays_off(ENG, year) == weekdays_off(WLS, year)


@pytest.mark.parametrize(
    ("day", "eng", "sct"),
    [
        ("2026-01-02", True, False),  # 2 January is Scotland's
        ("2027-01-04", True, False),  # 2 January 2027 is a Saturday: Monday substitute
        ("2026-04-06", False, True),  # Easter Monday is not a Scottish bank holiday
        ("2026-08-03", True, False),  # Scotland: first Monday of August
        ("2026-08-31", False, True),  # England: last Monday of August
        ("2025-08-04", True, False),
        ("2025-08-25", False, True),
        ("2026-11-30", True, False),  # St Andrew's Day on a Monday
        ("2025-12-01", True, False),  # St Andrew's Day 2025 is a Sunday: Monday substitute
        ("2027-11-30", True, False),  # on a Tuesday
    ],
)
def test_scotland_differs_from_england(day, eng, sct):
    assert ENG.is_working_day(d(day)) is eng
    assert SCT.is_working_day(d(day)) is sct


@pytest.mark.parametrize(
    ("day", "nir_working"),
    [
        ("2025-03-17", False),  # St Patrick's Day, Monday
        ("2026-03-17", False),  # Tuesday
        ("2027-03-17", False),  # Wednesday
        ("2025-07-11", True),
        ("2025-07-14", False),  # 12 July 2025 is a Saturday: Monday substitute
        ("2026-07-13", False),  # 12 July 2026 is a Sunday: Monday substitute
        ("2027-07-12", False),  # Battle of the Boyne on a Monday
        ("2026-04-06", False),  # Easter Monday
    ],
)
def test_northern_ireland_holidays(day, nir_working):
    assert NIR.is_working_day(d(day)) is nir_working
    if day[5:] in ("03-17", "07-11", "07-12", "07-13", "07-14"):
        assert ENG.is_working_day(d(day))


def test_years_are_filled_in_on_demand_far_from_today():
    assert not ENG.is_working_day(d("2040-12-25"))  # a Tuesday
    assert not ENG.is_working_day(d("2040-04-02"))  # Easter Monday 2040
    assert ENG.is_working_day(d("2040-04-03"))
    assert not SCT.is_working_day(d("1999-01-04"))  # 2 January 1999 was a Saturday


def test_the_bank_holiday_table_is_what_the_library_lists():
    """The table read at start-up (bank_holidays.py) agrees with the holidays library installed
    about every day of every year it covers; scripts/make_bank_holidays.py writes it again."""
    import holidays

    from agent_desktop.domain.bank_holidays import FIRST_YEAR, LAST_YEAR

    years = range(FIRST_YEAR, LAST_YEAR + 1)
    for region in REGIONS:
        library = holidays.country_holidays("GB", subdiv=region, years=years)
        expected = {day for day in library if day.year in years}
        table = set().union(*(calendar_module._listed_holidays(region, year) for year in years))
        if calendar_module._table_is_current():
            assert table == expected, region
        else:  # the library was upgraded: it is asked, not the table
            calendar = OfficeCalendar(region=region)
            assert not any(calendar.is_working_day(day) for day in expected), region
            weekdays = {day for day in table - expected if day.weekday() < 5}
            assert all(calendar.is_working_day(day) for day in weekdays), region


def test_a_table_made_from_another_version_of_the_library_is_not_used(monkeypatch):
    monkeypatch.setattr(calendar_module, "HOLIDAYS_VERSION", "0.0")
    calendar_module._table_is_current.cache_clear()
    try:
        calendar_module._public_holidays.cache_clear()
        assert not ENG.is_working_day(d("2026-12-25"))
        assert calendar_module._public_holidays.cache_info().currsize == 1  # the library, asked
    finally:
        calendar_module._table_is_current.cache_clear()


def test_years_beyond_the_table_come_from_the_library():
    from agent_desktop.domain.bank_holidays import FIRST_YEAR, LAST_YEAR

    assert not ENG.is_working_day(d(f"{LAST_YEAR + 2}-12-25"))  # a Wednesday
    assert not NIR.is_working_day(d(f"{LAST_YEAR + 3}-03-17"))  # a Monday
    assert not ENG.is_working_day(d(f"{FIRST_YEAR - 1}-12-27"))  # Christmas Day's substitute
    assert ENG.is_working_day(d(f"{FIRST_YEAR - 1}-12-29"))


def test_holidays_are_built_once_per_region():
    assert calendar_module._public_holidays("SCT") is calendar_module._public_holidays("SCT")
    assert calendar_module._public_holidays("SCT") is not calendar_module._public_holidays("ENG")


def test_concurrent_first_lookups_see_every_holiday():
    # A year first touched by several threads at once must not look holiday-free to any.
    # Earlier tests may have built the region's holidays and filled years in: start afresh.
    calendar_module._public_holidays.cache_clear()
    assert calendar_module._public_holidays.cache_info().currsize == 0
    results = []
    day = d("2063-12-25")  # a Tuesday
    start = threading.Barrier(8)

    def look():
        start.wait(timeout=10)  # all at once, so the first lookup is a race
        results.append(NIR.is_working_day(day))

    threads = [threading.Thread(target=look) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [False] * 8
    assert calendar_module._public_holidays.cache_info().currsize == 1  # built here, once


def test_instants_are_refused_where_a_calendar_day_is_meant():
    with pytest.raises(InvalidInput) as caught:
        ENG.is_working_day(at("2026-03-16T10:00:00+00:00"))
    assert caught.value.field == "day"


def test_nth_working_day_after_is_strictly_after():
    assert ENG.nth_working_day_after(d("2026-03-16"), 1) == d("2026-03-17")
    assert ENG.nth_working_day_after(d("2026-03-13"), 1) == d("2026-03-16")  # Fri -> Mon
    assert ENG.nth_working_day_after(d("2025-12-31"), 1) == d("2026-01-02")
    assert SCT.nth_working_day_after(d("2025-12-31"), 1) == d("2026-01-05")
    for bad in (0, -1, 1.5, True):
        with pytest.raises(InvalidInput):
            ENG.nth_working_day_after(d("2026-03-16"), bad)


# --- service levels -----------------------------------------------------------------------


def test_service_level_working_days():
    assert ServiceLevel.EMAIL_ACK.working_days == 2
    assert ServiceLevel.EMAIL_REPLY.working_days == 10
    assert ServiceLevel.CALLBACK.working_days == 1
    assert ServiceLevel("callback") is ServiceLevel.CALLBACK


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        ("2026-03-14T11:00:00+00:00", "2026-03-16T17:00:00+00:00"),  # Saturday -> Monday
        ("2026-03-15T23:59:00+00:00", "2026-03-16T17:00:00+00:00"),  # Sunday night
        ("2026-03-13T16:59:00+00:00", "2026-03-16T17:00:00+00:00"),  # Friday
        ("2026-03-16T08:00:00+00:00", "2026-03-17T17:00:00+00:00"),  # before opening still counts
        ("2026-05-23T10:00:00+01:00", "2026-05-26T17:00:00+01:00"),  # Sat before spring holiday
    ],
)
def test_callback_is_due_at_the_end_of_the_next_working_day(received, expected):
    due = ENG.due(ServiceLevel.CALLBACK, at(received))
    assert due.isoformat() == expected


@pytest.mark.parametrize("cal", [ENG, WLS], ids=["ENG", "WLS"])
def test_christmas_email_is_acknowledged_after_the_holidays(cal):
    due = cal.due("email_ack", at("2025-12-23T10:15:00+00:00"))
    assert due.isoformat() == "2025-12-29T17:00:00+00:00"
    assert due.date().strftime("%A") == "Monday"


def test_email_reply_is_ten_working_days():
    received = at("2026-03-02T12:00:00+00:00")  # Monday, no holidays in the next fortnight
    assert ENG.due("email_reply", received).isoformat() == "2026-03-16T17:00:00+00:00"
    # St Patrick's Day falls inside the ten days in Northern Ireland only.
    received = at("2026-03-09T12:00:00+00:00")
    assert ENG.due(ServiceLevel.EMAIL_REPLY, received).date() == d("2026-03-23")
    assert NIR.due(ServiceLevel.EMAIL_REPLY, received).date() == d("2026-03-24")


def test_easter_monday_counts_in_scotland_only():
    received = at("2026-04-02T12:00:00+01:00")  # Thursday before Good Friday
    assert ENG.due("email_ack", received).date() == d("2026-04-08")
    assert SCT.due("email_ack", received).date() == d("2026-04-07")


def test_day_of_arrival_is_the_office_day_not_the_utc_day():
    # 23:30 UTC on 29 March 2026 is 00:30 BST on Monday 30 March: summer time began that day.
    received = at("2026-03-29T23:30:00+00:00")
    assert ENG.local_date(received) == d("2026-03-30")
    assert ENG.due("callback", received).isoformat() == "2026-03-31T17:00:00+01:00"
    assert ENG.due("email_ack", received).isoformat() == "2026-04-01T17:00:00+01:00"
    # Same at the end of summer time: 23:30 UTC on Friday 23 October is Saturday in London.
    received = at("2026-10-23T23:30:00+00:00")
    assert ENG.due("callback", received).isoformat() == "2026-10-26T17:00:00+00:00"


def test_due_instants_carry_the_summer_or_winter_offset():
    summer = ENG.due("email_ack", at("2026-05-29T09:30:00+01:00"))
    winter = ENG.due("email_ack", at("2026-01-15T09:30:00+00:00"))
    assert summer.isoformat() == "2026-06-02T17:00:00+01:00"
    assert winter.isoformat() == "2026-01-19T17:00:00+00:00"
    # Received in summer time, due after the clocks go back on Sunday 25 October 2026.
    across = ENG.due("email_ack", at("2026-10-23T10:00:00+01:00"))
    assert across.isoformat() == "2026-10-27T17:00:00+00:00"
    assert across.astimezone(UTC).hour == 17
    assert summer.astimezone(UTC).hour == 16


def test_unknown_service_level_names_the_kind():
    with pytest.raises(InvalidInput) as caught:
        ENG.due("x", at("2026-03-16T10:00:00+00:00"))
    assert caught.value.field == "kind"
    assert caught.value.message == (
        "unknown service level 'x'; expected one of email_ack, email_reply, callback"
    )


def test_naive_arrival_is_refused():
    with pytest.raises(InvalidInput) as caught:
        ENG.due("callback", datetime(2026, 3, 16, 10, 0))
    assert caught.value.field == "at"
    assert "needs a UTC offset" in caught.value.message


# --- office hours and working time --------------------------------------------------------


def test_open_and_close_are_in_office_time():
    assert ENG.open_of(d("2026-07-01")).isoformat() == "2026-07-01T09:00:00+01:00"
    assert ENG.close_of(d("2026-01-05")).isoformat() == "2026-01-05T17:00:00+00:00"
    cal = OfficeCalendar(opens=time(8, 30), closes=time(16, 0))
    assert cal.close_of(d("2026-01-05")).isoformat() == "2026-01-05T16:00:00+00:00"


def test_working_time_between_counts_only_office_hours():
    friday_3pm = at("2026-03-13T15:00:00+00:00")
    monday_10am = at("2026-03-16T10:00:00+00:00")
    assert ENG.working_time_between(friday_3pm, monday_10am) == timedelta(hours=3)
    assert ENG.working_time_between(monday_10am, friday_3pm) == -timedelta(hours=3)
    assert ENG.working_time_between(friday_3pm, friday_3pm) == timedelta(0)
    saturday = at("2026-03-14T12:00:00+00:00")
    assert ENG.working_time_between(saturday, at("2026-03-15T12:00:00+00:00")) == timedelta(0)


def test_working_time_across_a_bank_holiday_and_summer_time():
    # Thursday 2 April 16:00 BST to Tuesday 7 April 10:20 BST, Good Friday and Easter Monday off.
    start = at("2026-04-02T15:00:00+00:00")
    end = at("2026-04-07T09:20:00+00:00")
    assert ENG.working_time_between(start, end) == timedelta(hours=2, minutes=20)
    assert SCT.working_time_between(start, end) == timedelta(hours=10, minutes=20)
    # Clocks went forward early on Sunday 29 March; Monday to Thursday are still 4 x 8 hours.
    week = ENG.working_time_between(
        at("2026-03-27T17:00:00+00:00"), at("2026-04-03T00:00:00+00:00")
    )
    assert week == timedelta(hours=32)


def test_next_working_instant():
    inside = at("2026-03-16T12:00:00+00:00")
    assert ENG.next_working_instant(inside) == inside
    assert ENG.next_working_instant(at("2026-03-16T09:00:00+00:00")).hour == 9
    early = ENG.next_working_instant(at("2026-03-16T07:00:00+00:00"))
    assert early.isoformat() == "2026-03-16T09:00:00+00:00"
    at_close = ENG.next_working_instant(at("2026-03-16T17:00:00+00:00"))
    assert at_close.isoformat() == "2026-03-17T09:00:00+00:00"
    weekend = ENG.next_working_instant(at("2025-12-24T18:00:00+00:00"))
    assert weekend.isoformat() == "2025-12-29T09:00:00+00:00"
    bst = ENG.next_working_instant(at("2026-03-27T20:00:00+00:00"))
    assert bst.isoformat() == "2026-03-30T09:00:00+01:00"


# --- construction and the exchange format -------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"timezone": "Europe/Nowhere"}, "timezone"),
        ({"timezone": ""}, "timezone"),
        ({"timezone": "../etc/passwd"}, "timezone"),
        ({"region": "GB"}, "region"),
        ({"region": "wls"}, "region"),
        ({"opens": time(17, 0)}, "closes"),
        ({"opens": time(18, 0), "closes": time(9, 0)}, "closes"),
        ({"opens": "09:00"}, "opens"),
    ],
)
def test_bad_calendars_are_refused(kwargs, field):
    with pytest.raises(InvalidInput) as caught:
        OfficeCalendar(**kwargs)
    assert caught.value.field == field


def test_defaults_are_london_england_nine_to_five():
    assert ENG.tz.key == "Europe/London"
    assert (ENG.region, ENG.opens, ENG.closes) == ("ENG", time(9), time(17))


def test_calendar_from_json_reads_the_office_object():
    cal = calendar_from_json(
        {"timezone": "Europe/London", "region": "WLS", "opens": "08:30", "closes": "16:45"}
    )
    assert cal == OfficeCalendar(region="WLS", opens=time(8, 30), closes=time(16, 45))
    assert calendar_from_json({}) == OfficeCalendar()
    assert calendar_from_json({"region": "SCT"}).region == "SCT"


def test_to_json_round_trips():
    for cal in (ENG, SCT, OfficeCalendar("Europe/Dublin", "NIR", time(8), time(18, 30))):
        obj = cal.to_json()
        assert set(obj) == {"timezone", "region", "opens", "closes"}
        assert calendar_from_json(obj) == cal
    assert WLS.to_json() == {
        "timezone": "Europe/London",
        "region": "WLS",
        "opens": "09:00",
        "closes": "17:00",
    }


@pytest.mark.parametrize(
    ("obj", "field"),
    [
        ({"opens": "9am"}, "office.opens"),
        ({"opens": "24:00"}, "office.opens"),
        ({"closes": "17:60"}, "office.closes"),
        ({"closes": 1700}, "office.closes"),
        ({"opens": "18:00"}, "office.closes"),
        ({"timezone": "Mars/Olympus"}, "office.timezone"),
        ({"timezone": None}, "office.timezone"),
        ({"region": "XYZ"}, "office.region"),
        ({"regoin": "SCT"}, "office.regoin"),
    ],
)
def test_bad_office_objects_name_the_field(obj, field):
    with pytest.raises(InvalidInput) as caught:
        calendar_from_json(obj)
    assert caught.value.field == field


def test_office_must_be_an_object():
    with pytest.raises(InvalidInput) as caught:
        calendar_from_json(["ENG"])
    assert caught.value.field == "office"


# --- properties ---------------------------------------------------------------------------

calendars = st.sampled_from(REGIONS).map(lambda region: BY_REGION[region])
instants = st.datetimes(
    min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
nearby = st.timedeltas(min_value=timedelta(days=-20), max_value=timedelta(days=20))


def count_working_days(cal: OfficeCalendar, after: date, through: date) -> int:
    count, day = 0, after + timedelta(days=1)
    while day <= through:
        count += cal.is_working_day(day)
        day += timedelta(days=1)
    return count


@settings(max_examples=300)
@given(calendars, st.sampled_from(list(ServiceLevel)), instants)
def test_due_is_closing_time_on_the_nth_working_day_after_arrival(cal, level, received):
    due = cal.due(level, received)
    arrived_on = cal.local_date(received)
    assert due.tzinfo == cal.tz
    assert due == cal.close_of(due.date())
    assert due.timetz().replace(tzinfo=None) == cal.closes
    assert cal.is_working_day(due.date())
    assert due.date() > arrived_on
    assert due > received
    assert count_working_days(cal, arrived_on, due.date()) == level.working_days


@given(calendars, instants, nearby, nearby)
def test_working_time_is_additive(cal, a, to_b, to_c):
    b, c = a + to_b, a + to_c
    ab, bc, ac = (
        cal.working_time_between(a, b),
        cal.working_time_between(b, c),
        cal.working_time_between(a, c),
    )
    assert ab + bc == ac
    assert cal.working_time_between(b, a) == -ab
    assert abs(ab) <= abs(b - a)


@given(calendars, instants, st.floats(min_value=0, max_value=1))
def test_no_working_time_passes_outside_office_hours(cal, instant, fraction):
    opening = cal.next_working_instant(instant)
    assert opening >= instant
    later = instant + (opening - instant) * fraction
    assert cal.working_time_between(instant, opening) == timedelta(0)
    assert cal.working_time_between(instant, later) == timedelta(0)


@given(calendars, instants)
def test_next_working_instant_is_inside_office_hours(cal, instant):
    nxt = cal.next_working_instant(instant)
    day = cal.local_date(nxt)
    assert cal.is_working_day(day)
    assert cal.open_of(day) <= nxt < cal.close_of(day)
    assert cal.working_time_between(nxt, nxt + timedelta(minutes=1)) > timedelta(0)


@given(calendars, st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)))
def test_a_working_day_holds_exactly_its_office_hours(cal, day):
    worked = cal.working_time_between(
        cal.open_of(day) - timedelta(hours=3), cal.close_of(day) + timedelta(hours=3)
    )
    assert worked == (timedelta(hours=8) if cal.is_working_day(day) else timedelta(0))


# Office hours that take in the hour that summer time adds or removes (01:00-02:00 in London).
ROUND_THE_CLOCK = OfficeCalendar(opens=time(0, 30), closes=time(23, 45))


def walked_working_time(cal: OfficeCalendar, start: datetime, end: datetime) -> timedelta:
    """The definition, day by day: each working day's office hours inside [start, end]."""
    start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
    if end_utc < start_utc:
        return -walked_working_time(cal, end, start)
    total, day = timedelta(), cal.local_date(start)
    while day <= cal.local_date(end):
        if cal.is_working_day(day):
            begin = max(start_utc, cal.open_of(day).astimezone(UTC))
            finish = min(end_utc, cal.close_of(day).astimezone(UTC))
            total += max(finish - begin, timedelta(0))
        day += timedelta(days=1)
    return total


@settings(max_examples=400)
@given(
    calendars | st.just(ROUND_THE_CLOCK),
    instants,
    st.timedeltas(min_value=timedelta(days=-800), max_value=timedelta(days=800)),
)
def test_working_time_is_the_day_by_day_sum_across_years_holidays_and_summer_time(cal, start, span):
    """Running sums per year give exactly the office hours a walk over the days gives, across
    New Year, bank holidays and both changes of summer time."""
    assert cal.working_time_between(start, start + span) == walked_working_time(
        cal, start, start + span
    )
