"""The visits desk in the window (visits.md), on real widgets over SQLite and PostgreSQL, and
on synced desktops: the day with its warnings, every action by keyboard, a refused booking,
the roll call (offline too, from the replica), check-ins kept in the outbox and sent once,
the replica's scope for a visits user, and the host hearing their visitor arrive."""

from __future__ import annotations

import copy
import threading
import uuid
from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QTableView,
    QTabWidget,
)
from sqlalchemy import text

from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.services import visits
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.gateway import Local, Queued
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import Appointment
from agent_desktop.sync.outbox import VISIT_ARRIVE, send, visit_entry
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps
from agent_desktop.ui.visits_desk import VISITS_DESK, RollCallDialog
from tests.desktops import EXAMPLE, _count, _desktop
from tests.test_sync_desktop import _kill_before, _lose_commit

TODAY = datetime.now(UTC).date()


def _restriction(kind: str) -> dict:
    return {
        "kind": kind,
        "category": "abusive",
        "reason": "Decided for the test",
        "decided_by": "mhughes",
        "starts_on": (TODAY - timedelta(days=30)).isoformat(),
        "review_by": (TODAY + timedelta(days=150)).isoformat(),
    }


def _customer(ref: str, restrictions=(), **prefs) -> dict:
    return {
        "ref": ref,
        "name": f"Visitor {ref}",
        "phones": [],
        "emails": [],
        "preferences": {"channels": ["phone", "email", "letter"], "language": "en", **prefs},
        "restrictions": list(restrictions),
        "contacts": [],
    }


def _document() -> dict:
    doc = copy.deepcopy(EXAMPLE)
    doc["customers"] += [
        _customer(
            "C-WARN",
            [_restriction("behaviour_warning"), _restriction("two_staff_present")],
            accessibility=["bsl_interpreter"],
            language="cy",
        ),
        _customer("C-NEAR"),
        _customer("C-FAR"),
        _customer("C-HOSTED"),
    ]
    return doc


def _visit_day(calendar):
    """An office working day two to nine days ahead: inside the replica's 14 days."""
    day = TODAY + timedelta(days=2)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def _at(calendar, day, hour: int, minute: int = 0) -> datetime:
    return first_instant_at(calendar.tz, day, time(hour, minute)).astimezone(UTC)


def _book(db, ref, host, day, hour, second=None, minutes=60):
    early = _at(db.calendar, day, 7)
    booking = visits.book(
        db,
        ref,
        host,
        _at(db.calendar, day, hour),
        minutes,
        second,
        "Room 2",
        by="tnguyen",
        now=early,
    )
    assert booking.booked, booking.blocks
    return booking.appointment


@pytest.fixture
def office(db):
    import_document(db, _document())
    day = _visit_day(db.calendar)
    first = _book(db, "C-WARN", "dowen", day, 11, second="mhughes")
    second = _book(db, "C-20418", "sclarke", day, 10)
    return db, day, first, second


def _window(qtbot, data, username: str, day=None) -> MainWindow:
    data = data if not hasattr(data, "engine") else Local(data)
    window = MainWindow(data, sign_in(data.reads, username), ImmediateOps())
    qtbot.addWidget(window)
    screen = window.screens.get(VISITS_DESK.key)
    if screen is not None and day is not None:
        screen.set_clock(lambda: _at(data.calendar, day, 10, 30))
    return window


def _rows(screen) -> list[str]:
    return [screen.model.row_text(r) for r in range(screen.model.rowCount())]


def _controls(widget):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableView, QSpinBox, QDateEdit)
    return [w for kind in kinds for w in widget.findChildren(kind) if w.isVisibleTo(widget)]


def _unnamed(widget) -> list:
    """Controls a screen reader could not name: no accessible name, and no text of their own."""
    out = []
    for w in _controls(widget):
        if isinstance(w.parent(), QComboBox | QAbstractSpinBox | QTableView):
            continue  # a part of the control around it (its edit, its corner button)
        if w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()):
            continue
        out.append(w)
    return out


def test_the_day_in_time_order_with_warnings_in_words_and_an_icon(qtbot, office):
    db, day, first, second = office
    window = _window(qtbot, db, "tnguyen", day)
    screen = window.screens[VISITS_DESK.key]
    tabs = window.centralWidget()
    assert isinstance(tabs, QTabWidget) and tabs.tabText(1) == "Visits desk"
    rows = _rows(screen)
    assert len(rows) == 2
    assert rows[0].startswith("10:00") and "C-20418" in rows[0]
    assert rows[1].startswith("11:00") and "C-WARN" in rows[1]
    warn = rows[1]
    for words in (
        "Behaviour warning",
        "Two staff present (second: Megan Hughes)",
        "Needs a BSL interpreter",
        "Prefers Welsh",  # dowen speaks Welsh
    ):
        assert words in warn
    index = screen.model.index(1, 4)
    assert not screen.model.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    assert screen.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == warn.split(", ", 4)[4]
    # Eleri Prys prefers Welsh and her host does not speak it: words and an icon too.
    assert "Welsh: the host does not speak it" in rows[0]
    assert not _unnamed(screen)


def test_arrive_leave_and_the_roll_call_from_the_keyboard_alone(qtbot, office, tmp_path):
    db, day, first, second = office
    window = _window(qtbot, db, "tnguyen", day)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    screen = window.screens[VISITS_DESK.key]
    window.show_desk(VISITS_DESK.key)
    qtbot.waitUntil(screen.table.hasFocus)
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_F7)
    assert "Arrived" in _rows(screen)[0], screen.status.text()
    assert visits.in_building(db)[0].id == second.id
    assert "checked in" in screen.message.text()

    qtbot.keyClick(screen.table, Qt.Key.Key_F9)
    dialog = screen.roll_call_dialog
    assert dialog.isVisible()
    rows = dialog.rows()
    assert len(rows) == 1 and rows[0].startswith("Visitor") is False
    assert "Eleri Prys: visiting Sarah Clarke, arrived" in rows[0]
    item = dialog.list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text() == rows[0]
    assert dialog.list.accessibleName() == "Visitors in the building"
    assert "1 visitor(s) in the building" in dialog.heading.text()
    assert "as of" not in dialog.heading.text()  # online: nothing to warn of
    pdf = tmp_path / "roll-call.pdf"
    dialog.print_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not _unnamed(dialog)
    dialog.reject()

    qtbot.keyClick(screen.table, Qt.Key.Key_F8)
    assert "Left" in _rows(screen)[0]
    assert visits.in_building(db) == []


def test_a_block_shows_in_words_and_nothing_is_booked(qtbot, office):
    db, day, first, second = office
    window = _window(qtbot, db, "tnguyen", day)
    screen = window.screens[VISITS_DESK.key]
    screen.book_action.trigger()
    dialog = screen.book_dialog
    assert dialog is not None and dialog.isVisible(), screen.message.text()
    assert not _unnamed(dialog)
    dialog.search.setText("C-30055")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.customers.currentData() == "C-30055"
    dialog.host.setCurrentIndex(dialog.host.findData("dowen"))
    dialog.on.setDate(dialog.on.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    # The host's free times inside office hours: dowen is busy at 11:00 with C-WARN.
    times = [dialog.slots.itemText(i) for i in range(dialog.slots.count())]
    assert times[0] == "09:00" and "11:00" not in times and times[-1] == "16:00"
    before = _count(db.engine, "SELECT count(*) FROM appointments")
    dialog.sig_book.emit()
    assert dialog.isVisible()
    assert dialog.message.text().startswith("Not booked: No visits")
    assert _count(db.engine, "SELECT count(*) FROM appointments") == before

    # A customer with no restriction books in the same dialog; the day shows it.
    dialog.search.setText("C-NEAR")
    dialog.find_button.click()
    dialog.slots.setCurrentIndex(dialog.slots.findText("14:00"))
    dialog.sig_book.emit()
    assert not dialog.isVisible()
    assert _count(db.engine, "SELECT count(*) FROM appointments") == before + 1
    assert "Booked Visitor C-NEAR with Dafydd Owen" in screen.message.text()


def test_cancel_no_show_and_turned_away_from_the_desk(qtbot, office):
    db, day, first, second = office
    window = _window(qtbot, db, "tnguyen", day)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    screen = window.screens[VISITS_DESK.key]
    window.show_desk(VISITS_DESK.key)
    screen.table.selectRow(0)
    screen.cancel_button.click()
    dialog = screen.cancel_dialog
    assert not _unnamed(dialog)
    dialog.reason.setText("Customer rang to cancel")
    dialog.accept()
    assert "Cancelled" in _rows(screen)[0]
    screen.table.selectRow(1)
    screen.no_show_button.click()
    assert "Did not come" in _rows(screen)[1]
    statuses = dict(
        db.engine.connect().execute(text("SELECT cancel_reason, status FROM appointments")).all()
    )
    assert statuses == {"Customer rang to cancel": "cancelled", None: "no_show"}

    window.activateWindow()
    screen.table.setFocus()
    qtbot.waitUntil(screen.table.hasFocus)
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    turned = screen.turned_away_dialog
    assert turned.isVisible() and not _unnamed(turned)
    turned.name.setText("Jordan Bell")
    turned.customer.setText("C-30055")
    turned.customer.editingFinished.emit()
    # The restriction shows at once, before anything is saved.
    assert turned.findings.text().startswith("No visits")
    turned._check()  # no reason yet: an error naming the field, nothing saved
    assert turned.isVisible() and turned.message.text().startswith("Reason:")
    assert _count(db.engine, "SELECT count(*) FROM turned_away") == 0
    turned.reason.setText("No visits restriction")
    turned.offered.setCurrentIndex(turned.offered.findData("phone"))
    turned._check()
    assert not turned.isVisible()
    assert _count(db.engine, "SELECT count(*) FROM turned_away WHERE offered = 'phone'") == 1
    assert "Jordan Bell recorded as turned away." in screen.message.text()


def test_other_roles_reach_the_desk_from_the_go_menu(qtbot, db_url):
    db = open_database(db_url)
    try:
        import_document(db, _document())
        agent = _window(qtbot, db, "sclarke")
        assert VISITS_DESK.key not in agent.screens
        go = {
            a.text(): a.shortcut().toString() for a in agent.menuBar().actions()[0].menu().actions()
        }
        assert go["&Visits desk"] == "Ctrl+5"
        assert "Team &board" not in go
        assert "Ctrl+4" not in go.values()
        agent.show_desk(VISITS_DESK.key)
        tabs = agent.centralWidget()
        assert isinstance(tabs, QTabWidget) and tabs.currentWidget() is agent.screens["visits"]
        agent.retranslate()  # a rebuild keeps the desk opened
        assert "visits" in agent.screens

        leader = _window(qtbot, db, "mhughes")
        go = {
            a.text(): a.shortcut().toString()
            for a in leader.menuBar().actions()[0].menu().actions()
        }
        assert go["Team &board"] == "Ctrl+3" and go["&Visits desk"] == "Ctrl+5"
    finally:
        db.dispose()


# --- synced desktops ---------------------------------------------------------------------


@pytest.fixture
def visits_central(pg_url):
    db = open_database(pg_url)
    try:
        import_document(db, _document())
        day = _visit_day(db.calendar)
        far = TODAY + timedelta(days=21)
        while not db.calendar.is_working_day(far):
            far += timedelta(days=1)
        near = _book(db, "C-NEAR", "dowen", day, 10)
        later = _book(db, "C-FAR", "dowen", far, 10)
        hosted = _book(db, "C-HOSTED", "sclarke", day, 14)
    finally:
        db.dispose()
    return pg_url, day, near, later, hosted


def _refs(engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(text("SELECT ref FROM customers")).scalars())


def test_a_visits_users_replica_holds_the_next_14_days_of_appointments(visits_central, tmp_path):
    url, day, near, later, hosted = visits_central
    reception = _desktop(url, tmp_path, "tnguyen")
    agent = _desktop(url, tmp_path, "sclarke")
    try:
        held = _refs(reception.replica_db.engine)
        assert {"C-NEAR", "C-HOSTED"} <= held and "C-FAR" not in held
        assert "C-30055" in held  # every customer with a restriction flag, as for anyone
        assert reception.replica.holds_visits() and not agent.replica.holds_visits()
        # The host's own appointment is on their desktop; others' are not.
        assert "C-HOSTED" in _refs(agent.replica_db.engine)
        assert "C-NEAR" not in _refs(agent.replica_db.engine)
        # A booking made later comes in with the next pull, with its customer's flags.
        central = reception.central
        _book(central, "C-20418", "mhughes", day, 15)
        assert "C-20418" not in _refs(reception.replica_db.engine)
        changes = reception.sync()
        assert "C-20418" in changes.appointments and "C-20418" in _refs(reception.replica_db.engine)
        assert [v.customer for v in reception.visits_day(day)] == ["C-NEAR", "C-HOSTED", "C-20418"]
    finally:
        reception.dispose()
        agent.dispose()


def test_overlapping_bookings_raced_by_two_desks_one_wins(visits_central, tmp_path):
    url, day, *_ = visits_central
    one = _desktop(url, tmp_path, "tnguyen")
    two = _desktop(url, tmp_path, "mhughes")
    try:
        start = threading.Barrier(2)
        answers = []

        def book(desk, ref, minutes):
            start.wait()
            answers.append(
                desk.book_visit(ref, "sclarke", _at(desk.calendar, day, 11), minutes, by="tnguyen")
            )

        threads = [
            threading.Thread(target=book, args=(one, "C-NEAR", 60)),
            threading.Thread(target=book, args=(two, "C-20418", 30)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(a.booked for a in answers) == [False, True]
        lost = next(a for a in answers if not a.booked)
        assert [b.code for b in lost.blocks] == ["HOST_BUSY"]
        assert (
            _count(
                one.central.engine,
                "SELECT count(*) FROM appointments a JOIN staff s ON s.id = a.staff_id "
                "WHERE s.username = 'sclarke' AND a.status = 'booked'",
            )
            == 2  # C-HOSTED's at 14:00 and the winner's at 11:00
        )
    finally:
        one.dispose()
        two.dispose()


def _arrivals(engine, appointment_id) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT count(*) FROM audit_log WHERE action = 'visit_arrive' "
                "AND details->>'appointment' = :a"
            ),
            {"a": str(appointment_id)},
        ).scalar_one()


def _visit_contacts(engine, ref) -> int:
    return _count(
        engine,
        "SELECT count(*) FROM contact_events e JOIN customers c ON c.id = e.customer_id "
        "WHERE c.ref = :r AND e.channel = 'visit'",
        r=ref,
    )


def test_a_check_in_whose_answer_was_lost_is_sent_again_and_recorded_once(visits_central, tmp_path):
    url, day, near, *_ = visits_central
    desk = _desktop(url, tmp_path, "tnguyen")
    try:
        lost = _lose_commit(desk.central.engine, committed=True)
        result = desk.arrive_visit(near.id, "tnguyen")
        assert lost["count"] == 1 and isinstance(result, Queued)
        assert desk.status().waiting == 1
        # Waiting, it is on the desk and in the roll call already.
        shown = {v.id: v for v in desk.visits_day(day)}[near.id]
        assert shown.status == "arrived" and shown.waiting
        desk.sync()
        desk.sync()
        assert desk.status().waiting == 0
        assert _arrivals(desk.central.engine, near.id) == 1
        assert _visit_contacts(desk.central.engine, "C-NEAR") == 1
        row = {v.id: v for v in desk.visits_day(day)}[near.id]
        assert row.status == "arrived" and not row.waiting

        # Killed before the appointment's own update: the contact was recorded, the check-in
        # not; the entry is kept and sent once, the contact not doubled.
        killed = _kill_before(desk.central.engine, "UPDATE APPOINTMENTS")
        assert isinstance(desk.leave_visit(near.id, "tnguyen"), Queued)
        assert killed["count"] == 1
        desk.sync()
        desk.sync()
        assert (
            _count(desk.central.engine, "SELECT count(*) FROM appointments WHERE status = 'left'")
            == 1
        )
    finally:
        desk.dispose()


def test_a_check_in_sent_twice_changes_nothing_the_second_time(visits_central):
    url, day, near, *_ = visits_central
    central = open_database(url)
    try:
        at = datetime.now(UTC).replace(microsecond=0)
        entry = visit_entry(VISIT_ARRIVE, near.id, "C-NEAR", "tnguyen", at)
        first = send(central, entry)
        again = send(central, entry)  # the first answer lost: the desktop sends it again
        assert first.status == again.status == "arrived"
        assert again.checked_in_at == at
        assert _arrivals(central.engine, near.id) == 1
        assert _visit_contacts(central.engine, "C-NEAR") == 1
    finally:
        central.dispose()


def test_the_roll_call_offline_comes_from_the_replica_as_of_and_check_ins_wait(
    cluster, tmp_path, qtbot
):
    import_url = cluster.url
    db = open_database(import_url)
    try:
        import_document(db, _document())
        today = datetime.now(UTC)
        # Booked for now (an appointment under way): booked with `now` before it.
        start = today.replace(second=0, microsecond=0) + timedelta(minutes=1)
        rows = []
        for ref in ("C-NEAR", "C-HOSTED"):
            row_id = uuid.uuid4()
            with db.engine.connect() as conn, conn.begin():
                conn.execute(
                    text(
                        "INSERT INTO appointments (id, customer_id, starts_at, ends_at, status, "
                        "staff_id, booked_at) SELECT :i, c.id, :s, :e, 'booked', st.id, :s "
                        "FROM customers c, staff st WHERE c.ref = :r AND st.username = 'dowen'"
                    ),
                    {"i": row_id, "s": start, "e": start + timedelta(minutes=30), "r": ref},
                )
            rows.append(row_id)
    finally:
        db.dispose()
    desk = _desktop(cluster.url, tmp_path, "tnguyen")
    try:
        first = desk.arrive_visit(rows[0], "tnguyen")
        assert first.status == "arrived"
        desk.sync()
        as_of = desk.status().data_as_of
        cluster.stop()
        desk.sync()
        assert not desk.status().online
        offline = desk.arrive_visit(rows[1], "tnguyen")
        assert isinstance(offline, Queued)
        roll = desk.roll_call()
        assert {v.customer for v in roll.people} == {"C-NEAR", "C-HOSTED"}
        assert roll.as_of == as_of
        assert [v.waiting for v in roll.people] == [False, True]
        dialog = RollCallDialog(desk.calendar.tz)
        qtbot.addWidget(dialog)
        dialog.show_roll_call(roll)
        stamp = f"{as_of.astimezone(desk.calendar.tz):%H:%M}"
        assert f"(offline: as of {stamp})" in dialog.heading.text()
        assert dialog.heading.accessibleDescription() == dialog.heading.text()
        assert len(dialog.rows()) == 2 and "not yet sent" in dialog.rows()[1]
        pdf = tmp_path / "offline.pdf"
        dialog.print_to(pdf)
        assert pdf.read_bytes().startswith(b"%PDF")

        cluster.start()
        desk.sync()
        desk.sync()
        assert desk.status().online and desk.status().waiting == 0
        assert _arrivals(desk.central.engine, rows[1]) == 1
        back = desk.roll_call()
        assert back.as_of is None and [v.waiting for v in back.people] == [False, False]
    finally:
        desk.dispose()


def test_the_host_hears_their_visitor_arrive(visits_central, tmp_path, qtbot):
    url, day, near, later, hosted = visits_central
    reception = _desktop(url, tmp_path, "tnguyen")
    host = _desktop(url, tmp_path, "sclarke")
    try:
        window = _window(qtbot, host, "sclarke")
        heard = []
        window.arrivals.sig_arrived.connect(heard.append)
        reception.arrive_visit(near.id, "tnguyen")  # dowen's visitor: not sclarke's
        window.broadcast(host.sync())
        assert heard == []
        reception.arrive_visit(hosted.id, "tnguyen")
        changes = host.sync()
        assert "C-HOSTED" in changes.appointments
        window.broadcast(changes)
        assert heard == ["Your visitor Visitor C-HOSTED has arrived"]
        assert window.statusBar().currentMessage() == heard[0]
        window.broadcast(changes)  # said once
        assert heard == ["Your visitor Visitor C-HOSTED has arrived"]
    finally:
        reception.dispose()
        host.dispose()


def test_a_check_in_at_the_desk_offline_waits_and_shows_as_made(cluster, tmp_path, qtbot):
    db = open_database(cluster.url)
    try:
        import_document(db, _document())
        day = _visit_day(db.calendar)
        booked = _book(db, "C-NEAR", "dowen", day, 10)
    finally:
        db.dispose()
    desk = _desktop(cluster.url, tmp_path, "tnguyen")
    try:
        window = _window(qtbot, desk, "tnguyen", day)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        screen = window.screens[VISITS_DESK.key]
        window.show_desk(VISITS_DESK.key)
        qtbot.waitUntil(screen.table.hasFocus)
        cluster.stop()
        desk.sync()
        screen.table.selectRow(0)
        qtbot.keyClick(screen.table, Qt.Key.Key_F7)
        assert "Arrived" in _rows(screen)[0] and "(waiting to send)" in _rows(screen)[0]
        assert "kept here and sent later" in screen.message.text()
        assert desk.status().waiting == 1
        qtbot.keyClick(screen.table, Qt.Key.Key_F7)  # pressed again: nothing more is kept
        assert desk.status().waiting == 1
        cluster.start()
        window.broadcast(desk.sync())
        assert desk.status().waiting == 0
        assert "Arrived" in _rows(screen)[0] and "waiting" not in _rows(screen)[0]
        assert _arrivals(desk.central.engine, booked.id) == 1
    finally:
        desk.dispose()


def test_a_refused_check_in_or_out_is_named_as_such_in_the_status_line(qtbot, office):
    """A check-in the central database refused is not "a work item marked done"."""
    from PySide6.QtWidgets import QStatusBar

    from agent_desktop.services.gateway import VISIT_ARRIVE, VISIT_LEAVE, RefusedEntry
    from agent_desktop.ui.status_line import StatusLine

    db, day, _first, _second = office
    bar = QStatusBar()
    qtbot.addWidget(bar)
    line = StatusLine(bar, Local(db), sign_in(db, "tnguyen"))
    at = _at(db.calendar, day, 10, 1)
    arrive = RefusedEntry(VISIT_ARRIVE, "C-WARN", None, at, "it has been cancelled")
    leave = RefusedEntry(VISIT_LEAVE, "C-WARN", None, at, "the visitor has not arrived")
    assert line._refused_text(arrive) == (
        "Not sent: Check-in of C-WARN's visitor at 10:01. "
        "The central database refused it: it has been cancelled"
    )
    assert "Check-out of C-WARN's visitor at 10:01" in line._refused_text(leave)


def test_reception_opens_on_the_visits_desk(qtbot, office):
    """A visits officer's window opens on their own desk; an agent's on the agent's."""
    db, day, _first, _second = office
    window = _window(qtbot, db, "tnguyen", day)
    assert window.centralWidget().currentWidget() is window.screens[VISITS_DESK.key]
    agent = _window(qtbot, db, "sclarke", day)
    assert VISITS_DESK.key not in agent.screens


# --- the BSL interpreter ---------------------------------------------------------------------


@pytest.fixture
def bsl_office(db):
    doc = _document()
    doc["customers"].append(_customer("C-BSL", accessibility=["bsl_interpreter"]))
    import_document(db, doc)
    day = _visit_day(db.calendar)
    appointment = _book(db, "C-BSL", "sclarke", day, 10)
    return db, day, appointment


def _interpreter_booked(db, appointment_id) -> bool:
    with db.unit() as uow:
        return uow.session.get(Appointment, appointment_id).interpreter_booked


def _icon_key(screen, row: int) -> int:
    return screen.model.data(screen.model.index(row, 4), Qt.ItemDataRole.DecorationRole).cacheKey()


def test_the_interpreter_booked_or_not_in_words_and_icon_and_set_by_keyboard(qtbot, bsl_office):
    db, day, appointment = bsl_office
    window = _window(qtbot, db, "tnguyen", day)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    screen = window.screens[VISITS_DESK.key]
    window.show_desk(VISITS_DESK.key)
    qtbot.waitUntil(screen.table.hasFocus)
    screen.table.selectRow(0)
    assert "Needs a BSL interpreter: NOT booked" in _rows(screen)[0]
    assert _icon_key(screen, 0) == screen.model._warning_icon.cacheKey()
    assert screen.interpreter_button.isEnabled() and not screen.interpreter_button.isChecked()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(screen.table, Qt.Key.Key_N, ctrl_shift)
    assert _interpreter_booked(db, appointment.id)
    row = _rows(screen)[0]
    assert "Needs a BSL interpreter: booked" in row and "NOT booked" not in row
    assert _icon_key(screen, 0) == screen.model._info_icon.cacheKey()
    assert screen.interpreter_button.isChecked()
    assert screen.message.text() == "Visitor C-BSL: BSL interpreter booked."
    # The button undoes it, and the tool tip's words say so too.
    screen.interpreter_button.click()
    assert not _interpreter_booked(db, appointment.id)
    assert "Needs a BSL interpreter: NOT booked" in _rows(screen)[0]
    assert not screen.interpreter_button.isChecked()
    tip = screen.model.data(screen.model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "Needs a BSL interpreter: NOT booked." in tip
    # Not for an appointment that is over: said in words, nothing written.
    visits.cancel(db, appointment.id, "tnguyen", "Rearranged")
    screen.refresh()
    assert not screen.interpreter_button.isEnabled()
    screen.interpreter_action.trigger()
    assert screen.message.text() == "Choose a booked appointment to record its interpreter."
    assert not _interpreter_booked(db, appointment.id)


def test_the_booking_form_offers_the_interpreter_box_when_the_customer_needs_one(qtbot, bsl_office):
    db, day, appointment = bsl_office
    window = _window(qtbot, db, "tnguyen", day)
    screen = window.screens[VISITS_DESK.key]
    screen.book_action.trigger()
    dialog = screen.book_dialog
    assert not dialog.interpreter.isEnabled()
    assert dialog.interpreter.accessibleName() == "BSL interpreter booked"
    dialog.search.setText("C-NEAR")
    dialog.find_button.click()
    assert dialog.customers.currentData() == "C-NEAR"
    assert not dialog.interpreter.isEnabled()
    assert "no BSL interpreter" in dialog.interpreter_note.text()
    dialog.search.setText("C-BSL")
    dialog.find_button.click()
    assert dialog.customers.currentData() == "C-BSL"
    assert dialog.interpreter.isEnabled()
    assert "needs a BSL interpreter" in dialog.interpreter_note.text()
    assert not _unnamed(dialog)
    dialog.interpreter.setFocus()
    qtbot.keyClick(dialog.interpreter, Qt.Key.Key_Space)
    assert dialog.interpreter.isChecked() and dialog.choice()["interpreter_booked"] is True
    dialog.host.setCurrentIndex(dialog.host.findData("dowen"))
    dialog.on.setDate(dialog.on.date().fromString(day.isoformat(), "yyyy-MM-dd"))
    dialog.slots.setCurrentIndex(dialog.slots.findText("14:00"))
    dialog.sig_book.emit()
    assert not dialog.isVisible(), dialog.message.text()
    assert "Needs a BSL interpreter: booked." in screen.message.text()
    booked = [v for v in visits.day(db, day) if v.host == "dowen" and v.customer == "C-BSL"]
    assert len(booked) == 1 and booked[0].interpreter_booked
    # Choosing another customer clears the box: it is never sent for one who needs none.
    screen.book_action.trigger()
    dialog = screen.book_dialog
    dialog.search.setText("C-BSL")
    dialog.find_button.click()
    dialog.interpreter.setChecked(True)
    dialog.search.setText("C-NEAR")
    dialog.find_button.click()
    assert not dialog.interpreter.isChecked() and dialog.choice()["interpreter_booked"] is False


def test_the_interpreter_reaches_the_replica_and_is_written_centrally(visits_central, tmp_path):
    url, day, near, later, hosted = visits_central
    reception = _desktop(url, tmp_path, "tnguyen")
    try:
        view = reception.set_visit_interpreter(near.id, True, "tnguyen")
        assert view.interpreter_booked
        with reception.replica_db.engine.connect() as conn:
            held = conn.execute(
                text("SELECT interpreter_booked FROM appointments WHERE id = :id"),
                {"id": near.id.hex},
            ).scalar_one()
        assert held in (1, True)
        assert {v.id: v.interpreter_booked for v in reception.visits_day(day)}[near.id]
        booking = reception.book_visit(
            "C-WARN", "mhughes", _at(reception.central.calendar, day, 15), 30, "sclarke",
            by="tnguyen", interpreter_booked=True,
        )  # fmt: skip
        assert booking.booked, booking.blocks
        days = {v.id: v for v in reception.visits_day(day)}
        assert days[booking.appointment.id].interpreter_booked
        assert "Needs a BSL interpreter: booked." in " ".join(
            w.message for w in days[booking.appointment.id].warnings
        )
        assert reception.visit_customer_needs("C-WARN") == ("bsl_interpreter",)
    finally:
        reception.dispose()
