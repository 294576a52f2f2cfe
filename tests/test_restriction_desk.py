"""The restrictions desk (contact-rules.md, team-work.md): reviews due, a customer's
restrictions with their history, deciding with each kind's parameters and every refusal in
words, review, lift, challenge, the notice letter and marking it sent. Real widgets, real
databases (SQLite and PostgreSQL), the window's gateway."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from agent_desktop.services.changes import Changes
from agent_desktop.services.gateway import Local
from agent_desktop.services.restrictions import decide_restriction
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import (
    AuditEntry,
    Customer,
    RestrictionEvent,
    RestrictionRow,
    Staff,
    WorkItem,
)
from agent_desktop.ui.desks import desks_for
from agent_desktop.ui.ops import ImmediateOps
from agent_desktop.ui.restriction_desk import (
    DECIDE_KEY,
    RESTRICTIONS_DESK,
    RestrictionDeskScreen,
)
from tests.test_notice_letter import word_heights
from tests.test_outreach import add_people

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
TODAY = date(2026, 12, 1)


def _world(db, *, language: str = "en", accessibility: list | None = None) -> None:
    """Team leader mhughes, manager gjones, agents sclarke and dowen; customers C-1 (Eleri
    Prys, with preferences) and C-2 (Huw Morgan)."""
    add_people(
        db,
        prefs={
            "channels": ["phone", "email", "letter"],
            "language": language,
            "accessibility": accessibility or [],
        },
    )
    with db.unit(write=True) as uow:
        s = uow.session
        team_id = s.execute(select(Staff.team_id).where(Staff.username == "mhughes")).scalar()
        s.add(
            Staff(
                id=uuid.uuid4(),
                username="gjones",
                name="Gareth Jones",
                roles=["manager"],
                team_id=team_id,
            )
        )
        s.add(
            Customer(
                id=uuid.uuid4(),
                ref="C-2",
                name="Huw Morgan",
                name_key="huw morgan",
                surname_key="morgan",
            )
        )
        uow.commit()


def _decided(db, ref="C-1", **doc) -> uuid.UUID:
    document = {
        "kind": "channel_only",
        "channels": ["letter", "email"],
        "category": "abusive",
        "reason": "Abusive calls to staff",
        "decided_by": "mhughes",
        "starts_on": "2026-06-01",
        "review_by": "2026-12-10",
    }
    document.update(doc)
    if document["kind"] != "channel_only":
        document.pop("channels")
    decision = decide_restriction(db, ref, document, at=NOW)
    assert decision.made
    return decision.restriction_id


def _rows(db, model, **where):
    with db.unit() as uow:
        stmt = select(model)
        for key, value in where.items():
            stmt = stmt.where(getattr(model, key) == value)
        return uow.session.execute(stmt).scalars().all()


_hosts: list[QWidget] = []


@pytest.fixture(autouse=True)
def _let_hosts_go():
    yield
    _hosts.clear()


class _Host(QWidget):
    """What a desk's screen needs of the window: its ops."""

    def __init__(self):
        super().__init__()
        self.ops = ImmediateOps()


def _desk(qtbot, db, username="mhughes") -> RestrictionDeskScreen:
    host = _Host()
    qtbot.addWidget(host)
    screen = RestrictionDeskScreen(host, Local(db), sign_in(db, username), now=lambda: NOW)
    _hosts.append(host)  # kept alive for the test: the screen is its child
    return screen


def _texts(table, row) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _open(screen, ref="C-1"):
    screen.open_customer(ref)
    assert screen.customer is not None and screen.customer.customer_ref == ref


# -- who has the desk --------------------------------------------------------------------------


def test_team_leaders_and_managers_have_the_desk_and_agents_never(db):
    _world(db)
    assert RESTRICTIONS_DESK in desks_for(sign_in(db, "mhughes"))
    assert RESTRICTIONS_DESK in desks_for(sign_in(db, "gjones"))
    assert RESTRICTIONS_DESK not in desks_for(sign_in(db, "sclarke"))


def test_every_kind_and_category_has_words_of_its_own():
    from agent_desktop.domain.kinds import RestrictionKind
    from agent_desktop.domain.values import Category
    from agent_desktop.ui.restriction_forms import category_name, kind_title

    assert all(kind_title(k) != k.value for k in RestrictionKind)
    assert len({kind_title(k) for k in RestrictionKind}) == len(RestrictionKind)
    assert all(category_name(c) != c.value for c in Category)


# -- reviews due and a customer's restrictions -------------------------------------------------


def test_reviews_due_soonest_first_in_words_and_opening_one_shows_it(qtbot, db):
    _world(db)
    soon = _decided(db)  # review 10 Dec: in 9 days
    _decided(db, "C-2", kind="no_visits", review_by="2026-11-20", reason="Damaged the office")
    _decided(db, "C-2", kind="call_duration", minutes=10, review_by="2027-05-01")  # not due
    screen = _desk(qtbot, db)
    table = screen.reviews_table
    assert table.rowCount() == 2
    assert _texts(table, 0) == ["Huw Morgan (C-2)", "No office visits", "20 Nov 2026 (overdue)"]
    assert _texts(table, 1) == [
        "Eleri Prys (C-1)",
        "Only some channels",
        "10 Dec 2026 (in 9 days)",
    ]
    assert "1 overdue" in screen.status.text()
    # Opening one (Enter on the row) shows that customer with that restriction chosen.
    table.setCurrentCell(1, 0)
    table.itemActivated.emit(table.item(1, 0))
    assert screen.customer.customer_ref == "C-1"
    assert screen.selected_id() == soon
    history = screen.history_table
    assert history.rowCount() == 1
    when, what, who, why = _texts(history, 0)
    assert (what, who, why) == ("Decided", "Megan Hughes", "Abusive calls to staff")


def test_finding_a_customer_by_name_shows_their_restrictions(qtbot, db):
    _world(db)
    _decided(db)
    screen = _desk(qtbot, db)
    screen.find_edit.setText("Eleri Prys")
    screen.find()
    assert screen.customer.customer_ref == "C-1"
    row = _texts(screen.restrictions_table, 0)
    assert row[:5] == [
        "Only some channels",
        "Abusive",
        "In force since 1 Jun 2026",
        "10 Dec 2026 (in 9 days)",
        "Not sent yet",
    ]
    screen.find_edit.setText("nobody-at-all")
    screen.find()
    assert "No customer matches" in screen.status.text()


def test_several_customers_found_are_listed_to_choose_from(qtbot, db):
    _world(db)
    with db.unit(write=True) as uow:
        uow.session.add(
            Customer(
                id=uuid.uuid4(),
                ref="C-3",
                name="Huw Prys",
                name_key="huw prys",
                surname_key="prys",
            )
        )
        uow.commit()
    screen = _desk(qtbot, db)
    screen.find_edit.setText("Prys")
    screen.find()
    assert screen.customer is None and not screen.matches.isHidden()
    found = [screen.matches.item(r).text() for r in range(screen.matches.count())]
    assert sorted(found) == ["Eleri Prys (C-1)", "Huw Prys (C-3)"]
    assert screen.status.text() == "2 customer(s) found: choose one with Enter."
    screen.matches.itemActivated.emit(screen.matches.item(found.index("Huw Prys (C-3)")))
    assert screen.customer.customer_ref == "C-3" and screen.matches.isHidden()
    assert not screen.review_action.isEnabled() and screen.decide_action.isEnabled()


# -- deciding ----------------------------------------------------------------------------------


def _form(qtbot, screen, category="abusive"):
    screen.decide()
    form = screen.form
    assert form is not None and form.isVisible()
    if category:
        form.category.setCurrentIndex(form.category.findData(category))
    return form


def test_deciding_with_a_kind_s_own_parameters_writes_it_and_its_notice(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    # Six months by default.
    assert form.review_by.date().toPython() == date(2027, 6, 1)
    form.choose_kind("max_contacts")
    form.field("limit").setValue(2)
    form.field("per_days").setValue(7)
    form.field("ch").boxes[next(iter(form.field("ch").boxes))].setChecked(True)  # phone
    form.category.setCurrentIndex(form.category.findData("unreasonably_persistent"))
    form.reason.setPlainText("Calls several times a day")
    with qtbot.waitSignal(screen.sig_changes) as changed:
        form.decide_button.click()
    assert changed.args[0].restrictions == frozenset({"C-1"})
    assert not form.isVisible()
    (row,) = _rows(db, RestrictionRow)
    assert row.kind == "max_contacts" and row.category == "unreasonably_persistent"
    assert row.terms == {"limit": 2, "per_days": 7, "direction": "outbound", "channels": ["phone"]}
    assert row.review_by == date(2027, 6, 1)
    (notice,) = _rows(db, WorkItem, kind="restriction_notice")
    assert notice.restriction_id == row.id and notice.status == "open"
    # The screen shows it, chosen, with its history.
    assert screen.selected_id() == row.id
    assert _texts(screen.history_table, 0)[1:] == [
        "Decided",
        "Megan Hughes",
        "Calls several times a day",
    ]


def test_each_kind_has_its_own_fields(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    wanted = {
        "channel_only": {"ch"},
        "max_contacts": {"limit", "per_days", "ch", "direction"},
        "single_point_of_contact": {"staff", "deputy"},
        "set_times": {"days", "start", "end"},
        "call_duration": {"minutes"},
        "representative_only": {"representative"},
        "no_contact": set(),
        "no_visits": set(),
    }
    for kind, fields in wanted.items():
        form.choose_kind(kind)
        assert set(form.terms[form.current_kind()]) == fields, kind
        assert form.pages.currentIndex() == form.kind.currentIndex()


def test_no_reason_is_refused_in_words_and_nothing_is_written(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen, category=None)
    form.decide_button.click()
    assert form.refusal.text() == "Kind: choose the kind of restriction."
    form.choose_kind("no_contact")
    form.decide_button.click()
    assert form.refusal.text() == "Category: choose what the restriction is for."
    form.category.setCurrentIndex(form.category.findData("threatening"))
    form.decide_button.click()
    assert form.isVisible() and form.refusal.isVisible()
    assert form.refusal.text().startswith("Reason:")
    assert form.refusal.accessibleDescription() == form.refusal.text()
    assert _rows(db, RestrictionRow) == [] and _rows(db, AuditEntry) == []


def test_a_review_date_past_twelve_months_is_refused_in_words(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    form.choose_kind("no_visits")
    form.reason.setPlainText("Threatened staff")
    form.review_by.setDate(QDate(2027, 12, 2))
    form.decide_button.click()
    assert form.refusal.text() == (
        "Review date: must be no more than twelve months after the start date, so "
        "1 Dec 2027 at the latest."
    )
    # Moving the start keeps the review six months on only until the review is chosen.
    assert _rows(db, RestrictionRow) == []
    form.review_by.setDate(QDate(2027, 12, 1))
    form.decide_button.click()
    assert not form.isVisible()
    assert _rows(db, RestrictionRow)[0].review_by == date(2027, 12, 1)


def test_a_set_that_leaves_no_way_of_contact_is_refused_in_words(qtbot, db):
    _world(db)
    _decided(db, channels=["letter"])
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    form.choose_kind("channel_only")
    boxes = form.field("ch").boxes
    for channel, box in boxes.items():
        box.setChecked(channel.value == "phone")
    form.reason.setPlainText("Phone only")
    form.decide_button.click()
    assert form.isVisible()
    assert "no way at all to reach us" in form.refusal.text()
    assert form.decide_button.isEnabled()
    assert len(_rows(db, RestrictionRow)) == 1
    # A parameter missing is named too.
    for box in boxes.values():
        box.setChecked(False)
    form.decide_button.click()
    assert form.refusal.text().startswith("Channels:")


def test_a_reasonable_adjustment_conflict_asks_to_confirm_before_deciding(qtbot, db):
    _world(db, accessibility=["text_relay"])
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    form.choose_kind(
        "channel_only"
    )  # letters only: written-only, and the customer needs text relay
    assert form.field("ch").chosen() == ["letter"]
    form.reason.setPlainText("Abusive emails and calls")
    assert not form.adjustments.isVisible()
    form.decide_button.click()
    assert form.isVisible() and form.adjustments.isVisible()
    assert "text relay" in form.conflicts.text()
    assert form.refusal.text().startswith("Not decided yet")
    assert _rows(db, RestrictionRow) == []
    (refused,) = _rows(db, AuditEntry)
    assert (refused.action, refused.outcome) == ("restriction_decided", "refused")
    # Not confirmed: asked again, nothing written.
    form.decide_button.click()
    assert _rows(db, RestrictionRow) == []
    form.considered.setChecked(True)
    form.decide_button.click()
    assert not form.isVisible()
    (row,) = _rows(db, RestrictionRow)
    assert row.adjustment_considered is True


def test_an_unknown_named_contact_is_refused_naming_the_field(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    form = _form(qtbot, screen)
    form.choose_kind("single_point_of_contact")
    form.reason.setPlainText("One person only")
    form.decide_button.click()
    assert form.refusal.text().startswith("Named contact:")
    form.field("staff").setText("nobody")
    form.decide_button.click()
    assert form.refusal.text() == "Named contact: no member of staff has that username."
    assert _rows(db, RestrictionRow) == []


# -- review, lift, challenge -------------------------------------------------------------------


def test_review_renews_with_a_reason_and_a_new_date_written_and_audited(qtbot, db):
    _world(db)
    rid = _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    screen.review()
    dialog = screen.dialog
    assert dialog.next_review.date().toPython() == date(2027, 6, 1)
    dialog.ok_button.click()
    assert dialog.refusal.text().startswith("Reason:")
    dialog.reason.setPlainText("Still abusive on the last call")
    dialog.next_review.setDate(QDate(2027, 12, 2))
    dialog.ok_button.click()
    assert dialog.refusal.text().startswith("Next review date: must be no more than twelve")
    assert _rows(db, RestrictionRow)[0].review_by == date(2026, 12, 10)
    dialog.next_review.setDate(QDate(2027, 3, 1))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _rows(db, RestrictionRow)[0].review_by == date(2027, 3, 1)
    assert [e.event for e in _rows(db, RestrictionEvent, restriction_id=rid)] == [
        "decided",
        "reviewed",
    ]
    assert _rows(db, AuditEntry, action="restriction_reviewed")
    assert screen.reviews_table.rowCount() == 0  # no longer due
    whats = [_texts(screen.history_table, r)[1] for r in range(screen.history_table.rowCount())]
    assert whats == ["Decided", "Reviewed and renewed"]


def test_lift_needs_a_reason_and_is_written_and_audited(qtbot, db):
    _world(db)
    rid = _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    screen.lift()
    dialog = screen.dialog
    dialog.ok_button.click()
    assert dialog.refusal.text() == "Reason: say why the restriction is lifted."
    assert _rows(db, RestrictionRow)[0].lifted_at is None
    dialog.reason.setPlainText("Behaviour improved")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    row = _rows(db, RestrictionRow)[0]
    assert row.lifted_at is not None and row.lift_reason == "Behaviour improved"
    assert _rows(db, AuditEntry, action="restriction_lifted")
    assert _texts(screen.restrictions_table, 0)[2] == "Lifted"
    assert screen.selected_id() == rid
    assert not screen.review_action.isEnabled() and not screen.lift_action.isEnabled()
    assert not screen.buttons[screen.lift_action].isEnabled()


def test_a_challenge_goes_to_a_manager_who_did_not_decide(qtbot, db):
    _world(db)
    rid = _decided(db)
    screen = _desk(qtbot, db, "mhughes")
    _open(screen)
    screen.challenge()
    dialog = screen.dialog
    dialog.ok_button.click()
    assert dialog.refusal.text().startswith("What the customer says:")
    dialog.reason.setPlainText("I was never abusive")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    (item,) = _rows(db, WorkItem, kind="challenge")
    gjones = _rows(db, Staff, username="gjones")[0]
    assert item.restriction_id == rid and item.assignee_id == gjones.id
    assert "I was never abusive" in item.note
    (entry,) = _rows(db, AuditEntry, action="restriction_challenged")
    assert entry.details["assigned_to"] == "gjones" and entry.actor == "mhughes"
    history = [_texts(screen.history_table, r) for r in range(screen.history_table.rowCount())]
    (last,) = [h for h in history if h[1] != "Decided"]
    assert last[1:3] == ["Challenged by the customer", "Heard by Gareth Jones (open)"]
    assert "I was never abusive" in last[3]


def test_a_late_challenge_is_refused_in_words_and_nothing_is_written(qtbot, db):
    _world(db)
    _decided(db, customer_notified_on="2026-06-02")  # 20 working days ran out in July
    screen = _desk(qtbot, db)
    _open(screen)
    screen.challenge()
    dialog = screen.dialog
    dialog.reason.setPlainText("I disagree")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.refusal.text() == (
        "Date received: a challenge must arrive within 20 working days of the notice."
    )
    assert _rows(db, WorkItem, kind="challenge") == []


# -- the notice letter -------------------------------------------------------------------------


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_letter_is_made_in_the_customer_s_language_and_marked_sent(qtbot, db, tmp_path):
    _world(db, language="cy", accessibility=["large_print"])
    rid = _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    target = tmp_path / "notice.pdf"
    with qtbot.waitSignal(screen.sig_letter_made):
        screen.make_letter(target)
    words = _pdf_text(target)
    assert "Eleri Prys" in words and "Annwyl" in words  # Welsh: the customer's language
    assert min(word_heights(target)) >= 16 * 1.1  # large print: the customer needs it
    assert str(target) in screen.status.text()
    # Making the letter writes nothing; marking it sent closes the notice item.
    assert _rows(db, WorkItem, kind="restriction_notice")[0].status == "open"
    assert screen.sent_action.isEnabled()
    with qtbot.waitSignal(screen.sig_changes):
        screen.mark_sent()
    (notice,) = _rows(db, WorkItem, kind="restriction_notice")
    assert notice.status == "done"
    assert _rows(db, RestrictionRow)[0].customer_notified_on == TODAY
    assert _texts(screen.restrictions_table, 0)[4] == "Sent 1 Dec 2026"
    assert not screen.sent_action.isEnabled()
    events = [e.event for e in _rows(db, RestrictionEvent, restriction_id=rid)]
    assert events == ["decided", "notified"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_english_customer_s_letter_is_in_english_at_the_usual_size(qtbot, db, tmp_path):
    _world(db)
    _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    target = tmp_path / "letter.pdf"
    with qtbot.waitSignal(screen.sig_letter_made):
        screen.make_letter(str(target))
    words = _pdf_text(target)
    assert "Dear Eleri Prys" in words and "Annwyl" not in words
    assert 12 <= min(word_heights(target)) < 16


# -- keyboard, names, refresh ------------------------------------------------------------------


def test_shortcuts_open_the_forms_from_the_keyboard(qtbot, db):
    _world(db)
    _decided(db)
    screen = _desk(qtbot, db)
    host = screen.parentWidget()
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    _open(screen)
    screen.restrictions_table.setFocus()
    qtbot.waitUntil(lambda: screen.restrictions_table.hasFocus())
    qtbot.keyClick(
        screen.restrictions_table,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert screen.form is not None and screen.form.isVisible()
    assert DECIDE_KEY in screen.buttons[screen.decide_action].text()
    screen.form.reject()
    qtbot.keyClick(
        screen.restrictions_table,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert screen.dialog is not None and screen.dialog.isVisible()
    screen.dialog.reject()


def test_enter_on_a_review_due_opens_it(qtbot, db):
    _world(db)
    rid = _decided(db)
    screen = _desk(qtbot, db)
    host = screen.parentWidget()
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    screen.focus_first()
    qtbot.waitUntil(lambda: screen.reviews_table.hasFocus())
    screen.reviews_table.setCurrentCell(0, 0)
    qtbot.keyClick(screen.reviews_table, Qt.Key.Key_Return)
    assert screen.customer is not None and screen.selected_id() == rid
    qtbot.waitUntil(lambda: screen.restrictions_table.hasFocus())


def test_tab_goes_through_the_desk_in_reading_order(qtbot, db):
    _world(db)
    _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    chain, widget = [], screen.reviews_table
    for _ in range(12):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            widget = widget.nextInFocusChain()
    wanted = [
        screen.reviews_table,
        screen.find_edit,
        screen.find_button,
        screen.restrictions_table,
        *[b for b in screen.buttons.values() if b.isEnabled()],
        screen.history_table,
    ]
    visible = [w for w in chain if w is not screen.matches]
    assert visible[: len(wanted)] == wanted


def _unnamed(widget: QWidget) -> list[str]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    return [
        type(w).__name__
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and w.parent() is not None
        and type(w.parent()).__name__ not in {"QCalendarWidget", "QDateEdit", "QTimeEdit"}
        and not type(w).__name__.startswith("QCalendar")
        and w.objectName() != "qt_spinbox_lineedit"
        and w.metaObject().className() != "QTableCornerButton"
    ]


def test_every_control_has_a_name(qtbot, db):
    _world(db)
    _decided(db)
    screen = _desk(qtbot, db)
    _open(screen)
    assert _unnamed(screen) == []
    form = _form(qtbot, screen)
    assert _unnamed(form) == []
    form.reject()
    screen.challenge()
    assert _unnamed(screen.dialog) == []


def test_another_write_to_a_restriction_refreshes_the_desk(qtbot, db):
    _world(db)
    screen = _desk(qtbot, db)
    _open(screen)
    assert screen.restrictions_table.rowCount() == 0 and screen.reviews_table.rowCount() == 0
    _decided(db)  # another team leader, another desktop
    # A change elsewhere that is not about restrictions leaves it as it is.
    screen.on_changes(Changes(customers=frozenset({"C-1"})), None)
    assert screen.restrictions_table.rowCount() == 0
    screen.on_changes(Changes(restrictions=frozenset({"C-1"})), None)
    assert screen.restrictions_table.rowCount() == 1
    assert screen.reviews_table.rowCount() == 1


# -- in the window, and from another desktop ---------------------------------------------------


def test_the_window_builds_the_desk_for_a_team_leader_and_never_for_an_agent(qtbot, db):
    from agent_desktop.ui.main_window import MainWindow

    _world(db)
    leader = MainWindow(db, sign_in(db, "mhughes"), ImmediateOps())
    qtbot.addWidget(leader)
    assert isinstance(leader.screens[RESTRICTIONS_DESK.key], RestrictionDeskScreen)
    go = leader.menuBar().actions()[0].menu()
    (entry,) = [a for a in go.actions() if a.text() == "Res&trictions"]
    assert entry.shortcut().toString() == "Ctrl+4"
    leader.show()
    qtbot.waitExposed(leader)
    entry.trigger()
    screen = leader.screens[RESTRICTIONS_DESK.key]
    assert leader.centralWidget().currentWidget() is screen
    qtbot.waitUntil(lambda: screen.reviews_table.hasFocus())
    # A write on the desk reaches the window's other screens as what it changed.
    seen = []
    leader.screens["agent"].on_changes = lambda changes, made_by=None: seen.append(changes)
    screen.sig_changes.emit(Changes(restrictions=frozenset({"C-1"})))
    assert seen and seen[0].restrictions == frozenset({"C-1"})
    agent = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
    qtbot.addWidget(agent)
    assert RESTRICTIONS_DESK.key not in agent.screens
    assert not agent.findChildren(RestrictionDeskScreen)
    go = agent.menuBar().actions()[0].menu()
    assert "Res&trictions" not in [a.text() for a in go.actions()]


def test_a_restriction_decided_on_another_desktop_shows_on_this_one(qtbot, central_url, tmp_path):
    """Two desktops on one central database, each reading its own replica: a restriction
    decided on one shows on the other's desk, shown customer and reviews due, once pulled."""
    from agent_desktop.ui.main_window import MainWindow
    from agent_desktop.ui.ops import Ops
    from agent_desktop.ui.sync_controller import SyncController
    from tests.desktops import _desktop

    (tmp_path / "other").mkdir()
    other = _desktop(central_url, tmp_path / "other", "mhughes")
    mine = _desktop(central_url, tmp_path, "mhughes")
    window = MainWindow(mine, sign_in(mine.reads, "mhughes"), Ops())
    qtbot.addWidget(window)
    controller = SyncController(mine, window, interval_ms=3_600_000)
    window.attach_sync(controller)
    controller.start()
    try:
        screen = window.screens[RESTRICTIONS_DESK.key]
        screen.open_customer("C-20418")
        qtbot.waitUntil(lambda: screen.customer is not None, timeout=10_000)
        before = screen.restrictions_table.rowCount()
        today = mine.calendar.local_date(datetime.now(UTC))
        decision = other.decide_restriction(
            "C-20418",
            {
                "kind": "no_visits",
                "category": "aggressive",
                "reason": "Shouted at reception",
                "decided_by": "mhughes",
                "starts_on": today.isoformat(),
                "review_by": (today + timedelta(days=7)).isoformat(),
            },
        )
        assert decision.made
        qtbot.waitUntil(lambda: screen.restrictions_table.rowCount() == before + 1, timeout=10_000)
        qtbot.waitUntil(
            lambda: (
                decision.restriction_id
                in {r.id for r in (screen.reviews.records if screen.reviews else ())}
            ),
            timeout=10_000,
        )
    finally:
        controller.stop()
        other.dispose()
        mine.dispose()
