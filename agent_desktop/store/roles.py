"""Database roles on PostgreSQL: one group role per staff role, and what each group may do.

The services already refuse what a member of staff may not do; these grants make the same
rules hold for anyone who connects with the member of staff's own database login, `psql`
included. Every group reads everything (the desktop's replica and card need it) and appends
to the audit log; nobody may update, delete or truncate the audit log or the contact history.

- Group roles (NOLOGIN) are cluster-wide and made once, idempotently, by the migrations.
- Grants are per database: `install_grants` puts this module's matrix in place on one
  database, replacing whatever the groups held there before. A later migration that adds a
  table calls it again (a test checks that every table is readable by every group).
- `grant_login` makes (or updates) a member of staff's LOGIN role, sets its group
  memberships to match their staff roles, lets it connect to this database (CONNECT is not
  PUBLIC's here) and records it as the person's `db_login`.
- UPDATE is granted column by column, so no staff login may `LOCK` a table against others.
- The change-feed trigger function runs as its owner (SECURITY DEFINER, fixed search_path),
  so writers append to `change_log` without holding any privilege on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

#: The group role for each staff role.
STAFF_ROLE_GROUPS: dict[str, str] = {
    "agent": "agent_desktop_agent",
    "team_leader": "agent_desktop_team_leader",
    "manager": "agent_desktop_manager",
    "visits": "agent_desktop_visits",
    "admin": "agent_desktop_admin",
}
GROUPS: tuple[str, ...] = tuple(STAFF_ROLE_GROUPS.values())

# `SELECT ... FOR UPDATE` (the customer row lock that serialises outreach and restriction
# decisions) needs UPDATE on at least one column of the table; this is the least that does.
LOCK_ROW = "UPDATE (updated_at)"
_ALL_ROWS = ("INSERT", "UPDATE", "DELETE")
_ALLOWED = {"INSERT", "UPDATE", "DELETE", LOCK_ROW}

#: What no group may ever hold. TRUNCATE is never granted anywhere: it fires no row
#: triggers, so the change feed (and every replica) would never hear of the lost rows.
NEVER: dict[str, frozenset[str]] = {
    "audit_log": frozenset({"UPDATE", "DELETE", "TRUNCATE"}),
    "contact_events": frozenset({"UPDATE", "DELETE", "TRUNCATE"}),
    "change_log": frozenset({"INSERT", "UPDATE", "DELETE", "TRUNCATE"}),
}


def _with(base: Mapping[str, tuple[str, ...]], **extra: tuple[str, ...]) -> dict:
    merged = {table: tuple(privileges) for table, privileges in base.items()}
    for table, privileges in extra.items():
        merged[table] = tuple(dict.fromkeys((*merged.get(table, ()), *privileges)))
    return merged


# Beyond SELECT on every table, which every group holds.
_EVERYONE = {"audit_log": ("INSERT",)}
_AGENT = _with(
    _EVERYONE,
    contact_events=("INSERT",),  # outreach and inbound contact
    work_items=("INSERT", "UPDATE"),  # call-backs, email items; closing work
    customers=("INSERT", LOCK_ROW),  # a new customer from a screen pop
    customer_phones=("INSERT",),
    customer_emails=("INSERT",),
    contact_preferences=("INSERT", "UPDATE"),  # agents record what the customer agreed
    authorisation_requests=("INSERT",),  # asking a team leader to allow one contact
)
_TEAM_LEADER = _with(
    _AGENT,
    restrictions=("INSERT", "UPDATE"),  # decide, review, lift
    restriction_history=("INSERT",),
    authorisations=("INSERT",),  # one contact past a restriction block
    authorisation_requests=("INSERT", "UPDATE"),  # approving or refusing an agent's request
    staff_absences=_ALL_ROWS,  # marking a colleague away, with cover
)
_VISITS = _with(
    _EVERYONE,
    customers=(LOCK_ROW,),  # a visit is checked like any outreach
    contact_events=("INSERT",),
    appointments=("INSERT", "UPDATE"),
    turned_away=("INSERT", "UPDATE"),
)
_ADMIN = _with(_TEAM_LEADER, staff=_ALL_ROWS, teams=_ALL_ROWS, office_settings=_ALL_ROWS)

#: The grant matrix: for each group, table -> privileges beyond SELECT.
GRANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "agent_desktop_agent": _AGENT,
    "agent_desktop_team_leader": _TEAM_LEADER,
    "agent_desktop_manager": _TEAM_LEADER,  # a manager may do whatever a team leader may
    "agent_desktop_visits": _VISITS,
    "agent_desktop_admin": _ADMIN,
}


#: The sequences each group may draw from (USAGE: `nextval`): whoever may add a customer
#: takes the next reference from `customer_ref_seq` (migration 0008).
SEQUENCE_GRANTS: dict[str, tuple[str, ...]] = {
    group: ("customer_ref_seq",) if "INSERT" in tables.get("customers", ()) else ()
    for group, tables in GRANTS.items()
}


def _check_matrix() -> None:
    assert set(GRANTS) == set(GROUPS)
    for group, tables in GRANTS.items():
        for table, privileges in tables.items():
            unknown = set(privileges) - _ALLOWED
            forbidden = set(privileges) & NEVER.get(table, frozenset())
            assert not unknown and not forbidden, (group, table, unknown | forbidden)


_check_matrix()


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _existing_groups(conn: Connection) -> list[str]:
    found = set(
        conn.execute(
            text("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY(:names)"),
            {"names": list(GROUPS)},
        ).scalars()
    )
    return [g for g in GROUPS if g in found]


def create_groups(conn: Connection) -> None:
    """Make the group roles that do not exist yet.

    Roles belong to the whole cluster, and several databases (every test database, say) may
    be migrated at once: the existence check skips roles already made, and a role made by
    another session meanwhile is not an error.
    """
    for group in GROUPS:
        name = group.replace("'", "''")
        conn.exec_driver_sql(
            f"""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{name}') THEN
                    BEGIN
                        CREATE ROLE {_quote(conn, group)} NOLOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN
                        NULL;
                    END;
                END IF;
            END $$
            """
        )


def _revoke(conn: Connection, groups: list[str]) -> None:
    if not groups:
        return
    names = ", ".join(_quote(conn, g) for g in groups)
    # Revoking a table's privileges revokes its column privileges too.
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {names}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {names}")
    conn.exec_driver_sql(f"REVOKE ALL ON SCHEMA public FROM {names}")


def _columns(conn: Connection, table: str) -> list[str]:
    return list(
        conn.execute(
            text(
                "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = "
                "to_regclass(:table) AND attnum > 0 AND NOT attisdropped ORDER BY attnum"
            ),
            {"table": f"public.{table}"},
        ).scalars()
    )


def _grant_statement(conn: Connection, table: str, privileges: tuple[str, ...]) -> str:
    """UPDATE is granted column by column (every column but the key), never on the table.

    A table-level UPDATE would also let the login `LOCK TABLE ... IN ACCESS EXCLUSIVE MODE`
    and stop every desktop; column privileges allow the same updates and no such lock.
    """
    parts = [p for p in privileges if p != "UPDATE"]
    if "UPDATE" in privileges:
        columns = ", ".join(_quote(conn, c) for c in _columns(conn, table) if c != "id")
        parts.append(f"UPDATE ({columns})")
    return ", ".join(parts)


# The definer functions the migrations install, each owned by the migrating role. A fixed
# search_path keeps a caller from pointing them at objects of their own.
_DEFINER_FUNCTIONS = ("record_change()", "notify_change()")


def _database_privileges(conn: Connection, *, closed: bool = True) -> None:
    """This database admits only the logins `grant_login` names, and none may make TEMP tables.

    Group roles are cluster-wide, so without this a member of staff of one agent_desktop
    database could connect to another on the same server and act there as staff. A database
    copied from a template starts with PUBLIC's defaults again, so `grant_login` repeats this.
    `closed=False` gives PUBLIC its defaults back.
    """
    database = _quote(conn, conn.execute(text("SELECT current_database()")).scalar_one())
    verb, to = ("REVOKE", "FROM") if closed else ("GRANT", "TO")
    conn.exec_driver_sql(f"{verb} CONNECT, TEMPORARY ON DATABASE {database} {to} PUBLIC")
    # pg_notify is the superuser's to grant: where we are not one, staff keep it.
    conn.exec_driver_sql(
        f"""
        DO $$
        BEGIN
            {verb} EXECUTE ON FUNCTION pg_catalog.pg_notify(text, text) {to} PUBLIC;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'pg_notify is left as it is: not a superuser';
        END $$
        """
    )


def install_grants(conn: Connection) -> None:
    """Create the groups and give them exactly the matrix's privileges on this database.

    Idempotent. Tables the matrix names that do not exist yet are skipped; the migration that
    creates them calls this again. Does nothing on SQLite.
    """
    if conn.dialect.name != "postgresql":
        return
    create_groups(conn)
    _revoke(conn, list(GROUPS))
    tables = set(
        conn.execute(
            text("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'")
        ).scalars()
    )
    everyone = ", ".join(_quote(conn, g) for g in GROUPS)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}")
    for group, grants in GRANTS.items():
        for table, privileges in grants.items():
            if table in tables:
                conn.exec_driver_sql(
                    f"GRANT {_grant_statement(conn, table, privileges)} "
                    f"ON TABLE {_quote(conn, table)} TO {_quote(conn, group)}"
                )
    for group, sequences in SEQUENCE_GRANTS.items():
        for sequence in sequences:
            if conn.execute(text("SELECT to_regclass(:s)"), {"s": f"public.{sequence}"}).scalar():
                conn.exec_driver_sql(
                    f"GRANT USAGE ON SEQUENCE public.{_quote(conn, sequence)} "
                    f"TO {_quote(conn, group)}"
                )
    # Writers need no privilege on change_log (or its sequence), nor on pg_notify: the
    # trigger functions run as their owner, the migrating role.
    for function in _DEFINER_FUNCTIONS:
        if conn.execute(text("SELECT to_regprocedure(:f)"), {"f": f"public.{function}"}).scalar():
            conn.exec_driver_sql(
                f"ALTER FUNCTION public.{function} SECURITY DEFINER "
                "SET search_path = pg_catalog, public, pg_temp"
            )
    _database_privileges(conn)


def remove_grants(conn: Connection) -> None:
    """Take the groups' privileges on this database away again; the roles themselves stay."""
    if conn.dialect.name != "postgresql":
        return
    _revoke(conn, _existing_groups(conn))
    for function in _DEFINER_FUNCTIONS:
        if conn.execute(text("SELECT to_regprocedure(:f)"), {"f": f"public.{function}"}).scalar():
            conn.exec_driver_sql(
                f"ALTER FUNCTION public.{function} SECURITY INVOKER RESET search_path"
            )
    _database_privileges(conn, closed=False)


@dataclass(frozen=True)
class LoginGrant:
    login: str
    groups: tuple[str, ...]
    can_login: bool = True

    def to_json(self) -> dict:
        return {"user": self.login, "groups": list(self.groups), "login": self.can_login}


def groups_for(staff_roles: Iterable[str]) -> tuple[str, ...]:
    roles = set(staff_roles)
    unknown = roles - set(STAFF_ROLE_GROUPS)
    if unknown:
        raise ValueError(f"unknown staff roles: {', '.join(sorted(unknown))}")
    return tuple(g for role, g in STAFF_ROLE_GROUPS.items() if role in roles)


def grant_login(
    engine: Engine,
    username: str,
    staff_roles: Iterable[str],
    password: str | None = None,
    *,
    login_name: str | None = None,
    active: bool = True,
) -> LoginGrant:
    """Create or update the LOGIN role of a member of staff and set its group memberships.

    The role is named `login_name` or else the staff `username`. It becomes a member of the
    groups of `staff_roles` and of no other agent_desktop group. A `password` is hashed
    (SCRAM) on this side, so neither the statement nor the server log carries it; without
    one, a new role has no password and an existing role keeps its own. An inactive member
    of staff keeps the role but cannot log in and belongs to no group.

    The login may connect to this database (and, for this, to no other: see
    `_database_privileges`), and becomes the member of staff's `db_login`, so the database
    writes them, and only them, into whatever this login records.

    Needs a superuser or a role with CREATEROLE. Refuses superuser roles and the groups.
    """
    from psycopg import sql

    if engine.dialect.name != "postgresql":
        raise ValueError("database roles exist only on PostgreSQL")
    login = login_name or username
    if not login or len(login.encode()) > 63:
        raise ValueError(f"{login!r} cannot be a PostgreSQL role name (1 to 63 bytes)")
    if login in GROUPS or login.startswith("pg_"):
        raise ValueError(f"{login!r} is a reserved role name")
    wanted = groups_for(staff_roles) if active else ()
    with engine.begin() as conn:
        raw = conn.connection.driver_connection
        row = conn.execute(
            text("SELECT oid, rolsuper FROM pg_catalog.pg_roles WHERE rolname = :n"),
            {"n": login},
        ).one_or_none()
        if row is not None and row.rolsuper:
            raise ValueError(f"{login!r} is a superuser; it is left as it is")
        missing = [g for g in GROUPS if g not in _existing_groups(conn)]
        if missing:
            raise ValueError(f"the database is not migrated: no role {missing[0]}")
        options = sql.SQL("LOGIN" if active else "NOLOGIN")
        if password is not None:
            verifier = raw.pgconn.encrypt_password(password.encode(), login.encode())
            options = sql.SQL("{} PASSWORD {}").format(options, sql.Literal(verifier.decode()))
        verb = sql.SQL("CREATE ROLE" if row is None else "ALTER ROLE")
        statements = [sql.SQL("{} {} {}").format(verb, sql.Identifier(login), options)]
        current = (
            set()
            if row is None
            else set(
                conn.execute(
                    text(
                        "SELECT g.rolname FROM pg_catalog.pg_auth_members m "
                        "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid WHERE m.member = :member"
                    ),
                    {"member": row.oid},
                ).scalars()
            )
        )
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        statements.append(
            sql.SQL("{} CONNECT ON DATABASE {} {} {}").format(
                sql.SQL("GRANT" if active else "REVOKE"),
                sql.Identifier(database),
                sql.SQL("TO" if active else "FROM"),
                sql.Identifier(login),
            )
        )
        for group in GROUPS:
            if group in wanted and group not in current:
                statements.append(
                    sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login))
                )
            elif group not in wanted and group in current:
                statements.append(
                    sql.SQL("REVOKE {} FROM {}").format(
                        sql.Identifier(group), sql.Identifier(login)
                    )
                )
        # Straight to the driver: nothing here passes through SQLAlchemy's statement logging.
        with raw.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        _database_privileges(conn)
        # Whatever this login writes is written as this member of staff, and as no one else.
        conn.execute(
            text("UPDATE staff SET db_login = NULL WHERE db_login = :login AND username <> :u"),
            {"login": login, "u": username},
        )
        conn.execute(
            text("UPDATE staff SET db_login = :login WHERE username = :u"),
            {"login": login, "u": username},
        )
    return LoginGrant(login, wanted, active)
