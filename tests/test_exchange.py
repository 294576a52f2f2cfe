"""The exchange format: import is all or nothing, export is deterministic and round-trips.

Every database test runs on a real SQLite file and on a real PostgreSQL database (never
skipped): each PostgreSQL test gets its own database, copied from a template migrated once
for this module and dropped afterwards.
"""

from __future__ import annotations

import copy
import json
import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, func, select, text

from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database, open_database
from agent_desktop.services.exchange import (
    FORMAT,
    DocumentInvalid,
    ImportSummary,
    export_document,
    import_document,
    validate_document,
)
from agent_desktop.store.schema import (
    Base,
    ContactPreferenceRow,
    Customer,
    RestrictionEvent,
    RestrictionRow,
    Staff,
)
from tests.conftest import PG_SERVER

EXAMPLE = Path(__file__).with_name("data") / "example-import.json"
_PREFIX = f"ad_x_{uuid.uuid4().hex[:10]}"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


# fixtures -----------------------------------------------------------------------------------


def _admin():
    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    """A migrated SQLite file and a migrated PostgreSQL database that each test copies."""
    sqlite_template = tmp_path_factory.mktemp("exchange") / "template.sqlite3"
    open_database(f"sqlite:///{sqlite_template}").dispose()
    admin = _admin()
    pg_template = f"{_PREFIX}_tpl"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{pg_template}"'))
    except Exception as exc:  # never a skip: a missing server fails the run
        pytest.fail(f"PostgreSQL at {PG_SERVER} is required: {exc}")
    open_database(f"{PG_SERVER}/{pg_template}").dispose()
    yield {"sqlite": sqlite_template, "postgresql": pg_template}
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{pg_template}" WITH (FORCE)'))
    admin.dispose()


class _Factory:
    """Makes fresh, migrated databases of one kind and drops them afterwards."""

    def __init__(self, kind: str, templates: dict, folder: Path):
        self.kind, self.templates, self.folder = kind, templates, folder
        self.opened: list[Database] = []
        self.pg_names: list[str] = []

    def __call__(self) -> Database:
        name = f"{_PREFIX}_{uuid.uuid4().hex[:10]}"
        if self.kind == "sqlite":
            path = self.folder / f"{name}.sqlite3"
            shutil.copyfile(self.templates["sqlite"], path)
            url = f"sqlite:///{path}"
        else:
            admin = _admin()
            with admin.connect() as conn:
                conn.execute(
                    text(f'CREATE DATABASE "{name}" TEMPLATE "{self.templates["postgresql"]}"')
                )
            admin.dispose()
            self.pg_names.append(name)
            url = f"{PG_SERVER}/{name}"
        db = open_database(url)
        self.opened.append(db)
        return db

    def close(self) -> None:
        for db in self.opened:
            db.dispose()
        if self.pg_names:
            admin = _admin()
            with admin.connect() as conn:
                for name in self.pg_names:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, templates, tmp_path):
    """A factory of empty migrated databases, on SQLite and on PostgreSQL."""
    factory = _Factory(request.param, templates, tmp_path)
    yield factory
    factory.close()


@pytest.fixture
def db(new_db) -> Database:
    return new_db()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def populated(request, templates, tmp_path_factory):
    """A database holding the example document, shared by tests that must not change it."""
    factory = _Factory(request.param, templates, tmp_path_factory.mktemp("populated"))
    db = factory()
    import_document(db, example())
    yield db
    factory.close()


def row_counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


# documents ----------------------------------------------------------------------------------


def second_document() -> dict:
    """The example with new customer and case refs, so it can go into a populated database."""
    doc = example()
    for customer in doc["customers"]:
        customer["ref"] = customer["ref"].replace("C-", "N-")
        for case in customer.get("cases", []):
            case["ref"] = case["ref"] + "-N"
        for item in customer.get("work_items", []):
            if "case" in item:
                item["case"] = item["case"] + "-N"
    return doc


def rich_document() -> dict:
    """Every restriction kind, the lifecycle fields, and the optional fields left out."""
    doc = example()
    doc["office"] = {
        "timezone": "Europe/London",
        "region": "ENG",
        "opens": "08:30",
        "closes": "16:30",
    }
    doc["teams"].append({"name": "Managers"})
    doc["staff"].append(
        {
            "username": "amorgan",
            "name": "Alys Morgan",
            "roles": ["manager", "admin"],
            "team": "Managers",
        }
    )
    doc["staff"].append({"username": "bdavies", "name": "Bryn Davies", "roles": ["agent"]})
    common = {"category": "safeguarding", "decided_by": "amorgan", "starts_on": "2026-01-10"}
    restrictions = [
        {
            "kind": "no_contact",
            "reason": "Safeguarding referral",
            **common,
            "ends_on": "2026-02-10",
            "customer_notified_on": "2026-01-11",
        },
        {
            "kind": "representative_only",
            "representative": "Gwen Ellis",
            "reason": "Via daughter",
            **common,
        },
        {
            "kind": "behaviour_warning",
            "reason": "Warned about language",
            **common,
            "review_by": "2026-12-31",
        },
        {
            "kind": "two_staff_present",
            "reason": "Visits with two staff",
            **common,
            "adjustment_considered": True,
        },
        {
            "kind": "max_contacts",
            "limit": 2,
            "per_days": 14,
            "reason": "Two contacts a fortnight",
            **common,
            "lifted_at": "2026-03-01T12:00:00Z",
            "lifted_by": "amorgan",
            "lift_reason": "Behaviour improved",
        },
    ]
    doc["customers"].append(
        {
            "ref": "C-40001",
            "name": "Gareth  Ellis",
            "phones": ["+44 7700 900123"],
            "emails": [],
            "preferences": {
                "channels": ["letter"],
                "language": "en",
                "representative": {"name": "Gwen Ellis"},
                "contact_hours": {"days": ["sat", "mon"], "start": "09:00", "end": "12:00"},
            },
            "restrictions": restrictions,
            "contacts": [
                {"at": "2026-03-29T00:30:00+01:00", "channel": "letter", "direction": "inbound"},
                {
                    "at": "2026-03-30T09:00:00.250000+01:00",
                    "channel": "letter",
                    "direction": "outbound",
                    "staff": "bdavies",
                    "purpose": "follow_up",
                    "recipient": "representative",
                    "override_reason": "Customer asked",
                    "authorised_by": "amorgan",
                },
            ],
            "cases": [
                {
                    "ref": "CASE-2026-0002",
                    "subject": "Closed one",
                    "stage": "closed",
                    "opened_on": "2026-01-02",
                    "closed_on": "2026-02-02",
                },
                {
                    "ref": "CASE-2026-0001",
                    "subject": "Open one",
                    "stage": "enquiry",
                    "owner": "bdavies",
                    "team": "Managers",
                    "opened_on": "2026-01-01",
                    "target_on": "2026-03-01",
                },
            ],
            "work_items": [
                {
                    "kind": "info_check",
                    "due": "2026-03-02T16:30:00+00:00",
                    "status": "done",
                    "note": "Nothing new",
                },
                {
                    "kind": "callback",
                    "case": "CASE-2026-0001",
                    "due": "2026-03-02T16:30:00+00:00",
                    "team": "Managers",
                    "status": "cancelled",
                },
            ],
        }
    )
    return doc


# import and export --------------------------------------------------------------------------


def test_the_example_document_imports(db):
    summary = import_document(db, example())
    assert summary == ImportSummary(
        teams=2, staff=4, customers=3, contacts=3, restrictions=7, cases=1, work_items=1
    )
    assert summary.to_json()["restrictions"] == 7
    assert db.calendar.region == "WLS"
    with db.unit() as uow:
        s = uow.session
        eleri = s.execute(select(Customer).where(Customer.ref == "C-20418")).scalar_one()
        assert (eleri.name_key, eleri.surname_key) == ("eleri prys", "prys")
        assert [p.e164 for p in eleri.phones] == ["+442920345678", "+447700900812"]
        assert [(e.address, e.address_key) for e in eleri.emails] == [
            ("eleri.prys@example.net", "eleri.prys@example.net")
        ]
        prefs = s.execute(select(ContactPreferenceRow)).scalars().all()
        assert len(prefs) == 2
        rep = next(p.representative for p in prefs if p.representative)
        assert rep["phone"] == "+442920349999"
        assert (
            s.execute(
                select(func.count())
                .select_from(RestrictionEvent)
                .where(RestrictionEvent.event == "decided")
            ).scalar_one()
            == 7
        )
        decider = s.execute(select(Staff.id).where(Staff.username == "mhughes")).scalar_one()
        assert set(s.execute(select(RestrictionRow.decided_by_id)).scalars()) == {decider}


@pytest.mark.parametrize("make", [example, rich_document], ids=["example", "rich"])
def test_export_then_import_into_an_empty_database_reproduces_the_export(new_db, make):
    first, second = new_db(), new_db()
    import_document(first, make())
    exported = export_document(first)
    import_document(second, copy.deepcopy(exported))
    again = export_document(second)
    assert again == exported
    assert json.dumps(again, indent=2) == json.dumps(exported, indent=2)
    assert json.dumps(export_document(first)) == json.dumps(exported)  # deterministic


def test_export_writes_the_exchange_format(db):
    import_document(db, rich_document())
    doc = export_document(db)
    assert doc["format"] == FORMAT
    assert doc["office"] == {
        "timezone": "Europe/London",
        "region": "ENG",
        "opens": "08:30",
        "closes": "16:30",
    }
    assert [t["name"] for t in doc["teams"]] == ["Casework South", "Managers", "Reception"]
    assert doc["teams"][1] == {"name": "Managers"}
    assert [s["username"] for s in doc["staff"]] == sorted(s["username"] for s in doc["staff"])
    bryn = next(s for s in doc["staff"] if s["username"] == "bdavies")
    assert bryn == {
        "username": "bdavies",
        "name": "Bryn Davies",
        "roles": ["agent"],
        "welsh_speaker": False,
        "capacity": 40,
    }
    megan = next(s for s in doc["staff"] if s["username"] == "mhughes")
    assert megan["phone"] == "+442920460101" and megan["team"] == "Casework South"
    refs = [c["ref"] for c in doc["customers"]]
    assert refs == sorted(refs)
    eleri = next(c for c in doc["customers"] if c["ref"] == "C-20418")
    assert eleri["contacts"][0] == {
        "at": "2026-11-16T10:20:00+00:00",
        "channel": "phone",
        "direction": "inbound",
        "staff": "dowen",
        "purpose": "proactive",
        "summary": "Asked for an update on her complaint",
    }
    assert eleri["preferences"]["contact_hours"] == {
        "days": ["mon", "tue", "wed", "thu", "fri"],
        "start": "10:00",
        "end": "15:00",
    }
    jordan = next(c for c in doc["customers"] if c["ref"] == "C-30055")
    assert "preferences" not in jordan and "cases" not in jordan
    assert [r["kind"] for r in jordan["restrictions"]] == [
        "channel_only",
        "no_visits",
        "read_and_file",
    ]
    gareth = next(c for c in doc["customers"] if c["ref"] == "C-40001")
    assert [k["ref"] for k in gareth["cases"]] == ["CASE-2026-0001", "CASE-2026-0002"]
    assert [c["at"] for c in gareth["contacts"]] == [
        "2026-03-28T23:30:00+00:00",
        "2026-03-30T08:00:00.250000+00:00",
    ]
    assert "staff" not in gareth["contacts"][0]
    assert gareth["contacts"][1]["recipient"] == "representative"
    lifted = next(r for r in gareth["restrictions"] if r["kind"] == "max_contacts")
    assert lifted["lifted_at"] == "2026-03-01T12:00:00+00:00"
    assert (lifted["lifted_by"], lifted["lift_reason"]) == ("amorgan", "Behaviour improved")
    assert lifted["review_by"] == "2026-07-10"  # six months by default
    assert "ends_on" not in lifted and "customer_notified_on" not in lifted
    assert gareth["preferences"]["contact_hours"]["days"] == ["mon", "sat"]
    assert [w["kind"] for w in gareth["work_items"]] == ["callback", "info_check"]


def test_export_of_one_customer(populated):
    doc = export_document(populated, "C-17702")
    full = export_document(populated)
    assert [c["ref"] for c in doc["customers"]] == ["C-17702"]
    assert doc["customers"][0] == next(c for c in full["customers"] if c["ref"] == "C-17702")
    assert doc["teams"] == full["teams"] and doc["staff"] == full["staff"]
    with pytest.raises(InvalidInput) as caught:
        export_document(populated, "C-99999")
    assert caught.value.field == "customer"


def test_phones_in_any_written_form_come_out_in_e164(db):
    doc = example()
    doc["customers"][0]["phones"] = [
        "029 2034 5678",
        "(029) 2034-5678",
        "+44 29 2034 5678",
        "0044 29 2034 5678",
        "+442920345678",
        "07700900812",
        "+1 202-555-0143",
    ]
    doc["staff"][0]["phone"] = "+44 (0)29 2046 0101"
    import_document(db, doc)
    out = export_document(db)
    assert out["customers"][1]["ref"] == "C-20418"
    assert out["customers"][1]["phones"] == ["+442920345678"] * 5 + [
        "+447700900812",
        "+12025550143",
    ]
    megan = next(s for s in out["staff"] if s["username"] == "mhughes")
    assert megan["phone"] == "+442920460101"


def test_existing_teams_and_staff_are_updated_and_may_be_referred_to(db):
    import_document(db, example())
    doc = {
        "format": FORMAT,
        "staff": [
            {
                "username": "sclarke",
                "name": "Sarah Clarke-Jones",
                "roles": ["team_leader"],
                "team": "Reception",
                "phone": "029 2046 0199",
            }
        ],
        "customers": [
            {
                "ref": "C-50000",
                "name": "Ifan Rhys",
                "contacts": [],
                "restrictions": [
                    {
                        "kind": "no_visits",
                        "category": "aggressive",
                        "reason": "Shouted at reception",
                        "decided_by": "sclarke",
                        "starts_on": "2026-05-01",
                    }
                ],
                "cases": [
                    {
                        "ref": "CASE-9",
                        "subject": "s",
                        "stage": "review",
                        "owner": "dowen",
                        "team": "Casework South",
                        "opened_on": "2026-05-01",
                    }
                ],
            }
        ],
    }
    summary = import_document(db, doc)
    assert (summary.staff, summary.customers, summary.cases) == (1, 1, 1)
    out = export_document(db)
    sarah = next(s for s in out["staff"] if s["username"] == "sclarke")
    assert sarah == {
        "username": "sclarke",
        "name": "Sarah Clarke-Jones",
        "roles": ["team_leader"],
        "team": "Reception",
        "welsh_speaker": False,
        "phone": "+442920460199",
        "capacity": 40,
    }
    assert len(out["staff"]) == 4 and db.calendar.region == "WLS"


def test_validate_document_is_pure_and_reads_the_example():
    parsed = validate_document(example())
    assert [c.ref for c in parsed.customers] == ["C-20418", "C-17702", "C-30055"]
    assert parsed.office.region == "WLS"
    with pytest.raises(DocumentInvalid) as caught:
        validate_document(
            {
                "format": FORMAT,
                "customers": [
                    {
                        "ref": "C-1",
                        "name": "A B",
                        "contacts": [
                            {
                                "at": "2026-01-01T10:00:00Z",
                                "channel": "phone",
                                "direction": "outbound",
                                "staff": "dowen",
                            }
                        ],
                    }
                ],
            }
        )
    assert caught.value.field == "customers[0].contacts[0].staff"


def test_large_documents_use_a_bounded_number_of_statements(db):
    doc = example()
    template = doc["customers"][0]
    for i in range(1500):
        customer = copy.deepcopy(template)
        customer["ref"] = f"B-{i:05d}"
        customer["cases"][0]["ref"] = f"CASE-B-{i:05d}"
        customer["work_items"][0]["case"] = f"CASE-B-{i:05d}"
        doc["customers"].append(customer)
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        summary = import_document(db, doc)
        imported = len(statements)
        out = export_document(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert summary.customers == 1503 and len(out["customers"]) == 1503
    assert imported < 120, imported
    assert len(statements) - imported < 20


# bad input ----------------------------------------------------------------------------------


def _set(path: str, value):
    """A mutation that sets (or, with value DELETE, removes) the value at a dotted path."""

    def mutate(doc):
        target, keys = doc, path.replace("[", ".").replace("]", "").split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = int(keys[-1]) if isinstance(target, list) else keys[-1]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
        return doc

    return mutate


DELETE = object()

BAD_INPUT = [
    (
        "unknown channel",
        _set("customers[0].contacts[0].channel", "pigeon"),
        "customers[0].contacts[0].channel",
        "unknown value 'pigeon'",
    ),
    (
        "malformed phone",
        _set("customers[0].phones[1]", "call me maybe"),
        "customers[0].phones[1]",
        "not a phone number",
    ),
    (
        "impossible phone",
        _set("customers[1].phones[0]", "0292034567890123"),
        "customers[1].phones[0]",
        "not a possible phone number",
    ),
    (
        "malformed date",
        _set("customers[1].restrictions[2].starts_on", "2026-13-01"),
        "customers[1].restrictions[2].starts_on",
        "is not a date",
    ),
    (
        "instant without offset",
        _set("customers[0].contacts[1].at", "2026-11-16T14:05:00"),
        "customers[0].contacts[1].at",
        "needs a UTC offset",
    ),
    (
        "restriction without reason",
        _set("customers[1].restrictions[1].reason", DELETE),
        "customers[1].restrictions[1].reason",
        "is required",
    ),
    (
        "review more than twelve months on",
        _set("customers[2].restrictions[0].review_by", "2027-10-06"),
        "customers[2].restrictions[0].review_by",
        "twelve months",
    ),
    (
        "decided by an agent",
        _set("customers[2].restrictions[1].decided_by", "sclarke"),
        "customers[2].restrictions[1].decided_by",
        "not a team leader or manager",
    ),
    (
        "unknown contact staff",
        _set("customers[1].contacts[0].staff", "nobody"),
        "customers[1].contacts[0].staff",
        "no member of staff",
    ),
    (
        "unknown case owner",
        _set("customers[0].cases[0].owner", "nobody"),
        "customers[0].cases[0].owner",
        "no member of staff",
    ),
    (
        "unknown single point of contact",
        _set("customers[1].restrictions[0].staff", "nobody"),
        "customers[1].restrictions[0].staff",
        "no member of staff",
    ),
    (
        "unknown agreed_by",
        _set("customers[0].preferences.agreed_by", "nobody"),
        "customers[0].preferences.agreed_by",
        "no member of staff",
    ),
    ("unknown team leader", _set("teams[1].leader", "nobody"), "teams[1].leader", "no member"),
    ("unknown staff team", _set("staff[2].team", "Nowhere"), "staff[2].team", "no team"),
    (
        "unknown work item case",
        _set("customers[0].work_items[0].case", "CASE-X"),
        "customers[0].work_items[0].case",
        "no case",
    ),
    (
        "unknown role",
        _set("staff[1].roles", ["agent", "wizard"]),
        "staff[1].roles[1]",
        "unknown value 'wizard'",
    ),
    (
        "outbound without staff",
        _set("customers[0].contacts[1].staff", DELETE),
        "customers[0].contacts[1].staff",
        "required for an outbound contact",
    ),
    (
        "duplicate customer ref",
        _set("customers[2].ref", "N-20418"),
        "customers[2].ref",
        "appears twice",
    ),
    ("duplicate username", _set("staff[3].username", "dowen"), "staff[3].username", "twice"),
    (
        "unknown customer key",
        _set("customers[0].favourite_colour", "red"),
        "customers[0].favourite_colour",
        "not a field",
    ),
    (
        "unknown contact key",
        _set("customers[1].contacts[0].mood", "cross"),
        "customers[1].contacts[0].mood",
        "not a field",
    ),
    ("unknown top-level key", _set("appointments", []), "appointments", "not a field"),
    ("wrong format", _set("format", "agent-desktop/2"), "format", "expected 'agent-desktop/1'"),
    ("customer not an object", _set("customers[1]", "C-17702"), "customers[1]", "JSON object"),
    ("customers not a list", _set("customers", {"ref": "C-1"}), "customers", "must be a list"),
    ("bad office", _set("office.timezone", "Mars/Olympus"), "office.timezone", "unknown timezone"),
    (
        "bad stage",
        _set("customers[0].cases[0].stage", "pondering"),
        "customers[0].cases[0].stage",
        "unknown value",
    ),
]


@pytest.mark.parametrize(
    "mutate, path, fragment", [case[1:] for case in BAD_INPUT], ids=[case[0] for case in BAD_INPUT]
)
def test_bad_input_names_its_path_and_changes_nothing(populated, mutate, path, fragment):
    before = row_counts(populated)
    exported = export_document(populated)
    with pytest.raises(DocumentInvalid) as caught:
        import_document(populated, mutate(second_document()))
    error = caught.value
    assert [e.field for e in error.errors] == [path], [str(e) for e in error.errors]
    assert error.field == path and fragment in error.message
    assert str(error) == f"{path}: {error.errors[0].message}"
    assert row_counts(populated) == before
    assert export_document(populated) == exported


@pytest.mark.parametrize("doc", [[], "agent-desktop/1", None, 7], ids=repr)
def test_a_document_that_is_not_an_object_is_refused(populated, doc):
    before = row_counts(populated)
    with pytest.raises(DocumentInvalid) as caught:
        import_document(populated, doc)
    assert caught.value.field == "document" and len(caught.value.errors) == 1
    assert row_counts(populated) == before


def test_customers_already_in_the_database_are_refused(populated):
    before = row_counts(populated)
    with pytest.raises(DocumentInvalid) as caught:
        import_document(populated, example())
    assert [str(e) for e in caught.value.errors] == [
        "customers[0].ref: customer C-20418 already exists",
        "customers[0].cases[0].ref: case CASE-2026-0931 already exists",
        "customers[1].ref: customer C-17702 already exists",
        "customers[2].ref: customer C-30055 already exists",
    ]
    assert (
        str(caught.value) == "customers[0].ref: customer C-20418 already exists (and 3 more errors)"
    )
    assert row_counts(populated) == before


def test_every_error_is_reported_on_one_line(populated):
    doc = second_document()
    doc["format"] = "agent-desktop/0"
    doc["staff"][2]["roles"] = []
    doc["customers"][0]["phones"][0] = "not\na phone"
    doc["customers"][0]["contacts"][0]["at"] = "yesterday"
    doc["customers"][0]["contacts"][1]["channel"] = "fax"
    doc["customers"][1]["restrictions"][3]["decided_by"] = "dowen"
    doc["customers"][2]["name"] = " "
    doc["customers"][2]["restrictions"][0]["reason"] = ""
    before = row_counts(populated)
    with pytest.raises(DocumentInvalid) as caught:
        import_document(populated, doc)
    assert [e.field for e in caught.value.errors] == [
        "format",
        "staff[2].roles",
        "customers[0].phones[0]",
        "customers[0].contacts[0].at",
        "customers[0].contacts[1].channel",
        "customers[1].restrictions[3].decided_by",
        "customers[2].name",  # stops that customer: its restriction is not reached
    ]
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("format: ") and message.endswith(" (and 6 more errors)")
    assert row_counts(populated) == before


def test_one_more_error_is_singular():
    doc = example()
    doc["format"] = None
    doc["customers"][0]["name"] = ""
    with pytest.raises(DocumentInvalid) as caught:
        validate_document(doc)
    assert str(caught.value).endswith(" (and 1 more error)")
    assert isinstance(caught.value, InvalidInput)
