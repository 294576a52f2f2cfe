"""One opened database: its engine, whether it is embedded or central, and the office calendar.

DatabaseUnreachable is part of this module's answer (open_database raises it): the window takes
it from here, not from the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from agent_desktop.domain.calendar import OfficeCalendar, calendar_from_json
from agent_desktop.domain.values import InvalidInput, quoted
from agent_desktop.store.engine import (
    DatabaseUnreachable,
    DatabaseUnusable,
    is_damaged_sqlite,
    make_engine,
    sqlite_file,
)
from agent_desktop.store.migrate import check_sqlite_file, ensure_current

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from agent_desktop.store.uow import UnitOfWork

OFFICE_KEYS = ("timezone", "region", "opens", "closes")

#: The URL schemes the desktop opens: SQLite through the standard library, PostgreSQL through
#: psycopg 3. Any other would fail later on a driver that is not installed.
SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")


def check_database_url(url: str, option: str = "--database") -> None:
    """InvalidInput naming `option` unless `url` is a SQLite or PostgreSQL URL we can open."""
    example = "sqlite:////path/to/file.sqlite3 or postgresql://user@host:5432/name"
    try:
        driver = make_url(url).drivername
    except (ArgumentError, ValueError, TypeError):
        raise InvalidInput(option, f"{quoted(url)} is not a database URL; use {example}") from None
    if driver not in SUPPORTED_DRIVERS:
        raise InvalidInput(
            option,
            f"{quoted(driver)} is not supported: only SQLite and PostgreSQL (psycopg 3) "
            f"URLs are, such as {example}",
        )


@dataclass
class Database:
    engine: Engine
    url: str
    calendar: OfficeCalendar = field(default_factory=OfficeCalendar)
    #: False for a central database the desktop starts without (offline, from its replica).
    opened: bool = True

    @property
    def kind(self) -> str:
        return "embedded" if self.engine.dialect.name == "sqlite" else "central"

    def unit(self, *, write: bool = False) -> UnitOfWork:
        from agent_desktop.store.uow import UnitOfWork

        return UnitOfWork(self.engine, write=write)

    def reload_calendar(self) -> OfficeCalendar:
        from sqlalchemy import select

        from agent_desktop.store.schema import OfficeSetting

        with self.unit() as uow:
            rows = uow.session.execute(select(OfficeSetting)).scalars().all()
        settings = {r.key: r.value for r in rows if r.key in OFFICE_KEYS}
        self.calendar = calendar_from_json(settings)
        return self.calendar

    def refresh_statistics(self) -> None:
        """After a bulk load, let the planner see the new rows.

        Until autovacuum gets round to it, a freshly loaded table has no statistics and a
        phone lookup was measured at 44 ms instead of 2 ms. SQLite is never analysed on its
        own: the embedded file gets a bounded `ANALYZE` (store/statistics.py).
        """
        if self.engine.dialect.name != "postgresql":
            from agent_desktop.store.statistics import analyse_sqlite

            analyse_sqlite(self.engine)
            return
        with self.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open `url`, migrating an empty or older database to the current schema.

    Raises DatabaseUnreachable when the server cannot be reached or the file cannot be opened.
    """
    check_database_url(url)
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError):
        raise InvalidInput(
            "--database", f"{quoted(url)} is not a SQLite or PostgreSQL database URL"
        ) from None
    if engine.dialect.name not in ("sqlite", "postgresql"):
        raise InvalidInput("--database", f"{engine.dialect.name} databases are not supported")
    try:
        file = sqlite_file(url)
        if file is not None:
            check_sqlite_file(file)  # before the engine's first connection changes the file
        if migrate:
            ensure_current(engine)
        db = Database(engine=engine, url=url)
        db.reload_calendar()
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnreachable(_short(exc)) from None
    except DBAPIError as exc:
        engine.dispose()
        if is_damaged_sqlite(exc):
            where = file.absolute() if file is not None else "the database"
            raise DatabaseUnusable(f"{where} is damaged ({_short(exc)})") from None
        raise
    except DatabaseUnreachable:
        engine.dispose()
        raise
    return db


def server_version(url: str, timeout_seconds: int = 5) -> str:
    """Connect to `url` once, without migrating, and return the server's version; raises when
    it cannot (a connection settings dialog's Test button)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(
        url, poolclass=NullPool, connect_args={"connect_timeout": timeout_seconds}
    )
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql("SHOW server_version").scalar_one())
    finally:
        engine.dispose()


def unopened_database(url: str) -> Database:
    """`url` with no connection made yet: for starting offline and connecting later."""
    return Database(engine=make_engine(url), url=url, opened=False)


def _short(exc: OperationalError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return text.strip().splitlines()[0] if text.strip() else "cannot connect"


def save_office(session, calendar: OfficeCalendar) -> None:
    from agent_desktop.store.schema import OfficeSetting

    for key, value in calendar.to_json().items():
        row = session.get(OfficeSetting, key)
        if row is None:
            session.add(OfficeSetting(key=key, value=str(value)))
        elif row.value != str(value):
            row.value = str(value)


def default_database_path(data_dir: Path) -> Path:
    return data_dir / "agent-desktop.sqlite3"
