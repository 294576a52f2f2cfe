"""The customer card: its service on both databases, its sentences, and the panel itself."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import event, select

from agent_desktop.domain.kinds import KINDS, RestrictionKind
from agent_desktop.domain.model import Restriction, RestrictionTerms
from agent_desktop.domain.values import (
    Category,
    Channel,
    DailyWindow,
    Direction,
    Purpose,
)
from agent_desktop.services.card import RestrictionView, StaffContact, TimelineEntry, load_card
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import ContactEvent, Customer
from agent_desktop.ui.accessibility import announce
from agent_desktop.ui.card_sections import TimelineModel
from agent_desktop.ui.customer_card import CustomerCardPanel
from agent_desktop.ui.ops import ImmediateOps, Ops
from agent_desktop.ui.restriction_words import banner_text, restriction_sentence, warning_text
from tests.support import HeldOps, none_is_immortal, references_lost

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"
AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # a Monday
LONDON = ZoneInfo("Europe/London")


def with_example(db):
    import_document(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    return db


class QueryCounter:
    """Counts the SQL statements a block sends (SQLite's BEGIN is bookkeeping, not a query)."""

    def __init__(self, engine):
        self.engine = engine
        self.statements: list[str] = []

    def _seen(self, conn, cursor, statement, *args):
        if not statement.lstrip().upper().startswith("BEGIN"):
            self.statements.append(statement)

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._seen)


# --- the service, on SQLite and PostgreSQL ----------------------------------------------------


def test_named_contact_and_one_call_a_week(db):
    with_example(db)
    card = load_card(db, "C-17702", sign_in(db, "sclarke"), AT)
    assert card.name == "Mark Reynolds" and card.phones == ("01792 555123",)
    assert card.emails == ("m.reynolds@example.com",)
    by_kind = {v.kind: v for v in card.restrictions}
    assert set(by_kind) == {"single_point_of_contact", "max_contacts", "set_times", "call_duration"}
    named = by_kind[RestrictionKind.SINGLE_POINT_OF_CONTACT]
    assert named.staff == StaffContact(
        "sclarke", "Sarah Clarke", "029 2046 0103", "sarah.clarke@example.org"
    )
    assert named.deputy.name == "Megan Hughes" and named.deputy.phone == "029 2046 0101"
    limit = by_kind[RestrictionKind.MAX_CONTACTS]
    assert limit.used == 1 and limit.limit_reached
    # 24 Nov 10:15 + 7 days is Tue 1 Dec 10:15, inside the Tuesday 10:00-12:00 window.
    assert limit.next_allowed_at == datetime(2026, 12, 1, 10, 15, tzinfo=UTC)
    assert limit.decided_by_name == "Megan Hughes"
    assert not card.review_overdue and not card.prefers_welsh
    assert card.call_limit_minutes == 15
    assert [e.staff_name for e in card.timeline] == ["Sarah Clarke"]
    assert card.preferences.agreed_by == "Sarah Clarke"


def test_next_call_is_stated_for_someone_other_than_the_named_contact(db):
    with_example(db)
    card = load_card(db, "C-17702", sign_in(db, "dowen"), AT)
    limit = next(v for v in card.restrictions if v.kind is RestrictionKind.MAX_CONTACTS)
    assert limit.next_allowed_at == datetime(2026, 12, 1, 10, 15, tzinfo=UTC)


def test_welsh_speaker_with_large_print_and_a_representative(db):
    with_example(db)
    card = load_card(db, "C-20418", sign_in(db, "sclarke"), AT)
    assert card.prefers_welsh and card.language == "cy"
    assert card.accessibility == ("large_print", "more_time")
    assert card.phones == ("029 2034 5678", "07700 900812")
    assert card.representative.name == "Huw Prys"
    assert card.representative.phone == "029 2034 9999"
    assert card.preferences.agreed_on == date(2026, 9, 14)
    assert card.preferences.agreed_by == "Dafydd Owen"
    assert card.restrictions == ()
    [case] = card.cases
    assert (case.ref, case.stage, case.owner_name, case.target_on) == (
        "CASE-2026-0931",
        "investigation",
        "Dafydd Owen",
        date(2026, 12, 18),
    )
    assert [e.channel for e in card.timeline] == [Channel.EMAIL, Channel.PHONE]  # newest first


def test_letters_only_no_visits_read_and_file(db):
    with_example(db)
    card = load_card(db, "C-30055", sign_in(db, "sclarke"), AT)
    assert [v.kind.value for v in card.restrictions] == [
        "channel_only",
        "no_visits",
        "read_and_file",
    ]
    assert card.preferences is None and card.phones == () and card.timeline == ()
    assert load_card(db, "C-404", sign_in(db, "sclarke"), AT) is None


def test_only_active_restrictions_and_overdue_reviews(db):
    with_example(db)
    user = sign_in(db, "sclarke")
    assert load_card(db, "C-17702", user, datetime(2026, 5, 31, 12, tzinfo=UTC)).restrictions == ()
    later = load_card(db, "C-17702", user, datetime(2026, 12, 2, 12, tzinfo=UTC))
    assert later.review_overdue and all(v.review_overdue for v in later.restrictions)


def test_card_reads_in_few_queries(db):
    with_example(db)
    user = sign_in(db, "sclarke")
    for ref in ("C-17702", "C-20418", "C-30055"):
        with QueryCounter(db.engine) as counter:
            load_card(db, ref, user, AT)
        assert len(counter.statements) <= 8, (ref, counter.statements)


def test_timeline_keeps_the_newest_hundred_and_the_limit_counts_them_all(db):
    with_example(db)
    with db.unit(write=True) as uow:
        customer = uow.session.execute(
            select(Customer).where(Customer.ref == "C-17702")
        ).scalar_one()
        for i in range(120):
            uow.session.add(
                ContactEvent(
                    id=uuid.uuid4(),
                    customer_id=customer.id,
                    channel="phone",
                    direction="inbound",
                    at=AT - timedelta(minutes=10 * (i + 1)),
                    summary=f"call {i}",
                )
            )
        uow.commit()
    with QueryCounter(db.engine) as counter:
        card = load_card(db, "C-17702", sign_in(db, "sclarke"), AT)
    assert len(counter.statements) <= 9  # a fixed handful, however long the history
    assert len(card.timeline) == 100
    assert card.timeline[0].summary == "call 0"
    assert all(a.at >= b.at for a, b in zip(card.timeline, card.timeline[1:], strict=False))
    limit = next(v for v in card.restrictions if v.kind is RestrictionKind.MAX_CONTACTS)
    assert limit.used == 121


# --- the sentences ---------------------------------------------------------------------------


def view(kind: str, terms: RestrictionTerms | None = None, **facts) -> RestrictionView:
    restriction = Restriction(
        kind=RestrictionKind(kind),
        category=Category.ABUSIVE,
        reason="Shouted at reception",
        decided_by="mhughes",
        starts_on=date(2026, 1, 1),
        review_by=date(2026, 7, 1),
        terms=terms or RestrictionTerms(),
    )
    return RestrictionView(restriction, "Megan Hughes", **facts)


#: Every registered kind in words, with the variants its terms make.
PLAIN_WORDS = [
    (view("channel_only", RestrictionTerms(channels=(Channel.LETTER,))), "Letters only."),
    (
        view("channel_only", RestrictionTerms(channels=(Channel.LETTER, Channel.EMAIL))),
        "Letters and emails only.",
    ),
    (
        view(
            "max_contacts",
            RestrictionTerms(channels=(Channel.PHONE,), limit=1, per_days=7),
            used=1,
            next_allowed_at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
        ),
        "Calls limited to 1 a week: used this week, next call allowed Tue 1 Dec 10:00.",
    ),
    (
        view(
            "max_contacts",
            RestrictionTerms(channels=(Channel.PHONE,), limit=1, per_days=7),
            used=1,
            next_allowed_at=datetime(2027, 1, 5, 10, 0, tzinfo=UTC),
        ),
        "Calls limited to 1 a week: used this week, next call allowed Tue 5 Jan 2027 10:00.",
    ),
    (
        view("max_contacts", RestrictionTerms(limit=3, per_days=14, direction="both"), used=1),
        "Contacts limited to 3 in any 14 days, in or out: 1 of 3 used in the last 14 days.",
    ),
    (
        view(
            "max_contacts",
            RestrictionTerms(channels=(Channel.EMAIL,), limit=2, per_days=1),
            used=2,
            next_allowed_at=datetime(2026, 7, 2, 8, 30, tzinfo=UTC),
        ),
        "Emails limited to 2 a day: 2 of 2 used today, next email allowed Thu 2 Jul 09:30.",
    ),
    (
        view(
            "single_point_of_contact",
            RestrictionTerms(staff="ajones", deputy="mhughes"),
            staff=StaffContact("ajones", "Alys Jones", "029 2046 0101"),
            deputy=StaffContact("mhughes", "Megan Hughes", None, "megan@example.org"),
        ),
        "Named contact: Alys Jones, 029 2046 0101 (deputy: Megan Hughes, megan@example.org).",
    ),
    (
        view(
            "single_point_of_contact",
            RestrictionTerms(staff="ajones"),
            staff=StaffContact("ajones", "Alys Jones"),
        ),
        "Named contact: Alys Jones.",
    ),
    (
        view(
            "set_times",
            RestrictionTerms(window=DailyWindow(frozenset({1}), time(10), time(12))),
        ),
        "Calls and texts only Tue 10:00–12:00.",
    ),
    (
        view(
            "set_times",
            RestrictionTerms(window=DailyWindow(frozenset(range(5)), time(9, 30), time(16))),
        ),
        "Calls and texts only Mon–Fri 09:30–16:00.",
    ),
    (view("call_duration", RestrictionTerms(minutes=15)), "Calls limited to 15 minutes."),
    (view("call_duration", RestrictionTerms(minutes=1)), "Calls limited to 1 minute."),
    (view("no_contact"), "No contact: only a team leader may contact this customer."),
    (
        view("representative_only", RestrictionTerms(representative="Huw Prys")),
        "Contact only through Huw Prys.",
    ),
    (view("no_visits"), "No office visits."),
    (view("read_and_file"), "Letters and emails are read and filed: no reply is sent."),
    (view("behaviour_warning"), "Behaviour warning: Shouted at reception"),
    (view("two_staff_present"), "Two staff must be present at any appointment."),
]


def test_the_plain_words_cover_every_registered_kind():
    assert {r.kind for r, _ in PLAIN_WORDS} == set(KINDS)


@pytest.mark.parametrize(("restriction", "sentence"), PLAIN_WORDS)
def test_every_kind_in_plain_words(qapp, restriction, sentence):
    assert restriction_sentence(restriction, LONDON, now=AT) == sentence


def test_a_limit_that_lifts_while_the_office_is_shut_says_when_it_opens(qapp):
    from agent_desktop.domain.calendar import OfficeCalendar

    saturday = view(
        "max_contacts",
        RestrictionTerms(channels=(Channel.PHONE,), limit=1, per_days=7),
        used=1,
        next_allowed_at=datetime(2026, 12, 5, 10, 15, tzinfo=UTC),
    )
    assert restriction_sentence(saturday, LONDON, calendar=OfficeCalendar(), now=AT) == (
        "Calls limited to 1 a week: used this week, next call allowed Sat 5 Dec 10:15 "
        "(the office is closed then and opens Mon 7 Dec 09:00)."
    )


def test_banner_orders_restrictions_and_keeps_warnings_apart(qapp):
    views = [
        view("no_visits"),
        view("behaviour_warning", review_overdue=True),
        view("channel_only", RestrictionTerms(channels=(Channel.LETTER,))),
    ]
    assert banner_text(views, LONDON) == "Letters only.\nNo office visits."
    assert warning_text(views, LONDON) == (
        "Behaviour warning: Shouted at reception\nReview overdue since 1 Jul 2026."
    )
    assert banner_text([], LONDON) == "" and warning_text([], LONDON) == ""


# --- the panel -------------------------------------------------------------------------------


@pytest.fixture
def announcements(monkeypatch):
    """Every accessibility event the panel sends (PySide has no installUpdateHandler)."""
    sent = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    return sent


def make_panel(qtbot, db, ops=None, user="sclarke"):
    panel = CustomerCardPanel(ops or ImmediateOps(), db, sign_in(db, user), clock=lambda: AT)
    qtbot.addWidget(panel)
    panel.resize(800, 900)
    return panel


@pytest.fixture
def example_db(sqlite_url):
    database = with_example(open_database(sqlite_url))
    yield database
    database.dispose()


def test_show_customer_loads_off_the_gui_thread_and_announces_restrictions(
    qtbot, db, announcements
):
    with_example(db)
    panel = make_panel(qtbot, db, ops=Ops())
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000) as loaded:
        panel.show_customer("C-30055")
    assert loaded.args == ["C-30055"]
    assert panel.header.name_label.text() == "Jordan Bell"
    assert not panel.banner.isHidden()
    assert "Letters only." in panel.banner_label.text()
    assert panel.banner.accessibleName() == "Restrictions"
    assert "Letters only." in panel.banner_label.accessibleDescription()
    [sent] = announcements
    assert sent.type() == QAccessible.Event.Announcement
    assert sent.politeness() == QAccessible.AnnouncementPoliteness.Assertive
    assert "Letters only." in sent.message() and "No office visits." in sent.message()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.refresh()
    assert len(announcements) == 1  # an unchanged card is not read out again


@pytest.mark.skipif(none_is_immortal(), reason="None is immortal on this Python (PEP 683)")
def test_announcing_does_not_use_up_references_to_none(qapp):
    """PySide6 6.12 dropped a reference to None per setPoliteness/updateAccessibility call."""
    source = QLabel("Restrictions")
    # Unbalanced, the 1,000 calls would take 1,000 references away (None starts with ~5,400).
    lost = references_lost(None, lambda: announce(source, "Letters only.", assertive=True), 500)
    assert abs(lost) < 50


def test_announcing_leaves_its_source_and_words_alone(qapp):
    """The same calls, counted on mortal objects, so every supported Python can see a
    reference the binding takes and never gave back (None is immortal from 3.12)."""
    source = QLabel("Restrictions")
    words = "".join(["Letters", " only."])  # made at run time: mortal, and not interned
    for target in (source, words):
        assert references_lost(target, lambda: announce(source, words, assertive=True), 500) == 0


def test_cymraeg_badge_only_for_welsh_speakers(qtbot, example_db, announcements):
    panel = make_panel(qtbot, example_db)
    panel.show_customer("C-20418")
    assert panel.header.welsh_badge.isVisibleTo(panel)
    assert panel.header.welsh_text.text() == "Cymraeg"
    assert panel.header.welsh_badge.accessibleName() == "Prefers Welsh"
    assert panel.header.welsh_badge.layout().itemAt(0).widget().pixmap() is not None
    assert panel.banner.isHidden() and announcements == []
    [case] = panel.sections.case_labels
    assert "CASE-2026-0931" in case.text() and "In Welsh:" in case.text()
    assert "Rydym yn casglu" in case.text() and "We are gathering" in case.text()
    assert "Large print" in panel.sections.needs_label.text()
    assert "Huw Prys (son)" in panel.sections.rep_label.text()
    panel.show_customer("C-30055")
    assert not panel.header.welsh_badge.isVisibleTo(panel)
    assert panel.sections.needs_label.text() == "None recorded"
    assert "No preferences recorded" in panel.sections.prefs_label.text()


def test_named_contact_banner_and_call_limit(qtbot, example_db, announcements):
    panel = make_panel(qtbot, example_db)
    panel.show_customer("C-17702")
    text = panel.banner_label.text()
    assert "next call allowed Tue 1 Dec 10:15" in text
    assert "Named contact: Sarah Clarke, 029 2046 0103" in text
    assert panel.warnings.isHidden()
    phones = panel.header.phones_label
    assert phones.text() == "01792 555123"
    assert phones.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_unknown_reference_emits_not_found(qtbot, example_db):
    panel = make_panel(qtbot, example_db)
    panel.show_customer("C-17702")
    with qtbot.waitSignal(panel.sig_not_found) as missing:
        panel.show_customer("C-99999")
    assert missing.args == ["C-99999"]
    assert panel.card is None and panel.body.isHidden()
    assert "C-99999" in panel.status_label.text()


def test_a_newer_request_supersedes_an_older_one(qtbot, example_db):
    ops = HeldOps()
    panel = make_panel(qtbot, example_db, ops=ops)
    shown = []
    panel.sig_loaded.connect(shown.append)
    panel.show_customer("C-17702")
    panel.show_customer("C-30055")
    assert panel.body.isHidden() and "C-30055" in panel.status_label.text()
    ops.finish(1)
    ops.finish(0)  # the older answer arrives last and is ignored
    assert shown == ["C-30055"] and panel.card.ref == "C-30055"
    panel.show_customer("C-20418")
    panel.clear()
    ops.finish(2)
    assert panel.card is None and shown == ["C-30055"]


def test_failed_load_says_so(qtbot, example_db):
    ops = HeldOps()
    panel = make_panel(qtbot, example_db, ops=ops)
    panel.show_customer("C-17702")
    ops.jobs[0] = (lambda: 1 / 0, *ops.jobs[0][1:])
    with qtbot.waitSignal(panel.sig_load_failed) as failed:
        ops.finish(0)
    assert failed.args == ["C-17702"]
    assert "Could not read the card of C-17702" in panel.status_label.text()


def test_timeline_model(qtbot, qtmodeltester, example_db):
    card = load_card(example_db, "C-20418", sign_in(example_db, "sclarke"), AT)
    model = TimelineModel(LONDON)
    qtmodeltester.check(model)
    model.set_entries(card.timeline)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5
    first = [model.data(model.index(0, c)) for c in range(5)]
    assert first == [
        "Mon 16 Nov 14:05",
        "Email",
        "Out (reply)",
        "Dafydd Owen",
        "Sent the update she asked for, in Welsh",
    ]
    assert model.data(model.index(1, 2)) == "In"
    assert model.data(model.index(1, 2), Qt.ItemDataRole.DecorationRole) is not None
    # A screen reader reads each cell as itself, not the whole row once per cell.
    for column in range(5):
        spoken = model.data(model.index(0, column), Qt.ItemDataRole.AccessibleTextRole)
        assert spoken in (None, first[column])


def test_timeline_shows_overrides_and_authorisations(qtbot, qtmodeltester, example_db):
    model = TimelineModel(LONDON)
    model.set_entries(
        [
            TimelineEntry(
                AT,
                Channel.PHONE,
                Direction.OUTBOUND,
                Purpose.PROACTIVE,
                "Sarah Clarke",
                "Safeguarding call",
                "Urgent concern",
                "Megan Hughes",
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 4)) == (
        "Safeguarding call · override: Urgent concern · authorised by Megan Hughes"
    )


def _clipped(panel) -> list[str]:
    problems = []
    for label in panel.findChildren(QLabel):
        if not label.isVisibleTo(panel) or not label.text():
            continue
        if label.wordWrap():
            need_w, need_h = 0, label.heightForWidth(label.width())
        else:
            need_w, need_h = label.sizeHint().width(), label.sizeHint().height()
        if label.width() < need_w or label.height() < need_h:
            problems.append(f"{label.text()[:40]!r}: {label.size()} < ({need_w}, {need_h})")
    return problems


def test_layout_survives_a_150_percent_font(qtbot, example_db, announcements):
    app = QApplication.instance()
    original = app.font()
    bigger = app.font()
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        panel = make_panel(qtbot, example_db)
        panel.show()
        qtbot.waitExposed(panel)
        for ref in ("C-17702", "C-20418", "C-30055"):
            panel.show_customer(ref)
            # Layouts settle over a few passes of the event loop; then nothing may be clipped.
            try:
                qtbot.waitUntil(lambda: not _clipped(panel), timeout=2000)
            except AssertionError:
                pytest.fail(f"{ref}: {_clipped(panel)}")
        name = panel.header.name_label.font().pointSizeF()
        assert name == pytest.approx(original.pointSizeF() * 1.5 * 1.6)
    finally:
        app.setFont(original)


def test_tab_order_follows_reading_order(qtbot, example_db, announcements):
    panel = make_panel(qtbot, example_db)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_customer("C-20418")
    QApplication.processEvents()
    chain = panel.focus_chain()
    tops = [w.mapTo(panel, w.rect().topLeft()).y() for w in chain]
    assert tops == sorted(tops)
    for widget in chain:
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name, widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    panel.activateWindow()
    chain[0].setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chain[0])
    reached = [chain[0]]
    for _ in chain[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == chain


def test_a_visit_is_an_office_visit_in_the_history_and_relationships_speak_welsh(qapp):
    """Logged as an office visit, written back the same; 'son' is 'mab' on a Welsh card."""
    from agent_desktop.ui import texts
    from agent_desktop.ui.i18n import install_language

    model = TimelineModel(LONDON)
    model.set_entries(
        [
            TimelineEntry(
                AT,
                Channel.VISIT,
                Direction.INBOUND,
                Purpose.PROACTIVE,
                "Sarah Clarke",
                "Came in about the repair",
            )
        ],
        AT,
    )
    assert model.data(model.index(0, 1)) == "Office visit"
    locale = QLocale()
    install_language(qapp, "cy")
    try:
        assert texts.relationship_name("Son") == "mab"
        assert texts.relationship_name("daughter") == "merch"
        assert texts.relationship_name("next-door friend") == "next-door friend"  # as recorded
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(locale)
