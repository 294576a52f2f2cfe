"""A team leader decides an agent's request at a desk not signed in with their own login.

On the central database the login that decides a request is who decided it, so a team leader
deciding from a board on a desktop that is not signed in with their own login (a shared
login, a colleague's desk) gives their own password for that one decision; it is used for it
and kept nowhere. Real widgets, a private PostgreSQL server that asks for passwords, and the
agent's request made on the agent's own login.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from sqlalchemy import text

from agent_desktop.domain.values import Channel
from agent_desktop.services.approvals import request_authorisation
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.store.engine import make_engine
from agent_desktop.store.roles import grant_login
from agent_desktop.sync.desktop import Synced
from agent_desktop.sync.replica import Replica, Scope
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.team_board import TEAM_BOARD_DESK
from tests.test_action_bar import WAIT_MS
from tests.test_database_last_line import _document

PASSWORDS = {"sclarke": "agent-secret-4417", "mhughes": "leader-secret-9021"}


@pytest.fixture
def centre(cluster):
    """The example and the last-line customers on a server that asks every login its password."""
    admin = make_engine(cluster.url)
    name = f"centre_{uuid.uuid4().hex[:8]}"
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = cluster.url.rsplit("/", 1)[0] + f"/{name}"
    db = open_database(url)
    import_document(db, _document())
    engine = db.engine
    grant_login(engine, "sclarke", ["agent"], PASSWORDS["sclarke"])
    grant_login(engine, "mhughes", ["team_leader"], PASSWORDS["mhughes"])
    db.dispose()
    cluster.require_passwords()
    return url


def _login_url(url: str, username: str) -> str:
    from sqlalchemy.engine import make_url

    return (
        make_url(url)
        .set(username=username, password=PASSWORDS[username])
        .render_as_string(hide_password=False)
    )


def _board_at(qtbot, centre_url: str, folder: Path, username: str):
    """`username`'s board on a desktop signed in with the server's own (shared) login."""
    central = open_database(centre_url)
    user = sign_in(central, username)
    replica_db = open_database(f"sqlite:///{folder / f'replica-{username}.sqlite3'}")
    data = Synced(central, replica_db, Replica(replica_db.engine, scope=Scope(user.id, None)))
    data.sync()
    window = MainWindow(data, user, Ops())
    qtbot.addWidget(window)
    return data, window.screens[TEAM_BOARD_DESK.key]


@pytest.fixture
def asked(centre):
    """sclarke's request about C-NC, made on sclarke's own login."""
    agent_db = open_database(_login_url(centre, "sclarke"))
    try:
        yield request_authorisation(agent_db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding")
    finally:
        agent_db.dispose()


@pytest.fixture
def leaders_board(qtbot, centre, asked, tmp_path):
    data, board = _board_at(qtbot, centre, tmp_path, "mhughes")
    qtbot.waitUntil(lambda: len(board.requests.requests) == 1, timeout=WAIT_MS)
    yield data, board
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    data.dispose()


def _approve(qtbot, board, password: str):
    panel = board.requests
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog.password is not None
    assert dialog.password.accessibleName() == "Your password"
    qtbot.keyClicks(dialog.reason, "Safeguarding concern: call today")
    assert not dialog.decide_button.isEnabled()  # the password is still to come
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    return dialog


def _rows(url: str, sql: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).all()
    finally:
        engine.dispose()


def test_a_team_leader_decides_at_a_shared_desk_with_their_own_password(
    qtbot, centre, leaders_board, tmp_path
):
    _data, board = leaders_board
    dialog = _approve(qtbot, board, PASSWORDS["mhughes"])
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: board.requests.requests == [], timeout=WAIT_MS)
    owner = centre  # the superuser's own URL, trusted by the server
    [(decider, granted_by, staff)] = _rows(
        owner,
        "SELECT d.username, g.username, s.username FROM authorisations a "
        "JOIN authorisation_requests r ON r.id = a.request_id "
        "JOIN staff d ON d.id = r.decided_by_id JOIN staff g ON g.id = a.granted_by_id "
        "JOIN staff s ON s.id = a.staff_id",
    )
    assert (decider, granted_by, staff) == ("mhughes", "mhughes", "sclarke")
    # The leader's password went to the server and nowhere else.
    for path in Path(tmp_path).rglob("*"):
        if path.is_file():
            assert PASSWORDS["mhughes"].encode() not in path.read_bytes(), path


def test_a_wrong_password_is_refused_in_the_dialog_and_nothing_is_decided(
    qtbot, centre, leaders_board
):
    _data, board = leaders_board
    dialog = _approve(qtbot, board, "not-the-password")
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.error.label.text().startswith("Your password: not accepted")
    assert dialog.password.hasFocus() and dialog.isVisible()
    assert _rows(centre, "SELECT status FROM authorisation_requests") == [("pending",)]
    assert _rows(centre, "SELECT count(*) FROM authorisations") == [(0,)]


def test_a_manager_with_no_login_of_their_own_cannot_decide_here(qtbot, centre, asked, tmp_path):
    owner = make_engine(centre)
    with owner.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (id, username, name, roles, welsh_speaker, active) VALUES "
                "(gen_random_uuid(), 'rboss', 'Rhian Boss', '[\"manager\"]', false, true)"
            )
        )
    owner.dispose()
    data, board = _board_at(qtbot, centre, tmp_path, "rboss")
    try:
        team = board.team_choice.findText("Casework South")
        board.team_choice.setCurrentIndex(team)
        qtbot.waitUntil(lambda: len(board.requests.requests) == 1, timeout=WAIT_MS)
        dialog = _approve(qtbot, board, "anything")
        qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
        assert dialog.error.label.text() == (
            "You have no login of your own on the central database, so you cannot decide "
            "at this desk."
        )
        assert _rows(centre, "SELECT status FROM authorisation_requests") == [("pending",)]
    finally:
        QThreadPool.globalInstance().waitForDone(WAIT_MS)
        data.dispose()
