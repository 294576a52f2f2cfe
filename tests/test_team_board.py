"""The team board (team-work.md): members and their load, work at risk first, unassigned work,
assignment by keyboard with its blocks in words and its warnings asked about. Real widgets,
real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from agent_desktop.services.gateway import Local
from agent_desktop.services.session import sign_in
from agent_desktop.services.team_board import team_board
from agent_desktop.store.schema import StaffAbsence, WorkItem
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps
from agent_desktop.ui.team_board import TEAM_BOARD_DESK, TeamBoardScreen
from tests.assignment_world import NOW, TODAY, build, item, set_staff


def _assignee(db, item_id):
    with db.unit() as uow:
        row = uow.session.get(WorkItem, item_id)
        return row.assignee_id


def _board_world(db):
    w = build(db)
    overdue = item(db, w, assignee="ann", due=NOW - timedelta(hours=2))
    today = item(
        db, w, assignee="ann", due=NOW + timedelta(hours=3), created=NOW - timedelta(days=30)
    )
    later = item(db, w, assignee="ann", due=NOW + timedelta(days=20))
    bob = item(db, w, assignee="bob", due=NOW + timedelta(days=3))
    free = item(db, w, "C-3", due=NOW + timedelta(days=4))
    welsh = item(db, w, "C-2", due=NOW + timedelta(days=5))
    older_overdue = item(db, w, "C-3", due=NOW - timedelta(days=3))
    south = item(db, w, team="South", assignee="dan", due=NOW - timedelta(days=1))
    with db.unit(write=True) as uow:
        uow.session.add(
            StaffAbsence(
                staff_id=w.staff["cat"],
                from_on=TODAY,
                to_on=TODAY + timedelta(days=2),
                cover_id=w.staff["bob"],
            )
        )
        uow.commit()
    return w, dict(
        overdue=overdue,
        today=today,
        later=later,
        bob=bob,
        free=free,
        welsh=welsh,
        older_overdue=older_overdue,
        south=south,
    )


def test_the_board_counts_each_member_s_work_and_lists_risk_first(db):
    w, items = _board_world(db)
    board = team_board(db, w.teams["North"], NOW)
    members = {m.username: m for m in board.members}
    assert list(members) == ["ann", "bob", "cat", "lead"]
    ann = members["ann"]
    assert (ann.open, ann.due_today, ann.overdue, ann.at_risk) == (3, 1, 1, 2)
    assert (members["bob"].open, members["bob"].at_risk, members["bob"].welsh_speaker) == (
        1,
        0,
        True,
    )
    cat = members["cat"]
    assert cat.away and cat.cover == "bob" and cat.open == 0
    assert not ann.away and ann.capacity == 40
    # Overdue first (earliest due first), then due; the other team's work is not here.
    assert [r.id for r in board.at_risk] == [
        items["older_overdue"],
        items["overdue"],
        items["today"],
    ]
    assert [r.overdue for r in board.at_risk] == [True, True, False]
    assert board.at_risk[2].left == timedelta(hours=3)
    assert board.at_risk[0].left < timedelta(0)
    assert list(board.unassigned) == [items["older_overdue"], items["free"], items["welsh"]]


def _window(qtbot, db, username):
    window = MainWindow(db, sign_in(db, username), ImmediateOps())
    qtbot.addWidget(window)
    return window


def test_an_agent_never_sees_the_board(qtbot, db):
    _board_world(db)
    window = _window(qtbot, db, "ann")
    assert TEAM_BOARD_DESK.key not in window.screens
    assert not window.findChildren(TeamBoardScreen)
    go = window.menuBar().actions()[0].menu()
    assert "Team &board" not in [a.text() for a in go.actions()]


def _board(qtbot, db, username="lead") -> tuple[MainWindow, TeamBoardScreen]:
    window = _window(qtbot, db, username)
    board = window.screens[TEAM_BOARD_DESK.key]
    board.set_clock(lambda: NOW)
    qtbot.waitUntil(lambda: board.board is not None and board.board.at == NOW)
    return window, board


def _cell(board, row, col):
    return board.members.item(row, col).text()


def test_a_team_leader_s_board_shows_members_with_words_not_colour(qtbot, db):
    _w, items = _board_world(db)
    window, board = _board(qtbot, db)
    assert "Team &board" in [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    rows = {_cell(board, r, 0): r for r in range(board.members.rowCount())}
    ann = rows["Ann (ann)"]
    assert [_cell(board, ann, c) for c in range(1, 8)] == ["3", "1", "1", "2", "40", "In", "No"]
    cat = rows["Cat (cat)"]
    assert _cell(board, cat, 6) == "Away, covered by bob"
    assert _cell(board, rows["Bob (bob)"], 7) == "Yes"
    assert board.at_risk_model.ids()[0] == items["older_overdue"]
    assert board.unassigned_model.rowCount() == 3
    assert "3 at risk (2 overdue), 3 unassigned" in board.status.text()
    # A control's accessible name never stands in for a label's visible text.
    assert board.status.accessibleDescription() == board.status.text()


def _select(view, rows):
    view.setFocus()
    model = view.selectionModel()
    for row in rows:
        model.select(
            view.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_items_are_assigned_by_keyboard_through_a_searchable_list(qtbot, db):
    _w, items = _board_world(db)
    window, board = _board(qtbot, db)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.show_team_board()
    _select(board.unassigned, [1])  # C-3's item, not overdue
    qtbot.waitUntil(board.unassigned.hasFocus)
    qtbot.keyClick(
        board.unassigned,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    picker = board.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "cat")
    assert picker.chosen() == "cat"
    picker.search.clear()
    qtbot.keyClicks(picker.search, "Bob")
    assert picker.chosen() == "bob"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _assignee(db, items["free"]) is not None)
    board_data = team_board(db, board.team_id(), NOW)
    assert items["free"] not in board_data.unassigned
    qtbot.waitUntil(lambda: board.unassigned_model.rowCount() == 2)


def test_a_refused_assignment_shows_its_blocks_in_words(qtbot, db):
    _w, items = _board_world(db)
    _window_, board = _board(qtbot, db)
    board.assign([items["free"]], "cat")  # cat is away today
    assert _assignee(db, items["free"]) is None
    assert "away today" in board.status.text()
    assert "ASSIGNEE_AWAY" not in board.status.text()


def test_a_warning_asks_before_the_assignment_is_made(qtbot, db):
    w, items = _board_world(db)
    _window_, board = _board(qtbot, db)
    board.assign([items["welsh"]], "ann")  # C-2 prefers Welsh; ann does not speak it
    box = board.confirm
    assert box is not None and box.isVisible()
    assert "prefers Welsh" in box.text()
    assert _assignee(db, items["welsh"]) is None  # nothing made while it asks
    box.button(QMessageBox.StandardButton.No).click()
    assert _assignee(db, items["welsh"]) is None
    board.assign([items["welsh"]], "ann")
    board.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _assignee(db, items["welsh"]) == w.staff["ann"])


def test_over_capacity_is_asked_about_too(qtbot, db):
    w, items = _board_world(db)
    set_staff(db, w, "ann", capacity=3)
    _window_, board = _board(qtbot, db)
    board.assign([items["free"]], "ann")
    assert "capacity" in board.confirm.text()
    assert _assignee(db, items["free"]) is None


def test_the_board_refreshes_on_changes_from_elsewhere(qtbot, db):
    w, items = _board_world(db)
    _window_, board = _board(qtbot, db)
    Local(db).assign_work(items["free"], "bob", "lead")
    assert board.unassigned_model.rowCount() == 3  # not yet told
    loads = []
    board.sig_loaded.connect(loads.append)
    from agent_desktop.services.changes import Changes

    board.on_changes(Changes(work_items=frozenset({"C-3"})))
    qtbot.waitUntil(lambda: bool(loads))
    assert board.unassigned_model.rowCount() == 2


@pytest.mark.parametrize("username", ["boss"])
def test_a_manager_chooses_among_every_team(qtbot, db, username):
    build(db)
    _window_, board = _board(qtbot, db, username)
    assert [board.team_choice.itemText(i) for i in range(board.team_choice.count())] == [
        "North",
        "South",
    ]


def test_an_assignment_on_one_desktop_shows_on_another_s_board(qtbot, central_url, tmp_path):
    """Two desktops on one central database, each reading its own replica: the agent takes
    an unassigned item on theirs, and the team leader's board drops it from unassigned."""
    from agent_desktop.services.database import open_database
    from agent_desktop.store.schema import Customer, Staff
    from agent_desktop.ui.ops import Ops
    from agent_desktop.ui.sync_controller import SyncController
    from tests.desktops import _desktop

    central = open_database(central_url)
    with central.unit(write=True) as uow:
        s = uow.session
        agent = s.query(Staff).filter_by(username="sclarke").one()
        customer = s.query(Customer).order_by(Customer.ref).first()
        free = WorkItem(
            kind="callback",
            customer_id=customer.id,
            team_id=agent.team_id,
            due_at=NOW + timedelta(days=30),
            created_at=NOW,
        )
        s.add(free)
        uow.commit()
        free_id = free.id
    central.dispose()
    other = _desktop(central_url, tmp_path, "sclarke")
    mine = _desktop(central_url, tmp_path, "mhughes")
    window = MainWindow(mine, sign_in(mine.reads, "mhughes"), Ops())
    qtbot.addWidget(window)
    controller = SyncController(mine, window, interval_ms=3_600_000)
    window.attach_sync(controller)
    controller.start()
    try:
        board = window.screens[TEAM_BOARD_DESK.key]
        qtbot.waitUntil(lambda: board.board is not None, timeout=10_000)
        assert free_id in board.board.unassigned
        answer = other.assign_work(free_id, "sclarke", "sclarke")
        assert answer.assigned
        qtbot.waitUntil(lambda: free_id not in board.board.unassigned, timeout=10_000)
        assert free_id not in board.unassigned_model.ids()
    finally:
        controller.stop()
        other.dispose()
        mine.dispose()


def test_mark_away_with_cover_from_the_board(qtbot, db):
    w, items = _board_world(db)
    _window_, board = _board(qtbot, db)
    board.mark_away()
    dialog = board.away_dialog
    dialog.who.setCurrentIndex(dialog.who.findData("ann"))
    dialog.cover.setCurrentIndex(dialog.cover.findData("cat"))
    assert dialog.values()[1] == TODAY
    dialog.accept()
    with db.unit() as uow:
        absence = uow.session.query(StaffAbsence).filter_by(staff_id=w.staff["ann"]).one()
        assert (absence.from_on, absence.to_on, absence.cover_id) == (
            TODAY,
            TODAY,
            w.staff["cat"],
        )
    qtbot.waitUntil(lambda: {m.username: m.away for m in board.board.members}["ann"])


def test_balance_shows_the_proposal_and_applies_it_only_when_confirmed(qtbot, db):
    w, items = _board_world(db)
    _window_, board = _board(qtbot, db)
    board.balance()
    box = board.confirm
    assert box.isVisible() and "to " in box.text()
    assert _assignee(db, items["free"]) is None  # a proposal writes nothing
    box.button(QMessageBox.StandardButton.No).click()
    assert _assignee(db, items["free"]) is None
    board.balance()
    board.confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: _assignee(db, items["free"]) is not None)
    qtbot.waitUntil(lambda: not board.board.unassigned)


def _drop(board, ids_model, row, username):
    """Drop row `row` of `ids_model` on `username`'s row of the members, as a drag would."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = ids_model.mimeData([ids_model.index(row, 0)])
    members = board.members
    target = next(
        members.item(r, 0)
        for r in range(members.rowCount())
        if members.item(r, 0).data(Qt.ItemDataRole.UserRole) == username
    )
    members.show()
    point = QPointF(members.visualItemRect(target).center())
    # Qt delivers a drop to the widget that accepted the drag's entry, as a real drag does.
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(members.viewport(), enter)
    assert enter.isAccepted()
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(members.viewport(), event)


def test_an_item_dropped_on_a_member_is_assigned_to_them(qtbot, db):
    w, items = _board_world(db)
    window, board = _board(qtbot, db)
    window.show()
    qtbot.waitExposed(window)
    window.show_team_board()
    model = board.unassigned_model
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    _drop(board, model, model.row_of(items["free"]), "bob")
    qtbot.waitUntil(lambda: _assignee(db, items["free"]) == w.staff["bob"])
    # A drop goes through the same questions: a Welsh customer's item to ann asks first.
    _drop(board, board.unassigned_model, board.unassigned_model.row_of(items["welsh"]), "ann")
    assert board.confirm.isVisible()
    assert _assignee(db, items["welsh"]) is None


def test_the_board_s_risk_agrees_with_the_rule_item_by_item(db):
    """Items around the 75% line, over weekends and evenings: the board's at-risk list, its
    order and its working time left are those of `work_items_list`."""
    from agent_desktop.services.assignment import work_items_list

    w = build(db)
    for hours_ago, hours_ahead in (
        (1, 1),
        (3, 1),
        (30, 10),
        (200, 66),
        (200, 68),
        (24 * 6, 24 * 2),
        (5, 100),
        (50, -3),
        (0, 0.5),
    ):
        item(
            db,
            w,
            due=NOW + timedelta(hours=hours_ahead),
            created=NOW - timedelta(hours=hours_ago),
        )
    board = team_board(db, w.teams["North"], NOW)
    expected = work_items_list(db, team="North", at_risk_only=True, at=NOW)
    assert [str(r.id) for r in board.at_risk] == [r["id"] for r in expected]
    assert [int(r.left.total_seconds() // 60) for r in board.at_risk] == [
        r["working_minutes_left"] for r in expected
    ]
    assert 0 < len(board.at_risk) < 9


def test_changes_arriving_while_the_board_is_read_make_one_more_read(qtbot, db):
    """However many changes arrive while the board is being read, it is read once more after,
    not once for each: a team's 100,000 items take seconds to read."""
    from agent_desktop.services.changes import Changes
    from tests.test_queue_panel import DeferredOps

    _board_world(db)
    _window, board = _board(qtbot, db)
    board.ops = deferred = DeferredOps()
    work = Changes(work_items=frozenset({"C-1"}))
    board.on_changes(work)
    assert len(deferred.jobs) == 1
    for _ in range(5):
        board.on_changes(work)
    assert len(deferred.jobs) == 1  # waiting for the read on its way
    deferred.deliver()
    assert len(deferred.jobs) == 1  # one more read, for the five changes
    deferred.deliver()
    assert deferred.jobs == []
    board.on_changes(Changes(customers=frozenset({"C-1"})))  # nothing of work: no read
    assert deferred.jobs == []
