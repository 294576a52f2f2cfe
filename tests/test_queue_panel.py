"""The work queue on real databases and real widgets: filters, order, lazy rows, the panel."""

from __future__ import annotations

import gc
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAccessible, QFont, QIcon, QImage
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
)

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.services.work_queue import QueueFilter, queue_ids, queue_rows, queue_snapshot
from agent_desktop.store.schema import (
    Case,
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
    Team,
    WorkItem,
)
from agent_desktop.ui.ops import ImmediateOps, Ops
from agent_desktop.ui.queue_panel import QueuePanel
from agent_desktop.ui.work_queue_model import (
    COL_CUSTOMER,
    COL_DUE,
    COL_TIME_LEFT,
    CUSTOMER_REF_ROLE,
    ITEM_ID_ROLE,
    TimeLeft,
    WorkQueueModel,
)

# Tuesday 16 June 2026, 11:00 in the office (BST): office "today" began at 23:00 UTC on the 15th.
NOW = datetime(2026, 6, 16, 10, 0, tzinfo=UTC)
TODAY = date(2026, 6, 16)
MINE, TEAM = QueueFilter.MINE, QueueFilter.TEAM
OVERDUE, DUE_TODAY = QueueFilter.OVERDUE, QueueFilter.DUE_TODAY
_DISPLAY = Qt.ItemDataRole.DisplayRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole

# name: (customer, case, assignee, team, due (UTC), status)
ITEMS = {
    "A": ("C-1", None, "sclarke", "South", datetime(2026, 6, 15, 16, 0), "open"),  # yesterday
    "C": ("C-2", 2, None, "South", datetime(2026, 6, 15, 23, 30), "open"),  # 00:30 today, BST
    "B": ("C-2", 1, "sclarke", "South", datetime(2026, 6, 16, 8, 0), "open"),  # 09:00 today
    "G": ("C-1", None, "ajones", "North", datetime(2026, 6, 16, 12, 0), "open"),  # other team
    "D": ("C-10", None, "dowen", "South", datetime(2026, 6, 16, 16, 0), "open"),  # later today
    "E": (
        "C-100",
        None,
        "sclarke",
        "South",
        datetime(2026, 6, 16, 23, 0),
        "open",
    ),  # 00:00 tomorrow
    "J": ("C-2", None, "sclarke", "North", datetime(2026, 6, 17, 10, 0), "open"),  # mine, not team
    "F": ("C-101", None, "sclarke", "South", datetime(2026, 6, 18, 16, 0), "open"),
    "I1": ("C-10", None, "sclarke", "South", datetime(2026, 6, 19, 16, 0), "open"),
    "I2": ("C-10", None, "sclarke", "South", datetime(2026, 6, 19, 16, 0), "open"),
    "X": ("C-1", None, "sclarke", "South", datetime(2026, 6, 14, 16, 0), "done"),
}
DUE_ORDER = ["A", "C", "B", "G", "D", "E", "J", "F", "I1", "I2"]


class DeferredOps(Ops):
    """Holds each job until the test delivers it, in any order."""

    def __init__(self):
        super().__init__()
        self.jobs: list = []

    def run(self, work, on_success, on_failure=None) -> None:
        self.jobs.append((work, on_success))

    def deliver(self, position: int = 0) -> None:
        work, on_success = self.jobs.pop(position)
        on_success(work())


@pytest.fixture
def ops(db):
    """Ops on the global thread pool, drained before the database goes away."""
    yield Ops()
    # A page or a load still running when the test ends would otherwise meet a disposed
    # database (PostgreSQL's is dropped) and report back to widgets already deleted.
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


def _restriction(customer, decider, **dates) -> RestrictionRow:
    return RestrictionRow(
        customer_id=customer.id,
        kind="max_contacts",
        category="abusive",
        reason="Abusive calls",
        terms={"limit": 1, "per_days": 7},
        decided_by_id=decider.id,
        review_by=date(2026, 12, 31),
        **dates,
    )


@pytest.fixture
def queue(db):
    """Two teams, four staff, five customers, two cases and the work items in ITEMS."""
    with db.unit(write=True) as uow:
        s = uow.session
        teams = {
            "South": Team(id=uuid.uuid4(), name="Casework South"),
            "North": Team(id=uuid.uuid4(), name="Casework North"),
        }
        s.add_all(teams.values())
        s.flush()
        staff = {
            "mhughes": Staff(
                id=uuid.uuid4(),
                username="mhughes",
                name="Megan Hughes",
                roles=["team_leader"],
                team_id=teams["South"].id,
            ),
            "sclarke": Staff(
                id=uuid.uuid4(),
                username="sclarke",
                name="Sarah Clarke",
                roles=["agent"],
                team_id=teams["South"].id,
            ),
            "dowen": Staff(
                id=uuid.uuid4(),
                username="dowen",
                name="Dafydd Owen",
                roles=["agent"],
                team_id=teams["South"].id,
            ),
            "ajones": Staff(
                id=uuid.uuid4(),
                username="ajones",
                name="Alys Jones",
                roles=["agent"],
                team_id=teams["North"].id,
            ),
        }
        s.add_all(staff.values())
        s.flush()
        customers = {}
        for ref, name, key, surname in (
            ("C-1", "Eleri Prys", "eleri prys", "prys"),
            ("C-2", "John Smith", "john smith", "smith"),
            ("C-10", "Siân Jones", "sian jones", "jones"),
            ("C-100", "Mari Jones", "mari jones", "jones"),
            ("C-101", "Bob Ward", "bob ward", "ward"),
        ):
            customers[ref] = Customer(
                id=uuid.uuid4(), ref=ref, name=name, name_key=key, surname_key=surname
            )
        s.add_all(customers.values())
        s.flush()
        s.add(
            ContactPreferenceRow(
                customer_id=customers["C-1"].id, channels=["letter"], language="cy"
            )
        )
        s.add(
            ContactPreferenceRow(customer_id=customers["C-2"].id, channels=["phone"], language="en")
        )
        leader = staff["mhughes"]
        s.add_all(
            [
                _restriction(customers["C-1"], leader, starts_on=date(2026, 1, 1)),
                _restriction(customers["C-2"], leader, starts_on=date(2026, 1, 1), ends_on=TODAY),
                _restriction(
                    customers["C-10"],
                    leader,
                    starts_on=date(2026, 1, 1),
                    lifted_at=datetime(2026, 3, 1, tzinfo=UTC),
                ),
                _restriction(customers["C-100"], leader, starts_on=date(2026, 6, 17)),
                _restriction(
                    customers["C-101"],
                    leader,
                    starts_on=date(2026, 1, 1),
                    ends_on=date(2026, 6, 15),
                ),
            ]
        )
        cases = {
            n: Case(
                id=uuid.uuid4(),
                ref=f"CASE-2026-00000{n}",
                customer_id=customers["C-2"].id,
                subject="Parking appeal",
                stage="assessment",
                team_id=teams["South"].id,
                opened_on=date(2026, 5, 1),
            )
            for n in (1, 2)
        }
        s.add_all(cases.values())
        s.flush()
        ids = {}
        for name, (ref, case, assignee, team, due, status) in ITEMS.items():
            ids[name] = uuid.uuid4()
            s.add(
                WorkItem(
                    id=ids[name],
                    kind="callback",
                    customer_id=customers[ref].id,
                    case_id=cases[case].id if case else None,
                    due_at=due.replace(tzinfo=UTC),
                    team_id=teams[team].id,
                    assignee_id=staff[assignee].id if assignee else None,
                    status=status,
                )
            )
        uow.commit()
    # Equal due instants are ordered by id.
    first, second = sorted([ids["I1"], ids["I2"]])
    ids["I1"], ids["I2"] = first, second
    return ids, sign_in(db, "sclarke")


def names(ids: dict, found: list[uuid.UUID]) -> list[str]:
    back = {v: k for k, v in ids.items()}
    return [back[i] for i in found]


def expect(*wanted: str) -> list[str]:
    return [n for n in DUE_ORDER if n in wanted]


# --- the service ---------------------------------------------------------------------------------


FILTER_CASES = [
    (frozenset(), DUE_ORDER),
    ({MINE}, expect("A", "B", "E", "J", "F", "I1", "I2")),
    ({TEAM}, expect("A", "C", "B", "D", "E", "F", "I1", "I2")),
    ({MINE, TEAM}, expect("A", "C", "B", "D", "E", "J", "F", "I1", "I2")),
    ({OVERDUE}, expect("A", "C", "B")),
    ({DUE_TODAY}, expect("C", "B", "G", "D")),
    ({OVERDUE, DUE_TODAY}, expect("A", "C", "B", "G", "D")),
    ({MINE, TEAM, DUE_TODAY}, expect("C", "B", "D")),
    ({MINE, OVERDUE}, expect("A", "B")),
    ({MINE, DUE_TODAY}, expect("B")),
]
TEXT_CASES = [
    ("C-1", expect("A", "G", "D", "E", "F", "I1", "I2")),  # C-1, C-10, C-100, C-101
    ("c-10", expect("D", "E", "F", "I1", "I2")),  # lower case, prefix
    ("C-2", expect("C", "B", "J")),
    ("CASE-2026-000001", expect("B")),  # only that case's item, not the customer's others
    ("case-2026-00000", expect("C", "B")),
    ("jones", expect("D", "E", "I1", "I2")),  # surname prefix
    ("  Siân J ", expect("D", "I1", "I2")),  # full name, accents and spaces folded
    ("eleri", expect("A", "G")),
    ("nobody", []),
]


def test_filters_select_open_items_in_due_order(db, queue):
    ids, user = queue
    for filters, expected in FILTER_CASES:
        assert names(ids, queue_ids(db, user, frozenset(filters), now=NOW)) == expected, filters
    teamless = replace(user, team=None, team_id=None)
    assert queue_ids(db, teamless, frozenset({TEAM}), now=NOW) == []
    assert names(ids, queue_ids(db, teamless, frozenset({MINE, TEAM}), now=NOW)) == expect(
        "A", "B", "E", "J", "F", "I1", "I2"
    )


def test_text_narrows_by_reference_case_or_name(db, queue):
    ids, user = queue
    for text, expected in TEXT_CASES:
        assert names(ids, queue_ids(db, user, frozenset(), text, now=NOW)) == expected, text
    # Text and filters together: mine or my team's, and John Smith's.
    assert names(ids, queue_ids(db, user, frozenset({MINE, TEAM}), "smith", now=NOW)) == expect(
        "C", "B", "J"
    )


def test_snapshot_counts_overdue_and_rows_carry_display_data(db, queue):
    ids, user = queue
    snapshot = queue_snapshot(db, user, frozenset({MINE, TEAM}), now=NOW)
    assert len(snapshot.ids) == 9 and snapshot.overdue == 3 and snapshot.now == NOW
    # Loading ids pauses the garbage collector and leaves it as it was found.
    assert gc.isenabled()
    gc.disable()
    try:
        assert queue_snapshot(db, user, frozenset({OVERDUE}), now=NOW).overdue == 3
        assert not gc.isenabled()
    finally:
        gc.enable()
    rows = queue_rows(db, [ids[n] for n in ("A", "B", "C", "D", "E", "F")] + [uuid.uuid4()], NOW)
    assert len(rows) == 6
    a, b, c = rows[ids["A"]], rows[ids["B"]], rows[ids["C"]]
    assert (a.customer_ref, a.customer_name, a.customer_language, a.has_restriction) == (
        "C-1",
        "Eleri Prys",
        "cy",
        True,
    )
    assert (a.assignee, a.team, a.case_ref, a.kind) == (
        "Sarah Clarke",
        "Casework South",
        None,
        "callback",
    )
    assert a.due_at == datetime(2026, 6, 15, 16, 0, tzinfo=UTC)
    assert (b.case_ref, b.customer_language, b.has_restriction) == ("CASE-2026-000001", "en", True)
    assert (c.assignee, c.case_ref) == (None, "CASE-2026-000002")
    # Lifted, not started yet, ended yesterday: none of them is in force today.
    assert [rows[ids[n]].has_restriction for n in "DEF"] == [False, False, False]
    assert rows[ids["D"]].customer_language is None


# --- the model -----------------------------------------------------------------------------------


def test_model_passes_the_model_tester_on_seeded_data(qapp, qtmodeltester, db):
    seed(db, 40)
    user = sign_in(db, "sclarke")
    ids = queue_ids(db, user, frozenset())
    assert len(ids) > 10
    model = WorkQueueModel(ImmediateOps(), db, page_size=7)
    model.set_ids(ids)
    qtmodeltester.check(model)
    assert all(
        model.data(model.index(r, COL_CUSTOMER), CUSTOMER_REF_ROLE) for r in range(model.rowCount())
    )
    model.set_ids(ids[::2])
    qtmodeltester.check(model)


def test_rows_arrive_lazily_off_the_gui_thread(qtbot, qtmodeltester, db, queue, ops):
    ids, user = queue
    model = WorkQueueModel(ops, db, now=NOW)
    model.set_ids(queue_ids(db, user, frozenset({MINE, TEAM}), now=NOW))
    qtmodeltester.check(model)  # before any page has arrived: placeholders only
    index = model.index(0, COL_CUSTOMER)
    assert model.data(index, ITEM_ID_ROLE) == ids["A"]
    with qtbot.waitSignal(model.dataChanged, timeout=10_000):
        assert model.data(index) == ""
        assert model.data(index, CUSTOMER_REF_ROLE) is None
    assert model.data(index) == "Eleri Prys (C-1) · Cymraeg"
    assert model.data(index, CUSTOMER_REF_ROLE) == "C-1"
    assert isinstance(model.data(index, _DECORATION), QIcon)  # restriction in force
    assert "communication restriction" in model.data(index, _ACCESSIBLE)
    assert model.data(model.index(2, COL_CUSTOMER)) == "John Smith (C-2)"


def test_a_reset_discards_pages_in_flight_for_the_old_ids(qtbot, db, queue):
    ids, _user = queue
    ops = DeferredOps()
    model = WorkQueueModel(ops, db, now=NOW)
    model.set_ids([ids["A"], ids["B"]])
    assert model.data(model.index(0, COL_CUSTOMER)) == ""
    assert len(ops.jobs) == 1
    model.set_ids([ids["F"]])
    with qtbot.assertNotEmitted(model.dataChanged):
        ops.deliver()
    assert model.data(model.index(0, COL_CUSTOMER)) == ""  # asks for the new page
    ops.deliver()
    assert model.data(model.index(0, COL_CUSTOMER)) == "Bob Ward (C-101)"


def test_overdue_rows_carry_an_icon_and_the_word(qapp, db, queue):
    ids, _user = queue
    model = WorkQueueModel(ImmediateOps(), db, now=NOW)
    model.set_ids([ids[n] for n in ("A", "C", "D", "F")])
    for row in (0, 1):
        index = model.index(row, COL_TIME_LEFT)
        assert "overdue" in model.data(index).lower()
        assert "overdue" in model.data(index, _ACCESSIBLE).lower()
        assert isinstance(model.data(index, _DECORATION), QIcon)
    # A was due at 17:00 yesterday: two working hours (09:00-11:00 BST today) have passed.
    assert model.data(model.index(0, COL_TIME_LEFT)) == "2h 0m overdue"
    # At 08:30, before opening, C (due 00:30) is overdue though no working time has passed.
    early = WorkQueueModel(ImmediateOps(), db, now=datetime(2026, 6, 16, 7, 30, tzinfo=UTC))
    early.set_ids([ids["C"]])
    assert early.data(early.index(0, COL_TIME_LEFT)) == "Overdue"
    assert isinstance(early.data(early.index(0, COL_TIME_LEFT), _DECORATION), QIcon)
    for row in (2, 3):
        index = model.index(row, COL_TIME_LEFT)
        assert "left" in model.data(index) and model.data(index, _DECORATION) is None
    assert model.data(model.index(2, COL_TIME_LEFT)) == "6h 0m left"
    assert model.data(model.index(2, COL_CUSTOMER), _DECORATION) is None  # lifted restriction


# --- the panel -----------------------------------------------------------------------------------


def _panel(qtbot, db, user, ops) -> QueuePanel:
    panel = QueuePanel(ops, db, user, now=lambda: NOW)
    qtbot.addWidget(panel)
    panel.refresh()  # the first load, as the window asks for it
    return panel


def test_panel_loads_mine_and_team_then_reloads_on_each_filter(qtbot, db, queue, ops):
    ids, user = queue
    panel = _panel(qtbot, db, user, ops)
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded, qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    assert loaded.args == [9]
    assert panel.filters() == {MINE, TEAM}
    assert "3 overdue" in panel.count_text() and "9" in panel.count_text()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClick(panel, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert loaded.args == [3] and panel.filters() == {MINE, TEAM, OVERDUE}
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        panel.filter_buttons[MINE].click()
    assert loaded.args == [3]
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        panel.filter_buttons[TEAM].click()
    assert loaded.args == [3]
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        panel.filter_buttons[DUE_TODAY].click()
    assert loaded.args == [5]
    assert names(ids, panel.model.ids()) == expect("A", "C", "B", "G", "D")


def test_enter_on_a_row_opens_its_customer(qtbot, db, queue, ops):
    ids, user = queue
    panel = _panel(qtbot, db, user, ops)
    panel.show()
    qtbot.waitSignal(panel.sig_loaded, timeout=10_000).wait()
    with qtbot.waitSignal(panel.sig_item_selected, timeout=5_000) as selected:
        panel.focus_queue()
    assert selected.args == [ids["A"]]
    chosen = []
    panel.sig_item_selected.connect(chosen.append)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert chosen == [ids["C"], ids["B"]]
    with qtbot.waitSignal(panel.sig_open_customer, timeout=10_000) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == ["C-2"]


def test_typing_filters_after_a_pause_and_newer_loads_win(qtbot, db, queue, ops):
    ids, user = queue
    panel = _panel(qtbot, db, user, ops)
    qtbot.waitSignal(panel.sig_loaded, timeout=10_000).wait()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClicks(panel.search, "C-2")
    assert loaded.args == [3]
    assert names(ids, panel.model.ids()) == expect("C", "B", "J")

    deferred = DeferredOps()
    slow = _panel(qtbot, db, user, deferred)
    slow.search.setText("jones")
    slow._debounce.timeout.emit()  # the pause after typing
    assert len(deferred.jobs) == 2  # the first load, then the filtered one
    with qtbot.waitSignal(slow.sig_loaded) as loaded:
        deferred.deliver(1)
    assert loaded.args == [4]
    with qtbot.assertNotEmitted(slow.sig_loaded):
        deferred.deliver(0)  # older, superseded
    assert names(ids, slow.model.ids()) == expect("D", "E", "I1", "I2")


def test_a_search_matching_more_than_it_shows_says_so_and_is_read_again_on_a_change(
    qtbot, db, queue, ops, monkeypatch
):
    """Past SEARCH_SHOWS matches the queue shows the soonest due, says that more match and
    how to narrow the search, and a change is shown by searching again, not placed."""
    import agent_desktop.services.work_queue as work_queue
    from agent_desktop.services.changes import Changes

    monkeypatch.setattr(work_queue, "SEARCH_SHOWS", 3)
    ids, user = queue
    panel = _panel(qtbot, db, user, ops)
    qtbot.waitSignal(panel.sig_loaded, timeout=10_000).wait()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClicks(panel.search, "C-1")
    assert loaded.args == [3]
    assert names(ids, panel.model.ids()) == expect("A", "D", "E")  # of six, mine or my team's
    assert panel.count_text().startswith("More than 3 items match, 1 overdue"), panel.count_text()
    assert "narrow" in panel.count_text()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        panel.on_changes(Changes(customers=frozenset({"C-10"})))
    assert loaded.args == [3]

    panel.search.clear()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        qtbot.keyClicks(panel.search, "C-2")
    assert loaded.args == [3] and panel.count_text().startswith("3 item")
    with qtbot.assertNotEmitted(panel.sig_loaded, wait=300):
        panel.on_changes(Changes(customers=frozenset({"C-2"})))


def assert_nothing_clipped(panel: QueuePanel) -> None:
    for widget in [*panel.findChildren(QLabel), *panel.findChildren(QPushButton)]:
        if not widget.isVisibleTo(panel) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
        else:
            hint = widget.sizeHint()
            assert widget.width() >= hint.width() and widget.height() >= hint.height(), (
                widget.text()
            )


def test_panel_is_keyboard_reachable_named_and_survives_large_text(qtbot, db, queue):
    _ids, user = queue
    panel = _panel(qtbot, db, user, ImmediateOps())
    panel.resize(900, 500)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    assert panel.table.accessibleName() == "Work queue"
    assert panel.search.accessibleName() == "Filter queue"
    assert [b.text() for b in panel.filter_buttons.values()] == [
        "&Mine",
        "M&y team",
        "&Overdue",
        "Due to&day",
    ]
    assert all(b.accessibleName() for b in panel.findChildren(QPushButton))
    panel.search.setFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(panel, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.search
    qtbot.keyClick(panel, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.table
    panel.search.setFocus()
    panel.focus_queue()  # the window's Work queue command
    assert QApplication.focusWidget() is panel.table
    assert panel._ticker.isActive()  # reloads each minute while shown, not while hidden

    app = QApplication.instance()
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    try:
        app.setFont(bigger)
        QApplication.processEvents()  # the font change reaches every child
        panel.layout().activate()
        panel.resize(panel.minimumSizeHint())  # the smallest the window could make it
        QApplication.processEvents()
        assert_nothing_clipped(panel)
        with qtbot.waitSignal(panel.sig_load_failed) as failed:
            panel._failed(RuntimeError("gone"))  # the longest thing the panel says
        assert failed.args == ["the work queue"]  # words for the status bar, not the error
        panel.layout().activate()
        smallest = panel.minimumSizeHint()
        panel.resize(
            smallest.width(), max(smallest.height(), panel.heightForWidth(smallest.width()))
        )
        QApplication.processEvents()
        assert_nothing_clipped(panel)
        metrics = panel.table.fontMetrics()
        assert panel.table.verticalHeader().defaultSectionSize() > metrics.height()
        assert panel.table.horizontalHeader().sectionSize(
            COL_TIME_LEFT
        ) > metrics.horizontalAdvance("10d 7h overdue")
    finally:
        app.setFont(before)


def test_time_left_matches_the_calendar_across_days_and_summer_time():
    calendar = OfficeCalendar()
    # Two weeks either side of the clocks going back (25 October 2026) and of a bank holiday.
    for now in (
        datetime(2026, 10, 23, 15, 20, tzinfo=UTC),
        datetime(2026, 8, 31, 7, 5, tzinfo=UTC),
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
    ):
        left = TimeLeft(calendar, now)
        for hours in range(-24 * 16, 24 * 16, 7):
            due = now + timedelta(hours=hours, minutes=hours % 60)
            assert left.until(due) == calendar.working_time_between(now, due), (now, due)


def test_filters_show_their_state_as_a_tick_not_a_shade(qtbot, db, queue):
    """On and off differ by a mark in strong contrast, not by a lighter or darker shade."""
    _ids, user = queue
    panel = _panel(qtbot, db, user, ImmediateOps())
    panel.show()
    for kind, box in panel.filter_buttons.items():
        face = QAccessible.queryAccessibleInterface(box)
        assert face.role() == QAccessible.Role.CheckBox
        assert face.state().checked == (kind in QueuePanel.DEFAULT_FILTERS)
        box.blockSignals(True)
        box.setChecked(False)
        off = box.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        box.setChecked(True)
        on = box.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        box.blockSignals(False)
        marked = sum(
            1
            for y in range(on.height())
            for x in range(on.width())
            if abs(on.pixelColor(x, y).value() - off.pixelColor(x, y).value()) > 100
        )
        assert marked >= 10, (box.text(), marked)


def test_the_due_instant_rides_with_the_time_left(qtbot, db, queue):
    ids, user = queue
    panel = _panel(qtbot, db, user, ImmediateOps())
    header = panel.table.horizontalHeader()
    assert header.isSectionHidden(COL_DUE)
    assert panel.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    model = WorkQueueModel(ImmediateOps(), db, now=NOW)
    model.set_ids([ids["A"], ids["D"]])
    overdue, later = model.index(0, COL_TIME_LEFT), model.index(1, COL_TIME_LEFT)
    due = model.data(model.index(0, COL_DUE))
    assert due in model.data(overdue, _ACCESSIBLE) and due in model.data(overdue, _TOOLTIP)
    assert model.data(model.index(1, COL_DUE)) in model.data(later, _ACCESSIBLE)
