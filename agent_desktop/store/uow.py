"""The unit of work: one session, one transaction, committed only by the use case."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from agent_desktop.store.schema import Customer


class UnitOfWork:
    """`with UnitOfWork(engine, write=True) as uow: ...; uow.commit()`.

    Leaving the block without `commit()` rolls back. A write unit of work on SQLite begins
    IMMEDIATE, taking the single write lock before it reads, which is what serialises
    check-and-record there; on PostgreSQL `customer_for_update` takes a row lock instead.
    """

    def __init__(self, engine: Engine, *, write: bool = False, serialised: bool = True):
        self.engine = engine
        self.write = write
        self.serialised = serialised
        self.session: Session | None = None
        self._connection = None

    def __enter__(self) -> UnitOfWork:
        self._connection = self.engine.connect()
        if self.write and self.serialised and self.engine.dialect.name == "sqlite":
            self._connection.execution_options(sqlite_begin="IMMEDIATE")
        self.session = Session(bind=self._connection, expire_on_commit=False, autoflush=True)
        return self

    def __exit__(self, *exc) -> None:
        try:
            # close() rolls back anything uncommitted and, unlike rollback(), leaves loaded
            # objects readable after the block.
            self.session.close()
        finally:
            self._connection.close()

    def commit(self) -> None:
        self.session.commit()

    def customer_for_update(self, ref: str) -> Customer | None:
        """The customer, locked so that outreach to them is serialised until this unit ends.

        On SQLite the IMMEDIATE transaction already holds the database's write lock.
        """
        stmt = select(Customer).where(Customer.ref == ref)
        if self.serialised and self.engine.dialect.name != "sqlite":
            stmt = stmt.with_for_update()
        return self.session.execute(stmt).scalar_one_or_none()
