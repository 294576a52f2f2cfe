"""Bringing a database's schema to the newest migration, on SQLite and PostgreSQL.

Only an empty database, or one of ours (its alembic_version at a revision we know), is
migrated. Anything else (another application's tables, or a revision this version does not
know) is refused with DatabaseUnusable, before anything is written: on SQLite, the file is
read with a plain connection first, since even the engine's first connection changes a file
(it switches the journal to WAL).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from agent_desktop.store.engine import DatabaseUnreachable, DatabaseUnusable

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works; it keeps two desktops from migrating one server at the same time.
_MIGRATION_LOCK = 4_711_2026


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@cache
def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


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


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


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
    """Migrate a new or older database on first use; do nothing when it is current."""
    if current_revision(engine) != head_revision():
        upgrade(engine)
