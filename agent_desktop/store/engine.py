"""Engines for the embedded SQLite file and the central PostgreSQL server.

No engine is built at import time. SQLite gets SQLAlchemy's documented pysqlite hooks so a
transaction begins where SQLAlchemy says it does; write units of work begin IMMEDIATE so that
racing writers queue for the lock instead of failing with "database is locked".

SQLAlchemy is imported by the functions that use it, not by this module, so that the
command line can name these exceptions without paying for it (`--help` runs without it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

SQLITE_BUSY_TIMEOUT_MS = 30_000

#: libpq settings for a network that drops: give up connecting after 5 s, and notice a
#: silently dead connection within about 20 s instead of the operating system's 2 hours.
PG_CONNECT_ARGS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 2,
    "tcp_user_timeout": 20_000,
}


class DatabaseUnreachable(Exception):
    """The database could not be reached or opened."""


def refuses_password(reason: str) -> bool:
    """Whether the server's reason for turning a connection away is the login's password."""
    reason = reason.lower()
    return "password" in reason or "authentication" in reason


class DatabaseUnusable(DatabaseUnreachable):
    """The database is there but is not one the desktop may use: not a SQLite file, damaged,
    another application's, or a place where no file can be made."""


def is_damaged_sqlite(error: BaseException) -> bool:
    """True for SQLite's "file is not a database" and "database disk image is malformed"."""
    orig = getattr(error, "orig", None) or error
    return getattr(orig, "sqlite_errorname", None) in ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def normalise_url(url: str) -> str:
    """Accept `postgresql://` and `postgres://` for the psycopg 3 driver."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file on disk a SQLite URL names; None for other databases, in-memory ones and
    `file:` URIs (whose query decides what SQLite does with the file)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database or ""
    if (
        parsed.get_backend_name() != "sqlite"
        or database in ("", ":memory:")
        or database.startswith("file:")
    ):
        return None
    return Path(database)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str, *, serialised: bool = True, echo: bool = False) -> Engine:
    """Build an engine for `url`.

    `serialised=False` leaves pysqlite's own transaction handling in place, under which a
    SELECT runs outside any transaction; it exists only so a test can show that the race
    test catches unserialised outreach.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        file = sqlite_file(url)
        if file is not None:
            _make_folder(file)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        if serialised:
            _install_sqlite_hooks(engine)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        connect_args=dict(PG_CONNECT_ARGS),
    )


def _make_folder(file: Path) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        nearest = next((p for p in file.absolute().parents if p.exists()), None)
        if nearest is not None and not nearest.is_dir():
            why = f"{nearest} is a file, not a folder"
        else:
            why = exc.strerror or type(exc).__name__
        raise DatabaseUnusable(f"cannot make {file.absolute()}: {why}") from None


def _install_sqlite_hooks(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Hand transaction control to SQLAlchemy: pysqlite would otherwise run SELECTs
        # outside any transaction and BEGIN lazily before the first write.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")
