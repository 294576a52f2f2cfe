"""What we owe the customer, on their card: open work in due order, marked done from there."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from sqlalchemy import select

from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.card import load_card
from agent_desktop.services.session import sign_in
from agent_desktop.services.work import finish_work_item
from agent_desktop.store.schema import AuditEntry, WorkItem
from agent_desktop.sync.desktop import Queued
from agent_desktop.ui.customer_card import CustomerCardPanel
from agent_desktop.ui.ops import ImmediateOps
from tests.desktops import EXAMPLE, TUESDAY, _count, _desktop
from tests.test_customer_card import AT, with_example

WAIT = 10_000


def open_items(db, ref: str = "C-20418") -> list[WorkItem]:
    with db.unit() as uow:
        return list(
            uow.session.execute(select(WorkItem).where(WorkItem.status == "open")).scalars()
        )


def test_the_card_lists_open_work_soonest_first_with_who_has_it(db):
    with_example(db)
    card = load_card(db, "C-20418", sign_in(db, "sclarke"), AT)
    assert [(w.kind, w.case_ref, w.assignee, w.team) for w in card.work] == [
        ("progress_update", "CASE-2026-0931", "Dafydd Owen", "Casework South")
    ]
    assert card.work[0].due_at == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert load_card(db, "C-17702", sign_in(db, "sclarke"), AT).work == ()


def test_marking_done_is_audited_and_safe_to_repeat(db):
    with_example(db)
    item = load_card(db, "C-20418", sign_in(db, "sclarke"), AT).work[0]
    done = finish_work_item(db, item.id, "sclarke", AT)
    assert done.changed and done.customer_ref == "C-20418"
    with db.unit() as uow:
        row = uow.session.get(WorkItem, item.id)
        assert (row.status, row.closed_at) == ("done", AT)
        audits = (
            uow.session.execute(select(AuditEntry).where(AuditEntry.action == "work_done"))
            .scalars()
            .all()
        )
    assert [(a.actor, a.details["kind"]) for a in audits] == [("sclarke", "progress_update")]
    assert not finish_work_item(db, item.id, "sclarke", AT).changed  # a resend changes nothing
    with pytest.raises(InvalidInput) as unknown:
        finish_work_item(db, uuid.uuid4(), "sclarke", AT)
    assert unknown.value.field == "item"


def test_a_cancelled_item_is_not_made_done(db):
    with_example(db)
    item = load_card(db, "C-20418", sign_in(db, "sclarke"), AT).work[0]
    with db.unit(write=True) as uow:
        uow.session.get(WorkItem, item.id).status = "cancelled"
        uow.commit()
    with pytest.raises(InvalidInput, match="cancelled"):
        finish_work_item(db, item.id, "sclarke", AT)


def test_the_agent_marks_an_item_done_from_the_card(qtbot, db, monkeypatch):
    with_example(db)
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(lambda _e: None))
    panel = CustomerCardPanel(ImmediateOps(), db, sign_in(db, "sclarke"), clock=lambda: AT)
    qtbot.addWidget(panel)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    panel.show_customer("C-20418")
    box = panel.sections.work_box
    assert box.view.isVisibleTo(panel) and box.model.rowCount() == 1
    assert box.model.data(box.model.index(0, 0)) == (
        "Progress update due by Mon 30 Nov 17:00 (1d left) · CASE-2026-0931 · Dafydd Owen"
    )
    assert not box.done_button.isEnabled()  # nothing chosen yet
    box.view.setFocus()
    qtbot.keyClick(box.view, Qt.Key.Key_Down)
    assert box.done_button.isEnabled()
    assert box.done_button in panel.focus_chain()
    with qtbot.waitSignal(panel.sig_work_changed, timeout=WAIT):
        qtbot.keyClick(panel, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert open_items(db) == []
    assert box.none_label.isVisibleTo(panel) and box.none_label.text() == "Nothing open"
    assert not box.view.isVisibleTo(panel)


def test_done_while_the_central_database_is_away_waits_and_is_sent_once(cluster, tmp_path):
    from agent_desktop.services.database import open_database
    from agent_desktop.services.exchange import import_document

    central = open_database(cluster.url)
    import_document(central, EXAMPLE)
    central.dispose()
    desktop = _desktop(cluster.url, tmp_path, "sclarke")
    try:
        user = sign_in(desktop.reads, "sclarke")
        item = desktop.load_card("C-20418", user, TUESDAY).work[0]
        cluster.stop()
        desktop.sync()
        queued = desktop.finish_work(item.id, "sclarke", TUESDAY)
        assert isinstance(queued, Queued) and desktop.status().waiting == 1
        shown = desktop.load_card("C-20418", user, TUESDAY).work
        assert [(w.id, w.done_waiting) for w in shown] == [(item.id, True)]
        cluster.start()
        desktop.sync()
        assert desktop.status().waiting == 0
        for engine in (desktop.central.engine, desktop.replica_db.engine):
            assert _count(engine, "SELECT count(*) FROM work_items WHERE status = 'done'") == 1
        assert (
            _count(
                desktop.central.engine, "SELECT count(*) FROM audit_log WHERE action = 'work_done'"
            )
            == 1
        )
        assert desktop.load_card("C-20418", user, TUESDAY).work == ()
    finally:
        desktop.dispose()


def test_a_customers_work_is_found_by_customer_not_by_walking_every_open_item(sqlite_url):
    """A replica has no statistics; asked for open items in due order, SQLite walked every
    open item of the organisation. The card's query must start from the customer."""
    from sqlalchemy import event

    from agent_desktop.services.database import open_database
    from agent_desktop.services.seed import seed
    from agent_desktop.services.work import owed_work
    from agent_desktop.store.schema import Customer

    db = open_database(sqlite_url)
    try:
        seed(db, 60)
        seen = []
        listener = lambda conn, cursor, statement, params, *rest: seen.append(  # noqa: E731
            (statement, params)
        )
        with db.unit() as uow:
            customer_id = uow.session.execute(select(Customer.id).limit(1)).scalar_one()
            event.listen(db.engine, "before_cursor_execute", listener)
            try:
                owed_work(uow.session, customer_id)
            finally:
                event.remove(db.engine, "before_cursor_execute", listener)
            statement, params = seen[-1]
            plan = " ".join(
                str(row[-1])
                for row in uow.session.connection()
                .exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
                .all()
            )
        assert "work_items USING INDEX ix_work_items_customer_id" in plan, plan
    finally:
        db.dispose()
