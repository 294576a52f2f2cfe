"""A team leader's authorisation is given by the team leader: an agent asks, a leader decides.

The services on both databases, then the central database's own rules with real staff
logins, as a person at a `psql` prompt would try them.
"""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from agent_desktop.domain.values import Channel, InvalidInput
from agent_desktop.services.approvals import (
    authorisation_request,
    decide_request,
    pending_requests,
    request_authorisation,
)
from agent_desktop.services.database import open_database
from agent_desktop.services.errors import NotPermitted
from agent_desktop.services.exchange import import_document
from agent_desktop.services.outreach import AUTHORISATION_LIFETIME
from agent_desktop.store.schema import Authorisation, Staff, Team
from tests import test_database_last_line as last_line
from tests.test_database_roles import psql

# The central database beside another, and real staff logins on it.
centre, logins = last_line.centre, last_line.logins


@pytest.fixture
def centre_db(db):
    import_document(db, last_line._document())
    return db


def _team(db, name="Casework South"):
    with db.unit() as uow:
        return uow.session.query(Team).filter_by(name=name).one().id


def test_an_agent_asks_and_the_team_leader_approves_one_contact(centre_db):
    db = centre_db
    asked = request_authorisation(db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding call")
    assert asked.status == "pending" and asked.blocks == ("NO_CONTACT",)
    assert asked.staff == "sclarke" and asked.customer_ref == "C-NC"
    assert [r.id for r in pending_requests(db, _team(db))] == [asked.id]
    assert pending_requests(db, _team(db, "Reception")) == []

    decided = decide_request(db, asked.id, "mhughes", "Agreed: safeguarding", approve=True)
    assert (decided.status, decided.decided_by) == ("approved", "mhughes")
    assert decided.decision_reason == "Agreed: safeguarding"
    assert decided.expires_at - decided.decided_at == AUTHORISATION_LIFETIME
    with db.unit() as uow:
        permit = uow.session.get(Authorisation, decided.approval)
        agent = uow.session.query(Staff).filter_by(username="sclarke").one()
        assert (permit.staff_id, permit.channel, permit.request_id) == (
            agent.id,
            "phone",
            asked.id,
        )
        assert permit.contact_id is None
    assert pending_requests(db) == []
    # Decided once: a second decision, either way, is refused and changes nothing.
    with pytest.raises(NotPermitted, match="approved already"):
        decide_request(db, asked.id, "mhughes", "Changed my mind", approve=False)
    assert authorisation_request(db, asked.id).status == "approved"


def test_a_refusal_makes_no_authorisation(centre_db):
    db = centre_db
    asked = request_authorisation(db, "C-LET", "dowen", Channel.EMAIL, "Customer emailed us")
    refused = decide_request(db, asked.id, "mhughes", "Letters only, as decided", approve=False)
    assert (refused.status, refused.approval) == ("refused", None)
    with db.unit() as uow:
        assert uow.session.query(Authorisation).count() == 0


def test_only_a_leader_of_the_agents_team_or_a_manager_decides(centre_db):
    db = centre_db
    asked = request_authorisation(db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding call")
    for who in ("dowen", "sclarke", "tnguyen"):  # an agent, the agent, reception
        with pytest.raises(NotPermitted) as caught:
            decide_request(db, asked.id, who, "Fine by me", approve=True)
        assert caught.value.field == "by"
    with db.unit(write=True) as uow:
        # A team leader of another team may not; a manager anywhere may.
        other = uow.session.query(Staff).filter_by(username="tnguyen").one()
        other.roles = ["team_leader"]
        uow.commit()
    with pytest.raises(NotPermitted):
        decide_request(db, asked.id, "tnguyen", "Fine by me", approve=True)
    with db.unit(write=True) as uow:
        uow.session.query(Staff).filter_by(username="tnguyen").one().roles = ["manager"]
        uow.commit()
    assert decide_request(db, asked.id, "tnguyen", "Yes", approve=True).status == "approved"


@pytest.mark.parametrize(
    ("ref", "channel", "field", "error"),
    [
        ("C-OK", Channel.PHONE, "channel", InvalidInput),  # nothing blocks it
        ("C-OK", Channel.SMS, "channel", NotPermitted),  # a preference: the agent's reason
        ("C-NOBODY", Channel.PHONE, "channel", NotPermitted),  # no such customer
    ],
)
def test_a_request_is_only_for_what_a_team_leader_may_lift(centre_db, ref, channel, field, error):
    with pytest.raises(error) as caught:
        request_authorisation(centre_db, ref, "sclarke", channel, "Please")
    assert caught.value.field == field
    assert pending_requests(centre_db) == []


def test_a_request_needs_the_agents_reason(centre_db):
    with pytest.raises(InvalidInput) as caught:
        request_authorisation(centre_db, "C-NC", "sclarke", Channel.PHONE, "  ")
    assert caught.value.field == "reason"
    assert pending_requests(centre_db) == []


# --- the central database's own rules, with real staff logins -----------------------------------


def _ask_as(url, login, ref="C-NC", staff="sclarke"):
    with psql(url, login) as conn:
        return conn.execute(
            "INSERT INTO authorisation_requests (id, customer_id, staff_id, team_id, channel, "
            "blocks, reason, requested_at, status) "
            "SELECT %s, c.id, s.id, s.team_id, 'phone', '[\"NO_CONTACT\"]', 'Please', now(), "
            "'pending' FROM customers c, staff s WHERE c.ref = %s AND s.username = %s "
            "RETURNING id",
            (uuid.uuid4(), ref, staff),
        ).fetchone()[0]


def test_an_agents_login_cannot_approve_or_forge_an_approval(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    leader = logins("mhughes", ["team_leader"])
    request = _ask_as(url, agent)
    # Asking in a colleague's name is refused: the requester is the login.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _ask_as(url, agent, staff="dowen")
    with psql(url, agent) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE authorisation_requests SET status = 'approved', decision_reason = 'ok', "
                "decided_by_id = (SELECT id FROM staff WHERE username = 'mhughes') "
                "WHERE id = %s",
                (request,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO authorisations (id, customer_id, staff_id, channel, reason, "
                "granted_by_id, granted_at, expires_at, request_id) "
                "SELECT %s, r.customer_id, r.staff_id, r.channel, 'ok', "
                "(SELECT id FROM staff WHERE username = 'mhughes'), now(), "
                "now() + interval '30 minutes', r.id FROM authorisation_requests r "
                "WHERE r.id = %s",
                (uuid.uuid4(), request),
            )
    with psql(url, leader) as conn:
        # An authorisation for a request not yet approved by this login is refused.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="follows its approval"):
            conn.execute(
                "INSERT INTO authorisations (id, customer_id, staff_id, channel, reason, "
                "granted_by_id, granted_at, expires_at, request_id) "
                "SELECT %s, r.customer_id, r.staff_id, r.channel, 'ok', s.id, now(), "
                "now() + interval '30 minutes', r.id FROM authorisation_requests r, staff s "
                "WHERE r.id = %s AND s.username = 'mhughes'",
                (uuid.uuid4(), request),
            )
        # The decider is the login, whatever the statement says.
        conn.execute(
            "UPDATE authorisation_requests SET status = 'approved', decision_reason = 'ok', "
            "decided_by_id = (SELECT id FROM staff WHERE username = 'dowen') WHERE id = %s",
            (request,),
        )
        decider = conn.execute(
            "SELECT s.username FROM authorisation_requests r JOIN staff s "
            "ON s.id = r.decided_by_id WHERE r.id = %s",
            (request,),
        ).fetchone()[0]
        assert decider == "mhughes"
        with pytest.raises(psycopg.errors.CheckViolation, match="once"):
            conn.execute(
                "UPDATE authorisation_requests SET status = 'refused' WHERE id = %s", (request,)
            )


def test_the_service_decides_on_the_leaders_own_login(centre, logins):
    url = centre["url"]
    agent = logins("sclarke", ["agent"])
    leader = logins("mhughes", ["team_leader"])
    from tests.test_database_roles import url_as

    as_agent = open_database(url_as(url, agent))
    as_leader = open_database(url_as(url, leader))
    try:
        asked = request_authorisation(as_agent, "C-NC", "sclarke", Channel.PHONE, "Please")
        with pytest.raises(Exception, match="decide"):
            # The agent's login cannot decide, even naming the team leader.
            decide_request(as_agent, asked.id, "mhughes", "ok", approve=True)
        approved = decide_request(as_leader, asked.id, "mhughes", "Agreed", approve=True)
        assert approved.status == "approved" and approved.approval is not None
        # The agent's own login records the contact with it, past the database's own check.
        from agent_desktop.services.outreach import Outreach, record_outreach

        done = record_outreach(
            as_agent, Outreach("C-NC", "sclarke", Channel.PHONE, approval=approved.approval)
        )
        assert done.recorded and done.contact.authorised_by == "mhughes"
    finally:
        as_agent.dispose()
        as_leader.dispose()


# --- the command line ------------------------------------------------------------------------


def _url(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def test_request_and_approve_from_the_command_line(centre_db, capsys):
    from tests.test_cli import run

    url = _url(centre_db)
    code, out, _ = run(
        capsys, "--database", url, "request", "--customer", "C-NC", "--staff", "sclarke",
        "--channel", "phone", "--reason", "Safeguarding call",
    )  # fmt: skip
    asked = json.loads(out)
    assert code == 0 and asked["status"] == "pending" and asked["blocks"] == ["NO_CONTACT"]
    code, out, err = run(
        capsys, "--database", url, "approve", "--request", asked["request"], "--by", "dowen",
        "--reason", "ok",
    )  # fmt: skip
    assert code == 1 and "--by" in err and out == ""
    code, out, _ = run(
        capsys, "--database", url, "approve", "--request", asked["request"], "--by", "mhughes",
        "--reason", "Agreed",
    )  # fmt: skip
    approved = json.loads(out)
    assert code == 0 and approved["status"] == "approved" and approved["approval"]
    code, _, err = run(
        capsys, "--database", url, "approve", "--request", asked["request"], "--by", "mhughes",
        "--reason", "No", "--refuse",
    )  # fmt: skip
    assert code == 1 and "approved already" in err


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["approve", "--request", "not-an-id", "--by", "mhughes", "--reason", "x"], "--request"),
        (["approve", "--request", str(uuid.UUID(int=7)), "--by", "mhughes", "--reason", "x"],
         "--request"),
        (["approve", "--request", str(uuid.UUID(int=7)), "--by", "nobody", "--reason", "x"],
         "--by"),
        (["request", "--customer", "C-NC", "--staff", "sclarke", "--channel", "pigeon",
          "--reason", "x"], "--channel"),
        (["request", "--customer", "C-NC", "--staff", "nobody", "--channel", "phone",
          "--reason", "x"], "--staff"),
        (["request", "--customer", "C-NC", "--staff", "sclarke", "--channel", "phone",
          "--reason", " "], "--reason"),
    ],
)  # fmt: skip
def test_bad_input_to_request_and_approve_exits_two_naming_the_option(
    centre_db, capsys, argv, option
):
    from tests.test_cli import run

    code, out, err = run(capsys, "--database", _url(centre_db), *argv)
    assert code == 2 and option in err and out == "", err
    assert pending_requests(centre_db) == []


def test_an_approval_allows_one_contact_by_that_agent_on_that_channel_in_time(centre_db):
    from datetime import timedelta

    from agent_desktop.services.outreach import Outreach, record_outreach
    from agent_desktop.store.types import utcnow

    db = centre_db
    asked = request_authorisation(db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding call")
    approval = decide_request(db, asked.id, "mhughes", "Agreed", approve=True).approval

    def contact(staff="sclarke", channel=Channel.PHONE, ref="C-NC"):
        return record_outreach(db, Outreach(ref, staff, channel, approval=approval))

    for wrong in ({"staff": "dowen"}, {"channel": Channel.EMAIL}):
        with pytest.raises(NotPermitted, match="another customer, member of staff or channel"):
            contact(**wrong)
    with db.unit(write=True) as uow:  # the thirty minutes run out
        uow.session.get(Authorisation, approval).expires_at = utcnow() - timedelta(seconds=1)
        uow.commit()
    with pytest.raises(NotPermitted, match="expired"):
        contact()
    with db.unit(write=True) as uow:
        uow.session.get(Authorisation, approval).expires_at = utcnow() + timedelta(minutes=5)
        uow.commit()
    result = contact()
    assert result.recorded and result.contact.authorised_by == "mhughes"
    assert result.contact.override_reason == "Agreed"
    with pytest.raises(NotPermitted, match="used"):
        contact()
    with pytest.raises(InvalidInput, match="no approval"):
        record_outreach(db, Outreach("C-NC", "sclarke", Channel.PHONE, approval=uuid.uuid4()))


def test_a_contact_the_rules_allow_is_not_audited_as_authorised(centre_db):
    """An approval used after the restriction was lifted: the contact went ahead on the rules
    alone, so neither the contact nor its audit entry names the team leader."""
    from sqlalchemy import select

    from agent_desktop.services.outreach import Outreach, record_outreach
    from agent_desktop.services.restrictions import lift_restriction
    from agent_desktop.store.schema import AuditEntry, Customer, RestrictionRow

    db = centre_db
    asked = request_authorisation(db, "C-NC", "sclarke", Channel.PHONE, "Safeguarding call")
    approval = decide_request(db, asked.id, "mhughes", "Agreed", approve=True).approval
    with db.unit() as uow:
        restriction = uow.session.execute(
            select(RestrictionRow.id)
            .join(Customer, Customer.id == RestrictionRow.customer_id)
            .where(Customer.ref == "C-NC", RestrictionRow.kind == "no_contact")
        ).scalar_one()
    lift_restriction(db, restriction, "mhughes", "Resolved with the customer")
    result = record_outreach(db, Outreach("C-NC", "sclarke", Channel.PHONE, approval=approval))
    assert result.decision.allowed and result.contact.authorised_by is None
    with db.unit() as uow:
        details = (
            uow.session.execute(
                select(AuditEntry.details)
                .where(AuditEntry.action == "outreach", AuditEntry.outcome == "recorded")
                .order_by(AuditEntry.at.desc())
            )
            .scalars()
            .first()
        )
    assert "authorised_by" not in details and "approval" not in details
