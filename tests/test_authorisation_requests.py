"""A team leader's authorisation is given by the team leader, through the window.

The agent's refusal dialog sends a request; it appears on the team leader's board; the team
leader approves or refuses it with their own reason; the agent's dialog shows the answer and,
approved, records the contact with it. Real windows and widgets, real databases: two
desktops on PostgreSQL, each on its own staff login, kept in step by their syncs; and one
database (SQLite and PostgreSQL) with the change passed on as a window passes it.
"""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import psycopg
import pytest
import shiboken6
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLineEdit

from agent_desktop.domain.values import Channel
from agent_desktop.services.approvals import pending_requests
from agent_desktop.services.changes import Changes
from agent_desktop.services.exchange import import_document
from agent_desktop.services.gateway import Local
from agent_desktop.services.session import sign_in
from agent_desktop.ui.approval_requests import APPROVE_KEY, REFUSE_KEY, DecisionDialog
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.team_board import TEAM_BOARD_DESK
from tests import test_database_last_line as last_line
from tests.desktops import _desktop
from tests.test_action_bar import WAIT_MS, press_blocked
from tests.test_database_roles import psql, url_as

centre, logins = last_line.centre, last_line.logins
LIVE_MS = 20_000


def _window(qtbot, data, username: str) -> MainWindow:
    window = MainWindow(data, sign_in(data.reads, username), Ops())
    qtbot.addWidget(window)
    window.show()
    return window


def _ask(qtbot, window: MainWindow, ref: str, reason: str):
    """Open `ref`, press the blocked phone, and ask a team leader with `reason`."""
    bar = window.actions_bar
    with qtbot.waitSignal(bar.sig_preview_ready, timeout=WAIT_MS):
        window.open_customer(ref)
    dialog = press_blocked(qtbot, bar, "phone")
    qtbot.keyClicks(dialog.request_reason, reason)
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.request is not None, timeout=WAIT_MS)
    return dialog


def _decide(qtbot, board, reason: str, *, approve: bool, password: str | None = None):
    """Select the first request, press Approve… or Refuse…, give the reason, decide."""
    panel = board.requests
    panel.table.selectRow(0)
    button = panel.approve_button if approve else panel.refuse_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog: DecisionDialog = panel.dialog
    assert dialog.isVisible() and not dialog.decide_button.isEnabled()
    qtbot.keyClicks(dialog.reason, reason)
    if password is not None:
        assert dialog.password is not None and not dialog.decide_button.isEnabled()
        qtbot.keyClicks(dialog.password, password)
    else:
        assert dialog.password is None
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    return dialog


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _contacts(url: str, ref: str) -> list:
    with psql(url) as conn:
        return conn.execute(
            "SELECT s.username, a.username, e.override_reason FROM contact_events e "
            "JOIN customers c ON c.id = e.customer_id JOIN staff s ON s.id = e.staff_id "
            "LEFT JOIN staff a ON a.id = e.authorised_by_id WHERE c.ref = %s",
            (ref,),
        ).fetchall()


@pytest.fixture
def two_desks(qtbot, centre, logins, tmp_path):
    """sclarke's and mhughes's desktops, each on its own login, each window kept in step by
    its sync (the central database's notifications, as on a site)."""
    from agent_desktop.ui.sync_controller import SyncController

    url = centre["url"]
    agent_url = url_as(url, logins("sclarke", ["agent"]))
    leader_url = url_as(url, logins("mhughes", ["team_leader"]))
    made = []
    for login_url, username in ((agent_url, "sclarke"), (leader_url, "mhughes")):
        data = _desktop(login_url, tmp_path, username)
        window = _window(qtbot, data, username)
        sync = SyncController(data, window, interval_ms=3_600_000)
        window.attach_sync(sync)
        sync.start()
        made.append((data, window, sync))
    yield url, made[0][1], made[1][1]
    for made_desk in made:
        made_desk[2].stop()
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    for made_desk in made:
        made_desk[0].dispose()


def test_a_request_goes_to_the_board_and_the_approval_comes_back_live(qtbot, two_desks):
    url, agent, leader = two_desks
    board = leader.screens[TEAM_BOARD_DESK.key]
    panel = board.requests
    qtbot.waitUntil(lambda: panel.count.text() == "No requests waiting", timeout=LIVE_MS)
    heard: list[str] = []
    panel.sig_message.connect(heard.append)

    dialog = _ask(qtbot, agent, "C-NC", "Safeguarding concern needs a call today")
    assert dialog.request_state.text().startswith("Waiting for a team leader.")

    # On the team leader's board at once, through their desktop's sync: in words, counted,
    # and announced (no sound).
    qtbot.waitUntil(lambda: len(panel.requests) == 1, timeout=LIVE_MS)
    cells = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert cells[1:5] == [
        "Sarah Clarke (sclarke)",
        "Phone",
        "No contact",
        "Safeguarding concern needs a call today",
    ]
    assert cells[0].endswith("(C-NC)") and cells[5] == "just now"
    assert panel.count.text() == "1 request(s) waiting for a decision"
    assert heard == ["New request for authorisation from Sarah Clarke about C-NC."]
    assert [a.shortcut().toString() for a in panel.actions()] == [APPROVE_KEY, REFUSE_KEY]
    assert "Ctrl+Shift+P" in panel.approve_button.text()

    decision = _decide(qtbot, board, "Agreed: the call may go ahead today", approve=True)
    qtbot.waitUntil(lambda: _closed(decision), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.count.text() == "No requests waiting", timeout=LIVE_MS)

    # The agent's dialog hears the answer through their own desktop's sync.
    qtbot.waitUntil(lambda: dialog.request.status == "approved", timeout=LIVE_MS)
    assert dialog.request_state.text().startswith(
        "Approved by mhughes: Agreed: the call may go ahead today"
    )
    assert dialog.record_button.isEnabled()
    bar = agent.actions_bar
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert "authorised by mhughes" in bar.status.text()
    assert _contacts(url, "C-NC") == [("sclarke", "mhughes", "Agreed: the call may go ahead today")]
    with psql(url) as conn:
        [(decider, used)] = conn.execute(
            "SELECT s.username, a.contact_id IS NOT NULL FROM authorisations a "
            "JOIN authorisation_requests r ON r.id = a.request_id "
            "JOIN staff s ON s.id = r.decided_by_id"
        ).fetchall()
    assert (decider, used) == ("mhughes", True)

    # Used once: the phone pressed again is refused again, with nothing standing.
    again = press_blocked(qtbot, bar, "phone")
    assert again.request is None and not again.record_button.isEnabled()


def test_a_refusal_reaches_the_agents_dialog_live(qtbot, two_desks):
    url, agent, leader = two_desks
    board = leader.screens[TEAM_BOARD_DESK.key]
    dialog = _ask(qtbot, agent, "C-NC", "The customer's son asked us to ring")
    qtbot.waitUntil(lambda: len(board.requests.requests) == 1, timeout=LIVE_MS)
    _decide(qtbot, board, "No contact stands: write to the son instead", approve=False)
    qtbot.waitUntil(lambda: dialog.request.status == "refused", timeout=LIVE_MS)
    assert dialog.request_state.text() == (
        "Refused by mhughes: No contact stands: write to the son instead"
    )
    assert not dialog.record_button.isVisibleTo(dialog)
    assert _contacts(url, "C-NC") == []


# --- one database: the window passes the change on ----------------------------------------------


@pytest.fixture
def one_database(qtbot, db):
    import_document(db, last_line._document())
    data = Local(db)
    agent, leader = _window(qtbot, data, "sclarke"), _window(qtbot, data, "mhughes")
    yield db, agent, leader
    QThreadPool.globalInstance().waitForDone(WAIT_MS)


def test_on_one_database_the_board_decides_and_the_dialog_follows(qtbot, one_database):
    db, agent, leader = one_database
    board = leader.screens[TEAM_BOARD_DESK.key]
    qtbot.waitUntil(lambda: board.requests.team_id is not None, timeout=WAIT_MS)
    dialog = _ask(qtbot, agent, "C-NC", "Safeguarding concern")
    # What the agent's window made reaches the board as any window's change does.
    leader.broadcast(Changes(requests=frozenset({"C-NC"})))
    qtbot.waitUntil(lambda: len(board.requests.requests) == 1, timeout=WAIT_MS)
    # The signed-in team leader decides as themselves: no password on one database.
    decision = _decide(qtbot, board, "Refused: letters only", approve=False)
    qtbot.waitUntil(lambda: _closed(decision), timeout=WAIT_MS)
    agent.broadcast(Changes(requests=frozenset({"C-NC"})))
    qtbot.waitUntil(lambda: dialog.request.status == "refused", timeout=WAIT_MS)
    # Refused, the agent asks again; this time it is approved.
    qtbot.keyClicks(dialog.request_reason, " and the son agrees")
    qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.request.status == "pending", timeout=WAIT_MS)
    leader.broadcast(Changes(requests=frozenset({"C-NC"})))
    qtbot.waitUntil(lambda: len(board.requests.requests) == 1, timeout=WAIT_MS)
    _decide(qtbot, board, "Agreed", approve=True)
    qtbot.waitUntil(lambda: pending_requests(db) == [], timeout=WAIT_MS)
    agent.broadcast(Changes(requests=frozenset({"C-NC"})))
    qtbot.waitUntil(lambda: dialog.request.status == "approved", timeout=WAIT_MS)
    bar = agent.actions_bar
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert bar.status.text().endswith("authorised by mhughes")


def test_an_agent_has_no_board_and_no_control_past_a_restriction(qtbot, one_database):
    db, agent, _leader = one_database
    assert TEAM_BOARD_DESK.key not in agent.screens
    dialog = press_blocked_for(qtbot, agent, "C-NC")
    names = {e.accessibleName() for e in dialog.findChildren(QLineEdit)}
    assert names == {"Summary of the contact", "Your reason for asking"}
    enabled = [b.text() for b in (dialog.ask_button, dialog.record_button) if b.isEnabled()]
    assert enabled == []  # nothing to press until a reason is written, and then only Ask


def press_blocked_for(qtbot, window, ref):
    bar = window.actions_bar
    with qtbot.waitSignal(bar.sig_preview_ready, timeout=WAIT_MS):
        window.open_customer(ref)
    return press_blocked(qtbot, bar, "phone")


# --- the test: no way past a restriction for an agent ----------------------------------


def test_an_agent_cannot_record_past_a_restriction_by_any_way(centre, logins, capsys):
    """Not the command line (no approval, a made-up one, approving on their own login), and
    not their own database login (a contact, a forged decision, a forged approval)."""
    from tests.test_cli import run

    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    logins("mhughes", ["team_leader"])
    as_agent = url_as(url, agent)
    contact = [
        "--database", as_agent, "contact", "--customer", "C-NC", "--staff", "sclarke",
        "--channel", "phone", "--direction", "outbound",
    ]  # fmt: skip
    code, out, _ = run(capsys, *contact)
    assert code == 1 and json.loads(out)["recorded"] is False
    code, _, err = run(capsys, *contact, "--approval", str(uuid.uuid4()))
    assert code == 2 and "--approval" in err
    code, out, _ = run(
        capsys, "--database", as_agent, "request", "--customer", "C-NC", "--staff", "sclarke",
        "--channel", "phone", "--reason", "Please",
    )  # fmt: skip
    request = json.loads(out)["request"]
    code, out, err = run(
        capsys, "--database", as_agent, "approve", "--request", request, "--by", "mhughes",
        "--reason", "ok",
    )  # fmt: skip
    assert code != 0 and out == ""
    with psql(url, agent) as conn:
        for forged in (
            "INSERT INTO contact_events (id, customer_id, channel, direction, purpose, "
            "recipient, at, override_reason, authorised_by_id) "
            "SELECT gen_random_uuid(), c.id, 'phone', 'outbound', 'proactive', 'customer', "
            "now(), 'Leader said so', (SELECT id FROM staff WHERE username = 'mhughes') "
            "FROM customers c WHERE c.ref = 'C-NC'",
            "UPDATE authorisation_requests SET status = 'approved', decision_reason = 'ok' "
            f"WHERE id = '{request}'",
            "INSERT INTO authorisations (id, customer_id, staff_id, channel, reason, "
            "granted_by_id, granted_at, expires_at, request_id) "
            "SELECT gen_random_uuid(), r.customer_id, r.staff_id, r.channel, 'ok', "
            "(SELECT id FROM staff WHERE username = 'mhughes'), now(), "
            f"now() + interval '30 minutes', r.id FROM authorisation_requests r "
            f"WHERE r.id = '{request}'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(forged)
    assert _contacts(url, "C-NC") == []
    with psql(url) as conn:
        assert conn.execute("SELECT count(*) FROM authorisations").fetchone() == (0,)
        status = conn.execute(
            "SELECT status FROM authorisation_requests WHERE id = %s", (request,)
        ).fetchone()
    assert status == ("pending",)


def test_a_request_is_for_one_channel_and_one_agent(db):
    """The board's requests are of the leader's team, and an approval made for one channel
    does not stand for another when the dialog opens."""
    from agent_desktop.services.approvals import decide_request, request_authorisation

    import_document(db, last_line._document())
    data = Local(db)
    asked = data.request_authorisation("C-NC", "sclarke", Channel.PHONE, "Please")
    assert [r.id for r in data.pending_requests(asked.team_id)] == [asked.id]
    decide_request(db, asked.id, "mhughes", "Agreed", approve=True)
    assert data.latest_request("C-NC", "sclarke", Channel.PHONE).usable()
    assert data.latest_request("C-NC", "sclarke", Channel.EMAIL) is None
    assert data.latest_request("C-NC", "dowen", Channel.PHONE) is None
    assert not data.decision_needs_password("mhughes")
    other = request_authorisation(db, "C-NC", "dowen", Channel.PHONE, "Me too")
    assert data.latest_request("C-NC", "dowen", Channel.PHONE).id == other.id


def test_a_team_leader_decides_by_keyboard(qtbot, one_database):
    db, _agent, leader = one_database
    from agent_desktop.services.approvals import request_authorisation

    board = leader.screens[TEAM_BOARD_DESK.key]
    leader.show()
    qtbot.waitExposed(leader)
    leader.activateWindow()
    leader.show_team_board()
    panel = board.requests
    qtbot.waitUntil(lambda: panel.team_id is not None, timeout=WAIT_MS)
    assert panel.table.isHidden()  # none waiting: the count says so, the list takes no room
    asked = request_authorisation(db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding")
    leader.broadcast(Changes(requests=frozenset({"C-NC"})))  # as the window hears of it
    qtbot.waitUntil(lambda: len(panel.requests) == 1, timeout=WAIT_MS)
    assert panel.table.isVisible()
    assert panel.table.item(0, 5).text() == "just now"
    later = asked.requested_at + timedelta(minutes=7)
    board.requests._clock = lambda: later
    panel._ages.timeout.emit()  # the minute's rewording, with no read
    assert panel.table.item(0, 5).text() == "7 minute(s)"
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.table, Qt.Key.Key_R, ctrl_shift)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible() and not dialog.approve
    qtbot.keyClicks(dialog.reason, "Letters only, as decided")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pending_requests(db) == [], timeout=WAIT_MS)
    from agent_desktop.services.approvals import authorisation_request

    refused = authorisation_request(db, asked.id)
    assert (refused.status, refused.decided_by, refused.decision_reason) == (
        "refused",
        "mhughes",
        "Letters only, as decided",
    )
    qtbot.waitUntil(lambda: panel.count.text() == "No requests waiting", timeout=WAIT_MS)
