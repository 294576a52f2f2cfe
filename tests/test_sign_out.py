"""Signing out and someone else signing in, without the application restarting.

Real widgets (the real SignInDialog driven as a person would), real databases, the real
thread pool, a real pop server; on the central server, real replicas and the real sync.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

from agent_desktop import app as app_module
from agent_desktop.credentials import CredentialStore, SessionPasswords
from agent_desktop.services.database import open_database
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.services.work_queue import queue_snapshot
from agent_desktop.settings import LAST_USER, Settings
from agent_desktop.ui.desk_session import DeskSession
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.queue_panel import QueuePanel
from agent_desktop.ui.sign_in import SignInDialog
from agent_desktop.ui.single_instance import SingleInstance, server_name
from tests.test_database_roles import drop_login

WAIT = 15_000


class Desk:
    """A window with its session, as app.run_gui puts them together."""

    def __init__(self, qtbot, db, data, user, folder):
        self.ops = Ops()
        self.settings = Settings()
        self.quits: list[int] = []
        self.window = MainWindow(data, user, self.ops)
        qtbot.addWidget(self.window)
        self.session = DeskSession(
            self.window,
            db,
            self.ops,
            self.settings,
            CredentialStore(SessionPasswords()),
            open_data=app_module._data_for,
            quit=lambda: self.quits.append(1),
        )
        self.instance = SingleInstance(server_name(folder, f"desk-{uuid.uuid4().hex[:8]}"))
        assert self.instance.listen()
        self.instance.deliver_to(self.window.show_pop)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.session.start(data, user)

    def close(self):
        self.instance.close()
        self.session.end()


def choose_at_sign_in(qtbot, qapp, name: str | None, seen: list, meanwhile=None) -> None:
    """When the sign-in list appears, type `name` and press Enter (None: press Cancel);
    `meanwhile()` runs first, while the list is on screen."""

    def act():
        dialogs = [
            w for w in qapp.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, act)
            return
        dialog = dialogs[0]
        seen.append(dialog)
        if meanwhile is not None:
            meanwhile()
        if name is None:
            dialog.buttons.rejected.emit()
            return
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() > 1, timeout=WAIT)
        qtbot.keyClicks(dialog.search, name)
        assert dialog.proxy.rowCount() == 1
        dialog.search.returnPressed.emit()

    QTimer.singleShot(0, act)


def sign_out_action(window) -> QAction:
    return next(
        a
        for a in window.findChildren(QAction)
        if [s.toString() for s in a.shortcuts()] == ["Ctrl+Shift+O"]
    )


def on_screen(window) -> str:
    """Every text the window shows now, in one string."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            parts.append(widget.text())
    parts += [e.text() for e in window.findChildren(QLineEdit) if e.isVisibleTo(window)]
    return "\n".join(parts)


def a_caller(db, not_ref: str) -> tuple[str, str]:
    """(number, reference) of a customer, other than `not_ref`, who alone has that number."""
    from sqlalchemy import func, select

    from agent_desktop.store.schema import Customer, CustomerPhone

    with db.unit() as uow:
        unique = (
            select(CustomerPhone.e164)
            .group_by(CustomerPhone.e164)
            .having(func.count() == 1)
            .scalar_subquery()
        )
        return tuple(
            uow.session.execute(
                select(CustomerPhone.e164, Customer.ref)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.e164.in_(unique), Customer.ref != not_ref)
                .order_by(Customer.ref)
                .limit(1)
            ).one()
        )


def pop(qtbot, desk, number: str, ref: str) -> None:
    answer = {}
    with qtbot.waitSignal(
        desk.window.sig_card_shown, timeout=WAIT, check_params_cb=lambda shown: shown == ref
    ):
        thread = threading.Thread(
            target=lambda: answer.update(ok=SingleInstance.send_pop(desk.instance.name, number))
        )
        thread.start()
    thread.join(WAIT / 1000)
    assert answer["ok"]


def test_signing_out_and_in_as_someone_else_on_the_embedded_database(
    qtbot, qapp, sqlite_url, tmp_path
):
    db = open_database(sqlite_url)
    seed(db, 120)
    disposed = []
    real_dispose = db.engine.dispose
    db.engine.dispose = lambda *a, **k: (disposed.append(1), real_dispose(*a, **k))
    desk = Desk(qtbot, db, db, sign_in(db, "sclarke"), tmp_path)
    window = desk.window
    try:
        qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=WAIT)
        before = window.queue.model.ids()
        with qtbot.waitSignal(window.sig_card_shown, timeout=WAIT) as shown:
            window.queue.table.activated.emit(window.queue.model.index(0, 0))
        ref = shown.args[0]
        name = window.card.card.name
        window.find.set_query(name.split()[-1])
        assert ref in on_screen(window) and name in on_screen(window)

        seen: list = []
        choose_at_sign_in(qtbot, qapp, "Chloe Thompson", seen)
        sign_out_action(window).trigger()
        qtbot.waitUntil(
            lambda: window.user is not None and window.user.username == "cthompson", timeout=WAIT
        )
        assert seen and seen[0].parent() is window
        assert disposed  # the previous person's connections were closed

        # The window is the new person's: title, status bar, queue.
        assert window.windowTitle().endswith("Chloe Thompson")
        assert "Chloe Thompson (cthompson)" in window.who_label.text()
        qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=WAIT)
        user = sign_in(db, "cthompson")
        expected = queue_snapshot(db, user, QueuePanel.DEFAULT_FILTERS, "", datetime.now(UTC)).ids
        assert window.queue.model.ids() == expected and expected != before
        # Nothing of the previous customer is left on screen.
        assert window.card.current_ref is None and window.actions_bar.customer is None
        assert window.find.query() == ""
        shown_now = on_screen(window)
        assert ref not in shown_now and name not in shown_now
        assert desk.settings.get(LAST_USER) == "cthompson"
        assert desk.quits == []

        # The telephony's pops reach the new window.
        number, other = a_caller(db, ref)
        pop(qtbot, desk, number, other)
        assert window.card.current_ref == other
    finally:
        desk.close()
        db.dispose()


def test_cancelling_the_sign_in_quits_instead_of_going_back(qtbot, qapp, sqlite_url, tmp_path):
    db = open_database(sqlite_url)
    seed(db, 20)
    desk = Desk(qtbot, db, db, sign_in(db, "sclarke"), tmp_path)
    try:
        qtbot.waitUntil(lambda: desk.window.queue.model.rowCount() > 0, timeout=WAIT)
        choose_at_sign_in(qtbot, qapp, None, [])
        desk.session.sign_out()
        assert desk.quits == [1]
        assert not desk.window.signed_in and desk.session.data is None
        assert "Sarah Clarke" not in on_screen(desk.window)
    finally:
        desk.close()
        db.dispose()


def test_a_pop_while_nobody_is_signed_in_is_shown_to_whoever_signs_in_next(
    qtbot, qapp, sqlite_url, tmp_path
):
    """The caller may still be on the line when the next agent has signed in."""
    db = open_database(sqlite_url)
    seed(db, 40)
    desk = Desk(qtbot, db, db, sign_in(db, "sclarke"), tmp_path)
    number, caller = a_caller(db, "")
    delivered = {}

    def pop_now():
        delivered["ok"] = SingleInstance.send_pop(desk.instance.name, number, 5000)

    try:
        qtbot.waitUntil(lambda: desk.window.queue.model.rowCount() > 0, timeout=WAIT)
        sender = threading.Thread(target=pop_now)
        choose_at_sign_in(
            qtbot,
            qapp,
            "Chloe Thompson",
            [],
            meanwhile=lambda: (
                sender.start(),
                qtbot.waitUntil(lambda: "ok" in delivered, timeout=WAIT),
            ),
        )
        with qtbot.waitSignal(
            desk.window.sig_card_shown, timeout=WAIT, check_params_cb=lambda ref: ref == caller
        ):
            desk.session.sign_out()
        assert delivered["ok"] and desk.window.user.username == "cthompson"
        assert desk.window.card.current_ref == caller
    finally:
        desk.close()
        db.dispose()


@pytest.mark.parametrize("confirm", [False, True])
def test_a_call_being_timed_is_confirmed_before_signing_out(
    qtbot, qapp, sqlite_url, tmp_path, monkeypatch, confirm
):
    db = open_database(sqlite_url)
    seed(db, 20)
    desk = Desk(qtbot, db, db, sign_in(db, "sclarke"), tmp_path)
    asked = []
    monkeypatch.setattr(
        DeskSession, "confirm_during_call", lambda self, seconds: asked.append(seconds) or confirm
    )
    try:
        desk.window.actions_bar.timer.start(5)
        if confirm:
            choose_at_sign_in(qtbot, qapp, "Chloe Thompson", [])
        desk.session.sign_out()
        assert len(asked) == 1
        username = desk.window.user.username
        assert username == ("cthompson" if confirm else "sclarke")
        assert desk.window.actions_bar.timer.running is not confirm
    finally:
        desk.close()
        db.dispose()


def test_on_the_central_server_the_replica_and_sync_are_the_next_persons(
    qtbot, qapp, central_url, tmp_path
):
    central = open_database(central_url)
    first = sign_in(central, "sclarke")
    data = app_module.open_synced(central, first)
    desk = Desk(qtbot, central, data, first, tmp_path)
    window = desk.window
    try:
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=WAIT)
        old_controller, old_replica = desk.session.controller, data.replica_db
        listener = old_controller._listener
        replica_disposed = []
        real_dispose = old_replica.engine.dispose
        old_replica.engine.dispose = lambda *a, **k: (
            replica_disposed.append(1),
            real_dispose(*a, **k),
        )
        window.open_customer("C-17702")
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=WAIT)

        choose_at_sign_in(qtbot, qapp, "Dafydd Owen", [])
        sign_out_action(window).trigger()
        qtbot.waitUntil(
            lambda: window.user is not None and window.user.username == "dowen", timeout=WAIT
        )
        assert replica_disposed and not listener._thread.is_alive()
        new = desk.session.data
        assert new is not data and new.replica_db.url != old_replica.url
        assert desk.session.controller is not old_controller and window.sync is not None
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=WAIT)
        assert window.queue.user.username == "dowen" and window.queue.data is new
        expected = queue_snapshot(
            new.replica_db,
            sign_in(new.replica_db, "dowen"),
            QueuePanel.DEFAULT_FILTERS,
            "",
            datetime.now(UTC),
        ).ids
        assert window.queue.model.ids() == expected
        assert window.card.current_ref is None and "C-17702" not in on_screen(window)
        assert "Dafydd Owen (dowen)" in window.who_label.text()
        pop(qtbot, desk, "+441792555123", "C-17702")
    finally:
        desk.close()
        central.dispose()


@pytest.fixture
def own_logins(central_url):
    """Two members of staff, each with a database login of their own named after them."""
    import psycopg
    from sqlalchemy.engine import make_url

    from agent_desktop.store.engine import make_engine
    from agent_desktop.store.roles import grant_login
    from agent_desktop.store.schema import Staff, Team

    run = uuid.uuid4().hex[:8]
    people = {f"ad_{run}_sjones": "Siân Jones", f"ad_{run}_bwyn": "Bryn Wyn"}
    db = open_database(central_url)
    with db.unit(write=True) as uow:
        from sqlalchemy import select

        team = uow.session.execute(select(Team).where(Team.name == "Casework South")).scalar_one()
        for username, name in people.items():
            uow.session.add(Staff(username=username, name=name, roles=["agent"], team_id=team.id))
        uow.commit()
    db.dispose()
    engine = make_engine(central_url)
    for username in people:
        grant_login(engine, username, ["agent"])
    engine.dispose()
    yield list(people)
    parsed = make_url(central_url)
    with psycopg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        dbname=parsed.database,
        user=parsed.username,
        autocommit=True,
    ) as conn:
        for username in people:
            drop_login(conn, username)


def test_with_logins_of_their_own_the_next_person_signs_in_with_theirs(
    qtbot, qapp, central_url, own_logins, tmp_path
):
    """The prompt asks the next person's database user name and password; a wrong one is
    asked again; the password lives in memory only and goes when they sign out."""
    from sqlalchemy.engine import make_url

    from agent_desktop.credentials import credential_key
    from agent_desktop.services.session import signed_in_by_login
    from agent_desktop.settings import (
        CENTRAL_DATABASE,
        CENTRAL_HOST,
        CENTRAL_PORT,
        CENTRAL_USERNAME,
    )
    from agent_desktop.ui.desk_session import OwnLoginPrompt
    from tests.test_connection import files_holding

    first, second = own_logins
    parsed = make_url(central_url)
    settings = Settings()
    settings.set(CENTRAL_HOST, parsed.host)
    settings.set(CENTRAL_PORT, parsed.port or 5432)
    settings.set(CENTRAL_DATABASE, parsed.database)
    settings.set(CENTRAL_USERNAME, first)
    credentials = CredentialStore(SessionPasswords())
    first_key = credential_key(settings)
    credentials.keep_for_session(first_key, "first-secret-4711")  # as start-up keeps it
    central = open_database(
        make_url(central_url).set(username=first).render_as_string(hide_password=False)
    )
    user = signed_in_by_login(central)
    assert user is not None and user.username == first
    data = app_module.open_synced(central, user)
    ops, quits = Ops(), []
    window = MainWindow(data, user, ops)
    qtbot.addWidget(window)
    session = DeskSession(
        window,
        central,
        ops,
        settings,
        credentials,
        open_data=app_module._data_for,
        quit=lambda: quits.append(1),
        own_logins=True,
    )
    window.show()
    session.start(data, user)
    prompts: list = []
    answers = iter([("nobody_" + uuid.uuid4().hex[:6], "wrong"), (second, "second-secret-0815")])

    def answer():
        dialogs = [
            w for w in qapp.topLevelWidgets() if isinstance(w, OwnLoginPrompt) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        prompt = dialogs[0]
        prompts.append((prompt.username.text(), prompt.error.isVisible(), prompt.error.text()))
        username, password = next(answers)
        prompt.username.setText(username)
        prompt.password.setText(password)
        prompt.buttons.accepted.emit()
        if len(prompts) < 2:
            QTimer.singleShot(20, answer)

    try:
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=WAIT)
        QTimer.singleShot(0, answer)
        session.sign_out()
        assert [p[1] for p in prompts] == [False, True]  # the wrong login was asked again
        assert "second-secret" not in prompts[1][2]
        assert window.user.username == second and session.db is not central
        assert session.db.engine.url.username == second
        assert f"({second})" in window.who_label.text()
        assert settings.get(CENTRAL_USERNAME) == second
        assert credentials.session.get(first_key) is None  # the first person's is forgotten
        assert credentials.session.get(credential_key(settings)) == "second-secret-0815"
        assert files_holding("second-secret-0815", "second-secret-0815") == []
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=WAIT)
        assert quits == []
    finally:
        session.end()
        central.dispose()
