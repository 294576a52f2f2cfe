"""The team board kept between reads: a change reads again only the items of the customers it
touched, and gives the board a full read would; the risk line judges as the rule says."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.domain.calendar import REGIONS, OfficeCalendar
from agent_desktop.services.assignment import AT_RISK_SHARE, RiskMark, risk
from agent_desktop.services.team_board import TeamBoards, team_board
from agent_desktop.store.schema import WorkItem
from tests.assignment_world import NOW, build, item

calendars = st.sampled_from(REGIONS).map(lambda region: OfficeCalendar(region=region))
instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
spans = st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=40))


def _rule(created, due, at, calendar):
    """team-work.md's "At risk", word for word, with the calendar's working time."""
    passed = calendar.working_time_between(created, at)
    left = calendar.working_time_between(at, due)
    if due < at:
        return True, left
    return passed >= (passed + left) * AT_RISK_SHARE, left


@settings(max_examples=400)
@given(calendars, instants, spans, spans, st.integers(min_value=-2, max_value=1))
def test_the_risk_line_judges_as_the_rule(calendar, created, to_due, to_at, year_shift):
    """Across evenings, weekends, bank holidays, both changes of clock and the turn of a year,
    and whichever year the line is counted from."""
    due, at = created + to_due, created + to_at
    assert risk(created, due, at, calendar) == _rule(created, due, at, calendar)
    year = calendar.local(at).year + year_shift
    mark = RiskMark.of(created, due, calendar, year)
    assert mark.judge(at, calendar.working_micros(at, year)) == _rule(created, due, at, calendar)


def _same(a, b) -> None:
    assert a.members == b.members
    assert a.unassigned == b.unassigned
    assert a.at_risk == b.at_risk
    assert (a.at_risk_ids, a.overdue, a.left) == (b.at_risk_ids, b.overdue, b.left)


def _items(db, w):
    return {
        "c1_late": item(db, w, "C-1", assignee="ann", due=NOW - timedelta(hours=2)),
        "c1_soon": item(
            db, w, "C-1", due=NOW + timedelta(hours=3), created=NOW - timedelta(days=9)
        ),
        "c2": item(db, w, "C-2", assignee="bob", due=NOW + timedelta(days=1)),
        "c3": item(db, w, "C-3", due=NOW + timedelta(hours=1), created=NOW - timedelta(days=3)),
        "south": item(db, w, "C-3", team="South", due=NOW - timedelta(days=1)),
    }


def _change(db, item_id, **values) -> None:
    with db.unit(write=True) as uow:
        row = uow.session.get(WorkItem, item_id)
        for key, value in values.items():
            setattr(row, key, value)
        uow.commit()


def test_a_change_reads_again_only_the_customers_it_touched(db):
    w = build(db)
    items = _items(db, w)
    north = w.teams["North"]
    boards = TeamBoards()
    first = boards.board(db, north, NOW)
    assert set(first.unassigned) == {items["c1_soon"], items["c3"]}
    # C-1's late item done, its other one given to cat, a new one made; C-3's item (not said
    # to have changed) moved to South behind the board's back.
    _change(db, items["c1_late"], status="done")
    _change(db, items["c1_soon"], assignee_id=w.staff["cat"])
    made = item(db, w, "C-1", due=NOW - timedelta(minutes=5))
    _change(db, items["c3"], team_id=w.teams["South"])

    kept = boards.board(db, north, NOW, frozenset({"C-1"}))
    ids = {r.id for r in kept.at_risk} | set(kept.unassigned)
    assert items["c1_late"] not in ids
    assert made in kept.unassigned and made in {r.id for r in kept.at_risk}
    assert items["c1_soon"] not in kept.unassigned
    assert items["c3"] in kept.unassigned  # not re-read: only the touched customers are

    # Told about C-3 too, the kept board is the board a full read gives.
    kept = boards.board(db, north, NOW, frozenset({"C-3"}))
    _same(kept, team_board(db, north, NOW))


def test_the_kept_board_is_judged_again_at_a_later_instant(db):
    """No change at all, a later instant: items come to be at risk as working time passes,
    exactly as a full read at that instant says."""
    w = build(db)
    _items(db, w)
    for hours in (10, 20, 40, 70):
        item(db, w, "C-2", due=NOW + timedelta(hours=hours), created=NOW - timedelta(days=2))
    north = w.teams["North"]
    boards = TeamBoards()
    boards.board(db, north, NOW)
    seen = set()
    for later in (timedelta(0), timedelta(hours=5), timedelta(days=1), timedelta(days=3)):
        kept = boards.board(db, north, NOW + later, frozenset())
        _same(kept, team_board(db, north, NOW + later))
        seen.add(len(kept.at_risk_ids))
    assert len(seen) > 2  # the instants were far enough apart to change the answer


def test_a_change_to_many_customers_or_none_said_reads_in_full(db):
    w = build(db)
    items = _items(db, w)
    north = w.teams["North"]
    boards = TeamBoards()
    boards.board(db, north, NOW)
    _change(db, items["c3"], team_id=w.teams["South"])
    everything = boards.board(db, north, NOW)  # refs None: a full read
    assert items["c3"] not in everything.unassigned
    assert items["c1_soon"] in everything.unassigned
    _change(db, items["c1_soon"], status="done")  # C-1's, not among the customers said
    many = frozenset(f"X-{n}" for n in range(TeamBoards.MOST_REFS + 1))
    assert items["c1_soon"] not in boards.board(db, north, NOW, many).unassigned


def test_the_screen_reads_again_only_what_a_change_touched(qtbot, db):
    """The board on the screen: a change to C-1's work re-reads C-1's items only (a change
    to C-3 made behind its back stays unseen), changes arriving during a read are gathered
    into one read of all their customers, and a change to everything reads it all."""
    from agent_desktop.services.changes import EVERYTHING, Changes
    from tests.test_queue_panel import DeferredOps
    from tests.test_team_board import _board

    w = build(db)
    items = _items(db, w)
    _window, board = _board(qtbot, db)
    assert set(board.unassigned_model.ids()) == {items["c1_soon"], items["c3"]}
    _change(db, items["c1_soon"], assignee_id=w.staff["cat"])
    _change(db, items["c3"], assignee_id=w.staff["cat"])
    made = item(db, w, "C-2", due=NOW + timedelta(days=9))

    board.ops = deferred = DeferredOps()
    board.on_changes(Changes(work_items=frozenset({"C-1"})))
    board.on_changes(Changes(work_items=frozenset({"C-2"})))  # while C-1's read is on its way
    deferred.deliver()
    assert set(board.unassigned_model.ids()) == {items["c3"]}
    deferred.deliver()  # the one more read, for C-2
    assert deferred.jobs == []
    assert set(board.unassigned_model.ids()) == {items["c3"], made}

    board.on_changes(EVERYTHING)
    deferred.deliver()
    assert set(board.unassigned_model.ids()) == {made}


def test_the_team_leader_keeps_their_place_when_the_board_is_read_again(qtbot, db):
    """A change elsewhere reads the board again, and each minute the clock does: what the
    team leader selected, and the row they are on, stay; the minute's read resets nothing."""
    from PySide6.QtCore import QItemSelectionModel

    from agent_desktop.services.changes import Changes
    from agent_desktop.ui.work_queue_model import ITEM_ID_ROLE
    from tests.test_team_board import _board

    w = build(db)
    _items(db, w)
    for days in (5, 6, 7):
        item(db, w, "C-2", due=NOW + timedelta(days=days))
    _window, board = _board(qtbot, db)
    view, model = board.unassigned, board.unassigned_model
    assert model.rowCount() >= 4
    picked = [model.ids()[1], model.ids()[3]]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for item_id in picked:
        view.selectionModel().select(model.index(model.row_of(item_id), 0), flags)
    view.selectionModel().setCurrentIndex(
        model.index(model.row_of(picked[1]), 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )

    def place():
        chosen = {model.data(i, ITEM_ID_ROLE) for i in view.selectionModel().selectedRows()}
        return chosen, model.data(view.currentIndex(), ITEM_ID_ROLE)

    made = item(db, w, "C-1", due=NOW - timedelta(days=5))  # comes first in the list
    loads = []
    board.sig_loaded.connect(loads.append)
    board.on_changes(Changes(work_items=frozenset({"C-1"})))
    qtbot.waitUntil(lambda: len(loads) == 1)
    assert model.ids()[0] == made
    assert place() == (set(picked), picked[1])

    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    board.refresh(frozenset())  # the minute's tick: only the clock moved
    qtbot.waitUntil(lambda: len(loads) == 2)
    assert resets == []
    assert place() == (set(picked), picked[1])


def test_a_read_leaves_no_object_per_item_behind(db):
    """A board is read on every change: each read holding an object per item at risk would
    set off full garbage collections of everything the board keeps, pausing every thread (the
    window's too) for a tenth of a second and more at 100,000 items."""
    import gc

    from sqlalchemy import insert

    w = build(db)
    rows = [
        {
            "id": uuid.uuid4(),
            "kind": "callback",
            "customer_id": w.customers["C-1"],
            "due_at": NOW - timedelta(hours=n + 1),
            "team_id": w.teams["North"],
            "status": "open",
            "created_at": NOW - timedelta(days=3),
        }
        for n in range(600)
    ]
    with db.unit(write=True) as uow:
        uow.session.execute(insert(WorkItem), rows)
        uow.commit()
    boards = TeamBoards()
    boards.board(db, w.teams["North"], NOW)
    gc.collect()
    before = len(gc.get_objects())
    board = boards.board(db, w.teams["North"], NOW, frozenset())
    gc.collect()
    assert len(board.at_risk_ids) == 600 and board.overdue == 600
    assert len(gc.get_objects()) - before < 60


def test_only_the_board_on_screen_is_kept(db):
    """A manager looking from team to team keeps one team's items, not every team's: a team
    chosen again is read in full anyway."""
    w = build(db)
    _items(db, w)
    boards = TeamBoards()
    boards.board(db, w.teams["North"], NOW)
    boards.board(db, w.teams["South"], NOW)
    assert list(boards._kept) == [w.teams["South"]]
    # Told of a change while another team is kept, North is read in full, not half-known.
    north = boards.board(db, w.teams["North"], NOW, frozenset({"C-1"}))
    _same(north, team_board(db, w.teams["North"], NOW))
