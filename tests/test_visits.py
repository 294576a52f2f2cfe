"""The visits desk (visits.md) on SQLite and PostgreSQL: booking and every code it gives, the
life of an appointment, turned-away visitors, the roll call, retention, the command line, and
what a `visits` login may do on the central database."""

from __future__ import annotations

import copy
import json
import threading
import uuid
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func, select, update

from agent_desktop.cli import main
from agent_desktop.domain.values import Channel, InvalidInput
from agent_desktop.services import visits
from agent_desktop.services.database import open_database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.exchange import DocumentInvalid, export_document, import_document
from agent_desktop.services.outreach import Outreach, check_outreach
from agent_desktop.store.schema import (
    Appointment,
    AuditEntry,
    ChangeLogEntry,
    ContactEvent,
    Customer,
    OfficeSetting,
    Staff,
    TurnedAway,
)
from tests.test_database_last_line import _customer, _document, _restriction
from tests.test_database_roles import drop_login, psql, url_as

TODAY = datetime.now(UTC).date()
YEAR = TODAY.year


def _dated(kind: str, starts_on: date, ends_on: date | None = None, **terms) -> dict:
    r = _restriction(kind, **terms)
    r["starts_on"] = starts_on.isoformat()
    r["review_by"] = (starts_on + timedelta(days=150)).isoformat()
    if ends_on is not None:
        r["ends_on"] = ends_on.isoformat()
    return r


def _visit_document() -> dict:
    doc = copy.deepcopy(_document())
    doc["staff"] += [
        {"username": "root", "name": "Office Admin", "roles": ["admin"]},
        {"username": "gone", "name": "Former Agent", "roles": ["agent"]},
        {"username": "ajones", "name": "Alun Jones", "roles": ["agent"]},
    ]
    later = TODAY + timedelta(days=60)
    doc["customers"] += [
        _customer("C-BW", [_restriction("behaviour_warning")]),
        _customer("C-NV-LATER", [_dated("no_visits", later)]),
        _customer("C-NV-ENDED", [_dated("no_visits", TODAY - timedelta(days=30), TODAY)]),
        _customer(
            "C-VMAX",
            [
                _restriction(
                    "max_contacts",
                    limit=1,
                    per_days=7,
                    channels=["visit", "phone"],
                    direction="both",
                )
            ],
        ),
    ]
    return doc


@pytest.fixture
def desk(db):
    import_document(db, _visit_document())
    db.reload_calendar()
    with db.unit(write=True) as uow:
        uow.session.execute(update(Staff).where(Staff.username == "gone").values(active=False))
        uow.commit()
    return db


def _slot(db, days: int = 7, hour: int = 10, minute: int = 0) -> datetime:
    """An office-time instant on a working day `days` working days from today."""
    on = db.calendar.nth_working_day_after(TODAY, days)
    return db.calendar.open_of(on).replace(hour=hour, minute=minute).astimezone(UTC)


def _codes(findings) -> list[str]:
    return [f.code for f in findings]


def _count(db, table, *where) -> int:
    with db.unit() as uow:
        return uow.session.execute(select(func.count()).select_from(table).where(*where)).scalar()


def _audits(db, action: str) -> list[AuditEntry]:
    with db.unit() as uow:
        return list(
            uow.session.execute(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.at)
            ).scalars()
        )


# --- booking ---------------------------------------------------------------------------------


def test_a_booking_is_made_with_the_warnings_the_host_and_reception_need(desk):
    at = _slot(desk)
    booking = visits.book(desk, "C-20418", "sclarke", at, 45, location="Room 2", by="tnguyen")
    assert booking.booked and booking.blocks == ()
    assert _codes(booking.warnings) == ["ACCESSIBILITY_NEEDS", "WELSH_PREFERRED"]
    view = booking.appointment
    assert (view.customer, view.host, view.status, view.booked_by) == (
        "C-20418",
        "sclarke",
        "booked",
        "tnguyen",
    )
    assert view.ends_at - view.starts_at == timedelta(minutes=45)
    # A Welsh-speaking host: no WELSH_PREFERRED.
    other = visits.book(desk, "C-20418", "dowen", at, by="sclarke")
    assert other.booked and _codes(other.warnings) == ["ACCESSIBILITY_NEEDS"]
    warned = visits.book(desk, "C-BW", "mhughes", at, by="tnguyen")
    assert warned.booked and _codes(warned.warnings) == ["BEHAVIOUR_WARNING"]
    assert [a.outcome for a in _audits(desk, "visit_book")] == ["booked"] * 3


def test_no_visits_refuses_and_writes_only_the_audit_entry(desk):
    booking = visits.book(desk, "C-NV", "sclarke", _slot(desk), by="tnguyen")
    assert not booking.booked and booking.appointment is None
    assert _codes(booking.blocks) == ["NO_VISITS"]
    assert _count(desk, Appointment) == 0
    (entry,) = _audits(desk, "visit_book")
    assert entry.outcome == "refused" and entry.details["blocks"] == ["NO_VISITS"]


def test_no_visits_counts_only_on_the_days_it_is_active(desk):
    # Starts in 60 days: a visit next week is fine, one after it starts is not.
    assert visits.book(desk, "C-NV-LATER", "sclarke", _slot(desk), by="tnguyen").booked
    late = visits.book(desk, "C-NV-LATER", "sclarke", _slot(desk, 50), by="tnguyen")
    assert _codes(late.blocks) == ["NO_VISITS"]
    # Ended today: next week's visit is fine.
    assert visits.book(desk, "C-NV-ENDED", "dowen", _slot(desk), by="tnguyen").booked


def test_two_staff_present_needs_a_second_person_who_is_not_the_host(desk):
    at = _slot(desk)
    for second in (None, "sclarke"):
        refused = visits.book(desk, "C-TWO", "sclarke", at, second=second, by="tnguyen")
        assert _codes(refused.blocks) == ["SECOND_STAFF_REQUIRED"]
    booked = visits.book(desk, "C-TWO", "sclarke", at, second="dowen", by="tnguyen")
    assert booked.booked and booked.appointment.second == "dowen"
    # Without the restriction no second person is needed.
    assert visits.book(desk, "C-OK", "mhughes", at, by="tnguyen").booked


@pytest.mark.parametrize(
    ("days", "hour", "minute", "minutes"),
    [
        (7, 8, 30, 60),  # starts before opening
        (7, 16, 30, 60),  # ends after closing
        (7, 16, 0, 61),  # one minute past closing
    ],
)
def test_an_appointment_lies_inside_one_working_days_office_hours(
    desk, days, hour, minute, minutes
):
    at = _slot(desk, days, hour, minute)
    refused = visits.book(desk, "C-OK", "sclarke", at, minutes, by="tnguyen")
    assert _codes(refused.blocks) == ["OUTSIDE_OFFICE_HOURS"]
    # Exactly opening to closing is inside.
    whole_day = visits.book(desk, "C-OK", "sclarke", _slot(desk, days, 9), 8 * 60, by="tnguyen")
    assert whole_day.booked


def test_weekends_and_bank_holidays_are_not_working_days(desk):
    cal = desk.calendar
    saturday = TODAY + timedelta(days=(5 - TODAY.weekday()) % 7 + 7)
    holiday = date(YEAR + 1, 12, 25)
    while holiday.weekday() >= 5:  # a bank holiday on a weekday
        holiday = date(holiday.year + 1, 12, 25)
    for day in (saturday, holiday):
        at = cal.open_of(day).replace(hour=11).astimezone(UTC)
        refused = visits.book(desk, "C-OK", "sclarke", at, by="tnguyen")
        assert _codes(refused.blocks) == ["OUTSIDE_OFFICE_HOURS"], day


def test_a_host_or_second_person_is_busy_with_an_overlapping_appointment(desk):
    at = _slot(desk)
    assert visits.book(desk, "C-TWO", "sclarke", at, second="dowen", by="tnguyen").booked
    for host, second, start in (
        ("sclarke", None, at + timedelta(minutes=30)),  # the host
        ("dowen", None, at - timedelta(minutes=30)),  # the other's second
        ("mhughes", "sclarke", at),  # named second
    ):
        refused = visits.book(desk, "C-OK", host, start, second=second, by="tnguyen")
        assert _codes(refused.blocks) == ["HOST_BUSY"], (host, second)
    # The end is excluded: back to back is fine.
    after = visits.book(desk, "C-OK", "sclarke", at + timedelta(minutes=60), by="tnguyen")
    assert after.booked
    # A cancelled appointment holds no time.
    visits.cancel(desk, after.appointment.id, "tnguyen", "Customer rang to cancel")
    again = visits.book(desk, "C-20418", "sclarke", at + timedelta(minutes=90), by="tnguyen")
    assert again.booked


def test_a_booking_in_the_past_is_refused(desk):
    at = datetime.now(UTC) - timedelta(minutes=5)
    refused = visits.book(desk, "C-OK", "sclarke", at, by="tnguyen")
    assert "IN_THE_PAST" in _codes(refused.blocks)


@pytest.mark.parametrize("by", ["root", "gone"])
def test_only_desk_staff_may_book(desk, by):
    refused = visits.book(desk, "C-NV", "sclarke", _slot(desk), by=by)
    # Every block is given, not just the first.
    assert _codes(refused.blocks) == ["NOT_PERMITTED", "NO_VISITS"]
    assert _count(desk, Appointment) == 0


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"customer_ref": "C-NOBODY"}, "customer"),
        ({"host": "nobody"}, "host"),
        ({"second": "nobody"}, "second"),
        ({"by": "nobody"}, "by"),
        ({"minutes": 0}, "minutes"),
        ({"starts_at": datetime(YEAR + 1, 3, 3, 10)}, "starts_at"),
    ],
)
def test_bad_input_names_its_field_and_writes_nothing(desk, kwargs, field):
    args = {"customer_ref": "C-OK", "host": "sclarke", "starts_at": _slot(desk), "by": "tnguyen"}
    args.update(kwargs)
    with pytest.raises(InvalidInput) as caught:
        visits.book(desk, **args)
    assert caught.value.field == field
    assert _count(desk, Appointment) == 0 and _count(desk, AuditEntry) == 0


def test_two_desks_racing_for_one_host_book_one_appointment(pg_url):
    db = open_database(pg_url)
    import_document(db, _visit_document())
    db.reload_calendar()
    at = _slot(db)
    refs = ["C-OK", "C-20418", "C-BW", "C-NV-LATER", "C-NV-ENDED", "C-TWO"]
    seconds = [None, None, None, None, None, "dowen"]
    barrier = threading.Barrier(len(refs))
    results, errors = [], []

    def desk_books(i):
        try:
            barrier.wait()
            start = at + timedelta(minutes=5 * i)
            results.append(
                visits.book(db, refs[i], "sclarke", start, second=seconds[i], by="tnguyen")
            )
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk_books, args=(i,)) for i in range(len(refs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r.booked for r in results) == 1
    assert all(_codes(r.blocks) == ["HOST_BUSY"] for r in results if not r.booked)
    assert _count(db, Appointment) == 1
    db.dispose()


def test_bookings_and_turned_away_entries_reach_the_change_feed(desk):
    """Migration 0013 adds columns without rebuilding the tables: their change-log triggers
    still record every write for the replicas."""
    appointment = _booked(desk)
    visits.arrive(desk, appointment, "tnguyen")
    visits.turn_away(desk, "Pat", "No appointment", "nothing", by="tnguyen")
    with desk.unit() as uow:
        logged = uow.session.execute(
            select(ChangeLogEntry.table_name, ChangeLogEntry.op).where(
                ChangeLogEntry.table_name.in_(("appointments", "turned_away"))
            )
        ).all()
    assert sorted(logged) == [("appointments", "I"), ("appointments", "U"), ("turned_away", "I")]


# --- an appointment's life -------------------------------------------------------------------


def _booked(db, ref="C-OK", host="sclarke", **kw) -> uuid.UUID:
    booking = visits.book(db, ref, host, kw.pop("at", None) or _slot(db), by="tnguyen", **kw)
    assert booking.booked, booking.blocks
    return booking.appointment.id


def test_arrive_then_leave_records_an_inbound_visit_contact(desk):
    appointment = _booked(desk)
    arrived_at = _slot(desk) - timedelta(minutes=3)
    view = visits.arrive(desk, appointment, "tnguyen", arrived_at)
    assert (view.status, view.checked_in_at) == ("arrived", arrived_at)
    with desk.unit() as uow:
        (event,) = uow.session.execute(select(ContactEvent)).scalars().all()[-1:]
        assert (event.channel, event.direction, event.at) == ("visit", "inbound", arrived_at)
        assert uow.session.get(Customer, event.customer_id).ref == "C-OK"
    left = visits.leave(desk, appointment, "tnguyen", arrived_at + timedelta(minutes=50))
    assert left.status == "left" and left.checked_out_at == arrived_at + timedelta(minutes=50)
    assert [a.outcome for a in _audits(desk, "visit_arrive")] == ["recorded"]


def test_a_visit_counts_towards_max_contacts_on_the_visit_channel_both_ways(desk):
    appointment = _booked(desk, "C-VMAX")
    now = datetime.now(UTC)
    visit = Outreach("C-VMAX", "sclarke", Channel.PHONE, at=now + timedelta(minutes=1))
    assert check_outreach(desk, visit).allowed
    visits.arrive(desk, appointment, "tnguyen", now)
    decision = check_outreach(desk, visit)
    assert [b.code.value for b in decision.blocks] == ["CONTACT_LIMIT_REACHED"]


@pytest.mark.parametrize(
    ("steps", "refused"),
    [
        (["leave"], "leave"),  # not arrived
        (["cancel", "arrive"], "arrive"),
        (["arrive", "cancel"], "cancel"),
        (["arrive", "no_show"], "no_show"),
        (["no_show", "arrive"], "arrive"),
        (["arrive", "leave", "leave"], "leave"),
        (["arrive", "arrive"], "arrive"),
    ],
)
def test_only_valid_transitions_are_made(desk, steps, refused):
    appointment = _booked(desk)

    def run(step):
        if step == "cancel":
            return visits.cancel(desk, appointment, "tnguyen", "Unwell")
        return getattr(visits, step)(desk, appointment, "tnguyen")

    for step in steps[:-1]:
        run(step)
    with desk.unit() as uow:
        before = uow.session.get(Appointment, appointment).status
    contacts = _count(desk, ContactEvent)
    with pytest.raises(NotPermitted) as caught:
        run(steps[-1])
    assert caught.value.field == "appointment"
    with desk.unit() as uow:
        assert uow.session.get(Appointment, appointment).status == before
    assert _count(desk, ContactEvent) == contacts


def test_cancel_needs_a_reason_and_keeps_it(desk):
    appointment = _booked(desk)
    with pytest.raises(InvalidInput) as caught:
        visits.cancel(desk, appointment, "tnguyen", "  ")
    assert caught.value.field == "reason"
    view = visits.cancel(desk, appointment, "tnguyen", "Customer rang to cancel")
    assert (view.status, view.cancel_reason) == ("cancelled", "Customer rang to cancel")
    with pytest.raises(NotPermitted):
        visits.no_show(desk, _booked(desk, at=_slot(desk, 8)), "root")


def test_the_day_and_the_roll_call(desk):
    first = _booked(desk, "C-20418", at=_slot(desk, hour=10))
    second = _booked(desk, "C-BW", "dowen", at=_slot(desk, hour=11))
    _booked(desk, "C-OK", "mhughes", at=_slot(desk, 9, hour=10))  # another day
    on = desk.calendar.local_date(_slot(desk))
    listed = visits.day(desk, on)
    assert [v.id for v in listed] == [first, second]
    assert _codes(listed[0].warnings) == ["ACCESSIBILITY_NEEDS", "WELSH_PREFERRED"]
    assert _codes(listed[1].warnings) == ["BEHAVIOUR_WARNING"]
    t = _slot(desk, hour=10)
    visits.arrive(desk, first, "tnguyen", t)
    visits.arrive(desk, second, "tnguyen", t + timedelta(minutes=50))
    visits.leave(desk, first, "tnguyen", t + timedelta(minutes=55))
    at_1050 = visits.in_building(desk, t + timedelta(minutes=52))
    assert [(v.id, v.host, v.checked_in_at) for v in at_1050] == [
        (first, "sclarke", t),
        (second, "dowen", t + timedelta(minutes=50)),
    ]
    assert [v.id for v in visits.in_building(desk, t + timedelta(minutes=56))] == [second]
    assert visits.in_building(desk, t - timedelta(minutes=1)) == []


# --- turned away -----------------------------------------------------------------------------


def test_a_visitor_with_no_customer_record_is_turned_away(desk):
    entry = visits.turn_away(desk, "Pat Smith", "No appointment", "phone", by="tnguyen")
    assert (entry.name, entry.customer, entry.offered, entry.contact_id) == (
        "Pat Smith",
        None,
        "phone",
        None,
    )
    assert _count(desk, ContactEvent, ContactEvent.channel == "visit") == 0
    with desk.unit() as uow:
        row = uow.session.get(TurnedAway, entry.id)
        assert (row.visitor_name, row.reason, row.offered) == (
            "Pat Smith",
            "No appointment",
            "phone",
        )


def test_a_known_customer_turned_away_is_an_inbound_visit_contact(desk):
    entry = visits.turn_away(
        desk,
        "Customer C-NV",
        "No visits: restriction in force",
        "signposted",
        by="tnguyen",
        customer_ref="C-NV",
        signposted_to="Citizens Advice",
    )
    assert entry.signposted_to == "Citizens Advice"
    # The desk sees why: the restriction is shown with the entry.
    assert _codes(entry.warnings) == ["NO_VISITS"]
    with desk.unit() as uow:
        event = uow.session.get(ContactEvent, entry.contact_id)
        assert (event.channel, event.direction) == ("visit", "inbound")
        assert event.summary == "Turned away: No visits: restriction in force"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"offered": "signposted"}, "signposted_to"),
        ({"offered": "tea"}, "offered"),
        ({"signposted_to": "Citizens Advice"}, "signposted_to"),
        ({"name": " "}, "name"),
        ({"reason": ""}, "reason"),
        ({"customer_ref": "C-NOBODY"}, "customer"),
    ],
)
def test_turned_away_bad_input_names_its_field(desk, kwargs, field):
    args = {"name": "Pat", "reason": "No appointment", "offered": "nothing", "by": "tnguyen"}
    args.update(kwargs)
    with pytest.raises(InvalidInput) as caught:
        visits.turn_away(desk, **args)
    assert caught.value.field == field
    assert _count(desk, TurnedAway) == 0


# --- retention -------------------------------------------------------------------------------


def test_retention_removes_old_names_of_visitors_with_no_customer(desk):
    now = datetime.now(UTC)
    old = visits.turn_away(
        desk, "Old Visitor", "No appointment", "nothing", by="tnguyen", note="Was upset",
        at=now - timedelta(days=91),
    )  # fmt: skip
    recent = visits.turn_away(
        desk,
        "Recent Visitor",
        "No appointment",
        "nothing",
        by="tnguyen",
        at=now - timedelta(days=89),
    )
    known = visits.turn_away(
        desk, "Customer C-OK", "Early", "appointment", by="tnguyen", customer_ref="C-OK",
        at=now - timedelta(days=200),
    )  # fmt: skip
    done = visits.retention_run(desk, now)
    assert (done.removed, done.retention_days) == (1, 90)
    with desk.unit() as uow:
        rows = {r.id: r for r in uow.session.execute(select(TurnedAway)).scalars()}
    assert (rows[old.id].visitor_name, rows[old.id].note) == ("(removed)", "(removed)")
    assert (rows[old.id].reason, rows[old.id].offered) == ("No appointment", "nothing")
    assert rows[recent.id].visitor_name == "Recent Visitor"
    assert rows[known.id].visitor_name == "Customer C-OK"
    (entry,) = _audits(desk, "visitor_retention")
    assert entry.details["removed"] == 1 and "Old Visitor" not in json.dumps(entry.details)
    # Run again: nothing more to remove. A shorter office setting removes the recent one.
    assert visits.retention_run(desk, now).removed == 0
    with desk.unit(write=True) as uow:
        uow.session.add(OfficeSetting(key="visitor_retention_days", value="30"))
        uow.commit()
    assert visits.retention_run(desk, now).removed == 1


# --- the exchange format ---------------------------------------------------------------------


def test_appointments_and_turned_away_entries_travel_in_export_and_import(desk, tmp_path):
    at = _slot(desk)
    first = _booked(desk, "C-20418", at=at)
    visits.arrive(desk, first, "tnguyen", at)
    visits.leave(desk, first, "tnguyen", at + timedelta(minutes=40))
    cancelled = visits.book(
        desk, "C-20418", "dowen", at, 30, location="Room 1", purpose="Repairs", by="sclarke",
        visitor_name="Huw Prys",
    ).appointment.id  # fmt: skip
    visits.cancel(desk, cancelled, "tnguyen", "Rearranged by phone")
    _booked(desk, "C-TWO", second="dowen", at=_slot(desk, 8))
    visits.turn_away(desk, "Pat", "No appointment", "signposted", by="tnguyen",
                     signposted_to="Citizens Advice", note="Polite")  # fmt: skip
    visits.turn_away(desk, "Customer C-OK", "Early", "appointment", by="tnguyen",
                     customer_ref="C-OK")  # fmt: skip
    exported = export_document(desk)
    (eleri,) = [c for c in exported["customers"] if c["ref"] == "C-20418"]
    assert [a["status"] for a in eleri["appointments"]] == ["cancelled", "left"]
    assert eleri["appointments"][0]["visitor_name"] == "Huw Prys"
    assert exported["turned_away"][0]["signposted_to"] == "Citizens Advice"
    (ok,) = [c for c in exported["customers"] if c["ref"] == "C-OK"]
    assert ok["turned_away"][0]["offered"] == "appointment"
    other = open_database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        summary = import_document(other, exported)
        assert (summary.appointments, summary.turned_away) == (3, 2)
        assert export_document(other) == exported
    finally:
        other.dispose()


@pytest.mark.parametrize(
    ("where", "entry", "field"),
    [
        ("appointments", {"ends_at": "2030-01-07T10:00:00+00:00"}, "appointments[0].starts_at"),
        (
            "appointments",
            {"starts_at": "2030-01-07T10:00:00+00:00", "ends_at": "2030-01-07T09:00:00+00:00"},
            "appointments[0].ends_at",
        ),
        (
            "appointments",
            {
                "starts_at": "2030-01-07T10:00:00+00:00",
                "ends_at": "2030-01-07T11:00:00+00:00",
                "status": "cancelled",
            },
            "appointments[0].cancel_reason",
        ),  # fmt: skip
        (
            "appointments",
            {
                "starts_at": "2030-01-07T10:00:00+00:00",
                "ends_at": "2030-01-07T11:00:00+00:00",
                "host": "nobody",
            },
            "appointments[0].host",
        ),  # fmt: skip
        (
            "turned_away",
            {"at": "2030-01-07T10:00:00+00:00", "name": "Pat", "offered": "signposted"},
            "turned_away[0].signposted_to",
        ),
    ],
)
def test_a_bad_appointment_or_entry_is_named_and_nothing_is_imported(db, where, entry, field):
    doc = _visit_document()
    doc["customers"][3][where] = [entry]
    with pytest.raises(DocumentInvalid) as caught:
        import_document(db, doc)
    assert [e.field for e in caught.value.errors] == [f"customers[3].{field}"]
    assert _count(db, Customer) == 0 and _count(db, Appointment) == 0
    doc = _visit_document()
    doc["turned_away"] = [{"at": "2030-01-07T10:00:00+00:00", "name": "Pat", "offered": "tea"}]
    with pytest.raises(DocumentInvalid) as caught:
        import_document(db, doc)
    assert [e.field for e in caught.value.errors] == ["turned_away[0].offered"]
    assert _count(db, TurnedAway) == 0


# --- the BSL interpreter ---------------------------------------------------------------------


def _bsl_document() -> dict:
    doc = _visit_document()
    bsl = _customer("C-BSL")
    bsl["preferences"]["accessibility"] = ["bsl_interpreter", "more_time"]
    doc["customers"].append(bsl)
    return doc


@pytest.fixture
def bsl_desk(db):
    import_document(db, _bsl_document())
    db.reload_calendar()
    return db


def _needs_message(findings) -> str:
    (message,) = [f.message for f in findings if f.code == "ACCESSIBILITY_NEEDS"]
    return message


def test_a_booking_says_whether_the_bsl_interpreter_is_booked(bsl_desk):
    at = _slot(bsl_desk)
    without = visits.book(bsl_desk, "C-BSL", "sclarke", at, 30, by="tnguyen")
    assert without.booked and not without.appointment.interpreter_booked
    assert _needs_message(without.warnings).endswith("Needs a BSL interpreter: NOT booked.")
    with_one = visits.book(
        bsl_desk, "C-BSL", "dowen", at, 30, by="tnguyen", interpreter_booked=True
    )
    assert with_one.booked and with_one.appointment.interpreter_booked
    assert _needs_message(with_one.warnings).endswith("Needs a BSL interpreter: booked.")
    assert with_one.appointment.to_json()["interpreter_booked"] is True
    # Needs without an interpreter say nothing of one.
    other = visits.book(bsl_desk, "C-20418", "mhughes", at, 30, by="tnguyen")
    assert "interpreter" not in _needs_message(other.warnings)
    assert [a.details["interpreter_booked"] for a in _audits(bsl_desk, "visit_book")] == [
        False,
        True,
        False,
    ]
    day = {v.id: v for v in visits.day(bsl_desk, at.date())}
    assert not day[without.appointment.id].interpreter_booked
    assert _needs_message(day[without.appointment.id].warnings).endswith("NOT booked.")
    assert day[with_one.appointment.id].interpreter_booked
    assert _needs_message(day[with_one.appointment.id].warnings).endswith("booked.")
    assert "NOT" not in _needs_message(day[with_one.appointment.id].warnings)


def test_the_interpreter_is_recorded_later_and_audited(bsl_desk):
    at = _slot(bsl_desk)
    appointment = _booked(bsl_desk, "C-BSL", at=at)
    view = visits.set_interpreter(bsl_desk, appointment, True, "tnguyen")
    assert view.interpreter_booked and view.status == "booked"
    (day,) = visits.day(bsl_desk, at.date())
    assert day.interpreter_booked and "NOT" not in _needs_message(day.warnings)
    visits.set_interpreter(bsl_desk, appointment, False, "sclarke")
    (day,) = visits.day(bsl_desk, at.date())
    assert not day.interpreter_booked and _needs_message(day.warnings).endswith("NOT booked.")
    entries = _audits(bsl_desk, "visit_interpreter")
    assert [(e.actor, e.details["interpreter_booked"], e.details["was"]) for e in entries] == [
        ("tnguyen", True, False),
        ("sclarke", False, True),
    ]
    assert entries[0].details["appointment"] == str(appointment)
    assert entries[0].details["customer_ref"] == "C-BSL"


def test_the_interpreter_is_recorded_only_for_a_booked_appointment_by_desk_staff(bsl_desk):
    appointment = _booked(bsl_desk, "C-BSL")
    with pytest.raises(InvalidInput) as caught:
        visits.set_interpreter(bsl_desk, appointment, "yes", "tnguyen")
    assert caught.value.field == "booked"
    with pytest.raises(NotPermitted) as refused:
        visits.set_interpreter(bsl_desk, appointment, True, "root")
    assert refused.value.field == "by"
    with pytest.raises(InvalidInput) as caught:
        visits.set_interpreter(bsl_desk, uuid.uuid4(), True, "tnguyen")
    assert caught.value.field == "appointment"
    visits.cancel(bsl_desk, appointment, "tnguyen", "Rearranged")
    with pytest.raises(NotPermitted) as refused:
        visits.set_interpreter(bsl_desk, appointment, True, "tnguyen")
    assert refused.value.field == "appointment"
    assert _count(bsl_desk, Appointment, Appointment.interpreter_booked.is_(True)) == 0
    assert _audits(bsl_desk, "visit_interpreter") == []
    with pytest.raises(InvalidInput) as caught:
        visits.book(
            bsl_desk, "C-BSL", "sclarke", _slot(bsl_desk, 8), by="tnguyen", interpreter_booked=1
        )
    assert caught.value.field == "interpreter_booked"
    assert _count(bsl_desk, Appointment) == 1


def test_the_interpreter_travels_in_export_and_import(bsl_desk, tmp_path):
    at = _slot(bsl_desk)
    _booked(bsl_desk, "C-BSL", at=at, interpreter_booked=True)
    _booked(bsl_desk, "C-BSL", host="dowen", at=_slot(bsl_desk, 8))
    exported = export_document(bsl_desk)
    (bsl,) = [c for c in exported["customers"] if c["ref"] == "C-BSL"]
    assert [a["interpreter_booked"] for a in bsl["appointments"]] == [True, False]
    other = open_database(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        import_document(other, exported)
        assert export_document(other) == exported
    finally:
        other.dispose()


@pytest.mark.parametrize("bad", ["yes", 1, None, "true"])
def test_an_interpreter_that_is_not_true_or_false_is_named_and_nothing_imported(db, bad):
    doc = _bsl_document()
    entry = {"starts_at": "2030-01-07T10:00:00+00:00", "ends_at": "2030-01-07T11:00:00+00:00"}
    doc["customers"][-1]["appointments"] = [dict(entry), {**entry, "interpreter_booked": bad}]
    with pytest.raises(DocumentInvalid) as caught:
        import_document(db, doc)
    index = len(doc["customers"]) - 1
    assert [e.field for e in caught.value.errors] == [
        f"customers[{index}].appointments[1].interpreter_booked"
    ]
    assert _count(db, Customer) == 0 and _count(db, Appointment) == 0


def test_an_appointment_left_without_the_field_imports_as_not_booked(db):
    doc = _bsl_document()
    entry = {"starts_at": "2030-01-07T10:00:00+00:00", "ends_at": "2030-01-07T11:00:00+00:00"}
    doc["customers"][-1]["appointments"] = [entry]
    import_document(db, doc)
    assert _count(db, Appointment, Appointment.interpreter_booked.is_(False)) == 1
    assert _count(db, Appointment) == 1


# --- the command line ------------------------------------------------------------------------


def _cli(capsys, url, *argv) -> tuple[int, dict | None, str]:
    code = main([*argv[:2], "--database", url, *argv[2:]])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_the_visits_commands(desk, capsys, tmp_path):
    url = desk.url
    at = _slot(desk).isoformat()
    code, out, _ = _cli(
        capsys, url, "visits", "book", "--customer", "C-20418", "--host", "sclarke",
        "--at", at, "--minutes", "30", "--by", "tnguyen",
    )  # fmt: skip
    assert (
        code == 0 and out["booked"] and set(out) == {"booked", "appointment", "blocks", "warnings"}
    )
    appointment = out["appointment"]["id"]
    code, out, _ = _cli(
        capsys, url, "visits", "book", "--customer", "C-NV", "--host", "dowen", "--at", at,
        "--by", "tnguyen",
    )  # fmt: skip
    assert code == 1 and not out["booked"] and out["blocks"][0]["code"] == "NO_VISITS"
    code, _, err = _cli(
        capsys, url, "visits", "book", "--customer", "C-OK", "--host", "nobody", "--at", at,
        "--by", "tnguyen",
    )  # fmt: skip
    assert code == 2 and "--host" in err
    code, _, err = _cli(
        capsys, url, "visits", "book", "--customer", "C-OK", "--host", "dowen", "--at", "soon",
        "--by", "tnguyen",
    )  # fmt: skip
    assert code == 2 and "--at" in err
    code, _, err = _cli(
        capsys, url, "visits", "leave", "--appointment", appointment, "--by", "tnguyen"
    )
    assert code == 1 and "--appointment" in err
    code, _, err = _cli(capsys, url, "visits", "arrive", "--appointment", "x", "--by", "tnguyen")
    assert code == 2 and "--appointment" in err
    code, out, _ = _cli(
        capsys, url, "visits", "arrive", "--appointment", appointment, "--by", "tnguyen", "--at", at
    )
    assert code == 0 and out["status"] == "arrived"
    code, out, _ = _cli(capsys, url, "visits", "in-building", "--at", at)
    assert code == 0 and [v["host"] for v in out["in_building"]] == ["sclarke"]
    assert out["in_building"][0]["arrived_at"] == at
    # The roll call printed to PDF as well; a --pdf that is not a .pdf is bad input, naming it.
    pdf = tmp_path / "roll-call.pdf"
    code, out, _ = _cli(capsys, url, "visits", "in-building", "--at", at, "--pdf", str(pdf))
    assert code == 0 and out["pdf"] == str(pdf) and len(out["in_building"]) == 1
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = _cli(capsys, url, "visits", "in-building", "--pdf", str(tmp_path / "a.txt"))
    assert code == 2 and "--pdf" in err and not (tmp_path / "a.txt").exists()
    later = (_slot(desk) + timedelta(minutes=30)).isoformat()
    code, out, _ = _cli(
        capsys, url, "visits", "leave", "--appointment", appointment, "--by", "tnguyen",
        "--at", later,
    )  # fmt: skip
    assert code == 0 and out["status"] == "left"
    code, out, _ = _cli(capsys, url, "visits", "in-building", "--at", later)
    assert code == 0 and out["in_building"] == []
    day = _slot(desk).date().isoformat()
    code, out, _ = _cli(capsys, url, "visits", "day", "--date", day)
    assert code == 0 and [a["status"] for a in out["appointments"]] == ["left"]
    assert [w["code"] for w in out["appointments"][0]["warnings"]] == [
        "ACCESSIBILITY_NEEDS",
        "WELSH_PREFERRED",
    ]
    other = visits.book(desk, "C-OK", "dowen", _slot(desk, 8), by="tnguyen").appointment.id
    code, out, _ = _cli(
        capsys, url, "visits", "no-show", "--appointment", str(other), "--by", "tnguyen"
    )
    assert code == 0 and out["status"] == "no_show"
    code, _, err = _cli(capsys, url, "visits", "day", "--date", "tomorrow")
    assert code == 2 and "--date" in err
    code, _, err = _cli(
        capsys, url, "visits", "turned-away", "--name", "Pat", "--reason", "No appointment",
        "--offered", "signposted", "--by", "tnguyen",
    )  # fmt: skip
    assert code == 2 and "--signposted-to" in err
    code, out, _ = _cli(
        capsys, url, "visits", "turned-away", "--name", "Pat", "--reason", "No appointment",
        "--offered", "nothing", "--by", "tnguyen", "--at", "2020-01-06T10:00:00+00:00",
    )  # fmt: skip
    assert code == 0 and out["name"] == "Pat"
    code, out, _ = _cli(capsys, url, "visits", "cancel", "--appointment", appointment,
                        "--by", "root", "--reason", "x")  # fmt: skip
    assert code == 1
    code, out, _ = _cli(capsys, url, "retention", "run")
    assert code == 0 and out["removed"] == 1 and "Pat" not in json.dumps(out)


def test_the_interpreter_commands(bsl_desk, capsys):
    url = bsl_desk.url
    at = _slot(bsl_desk)
    code, out, _ = _cli(
        capsys, url, "visits", "book", "--customer", "C-BSL", "--host", "sclarke",
        "--at", at.isoformat(), "--interpreter-booked", "--by", "tnguyen",
    )  # fmt: skip
    assert code == 0 and out["appointment"]["interpreter_booked"] is True
    assert _needs_message_json(out["warnings"]).endswith("Needs a BSL interpreter: booked.")
    appointment = out["appointment"]["id"]
    code, out, _ = _cli(
        capsys, url, "visits", "book", "--customer", "C-BSL", "--host", "dowen",
        "--at", at.isoformat(), "--by", "tnguyen",
    )  # fmt: skip
    assert code == 0 and out["appointment"]["interpreter_booked"] is False
    code, out, _ = _cli(
        capsys, url, "visits", "interpreter", "--appointment", appointment, "--booked", "no",
        "--by", "tnguyen",
    )  # fmt: skip
    assert code == 0 and out["id"] == appointment and out["interpreter_booked"] is False
    code, out, _ = _cli(capsys, url, "visits", "day", "--date", at.date().isoformat())
    assert code == 0 and [a["interpreter_booked"] for a in out["appointments"]] == [False] * 2
    assert all(
        _needs_message_json(a["warnings"]).endswith("NOT booked.") for a in out["appointments"]
    )
    code, _, err = _cli(
        capsys, url, "visits", "interpreter", "--appointment", appointment, "--booked", "maybe",
        "--by", "tnguyen",
    )  # fmt: skip
    assert code == 2 and "--booked" in err
    code, _, err = _cli(
        capsys, url, "visits", "interpreter", "--appointment", appointment, "--booked", "yes",
        "--by", "root",
    )  # fmt: skip
    assert code == 1 and "--by" in err
    assert _audits(bsl_desk, "visit_interpreter")[-1].details["interpreter_booked"] is False
    assert len(_audits(bsl_desk, "visit_interpreter")) == 1


def _needs_message_json(findings) -> str:
    (message,) = [f["message"] for f in findings if f["code"] == "ACCESSIBILITY_NEEDS"]
    return message


def test_the_command_line_loads_no_sqlalchemy_for_visits_help():
    import subprocess
    import sys

    probe = (
        "import sys\nfrom agent_desktop.cli import main\n"
        "try:\n    main(['visits', 'book', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


# --- a visits login on the central database --------------------------------------------------


@pytest.fixture
def reception_login(pg_url):
    db = open_database(pg_url)
    import_document(db, _visit_document())
    db.dispose()
    login = f"ad_{uuid.uuid4().hex[:8]}_tnguyen"
    from agent_desktop.store.engine import make_engine
    from agent_desktop.store.roles import grant_login

    engine = make_engine(pg_url)
    grant_login(engine, "tnguyen", ["visits"], login_name=login)
    engine.dispose()
    yield login
    with psql(pg_url) as conn:
        drop_login(conn, login)


def test_a_visits_login_does_what_the_desk_needs_and_no_more(pg_url, reception_login):
    db = open_database(url_as(pg_url, reception_login), migrate=False)
    db.reload_calendar()
    try:
        at = _slot(db)
        booking = visits.book(db, "C-20418", "sclarke", at, by="tnguyen")
        assert booking.booked and booking.appointment.booked_by == "tnguyen"
        assert not visits.book(db, "C-NV", "sclarke", at, by="tnguyen").booked
        visits.arrive(db, booking.appointment.id, "tnguyen", at)
        visits.leave(db, booking.appointment.id, "tnguyen", at + timedelta(minutes=40))
        other = visits.book(db, "C-OK", "dowen", at, by="tnguyen").appointment.id
        visits.cancel(db, other, "tnguyen", "Rearranged")
        warned = visits.book(db, "C-BW", "mhughes", at, by="tnguyen")
        assert warned.booked
        # Whether the interpreter is booked is the desk's to record.
        assert visits.set_interpreter(db, warned.appointment.id, True, "tnguyen").interpreter_booked
        visits.turn_away(db, "Pat", "No appointment", "phone", by="tnguyen", customer_ref="C-OK")
        assert len(visits.in_building(db, at + timedelta(minutes=1))) == 1
        assert len(visits.day(db, db.calendar.local_date(at))) == 3
    finally:
        db.dispose()
    with psql(pg_url, reception_login) as conn:
        # Another's name on a booking, a restriction, a customer's details, staff, work:
        # none of it is the desk's.
        for statement in (
            "DELETE FROM appointments",
            "DELETE FROM turned_away",
            "UPDATE customers SET name = 'x'",
            "UPDATE staff SET roles = '[\"manager\"]'",
            "UPDATE restrictions SET lifted_at = now()",
            "INSERT INTO teams (id, name) VALUES (gen_random_uuid(), 'x')",
            "UPDATE contact_events SET summary = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.CheckViolation, match="NO_VISITS"):
            conn.execute(
                "INSERT INTO appointments (id, customer_id, starts_at, ends_at, status) "
                "SELECT gen_random_uuid(), id, now() + interval '7 days', "
                "now() + interval '7 days 1 hour', 'booked' FROM customers WHERE ref = 'C-NV'"
            )
        # A double booking of the host, typed at a prompt, is refused by the database too.
        booked = (
            "INSERT INTO appointments (id, customer_id, starts_at, ends_at, status, staff_id) "
            "SELECT gen_random_uuid(), c.id, %s, %s, 'booked', s.id FROM customers c, staff s "
            "WHERE c.ref = 'C-OK' AND s.username = %s"
        )
        with pytest.raises(psycopg.errors.CheckViolation, match="HOST_BUSY"):
            conn.execute(
                booked, (at + timedelta(minutes=30), at + timedelta(minutes=90), "mhughes")
            )
        conn.execute(booked, (at + timedelta(minutes=60), at + timedelta(minutes=90), "mhughes"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO appointments (id, customer_id, starts_at, ends_at, status, "
                "booked_by_id) SELECT gen_random_uuid(), c.id, now() + interval '7 days', "
                "now() + interval '7 days 1 hour', 'booked', s.id FROM customers c, staff s "
                "WHERE c.ref = 'C-OK' AND s.username = 'sclarke'"
            )
