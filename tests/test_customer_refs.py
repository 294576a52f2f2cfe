"""New customer references: distinct under a race, after imported and seeded ones, and from a
sequence (no scan under a shared lock) on PostgreSQL. Real SQLite and PostgreSQL (`db`)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from alembic import command
from sqlalchemy import text

from agent_desktop.services.customers import create_customer
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.seed import seed
from agent_desktop.store.engine import make_engine
from agent_desktop.store.migrate import alembic_config, upgrade

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"


def _new(db, name="Rhys Morgan") -> str:
    return create_customer(db, name=name, phones=["07700 900123"], created_by="sclarke")


def test_the_first_reference_is_c_000001(db):
    assert _new(db) == "C-000001"
    assert _new(db) == "C-000002"


def test_two_racing_creations_get_distinct_references(db):
    start = threading.Barrier(4)
    made: list[str] = []
    errors: list[BaseException] = []

    def create(i: int) -> None:
        try:
            start.wait()
            for j in range(3):
                made.append(_new(db, f"Racer {i} {j}"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=create, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(made) == len(set(made)) == 12
    assert sorted(made) == [f"C-{n:06d}" for n in range(1, 13)]


def test_references_continue_after_imported_ones(db):
    assert _new(db) == "C-000001"
    import_document(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))  # up to C-30055
    assert _new(db) == "C-030056"


def test_references_continue_after_seeded_ones(db):
    seed(db, 5)
    with db.engine.connect() as conn:
        highest = conn.execute(text("SELECT max(ref) FROM customers")).scalar_one()
    assert _new(db) == f"C-{int(highest[2:]) + 1:06d}"


def test_a_reference_written_by_hand_is_skipped_not_repeated(db):
    assert _new(db) == "C-000001"
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, ref, name, name_key, surname_key, created_at, "
                "updated_at) SELECT :id, 'C-000002', 'By Hand', 'by hand', 'hand', "
                "created_at, updated_at FROM customers WHERE ref = 'C-000001'"
            ),
            {"id": "00000000000000000000000000000042"
             if db.kind == "embedded" else "00000000-0000-0000-0000-000000000042"},
        )  # fmt: skip
    assert _new(db) == "C-000003"


def test_the_sequence_starts_after_the_highest_existing_reference(empty_pg_url):
    """Migration 0008 on a database that already holds customers."""
    engine = make_engine(empty_pg_url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0007")
        for n, ref in enumerate(("C-000120", "C-000007", "C-LEGACY-9", "X-999999")):
            conn.execute(
                text(
                    "INSERT INTO customers (id, ref, name, name_key, surname_key, created_at, "
                    "updated_at) VALUES (gen_random_uuid(), :ref, :name, 'a', 'a', now(), now())"
                ),
                {"ref": ref, "name": f"Existing {n}"},
            )
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT nextval('customer_ref_seq')")).scalar_one() == 121
    engine.dispose()


def test_an_empty_database_starts_the_sequence_at_one(empty_pg_url):
    engine = make_engine(empty_pg_url)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT nextval('customer_ref_seq')")).scalar_one() == 1
    engine.dispose()


def test_seeding_and_importing_the_embedded_file_analyses_it(sqlite_url):
    db = open_database(sqlite_url)
    try:
        seed(db, 3)
        with db.engine.connect() as conn:
            analysed = set(conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars())
            assert {"customers", "staff"} <= analysed
            conn.exec_driver_sql("DROP TABLE sqlite_stat1")
            conn.commit()
        import_document(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
        with db.engine.connect() as conn:
            analysed = set(conn.execute(text("SELECT tbl FROM sqlite_stat1")).scalars())
            assert "customers" in analysed
    finally:
        db.dispose()
