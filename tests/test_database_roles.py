"""Roles that hold in the database: each staff role's PostgreSQL login, tried as `psql` would.

Every test runs against the real server. Login roles are cluster-wide, so each gets a name
unique to the run (`ad_<hex>_<username>`) and is dropped afterwards; the group roles stay,
as the migrations leave them.
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from alembic import command
from psycopg import sql
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from agent_desktop.cli import main
from agent_desktop.domain.values import Channel
from agent_desktop.services.customers import create_customer
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.outreach import (
    InboundContact,
    Outreach,
    log_inbound,
    record_outreach,
    request_callback,
)
from agent_desktop.services.restrictions import (
    decide_restriction,
    lift_restriction,
    record_challenge,
)
from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import alembic_config, head_revision, upgrade
from agent_desktop.store.roles import (
    GRANTS,
    GROUPS,
    LOCK_ROW,
    SEQUENCE_GRANTS,
    STAFF_ROLE_GROUPS,
    grant_login,
)
from agent_desktop.store.schema import Base, Staff

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"
NOW = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)  # a Wednesday, in everyone's agreed hours

# What contact history and the audit log must refuse to every staff role, as grants.
REWRITES = (
    "UPDATE contact_events SET summary = 'rewritten'",
    "DELETE FROM contact_events",
    "TRUNCATE contact_events CASCADE",
    "UPDATE audit_log SET outcome = 'recorded'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
)
NEW_RESTRICTION = """
    INSERT INTO restrictions (id, customer_id, kind, category, reason, terms, decided_by_id,
                              decided_at, starts_on, review_by, adjustment_considered)
    SELECT gen_random_uuid(), c.id, 'no_contact', 'abusive', 'typed into psql', '{}', s.id,
           now(), current_date, current_date + 30, false
    FROM customers c, staff s WHERE c.ref = 'C-20418' AND s.username = 'mhughes'
"""
RESTRICTION_CHANGES = (
    NEW_RESTRICTION,
    "UPDATE restrictions SET lifted_at = now(), lift_reason = 'gone'",
    "DELETE FROM restrictions",
    "INSERT INTO restriction_history (id, restriction_id, at, event) "
    "SELECT gen_random_uuid(), id, now(), 'lifted' FROM restrictions",
)


def url_as(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def psql(url: str, login: str | None = None) -> psycopg.Connection:
    """A plain connection, autocommitting each statement, as `psql` would be."""
    parsed = make_url(url)
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        dbname=parsed.database,
        user=login or parsed.username,
        autocommit=True,
    )


def refused(conn: psycopg.Connection, statement: str, why: str = "permission denied") -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=why):
        conn.execute(statement)


def drop_login(conn: psycopg.Connection, login: str) -> None:
    groups = conn.execute(
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
        (login,),
    ).fetchall()
    for (group,) in groups:
        conn.execute(
            sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(login))
        )
    # CONNECT on this database, granted by `db grant`, goes with the login's other grants.
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
        conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(login)))
    conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))


def memberships(url: str, login: str) -> set[str]:
    with psql(url) as conn:
        return {
            g
            for (g,) in conn.execute(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s",
                (login,),
            )
        }


@pytest.fixture
def loaded(pg_url):
    """The example document imported by the superuser."""
    db = open_database(pg_url)
    import_document(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    db.dispose()
    return pg_url


@pytest.fixture
def logins(loaded):
    """`logins(username, roles)` makes a uniquely named login role; all are dropped after."""
    engine = make_engine(loaded)
    made: list[str] = []
    run = uuid.uuid4().hex[:8]

    def make(username: str, roles: list[str], **options) -> str:
        login = options.pop("login_name", None) or f"ad_{run}_{username}"
        made.append(login)
        grant_login(engine, username, roles, login_name=login, **options)
        return login

    yield make
    engine.dispose()
    with psql(loaded) as conn:
        for login in made:
            drop_login(conn, login)


def shared_login(url: str, logins, staff_roles: list[str]) -> str:
    """A login in the staff groups that is no one's own: made by hand, not by `db grant`."""
    login = logins("nobody_in_particular", staff_roles)
    with psql(url) as conn:
        conn.execute("UPDATE staff SET db_login = NULL WHERE db_login = %s", (login,))
    return login


def count(url: str, statement: str):
    with psql(url) as conn:
        return conn.execute(statement).fetchone()[0]


# --- the groups and the matrix, as the database holds them ------------------------------------


def test_groups_exist_cluster_wide_and_cannot_log_in(pg_url):
    with psql(pg_url) as conn:
        rows = dict(
            conn.execute(
                "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY(%s)", (list(GROUPS),)
            ).fetchall()
        )
    assert rows == {group: False for group in GROUPS}
    assert set(STAFF_ROLE_GROUPS) == {"agent", "team_leader", "manager", "visits", "admin"}


def test_the_database_holds_exactly_the_grant_matrix(pg_url):
    tables = [*Base.metadata.tables, "alembic_version"]
    with psql(pg_url) as conn:
        for group in GROUPS:
            for table in tables:
                held = {
                    p
                    for p in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE")
                    if conn.execute(
                        "SELECT has_table_privilege(%s, %s, %s)", (group, f"public.{table}", p)
                    ).fetchone()[0]
                }
                granted = set(GRANTS[group].get(table, ()))
                # UPDATE is held column by column, never on the table (so no LOCK TABLE).
                assert held == {"SELECT"} | (granted - {LOCK_ROW, "UPDATE"}), (group, table)
                if "UPDATE" in granted and table in Base.metadata.tables:
                    for column in (c.name for c in Base.metadata.tables[table].columns):
                        held = conn.execute(
                            "SELECT has_column_privilege(%s, %s, %s, 'UPDATE')",
                            (group, f"public.{table}", column),
                        ).fetchone()[0]
                        assert held == (column != "id"), (group, table, column)
            # The customer row lock needs UPDATE on one column, and that column only.
            for column in ("updated_at", "name", "address", "anonymised_at"):
                held = conn.execute(
                    "SELECT has_column_privilege(%s, 'public.customers', %s, 'UPDATE')",
                    (group, column),
                ).fetchone()[0]
                assert held == (column == "updated_at"), (group, column)
            assert LOCK_ROW in GRANTS[group]["customers"]
            # Whoever may add a customer draws the next reference, and may not set it back.
            for privilege in ("USAGE", "SELECT", "UPDATE"):
                held = conn.execute(
                    "SELECT has_sequence_privilege(%s, 'public.customer_ref_seq', %s)",
                    (group, privilege),
                ).fetchone()[0]
                expected = privilege == "USAGE" and "INSERT" in GRANTS[group]["customers"]
                assert held == expected, (group, privilege)
                assert held == (privilege == "USAGE" and bool(SEQUENCE_GRANTS[group]))


def test_nobody_may_rewrite_history_by_grant(pg_url):
    with psql(pg_url) as conn:
        for group in GROUPS:
            for table in ("audit_log", "contact_events", "change_log"):
                for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
                    assert not conn.execute(
                        "SELECT has_table_privilege(%s, %s, %s)", (group, table, privilege)
                    ).fetchone()[0], (group, table, privilege)
            for table in ("restrictions", "restriction_history"):
                may = conn.execute(
                    "SELECT has_table_privilege(%s, %s, 'INSERT')", (group, table)
                ).fetchone()[0]
                leads = group in (
                    "agent_desktop_team_leader",
                    "agent_desktop_manager",
                    "agent_desktop_admin",
                )
                assert may == leads, (group, table)


def test_change_feed_trigger_runs_as_its_owner_with_a_fixed_search_path(pg_url):
    with psql(pg_url) as conn:
        definer, config = conn.execute(
            "SELECT prosecdef, proconfig FROM pg_proc WHERE oid = 'public.record_change()'::regprocedure"
        ).fetchone()
    assert definer is True
    assert config == ["search_path=pg_catalog, public, pg_temp"]


def test_downgrade_removes_the_grants_and_upgrade_restores_them(empty_pg_url):
    engine = make_engine(empty_pg_url)
    upgrade(engine)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    readable = "SELECT has_table_privilege('agent_desktop_agent', 'public.customers', 'SELECT')"
    definer = "SELECT prosecdef FROM pg_proc WHERE oid = 'public.record_change()'::regprocedure"
    assert count(empty_pg_url, readable) is False
    assert count(empty_pg_url, definer) is False
    upgrade(engine)  # the groups already exist in the cluster: no error
    assert count(empty_pg_url, readable) is True
    assert count(empty_pg_url, definer) is True
    engine.dispose()


# --- connecting as each role ------------------------------------------------------------------


def test_an_agent_cannot_rewrite_history_or_touch_restrictions(logins, loaded):
    agent = logins("sclarke", ["agent"])
    with psql(loaded, agent) as conn:
        assert conn.execute("SELECT count(*) FROM contact_events").fetchone()[0] == 3
        for statement in (*REWRITES, *RESTRICTION_CHANGES):
            refused(conn, statement)
        refused(
            conn,
            "INSERT INTO change_log (table_name, row_id, op, at) "
            "VALUES ('customers', 'x', 'D', now())",
        )
        refused(conn, "UPDATE customers SET name = 'Someone Else'")
        refused(conn, "CREATE TABLE notes (body text)")
        refused(conn, "SELECT setval('customer_ref_seq', 1)")
    assert count(loaded, "SELECT count(*) FROM restrictions") == 7
    assert count(loaded, "SELECT count(*) FROM contact_events") == 3


def test_an_agent_works_through_the_services_and_the_change_feed_follows(logins, loaded):
    agent = logins("sclarke", ["agent"])
    db = open_database(url_as(loaded, agent))
    try:
        result = record_outreach(
            db, Outreach("C-20418", "sclarke", Channel.EMAIL, summary="Progress update")
        )
        assert result.recorded, result.decision.to_json()
        inbound = log_inbound(db, InboundContact("C-20418", Channel.EMAIL, "sclarke", NOW))
        callback = request_callback(db, "C-20418", "sclarke", at=NOW)
        ref = create_customer(db, name="Rhys Morgan", phones=["07700 900123"], created_by="sclarke")
        # From the sequence, after the imported references (C-30055 the highest).
        assert ref == "C-030056"
        # Naming a team leader does not help: the database refuses the agent's login.
        with pytest.raises(ProgrammingError, match="permission denied"):
            decide_restriction(
                db,
                "C-20418",
                {
                    "kind": "behaviour_warning",
                    "category": "abusive",
                    "reason": "Shouting",
                    "decided_by": "mhughes",
                    "starts_on": "2026-12-02",
                },
                at=NOW,
            )
    finally:
        db.dispose()
    with psql(loaded) as conn:
        feed = set(conn.execute("SELECT table_name, row_id FROM change_log").fetchall())
        actions = [
            a
            for (a,) in conn.execute(
                "SELECT action FROM audit_log WHERE actor = 'sclarke' ORDER BY at"
            )
        ]
        restrictions = conn.execute("SELECT count(*) FROM restrictions").fetchone()[0]
    assert ("contact_events", str(result.contact.id)) in feed
    assert ("contact_events", str(inbound.contact.id)) in feed
    assert ("work_items", str(callback)) in feed
    assert {t for t, _ in feed} >= {"customers", "customer_phones", "work_items"}
    assert actions == ["outreach", "inbound", "callback_requested", "customer_created"]
    assert ref.startswith("C-") and restrictions == 7


def test_an_agent_records_a_customers_challenge_to_a_restriction(logins, loaded):
    with psql(loaded) as conn:
        conn.execute(
            "INSERT INTO staff (id, username, name, roles, welsh_speaker, active) "
            "VALUES (%s, 'rboss', 'Rhian Boss', '[\"manager\"]', false, true)",
            (uuid.uuid4(),),
        )
        restriction_id = conn.execute(
            "SELECT r.id FROM restrictions r JOIN customers c ON c.id = r.customer_id "
            "WHERE c.ref = 'C-17702' AND r.kind = 'max_contacts'"
        ).fetchone()[0]
    agent = logins("sclarke", ["agent"])
    db = open_database(url_as(loaded, agent))
    try:
        item_id = record_challenge(
            db, restriction_id, datetime(2026, 6, 10, 9, tzinfo=UTC), "sclarke"
        )
    finally:
        db.dispose()
    assert (
        count(
            loaded, f"SELECT count(*) FROM work_items WHERE id = '{item_id}' AND kind = 'challenge'"
        )
        == 1
    )
    assert (
        count(
            loaded,
            "SELECT count(*) FROM audit_log WHERE actor = 'sclarke' "
            "AND action = 'restriction_challenged'",
        )
        == 1
    )


def test_a_members_own_login_signs_them_in_and_a_shared_login_signs_in_nobody(
    logins, loaded, staff_login
):
    from agent_desktop.services.session import signed_in_by_login

    own = logins(staff_login, ["agent"], login_name=staff_login)
    shared = shared_login(loaded, logins, ["agent"])
    for login, expected in ((own, staff_login), (shared, None)):
        db = open_database(url_as(loaded, login))
        try:
            person = signed_in_by_login(db)
            assert (person.username if person else None) == expected
        finally:
            db.dispose()


def test_the_change_feed_needs_the_definer_trigger_negative_control(logins, loaded):
    """Without SECURITY DEFINER an agent's contact fails on change_log: the test can fail."""
    agent = logins("sclarke", ["agent"])
    with psql(loaded) as conn:
        conn.execute("ALTER FUNCTION public.record_change() SECURITY INVOKER")
    db = open_database(url_as(loaded, agent))
    try:
        with pytest.raises(ProgrammingError, match="permission denied for table change_log"):
            record_outreach(db, Outreach("C-20418", "sclarke", Channel.EMAIL))
    finally:
        db.dispose()
    assert count(loaded, "SELECT count(*) FROM contact_events") == 3


def test_a_team_leader_decides_and_lifts_but_cannot_rewrite_history(logins, loaded):
    leader = logins("mhughes", ["team_leader"])
    db = open_database(url_as(loaded, leader))
    try:
        decision = decide_restriction(
            db,
            "C-20418",
            {
                "kind": "behaviour_warning",
                "category": "abusive",
                "reason": "Shouted at an agent on 1 December",
                "decided_by": "mhughes",
                "starts_on": "2026-12-02",
            },
            at=NOW,
        )
        assert decision.made
        lift_restriction(db, decision.restriction_id, "mhughes", "Apologised", at=NOW)
    finally:
        db.dispose()
    with psql(loaded) as conn:
        lifted = conn.execute(
            "SELECT lift_reason FROM restrictions WHERE id = %s", (decision.restriction_id,)
        ).fetchone()[0]
        events = [
            e
            for (e,) in conn.execute(
                "SELECT event FROM restriction_history WHERE restriction_id = %s ORDER BY at, event",
                (decision.restriction_id,),
            )
        ]
        fed = conn.execute(
            "SELECT count(*) FROM change_log WHERE row_id = %s", (str(decision.restriction_id),)
        ).fetchone()[0]
    assert lifted == "Apologised" and sorted(events) == ["decided", "lifted"] and fed == 2
    with psql(loaded, leader) as conn:
        for statement in REWRITES:
            refused(conn, statement)
        refused(conn, "DELETE FROM restrictions")


@pytest.mark.parametrize("staff_role", list(STAFF_ROLE_GROUPS))
def test_no_staff_role_may_rewrite_the_audit_log_or_contact_history(logins, loaded, staff_role):
    login = logins(f"someone_{staff_role}", [staff_role])
    with psql(loaded, login) as conn:
        conn.execute(
            "INSERT INTO audit_log (id, at, action, outcome, details) "
            "VALUES (gen_random_uuid(), now(), 'tried', 'recorded', '{}')"
        )
        for statement in REWRITES:
            refused(conn, statement)


def test_even_the_superuser_cannot_change_the_audit_log(loaded):
    with psql(loaded) as conn:
        for statement in (
            "UPDATE audit_log SET outcome = 'recorded'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            refused(conn, statement, "append-only")


def test_visits_book_appointments_but_cannot_restrict(logins, loaded):
    visits = logins("tnguyen", ["visits"])
    with psql(loaded, visits) as conn:
        appointment = conn.execute(
            "INSERT INTO appointments (id, customer_id, starts_at, ends_at, status) "
            "SELECT gen_random_uuid(), id, '2026-12-03 10:00+00', '2026-12-03 10:30+00', "
            "'booked' FROM customers WHERE ref = 'C-20418' RETURNING id"
        ).fetchone()[0]
        conn.execute("UPDATE appointments SET status = 'arrived' WHERE id = %s", (appointment,))
        conn.execute(
            "INSERT INTO turned_away (id, at, visitor_name) "
            "VALUES (gen_random_uuid(), now(), 'A visitor without an appointment')"
        )
        for statement in RESTRICTION_CHANGES:
            refused(conn, statement)
        refused(conn, "UPDATE contact_events SET summary = 'rewritten'")
    assert count(loaded, "SELECT count(*) FROM change_log WHERE table_name = 'appointments'") == 2


def test_an_admin_runs_the_directory_but_not_the_history(logins, loaded):
    admin = logins("admin", ["admin"])
    with psql(loaded, admin) as conn:
        conn.execute("UPDATE staff SET welsh_speaker = true WHERE username = 'sclarke'")
        conn.execute("INSERT INTO office_settings (key, value) VALUES ('note', 'x')")
        conn.execute("DELETE FROM office_settings WHERE key = 'note'")
        for statement in REWRITES:
            refused(conn, statement)


# --- grant_login and `db grant` ---------------------------------------------------------------


def test_grant_login_follows_the_staff_roles(logins, loaded):
    login = logins("sclarke", ["agent"])
    assert memberships(loaded, login) == {"agent_desktop_agent"}
    logins("sclarke", ["team_leader", "manager"], login_name=login)
    assert memberships(loaded, login) == {"agent_desktop_team_leader", "agent_desktop_manager"}
    engine = make_engine(loaded)
    grant = grant_login(engine, "sclarke", ["agent"], login_name=login, active=False)
    assert grant.to_json() == {"user": login, "groups": [], "login": False}
    assert memberships(loaded, login) == set()
    assert count(loaded, f"SELECT rolcanlogin FROM pg_roles WHERE rolname = '{login}'") is False
    with pytest.raises(ValueError, match="unknown staff roles"):
        grant_login(engine, "sclarke", ["owner"], login_name=login)
    engine.dispose()


def test_grant_login_hashes_a_password_and_never_shows_it(logins, loaded, caplog, capsys):
    secret = f"correct horse {uuid.uuid4().hex}"
    caplog.set_level(logging.DEBUG)
    login = logins("sclarke", ["agent"], password=secret)
    with psql(loaded) as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and secret not in stored
    out, err = capsys.readouterr()
    assert secret not in caplog.text + out + err


def test_grant_login_quotes_names_and_leaves_superusers_alone(logins, loaded):
    odd = f'ad_{uuid.uuid4().hex[:6]}_O\'Brien "x"; DROP ROLE postgres'
    logins("obrien", ["visits"], login_name=odd)
    assert memberships(loaded, odd) == {"agent_desktop_visits"}
    engine = make_engine(loaded)
    with pytest.raises(ValueError, match="superuser"):
        grant_login(engine, "postgres", ["agent"])
    engine.dispose()
    assert count(loaded, "SELECT rolsuper FROM pg_roles WHERE rolname = 'postgres'") is True
    assert memberships(loaded, "postgres") == set()


@pytest.fixture
def staff_login(loaded):
    """A member of staff whose username is unique in the cluster; their login is dropped after."""
    username = f"ad_{uuid.uuid4().hex[:8]}_dowen"
    db = open_database(loaded)
    with db.unit(write=True) as uow:
        uow.session.add(
            Staff(username=username, name="Dafydd Owen", roles=["agent", "team_leader"])
        )
        uow.commit()
    db.dispose()
    yield username
    with psql(loaded) as conn:
        drop_login(conn, username)


def test_db_grant_makes_the_login_for_a_member_of_staff(staff_login, loaded, capsys):
    code = main(["--database", loaded, "db", "grant", "--user", staff_login])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == {
        "user": staff_login,
        "login": True,
        "groups": ["agent_desktop_agent", "agent_desktop_team_leader"],
    }
    assert memberships(loaded, staff_login) == {"agent_desktop_agent", "agent_desktop_team_leader"}
    with psql(loaded, staff_login) as conn:
        refused(conn, "DELETE FROM audit_log")
    db = open_database(loaded)
    with db.unit(write=True) as uow:
        row = uow.session.execute(select(Staff).where(Staff.username == staff_login)).scalar_one()
        row.roles = ["agent"]
        uow.commit()
    db.dispose()
    assert main(["db", "grant", "--database", loaded, "--user", staff_login]) == 0
    assert json.loads(capsys.readouterr().out)["groups"] == ["agent_desktop_agent"]
    assert memberships(loaded, staff_login) == {"agent_desktop_agent"}


def test_db_grant_refuses_an_unknown_member_of_staff(loaded, capsys):
    code = main(["--database", loaded, "db", "grant", "--user", "nobody_here"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--user" in err and "nobody_here" in err


def test_db_grant_refuses_sqlite(sqlite_url, tmp_path, capsys):
    code = main(["--database", sqlite_url, "db", "grant", "--user", "sclarke"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "PostgreSQL" in err
    assert not (tmp_path / "agent-desktop.sqlite3").exists()


def test_sqlite_migrates_without_roles(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
    engine.dispose()
