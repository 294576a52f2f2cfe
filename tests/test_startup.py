"""Start-up pays only for what it uses (benchmarks/bench_startup.py has the times).

Each check runs in a fresh interpreter and looks at sys.modules, so it holds without timing
anything: `--help` loads neither SQLAlchemy nor Alembic (nor the holiday and phone-number
libraries, nor Qt), and opening a database that is already current loads no Alembic.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory

from agent_desktop.services.database import open_database
from agent_desktop.store.engine import DatabaseUnusable, make_engine
from agent_desktop.store.migrate import (
    alembic_config,
    current_revision,
    ensure_current,
    head_revision,
    known_revisions,
    upgrade,
)

HEAVY = ("sqlalchemy", "alembic", "phonenumbers", "holidays", "PySide6")

# Runs the command line, then prints which of HEAVY it loaded.
LOADED_BY_CLI = (
    "import io, json, sys, contextlib\n"
    "from agent_desktop.cli import main\n"
    "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
    "    try:\n"
    "        code = main(sys.argv[1:])\n"
    "    except SystemExit as exc:\n"
    "        code = exc.code\n"
    f"print(json.dumps([code, sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})]))\n"
)


def _window_env(tmp_path) -> dict:
    """A window process's environment: offscreen, its own folders, no central server."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_DESKTOP_DATA_DIR": str(tmp_path / "data"),
        "AGENT_DESKTOP_CONFIG_DIR": str(tmp_path / "config"),
    }
    env.pop("AGENT_DESKTOP_DATABASE_URL", None)
    return env


def loaded(*argv: str, env=None) -> tuple[int, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BY_CLI, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    return code, modules


def test_importing_the_command_line_loads_nothing_heavy():
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, agent_desktop.cli\n"
            f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["check", "--help"], ["db", "upgrade", "--help"], ["no-such-command"]],
    ids=" ".join,
)
def test_help_and_usage_errors_load_neither_sqlalchemy_nor_alembic(argv):
    code, modules = loaded(*argv)
    assert code in (0, 2)
    assert modules == []


def test_a_bad_argument_is_refused_without_sqlalchemy():
    code, modules = loaded("due", "--kind", "callback", "--received", "x\x01")
    assert code == 2
    assert "sqlalchemy" not in modules


def test_check_loads_neither_qt_nor_the_holiday_library_nor_keyring(tmp_path):
    """`check` decides with the rules and the office calendar: this year's bank holidays come
    from the table in domain/bank_holidays.py, not from the holidays library."""
    from agent_desktop.services.seed import seed

    url = f"sqlite:///{tmp_path / 'check.sqlite3'}"
    db = open_database(url)
    seed(db, 3)
    with db.engine.connect() as conn:
        customer = conn.exec_driver_sql("SELECT ref FROM customers LIMIT 1").scalar_one()
        staff = conn.exec_driver_sql("SELECT username FROM staff LIMIT 1").scalar_one()
    db.dispose()
    script = LOADED_BY_CLI.replace(
        f"{set(HEAVY)!r}", repr({"holidays", "PySide6", "keyring", "alembic", "sqlalchemy"})
    )
    argv = ["check", "--database", url, "--customer", customer, "--staff", staff]
    done = subprocess.run(
        [sys.executable, "-c", script, *argv, "--channel", "email"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    code, modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert code in (0, 1)  # allowed or refused: the rules ran
    assert modules == ["sqlalchemy"]


def test_the_office_calendar_reads_this_years_bank_holidays_without_the_library():
    script = (
        "import sys\n"
        "from datetime import datetime\n"
        "from agent_desktop.domain.calendar import OfficeCalendar, ServiceLevel\n"
        "office = OfficeCalendar(region='SCT')\n"
        "print(office.due(ServiceLevel.EMAIL_REPLY, datetime.now().astimezone()).isoformat())\n"
        "print('holidays' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split()[-1] == "False"


def test_the_window_starts_without_the_holiday_library_keyring_or_alembic(tmp_path):
    """The demo window (embedded database, already made) opens, loads the queue and a card
    without loading what it does not show: the holidays library, the credential store's
    keyring (no central server is configured), Alembic (the database is current)."""
    script = (
        "import sys\n"
        "from agent_desktop.cli import main\n"
        "code = main(['--demo', '--self-test'])\n"
        "print(code, sorted(m for m in ('holidays', 'keyring', 'alembic') if m in sys.modules))\n"
    )
    env = _window_env(tmp_path)
    first = subprocess.run(  # makes and seeds the demo database
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert first.returncode == 0, first.stderr
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"


def test_opening_a_current_database_loads_no_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    open_database(url).dispose()  # made and migrated here
    script = (
        "import sys\n"
        "from agent_desktop.services.database import open_database\n"
        f"open_database({url!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"


def test_the_revisions_read_from_the_files_are_alembics():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_an_older_database_is_still_migrated_and_a_new_one_made(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    assert current_revision(engine) is None
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    ensure_current(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_a_database_with_an_empty_version_table_is_migrated(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty_version.sqlite3'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    ensure_current(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


@pytest.mark.parametrize(
    "setup",
    [
        [
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
            "INSERT INTO alembic_version VALUES ('not-ours')",
        ],
        ["CREATE TABLE invoices (id INTEGER PRIMARY KEY)"],
    ],
    ids=["unknown revision", "another application's table"],
)
def test_only_an_empty_database_or_one_of_ours_is_migrated(tmp_path, setup):
    engine = make_engine(f"sqlite:///{tmp_path / 'foreign.sqlite3'}")
    with engine.begin() as conn:
        for statement in setup:
            conn.exec_driver_sql(statement)
    with pytest.raises(DatabaseUnusable):
        ensure_current(engine)
    with engine.connect() as conn:
        tables = set(
            conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
        )
    assert "customers" not in tables  # nothing was migrated
    engine.dispose()


def test_a_second_window_hands_over_without_opening_the_database(tmp_path):
    """A start while a window is open exits at the single-instance check: the window is not
    built, and the database is neither opened nor made. (The data layers are imported before
    Qt on purpose: see app.load_data_layers.)"""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from agent_desktop.pop import pop_server_name\n"
        "from agent_desktop.ui.single_instance import SingleInstance\n"
        "first = SingleInstance(pop_server_name(), app)\n"
        "assert first.listen()\n"
        "from agent_desktop.cli import main\n"
        "code = main(['--demo'])\n"
        "first.close()\n"
        "print(code, sorted(m for m in ('agent_desktop.ui.main_window',"
        " 'agent_desktop.ui.desk_session') if m in sys.modules))\n"
    )
    env = _window_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "already open" in done.stderr
    assert done.stdout.strip() == "0 []"
    made = [p.name for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert not [name for name in made if "sqlite" in name], made


def test_the_window_starts_with_no_sql_on_the_gui_thread(tmp_path):
    """Opening, seeding, signing in and the first loads all run on workers: the GUI thread
    stays free to paint the window meanwhile."""
    script = (
        "import sys, threading\n"
        "from sqlalchemy import event\n"
        "from sqlalchemy.engine import Engine\n"
        "on_gui = []\n"
        "def seen(conn, cursor, statement, *args):\n"
        "    if threading.current_thread() is threading.main_thread():\n"
        "        on_gui.append(' '.join(statement.split())[:60])\n"
        "event.listen(Engine, 'before_cursor_execute', seen)\n"
        "from agent_desktop.cli import main\n"
        "code = main(['--demo', '--self-test'])\n"
        "print(code, on_gui)\n"
    )
    env = _window_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 []"


# Runs the command line, noting which data layers were loaded when Qt was first imported.
LOADED_BEFORE_QT = (
    "import json, sys\n"
    "LAYERS = ('sqlalchemy', 'agent_desktop.store.schema', 'agent_desktop.services.gateway',"
    " 'psycopg', 'agent_desktop.sync.replica')\n"
    "seen = {}\n"
    "class Watch:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name == 'PySide6' and not seen:\n"
    "            seen.update({m: m in sys.modules for m in LAYERS})\n"
    "sys.meta_path.insert(0, Watch())\n"
    "from agent_desktop.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print(json.dumps([code, sorted(m for m, loaded in seen.items() if loaded)]))\n"
)


@pytest.mark.parametrize(
    ("argv", "exit_code", "before_qt"),
    [
        (
            ["--demo", "--self-test"],
            0,
            ["agent_desktop.services.gateway", "agent_desktop.store.schema", "sqlalchemy"],
        ),
        (
            ["--database", "postgresql://nobody@127.0.0.1:1/none", "--self-test"],
            3,  # nothing listens on port 1: the database cannot be reached
            [
                "agent_desktop.services.gateway",
                "agent_desktop.store.schema",
                "agent_desktop.sync.replica",
                "psycopg",
                "sqlalchemy",
            ],
        ),
    ],
    ids=["embedded", "central"],
)
def test_the_window_loads_its_data_layers_before_qt(tmp_path, argv, exit_code, before_qt):
    """Once PySide6 is imported it reads the source of every module imported after it, so the
    window's start imports the database layers (and, for a central server, the driver and the
    replica) first."""
    env = _window_env(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BEFORE_QT, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [exit_code, before_qt], done.stderr
