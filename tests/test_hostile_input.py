"""Hostile input through the command line: every document and argument gets exit 2 (or 3, for
a database that cannot be used) with one short line naming what is wrong, never an internal
error (70) or a traceback, in bounded time, and the database is left exactly as it was."""

from __future__ import annotations

import gc
import hashlib
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from agent_desktop.cli import main
from tests.hostile_corpus import FILE, HOSTILE, generated, stored

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"
MAX_ERROR = 2000
MAX_SECONDS = 10


def run(capsys, *argv: str) -> tuple[int | str, str, str, float]:
    started = time.monotonic()
    try:
        code = main(list(argv))
    except Exception as exc:  # reported as a failure below, so every input is tried
        code = f"raised {type(exc).__name__}"
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    return code, out, err, elapsed


def snapshot(url: str) -> dict[str, list[str]]:
    """Every row of every table, as text, in a stable order."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            tables = sorted(inspect(conn).get_table_names())
            return {
                table: sorted(
                    repr(tuple(row)) for row in conn.execute(text(f'SELECT * FROM "{table}"'))
                )
                for table in tables
            }
    finally:
        engine.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_well(code: int | str, out: str, err: str, elapsed: float, field: str) -> list[str]:
    """What is wrong with how a hostile input was refused (nothing, when it was refused well)."""
    problems = []
    if code not in (2, 3):
        problems.append(f"exit {code}" if isinstance(code, int) else code)
    if "Traceback" in err or "internal error" in err:
        problems.append("internal error")
    if len(err) >= MAX_ERROR:
        problems.append(f"{len(err):,}-character error")
    if len(err.strip().splitlines()) != 1:
        problems.append(f"{len(err.strip().splitlines())} error lines")
    if field not in err:
        problems.append(f"does not name {field!r}")
    if out:
        problems.append("printed a result")
    if elapsed > MAX_SECONDS:
        problems.append(f"took {elapsed:.1f} s")
    return problems


def test_the_stored_corpus_is_all_listed_and_its_base_imports(sqlite_url, capsys):
    listed = {name for name, _, _ in stored()}
    on_disk = {p.name for p in HOSTILE.glob("*.json")} - {"base.json", "expected.json"}
    assert listed == on_disk
    code, _, err, _ = run(capsys, "--database", sqlite_url, "import", str(HOSTILE / "base.json"))
    assert code == 0, err


def test_every_hostile_document_is_refused_naming_its_field_and_changes_nothing(
    db_url, tmp_path, capsys
):
    code, _, err, _ = run(capsys, "--database", db_url, "import", str(EXAMPLE))
    assert code == 0, err
    before = snapshot(db_url)
    failures = {}
    for name, path, field in [*stored(), *generated(tmp_path)]:
        field = str(path) if field == FILE else field
        code, out, err, elapsed = run(capsys, "--database", db_url, "import", str(path))
        problems = refused_well(code, out, err, elapsed, field)
        if snapshot(db_url) != before:
            problems.append("changed the database")
            before = snapshot(db_url)
        if problems:
            failures[name] = f"{', '.join(problems)}: {err[:150]!r}"
    assert failures == {}


def test_the_corpus_is_refused_before_a_new_database_is_made(tmp_path, capsys):
    """Into a file that is not there yet: refused, and no stray content left in it."""
    target = tmp_path / "new.sqlite3"
    for name, path, field in stored()[:5]:
        code, out, err, elapsed = run(
            capsys, "--database", f"sqlite:///{target}", "import", str(path)
        )
        assert refused_well(code, out, err, elapsed, field) == [], name
    if target.exists():
        assert all(
            rows == []
            for t, rows in snapshot(f"sqlite:///{target}").items()
            if t != "alembic_version"
        )


# --- arguments ---------------------------------------------------------------------------------

CHECK = ["--customer", "C-20418", "--staff", "dowen", "--channel", "email"]


@pytest.fixture
def loaded(sqlite_url, capsys):
    code, _, err, _ = run(capsys, "--database", sqlite_url, "import", str(EXAMPLE))
    assert code == 0, err
    return sqlite_url


@pytest.mark.parametrize(
    "extra, field",
    [
        (["--at", ""], "--at"),
        (["--at", "   "], "--at"),
        (["--at", "0001-01-01T00:00:00+14:00"], "--at"),
        (["--at", "9999-12-31T23:59:59-12:00"], "--at"),
        (["--at", "9999-12-31T23:59:59+00:00"], "--at"),
        (["--at", "2026-12-01T11:00:00+00:00" + "0" * 100_000], "--at"),
    ],
    ids=["empty", "blank", "before-year-1", "after-9999", "end-of-9999", "huge"],
)
def test_bad_instants_on_the_command_line_are_bad_input(loaded, capsys, extra, field):
    result = run(capsys, "--database", loaded, "check", *CHECK, *extra)
    assert refused_well(*result, field) == []


@pytest.mark.parametrize("received", ["", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"])
def test_bad_received_instants_are_bad_input(loaded, capsys, received):
    result = run(capsys, "--database", loaded, "due", "--kind", "callback", "--received", received)
    assert refused_well(*result, "--received") == []


@pytest.mark.parametrize(
    "option, value",
    [
        ("--customer", "C-20418\x07"),
        ("--customer", "C-\udcff"),  # an undecodable byte in argv
        ("--staff", "dow\x1ben"),
        ("--customer", "C" * 100_000),
    ],
    ids=["bell", "undecodable-byte", "escape", "huge"],
)
def test_text_arguments_that_are_not_text_are_bad_input(loaded, capsys, option, value):
    argv = dict(zip(CHECK[::2], CHECK[1::2], strict=True)) | {option: value}
    flat = [part for pair in argv.items() for part in pair]
    result = run(capsys, "--database", loaded, "check", *flat)
    assert refused_well(*result, option) == []


@pytest.mark.parametrize(
    "url",
    [
        "mysql://someone@127.0.0.1/agent",
        "mysql+pymysql://someone@127.0.0.1/agent",
        "postgresql+psycopg2://postgres@127.0.0.1/agent",
        "oracle://scott@127.0.0.1/agent",
        "not a url",
        "",
    ],
)
@pytest.mark.parametrize(
    "command", [["check", *CHECK], ["import", str(EXAMPLE)], ["db", "upgrade"]]
)
def test_only_sqlite_and_postgresql_urls_are_accepted(capsys, url, command):
    result = run(capsys, "--database", url, *command)
    assert refused_well(*result, "--database") == []


def _text_file(path: Path) -> Path:
    path.write_text("Dear customer,\nthis is a letter, not a database.\n" * 50)
    return path


def _random_bytes(path: Path) -> Path:
    path.write_bytes(os.urandom(8192))
    return path


def _damaged(path: Path) -> Path:
    """A real database of ours, loaded, with pages in its middle overwritten."""
    code = main(["--database", f"sqlite:///{path}", "import", str(EXAMPLE)])
    assert code == 0
    gc.collect()  # closes the command's own connections, which hold the file
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    engine.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page * 2, len(data) - page, page * 3):
        data[start : start + page] = os.urandom(page)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("make", [_text_file, _random_bytes, _damaged])
@pytest.mark.parametrize(
    "command",
    [["check", *CHECK, "--at", "2026-12-01T11:00:00+00:00"], ["import", str(EXAMPLE)], ["export"]],
    ids=["check", "import", "export"],
)
def test_a_file_that_is_not_a_usable_sqlite_database_is_named_and_left_alone(
    tmp_path, capsys, make, command
):
    file = make(tmp_path / "db.sqlite3")
    capsys.readouterr()
    before = digest(file)
    result = run(capsys, "--database", f"sqlite:///{file}", *command)
    assert refused_well(*result, str(file)) == []
    assert digest(file) == before


@pytest.mark.parametrize(
    "command", [["check", *CHECK], ["import", str(EXAMPLE)], ["db", "upgrade"]]
)
def test_a_path_under_a_regular_file_is_named(tmp_path, capsys, command):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    result = run(capsys, "--database", f"sqlite:///{blocker}/sub/db.sqlite3", *command)
    assert refused_well(*result, "notes.txt") == []
    assert blocker.read_text() == "not a folder"


# --- another application's database --------------------------------------------------------------


def _foreign_sqlite(path: Path) -> Path:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)")
        conn.exec_driver_sql("INSERT INTO invoices (total) VALUES (12.50), (99.00)")
    engine.dispose()
    return path


def _unknown_revision_sqlite(path: Path) -> Path:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')")
        conn.exec_driver_sql("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    engine.dispose()
    return path


@pytest.mark.parametrize("make", [_foreign_sqlite, _unknown_revision_sqlite])
@pytest.mark.parametrize(
    "command",
    [["check", *CHECK], ["import", str(EXAMPLE)], ["db", "upgrade"], ["export"]],
    ids=["check", "import", "upgrade", "export"],
)
def test_another_applications_sqlite_file_is_refused_and_left_byte_for_byte(
    tmp_path, capsys, make, command
):
    file = make(tmp_path / "accounts.sqlite3")
    before = digest(file)
    result = run(capsys, "--database", f"sqlite:///{file}", *command)
    assert refused_well(*result, str(file)) == []
    assert digest(file) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.sqlite3"]


@pytest.mark.parametrize(
    "setup",
    [
        ["CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)"],
        [
            "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
            "INSERT INTO alembic_version VALUES ('a1b2c3d4e5f6')",
        ],
    ],
    ids=["other-tables", "unknown-revision"],
)
def test_another_applications_postgresql_database_is_refused_and_left_alone(
    empty_pg_url, capsys, setup
):
    engine = create_engine(empty_pg_url)
    with engine.begin() as conn:
        for statement in setup:
            conn.exec_driver_sql(statement)
    engine.dispose()
    before = snapshot(empty_pg_url)
    name = empty_pg_url.rsplit("/", 1)[1]
    for command in (["db", "upgrade"], ["import", str(EXAMPLE)], ["check", *CHECK]):
        result = run(capsys, "--database", empty_pg_url, *command)
        assert refused_well(*result, name) == [], command
    assert snapshot(empty_pg_url) == before


def test_an_empty_postgresql_database_is_still_migrated(empty_pg_url, capsys):
    code, _, err, _ = run(capsys, "--database", empty_pg_url, "db", "upgrade")
    assert code == 0, err
