"""The central database is the last line: what the contact rules refuse, a staff login's own
`psql` cannot do either, and who did it is the login.

Every test here connects as a real PostgreSQL login made by `db grant` (`grant_login`), with
plain SQL as an attacker at a `psql` prompt would, on a database that has a second
agent_desktop database beside it on the same server.
"""

from __future__ import annotations

import json
import threading
import uuid
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from agent_desktop.domain.values import Channel
from agent_desktop.services.approvals import decide_request, request_authorisation
from agent_desktop.services.database import open_database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.exchange import import_document
from agent_desktop.services.outreach import Outreach, record_outreach
from agent_desktop.store.engine import make_engine
from agent_desktop.store.roles import grant_login
from tests.conftest import PG_SERVER
from tests.test_database_roles import EXAMPLE, drop_login, psql, shared_login, url_as

THIS_YEAR = datetime.now(UTC).year


def _restriction(kind: str, **terms) -> dict:
    return {
        "kind": kind,
        "category": "abusive",
        "reason": "Decided for the test",
        "decided_by": "mhughes",
        "starts_on": f"{THIS_YEAR - 1}-12-01",
        "review_by": f"{THIS_YEAR}-11-30",
        **terms,
    }


def _customer(ref: str, restrictions=(), channels=("phone", "email", "letter")) -> dict:
    return {
        "ref": ref,
        "name": f"Customer {ref}",
        "phones": [],
        "emails": [],
        "preferences": {"channels": list(channels), "language": "en"},
        "restrictions": list(restrictions),
        "contacts": [],
    }


CUSTOMERS = [
    _customer("C-OK"),
    _customer("C-NC", [_restriction("no_contact")]),
    _customer("C-MAX", [_restriction("max_contacts", limit=2, per_days=7)]),
    _customer("C-LET", [_restriction("channel_only", channels=["letter"])], channels=["letter"]),
    _customer("C-NV", [_restriction("no_visits")]),
    _customer("C-TWO", [_restriction("two_staff_present")]),
]

# An outbound contact as a person at a `psql` prompt would type it.
CONTACT = """
    INSERT INTO contact_events (id, customer_id, channel, direction, purpose, recipient, at,
                                override_reason, authorised_by_id, staff_id, recorded_at)
    SELECT %(id)s, c.id, %(channel)s, 'outbound', 'proactive', 'customer', now() + %(shift)s,
           %(reason)s, (SELECT id FROM staff WHERE username = %(authoriser)s),
           (SELECT id FROM staff WHERE username = %(staff)s), now()
    FROM customers c WHERE c.ref = %(ref)s
"""


def contact(conn, ref, channel="phone", *, reason=None, authoriser=None, staff=None, shift="0s"):
    conn.execute(
        CONTACT,
        {
            "id": uuid.uuid4(),
            "ref": ref,
            "channel": channel,
            "reason": reason,
            "authoriser": authoriser,
            "staff": staff,
            "shift": shift,
        },
    )


def refused_by_rules(conn, *codes: str, **kw) -> None:
    with pytest.raises(psycopg.errors.CheckViolation) as caught:
        contact(conn, **kw)
    for code in codes:
        assert code in str(caught.value)


def contacts_of(url: str, ref: str) -> int:
    with psql(url) as conn:
        return conn.execute(
            "SELECT count(*) FROM contact_events e JOIN customers c ON c.id = e.customer_id "
            "WHERE c.ref = %s",
            (ref,),
        ).fetchone()[0]


def _document() -> dict:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["customers"] += CUSTOMERS
    return doc


@pytest.fixture
def centre(pg_url):
    """This centre's database, with a second agent_desktop database beside it on the server."""
    db = open_database(pg_url)
    import_document(db, _document())
    db.dispose()
    other = f"ad_other_{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    template = make_engine(pg_url).url.database
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{other}" TEMPLATE "{template}"'))
    other_url = make_engine(pg_url).url.set(database=other).render_as_string(False)
    # The other centre grants its own staff; none of this centre's.
    grant_login(make_engine(other_url), "mhughes", ["team_leader"], login_name=f"{other}_lead")
    yield {"url": pg_url, "other": other_url}
    with psql(pg_url) as conn:
        drop_login(conn, f"{other}_lead")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{other}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def logins(centre):
    made: list[str] = []
    run = uuid.uuid4().hex[:8]
    engine = make_engine(centre["url"])

    def make(username: str, roles: list[str]) -> str:
        login = f"ad_{run}_{username}"
        made.append(login)
        grant_login(engine, username, roles, login_name=login)
        return login

    yield make
    engine.dispose()
    with psql(centre["url"]) as conn:
        for login in made:
            drop_login(conn, login)


# --- restriction blocks hold in the database --------------------------------------------------


def test_an_agents_login_cannot_record_what_a_restriction_refuses(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    with psql(url, agent) as conn:
        refused_by_rules(conn, "NO_CONTACT", ref="C-NC")
        contact(conn, "C-MAX")
        contact(conn, "C-MAX", "email")
        refused_by_rules(conn, "CONTACT_LIMIT_REACHED", ref="C-MAX")
        refused_by_rules(conn, "RESTRICTED_CHANNEL", ref="C-LET")
        contact(conn, "C-LET", "letter")
        # Backdating a contact out of the rolling window is not a way round it.
        with pytest.raises(psycopg.errors.CheckViolation, match="as it happens"):
            contact(conn, "C-MAX", shift="-8 days")
    assert (contacts_of(url, "C-NC"), contacts_of(url, "C-MAX"), contacts_of(url, "C-LET")) == (
        0,
        2,
        1,
    )


def test_copy_passes_through_the_same_check(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    with psql(url) as conn:
        customer = conn.execute("SELECT id FROM customers WHERE ref = 'C-NC'").fetchone()[0]
    columns = "id, customer_id, channel, direction, purpose, recipient, at"
    with (
        psql(url, agent) as conn,
        pytest.raises(psycopg.errors.CheckViolation, match="NO_CONTACT"),
        conn.cursor().copy(f"COPY contact_events ({columns}) FROM STDIN") as copy,
    ):
        copy.write_row(
            (uuid.uuid4(), customer, "phone", "outbound", "proactive", "customer", "now")
        )
    assert contacts_of(url, "C-NC") == 0


def test_a_preference_block_needs_the_agents_reason(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    with psql(url, agent) as conn:
        refused_by_rules(conn, "CHANNEL_NOT_AGREED", ref="C-OK", channel="sms")
        contact(conn, "C-OK", "sms", reason="Customer asked for a text today")
    assert contacts_of(url, "C-OK") == 1


def test_racing_logins_cannot_together_pass_a_limit(centre, logins):
    """Two agents at once on a customer limited to 2 in 7 days, one already made: one wins."""
    url = centre["url"]
    first, second = logins("sclarke", ["agent"]), logins("dowen", ["agent"])
    with psql(url, first) as conn:
        contact(conn, "C-MAX")
    a = psycopg.connect(**_params(url, first))
    b = psycopg.connect(**_params(url, second), autocommit=True)
    outcome: list[BaseException | None] = []
    contact(a, "C-MAX")  # holds the customer's row lock until it commits

    def other():
        try:
            contact(b, "C-MAX")
            outcome.append(None)
        except psycopg.Error as exc:
            outcome.append(exc)

    racer = threading.Thread(target=other)
    racer.start()
    racer.join(0.5)
    assert racer.is_alive(), "the second contact should wait for the first's row lock"
    a.commit()
    racer.join(10)
    a.close()
    b.close()
    assert isinstance(outcome[0], psycopg.errors.CheckViolation)
    assert "CONTACT_LIMIT_REACHED" in str(outcome[0])
    assert contacts_of(url, "C-MAX") == 2


def _params(url: str, login: str) -> dict:
    parsed = make_engine(url).url
    return {"host": parsed.host, "port": parsed.port or 5432, "dbname": parsed.database,
            "user": login}  # fmt: skip


# --- who did it is the login ----------------------------------------------------------------


def test_a_login_writes_as_its_own_member_of_staff_and_no_other(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    with psql(url, agent) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed in"):
            contact(conn, "C-OK", "email", staff="dowen")
        # Naming a team leader who never authorised it.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="authorisation"):
            contact(conn, "C-NC", "email", reason="Leader said so", authoriser="mhughes")
        contact(conn, "C-OK", "email")  # no staff named: the database names the login's own
    with psql(url) as conn:
        who = conn.execute(
            "SELECT s.username FROM contact_events e JOIN staff s ON s.id = e.staff_id "
            "JOIN customers c ON c.id = e.customer_id WHERE c.ref = 'C-OK'"
        ).fetchall()
    assert who == [("sclarke",)]


def test_a_forged_audit_entry_is_refused(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    with psql(url) as conn:
        recorded = conn.execute("SELECT id FROM contact_events LIMIT 1").fetchone()[0]
    forged = (
        "INSERT INTO audit_log (id, at, actor, action, outcome, details) "
        "VALUES (gen_random_uuid(), now(), %s, 'outreach', 'authorised', %s)"
    )
    with psql(url, agent) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed in"):
            conn.execute(forged, ("mhughes", json.dumps({"contact_id": str(recorded)})))
        for details in ({}, {"contact_id": str(recorded)}, {"contact_id": "not an id"}):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="with the contact"):
                conn.execute(forged, (None, json.dumps(details)))
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, action, outcome, details) "
            "VALUES (gen_random_uuid(), '2001-01-01', NULL, 'note', 'recorded', '{}')"
        )
    with psql(url) as conn:
        rows = conn.execute(
            "SELECT actor, at > now() - interval '1 hour' FROM audit_log WHERE action = 'note'"
        ).fetchall()
        assert conn.execute(
            "SELECT count(*) FROM audit_log WHERE outcome = 'authorised'"
        ).fetchone() == (0,)
    assert rows == [("sclarke", True)]  # the login's name, at the server's time


def test_a_team_leader_approves_with_their_own_login_and_it_is_used_once(centre, logins):
    url = centre["url"]
    agent, leader = logins("sclarke", ["agent"]), logins("mhughes", ["team_leader"])
    agent_db, leader_db = open_database(url_as(url, agent)), open_database(url_as(url, leader))
    try:
        asked = request_authorisation(agent_db, "C-NC", "sclarke", Channel.PHONE, "Urgent")
        # An agent cannot approve it, whoever they name.
        with pytest.raises(ProgrammingError) as refusal:
            decide_request(agent_db, asked.id, "mhughes", "Urgent", approve=True)
        assert isinstance(refusal.value.orig, psycopg.errors.InsufficientPrivilege)
        approval = decide_request(leader_db, asked.id, "mhughes", "Urgent", approve=True).approval
        outreach = Outreach("C-NC", "sclarke", Channel.PHONE, approval=approval)
        result = record_outreach(agent_db, outreach)
        assert result.recorded and result.contact.authorised_by == "mhughes"
        with pytest.raises(NotPermitted, match="used"):
            record_outreach(agent_db, outreach)  # the approval is used up
    finally:
        agent_db.dispose()
        leader_db.dispose()
    with psql(url) as conn:
        used = conn.execute("SELECT contact_id FROM authorisations").fetchall()
    assert used == [(result.contact.id,)]
    assert contacts_of(url, "C-NC") == 1


def test_a_team_leader_cannot_grant_in_another_leaders_name(centre, logins):
    url = centre["url"]
    leader = logins("mhughes", ["team_leader"])
    with psql(url) as conn:
        conn.execute(
            "INSERT INTO staff (id, username, name, roles, welsh_speaker, active) "
            "VALUES (gen_random_uuid(), 'rboss', 'Rhian Boss', '[\"manager\"]', false, true)"
        )
    grant = """
        INSERT INTO authorisations (id, customer_id, staff_id, channel, reason, granted_by_id,
                                    granted_at, expires_at)
        SELECT gen_random_uuid(), c.id, s.id, 'phone', 'Urgent',
               (SELECT id FROM staff WHERE username = %s), now(), now() + %s::interval
        FROM customers c, staff s WHERE c.ref = 'C-NC' AND s.username = 'sclarke'
    """
    with psql(url, leader) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="signed in"):
            conn.execute(grant, ("rboss", "10 minutes"))
        with pytest.raises(psycopg.errors.CheckViolation, match="at most a day"):
            conn.execute(grant, ("mhughes", "30 days"))


def test_a_shared_login_still_meets_the_rules(centre, logins):
    """A shared login cannot tell the database who is at the desk, but the rules still hold."""
    url = centre["url"]
    shared = shared_login(url, logins, ["agent"])
    with psql(url, shared) as conn:
        refused_by_rules(conn, "NO_CONTACT", ref="C-NC", staff="sclarke")
        contact(conn, "C-OK", "email", staff="dowen")
    assert contacts_of(url, "C-OK") == 1


# --- the visits desk ------------------------------------------------------------------------

APPOINTMENT = """
    INSERT INTO appointments (id, customer_id, starts_at, ends_at, staff_id, second_staff_id,
                              status)
    SELECT gen_random_uuid(), c.id, now() + interval '1 day', now() + interval '25 hours',
           (SELECT id FROM staff WHERE username = 'mhughes'),
           (SELECT id FROM staff WHERE username = %s), 'booked'
    FROM customers c WHERE c.ref = %s
"""


def test_a_visits_login_cannot_book_or_contact_past_a_restriction(centre, logins):
    url = centre["url"]
    visits = logins("tnguyen", ["visits"])
    with psql(url, visits) as conn:
        refused_by_rules(conn, "NO_CONTACT", ref="C-NC", channel="visit")
        with pytest.raises(psycopg.errors.CheckViolation, match="NO_VISITS"):
            conn.execute(APPOINTMENT, (None, "C-NV"))
        with pytest.raises(psycopg.errors.CheckViolation, match="SECOND_STAFF_REQUIRED"):
            conn.execute(APPOINTMENT, (None, "C-TWO"))
        with pytest.raises(psycopg.errors.CheckViolation, match="SECOND_STAFF_REQUIRED"):
            conn.execute(APPOINTMENT, ("mhughes", "C-TWO"))
        conn.execute(APPOINTMENT, ("sclarke", "C-TWO"))
    with psql(url) as conn:
        booked = conn.execute(
            "SELECT c.ref, b.username FROM appointments a JOIN customers c ON c.id = a.customer_id "
            "JOIN staff b ON b.id = a.booked_by_id"
        ).fetchall()
    assert booked == [("C-TWO", "tnguyen")]


# --- each database admits only its own staff ------------------------------------------------


def test_a_login_reaches_only_its_own_database(centre, logins):
    agent = logins("sclarke", ["agent"])
    with psql(centre["url"], agent) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] > 0
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psql(centre["other"], agent)


def test_no_lock_temp_table_or_notify_for_a_staff_login(centre, logins):
    agent = logins("sclarke", ["agent"])
    with psql(centre["url"], agent) as conn:
        for statement in (
            "LOCK TABLE work_items IN ACCESS EXCLUSIVE MODE",
            "LOCK TABLE customers IN SHARE MODE",
            "CREATE TEMP TABLE scratch (x int)",
            "SELECT pg_notify('agent_desktop_changes', '')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
                conn.execute(statement)
        # What the agent does need still works: closing their own work, the row lock.
        with conn.transaction():
            conn.execute("SELECT id FROM customers WHERE ref = 'C-OK' FOR UPDATE")
            conn.execute("UPDATE work_items SET note = note WHERE false")


def test_the_owner_still_imports_history_as_it_was(centre):
    """The role that migrates and imports is trusted: a past contact under a restriction is
    history, not outreach, and it is loaded as it was."""
    with psql(centre["url"]) as conn:
        contact(conn, "C-NC", staff="sclarke", shift="-400 days")
    assert contacts_of(centre["url"], "C-NC") == 1
