"""The composition root: settings, language, database, sign-in, the window and screen pops."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable

from agent_desktop.paths import database_url, embedded_database_url

DEMO_CUSTOMERS = 300
SELF_TEST_SECONDS = 60

log = logging.getLogger(__name__)


def ensure_demo_data(db) -> None:
    """Fill an empty embedded database with a realistic demo: staff, customers, a queue, and
    office appointments from today."""
    from sqlalchemy import func, select

    from agent_desktop.store.schema import Customer

    with db.unit() as uow:
        existing = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
    if existing == 0:
        from agent_desktop.services.seed import seed

        seed(db, DEMO_CUSTOMERS)
    from datetime import UTC, datetime, time

    from agent_desktop.domain.officetime import first_instant_at
    from agent_desktop.services.seed import demo_visits
    from agent_desktop.store.schema import Appointment

    # The visits desk's diary: booked again whenever the demo has nothing from today on.
    today = first_instant_at(db.calendar.tz, db.calendar.local_date(datetime.now(UTC)), time(0))
    with db.unit() as uow:
        ahead = uow.session.execute(
            select(func.count()).select_from(Appointment).where(Appointment.starts_at >= today)
        ).scalar_one()
    if ahead == 0:
        demo_visits(db)


def _first_agent(db):
    from agent_desktop.domain.values import Role
    from agent_desktop.services.session import staff_directory

    staff = staff_directory(db)
    return next((s for s in staff if Role.AGENT in s.roles), staff[0] if staff else None)


def replica_path(central_url: str, username: str):
    """This desktop's replica of `central_url` for `username`: one file per server and person,
    in the data folder, named by a digest so that neither appears in the file name."""
    import hashlib

    from agent_desktop.paths import data_dir
    from agent_desktop.sync.desktop import server_identity

    where = server_identity(central_url)
    digest = hashlib.sha256(f"{where}\n{username}".encode()).hexdigest()[:20]
    return data_dir() / "replicas" / f"{digest}.sqlite3"


def open_synced(central, user, replica_db=None):
    """The central database with this desktop's replica for `user` (opened here unless given)
    in front of it."""
    from agent_desktop.services.database import open_database
    from agent_desktop.store.engine import sqlite_url
    from agent_desktop.sync.desktop import Synced, server_identity
    from agent_desktop.sync.outbox import left_by_others
    from agent_desktop.sync.replica import Replica, Scope

    path = replica_path(central.url, user.username)
    replica_db = replica_db or open_database(sqlite_url(path))
    replica = Replica(replica_db.engine, scope=Scope(user.id, user.team_id))
    others = left_by_others(path.parent, server_identity(central.url), path)
    return Synced(central, replica_db, replica, others)


def startup_url(args, settings) -> str | None:
    """The database to open: --demo, --database, $AGENT_DESKTOP_DATABASE_URL, else the
    configured central server (None: it needs a password first), else the embedded file."""
    from agent_desktop.credentials import credential_key

    if args.demo:
        return embedded_database_url()
    if args.database or os.environ.get("AGENT_DESKTOP_DATABASE_URL"):
        return database_url(args.database)
    return None if credential_key(settings) is not None else embedded_database_url()


def open_central(
    settings,
    credentials,
    ask_password: Callable[[str], tuple[str, bool] | None],
    on_failure: Callable[[str, str], bool],
    connect=None,
):
    """Open the configured central database; None when the user gives up.

    The password comes from the credential store, else this session's memory, else
    `ask_password(key)`, which returns (password, remember) or None. When the database cannot
    be opened, `on_failure(where, reason)` (where and reason never hold the password) says
    whether to try again, or "offline" to start without it (the Database is then not opened);
    it may change the settings meanwhile, even to the embedded database. `connect(url)` opens
    the database (default: at once, on this thread).
    """
    from agent_desktop.credentials import credential_key, hidden, scrub
    from agent_desktop.domain.values import InvalidInput
    from agent_desktop.services import database as database_service
    from agent_desktop.settings import central_url
    from agent_desktop.store.engine import DatabaseUnreachable, refuses_password

    connect = connect or database_service.open_database
    ask_anyway = False
    while True:
        key = credential_key(settings)
        if key is None:  # switched to the embedded database meanwhile
            return database_service.open_database(embedded_database_url())
        password = None if ask_anyway else credentials.get(key)
        if password is None:
            answer = ask_password(key)
            if answer is None:
                return None
            password, remember = answer
            credentials.keep_for_session(key, password)
            if remember:
                credentials.set(key, password)
        url = central_url(settings, password)
        try:
            db = connect(url)
        except (DatabaseUnreachable, InvalidInput) as exc:
            reason = scrub(str(exc), password)
            log.warning("central database %s could not be opened: %s", key, reason)
            ask_anyway = refuses_password(reason)
            if ask_anyway:
                credentials.session.forget(key)
            decision = on_failure(hidden(url), reason)
            if decision == "offline" and not ask_anyway:
                return database_service.unopened_database(url)
            if not decision:
                return None
        else:
            log.info("opened the central database %s", key)
            return db


def open_offline(central, username: str):
    """Start on this desktop's replica of `central` for `username` while central is away.

    Returns (SignedIn, Synced); raises InvalidInput when this desktop holds no replica for them.
    """
    from agent_desktop.domain.values import InvalidInput
    from agent_desktop.services.database import open_database
    from agent_desktop.services.session import sign_in
    from agent_desktop.store.engine import sqlite_url

    path = replica_path(central.url, username)
    if not username or not path.exists():
        raise InvalidInput(
            "user", f"this desktop holds no copy of the central database for {username!r}"
        )
    replica_db = open_database(sqlite_url(path))
    user = sign_in(replica_db, username)
    central.calendar = replica_db.calendar
    return user, open_synced(central, user, replica_db)


def _open_central_with_dialogs(settings, credentials, ops):
    from PySide6.QtWidgets import QDialog

    from agent_desktop.settings import LAST_USER
    from agent_desktop.ui.connection_dialog import (
        ConnectionDialog,
        PasswordPrompt,
        UnreachableMessage,
    )

    def ask_password(key: str):
        prompt = PasswordPrompt(key, credentials.available())
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return None
        return prompt.password(), prompt.wants_remembering()

    def on_failure(where: str, reason: str) -> bool | str:
        last = settings.get(LAST_USER)
        offline_as = last if last and replica_path(where, last).exists() else None
        message = UnreachableMessage(where, reason, offline_as=offline_as)
        message.exec()
        choice = message.choice()
        if choice == UnreachableMessage.SETTINGS:
            ConnectionDialog(settings, credentials, ops).exec()
            return True
        if choice == UnreachableMessage.OFFLINE:
            return "offline"
        return choice == UnreachableMessage.RETRY

    def connect(url: str):
        from agent_desktop.credentials import hidden
        from agent_desktop.services.database import open_database
        from agent_desktop.ui.busy import BusyWords, run_busy

        return run_busy(ops, BusyWords().connecting(hidden(url)), lambda: open_database(url))

    return open_central(settings, credentials, ask_password, on_failure, connect)


# The running window's settings, credential store and ops, so that a dialog opened later
# writes through the same Settings object (two Settings objects would overwrite each
# other's changes, since each writes the whole file).
_running: dict = {}


def open_connection_settings(parent=None) -> bool:
    """Show the central-server dialog over `parent`; True when the user saved.

    Uses the running application's settings and credential store (fresh ones when none runs).
    The open window keeps its database: the new settings apply at the next start.
    """
    from agent_desktop.credentials import CredentialStore
    from agent_desktop.settings import Settings
    from agent_desktop.ui import connection_dialog

    settings = _running.get("settings") or Settings()
    credentials = _running.get("credentials") or CredentialStore()
    return connection_dialog.open_connection_settings(
        parent, settings=settings, credentials=credentials, ops=_running.get("ops")
    )


def load_data_layers(central: bool) -> None:
    """Import what opens the database and serves the window, none of which is Qt; with
    `central`, the PostgreSQL driver and this desktop's replica too.

    Called before Qt is imported: from then on, PySide6 reads the source of every module
    imported (to see whether it asks for PySide's __feature__ options), which makes loading
    SQLAlchemy and the schema after it take half as long again.
    """
    import agent_desktop.services.database  # noqa: F401
    import agent_desktop.services.gateway  # noqa: F401
    import agent_desktop.services.session  # noqa: F401

    if central:
        import agent_desktop.sync.desktop  # noqa: F401
        import agent_desktop.sync.outbox  # noqa: F401
        import agent_desktop.sync.replica  # noqa: F401

        # Missing, opening the database says so.
        with contextlib.suppress(ImportError):
            import psycopg  # noqa: F401


def run_gui(args) -> int:
    from agent_desktop.settings import LANGUAGE, LAST_USER, Settings

    settings = Settings()
    url = startup_url(args, settings)  # None: the central server, once it has a password
    load_data_layers(central=url is None or not url.startswith("sqlite"))
    from PySide6.QtWidgets import QApplication, QDialog

    from agent_desktop.pop import pop_server_name
    from agent_desktop.ui.i18n import install_language, resolve_language
    from agent_desktop.ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("agent-desktop")
    install_language(app, resolve_language(settings.get(LANGUAGE)))

    # Listen before the slower start-up, so a pop sent meanwhile is not lost: dialogs and
    # waits during start-up run the event loop, and the instance keeps what arrives until the
    # window exists (see deliver_to).
    instance = SingleInstance(pop_server_name(), app)
    if not instance.listen():
        if args.pop is not None:
            return 0 if SingleInstance.send_pop(instance.name, args.pop, 10_000) else 3
        print("agent-desktop: the window is already open", file=sys.stderr)
        return 0
    if args.pop is not None:
        instance.keep(args.pop)

    # The window loads only once this is the one window: a second start (a pop handed to
    # the window already open) exits without building it or opening the database.
    from agent_desktop.credentials import CredentialStore
    from agent_desktop.services.database import open_database
    from agent_desktop.services.session import sign_in
    from agent_desktop.ui.busy import BusyWords, run_busy
    from agent_desktop.ui.desk_session import DeskSession
    from agent_desktop.ui.main_window import MainWindow
    from agent_desktop.ui.ops import Ops
    from agent_desktop.ui.sign_in import SignInDialog

    ops = Ops(parent=app)
    credentials = CredentialStore()
    _running.update(settings=settings, credentials=credentials, ops=ops)
    words = BusyWords()
    if url is not None:
        db = run_busy(ops, words.opening(), lambda: open_database(url))
    else:
        db = _open_central_with_dialogs(settings, credentials, ops)
        if db is None:
            instance.close()
            return 0
    if args.demo:
        run_busy(ops, words.demo(), lambda: ensure_demo_data(db))
    own_login = None
    if not db.opened:  # the central database is away: work on from this desktop's replica
        last = settings.get(LAST_USER)
        user, data = run_busy(ops, words.replica(), lambda: open_offline(db, last))
    else:
        from agent_desktop.services.session import signed_in_by_login

        own_login = (
            run_busy(ops, words.opening(), lambda: signed_in_by_login(db))
            if db.kind == "central" and not args.user
            else None
        )
        if args.user:
            user = run_busy(ops, words.opening(), lambda: sign_in(db, args.user))
        elif own_login is not None:  # the database login is this member of staff's own
            user = own_login
        elif args.self_test:
            user = run_busy(ops, words.opening(), lambda: _first_agent(db))
            if user is None:
                print("agent-desktop: self-test failed: no staff to sign in", file=sys.stderr)
                return 1
        else:
            dialog = SignInDialog(ops, db, settings.get(LAST_USER))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
                db.dispose()
                return 0
            user = dialog.signed_in
        settings.set(LAST_USER, user.username)
        data = run_busy(ops, words.replica(), lambda: _data_for(db, user))
    window = MainWindow(data, user, ops)
    desk = DeskSession(
        window,
        db,
        ops,
        settings,
        credentials,
        open_data=_data_for,
        quit=app.quit,
        own_logins=own_login is not None,
    )
    window.sig_language_chosen.connect(lambda language: settings.set(LANGUAGE, language))
    window.sig_connection_settings_requested.connect(lambda: open_connection_settings(window))
    # The window's own slot, not a panel's: the panels are built again when the language or
    # the person signed in changes.
    instance.deliver_to(window.show_pop)
    window.show()
    outcome = {"code": 0}
    if args.self_test:
        _arm_self_test(app, window, outcome)
    desk.start(data, user)
    code = app.exec()
    instance.close()
    # Work still in flight finishes before the database it uses goes away.
    desk.end()
    return outcome["code"] or code


def _data_for(db, user):
    """What the window reads and writes for `user`: on a central database, this desktop's
    replica for them in front of it; the embedded database is the whole thing."""
    from agent_desktop.services.gateway import Local

    return open_synced(db, user) if db.kind == "central" else Local(db)


def _arm_self_test(app, window, outcome: dict) -> None:
    """Open the window, load the queue, then a customer's card, and quit: 0 only if both worked."""
    from PySide6.QtCore import QTimer

    def failed(message: str) -> None:
        print(f"agent-desktop: self-test failed: {message}", file=sys.stderr)
        outcome["code"] = 1
        app.quit()

    def queue_loaded(count: int) -> None:
        ids = window.queue.model.ids()[:1] if count else []
        if not ids:
            failed("the work queue is empty")
            return
        window.ops.run(
            lambda: window.data.queue_rows(ids),
            lambda rows: window.open_customer(rows[ids[0]].customer_ref),
            lambda exc: failed(str(exc)),
        )

    window.sig_queue_loaded.connect(queue_loaded)
    window.sig_card_shown.connect(lambda _ref: app.quit())
    window.sig_load_failed.connect(failed)
    QTimer.singleShot(
        SELF_TEST_SECONDS * 1000, lambda: failed(f"nothing loaded within {SELF_TEST_SECONDS} s")
    )
