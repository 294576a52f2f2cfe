"""The action bar, its dialogs and the call timer on real widgets over SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit
from sqlalchemy import select

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.values import (
    Channel,
    Code,
    OutreachDecision,
    OverridableBy,
    Reason,
    Recipient,
)
from agent_desktop.services.approvals import decide_request, pending_requests
from agent_desktop.services.calls import call_limit_minutes, outreach_preview
from agent_desktop.services.changes import Changes
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import (
    AuditEntry,
    ContactEvent,
    Customer,
    RestrictionRow,
    Staff,
    WorkItem,
)
from agent_desktop.ui import call_timer
from agent_desktop.ui.action_bar import ActionBar
from agent_desktop.ui.call_timer import CallTimer
from agent_desktop.ui.inbound_dialog import InboundDialog
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.outreach_dialogs import BlockedDialog, CallbackDialog, SummaryDialog
from tests.support import HeldOps, deliver_posted_events
from tests.test_outreach import NOW, add_people, count

LETTERS_ONLY = {"kind": "channel_only", "terms": {"channels": ["letter"]}}
WAIT_MS = 10_000
LONDON = ZoneInfo("Europe/London")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def make_bar(qtbot, db):
    """An ActionBar signed in as `username`, its clock fixed at NOW, on real worker threads."""
    made = []

    def make(username: str = "sclarke", ops: Ops | None = None) -> ActionBar:
        bar = ActionBar(
            ops or Ops(), db, sign_in(db, username), clock=lambda: NOW, timer_clock=FakeClock()
        )
        qtbot.addWidget(bar)
        bar.resize(900, 300)
        bar.show()
        made.append(bar)
        return bar

    yield make
    # Let background work finish before the database goes away.
    QThreadPool.globalInstance().waitForDone(WAIT_MS)
    deliver_posted_events(qtbot)  # and their answers reach the bar


def open_customer(qtbot, bar: ActionBar, ref: str = "C-1") -> None:
    with qtbot.waitSignal(bar.sig_preview_ready, timeout=WAIT_MS):
        bar.set_customer(ref)


def use_channel(qtbot, bar: ActionBar, channel: str, summary: str = "Update on the case"):
    """Press the channel's button; once it is checked and allowed, answer the summary dialog."""
    qtbot.mouseClick(bar.channel_buttons[Channel(channel)], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(bar.current_dialog, SummaryDialog), timeout=WAIT_MS)
    dialog = bar.current_dialog
    qtbot.keyClicks(dialog.text, summary)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)


def press_blocked(qtbot, bar: ActionBar, channel: str) -> BlockedDialog:
    """Press a channel the rules refuse: the refusal comes first, with no summary asked."""
    qtbot.mouseClick(bar.channel_buttons[Channel(channel)], Qt.MouseButton.LeftButton)
    return wait_for_blocked_dialog(qtbot, bar)


def wait_for_blocked_dialog(qtbot, bar: ActionBar) -> BlockedDialog:
    qtbot.waitUntil(lambda: isinstance(bar.current_dialog, BlockedDialog), timeout=WAIT_MS)
    return bar.current_dialog


def staff_id(db, username: str) -> uuid.UUID:
    with db.unit() as uow:
        return uow.session.execute(select(Staff.id).where(Staff.username == username)).scalar_one()


def add_restriction(db, kind: str, terms: dict, *, ends_on: date | None = None) -> None:
    with db.unit(write=True) as uow:
        s = uow.session
        customer = s.execute(select(Customer).where(Customer.ref == "C-1")).scalar_one()
        leader = s.execute(select(Staff).where(Staff.username == "mhughes")).scalar_one()
        s.add(
            RestrictionRow(
                customer_id=customer.id,
                kind=kind,
                category="aggressive",
                reason="Shouting at staff",
                terms=terms,
                decided_by_id=leader.id,
                starts_on=date(2026, 1, 1),
                review_by=date(2026, 12, 31),
                ends_on=ends_on,
            )
        )
        uow.commit()


def add_outbound(db, channel: str, at: datetime) -> None:
    """An outbound contact sclarke made to C-1 at `at`."""
    with db.unit(write=True) as uow:
        customer = uow.session.execute(select(Customer).where(Customer.ref == "C-1")).scalar_one()
        uow.session.add(
            ContactEvent(
                customer_id=customer.id,
                channel=channel,
                direction="outbound",
                purpose="proactive",
                staff_id=staff_id(db, "sclarke"),
                at=at,
            )
        )
        uow.commit()


def interactive_children(widget):
    return widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit)


# --- the preview ------------------------------------------------------------------------------


def test_preview_shows_blocked_and_allowed_with_icon_and_words(qtbot, db, make_bar):
    add_people(db, restriction=LETTERS_ONLY)
    bar = make_bar()
    assert not any(b.isEnabled() for b in bar.channel_buttons.values())
    open_customer(qtbot, bar)
    call, letter = bar.channel_buttons[Channel.PHONE], bar.channel_buttons[Channel.LETTER]
    assert call.text() == "&Call" and QKeySequence.mnemonic(call.text()) == QKeySequence("Alt+C")
    assert [b.text() for b in bar.channel_buttons.values()] == [
        "&Call",
        "&Email",
        "&Letter",
        "&SMS",
    ]
    assert call.property("outreach_state") == "blocked" and call.isEnabled()
    assert bar.channel_status[Channel.PHONE].text() == "Blocked: Channel restricted"
    assert "Contact is restricted to letter" in call.accessibleDescription()
    assert "Not by time alone" in call.toolTip()
    assert letter.property("outreach_state") == "allowed"
    assert bar.channel_status[Channel.LETTER].text() == "Allowed"
    assert not call.icon().isNull() and not letter.icon().isNull()
    assert call.icon().cacheKey() != letter.icon().cacheKey()
    assert "Preferences not recorded" in bar.warnings.text()
    assert all(w.accessibleName() for w in interactive_children(bar))
    bar.set_customer(None)
    assert not any(b.isEnabled() for b in bar.channel_buttons.values())
    assert not any(a.isEnabled() for a in bar.actions())


def test_a_newer_customer_supersedes_an_older_preview(qtbot, db, make_bar):
    add_people(db, restriction=LETTERS_ONLY)
    ops = HeldOps()
    bar = make_bar(ops=ops)
    bar.set_customer("C-1")
    bar.set_customer("C-404")
    assert bar.channel_status[Channel.LETTER].text() == "Checking…"
    ops.finish(1)
    ops.finish(0)  # the older answer arrives last and must not win
    assert bar.channel_status[Channel.LETTER].text() == "Blocked: Unknown customer"
    assert bar.decisions()[Channel.LETTER].block_codes == ["UNKNOWN_CUSTOMER"]


def test_preview_reads_every_channel_and_the_call_limit(db):
    add_people(
        db,
        prefs={"channels": ["letter", "email"], "language": "cy", "accessibility": ["large_print"]},
    )
    add_restriction(db, "call_duration", {"minutes": 10})
    add_restriction(db, "call_duration", {"minutes": 5})
    add_restriction(db, "call_duration", {"minutes": 3}, ends_on=date(2026, 6, 30))
    user = sign_in(db, "sclarke")
    preview = outreach_preview(db, "C-1", user, NOW)
    assert list(preview) == [Channel.PHONE, Channel.EMAIL, Channel.LETTER, Channel.SMS]
    assert preview[Channel.LETTER].allowed and not preview[Channel.PHONE].allowed
    assert "CALL_DURATION_LIMIT" in preview[Channel.PHONE].warning_codes
    assert "WELSH_PREFERRED" in preview[Channel.EMAIL].warning_codes
    assert call_limit_minutes(db, "C-1", NOW) == 5  # the strictest active one; 3 has ended
    assert call_limit_minutes(db, "C-404", NOW) is None
    unknown = outreach_preview(db, "C-404", user, NOW)
    assert {d.block_codes[0] for d in unknown.values()} == {"UNKNOWN_CUSTOMER"}


# --- outreach ---------------------------------------------------------------------------------


def test_allowed_call_is_recorded_and_starts_the_timer(qtbot, db, make_bar):
    add_people(db)
    add_restriction(db, "call_duration", {"minutes": 10})
    bar = make_bar()
    open_customer(qtbot, bar)
    assert "Call length limited" in bar.warnings.text()
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS) as recorded:
        use_channel(qtbot, bar, "phone")
    assert recorded.args == ["C-1"]
    assert count(db, ContactEvent) == 1
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
    assert event.summary == "Update on the case" and event.direction == "outbound"
    assert bar.status.text() == "Recorded Phone at 11:00"
    assert bar.timer.running and bar.timer.limit_minutes == 10
    assert bar.current_dialog is None


def test_blocked_call_opens_the_dialog_and_records_only_the_refusal(qtbot, db, make_bar):
    add_people(db, restriction=LETTERS_ONLY)
    bar = make_bar()
    open_customer(qtbot, bar)
    dialog = press_blocked(qtbot, bar, "phone")
    reasons = [label.text() for label in dialog.reason_labels]
    assert reasons == [
        "• Channel restricted: Contact is restricted to letter: phone may not be used."
    ]
    assert dialog.next_allowed.text() == "Time alone will not allow this."
    assert dialog.allowed_channels.text() == "Allowed now: Letter."
    assert dialog.override_reason is None and dialog.request_reason is not None
    assert not dialog.ask_button.isEnabled()
    # No control lets the agent name a team leader or record past the block themselves.
    edits = {e.accessibleName() for e in dialog.findChildren(QLineEdit)}
    assert edits == {"Summary of the contact", "Your reason for asking"}
    assert not dialog.record_button.isVisibleTo(dialog) and not dialog.record_button.isEnabled()
    assert all(w.accessibleName() for w in interactive_children(dialog))
    assert count(db, ContactEvent) == 0
    assert count(db, AuditEntry, outcome="refused") == 1
    dialog.reject()
    assert bar.current_dialog is None


def test_agent_overrides_a_preference_block_with_a_reason(qtbot, db, make_bar):
    add_people(db, prefs={"channels": ["letter"], "language": "en", "accessibility": []})
    bar = make_bar()
    open_customer(qtbot, bar)
    assert bar.channel_buttons[Channel.EMAIL].property("outreach_state") == "blocked"
    dialog = press_blocked(qtbot, bar, "email")
    qtbot.keyClicks(dialog.summary_edit, "Update on the case")
    assert dialog.request_reason is None
    assert not dialog.override_button.isEnabled()
    qtbot.keyClicks(dialog.override_reason, "   ")
    assert not dialog.override_button.isEnabled()
    dialog.override_reason.setText("Customer asked on the phone to be emailed instead")
    assert dialog.override_button.isEnabled()
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.override_button, Qt.MouseButton.LeftButton)
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
    assert event.override_reason == "Customer asked on the phone to be emailed instead"
    assert event.summary == "Update on the case"
    assert count(db, AuditEntry, outcome="overridden") == 1
    assert bar.current_dialog is None
    assert "overriding the preference" in bar.status.text()


def _ask(qtbot, bar, reason="Safeguarding concern needs a call today"):
    """Press the blocked phone, give the reason and ask a team leader; wait until asked."""
    dialog = press_blocked(qtbot, bar, "phone")
    qtbot.keyClicks(dialog.summary_edit, "Safeguarding call")
    qtbot.keyClicks(dialog.request_reason, reason)
    assert dialog.ask_button.isEnabled()
    with qtbot.waitSignal(bar.sig_changes, timeout=WAIT_MS) as sent:
        qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
    assert sent.args[0].requests == frozenset({"C-1"})
    assert dialog.request.status == "pending"
    return dialog


def _answer(qtbot, db, bar, dialog, *, approve: bool, reason: str):
    """The team leader decides; the change reaches the bar as the window passes it on."""
    decide_request(db, dialog.request.id, "mhughes", reason, approve=approve)
    bar.on_changes(Changes(requests=frozenset({"C-1"})))
    qtbot.waitUntil(lambda: dialog.request.status != "pending", timeout=WAIT_MS)


def test_a_restriction_block_goes_ahead_on_the_team_leaders_approval(qtbot, db, make_bar):
    add_people(db, restriction=LETTERS_ONLY)
    bar = make_bar()
    open_customer(qtbot, bar)
    dialog = _ask(qtbot, bar)
    assert dialog.request_state.text() == (
        "Waiting for a team leader. You asked: Safeguarding concern needs a call today"
    )
    assert dialog.request_reason.isReadOnly() and not dialog.ask_button.isEnabled()
    assert not dialog.record_button.isEnabled()
    [waiting] = pending_requests(db)
    assert (waiting.staff, waiting.channel, waiting.blocks) == (
        "sclarke",
        Channel.PHONE,
        ("RESTRICTED_CHANNEL",),
    )
    # The same customer read again (the card reloads on the change) keeps the dialog open.
    bar.set_customer("C-1")
    assert bar.current_dialog is dialog
    _answer(qtbot, db, bar, dialog, approve=True, reason="Agreed: call today")
    assert dialog.request_state.text().startswith("Approved by mhughes: Agreed: call today")
    assert dialog.record_button.isVisibleTo(dialog) and dialog.record_button.isEnabled()
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
    assert event.authorised_by_id == staff_id(db, "mhughes")
    assert event.override_reason == "Agreed: call today"  # the team leader's reason
    assert event.summary == "Safeguarding call"
    assert count(db, AuditEntry, outcome="authorised") == 1
    assert bar.status.text() == "Recorded Phone at 11:00, authorised by mhughes"
    assert bar.current_dialog is None


def test_a_request_outlives_its_dialog_and_a_refusal_shows_with_its_reason(qtbot, db, make_bar):
    add_people(db, restriction=LETTERS_ONLY)
    bar = make_bar()
    open_customer(qtbot, bar)
    dialog = _ask(qtbot, bar)
    dialog.reject()  # the agent closes it: the request stays
    assert bar.current_dialog is None
    again = press_blocked(qtbot, bar, "phone")
    assert again.request is not None and again.request.status == "pending"
    assert again.request_state.text().startswith("Waiting for a team leader.")
    _answer(qtbot, db, bar, again, approve=False, reason="Letters only, as decided")
    assert again.request_state.text() == "Refused by mhughes: Letters only, as decided"
    assert not again.record_button.isVisibleTo(again)
    # Refused, the agent may ask again, with a new reason.
    assert not again.request_reason.isReadOnly() and again.ask_button.text() == "Ask a&gain"
    assert count(db, ContactEvent) == 0


def test_an_approval_that_ran_out_is_refused_and_the_agent_may_ask_again(qtbot, db, make_bar):
    from datetime import timedelta

    from agent_desktop.store.schema import Authorisation
    from agent_desktop.store.types import utcnow

    add_people(db, restriction=LETTERS_ONLY)
    bar = make_bar()
    open_customer(qtbot, bar)
    dialog = _ask(qtbot, bar)
    _answer(qtbot, db, bar, dialog, approve=True, reason="Agreed")
    with db.unit(write=True) as uow:  # the thirty minutes run out before the agent records
        permit = uow.session.get(Authorisation, dialog.request.approval)
        permit.expires_at = utcnow() - timedelta(seconds=1)
        uow.commit()
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=WAIT_MS)
    assert dialog.error.text() == "Approval: the approval has expired: ask the team leader again"
    qtbot.waitUntil(lambda: dialog.ask_button.text() == "Ask a&gain", timeout=WAIT_MS)
    assert not dialog.record_button.isVisibleTo(dialog)
    assert not dialog.request_reason.isReadOnly()
    assert count(db, ContactEvent) == 0


def test_menu_actions_carry_shortcuts_and_open_the_same_flow(qtbot, db, make_bar):
    add_people(db)
    bar = make_bar()
    open_customer(qtbot, bar)
    actions = bar.actions()
    assert [a.shortcut().toString() for a in actions] == [
        "Ctrl+Shift+C",
        "Ctrl+Shift+E",
        "Ctrl+Shift+L",
        "Ctrl+Shift+S",
        "Ctrl+Shift+I",
        "Ctrl+Shift+B",
    ]
    actions[1].trigger()
    qtbot.waitUntil(lambda: isinstance(bar.current_dialog, SummaryDialog), timeout=WAIT_MS)
    assert bar.current_dialog.channel is Channel.EMAIL
    bar.current_dialog.reject()
    actions[4].trigger()
    assert isinstance(bar.current_dialog, InboundDialog)
    bar.current_dialog.reject()
    assert bar.current_dialog is None
    assert count(db, ContactEvent) == 0


def test_blocked_dialog_names_the_next_allowed_time_or_offers_only_close(qtbot):
    later = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    limited = OutreachDecision(
        allowed=False,
        overridable_by=OverridableBy.TEAM_LEADER,
        next_allowed_at=later,
        blocks=(Reason(Code.CONTACT_LIMIT_REACHED, "Contact is limited to 1 a week."),),
        allowed_channels=(Channel.LETTER, Channel.EMAIL),
    )
    dialog = BlockedDialog(Channel.PHONE, limited, OfficeCalendar())
    qtbot.addWidget(dialog)
    assert dialog.next_allowed.text() == "Next allowed Tue 8 Dec 10:00."
    assert dialog.allowed_channels.text() == "Allowed now: Letter, Email."
    assert dialog.request_reason is not None  # a team leader's to allow: ask one
    unknown = OutreachDecision.refused(Code.UNKNOWN_CUSTOMER, "No customer has the reference 'X'.")
    closed = BlockedDialog(Channel.PHONE, unknown, OfficeCalendar())
    qtbot.addWidget(closed)
    assert closed.override_reason is None and closed.request_reason is None
    assert closed.findChildren(QLineEdit) == []
    assert closed.allowed_channels.text() == "No channel is allowed now."


# --- inbound contact and call-backs ---------------------------------------------------------


def test_logging_an_inbound_email_records_it_and_makes_work(qtbot, db, make_bar):
    add_people(db, restriction={"kind": "no_contact"})
    bar = make_bar()
    open_customer(qtbot, bar)
    bar.trigger("inbound")
    dialog = bar.current_dialog
    assert isinstance(dialog, InboundDialog)
    assert [b.accessibleName() for b in dialog.choices.values()] == [
        "Phone call",
        "Text message",
        "Email",
        "Letter",
        "Office visit",
        "Social media message",
    ]
    assert not dialog.accept_button.isEnabled()  # the summary is required
    dialog.choices[Channel.EMAIL].setChecked(True)
    qtbot.keyClicks(dialog.summary_edit, "Asked why the repair is late")
    with qtbot.waitSignals([bar.sig_contact_recorded, bar.sig_work_changed], timeout=WAIT_MS):
        qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
    assert (event.channel, event.direction) == ("email", "inbound")
    assert event.summary == "Asked why the repair is late"
    assert count(db, WorkItem) == 2
    assert bar.status.text() == "Logged inbound Email at 11:00"
    assert not bar.timer.running


def test_an_inbound_phone_call_starts_the_timer(qtbot, db, make_bar):
    add_people(db)
    add_restriction(db, "call_duration", {"minutes": 15})
    bar = make_bar()
    open_customer(qtbot, bar)
    bar.trigger("inbound")
    dialog = bar.current_dialog
    assert dialog.channel() is Channel.PHONE
    dialog.summary_edit.setText("Rang about the decision")
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert count(db, ContactEvent, direction="inbound", channel="phone") == 1
    assert bar.timer.running and bar.timer.limit_minutes == 15


def test_a_call_back_request_is_due_by_the_end_of_the_next_working_day(qtbot, db, make_bar):
    add_people(db)
    bar = make_bar()
    open_customer(qtbot, bar)
    bar.trigger("callback")
    dialog = bar.current_dialog
    assert isinstance(dialog, CallbackDialog)
    qtbot.keyClicks(dialog.text, "After 2pm please")
    with qtbot.waitSignal(bar.sig_work_changed, timeout=WAIT_MS):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    with db.unit() as uow:
        item = uow.session.execute(select(WorkItem)).scalar_one()
    assert item.kind == "callback" and item.note == "After 2pm please"
    assert item.due_at == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)  # Wednesday close
    assert item.assignee_id == staff_id(db, "sclarke")
    assert bar.status.text() == "Call-back due by Wed 2 Dec 17:00"


# --- the call timer ---------------------------------------------------------------------------


def test_call_timer_warns_near_the_limit_and_at_it(qtbot, monkeypatch):
    spoken = []
    monkeypatch.setattr(
        call_timer, "announce", lambda source, text, assertive=False: spoken.append(text)
    )
    clock = FakeClock()
    timer = CallTimer(clock=clock)
    qtbot.addWidget(timer)
    timer.show()
    assert not timer.stop_button.isEnabled()
    timer.start(10)
    assert timer.elapsed.text() == "Call time 00:00"
    assert timer.message.text() == "10-minute limit"
    clock.now += 7 * 60 + 59
    timer.tick()
    assert timer.elapsed.text() == "Call time 07:59" and not timer.icon.isVisible()
    clock.now += 1
    with qtbot.waitSignal(timer.sig_near_limit, timeout=1000):
        timer.tick()
    assert timer.message.text() == "2 minutes left of the 10-minute limit"
    assert timer.icon.isVisible() and spoken == ["2 minutes left of the 10-minute limit"]
    clock.now += 60
    timer.tick()  # no second warning
    assert spoken == ["2 minutes left of the 10-minute limit"]
    clock.now += 60
    with qtbot.waitSignal(timer.sig_limit_reached, timeout=1000):
        timer.tick()
    assert timer.message.text() == "Call limit reached" and spoken[-1] == "Call limit reached"
    clock.now += 3600
    timer.tick()
    assert timer.elapsed.text() == "Call time 1:10:00"
    with qtbot.waitSignal(timer.sig_stopped, timeout=1000) as stopped:
        qtbot.mouseClick(timer.stop_button, Qt.MouseButton.LeftButton)
    assert stopped.args == [4200] and not timer.running
    assert timer.elapsed.text() == "Last call 1:10:00"


def test_call_timer_without_a_limit_never_warns(qtbot):
    clock = FakeClock()
    timer = CallTimer(clock=clock)
    qtbot.addWidget(timer)
    warned = []
    timer.sig_near_limit.connect(lambda: warned.append(True))
    timer.start(None)
    clock.now += 4 * 3600
    timer.tick()  # the real announcement path runs too, harmlessly, when nothing listens
    assert warned == [] and timer.message.text() == ""
    timer.start(1)  # a one-minute limit warns at once, with the right number of minutes
    assert timer.message.text() == "1 minute left of the 1-minute limit"


# --- layout -----------------------------------------------------------------------------------


def test_layout_survives_a_half_again_larger_font_and_tabs_in_reading_order(qtbot, db, make_bar):
    add_people(
        db,
        prefs={
            "channels": ["letter"],
            "language": "cy",
            "accessibility": ["large_print", "bsl_interpreter"],
        },
    )
    app = QApplication.instance()
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        bar = make_bar()
        open_customer(qtbot, bar)
        bar.resize(
            900, bar.heightForWidth(900) if bar.hasHeightForWidth() else bar.sizeHint().height()
        )
        qtbot.waitExposed(bar)
        deliver_posted_events(qtbot)  # the layout requests the resize posted
        for label in bar.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
            else:
                assert label.width() >= label.sizeHint().width(), label.text()
        for button in bar.findChildren(QAbstractButton):
            if not button.isVisible():
                continue
            assert button.width() >= button.minimumSizeHint().width(), button.text()
        order, widget = [], bar.channel_buttons[Channel.PHONE]
        for _ in range(6):
            order.append(widget.text())
            widget = widget.nextInFocusChain()
            while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget = widget.nextInFocusChain()
        assert order == [
            "&Call",
            "&Email",
            "&Letter",
            "&SMS",
            "Log &inbound…",
            "Request call-&back",
        ]
    finally:
        app.setFont(original)


# --- what the bar shows is about this customer, heaviest reason first -------------------------


def test_opening_another_customer_forgets_the_call_and_the_last_action(qtbot, db, make_bar):
    add_people(db)
    add_restriction(db, "call_duration", {"minutes": 20})
    bar = make_bar()
    open_customer(qtbot, bar)
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        use_channel(qtbot, bar, "phone")
    assert bar.timer.running and "20-minute limit" in bar.timer.message.text()
    assert bar.status.text() == "Recorded Phone at 11:00"
    open_customer(qtbot, bar, "C-404")
    assert not bar.timer.running and bar.timer.limit_minutes is None
    assert bar.timer.elapsed.text() == "No call in progress" and not bar.timer.message.text()
    assert bar.status.text() == "" and not bar.status_icon.isVisible()
    open_customer(qtbot, bar, "C-404")  # the same customer again keeps what is there
    bar.status.setText("kept")
    bar.set_customer("C-404")
    assert bar.status.text() == "kept"


def test_a_restriction_is_named_before_a_preference_the_agent_may_override(qtbot, db, make_bar):
    add_people(
        db,
        prefs={"channels": ["email", "letter"], "update_every_days": 14},
        restriction=LETTERS_ONLY,
    )
    add_outbound(db, "letter", datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    bar = make_bar()
    open_customer(qtbot, bar)
    assert bar.channel_status[Channel.EMAIL].text() == "Blocked: Channel restricted (+1 more)"
    tip = bar.channel_buttons[Channel.EMAIL].toolTip()
    assert tip.index("Channel restricted") < tip.index("Updated recently")


def test_representative_only_twice_over_is_one_reason(qtbot, db, make_bar):
    rep = {
        "name": "Delyth Baker",
        "relationship": "daughter",
        "phone": "+447700900123",
        "contact_only_via": True,
    }
    add_people(
        db,
        prefs={"channels": ["phone", "email"], "representative": rep},
        restriction={"kind": "representative_only", "terms": {"representative": "Delyth Baker"}},
    )
    bar = make_bar()
    open_customer(qtbot, bar)
    bar.preview.recipient.customer_choice.setChecked(True)
    assert bar.channel_status[Channel.PHONE].text() == "Blocked: Through representative only"
    tip = bar.channel_buttons[Channel.PHONE].toolTip()
    assert tip.count("Through representative only") == 1


def test_a_refused_call_is_said_before_any_summary_is_asked(qtbot, db, make_bar, monkeypatch):
    add_people(db, restriction=LETTERS_ONLY)
    asked = []
    monkeypatch.setattr(
        ActionBar,
        "summary_dialog_class",
        type(
            "Counted",
            (SummaryDialog,),
            {"open": lambda self: (asked.append(self), SummaryDialog.open(self))},
        ),
    )
    bar = make_bar()
    open_customer(qtbot, bar)
    dialog = press_blocked(qtbot, bar, "phone")
    assert not asked
    assert dialog.summary_edit is not None  # the summary goes with the authorisation
    assert count(db, AuditEntry, outcome="refused") == 1  # the attempt is audited
    dialog.reject()


def test_next_allowed_says_the_year_and_when_the_office_opens(qtbot, db, make_bar):
    # One call a week; the last one was on Saturday 28 November at 10:15, so the next is
    # allowed on Saturday 5 December at 10:15, when the office is shut.
    add_people(
        db,
        prefs={"channels": ["phone"]},
        restriction={
            "kind": "max_contacts",
            "terms": {"limit": 1, "per_days": 7, "channels": ["phone"]},
        },
    )
    add_outbound(db, "phone", datetime(2026, 11, 28, 10, 15, tzinfo=UTC))
    bar = make_bar()
    open_customer(qtbot, bar)
    assert (
        "Next allowed Sat 5 Dec 10:15 (the office is closed then and opens Mon 7 Dec 09:00)"
        in bar.channel_buttons[Channel.PHONE].toolTip()
    )
    late = OutreachDecision(
        allowed=False,
        blocks=(Reason(Code.NO_CONTACT, "No contact.", {"type": "restriction"}),),
        overridable_by=OverridableBy.TEAM_LEADER,
        next_allowed_at=datetime(2027, 3, 26, 0, 0, tzinfo=UTC),
    )
    dialog = BlockedDialog(Channel.PHONE, late, OfficeCalendar(), now=NOW)
    qtbot.addWidget(dialog)
    # Good Friday and Easter Monday: the office next opens on the Tuesday.
    assert dialog.next_allowed.text() == (
        "Next allowed Fri 26 Mar 2027 00:00 (the office is closed then and opens "
        "Tue 30 Mar 2027 09:00)."
    )


# --- the representative ------------------------------------------------------------------------


def test_the_representative_is_offered_and_contacted_under_the_same_rules(qtbot, db, make_bar):
    rep = {
        "name": "Delyth Baker",
        "relationship": "daughter",
        "phone": "+447700900123",
        "email": "delyth@example.org",
        "contact_only_via": True,
    }
    add_people(db, prefs={"channels": ["phone", "email"], "representative": rep})
    bar = make_bar()
    open_customer(qtbot, bar)
    choice = bar.preview.recipient
    assert choice.isVisible() and bar.recipient is Recipient.REPRESENTATIVE
    assert choice.details.text() == "Delyth Baker (daughter) · 07700 900123 · delyth@example.org"
    assert "Delyth Baker" in choice.representative_choice.accessibleName()
    assert bar.channel_status[Channel.PHONE].text() == "Allowed"
    qtbot.mouseClick(bar.channel_buttons[Channel.PHONE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(bar.current_dialog, SummaryDialog), timeout=WAIT_MS)
    assert "Delyth Baker" in bar.current_dialog.windowTitle()
    with qtbot.waitSignal(bar.sig_contact_recorded, timeout=WAIT_MS):
        qtbot.keyClick(bar.current_dialog.text, Qt.Key.Key_Return)
    with db.unit() as uow:
        event = uow.session.execute(select(ContactEvent)).scalar_one()
    assert event.recipient == "representative" and event.override_reason is None
    assert bar.status.text() == "Recorded Phone at 11:00, to the representative"
    # Addressed to the customer, the same call is the preference block the agent may override.
    choice.customer_choice.setChecked(True)
    assert bar.recipient is Recipient.CUSTOMER
    assert bar.channel_status[Channel.PHONE].text() == "Blocked: Through representative only"


def test_no_representative_no_choice(qtbot, db, make_bar):
    add_people(db, prefs={"channels": ["phone"]})
    bar = make_bar()
    open_customer(qtbot, bar)
    assert not bar.preview.recipient.isVisible() and bar.recipient is Recipient.CUSTOMER


def test_options_name_a_representative_a_restriction_gives_without_details(db):
    from agent_desktop.services.calls import outreach_options

    add_people(
        db,
        prefs={"channels": ["phone", "letter"]},
        restriction={"kind": "representative_only", "terms": {"representative": "Delyth Baker"}},
    )
    options = outreach_options(db, "C-1", sign_in(db, "sclarke"), NOW)
    assert options.representative.name == "Delyth Baker"
    assert options.representative.phone is None
    assert not options.decisions[Recipient.CUSTOMER][Channel.PHONE].allowed
    assert options.decisions[Recipient.REPRESENTATIVE][Channel.PHONE].allowed
    plain = outreach_options(db, "C-404", sign_in(db, "sclarke"), NOW)
    assert plain.representative is None and list(plain.decisions) == [Recipient.CUSTOMER]


@pytest.mark.parametrize(
    "make", [InboundDialog, CallbackDialog, lambda: SummaryDialog(Channel.EMAIL)]
)
def test_a_text_no_database_can_store_is_refused_in_its_dialog(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.summary_edit if isinstance(dialog, InboundDialog) else dialog.text
    edit.setText("Rang about \x00 the bill")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    field = "Note" if isinstance(dialog, CallbackDialog) else "Summary"
    assert dialog.error.label.text().startswith(f"{field}: it holds a character that cannot")
    assert not dialog.error.icon.isHidden()  # an icon and words, never colour alone
    edit.setText("Rang about the bill")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.error.isHidden()
