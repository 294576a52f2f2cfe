"""Routing: a customer's single point of contact, and who is away on an office date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent_desktop.services.routing import is_away, single_point_assignee
from tests.assignment_world import TODAY, away, build, set_staff, single_point


def _point(db, w, ref="C-1", on=TODAY):
    with db.unit() as uow:
        return single_point_assignee(uow.session, w.customers[ref], on, db.calendar)


def test_no_single_point_of_contact_means_no_routing(db):
    w = build(db)
    point = _point(db, w)
    assert not point.required and point.assignee is None
    assert point.permits(w.staff["cat"])


def test_the_named_person_takes_the_work(db):
    w = build(db)
    single_point(db, w, "C-1", "ann", "bob")
    point = _point(db, w)
    assert point.required and point.assignee == w.staff["ann"]
    assert point.allowed == {w.staff["ann"], w.staff["bob"]}
    assert point.permits(w.staff["bob"]) and not point.permits(w.staff["cat"])


def test_the_deputy_takes_it_when_the_named_person_is_away_or_inactive(db):
    w = build(db)
    single_point(db, w, "C-1", "ann", "bob")
    away(db, w, "ann", TODAY, TODAY)
    assert _point(db, w).assignee == w.staff["bob"]
    assert _point(db, w, on=TODAY + timedelta(days=1)).assignee == w.staff["ann"]
    set_staff(db, w, "ann", active=False)
    assert _point(db, w, on=TODAY + timedelta(days=1)).assignee == w.staff["bob"]


def test_neither_can_take_it(db):
    w = build(db)
    single_point(db, w, "C-1", "ann", "bob")
    away(db, w, "ann", TODAY, TODAY)
    set_staff(db, w, "bob", active=False)
    point = _point(db, w)
    assert point.required and point.assignee is None
    single_point(db, w, "C-3", "ann")  # no deputy
    assert _point(db, w, "C-3").assignee is None


def test_a_restriction_not_in_force_that_day_routes_nothing(db):
    w = build(db)
    single_point(db, w, "C-1", "ann", starts_on=TODAY + timedelta(days=1))
    single_point(db, w, "C-2", "ann", ends_on=TODAY - timedelta(days=1))
    single_point(db, w, "C-3", "ann", lifted_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    for ref in ("C-1", "C-2", "C-3"):
        assert not _point(db, w, ref).required, ref
    assert _point(db, w, "C-1", TODAY + timedelta(days=1)).required
    assert _point(db, w, "C-3", TODAY - timedelta(days=1)).required


def test_away_includes_both_ends(db):
    w = build(db)
    away(db, w, "ann", TODAY, TODAY + timedelta(days=2))
    with db.unit() as uow:
        s, ann = uow.session, w.staff["ann"]
        assert not is_away(s, ann, TODAY - timedelta(days=1))
        assert is_away(s, ann, TODAY)
        assert is_away(s, ann, TODAY + timedelta(days=2))
        assert not is_away(s, ann, TODAY + timedelta(days=3))
        assert not is_away(s, w.staff["bob"], TODAY)
