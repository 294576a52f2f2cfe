"""Assigning work, absence and cover, balancing and work at risk, as team-work.md says."""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from agent_desktop.cli import main
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.assignment import (
    assign,
    at_risk,
    balance,
    cover,
    describe_working_time,
    mark_away,
    work_items_list,
    working_time_left,
)
from agent_desktop.services.database import open_database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.store.roles import grant_login
from agent_desktop.store.schema import AuditEntry, StaffAbsence, WorkItem
from tests.assignment_world import NOW, TODAY, away, build, item, set_staff, single_point
from tests.test_database_roles import drop_login, psql


def _assignee(db, item_id):
    with db.unit() as uow:
        return uow.session.get(WorkItem, item_id).assignee_id


def _audits(db, action="assign"):
    with db.unit() as uow:
        rows = uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.at)
        ).scalars()
        return [(r.actor, r.outcome, r.details) for r in rows]


def _codes(findings):
    return [f.code for f in findings]


# --- assign --------------------------------------------------------------------------------


def test_a_team_leader_assigns_and_it_is_audited(db):
    w = build(db)
    i = item(db, w, assignee="ann")
    result = assign(db, i, "bob", "lead", reason="ann is on a course", at=NOW)
    assert result.to_json() == {"assigned": True, "blocks": [], "warnings": []}
    assert _assignee(db, i) == w.staff["bob"]
    [(actor, outcome, details)] = _audits(db)
    assert (actor, outcome) == ("lead", "assigned")
    assert details["item"] == str(i) and details["from"] == "ann" and details["to"] == "bob"
    assert details["reason"] == "ann is on a course"


def test_a_manager_assigns_any_team_s_item(db):
    w = build(db)
    i = item(db, w, team="South")
    assert assign(db, i, "dan", "boss", at=NOW).assigned


@pytest.mark.parametrize(
    ("by", "to", "team", "assignee", "allowed"),
    [
        ("south", "ann", "North", None, False),  # a leader of another team
        ("ann", "ann", "North", None, True),  # an agent takes an unassigned item of their team
        ("ann", "bob", "North", None, False),  # but gives nothing to anyone else
        ("ann", "ann", "North", "bob", False),  # nor takes someone else's
        ("dan", "dan", "North", None, False),  # nor another team's
        ("lead", "ann", None, None, False),  # an item of no team: a manager's
    ],
)
def test_who_may_assign(db, by, to, team, assignee, allowed):
    w = build(db)
    i = item(db, w, team=team, assignee=assignee)
    result = assign(db, i, to, by, at=NOW)
    assert result.assigned is allowed
    assert ("NOT_PERMITTED" in _codes(result.blocks)) is not allowed


def test_a_blocked_assignment_changes_nothing_but_is_audited(db):
    w = build(db)
    i = item(db, w, assignee="ann")
    result = assign(db, i, "bob", "south", reason="why not", at=NOW)
    assert not result.assigned and _codes(result.blocks) == ["NOT_PERMITTED"]
    assert result.blocks[0].message
    assert _assignee(db, i) == w.staff["ann"]
    [(actor, outcome, details)] = _audits(db)
    assert (actor, outcome, details["from"], details["to"]) == ("south", "refused", "ann", "bob")
    assert details["blocks"] == ["NOT_PERMITTED"] and details["reason"] == "why not"


def test_an_inactive_assignee_is_blocked(db):
    w = build(db)
    set_staff(db, w, "bob", active=False)
    result = assign(db, item(db, w), "bob", "lead", at=NOW)
    assert _codes(result.blocks) == ["ASSIGNEE_INACTIVE"]


def test_an_assignee_away_at_the_instant_is_blocked(db):
    w = build(db)
    away(db, w, "bob", TODAY, TODAY)
    i = item(db, w)
    assert _codes(assign(db, i, "bob", "lead", at=NOW).blocks) == ["ASSIGNEE_AWAY"]
    assert assign(db, i, "bob", "lead", at=NOW + timedelta(days=1)).assigned


def test_single_point_of_contact_blocks_anyone_else(db):
    w = build(db)
    single_point(db, w, "C-1", "ann", "bob")
    i = item(db, w)
    assert _codes(assign(db, i, "cat", "lead", at=NOW).blocks) == ["SINGLE_POINT_OF_CONTACT"]
    assert assign(db, i, "bob", "lead", at=NOW).assigned  # the deputy
    assert assign(db, i, "ann", "lead", at=NOW).assigned  # the named person


def test_a_closed_item_is_blocked(db):
    w = build(db)
    i = item(db, w, status="done")
    assert _codes(assign(db, i, "ann", "lead", at=NOW).blocks) == ["ITEM_CLOSED"]


def test_every_block_that_applies_is_listed(db):
    w = build(db)
    single_point(db, w, "C-1", "ann")
    set_staff(db, w, "cat", active=False)
    away(db, w, "cat", TODAY, TODAY)
    i = item(db, w, status="cancelled")
    assert _codes(assign(db, i, "cat", "dan", at=NOW).blocks) == [
        "NOT_PERMITTED",
        "ITEM_CLOSED",
        "ASSIGNEE_INACTIVE",
        "ASSIGNEE_AWAY",
        "SINGLE_POINT_OF_CONTACT",
    ]


def test_welsh_preferred_warns_but_assigns(db):
    w = build(db)
    i = item(db, w, "C-2")
    result = assign(db, i, "ann", "lead", at=NOW)
    assert result.assigned and _codes(result.warnings) == ["WELSH_PREFERRED"]
    assert assign(db, i, "bob", "lead", at=NOW).warnings == ()


def test_over_capacity_warns_but_assigns(db):
    w = build(db)
    set_staff(db, w, "ann", capacity=2)
    for _ in range(2):
        item(db, w, assignee="ann")
    mine = item(db, w, assignee="ann")  # already hers: 3 held, reassigning it adds nothing new
    result = assign(db, item(db, w), "ann", "lead", at=NOW)
    assert result.assigned and _codes(result.warnings) == ["OVER_CAPACITY"]
    set_staff(db, w, "bob", capacity=1)
    assert assign(db, mine, "bob", "lead", at=NOW).warnings == ()  # exactly at capacity


def test_unknown_names_and_items_are_bad_input(db):
    w = build(db)
    i = item(db, w)
    with pytest.raises(InvalidInput, match="^to:"):
        assign(db, i, "nobody", "lead", at=NOW)
    with pytest.raises(InvalidInput, match="^by:"):
        assign(db, i, "ann", "nobody", at=NOW)
    with pytest.raises(InvalidInput, match="^item:"):
        assign(db, uuid.uuid4(), "ann", "lead", at=NOW)
    assert _audits(db) == []


# --- the race --------------------------------------------------------------------------------


def _race(pg_url, item_id, calls):
    """Run `calls` at once while the item's row is held, then let them go together."""
    parsed = make_url(pg_url)
    hold = psycopg.connect(
        host=parsed.host, port=parsed.port or 5432, dbname=parsed.database, user=parsed.username
    )
    hold.execute("SELECT 1 FROM work_items WHERE id = %s FOR UPDATE", (item_id,))
    results, errors = [None] * len(calls), []

    def run(n, call):
        try:
            results[n] = call()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n, c)) for n, c in enumerate(calls)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    with psql(pg_url) as watch:
        while time.monotonic() < deadline:
            waiting = watch.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            ).fetchone()[0]
            if waiting == len(calls):
                break
            time.sleep(0.02)
    hold.rollback()
    hold.close()
    for t in threads:
        t.join(20)
    assert not errors, errors
    return results


def test_two_agents_racing_for_one_item_one_wins_both_audited(pg_url):
    db = open_database(pg_url)
    try:
        w = build(db)
        i = item(db, w)
        results = _race(
            pg_url,
            i,
            [
                lambda: assign(db, i, "ann", "ann", at=NOW),
                lambda: assign(db, i, "cat", "cat", at=NOW),
            ],
        )
        assert sorted(r.assigned for r in results) == [False, True]
        loser = next(r for r in results if not r.assigned)
        assert _codes(loser.blocks) == ["NOT_PERMITTED"]
        winner = "ann" if results[0].assigned else "cat"
        assert _assignee(db, i) == w.staff[winner]
        assert sorted(o for _, o, _ in _audits(db)) == ["assigned", "refused"]
    finally:
        db.dispose()


def test_two_team_leaders_racing_on_one_item_are_served_in_turn(pg_url):
    db = open_database(pg_url)
    try:
        w = build(db)
        i = item(db, w)
        results = _race(
            pg_url,
            i,
            [
                lambda: assign(db, i, "ann", "lead", at=NOW),
                lambda: assign(db, i, "bob", "boss", at=NOW),
            ],
        )
        assert all(r.assigned for r in results)
        audits = _audits(db)
        assert len(audits) == 2
        first, second = (d for _, _, d in audits)
        # The second saw the first's assignment: nobody's change was lost from the record.
        assert first["from"] is None and second["from"] == first["to"]
        with db.unit() as uow:
            final = uow.session.get(WorkItem, i).assignee_id
        assert final == w.staff[second["to"]]
    finally:
        db.dispose()


# --- the database refuses too ----------------------------------------------------------------


def test_an_agent_login_cannot_move_another_s_work(pg_url):
    db = open_database(pg_url)
    login = f"ad_{uuid.uuid4().hex[:8]}_ann"
    try:
        w = build(db)
        grant_login(db.engine, "ann", ["agent"], login_name=login)
        bobs, mine, free, other_team = (
            item(db, w, assignee="bob"),
            item(db, w, assignee="ann"),
            item(db, w),
            item(db, w, team="South"),
        )
        with psql(pg_url, login) as conn:
            for statement, args in (
                ("UPDATE work_items SET assignee_id = %s WHERE id = %s", (w.staff["ann"], bobs)),
                ("UPDATE work_items SET assignee_id = NULL WHERE id = %s", (bobs,)),
                ("UPDATE work_items SET assignee_id = %s WHERE id = %s", (w.staff["bob"], mine)),
                ("UPDATE work_items SET team_id = %s WHERE id = %s", (w.teams["South"], mine)),
                ("UPDATE work_items SET assignee_id = %s WHERE id = %s", (w.staff["bob"], free)),
                (
                    "UPDATE work_items SET assignee_id = %s WHERE id = %s",
                    (w.staff["ann"], other_team),
                ),
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement, args)
            # Closing her own work, and taking an unassigned item of her team, she may.
            conn.execute(
                "UPDATE work_items SET status = 'done', closed_at = now() WHERE id = %s", (mine,)
            )
            conn.execute(
                "UPDATE work_items SET assignee_id = %s WHERE id = %s", (w.staff["ann"], free)
            )
        assert _assignee(db, bobs) == w.staff["bob"]
        assert _assignee(db, free) == w.staff["ann"]
        lead = f"ad_{uuid.uuid4().hex[:8]}_lead"
        grant_login(db.engine, "lead", ["team_leader"], login_name=lead)
        try:
            with psql(pg_url, lead) as conn:
                conn.execute(
                    "UPDATE work_items SET assignee_id = %s WHERE id = %s", (w.staff["cat"], bobs)
                )
        finally:
            with psql(pg_url) as conn:
                drop_login(conn, lead)
        assert _assignee(db, bobs) == w.staff["cat"]
    finally:
        with psql(pg_url) as conn:
            drop_login(conn, login)
        db.dispose()


# --- absence and cover -----------------------------------------------------------------------


def test_cover_moves_what_it_can_and_keeps_the_rest_with_their_blocks(db):
    w = build(db)
    single_point(db, w, "C-3", "ann")
    movable = [item(db, w, "C-1", assignee="ann"), item(db, w, "C-2", assignee="ann")]
    kept = item(db, w, "C-3", assignee="ann")
    item(db, w, "C-1", assignee="ann", status="done")
    result = cover(db, "ann", "cat", "lead", at=NOW)
    assert sorted(result.moved) == sorted(movable)
    assert result.to_json()["kept"] == [
        {
            "item": str(kept),
            "blocks": [
                {"code": "SINGLE_POINT_OF_CONTACT", "message": result.kept[0][1][0].message}
            ],
        }
    ]
    assert all(_assignee(db, i) == w.staff["cat"] for i in movable)
    assert _assignee(db, kept) == w.staff["ann"]
    assert len(_audits(db)) == 3


def test_mark_away_records_the_absence_and_moves_work_to_the_cover_when_it_has_begun(db):
    w = build(db)
    i = item(db, w, assignee="ann")
    later = mark_away(
        db, "ann", TODAY + timedelta(days=7), TODAY + timedelta(days=8), "cat", "lead", at=NOW
    )
    assert later.cover is None and _assignee(db, i) == w.staff["ann"]
    now = mark_away(db, "ann", TODAY, TODAY + timedelta(days=2), "cat", "lead", at=NOW)
    assert now.cover.moved == (i,) and _assignee(db, i) == w.staff["cat"]
    with db.unit() as uow:
        row = uow.session.get(StaffAbsence, now.absence)
        assert (row.from_on, row.to_on, row.cover_id, row.created_by_id) == (
            TODAY,
            TODAY + timedelta(days=2),
            w.staff["cat"],
            w.staff["lead"],
        )
    # Away now: no new work for ann.
    assert _codes(assign(db, item(db, w), "ann", "lead", at=NOW).blocks) == ["ASSIGNEE_AWAY"]


def test_mark_away_checks_its_input_and_who_asks(db):
    w = build(db)
    with pytest.raises(InvalidInput, match="^to:"):
        mark_away(db, "ann", TODAY, TODAY - timedelta(days=1), None, "lead", at=NOW)
    with pytest.raises(InvalidInput, match="^cover:"):
        mark_away(db, "ann", TODAY, TODAY, "ann", "lead", at=NOW)
    with pytest.raises(NotPermitted):
        mark_away(db, "ann", TODAY, TODAY, None, "bob", at=NOW)
    with pytest.raises(NotPermitted):
        mark_away(db, "ann", TODAY, TODAY, None, "south", at=NOW)
    mark_away(db, "dan", TODAY, TODAY, None, "boss", at=NOW)
    with db.unit() as uow:
        absences = uow.session.execute(select(StaffAbsence)).scalars().all()
    assert [a.staff_id for a in absences] == [w.staff["dan"]]


# --- balancing -------------------------------------------------------------------------------


def _due(hours):
    return NOW + timedelta(hours=hours)


def test_balance_goes_in_due_order_to_the_fewest_open_ties_by_username(db):
    w = build(db)
    item(db, w, assignee="ann")  # ann holds one already
    ids = [
        uuid.UUID(int=3),
        uuid.UUID(int=1),
        uuid.UUID(int=2),
    ]
    late = item(db, w, due=_due(30), item_id=ids[0])
    tie_b = item(db, w, due=_due(5), item_id=ids[2])
    tie_a = item(db, w, due=_due(5), item_id=ids[1])
    result = balance(db, "North", "lead", at=NOW)
    # Same due instant: the lower id first. bob and cat hold none: bob first by username.
    assert result.to_json()["assigned"] == [
        {"item": str(tie_a), "to": "bob"},
        {"item": str(tie_b), "to": "cat"},
        {"item": str(late), "to": "ann"},
    ]
    assert result.unassigned == ()
    assert _assignee(db, late) == w.staff["ann"]
    assert len(_audits(db)) == 3


def test_balance_skips_leaders_the_away_the_inactive_and_the_full(db):
    w = build(db)
    away(db, w, "ann", TODAY, TODAY)
    set_staff(db, w, "bob", active=False)
    set_staff(db, w, "cat", capacity=1)
    first, second = item(db, w, due=_due(1)), item(db, w, due=_due(2))
    result = balance(db, "North", "lead", at=NOW)
    assert result.to_json()["assigned"] == [{"item": str(first), "to": "cat"}]
    assert result.to_json()["unassigned"] == [{"item": str(second), "reason": "NO_ELIGIBLE_STAFF"}]


def test_balance_prefers_welsh_speakers_for_welsh_customers(db):
    w = build(db)
    for _ in range(3):
        item(db, w, assignee="bob")  # bob, the Welsh speaker, is the busiest
    cy, en = item(db, w, "C-2", due=_due(1)), item(db, w, "C-1", due=_due(2))
    result = balance(db, "North", "lead", at=NOW)
    assert dict(result.assigned) == {cy: "bob", en: "ann"}
    away(db, w, "bob", TODAY, TODAY)
    cy2 = item(db, w, "C-2", due=_due(3))
    result = balance(db, "North", "lead", at=NOW)
    assert dict(result.assigned) == {cy2: "cat"}  # no Welsh speaker eligible: fewest open


def test_balance_gives_a_single_point_of_contact_s_item_to_them_or_the_deputy_or_nobody(db):
    w = build(db)
    single_point(db, w, "C-1", "cat", "bob")
    single_point(db, w, "C-3", "dan")  # in another team: never eligible here
    for _ in range(5):
        item(db, w, "C-2", assignee="cat")
    a = item(db, w, "C-1", due=_due(1))
    nobody = item(db, w, "C-3", due=_due(2))
    result = balance(db, "North", "lead", at=NOW)
    assert dict(result.assigned) == {a: "cat"}  # however busy, the named person
    assert result.to_json()["unassigned"] == [
        {"item": str(nobody), "reason": "SINGLE_POINT_OF_CONTACT"}
    ]
    away(db, w, "cat", TODAY, TODAY)
    b = item(db, w, "C-1", due=_due(3))
    assert dict(balance(db, "North", "lead", at=NOW).assigned) == {b: "bob"}


def test_balance_dry_run_writes_nothing(db):
    w = build(db)
    i = item(db, w)
    result = balance(db, "North", "lead", at=NOW, dry_run=True)
    assert dict(result.assigned) == {i: "ann"} and result.dry_run
    assert _assignee(db, i) is None and _audits(db) == []


def test_balance_by_someone_who_may_not_assigns_nothing(db):
    w = build(db)
    i = item(db, w)
    result = balance(db, "North", "south", at=NOW)
    assert result.to_json()["unassigned"] == [{"item": str(i), "reason": "NOT_PERMITTED"}]
    assert _assignee(db, i) is None
    with pytest.raises(InvalidInput, match="^team:"):
        balance(db, "Nowhere", "lead", at=NOW)


# --- at risk ---------------------------------------------------------------------------------


class _Item:
    def __init__(self, created, due, status="open"):
        self.created_at, self.due_at, self.status = created, due, status


def _utc(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


def test_at_risk_counts_working_time_not_calendar_time(db):
    cal = db.calendar
    # Given Friday 09:00 to Tuesday 17:00: three working days, 24 working hours.
    it = _Item(_utc(4, 9), _utc(8, 17))
    assert not at_risk(it, _utc(7, 17), cal)  # 16h of 24 gone (Saturday, Sunday count nothing)
    assert not at_risk(it, _utc(8, 10, 59), cal)  # 17h59m
    assert at_risk(it, _utc(8, 11), cal)  # 18h: 75%
    assert at_risk(it, _utc(9, 9), cal)  # overdue
    assert not at_risk(_Item(_utc(4, 9), _utc(8, 17), "done"), _utc(9, 9), cal)
    assert working_time_left(it, _utc(7, 17), cal) == timedelta(hours=8)
    assert working_time_left(it, _utc(5, 12), cal) == timedelta(hours=16)


def test_working_time_reads_in_working_days_and_hours(db):
    cal = db.calendar
    assert describe_working_time(timedelta(hours=3, minutes=20), cal) == "3h 20m"
    assert describe_working_time(timedelta(hours=16), cal) == "2 working days"
    assert describe_working_time(timedelta(hours=9), cal) == "1 working day 1h"
    assert describe_working_time(timedelta(minutes=5), cal) == "5m"
    assert describe_working_time(-timedelta(hours=2), cal) == "overdue by 2h"


def test_work_list_puts_at_risk_first_overdue_before_due(db):
    w = build(db)
    fine = item(db, w, created=NOW, due=NOW + timedelta(days=6))
    overdue = item(db, w, created=NOW - timedelta(days=3), due=NOW - timedelta(hours=1))
    risky = item(db, w, "C-2", created=NOW - timedelta(days=3), due=NOW + timedelta(hours=2))
    item(db, w, team="South", assignee="dan")
    item(db, w, status="done")
    board = work_items_list(db, team="North", at=NOW)
    assert [r["id"] for r in board] == [str(overdue), str(risky), str(fine)]
    assert [r["at_risk"] for r in board] == [True, True, False]
    assert board[1]["working_time_left"] == "2h" and board[1]["customer"] == "C-2"
    assert board[0]["working_time_left"] == "overdue by 1h"
    assert [r["id"] for r in work_items_list(db, at_risk_only=True, at=NOW)] == [
        str(overdue),
        str(risky),
    ]
    assert [r["assignee"] for r in work_items_list(db, assignee="dan", at=NOW)] == ["dan"]
    assert len(work_items_list(db, unassigned=True, at=NOW)) == 3


# --- the command line ------------------------------------------------------------------------


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def office(db_url):
    db = open_database(db_url)
    w = build(db)
    yield db, w, db_url
    db.dispose()


def test_cli_assign_prints_the_answer_and_exits_one_when_blocked(office, capsys):
    db, w, url = office
    i = item(db, w, "C-2")
    code, out, err = run(
        capsys,
        "--database",
        url,
        "assign",
        "--item",
        str(i),
        "--to",
        "ann",
        "--by",
        "lead",
        "--reason",
        "spread the load",
        "--at",
        NOW.isoformat(),
    )
    assert code == 0, err
    answer = json.loads(out)
    assert answer["assigned"] is True and [x["code"] for x in answer["warnings"]] == [
        "WELSH_PREFERRED"
    ]
    code, out, _ = run(
        capsys, "--database", url, "assign", "--item", str(i), "--to", "bob", "--by", "dan"
    )
    assert code == 1
    assert [b["code"] for b in json.loads(out)["blocks"]] == ["NOT_PERMITTED"]


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["assign", "--item", "not-a-uuid", "--to", "ann", "--by", "lead"], "--item"),
        (["assign", "--item", str(uuid.UUID(int=9)), "--to", "ann", "--by", "lead"], "--item"),
        (["assign", "--item", "ITEM", "--to", "nobody", "--by", "lead"], "--to"),
        (["assign", "--item", "ITEM", "--to", "ann", "--by", "nobody"], "--by"),
        (["away", "--staff", "ann", "--from", "2026-13-01", "--to", "2026-12-02", "--by", "lead"], "--from"),
        (["away", "--staff", "ann", "--from", "2026-12-03", "--to", "2026-12-02", "--by", "lead"], "--to"),
        (["away", "--staff", "nobody", "--from", "2026-12-01", "--to", "2026-12-02", "--by", "lead"], "--staff"),
        (["away", "--staff", "ann", "--from", "2026-12-01", "--to", "2026-12-02", "--cover", "x", "--by", "lead"], "--cover"),
        (["cover", "--from-staff", "nobody", "--to", "ann", "--by", "lead"], "--from-staff"),
        (["work", "balance", "--team", "Nowhere", "--by", "lead"], "--team"),
        (["work", "balance", "--team", "North", "--by", "lead", "--at", "yesterday"], "--at"),
        (["work", "list", "--assignee", "nobody"], "--assignee"),
    ],
)  # fmt: skip
def test_cli_bad_input_exits_two_naming_the_option(office, capsys, argv, option):
    db, w, url = office
    i = item(db, w)
    argv = [str(i) if a == "ITEM" else a for a in argv]
    code, out, err = run(capsys, "--database", url, *argv)
    assert code == 2, (out, err)
    assert option in err and len(err.strip().splitlines()) == 1
    assert _assignee(db, i) is None and _audits(db) == []


def test_cli_away_cover_balance_and_list(office, capsys):
    db, w, url = office
    held = item(db, w, assignee="ann", due=_due(1))
    kept = item(db, w, "C-3", assignee="ann", due=_due(2))
    single_point(db, w, "C-3", "ann")
    code, out, err = run(
        capsys,
        "--database",
        url,
        "away",
        "--staff",
        "ann",
        "--from",
        TODAY.isoformat(),
        "--to",
        TODAY.isoformat(),
        "--by",
        "lead",
        "--at",
        NOW.isoformat(),
    )
    assert code == 0, err
    assert "absence" in json.loads(out)
    code, out, err = run(
        capsys,
        "--database",
        url,
        "away",
        "--staff",
        "ann",
        "--from",
        TODAY.isoformat(),
        "--to",
        TODAY.isoformat(),
        "--by",
        "bob",
    )
    assert code == 1 and "--by" in err
    code, out, err = run(
        capsys,
        "--database",
        url,
        "cover",
        "--from-staff",
        "ann",
        "--to",
        "cat",
        "--by",
        "lead",
        "--at",
        NOW.isoformat(),
    )
    assert code == 0, err
    answer = json.loads(out)
    assert answer["moved"] == [str(held)]
    assert answer["kept"][0]["item"] == str(kept)
    assert [b["code"] for b in answer["kept"][0]["blocks"]] == ["SINGLE_POINT_OF_CONTACT"]
    free = item(db, w, due=_due(3))
    argv = [
        "--database",
        url,
        "work",
        "balance",
        "--team",
        "North",
        "--by",
        "lead",
        "--at",
        NOW.isoformat(),
    ]
    code, out, err = run(capsys, *argv, "--dry-run")
    assert code == 0, err
    assert json.loads(out)["assigned"] == [{"item": str(free), "to": "bob"}]
    assert _assignee(db, free) is None
    code, out, err = run(capsys, *argv)
    assert json.loads(out) == {
        "assigned": [{"item": str(free), "to": "bob"}],
        "unassigned": [],
        "dry_run": False,
    }
    code, out, err = run(
        capsys,
        "--database",
        url,
        "work",
        "list",
        "--team",
        "North",
        "--at-risk",
        "--at",
        (NOW + timedelta(days=1, hours=6)).isoformat(),
    )
    assert code == 0, err
    listed = json.loads(out)["items"]
    assert [r["id"] for r in listed] == [str(held), str(kept), str(free)]
    assert set(listed[0]) >= {
        "id",
        "kind",
        "customer",
        "team",
        "assignee",
        "due_at",
        "status",
        "at_risk",
        "working_time_left",
    }
    assert listed[0]["working_time_left"] == "overdue by 1 working day 5h"


# --- capacity in the exchange format ---------------------------------------------------------


def test_capacity_is_imported_validated_and_exported(db):
    from agent_desktop.services.exchange import export_document, import_document
    from agent_desktop.services.exchange_validate import DocumentInvalid

    doc = json.loads((Path(__file__).parent / "data" / "example-import.json").read_text("utf-8"))
    doc["staff"][0]["capacity"] = 12
    import_document(db, doc)
    out = {s["username"]: s for s in export_document(db)["staff"]}
    assert out[doc["staff"][0]["username"]]["capacity"] == 12
    assert out[doc["staff"][1]["username"]]["capacity"] == 40  # not given: the default
    for bad in (0, -1, 1001, 2.5, "40", True, None):
        doc["staff"][0]["capacity"] = bad
        with pytest.raises(DocumentInvalid, match=r"staff\[0\]\.capacity"):
            import_document(db, doc)


def test_the_assignment_commands_import_no_sqlalchemy_until_they_run():
    import subprocess
    import sys

    code = (
        "import sys; from agent_desktop import cli, cli_assign; cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
