"""A caller found by their representative's number or email: the lookup columns, their indexes,
migration 0006, the replica and the agent's grants, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time
import uuid

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import event, inspect, text
from sqlalchemy.dialects import postgresql

from agent_desktop.services import directory
from agent_desktop.services.database import open_database
from agent_desktop.services.directory import find_customers
from agent_desktop.services.exchange import import_document
from agent_desktop.services.seed import seed
from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import alembic_config, current_revision, head_revision, upgrade
from agent_desktop.store.schema import ContactPreferenceRow, Customer
from tests.desktops import EXAMPLE, _desktop

#: Huw Prys, Eleri Prys's son, speaks for her in the example document.
HUW_PHONE, HUW_EMAIL = "+442920349999", "huw.prys@example.net"
REPRESENTATIVE_INDEXES = {
    "ix_contact_preferences_representative_phone",
    "ix_contact_preferences_representative_email_key",
}


def lookup_columns(engine, customer_id=None) -> list[tuple]:
    """(representative JSON, phone column, email column) of every preference, or one's."""
    where = "" if customer_id is None else "WHERE customer_id = :c"
    params = (
        {}
        if customer_id is None
        else {"c": customer_id.hex if engine.dialect.name == "sqlite" else customer_id}
    )
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT representative, representative_phone, representative_email_key "
                f"FROM contact_preferences {where}"
            ),
            params,
        ).all()
    return [(json.loads(r[0]) if isinstance(r[0], str) else r[0], r[1], r[2]) for r in rows]


def expected_keys(representative) -> tuple:
    rep = representative if isinstance(representative, dict) else {}
    return rep.get("phone"), (rep.get("email") or "").casefold() or None


# --- finding -----------------------------------------------------------------------------------


def test_a_representatives_number_or_email_finds_the_customer_they_act_for(db):
    import_document(db, EXAMPLE)
    for written in ("029 2034 9999", "+44 (0)29 2034 9999", "HUW.Prys@Example.NET"):
        [match] = find_customers(db, written)
        assert (match.ref, match.name, match.representative, match.postcode) == (
            "C-20418",
            "Eleri Prys",
            "Huw Prys",
            "SA31 1AB",
        ), written
    [own] = find_customers(db, "029 2034 5678")
    assert (own.ref, own.representative, own.where) == ("C-20418", None, "SA31 1AB")


# --- keeping the columns in step ----------------------------------------------------------------


def test_every_writer_keeps_the_lookup_columns_in_step_with_the_json(db):
    import_document(db, EXAMPLE)  # import
    seed(db, 300)  # the seed's bulk Core inserts
    found = lookup_columns(db.engine)
    with_representative = [row for row in found if isinstance(row[0], dict)]
    assert with_representative and len(with_representative) < len(found)
    for representative, phone, email_key in found:
        assert (phone, email_key) == expected_keys(representative), representative
    assert (HUW_PHONE, HUW_EMAIL) in {(p, e) for _r, p, e in found}

    # The ORM: given to the constructor, changed later, taken away.
    customer_id = uuid.uuid4()
    with db.unit(write=True) as uow:
        uow.session.add(
            Customer(
                id=customer_id,
                ref="C-900001",
                name="Gwen Lloyd",
                name_key="gwen lloyd",
                surname_key="lloyd",
            )
        )
        uow.session.flush()
        uow.session.add(
            ContactPreferenceRow(
                customer_id=customer_id,
                channels=["phone"],
                representative={
                    "name": "Ifan Lloyd",
                    "phone": "+447700900111",
                    "email": "Ifan.Lloyd@Example.org",
                },
            )
        )
        uow.commit()
    assert lookup_columns(db.engine, customer_id)[0][1:] == (
        "+447700900111",
        "ifan.lloyd@example.org",
    )
    with db.unit(write=True) as uow:
        row = uow.session.execute(
            sa.select(ContactPreferenceRow).where(ContactPreferenceRow.customer_id == customer_id)
        ).scalar_one()
        row.representative = {"name": "Ifan Lloyd", "phone": "+447700900222"}
        uow.commit()
    assert lookup_columns(db.engine, customer_id)[0][1:] == ("+447700900222", None)
    assert [m.representative for m in find_customers(db, "07700 900222")] == ["Ifan Lloyd"]
    assert find_customers(db, "07700 900111") == []
    with db.unit(write=True) as uow:
        row = uow.session.execute(
            sa.select(ContactPreferenceRow).where(ContactPreferenceRow.customer_id == customer_id)
        ).scalar_one()
        row.representative = None
        uow.commit()
    assert lookup_columns(db.engine, customer_id)[0][1:] == (None, None)


# --- the indexes -------------------------------------------------------------------------------


def plans(db, *typed: str) -> dict[str, str]:
    """Each SELECT that find_customers runs for `typed`, with the plan the database gives it."""
    statements = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        for query in typed:
            find_customers(db, query)
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    sqlite = db.engine.dialect.name == "sqlite"
    found = {}
    with db.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql(
                ("EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN ") + statement, parameters
            ).all()
            found[" ".join(statement.split())] = "\n".join(
                str(r[-1] if sqlite else r[0]) for r in rows
            )
    return found


def test_caller_lookups_walk_an_index_on_both_databases(db):
    seed(db, 2000)
    db.refresh_statistics()
    with db.engine.connect() as conn:
        phone, email_key = conn.execute(
            text(
                "SELECT representative_phone, representative_email_key FROM contact_preferences "
                "WHERE representative_phone IS NOT NULL ORDER BY customer_id LIMIT 1"
            )
        ).one()
    assert find_customers(db, phone) and find_customers(db, email_key.upper())
    found = plans(db, phone, email_key.upper(), "c-000007")
    sqlite = db.engine.dialect.name == "sqlite"
    wanted = {
        "customer_phones.e164 =": "ix_customer_phones_e164",
        "contact_preferences.representative_phone =": "ix_contact_preferences_representative_phone",
        "customer_emails.address_key =": "ix_customer_emails_address_key",
        "contact_preferences.representative_email_key =": "ix_contact_preferences_representative_email_key",
        "customers.ref IN": "sqlite_autoindex_customers_" if sqlite else "uq_customers_ref",
    }
    for condition, index in wanted.items():
        [plan] = [p for statement, p in found.items() if condition in statement]
        assert index in plan, (condition, plan)
    for statement, plan in found.items():
        full_scan = (
            [line for line in plan.splitlines() if line.startswith("SCAN ")]
            if sqlite
            else [line for line in plan.splitlines() if "Seq Scan" in line]
        )
        assert not full_scan, (statement, plan)


# --- migration 0006 ----------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request):
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("empty_pg_url")


_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
# contact_preferences as it stood at 0005.
_PREFERENCES_0005 = sa.table(
    "contact_preferences",
    sa.column("id", sa.Uuid()),
    sa.column("customer_id", sa.Uuid()),
    sa.column("channels", _JSON),
    sa.column("language", sa.String()),
    sa.column("accessibility", _JSON),
    sa.column("representative", _JSON),
)


def _preference_columns(engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("contact_preferences")}


def _preference_indexes(engine) -> set[str]:
    return {i["name"] for i in inspect(engine).get_indexes("contact_preferences")}


def _feed_hears_a_preference(engine) -> bool:
    """Whether writing a preference still reaches the change feed (the triggers survived)."""
    customer_id = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Customer.__table__).values(
                id=customer_id,
                ref="C-FEED",
                name="Feed Check",
                name_key="feed check",
                surname_key="check",
            )
        )
        conn.execute(
            sa.insert(_PREFERENCES_0005).values(
                id=uuid.uuid4(),
                customer_id=customer_id,
                channels=["email"],
                language="en",
                accessibility=[],
                representative=sa.null(),
            )
        )
        heard = conn.execute(
            text(
                "SELECT count(*) FROM change_log WHERE "
                "table_name = 'contact_preferences' AND op = 'I'"
            )
        ).scalar_one()
        conn.execute(sa.delete(Customer.__table__).where(Customer.__table__.c.id == customer_id))
        conn.execute(text("DELETE FROM change_log"))
    return heard == 1


def test_migration_0006_fills_the_columns_from_the_json_and_goes_back_down(empty_url):
    engine = make_engine(empty_url)
    upgrade(engine, "0005")
    customers = [uuid.uuid4() for _ in range(5)]
    representatives = [
        {"name": "Delyth Baker", "phone": "+447700900456", "email": "Delyth.Baker@Example.org"},
        {"name": "Huw Prys", "relationship": "son"},  # neither a number nor an address
        {"name": "Siân Ŵyn", "email": "SIAN@example.org"},
        None,  # JSON null, as the ORM writes None
        sa.null(),  # SQL NULL, as an import leaves it
    ]
    with engine.begin() as conn:
        for i, (customer_id, representative) in enumerate(
            zip(customers, representatives, strict=True)
        ):
            conn.execute(
                sa.insert(Customer.__table__).values(
                    id=customer_id,
                    ref=f"C-{i}",
                    name=f"Customer {i}",
                    name_key=f"customer {i}",
                    surname_key=str(i),
                )
            )
            conn.execute(
                sa.insert(_PREFERENCES_0005).values(
                    id=uuid.uuid4(),
                    customer_id=customer_id,
                    channels=["phone"],
                    language="en",
                    accessibility=[],
                    representative=representative,
                )
            )
        conn.execute(text("DELETE FROM change_log"))
    assert "representative_phone" not in _preference_columns(engine)

    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _preference_indexes(engine) >= REPRESENTATIVE_INDEXES
    assert [lookup_columns(engine, c)[0][1:] for c in customers] == [
        ("+447700900456", "delyth.baker@example.org"),
        (None, None),
        (None, "sian@example.org"),
        (None, None),
        (None, None),
    ]
    assert _feed_hears_a_preference(engine)

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    assert current_revision(engine) == "0005"
    assert not {"representative_phone", "representative_email_key"} & _preference_columns(engine)
    assert not REPRESENTATIVE_INDEXES & _preference_indexes(engine)
    assert _feed_hears_a_preference(engine)

    upgrade(engine)
    assert lookup_columns(engine, customers[0])[0][1:] == (
        "+447700900456",
        "delyth.baker@example.org",
    )
    engine.dispose()


# --- the replica -------------------------------------------------------------------------------


def _until(check, seconds: float = 20.0) -> bool:
    """Poll `check` (the feed may hold changes back behind another transaction on the server)."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def test_the_lookup_columns_reach_a_desktops_replica_and_find_offline(central_url, tmp_path):
    desktop = _desktop(central_url, tmp_path, "sclarke")  # C-20418 is their team's work
    try:
        replica = desktop.replica_db
        [customer_id] = [m.id for m in directory.find_customers(replica, "C-20418")]
        assert lookup_columns(replica.engine, customer_id)[0][1:] == (HUW_PHONE, HUW_EMAIL)
        # Found from the replica alone, as when the central database is away.
        [match] = directory.find_customers(replica, "029 2034 9999")
        assert (match.ref, match.representative) == ("C-20418", "Huw Prys")

        with desktop.central.unit(write=True) as uow:
            row = uow.session.execute(
                sa.select(ContactPreferenceRow).where(
                    ContactPreferenceRow.customer_id == customer_id
                )
            ).scalar_one()
            row.representative = {**row.representative, "phone": "+447700900333"}
            uow.commit()
        assert _until(
            lambda: (
                desktop.sync() is not None
                and lookup_columns(replica.engine, customer_id)[0][1] == "+447700900333"
            )
        )
        assert [m.ref for m in directory.find_customers(replica, "07700 900333")] == ["C-20418"]
        assert directory.find_customers(replica, "029 2034 9999") == []
    finally:
        desktop.dispose()


# --- grants ------------------------------------------------------------------------------------


def test_an_agent_may_record_a_representative_and_find_the_customer_by_them(pg_url):
    """The grant matrix covers the new columns: table-wide INSERT and UPDATE, SELECT for all."""
    db = open_database(pg_url)
    import_document(db, EXAMPLE)
    try:
        with db.engine.connect() as conn, conn.begin():
            conn.execute(text("SET LOCAL ROLE agent_desktop_agent"))
            conn.execute(
                text(
                    "UPDATE contact_preferences SET representative_phone = '+447700900444', "
                    'representative = representative || \'{"phone": "+447700900444"}\' '
                    "WHERE representative_phone = :p"
                ),
                {"p": HUW_PHONE},
            )
            found = conn.execute(
                text(
                    "SELECT c.ref FROM customers c JOIN contact_preferences p "
                    "ON p.customer_id = c.id WHERE p.representative_phone = '+447700900444'"
                )
            ).all()
        assert found == [("C-20418",)]
        [match] = find_customers(db, "07700 900444")
        assert match.representative == "Huw Prys"
    finally:
        db.dispose()
