"""A team leader authorises a contact at an agent's desk, with their own login.

On the central database the login that grants an authorisation is who granted it, so a team
leader standing at an agent's desk types their own password into the blocked dialog; it is
used for that one authorisation and kept nowhere. Real widgets, a private PostgreSQL server
that asks for passwords, and the agent's desktop on the agent's own login.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from sqlalchemy import text

from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.store.engine import make_engine
from agent_desktop.store.roles import grant_login
from agent_desktop.sync.desktop import Synced
from agent_desktop.sync.replica import Replica, Scope
from agent_desktop.ui.action_bar import ActionBar
from agent_desktop.ui.ops import Ops
from tests.test_action_bar import WAIT_MS, open_customer, press_blocked
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


@pytest.fixture
def agents_desk(qtbot, centre, tmp_path):
    """sclarke's desktop, signed in with sclarke's own login, and its action bar."""
    central = open_database(_login_url(centre, "sclarke"))
    user = sign_in(central, "sclarke")
    replica_db = open_database(f"sqlite:///{tmp_path / 'replica.sqlite3'}")
    data = Synced(central, replica_db, Replica(replica_db.engine, scope=Scope(user.id, None)))
    data.sync()
    bar = ActionBar(Ops(), data, user)
    qtbot.addWidget(bar)
    bar.show()
    yield bar, data
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    data.dispose()


def _authorise(qtbot, bar, leader: str, password: str | None):
    open_customer(qtbot, bar, "C-NC")
    dialog = press_blocked(qtbot, bar, "phone")
    assert dialog.leader_password is not None
    assert dialog.leader_password.accessibleName() == "Team leader's password"
    qtbot.keyClicks(dialog.leader_username, leader)
    qtbot.keyClicks(dialog.leader_reason, "Safeguarding concern needs a call today")
    if password is not None:
        assert not dialog.authorise_button.isEnabled()  # the password is still to come
        qtbot.keyClicks(dialog.leader_password, password)
    return dialog


def _rows(url: str, sql: str) -> list:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).all()
    finally:
        engine.dispose()


def test_a_team_leader_authorises_at_the_agents_desk_with_their_own_password(
    qtbot, centre, agents_desk, tmp_path
):
    bar, _data = agents_desk
    dialog = _authorise(qtbot, bar, "mhughes", PASSWORDS["mhughes"])
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        dialog.authorise_button.click()
    assert "authorised by mhughes" in bar.status.text()
    owner = centre  # the superuser's own URL, trusted by the server
    [(granted_by, staff, used)] = _rows(
        owner,
        "SELECT g.username, s.username, a.contact_id IS NOT NULL FROM authorisations a "
        "JOIN staff g ON g.id = a.granted_by_id JOIN staff s ON s.id = a.staff_id",
    )
    assert (granted_by, staff, used) == ("mhughes", "sclarke", True)
    [(who, authoriser)] = _rows(
        owner,
        "SELECT s.username, a.username FROM contact_events e JOIN staff s ON s.id = e.staff_id "
        "JOIN staff a ON a.id = e.authorised_by_id",
    )
    assert (who, authoriser) == ("sclarke", "mhughes")
    # The leader's password went to the server and nowhere else.
    for path in Path(tmp_path).rglob("*"):
        if path.is_file():
            assert PASSWORDS["mhughes"].encode() not in path.read_bytes(), path


def test_a_wrong_password_is_refused_in_the_dialog_and_nothing_is_recorded(
    qtbot, centre, agents_desk
):
    bar, _data = agents_desk
    dialog = _authorise(qtbot, bar, "mhughes", "not-the-password")
    dialog.authorise_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.error.text().startswith("Team leader's password: not accepted")
    assert bar.current_dialog is dialog
    assert _rows(centre, "SELECT count(*) FROM contact_events e JOIN customers c "
                         "ON c.id = e.customer_id WHERE c.ref = 'C-NC'") == [(0,)]  # fmt: skip
    assert _rows(centre, "SELECT count(*) FROM authorisations") == [(0,)]


def test_an_agents_own_password_does_not_make_them_a_team_leader(qtbot, centre, agents_desk):
    bar, _data = agents_desk
    # This desktop is sclarke's own login: naming themselves needs no password, and the
    # rules still refuse an agent as authoriser.
    dialog = _authorise(qtbot, bar, "sclarke", None)
    assert dialog.authorise_button.isEnabled()
    dialog.authorise_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    assert "sclarke is not a team leader" in dialog.error.text()
    assert _rows(centre, "SELECT count(*) FROM authorisations") == [(0,)]


def test_a_team_leader_with_no_login_of_their_own_cannot_authorise_here(qtbot, centre, agents_desk):
    bar, data = agents_desk
    owner = make_engine(centre)
    with owner.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (id, username, name, roles, welsh_speaker, active) VALUES "
                "(gen_random_uuid(), 'rboss', 'Rhian Boss', '[\"manager\"]', false, true)"
            )
        )
    owner.dispose()
    data.sync()
    dialog = _authorise(qtbot, bar, "rboss", "anything")
    dialog.authorise_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.error.text() == (
        "Team leader's username: rboss has no login of their own on the central database, "
        "so cannot authorise at this desk."
    )
    assert dialog.leader_username.hasFocus()
