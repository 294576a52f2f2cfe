"""Synthetic seeding on both databases: counts, determinism, valid data the services can use.

Each test seeds a few hundred customers into a fresh SQLite file and a fresh PostgreSQL
database (the `db` fixture of conftest.py: a throwaway database dropped WITH (FORCE) afterwards,
a failure rather than a skip when the server is missing).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime

import phonenumbers
import pytest
from sqlalchemy import event, func, select

from agent_desktop.domain.documents import add_months
from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.parsing import name_key, normalise_phone
from agent_desktop.domain.values import Channel, Role
from agent_desktop.services import seed as seed_module
from agent_desktop.services.database import open_database
from agent_desktop.services.facts import preference_value, restriction_value
from agent_desktop.services.outreach import Outreach, check_outreach, record_outreach
from agent_desktop.services.seed import seed
from agent_desktop.services.seed_data import DRAMA_STEMS, drama_numbers
from agent_desktop.store.schema import (
    AuditEntry,
    Case,
    ChangeLogEntry,
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    CustomerEmail,
    CustomerPhone,
    RestrictionEvent,
    RestrictionRow,
    Staff,
    Team,
    WorkItem,
)

# A Wednesday in office hours, so the outreach checks below are not all outside hours.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CUSTOMERS = 300
_POSTCODE = re.compile(r", [A-Z]{1,2}\d{1,2} \d[A-Z]{2}$")


def count(db, table) -> int:
    with db.unit() as uow:
        return uow.session.execute(select(func.count()).select_from(table)).scalar_one()


def all_rows(db, stmt):
    with db.unit() as uow:
        return uow.session.execute(stmt).all()


def people(db) -> list[tuple]:
    return [
        tuple(r)
        for r in all_rows(
            db, select(Customer.ref, Customer.name, Customer.address).order_by(Customer.ref)
        )
    ]


def test_drama_numbers_are_what_phonenumbers_makes_of_the_national_form():
    numbers = drama_numbers()
    assert len(numbers) == len(DRAMA_STEMS) * 1000 == len({e for _n, e in numbers})
    for national, e164 in numbers:
        assert normalise_phone(national, "phone") == e164, national


def test_counts_match_the_summary_and_the_change_log(db):
    summary = seed(db, CUSTOMERS, now=NOW)
    assert (summary.teams, summary.staff, summary.customers) == (4, 25, CUSTOMERS)
    tables = {
        "teams": Team,
        "staff": Staff,
        "customers": Customer,
        "phones": CustomerPhone,
        "emails": CustomerEmail,
        "preferences": ContactPreferenceRow,
        "restrictions": RestrictionRow,
        "restriction_events": RestrictionEvent,
        "contacts": ContactEvent,
        "cases": Case,
        "work_items": WorkItem,
    }
    for field, table in tables.items():
        assert count(db, table) == getattr(summary, field), field
    # One change-log row per inserted row, plus the teams' leaders set after the staff exist.
    assert count(db, ChangeLogEntry) == summary.rows + 4
    assert (summary.first_ref, summary.last_ref) == ("C-000001", f"C-{CUSTOMERS:06d}")
    assert summary.to_json()["customers"] == CUSTOMERS
    # Proportions from the brief, loosely: a few hundred customers are a small sample.
    assert 0.55 < summary.preferences / CUSTOMERS < 0.85
    assert 0.1 < summary.cases / CUSTOMERS < 0.3
    assert summary.restrictions > 0 and summary.restriction_events >= summary.restrictions
    assert 1.5 < summary.contacts / CUSTOMERS < 3.5

    roles = Counter(r for (rs,) in all_rows(db, select(Staff.roles)) for r in rs)
    assert roles[Role.TEAM_LEADER] == 4 and roles[Role.MANAGER] == 1 and roles[Role.ADMIN] == 1
    assert roles[Role.VISITS] == 2 and roles[Role.AGENT] >= 15
    speakers = sum(w for (w,) in all_rows(db, select(Staff.welsh_speaker)))
    assert 0.2 < speakers / 25 < 0.4
    leaders = dict(all_rows(db, select(Team.name, Team.leader_id)))
    assert all(leaders.values()), leaders


def test_customer_details_are_well_formed(db):
    seed(db, CUSTOMERS, now=NOW)
    for name, key, surname_key, address in all_rows(
        db, select(Customer.name, Customer.name_key, Customer.surname_key, Customer.address)
    ):
        assert key == name_key(name)
        assert name_key(name).endswith(surname_key)
        assert _POSTCODE.search(address), address
    for address, key in all_rows(db, select(CustomerEmail.address, CustomerEmail.address_key)):
        assert key == address.casefold()
        assert address.endswith(("@example.net", "@example.com"))
    staff = all_rows(db, select(Staff.phone, Staff.email))
    assert all(email.endswith("@example.org") for _p, email in staff)
    phones = [p for (p,) in all_rows(db, select(CustomerPhone.e164))] + [p for p, _e in staff]
    reps = all_rows(
        db,
        select(ContactPreferenceRow.representative).where(
            ContactPreferenceRow.representative.is_not(None)
        ),
    )
    phones += [rep["phone"] for (rep,) in reps]
    drama = {e for _n, e in drama_numbers()}
    for e164 in phones:
        parsed = phonenumbers.parse(e164)
        assert phonenumbers.is_possible_number(parsed), e164
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == e164
        assert e164 in drama, e164
    names = " ".join(n for (n,) in all_rows(db, select(Customer.name)))
    assert any(c in names for c in "âïŷôë"), "expected some accented Welsh names"


def test_preferences_and_restrictions_read_back_as_domain_values(db):
    seed(db, CUSTOMERS, now=NOW)
    today = db.calendar.local_date(NOW)
    with db.unit() as uow:
        s = uow.session
        prefs = s.execute(select(ContactPreferenceRow)).scalars().all()
        restrictions = s.execute(select(RestrictionRow)).scalars().all()
        names = dict(s.execute(select(Staff.id, Staff.username)).all())
        roles = dict(s.execute(select(Staff.id, Staff.roles)).all())
        decided = {
            r
            for (r,) in s.execute(
                select(RestrictionEvent.restriction_id).where(RestrictionEvent.event == "decided")
            )
        }
    for row in prefs:
        value = preference_value(row, names.get(row.agreed_by_id))
        assert value.channels and value.agreed_by
        assert row.update_every_days in (None, 7, 14, 28)
    languages = Counter(p.language for p in prefs)
    assert 0.08 < languages["cy"] / len(prefs) < 0.35
    assert restrictions
    for row in restrictions:
        value = restriction_value(row, names)
        assert value.decided_by and value.reason
        assert Role.TEAM_LEADER in roles[row.decided_by_id]
        assert value.review_by == add_months(value.starts_on, 6)
        assert row.id in decided
        if value.kind is RestrictionKind.REPRESENTATIVE_ONLY:
            assert value.terms.representative
    overdue = [
        r for r in restrictions if r.review_by < today and (r.ends_on is None or r.ends_on >= today)
    ]
    assert overdue, "expected some restrictions past their review date"


def test_outreach_checks_and_records_against_seeded_customers(db):
    seed(db, CUSTOMERS, now=NOW)
    refs = [r for (r,) in all_rows(db, select(Customer.ref).order_by(Customer.ref))]
    agents = [
        u
        for u, roles in all_rows(db, select(Staff.username, Staff.roles).order_by(Staff.username))
        if Role.AGENT in roles
    ]
    contacts_before, audit_before = count(db, ContactEvent), count(db, AuditEntry)
    recorded = refused = 0
    channels = list(Channel)[:4]
    for i, ref in enumerate(refs[:40]):
        attempt = Outreach(
            customer_ref=ref,
            staff=agents[i % len(agents)],
            channel=channels[i % len(channels)],
            at=NOW,
            summary="Seed test",
        )
        decision = check_outreach(db, attempt)
        result = record_outreach(db, attempt)
        assert result.decision.allowed == decision.allowed, ref
        assert result.recorded == decision.allowed
        recorded += result.recorded
        refused += not result.recorded
    assert recorded and refused
    assert count(db, ContactEvent) == contacts_before + recorded
    assert count(db, AuditEntry) == audit_before + 40


def test_the_same_seed_makes_the_same_people(tmp_path):
    first = open_database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    second = open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    other = open_database(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    try:
        seed(first, 120, rng_seed=7, now=NOW)
        seed(second, 120, rng_seed=7, now=NOW)
        seed(other, 120, rng_seed=8, now=NOW)
        assert people(first) == people(second)
        assert [p[0] for p in people(other)] == [p[0] for p in people(first)]
        assert [p[1:] for p in people(other)] != [p[1:] for p in people(first)]
        cases = select(Case.ref, Case.subject, Case.stage).order_by(Case.ref)
        assert all_rows(first, cases) == all_rows(second, cases)
    finally:
        for database in (first, second, other):
            database.dispose()


def test_the_same_seed_makes_the_same_people_on_both_databases(sqlite_url, pg_url):
    lite, central = open_database(sqlite_url), open_database(pg_url)
    try:
        seed(lite, 100, now=NOW)
        seed(central, 100, now=NOW)
        assert people(lite) == people(central)
    finally:
        lite.dispose()
        central.dispose()


def test_seeding_again_continues_the_references_and_reuses_the_staff(db):
    with db.unit(write=True) as uow:
        uow.session.add(
            Customer(ref="C-20418", name="Eleri Prys", name_key="eleri prys", surname_key="prys")
        )
        uow.commit()
    staff_only = seed(db, 0, now=NOW)
    assert (staff_only.staff, staff_only.customers, staff_only.first_ref) == (25, 0, None)
    first = seed(db, 50, now=NOW)
    again = seed(db, 50, now=NOW)
    assert (first.first_ref, first.last_ref) == ("C-020419", "C-020468")
    assert (again.first_ref, again.last_ref) == ("C-020469", "C-020518")
    assert (again.teams, again.staff) == (0, 0)
    assert count(db, Staff) == 25 and count(db, Customer) == 101
    # A later run makes new people, not twins of the first run's.
    names = [n for (n,) in all_rows(db, select(Customer.name).order_by(Customer.ref))]
    assert names[1:51] != names[51:]
    case_refs = [r for (r,) in all_rows(db, select(Case.ref))]
    assert len(case_refs) == len(set(case_refs))


def test_negative_counts_are_refused(db):
    with pytest.raises(ValueError):
        seed(db, -1)


def _comparable(value):
    # JSON objects keep their keys in a different order on each database.
    return json.dumps(value, sort_keys=True) if isinstance(value, dict | list) else value


def _canonical(db) -> dict[str, list[tuple]]:
    """Every seeded table's rows with ids replaced by what they point at, for comparing
    databases whose ids differ: staff by username, teams by name, other rows by their content."""
    with db.unit() as uow:
        s = uow.session
        teams = dict(s.execute(select(Team.id, Team.name)).all())
        keys = {"teams": teams, "staff": dict(s.execute(select(Staff.id, Staff.username)).all())}
        out = {}
        for table in seed_module._Generator.TABLES:
            columns = [c for c in table.__table__.columns if c.name != "id"]
            refers = {
                c.name: next(iter(c.foreign_keys)).column.table.name
                for c in columns
                if c.foreign_keys
            }
            name = table.__tablename__
            keys[name], rows = {}, []
            for row in s.execute(select(table.__table__)).mappings():
                values = tuple(
                    (c.name, _comparable(keys[refers[c.name]].get(row[c.name])))
                    if c.name in refers
                    else (c.name, _comparable(row[c.name]))
                    for c in columns
                )
                keys[name][row["id"]] = values
                rows.append(values)
            out[name] = sorted(rows, key=repr)
        changes = Counter(s.execute(select(ChangeLogEntry.table_name, ChangeLogEntry.op)).all())
        out["change_log"] = sorted(changes.items())
    return out


def test_a_postgresql_seed_holds_exactly_what_the_sqlite_seed_holds(sqlite_url, pg_url):
    """PostgreSQL takes the rows by COPY, SQLite by INSERT: every column reads back alike,
    JSON (and SQL NULL against JSON null), instants, dates, enums as text and the
    representative lookup columns filled from the JSON included, as does the change log."""
    lite, central = open_database(sqlite_url), open_database(pg_url)
    sent = []
    listen = lambda _c, _cur, statement, *_a: sent.append(statement)  # noqa: E731
    event.listen(central.engine, "before_cursor_execute", listen)
    try:
        seed(lite, 400, rng_seed=11, now=NOW)
        seed(central, 400, rng_seed=11, now=NOW)
        expected, got = _canonical(lite), _canonical(central)
        assert got.keys() == expected.keys()
        for name in expected:
            assert got[name] == expected[name], name
        reps = [r for r in got["contact_preferences"] if dict(r)["representative"]]
        assert reps and all(dict(r)["representative_phone"] for r in reps)
        assert any(dict(r)["contact_hours"] is None for r in got["contact_preferences"])
    finally:
        event.remove(central.engine, "before_cursor_execute", listen)
        lite.dispose()
        central.dispose()
    # The customers' rows went by COPY, not as INSERT statements.
    assert not [s for s in sent if s.lstrip().upper().startswith("INSERT INTO CUSTOMERS")]


def test_the_demo_has_a_diary_from_today_booked_by_the_rules(db):
    """The visits desk opens on a day with appointments: booked by reception through the
    booking rules (so no visit a rule refuses), some customers with warnings, and the roll call
    holds those whose visit has begun."""
    from datetime import timedelta

    from agent_desktop.services import visits
    from agent_desktop.services.seed import DEMO_VISITS_A_DAY, demo_visits

    seed(db, 300, now=datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    at = datetime(2026, 12, 4, 11, 30, tzinfo=UTC)  # a Friday: three visits have begun
    booked = demo_visits(db, at)
    assert booked == 5 * DEMO_VISITS_A_DAY
    today = visits.day(db, at.date())
    assert len(today) == DEMO_VISITS_A_DAY
    assert {a.booked_by for a in today} <= {"gllewellyn", "pshah"}
    assert any(a.warnings for a in today)
    # The visits whose time has come have arrived, and the first has left.
    assert [a.status for a in today[:4]] == ["left", "arrived", "arrived", "booked"]
    assert [a.customer for a in visits.in_building(db, at)] == [a.customer for a in today[1:3]]
    # The next working day is the Monday.
    assert len(visits.day(db, at.date() + timedelta(days=3))) == DEMO_VISITS_A_DAY
