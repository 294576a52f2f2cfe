"""The queue's text filter finds exactly what its rule says, on generated data, on both databases.

The rule: an open item matches a text when its customer's reference starts with the text as
typed or in capitals, its customer's name key or surname key starts with the text's name key,
or its case's reference starts with the text as typed or in capitals. The filter is checked
against that rule written out in Python, for every prefix of every name and reference held,
and again after customers, cases and items are renamed, moved, closed and deleted.
"""

from __future__ import annotations

import random
import uuid
from collections import namedtuple
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, select, update

from agent_desktop.domain.parsing import name_key
from agent_desktop.services import work_queue
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.services.work_queue import (
    QueueFilter,
    queue_ids,
    queue_snapshot,
    queue_update,
)
from agent_desktop.store.schema import Case, Customer, Staff, Team, WorkItem

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=UTC)
DEFAULT = frozenset({QueueFilter.MINE, QueueFilter.TEAM})
_Item = namedtuple("_Item", "id customer_id case_id due_at status assignee_id team_id")

FORENAMES = [
    "Siân",
    "Siôn",
    "Eleri",
    "Ömer",
    "Łukasz",
    "José María",
    "Zoë",
    "Renée",
    "Ifan",
    "Chloé",
    "Ægir",
    "Nguyễn Thị",
    "Αλέξανδρος",
    "Наталья",
    "Mari-Jo",
    "ANNA",
]
SURNAMES = [
    "Jones",
    "O'Brien",
    "D'Arcy",
    "ap Rhys",
    "Prys",
    "Price",
    "Pritchard",
    "Straße",
    "Strauss",
    "Müller",
    "MULLER",
    "Smith-Jones",
    "Ó Súilleabháin",
    "李",
    "van der Berg",
    "Williams",
]
# References as an import may hold them: capitals, lower case, mixed, dots and dashes.
REF_SHAPES = ["C-{n}", "c-{n}", "C-{n:06d}", "IMP.{n}", "imp-{n}a", "X_{n}", "C-{n}-B"]
CASE_SHAPES = ["CASE-2026-{n:06d}", "case-2026-{n:06d}", "CASE-{n}", "Ref/{n}"]


def _starts(value: str | None, prefix: str) -> bool:
    return value is not None and value.startswith(prefix)


def _expected(conn_rows: dict, user, filters: frozenset, text: str) -> list[uuid.UUID]:
    """The rule, applied to every item: ids in (due, id) order."""
    text = text.strip()
    refs = {text, text.upper()}
    key = name_key(text)
    customers, cases, items = conn_rows["customers"], conn_rows["cases"], conn_rows["items"]
    found = []
    for item in items:
        if item.status != "open":
            continue
        if QueueFilter.MINE in filters or QueueFilter.TEAM in filters:
            mine = QueueFilter.MINE in filters and item.assignee_id == user.id
            team = (
                QueueFilter.TEAM in filters
                and user.team_id is not None
                and item.team_id == user.team_id
            )
            if not (mine or team):
                continue
        if text:
            customer = customers[item.customer_id]
            case = cases.get(item.case_id)
            matched = (
                any(_starts(customer.ref, r) for r in refs)
                or bool(key)
                and (_starts(customer.name_key, key) or _starts(customer.surname_key, key))
                or case is not None
                and any(_starts(case.ref, r) for r in refs)
            )
            if not matched:
                continue
        found.append(item)
    found.sort(key=lambda i: (i.due_at, i.id))
    return [i.id for i in found]


def _rows(db) -> dict:
    with db.unit() as uow:
        s = uow.session
        customers = {
            r.id: r
            for r in s.execute(
                select(Customer.id, Customer.ref, Customer.name_key, Customer.surname_key)
            ).all()
        }
        cases = {r.id: r for r in s.execute(select(Case.id, Case.ref)).all()}
        items = s.execute(
            select(
                WorkItem.id,
                WorkItem.customer_id,
                WorkItem.case_id,
                WorkItem.due_at,
                WorkItem.status,
                WorkItem.assignee_id,
                WorkItem.team_id,
            )
        ).all()
    # Due instants compare as aware datetimes whichever database they came from.
    items = [
        _Item(*i)._replace(due_at=i.due_at if i.due_at.tzinfo else i.due_at.replace(tzinfo=UTC))
        for i in items
    ]
    return {"customers": customers, "cases": cases, "items": items}


def _populate(db, rng: random.Random) -> None:
    with db.unit(write=True) as uow:
        s = uow.session
        teams = [Team(id=uuid.uuid4(), name=f"Team {n}") for n in range(3)]
        s.add_all(teams)
        s.flush()
        staff = [
            Staff(
                id=uuid.uuid4(),
                username=name,
                name=name.title(),
                roles=["agent"],
                team_id=teams[n % 2].id,
            )
            for n, name in enumerate(["sclarke", "dowen", "ajones", "bward"])
        ]
        s.add_all(staff)
        s.flush()
        customers = []
        for n in range(1, 121):
            forename, surname = rng.choice(FORENAMES), rng.choice(SURNAMES)
            full = f"{forename} {surname}"
            customers.append(
                Customer(
                    id=uuid.uuid4(),
                    ref=rng.choice(REF_SHAPES).format(n=n),
                    name=full,
                    name_key=name_key(full),
                    surname_key=name_key(surname),
                )
            )
        s.add_all(customers)
        s.flush()
        cases = []
        for n in range(1, 41):
            customer = rng.choice(customers)
            cases.append(
                Case(
                    id=uuid.uuid4(),
                    ref=rng.choice(CASE_SHAPES).format(n=n),
                    customer_id=customer.id,
                    subject="Parking appeal",
                    stage="assessment",
                    team_id=rng.choice(teams).id,
                    opened_on=date(2026, 5, 1),
                )
            )
        s.add_all(cases)
        s.flush()
        for _ in range(400):
            if rng.random() < 0.4:
                case = rng.choice(cases)
                customer_id, case_id = case.customer_id, case.id
            else:
                customer_id, case_id = rng.choice(customers).id, None
            s.add(
                WorkItem(
                    id=uuid.uuid4(),
                    kind="callback",
                    customer_id=customer_id,
                    case_id=case_id,
                    # Some share a due instant, so the order by id counts too.
                    due_at=NOW + timedelta(hours=rng.randrange(-60, 60)),
                    team_id=rng.choice(teams).id,
                    assignee_id=rng.choice(staff).id if rng.random() < 0.8 else None,
                    status="open" if rng.random() < 0.9 else "done",
                )
            )
        uow.commit()


def _texts(rows: dict, rng: random.Random) -> list[str]:
    """Every prefix of a sample of the references and names held, as typed and in other cases."""
    whole = set()
    sample = rng.sample(sorted(rows["customers"].values(), key=lambda c: c.ref), 25)
    for customer in sample:
        whole |= {customer.ref, customer.ref.lower(), customer.ref.swapcase()}
    for case in rows["cases"].values():
        whole |= {case.ref, case.ref.lower()}
    whole |= set(FORENAMES) | set(SURNAMES)
    whole |= {f"{f} {s}" for f, s in zip(FORENAMES, SURNAMES, strict=True)}
    texts = {text[: n + 1] for text in whole for n in range(len(text))}
    texts |= {"  siAN  ", "o'b", "O’Brien", "strass", "STRASSE", "%", "_", "C-%", "nobody", " "}
    return sorted(texts)


def _check(db, user, texts: list[str]) -> int:
    rows = _rows(db)
    checked = 0
    for filters in (DEFAULT, frozenset()):
        for text in texts:
            expected = _expected(rows, user, filters, text)
            assert queue_ids(db, user, filters, text, now=NOW) == expected, (filters, text)
            checked += bool(expected)
    for text in texts[::7]:
        _check_snapshot(db, user, rows, text)
    return checked


def _check_snapshot(db, user, rows, text: str) -> None:
    """A search shows the first SEARCH_SHOWS matches in due order, says whether there are more,
    and counts the overdue among those it shows."""
    expected = _expected(rows, user, DEFAULT, text)
    snapshot = queue_snapshot(db, user, DEFAULT, text, now=NOW)
    due = {i.id: i.due_at for i in rows["items"]}
    shows = work_queue.SEARCH_SHOWS if text.strip() else len(expected)
    assert snapshot.ids == expected[:shows], text
    assert snapshot.more == (len(expected) > shows), text
    assert snapshot.overdue == sum(1 for i in expected[:shows] if due[i] < NOW), text


def test_text_filter_follows_the_rule_through_updates_and_deletes(db):
    rng = random.Random(20260616)
    _populate(db, rng)
    user = sign_in(db, "sclarke")
    texts = _texts(_rows(db), rng)
    assert _check(db, user, texts) > 200  # most texts find something

    # Renamed, re-referenced, moved, closed and deleted rows are found (or not) at once.
    rows = _rows(db)
    customers = sorted(rows["customers"].values(), key=lambda c: c.ref)
    renamed, rereffed, gone = customers[0], customers[1], customers[2]
    a_case = sorted(rows["cases"].values(), key=lambda c: c.ref)[0]
    items = sorted(rows["items"], key=lambda i: i.id)
    with db.unit(write=True) as uow:
        s = uow.session
        s.execute(
            update(Customer)
            .where(Customer.id == renamed.id)
            .values(name="Zoë D'Arcy", name_key="zoe d'arcy", surname_key="d'arcy")
        )
        s.execute(update(Customer).where(Customer.id == rereffed.id).values(ref="new-ref-1"))
        s.execute(update(Case).where(Case.id == a_case.id).values(ref="CASE-MOVED-1"))
        s.execute(delete(WorkItem).where(WorkItem.customer_id == gone.id))
        s.execute(delete(Customer).where(Customer.id == gone.id))
        s.execute(update(WorkItem).where(WorkItem.id == items[0].id).values(status="done"))
        s.execute(
            update(WorkItem)
            .where(WorkItem.id == items[1].id)
            .values(customer_id=renamed.id, case_id=None)
        )
        s.execute(delete(WorkItem).where(WorkItem.id == items[2].id))
        uow.commit()
    later = texts + ["zoe d'a", "Zoë D'Arcy", "new-", "NEW-REF", "CASE-MOVED", "case-moved-1"]
    later += [renamed.ref, rereffed.ref, gone.ref, a_case.ref]
    _check(db, user, sorted(set(later)))


@pytest.mark.parametrize("many", [1, 10**9], ids=["read-in-due-order", "from-the-matches"])
def test_a_search_shows_its_first_matches_either_way_it_reads(db, monkeypatch, many):
    """Whether a search starts from the matching customers and cases or tests the queue's
    items in due order, it shows the same first matches, and says when there are more."""
    monkeypatch.setattr(work_queue, "SEARCH_SHOWS", 7)
    monkeypatch.setattr(work_queue, "_MANY_MATCHES", many)
    rng = random.Random(5)
    _populate(db, rng)
    user = sign_in(db, "sclarke")
    rows = _rows(db)
    texts = _texts(rows, rng)[::5]
    counts = {len(_expected(rows, user, DEFAULT, t)) for t in texts}
    assert min(counts) == 0 and max(counts) > 7 and counts & set(range(1, 8))
    for text in texts:
        _check_snapshot(db, user, rows, text)


def test_update_places_rows_as_the_filtered_snapshot_does(db):
    """queue_update, with a text, places each changed customer's items where a snapshot would."""
    rng = random.Random(7)
    _populate(db, rng)
    user = sign_in(db, "sclarke")
    rows = _rows(db)
    for customer in rng.sample(sorted(rows["customers"].values(), key=lambda c: c.ref), 8):
        for text in (customer.ref[:3], customer.surname_key[:2], customer.ref):
            snapshot = queue_snapshot(db, user, DEFAULT, text, now=NOW)
            change = queue_update(db, user, DEFAULT, text, frozenset({customer.ref}), now=NOW)
            theirs = {i.id for i in rows["items"] if i.customer_id == customer.id}
            assert change.removed == theirs
            assert change.placed == [(n, i) for n, i in enumerate(snapshot.ids) if i in theirs], (
                text
            )
            assert (change.total, change.overdue) == (len(snapshot.ids), snapshot.overdue)


def test_sqlite_reads_the_matching_customers_once_and_their_items_by_customer(sqlite_url):
    """On an analysed SQLite file the filter starts from the customers whose names or references
    match, reads them once, and reaches their items through ix_work_items_customer_id: it
    never walks the open queue in due order, and the second test costs no second search."""
    from sqlalchemy import event

    from agent_desktop.services.database import open_database
    from agent_desktop.store.statistics import analyse_sqlite

    db = open_database(sqlite_url)
    try:
        seed(db, 3000, now=NOW)
        analyse_sqlite(db.engine)
        user = sign_in(db, "sclarke")
        seen = []

        def capture(_conn, _cursor, statement, parameters, _context, _many):
            if "work_items" in statement and "customers" in statement:
                seen.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        try:
            queue_ids(db, user, DEFAULT, "pri", now=NOW)
        finally:
            event.remove(db.engine, "before_cursor_execute", capture)
        [(statement, parameters)] = seen
        with db.engine.connect() as conn:
            plan = [
                row[3]
                for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            ]
        text = "\n".join(plan)
        assert any(
            p.startswith("SEARCH work_items USING") and "ix_work_items_customer_id" in p
            for p in plan
        ), text
        assert not any(p.startswith("SCAN work_items") for p in plan), text
        assert (
            sum(p.startswith("SEARCH customers USING INDEX ix_customers_name_key") for p in plan)
            == 1
        ), text
    finally:
        db.dispose()


def test_update_places_many_rows_in_one_counting_pass_as_the_snapshot_does(db, monkeypatch):
    """The counts and every changed row's place come from one pass over the queue (a column
    each, a few to a pass here so that several passes are needed): each place, the total and
    the overdue are what a snapshot shows, under every filter."""
    import agent_desktop.services.work_queue as work_queue

    monkeypatch.setattr(work_queue, "_PLACES_PER_PASS", 3)
    rng = random.Random(11)
    _populate(db, rng)
    user = sign_in(db, "sclarke")
    rows = _rows(db)
    customers = sorted(rows["customers"].values(), key=lambda c: c.ref)
    refs = frozenset(c.ref for c in rng.sample(customers, 12))
    for filters in (
        DEFAULT,
        frozenset({QueueFilter.MINE}),
        DEFAULT | {QueueFilter.OVERDUE},
        DEFAULT | {QueueFilter.DUE_TODAY},
        frozenset(),
    ):
        snapshot = queue_snapshot(db, user, filters, "", now=NOW)
        change = queue_update(db, user, filters, "", refs, now=NOW)
        theirs = {i.id for i in rows["items"] if rows["customers"][i.customer_id].ref in refs}
        assert change.placed == [(n, i) for n, i in enumerate(snapshot.ids) if i in theirs]
        assert len(change.placed) > 3 or filters != DEFAULT
        assert (change.total, change.overdue) == (len(snapshot.ids), snapshot.overdue), filters
        nothing = queue_update(db, user, filters, "", frozenset(), now=NOW)
        assert (nothing.placed, nothing.total, nothing.overdue) == (
            [],
            len(snapshot.ids),
            snapshot.overdue,
        )


def test_sqlite_counts_the_queue_from_the_index_of_open_work_alone(sqlite_url):
    """On an analysed SQLite file the queue's counts (a change's place, the total, the overdue)
    read ix_work_items_open_queue and nothing else: no table row per item, no other index."""
    from sqlalchemy import event

    from agent_desktop.services.database import open_database
    from agent_desktop.store.statistics import analyse_sqlite

    db = open_database(sqlite_url)
    try:
        seed(db, 3000, now=NOW)
        analyse_sqlite(db.engine)
        user = sign_in(db, "sclarke")
        ref = queue_snapshot(db, user, DEFAULT, "", now=NOW).ids[:1]
        seen = []

        def capture(_conn, _cursor, statement, parameters, _context, _many):
            if statement.startswith("SELECT count(*)"):
                seen.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        try:
            with db.unit() as uow:
                [customer] = uow.session.execute(
                    select(Customer.ref).join(WorkItem).where(WorkItem.id == ref[0])
                ).scalars()
            queue_update(db, user, DEFAULT, "", frozenset({customer}), now=NOW)
            queue_update(db, user, DEFAULT, "", frozenset(), now=NOW)
        finally:
            event.remove(db.engine, "before_cursor_execute", capture)
        assert len(seen) == 2
        for statement, parameters in seen:
            with db.engine.connect() as conn:
                plan = [
                    row[3]
                    for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                ]
            reads = [p for p in plan if p.startswith(("SCAN work_items", "SEARCH work_items"))]
            assert reads == ["SCAN work_items USING INDEX ix_work_items_open_queue"], plan
    finally:
        db.dispose()


def test_sqlite_finds_a_broad_search_s_first_matches_in_due_order(sqlite_url, monkeypatch):
    """A text that matches many customers is tested item by item as SQLite reads the open queue
    in due order (no sort of every match), and one that matches few starts from them."""
    from sqlalchemy import event

    from agent_desktop.services.database import open_database
    from agent_desktop.store.statistics import analyse_sqlite

    db = open_database(sqlite_url)
    try:
        seed(db, 3000, now=NOW)
        analyse_sqlite(db.engine)
        user = sign_in(db, "sclarke")
        monkeypatch.setattr(work_queue, "_MANY_MATCHES", 1000)
        seen = []

        def capture(_conn, _cursor, statement, parameters, _context, _many):
            if "work_items" in statement and "LIMIT" in statement:
                seen.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        try:
            broad = queue_snapshot(db, user, DEFAULT, "C", now=NOW)
            narrow = queue_snapshot(db, user, DEFAULT, "pri", now=NOW)
        finally:
            event.remove(db.engine, "before_cursor_execute", capture)
        assert broad.more and len(broad.ids) == work_queue.SEARCH_SHOWS
        assert not narrow.more and narrow.ids
        plans = []
        for statement, parameters in seen:
            with db.engine.connect() as conn:
                plans.append(
                    [
                        r[3]
                        for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                    ]
                )
        broad_plan, narrow_plan = plans
        assert broad_plan[0] == "SCAN work_items USING INDEX ix_work_items_open_queue", broad_plan
        assert not any("TEMP B-TREE" in p for p in broad_plan), broad_plan
        assert any("ix_work_items_customer_id" in p for p in narrow_plan), narrow_plan
        assert not any("ix_work_items_open_queue" in p for p in narrow_plan), narrow_plan
    finally:
        db.dispose()
