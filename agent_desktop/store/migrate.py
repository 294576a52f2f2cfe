"""Bringing a database's schema to the newest migration, on SQLite and PostgreSQL.

Only an empty database, or one of ours (its alembic_version at a revision we know), is
migrated. Anything else (another application's tables, or a revision this version does not
know) is refused with DatabaseUnusable, before anything is written: on SQLite, the file is
read with a plain connection first, since even the engine's first connection changes a file
(it switches the journal to WAL).

Opening a database that is already current costs one query (`SELECT version_num FROM
alembic_version`) and no Alembic at all: the revisions are read from the migration files'
`revision` and `down_revision` lines, and Alembic (about 150 ms to import, every dialect
included) is loaded only when a migration actually runs.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from agent_desktop.store.engine import DatabaseUnreachable, DatabaseUnusable

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works; it keeps two desktops from migrating one server at the same time.
_MIGRATION_LOCK = 4_711_2026

_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """Each migration's revision and the revisions it follows, read from the files' own
    `revision = ...` and `down_revision = ...` lines, as Alembic reads them."""
    graph: dict[str, tuple[str, ...]] = {}
    for file in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = dict(
            (name, ast.literal_eval(value))
            for name, value in _REVISION_LINE.findall(file.read_text(encoding="utf-8"))
        )
        if "revision" not in found:
            continue  # not a migration (__init__.py)
        down = found.get("down_revision")
        graph[found["revision"]] = (
            () if down is None else (down,) if isinstance(down, str) else tuple(down)
        )
    return graph


def head_revision() -> str:
    """The newest revision; ValueError when the migrations have no single head."""
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    heads = [revision for revision in graph if revision not in followed]
    if len(heads) != 1:
        raise ValueError(f"the migrations have {len(heads)} heads: {sorted(heads)}")
    return heads[0]


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph())


def _foreign(tables: set[str], revisions: list[str]) -> str | None:
    """Why a database holding `tables` at `revisions` (alembic_version's rows) is not ours to
    migrate; None when it is empty or ours."""
    if revisions:
        unknown = [r for r in revisions if r not in known_revisions()]
        if unknown:
            return (
                f"its schema is at revision {unknown[0][:40]!r}, which this version of "
                "agent-desktop does not know (a newer version's, or another application's)"
            )
        return None
    others = sorted(t for t in tables if t != "alembic_version" and not t.startswith("sqlite_"))
    if not others:
        return None
    shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    return (
        f"it holds another application's tables ({shown}); agent-desktop uses only an empty "
        "database or one of its own"
    )


def check_sqlite_file(file: Path) -> None:
    """Refuse, changing nothing, a file that is not a SQLite database, is damaged, or belongs
    to another application. A file that is not there yet is fine: it is made."""
    where = file.absolute()
    if not file.exists():
        return
    if file.is_dir():
        raise DatabaseUnusable(f"{where} is a folder, not a database file")
    try:
        # mode=rw: never make the file; only reads, so nothing in the file changes.
        conn = sqlite3.connect(f"{where.as_uri()}?mode=rw", uri=True, timeout=30)
        try:
            tables = {
                name
                for (name,) in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
            revisions = []
            if "alembic_version" in tables:
                revisions = [r for (r,) in conn.execute("SELECT version_num FROM alembic_version")]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        raise DatabaseUnreachable(f"{where} cannot be opened: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnusable(f"{where} is not a SQLite database, or is damaged ({exc})") from None
    reason = _foreign(tables, revisions)
    if reason is not None:
        raise DatabaseUnusable(f"{where}: {reason}; it was left as it was")


def _refuse_foreign(conn) -> None:
    """Under the migration lock: refuse a database that is neither empty nor ours."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        ).scalars()
        where = f"the file {Path(conn.engine.url.database or '').absolute()}"
    else:
        rows = conn.exec_driver_sql(
            "SELECT CASE WHEN table_schema = current_schema() THEN table_name "
            "ELSE table_schema || '.' || table_name END FROM information_schema.tables "
            "WHERE table_schema NOT IN ('pg_catalog', 'information_schema') "
            "AND left(table_schema, 3) <> 'pg_'"
        ).scalars()
        where = f"the database {conn.engine.url.database}"
    tables = set(rows)
    revisions = []
    if "alembic_version" in tables:
        revisions = list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    reason = _foreign(tables, revisions)
    if reason is not None:
        raise DatabaseUnusable(f"{where}: {reason}; nothing was changed")


def _stored_revisions(conn) -> list[str]:
    """alembic_version's rows, in one query; [] when the table is not there (a new database).

    Any other failure (the server gone, a damaged file) is raised as it is.
    """
    from sqlalchemy.exc import DBAPIError

    try:
        with conn.begin():
            return list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
    except DBAPIError as exc:
        if _no_such_table(exc):
            return []
        raise


def _no_such_table(exc) -> bool:
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "42P01":  # PostgreSQL: undefined_table
        return True
    return isinstance(orig, sqlite3.OperationalError) and str(orig).startswith("no such table")


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a new one. Raises, as Alembic does, when
    alembic_version holds more than one row."""
    with engine.connect() as conn:
        revisions = _stored_revisions(conn)
    if len(revisions) > 1:
        raise RuntimeError(f"the database is at several revisions: {revisions[:5]}")
    return revisions[0] if revisions else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # Batch migrations copy tables; foreign keys are checked again afterwards.
            conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            _upgrade_on(conn, config, revision)
        finally:
            if conn.dialect.name == "sqlite":
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _upgrade_on(conn, config: Config, revision: str) -> None:
    from alembic import command
    from sqlalchemy import text

    # Take the write lock before Alembic reads the current revision, so that desktops
    # opening a new database at the same moment migrate it once, one after another.
    conn.execution_options(sqlite_begin="IMMEDIATE")
    with conn.begin():
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
        _refuse_foreign(conn)
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        if conn.dialect.name == "sqlite":
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")


def ensure_current(engine: Engine) -> None:
    """Migrate a new or older database on first use; do nothing when it is current.

    Reading the version is one query; anything but exactly the head revision goes to
    `upgrade`, which refuses, under the migration lock, a database that is neither empty nor
    ours, and loads Alembic only then.
    """
    with engine.connect() as conn:
        revisions = _stored_revisions(conn)
    if revisions != [head_revision()]:
        upgrade(engine)
