"""Bringing a database's schema to the newest migration, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant works; it keeps two desktops from migrating one server at the same time.
_MIGRATION_LOCK = 4_711_2026


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


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
