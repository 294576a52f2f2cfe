"""The main window builds its screens from the desk registry, by the signed-in person's roles,
and tells each what a write changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget
from sqlalchemy import select

from agent_desktop.domain.values import Role
from agent_desktop.services.changes import EVERYTHING, NOTHING, Changes
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import Customer
from agent_desktop.ui import desks
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps


class BoardScreen(QLabel):
    """A stand-in for the team leader's board: it only says whose it is."""

    def __init__(self, window, data, user):
        super().__init__(f"Board of {user.name}", window)
        self.data = data


@pytest.fixture(autouse=True)
def registry_without_the_real_board():
    """These tests are about the registry itself, with a stand-in board: the real desks for
    team leaders (tests/test_team_board.py, test_restriction_desk.py) are taken out while they
    run, and put back in their places after."""
    kept = list(desks._desks)
    for desk in kept:
        if desk.roles & {Role.TEAM_LEADER, Role.MANAGER} and desk.key != desks.AGENT_DESK.key:
            desks.unregister(desk.key)
    yield
    desks._desks[:] = kept


@pytest.fixture
def team_board():
    desk = desks.Desk("board", lambda: "Team board", frozenset({Role.TEAM_LEADER}), BoardScreen)
    desks.register(desk)
    yield desk
    desks.unregister(desk.key)


def _window(qtbot, db, username: str) -> MainWindow:
    window = MainWindow(db, sign_in(db, username), ImmediateOps())
    qtbot.addWidget(window)
    return window


def test_everyone_works_the_agent_desk_while_it_is_the_only_one(qtbot, db):
    seed(db, 20)
    for username in ("sclarke", "groberts", "kpowell"):
        window = _window(qtbot, db, username)
        assert list(window.screens) == ["agent"]
        assert window.centralWidget() is window.screens["agent"]
        assert window.queue is window.screens["agent"].queue


def test_a_desk_registered_for_a_role_shows_for_whoever_has_it(qtbot, db, team_board):
    seed(db, 20)
    leader = _window(qtbot, db, "groberts")
    assert list(leader.screens) == ["agent", "board"]
    tabs = leader.centralWidget()
    assert isinstance(tabs, QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Agent desk", "Team board"]
    board = leader.screens["board"]
    assert tabs.widget(1) is board and board.text() == "Board of Gwen Roberts"
    assert board.data is leader.data  # built on the window's one data gateway

    agent = _window(qtbot, db, "sclarke")
    assert list(agent.screens) == ["agent"] and agent.centralWidget() is agent.screens["agent"]


def test_a_rebuilt_window_asks_the_registry_again(qtbot, db, team_board):
    seed(db, 20)
    window = _window(qtbot, db, "groberts")
    window.retranslate()
    assert list(window.screens) == ["agent", "board"]
    desks.unregister(team_board.key)
    window.retranslate()
    assert list(window.screens) == ["agent"]


class Listener(QLabel):
    """A desk that only notes what the window tells it changed."""

    def __init__(self, window, data, user):
        super().__init__("listening", window)
        self.heard: list = []

    def on_changes(self, changes, made_by=None):
        self.heard.append((changes, made_by))


def test_a_write_tells_every_screen_what_it_changed(qtbot, db):
    seed(db, 20)
    desks.register(desks.Desk("listener", lambda: "Listener", frozenset({Role.AGENT}), Listener))
    try:
        window = _window(qtbot, db, "sclarke")
        with db.unit() as uow:
            ref = uow.session.execute(select(Customer.ref).order_by(Customer.ref)).scalars().first()
        window.open_customer(ref)  # ImmediateOps: the card and the bar have it now
        assert window.actions_bar.customer == ref
        window.actions_bar._request_callback("Ring after lunch")
        listener = window.screens["listener"]
        (changes, made_by), *_ = listener.heard
        assert made_by is window.actions_bar
        assert changes.work_items == {ref} and changes.touches(ref)
        assert not changes.touches("NOT-" + ref) and not changes.everything
    finally:
        desks.unregister("listener")


def test_what_changed_names_customers_and_can_be_merged():
    one = Changes(customers=frozenset({"A"}))
    two = Changes(work_items=frozenset({"B"}), restrictions=frozenset({"C"}))
    both = one | two
    assert both.touches("A") and both.touches("B") and both.touches("C")
    assert not both.touches("D") and not both.touches(None)
    assert both.work and not one.work
    assert not NOTHING and both
    assert EVERYTHING.touches("D") and EVERYTHING.work and not (one | EVERYTHING).touches(None)
