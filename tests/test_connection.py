"""Connecting to the central server: settings without secrets, the credential store, the dialog.

Real widgets, a real PostgreSQL server and a throwaway login role with a password. The
server's pg_hba.conf trusts 127.0.0.1, so a wrong password would still connect there: the
password's path is proved by the URL handed to open_database carrying it (and connecting),
and the failure path by a port where nothing listens.
"""

from __future__ import annotations

import argparse
import json
import logging
import secrets
import socket
import threading
import uuid
from pathlib import Path
from urllib.parse import quote, quote_plus

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from agent_desktop import app as app_module
from agent_desktop import logs
from agent_desktop.credentials import (
    SERVICE,
    CredentialStore,
    SessionPasswords,
    credential_key,
    hidden,
    make_key,
    scrub,
)
from agent_desktop.paths import config_dir, data_dir, log_dir
from agent_desktop.services import database as database_service
from agent_desktop.settings import (
    ALL,
    CENTRAL_DATABASE,
    CENTRAL_HOST,
    CENTRAL_PORT,
    CENTRAL_TLS_MODE,
    CENTRAL_USERNAME,
    LAST_USER,
    Settings,
    central_url,
)
from agent_desktop.ui import connection_dialog
from agent_desktop.ui.connection_dialog import ConnectionDialog, PasswordPrompt
from agent_desktop.ui.ops import Ops
from tests.conftest import PG_SERVER

#: The test server (AGENT_DESKTOP_TEST_PG, as in conftest), as the settings name it.
HOST = make_url(PG_SERVER).host or "127.0.0.1"
PORT = make_url(PG_SERVER).port or 5432
WAIT = 15_000


# --- credential store backends -----------------------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store in a dict: what a desktop's Secret Service or Keychain would be."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class LockedKeyring(keyring.backend.KeyringBackend):
    """A store that looks usable but refuses every operation (a locked or broken one)."""

    priority = 1

    def get_password(self, service, username, *password):
        raise keyring.errors.NoKeyringError("locked")

    set_password = delete_password = get_password


@pytest.fixture
def use_keyring():
    """Install a keyring backend for one test and put the previous one back afterwards."""
    previous = keyring.get_keyring()

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(use_keyring) -> MemoryKeyring:
    return use_keyring(MemoryKeyring())


@pytest.fixture
def no_keyring(use_keyring):
    return use_keyring(keyring.backends.fail.Keyring())


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(SessionPasswords())


# --- a real login role on the real server ------------------------------------------------------


def _admin():
    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")


@pytest.fixture
def pg_login(pg_template):
    """A throwaway login role with a password full of URL characters, and a migrated database
    it may use; both dropped afterwards."""
    suffix = uuid.uuid4().hex[:10]
    role, database = f"ad_conn_{suffix}", f"ad_conn_db_{suffix}"
    secret = secrets.token_hex(12)
    password = f"p@ss:w/rd?{secret}#%+"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'"))
        conn.execute(text(f'CREATE DATABASE "{database}" TEMPLATE "{pg_template}"'))
    inside = create_engine(f"{PG_SERVER}/{database}", isolation_level="AUTOCOMMIT")
    with inside.connect() as conn:
        conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT ALL ON ALL TABLES IN SCHEMA public TO "{role}"'))
        conn.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
    inside.dispose()
    yield {"role": role, "database": database, "password": password, "secret": secret}
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    admin.dispose()


def seed_as_owner(pg_login: dict, customers: int) -> None:
    """Demo data loaded by the schema's owner, as an administrator loads history: the database
    checks a login's own outreach against the rules as it happens, and the demo's contacts
    are weeks old."""
    from agent_desktop.services.seed import seed

    owner = database_service.open_database(f"{PG_SERVER}/{pg_login['database']}")
    try:
        seed(owner, customers)
    finally:
        owner.dispose()


def free_port() -> int:
    """A local port where nothing listens, so connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def configure_central(settings: Settings, login: dict, port: int = PORT) -> None:
    settings.set(CENTRAL_HOST, HOST)
    settings.set(CENTRAL_PORT, port)
    settings.set(CENTRAL_DATABASE, login["database"])
    settings.set(CENTRAL_USERNAME, login["role"])
    settings.set(CENTRAL_TLS_MODE, "prefer")


def files_holding(password: str, secret: str) -> list[str]:
    """Every file under the config, data and log folders holding the password in any form."""
    needles = {
        password.encode(),
        password.encode("utf-16-le"),
        quote(password, safe="").encode(),
        quote_plus(password).encode(),
        json.dumps(password)[1:-1].encode(),
        secret.encode(),
        secret.encode("utf-16-le"),
    }
    found = []
    for folder in (config_dir(), data_dir(), log_dir()):
        for path in Path(folder).rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                found += [f"{path}: {needle!r}" for needle in needles if needle in content]
    return found


@pytest.fixture
def fresh_logging(monkeypatch):
    """configure_logging into this test's log folder, then take the handler away again."""
    logger = logging.getLogger("agent_desktop")
    before, level = list(logger.handlers), logger.level
    monkeypatch.setattr(logs, "_configured", False)
    yield logs.configure_logging
    for handler in logger.handlers[:]:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)


# --- settings ------------------------------------------------------------------------------------


def test_central_settings_survive_a_restart_and_hold_no_password(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(path)
    assert settings.get(CENTRAL_HOST) == "" and settings.get(CENTRAL_PORT) == 5432
    assert settings.get(CENTRAL_TLS_MODE) == "prefer"
    settings.set(CENTRAL_HOST, "db.example.org")
    settings.set(CENTRAL_PORT, 6432)
    settings.set(CENTRAL_DATABASE, "contact_centre")
    settings.set(CENTRAL_USERNAME, "sclarke")
    settings.set(CENTRAL_TLS_MODE, "verify-full")
    again = Settings(path)
    assert [
        again.get(s)
        for s in (CENTRAL_HOST, CENTRAL_PORT, CENTRAL_DATABASE, CENTRAL_USERNAME, CENTRAL_TLS_MODE)
    ] == ["db.example.org", 6432, "contact_centre", "sclarke", "verify-full"]
    for bad_setting, bad_value in (
        (CENTRAL_TLS_MODE, "sometimes"),
        (CENTRAL_PORT, 0),
        (CENTRAL_PORT, 70000),
        (CENTRAL_PORT, True),
        (CENTRAL_PORT, "5432"),
    ):
        with pytest.raises(ValueError):
            settings.set(bad_setting, bad_value)


def test_the_setting_registry_has_no_place_for_a_password(tmp_path):
    assert not [
        key
        for key in ALL
        if any(word in key.lower() for word in ("password", "secret", "token", "pass"))
    ]
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"central_host": "h", "central_password": "leaked"}))
    settings = Settings(path)
    settings.set(LAST_USER, "sclarke")  # written whole: unknown keys are dropped
    assert "leaked" not in path.read_text() and "password" not in path.read_text()


def test_central_url_quotes_every_part_and_is_none_without_a_host(tmp_path):
    settings = Settings(tmp_path / "settings.json")
    assert central_url(settings, "anything") is None
    password = "p@ss:w/rd?#%+ é"
    settings.set(CENTRAL_HOST, "db.example.org")
    settings.set(CENTRAL_PORT, 6432)
    settings.set(CENTRAL_DATABASE, "contact centre")
    settings.set(CENTRAL_USERNAME, "s@clarke")
    settings.set(CENTRAL_TLS_MODE, "require")
    url = central_url(settings, password)
    assert url.startswith("postgresql+psycopg://")
    parsed = make_url(url)
    assert parsed.password == password and parsed.username == "s@clarke"
    assert (parsed.host, parsed.port, parsed.database) == ("db.example.org", 6432, "contact centre")
    assert parsed.query == {"sslmode": "require"}
    assert password not in hidden(url) and quote(password, safe="") not in hidden(url)
    assert make_url(central_url(settings, None)).password is None
    assert credential_key(settings) == "s@clarke@db.example.org:6432/contact centre"
    assert scrub(f"x {quote(password, safe='')} y {password}", password) == "x *** y ***"


# --- the credential store ------------------------------------------------------------------------


def test_an_available_store_keeps_the_password_and_no_file_does(
    memory_keyring, credentials, caplog
):
    key = make_key("sclarke", "db.example.org", 5432, "contact_centre")
    password = f"pw-{secrets.token_hex(8)}"
    assert credentials.available()
    with caplog.at_level(logging.DEBUG, logger="agent_desktop"):
        assert credentials.set(key, password) is True
        assert credentials.get(key) == password and credentials.stored(key)
        assert memory_keyring.passwords == {(SERVICE, key): password}
        credentials.delete(key)
        credentials.delete(key)  # twice is fine
    assert credentials.get(key) is None and memory_keyring.passwords == {}
    assert key in caplog.text and password not in caplog.text
    assert files_holding(password, password) == []


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring], ids=["fail", "null"]
)
def test_without_a_usable_store_the_password_lives_in_memory_only(
    use_keyring, credentials, backend
):
    use_keyring(backend())
    key = make_key("sclarke", "db.example.org", 5432, "contact_centre")
    assert not credentials.available()
    assert credentials.set(key, "secret-1") is False
    assert credentials.get(key) is None and not credentials.stored(key)
    credentials.keep_for_session(key, "secret-1")
    assert credentials.get(key) == "secret-1"
    assert "secret-1" not in repr(credentials.session)
    assert CredentialStore(SessionPasswords()).get(key) is None  # the next session asks again
    credentials.delete(key)
    assert credentials.get(key) is None


def test_a_store_that_refuses_makes_set_return_false(use_keyring, credentials):
    use_keyring(LockedKeyring())
    key = make_key("u", "h", 5432, "d")
    assert credentials.set(key, "secret") is False
    assert credentials.get(key) is None
    credentials.delete(key)  # does not raise


# --- the dialog ----------------------------------------------------------------------------------


def make_dialog(qtbot, credentials, settings=None) -> ConnectionDialog:
    dialog = ConnectionDialog(settings or Settings(), credentials, Ops())
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: ConnectionDialog, login: dict, port: int = PORT) -> None:
    dialog.embedded.setChecked(False)
    dialog.host.setText(HOST)
    dialog.port.setValue(port)
    dialog.database.setText(login["database"])
    dialog.username.setText(login["role"])
    dialog.password.setText(login["password"])


def test_dialog_controls_are_named_labelled_and_reachable_by_keyboard(
    qtbot, memory_keyring, credentials
):
    dialog = make_dialog(qtbot, credentials)
    assert dialog.embedded.isChecked()  # nothing configured yet: the embedded database
    assert not dialog.host.isEnabled()
    dialog.embedded.setChecked(False)
    assert dialog.host.isEnabled() and dialog.remember.isEnabled()
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    for widget in (
        dialog.embedded,
        dialog.host,
        dialog.port,
        dialog.database,
        dialog.username,
        dialog.password,
        dialog.tls,
        dialog.remember,
        dialog.test_button,
        dialog.save_button,
        dialog.test_result,
    ):
        assert widget.accessibleName(), widget
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert {
        dialog.host,
        dialog.port,
        dialog.database,
        dialog.username,
        dialog.password,
        dialog.tls,
    } <= buddies
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    texts += [
        dialog.embedded.text(),
        dialog.remember.text(),
        dialog.test_button.text(),
        dialog.save_button.text(),
    ]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts]
    assert all("&" in t for t in texts) and len(mnemonics) == len(set(mnemonics)), texts
    assert [dialog.tls.itemData(i) for i in range(dialog.tls.count())] == [
        "disable",
        "allow",
        "prefer",
        "require",
        "verify-ca",
        "verify-full",
    ]
    # Tab walks the fields in reading order.
    order, widget = [], dialog.embedded
    for _ in range(30):
        order.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [
        dialog.embedded,
        dialog.host,
        dialog.port,
        dialog.database,
        dialog.username,
        dialog.password,
        dialog.tls,
        dialog.remember,
        dialog.test_button,
    ]
    positions = [
        next(i for i, w in enumerate(order) if w is x or x.isAncestorOf(w)) for x in wanted
    ]
    assert positions == sorted(positions)
    # Saving without a host says what is missing and saves nothing.
    dialog.accept()
    assert not dialog.error.isHidden() and dialog.result() != dialog.DialogCode.Accepted


def test_saving_with_remember_puts_the_password_in_the_store_only(
    qtbot, memory_keyring, credentials, pg_login
):
    dialog = make_dialog(qtbot, credentials)
    fill(dialog, pg_login)
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    dialog.remember.setChecked(True)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    settings = Settings()
    key = credential_key(settings)
    assert key == f"{pg_login['role']}@{HOST}:{PORT}/{pg_login['database']}"
    assert settings.get(CENTRAL_TLS_MODE) == "require"
    assert memory_keyring.passwords == {(SERVICE, key): pg_login["password"]}
    assert files_holding(pg_login["password"], pg_login["secret"]) == []
    # Opened again, the dialog shows what was saved; unticking Remember forgets it.
    again = make_dialog(qtbot, credentials)
    assert not again.embedded.isChecked() and again.host.text() == HOST
    assert again.remember.isChecked() and again.password.text() == pg_login["password"]
    again.remember.setChecked(False)
    again.accept()
    assert memory_keyring.passwords == {}
    assert credentials.get(key) == pg_login["password"]  # still known for this session
    # Choosing the embedded database empties the host and keeps nothing else secret.
    third = make_dialog(qtbot, credentials)
    third.embedded.setChecked(True)
    third.accept()
    assert credential_key(Settings()) is None


def test_without_a_store_the_remember_box_is_disabled_and_explained(
    qtbot, no_keyring, credentials, pg_login
):
    dialog = make_dialog(qtbot, credentials)
    dialog.embedded.setChecked(False)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "credential store" in dialog.remember_note.text()
    assert not dialog.remember_note.isHidden()
    assert dialog.remember.accessibleDescription() == dialog.remember_note.text()
    fill(dialog, pg_login)
    dialog.embedded.setChecked(True)
    dialog.embedded.setChecked(False)
    assert not dialog.remember.isEnabled()  # stays disabled with the other fields back
    dialog.accept()
    key = credential_key(Settings())
    assert credentials.get(key) == pg_login["password"]  # this session only
    assert CredentialStore(SessionPasswords()).get(key) is None
    assert files_holding(pg_login["password"], pg_login["secret"]) == []


def test_test_connection_reaches_the_real_server_off_the_gui_thread(
    qtbot, memory_keyring, credentials, pg_login, monkeypatch
):
    threads = []
    real = connection_dialog.try_connect

    def watched(url):
        threads.append(threading.current_thread())
        return real(url)

    monkeypatch.setattr(connection_dialog, "try_connect", watched)
    dialog = make_dialog(qtbot, credentials)
    fill(dialog, pg_login)
    with qtbot.waitSignal(dialog.sig_tested, timeout=WAIT) as tested:
        dialog.test_button.click()
    ok, message = tested.args
    assert ok, message
    assert threads and threads[0] is not threading.main_thread()
    assert "Connected" in message and HOST in message
    assert pg_login["secret"] not in message and dialog.test_result.text() == message
    assert dialog.test_button.isEnabled()


def test_test_connection_failure_says_why_without_the_password(
    qtbot, memory_keyring, credentials, pg_login
):
    dialog = make_dialog(qtbot, credentials)
    fill(dialog, pg_login, port=free_port())
    with qtbot.waitSignal(dialog.sig_tested, timeout=WAIT) as tested:
        dialog.test_button.click()
    ok, message = tested.args
    assert not ok
    assert "Could not connect" in message and HOST in message
    for form in (pg_login["password"], pg_login["secret"], quote(pg_login["password"], safe="")):
        assert form not in message
    assert "***" in message  # the URL is shown with its password hidden


def test_password_prompt_hides_the_password_and_offers_remembering_only_with_a_store(qtbot):
    prompt = PasswordPrompt("u@h:5432/d", can_remember=False)
    qtbot.addWidget(prompt)
    assert prompt.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not prompt.remember.isEnabled() and not prompt.wants_remembering()
    assert "u@h:5432/d" in " ".join(label.text() for label in prompt.findChildren(QLabel))
    assert prompt.findChild(QCheckBox).accessibleName()
    prompt.password_edit.setText("typed")
    assert prompt.password() == "typed"
    able = PasswordPrompt("u@h:5432/d", can_remember=True)
    qtbot.addWidget(able)
    able.remember.setChecked(True)
    assert able.wants_remembering()


# --- start-up ------------------------------------------------------------------------------------


def test_startup_keeps_demo_database_option_environment_and_embedded_default(monkeypatch, tmp_path):
    settings = Settings(tmp_path / "settings.json")

    def args(**given):
        return argparse.Namespace(**{"demo": False, "database": None, **given})

    embedded = f"sqlite:///{data_dir() / 'agent-desktop.sqlite3'}"
    assert app_module.startup_url(args(), settings) == embedded
    settings.set(CENTRAL_HOST, "db.example.org")
    assert app_module.startup_url(args(), settings) is None  # central: needs a password
    assert app_module.startup_url(args(demo=True), settings) == embedded
    assert app_module.startup_url(args(database="sqlite:///x.db"), settings) == "sqlite:///x.db"
    monkeypatch.setenv("AGENT_DESKTOP_DATABASE_URL", "sqlite:///env.db")
    assert app_module.startup_url(args(), settings) == "sqlite:///env.db"


def test_signing_in_leaves_the_password_in_no_file(
    memory_keyring, credentials, pg_login, fresh_logging, monkeypatch
):
    """The key test: sign in to the central server with a remembered password, work, log and
    save settings; then no file in the config, data or log folder holds the password."""
    from agent_desktop.services.session import sign_in, staff_directory

    fresh_logging()
    urls = []
    real_open = database_service.open_database

    def recording_open(url, **kwargs):
        urls.append(url)
        return real_open(url, **kwargs)

    monkeypatch.setattr(database_service, "open_database", recording_open)
    settings = Settings()
    configure_central(settings, pg_login)
    asked = []

    def ask_password(key):
        asked.append(key)
        return pg_login["password"], True

    db = app_module.open_central(
        settings, credentials, ask_password, on_failure=lambda where, reason: pytest.fail(reason)
    )
    try:
        assert asked == [credential_key(settings)]
        assert make_url(urls[-1]).password == pg_login["password"]
        assert make_url(urls[-1]).username == pg_login["role"] and db.kind == "central"
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar_one() == pg_login["role"]
        seed_as_owner(pg_login, 5)
        person = sign_in(db, staff_directory(db)[0].username)
        settings.set(LAST_USER, person.username)
        log = logging.getLogger("agent_desktop.test_connection")
        log.info("signed in as %s on %s", person.username, hidden(db.url))
        log.warning("a warning after sign-in for %s", credential_key(settings))
    finally:
        db.dispose()
    # The next start finds the password in the store and does not ask.
    again = app_module.open_central(
        settings,
        CredentialStore(SessionPasswords()),
        ask_password,
        on_failure=lambda where, reason: pytest.fail(reason),
    )
    again.dispose()
    assert len(asked) == 1
    for handler in logging.getLogger("agent_desktop").handlers:
        handler.flush()
    log_text = (log_dir() / "agent-desktop.log").read_text(encoding="utf-8")
    assert pg_login["role"] in log_text and "signed in as" in log_text
    assert (config_dir() / "settings.json").exists()
    assert memory_keyring.passwords == {(SERVICE, credential_key(settings)): pg_login["password"]}
    assert files_holding(pg_login["password"], pg_login["secret"]) == []


def test_without_a_store_start_up_asks_each_session_and_writes_nothing(
    no_keyring, pg_login, fresh_logging
):
    fresh_logging()
    settings = Settings()
    configure_central(settings, pg_login)
    asked = []

    def ask_password(key):
        asked.append(key)
        return pg_login["password"], True  # asks to remember, but there is no store

    session = CredentialStore(SessionPasswords())
    for _ in range(2):  # the second open in one session does not ask again
        app_module.open_central(settings, session, ask_password, lambda w, r: False).dispose()
    assert len(asked) == 1
    app_module.open_central(
        settings, CredentialStore(SessionPasswords()), ask_password, lambda w, r: False
    ).dispose()
    assert len(asked) == 2  # a new session asks again
    assert files_holding(pg_login["password"], pg_login["secret"]) == []


def test_choosing_to_work_offline_gives_a_database_not_yet_opened(
    memory_keyring, credentials, pg_login
):
    settings = Settings()
    configure_central(settings, pg_login, port=free_port())
    credentials.set(credential_key(settings), pg_login["password"])
    db = app_module.open_central(
        settings,
        credentials,
        lambda key: pytest.fail("asked"),
        on_failure=lambda where, reason: "offline",
    )
    assert db is not None and db.kind == "central" and not db.opened
    db.dispose()


def test_the_unreachable_message_offers_offline_work_only_with_a_replica(qtbot):
    from agent_desktop.ui.connection_dialog import UnreachableMessage

    without = UnreachableMessage("db.example.org", "Connection refused")
    with_replica = UnreachableMessage("db.example.org", "Connection refused", offline_as="dowen")
    qtbot.addWidget(without)
    qtbot.addWidget(with_replica)
    assert without.offline_button is None
    assert with_replica.offline_button.text() == "Work &offline as dowen"
    with_replica.offline_button.click()
    assert with_replica.choice() == UnreachableMessage.OFFLINE


def test_an_unreachable_server_is_reported_without_the_password(
    memory_keyring, credentials, pg_login, fresh_logging
):
    fresh_logging()
    settings = Settings()
    configure_central(settings, pg_login, port=free_port())
    credentials.set(credential_key(settings), pg_login["password"])
    failures = []

    def on_failure(where, reason):
        failures.append((where, reason))
        if len(failures) == 1:  # the user fixes the port in the settings and tries again
            settings.set(CENTRAL_PORT, PORT)
            return True
        return False

    asked = []

    def ask_password(key):
        asked.append(key)
        return pg_login["password"], False

    db = app_module.open_central(settings, credentials, ask_password, on_failure)
    assert db is not None and db.kind == "central"
    db.dispose()
    # The first try used the stored password; the new port is a new key, so it was asked for.
    assert asked == [credential_key(settings)]
    ((where, reason),) = failures
    assert HOST in where and "***" in where
    for text_shown in (where, reason):
        assert pg_login["secret"] not in text_shown
    # Giving up returns None.
    settings.set(CENTRAL_PORT, free_port())
    assert (
        app_module.open_central(
            settings, credentials, lambda key: None, lambda where, reason: False
        )
        is None
    )
    for handler in logging.getLogger("agent_desktop").handlers:
        handler.flush()
    assert "could not be opened" in (log_dir() / "agent-desktop.log").read_text()
    assert files_holding(pg_login["password"], pg_login["secret"]) == []


def test_the_welsh_dialog_keeps_one_mnemonic_per_control(qtbot, qapp, memory_keyring, credentials):
    from PySide6.QtCore import QLocale

    from agent_desktop.ui.i18n import install_language

    locale = QLocale()
    translator = install_language(qapp, "cy")
    try:
        dialog = make_dialog(qtbot, credentials)
        texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
        texts += [
            dialog.embedded.text(),
            dialog.remember.text(),
            dialog.test_button.text(),
            dialog.save_button.text(),
        ]
        mnemonics = [t[t.index("&") + 1].lower() for t in texts]
        assert all("&" in t for t in texts) and len(mnemonics) == len(set(mnemonics)), texts
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_settings_opened_from_the_window_write_through_the_running_settings(
    qtbot, qapp, memory_keyring, credentials, monkeypatch
):
    """Two Settings objects would each write back their own stale copy of the file."""
    from PySide6.QtCore import QTimer

    from agent_desktop.settings import LANGUAGE

    running = Settings()
    monkeypatch.setattr(
        app_module, "_running", {"settings": running, "credentials": credentials, "ops": Ops()}
    )
    seen = []

    def fill_and_save():
        dialog = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, ConnectionDialog) and w.isVisible()
        )
        seen.append(dialog)
        dialog.embedded.setChecked(False)
        dialog.host.setText("db.example.org")
        dialog.database.setText("contact_centre")
        dialog.username.setText("sclarke")
        dialog.password.setText("typed-secret")
        dialog.save_button.click()

    QTimer.singleShot(0, fill_and_save)
    assert app_module.open_connection_settings(None) is True
    assert seen and seen[0].settings is running
    running.set(LANGUAGE, "cy")  # what the window does when the language changes
    reread = Settings()
    assert reread.get(CENTRAL_HOST) == "db.example.org" and reread.get(LANGUAGE) == "cy"
    assert "typed-secret" not in (config_dir() / "settings.json").read_text()


KEYRING_MODULE = '''
import keyring.backend


class Keyring(keyring.backend.KeyringBackend):
    """The system credential store of a desktop, already holding the central password."""

    priority = 1
    passwords = {{({service!r}, {key!r}): {password!r}}}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)
'''


def test_the_desktop_starts_on_the_central_server_and_writes_no_password(tmp_path, pg_login):
    """The whole start-up in its own process: settings name the server, the credential store
    holds the password, the window opens, loads a card and exits; no file holds the password."""
    import os
    import subprocess
    import sys

    settings = Settings()
    configure_central(settings, pg_login)
    seed_as_owner(pg_login, 60)
    store = tmp_path / "system-keyring"  # stands for the operating system's store
    store.mkdir()
    (store / "ad_test_system_keyring.py").write_text(
        KEYRING_MODULE.format(
            service=SERVICE, key=credential_key(settings), password=pg_login["password"]
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(store),
        "PYTHON_KEYRING_BACKEND": "ad_test_system_keyring.Keyring",
    }
    env.pop("AGENT_DESKTOP_DATABASE_URL", None)
    proc = subprocess.run(
        [sys.executable, "-m", "agent_desktop", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert pg_login["secret"] not in proc.stdout + proc.stderr
    assert not (data_dir() / "agent-desktop.sqlite3").exists()  # it did not fall back
    # It read through this desktop's replica, which holds no password either.
    assert len(list((data_dir() / "replicas").glob("*.sqlite3"))) == 1
    assert "opened the central database" in (log_dir() / "agent-desktop.log").read_text()
    assert files_holding(pg_login["password"], pg_login["secret"]) == []


def test_the_unreachable_message_offers_settings_retry_and_quit(qtbot):
    from agent_desktop.ui.connection_dialog import UnreachableMessage

    where = hidden("postgresql+psycopg://u:secret-pw@127.0.0.1:1/d?sslmode=prefer")
    message = UnreachableMessage(where, "Connection refused")
    qtbot.addWidget(message)
    assert "secret-pw" not in message.text() and "127.0.0.1" in message.text()
    assert message.choice() == UnreachableMessage.QUIT  # closed without a choice
    for button, choice in (
        (message.settings_button, UnreachableMessage.SETTINGS),
        (message.retry_button, UnreachableMessage.RETRY),
        (message.quit_button, UnreachableMessage.QUIT),
    ):
        assert button.accessibleName() and "&" in button.text()
        button.click()
        assert message.choice() == choice
