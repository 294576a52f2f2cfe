"""The main window builds its screens from the desk registry, by the signed-in person's roles."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QTabWidget

from agent_desktop.domain.values import Role
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.ui import desks
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import ImmediateOps


class BoardScreen(QLabel):
    """A stand-in for the team leader's board: it only says whose it is."""

    def __init__(self, window, data, user):
        super().__init__(f"Board of {user.name}", window)
        self.data = data


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
