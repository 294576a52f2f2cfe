"""Database triggers the migrations install: the change feed and the append-only audit log.

Triggers rather than application hooks, so that every write reaches the change feed in its
own transaction, however it was made (bulk loads, other tools, a future service).
"""

from __future__ import annotations

from alembic import op

from agent_desktop.store.schema import APPEND_ONLY_TABLES, APPLYING_CENTRAL_ROWS, SYNCED_TABLES

_KEY = {"office_settings": "key"}
_SQLITE_OPS = {"INSERT": ("I", "NEW"), "UPDATE": ("U", "NEW"), "DELETE": ("D", "OLD")}


def _key(table: str) -> str:
    return _KEY.get(table, "id")


def existing(tables) -> list[str]:
    """The tables of `tables` that exist at this revision: a migration that adds a replicated
    table gives it its own triggers (as 0011 does `staff_absences`), so an earlier revision
    skips it."""
    from sqlalchemy import inspect

    present = set(inspect(op.get_bind()).get_table_names())
    return [t for t in tables if t in present]


def create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _create_postgresql()
    else:
        _create_sqlite()


def drop_triggers() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in existing(SYNCED_TABLES):
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change_log ON {table}")
        else:
            for action in _SQLITE_OPS:
                op.execute(f"DROP TRIGGER IF EXISTS {table}_change_log_{action.lower()}")
    for table in APPEND_ONLY_TABLES:
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS record_change()")
        op.execute("DROP FUNCTION IF EXISTS refuse_change()")


def create_sqlite_change_log(*, skip_while_applying: bool, tables=None) -> None:
    """SQLite's change-log triggers (on `tables`, by default every replicated table that
    exists); with `skip_while_applying`, not for a replica's copies of central rows (see
    schema.APPLYING_CENTRAL_ROWS)."""
    now = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
    when = (
        f"WHEN NOT EXISTS (SELECT 1 FROM feed_state WHERE key = '{APPLYING_CENTRAL_ROWS}') "
        if skip_while_applying
        else ""
    )
    for table in existing(SYNCED_TABLES) if tables is None else tables:
        for action, (code, row) in _SQLITE_OPS.items():
            op.execute(
                f"CREATE TRIGGER {table}_change_log_{action.lower()} AFTER {action} ON {table} "
                f"{when}BEGIN INSERT INTO change_log (table_name, row_id, op, at) "
                f"VALUES ('{table}', {row}.{_key(table)}, '{code}', {now}); END"
            )


def drop_sqlite_change_log(tables=None) -> None:
    for table in existing(SYNCED_TABLES) if tables is None else tables:
        for action in _SQLITE_OPS:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change_log_{action.lower()}")


def _create_postgresql() -> None:
    op.execute(
        """
        CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            row_key text;
        BEGIN
            IF TG_OP = 'DELETE' THEN
                row_key := to_jsonb(OLD) ->> TG_ARGV[0];
            ELSE
                row_key := to_jsonb(NEW) ->> TG_ARGV[0];
            END IF;
            INSERT INTO change_log (table_name, row_id, op, xid, at)
            VALUES (TG_TABLE_NAME, row_key, left(TG_OP, 1),
                    pg_current_xact_id()::text::bigint, now());
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END $$
        """
    )
    create_postgresql_change_log(existing(SYNCED_TABLES))
    for table in APPEND_ONLY_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()"
        )


def create_postgresql_change_log(tables) -> None:
    """PostgreSQL's change-log triggers on `tables` (record_change() exists already)."""
    for table in tables:
        op.execute(
            f"CREATE TRIGGER {table}_change_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION record_change('{_key(table)}')"
        )


def _create_sqlite() -> None:
    create_sqlite_change_log(skip_while_applying=False)
    for table in APPEND_ONLY_TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def log_added_table(table: str) -> None:
    """A replicated table added after the first migrations: the change-log triggers every
    replicated table has (on a replica, skipping central rows being applied), and on
    PostgreSQL the notify trigger of migration 0004."""
    if op.get_bind().dialect.name != "postgresql":
        create_sqlite_change_log(skip_while_applying=True, tables=[table])
        return
    create_postgresql_change_log([table])
    op.execute(
        f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION notify_change()"
    )


def unlog_added_table(table: str) -> None:
    """Undo `log_added_table` where dropping the table does not (SQLite keeps no trigger of a
    dropped table, but the change-log triggers are named per table)."""
    if op.get_bind().dialect.name != "postgresql":
        drop_sqlite_change_log(tables=[table])


def create_row_triggers(triggers) -> None:
    """PostgreSQL row triggers, each (name, table, when, function call)."""
    for name, table, when, call in triggers:
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} FOR EACH ROW EXECUTE FUNCTION {call}")


def drop_row_triggers(triggers) -> None:
    for name, table, _when, _call in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
