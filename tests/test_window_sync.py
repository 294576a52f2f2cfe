"""The window kept in step with the central database, and working on while it is away.

Real widgets (pytest-qt), real PostgreSQL servers, real SQLite replicas, the real sync thread.
"""

from __future__ import annotations

import pytest

from agent_desktop.domain.values import Channel
from agent_desktop.services.outreach import InboundContact
from agent_desktop.services.session import sign_in
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.sync_controller import SyncController
from tests.desktops import EXAMPLE, TUESDAY, _count, _desktop, load_example

# The safety-net timer is an hour here: anything seen sooner came through NOTIFY.
HOUR_MS = 3_600_000


def _window(qtbot, desktop, username: str, **controller_options):
    window = MainWindow(desktop, sign_in(desktop.reads, username), Ops())
    qtbot.addWidget(window)
    controller = SyncController(desktop, window, **controller_options)
    window.attach_sync(controller)
    window.load()
    controller.start()
    return window, controller


def _queue_count(window) -> int:
    return window.queue.model.rowCount()


def test_another_desktops_change_reaches_the_window_through_notify(qtbot, central_url, tmp_path):
    other = _desktop(central_url, tmp_path, "sclarke")
    mine = _desktop(central_url, tmp_path, "dowen")
    window, controller = _window(qtbot, mine, "dowen", interval_ms=HOUR_MS)
    try:
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=10_000)
        qtbot.waitUntil(lambda: _queue_count(window) > 0, timeout=10_000)
        before = _queue_count(window)
        pulls = controller.pulls
        # sclarke, on another desktop, logs an email from a customer: it makes two work items
        # for the team that dowen's queue shows.
        other.log_inbound(InboundContact("C-20418", Channel.EMAIL, "sclarke", TUESDAY, "Email"))
        qtbot.waitUntil(lambda: _queue_count(window) == before + 2, timeout=10_000)
        assert controller.pulls > pulls
        assert window.offline_icon.isHidden()
    finally:
        controller.stop()
        other.dispose()
        mine.dispose()


def test_a_change_held_back_by_an_older_open_transaction_arrives_without_a_notify(
    qtbot, central_url, tmp_path
):
    """The NOTIFY wakes the desktop while an older transaction (one that changes nothing
    synchronised, so it sends no NOTIFY of its own) still hides the change from the feed."""
    from sqlalchemy import create_engine, text

    other = _desktop(central_url, tmp_path, "sclarke")
    mine = _desktop(central_url, tmp_path, "dowen")
    window, controller = _window(qtbot, mine, "dowen", interval_ms=HOUR_MS)
    blocker_engine = create_engine(central_url)
    try:
        qtbot.waitUntil(lambda: _queue_count(window) > 0, timeout=10_000)
        before = _queue_count(window)
        with blocker_engine.connect() as blocker:
            blocker.begin()
            blocker.execute(text("SELECT pg_current_xact_id()"))  # older than the change
            changed = []
            controller.sig_changed.connect(changed.append)
            pulls = controller.pulls
            other.log_inbound(InboundContact("C-20418", Channel.EMAIL, "sclarke", TUESDAY, "x"))
            # Woken, and the pull that followed saw the change held back: it applied nothing,
            # so nothing told the queue to reload.
            qtbot.waitUntil(
                lambda: controller.pulls > pulls and mine.status().held_back, timeout=10_000
            )
            assert changed == []
            assert _queue_count(window) == before
            blocker.rollback()
        # No notification comes now; the controller looks again by itself.
        qtbot.waitUntil(lambda: _queue_count(window) == before + 2, timeout=10_000)
        assert not mine.status().held_back
    finally:
        controller.stop()
        blocker_engine.dispose()
        other.dispose()
        mine.dispose()


def test_the_window_works_on_offline_and_recovers_by_itself(qtbot, cluster, tmp_path):

    load_example(cluster.url)
    desktop = _desktop(cluster.url, tmp_path, "sclarke")
    window, controller = _window(qtbot, desktop, "sclarke", interval_ms=HOUR_MS, max_retry_ms=500)
    try:
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=10_000)
        window.open_customer("C-17702")
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
        call_status = window.actions_bar.channel_status[Channel.PHONE]

        cluster.stop()
        # The listener's lost connection wakes the sync, which finds the server gone.
        qtbot.waitUntil(
            lambda: window.database_label.text().startswith("Offline since"), timeout=15_000
        )
        assert "showing data as of" in window.database_label.text()
        assert not window.offline_icon.isHidden()  # not colour alone: an icon and the words
        # The card is still there, and outreach says why it is refused.
        assert window.card.card is not None and window.card.card.restrictions
        qtbot.waitUntil(
            lambda: call_status.text() == "Blocked: Central database unreachable", timeout=10_000
        )

        # An inbound call is kept in the outbox and the status bar counts it.
        logged = []
        window.ops.run(
            lambda: desktop.log_inbound(
                InboundContact("C-17702", Channel.PHONE, "sclarke", TUESDAY, "Rang while offline")
            ),
            logged.append,
        )
        qtbot.waitUntil(lambda: bool(logged), timeout=10_000)
        controller.request()
        qtbot.waitUntil(lambda: "1 waiting to send" in window.database_label.text(), timeout=10_000)

        cluster.start()
        # Nobody touches anything: the retry timer finds the server and the outbox drains.
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=20_000)
        assert "waiting" not in window.database_label.text()
        assert window.offline_icon.isHidden()
        assert (
            _count(
                desktop.central.engine,
                "SELECT count(*) FROM contact_events WHERE summary = 'Rang while offline'",
            )
            == 1
        )
    finally:
        controller.stop()
        desktop.dispose()


def test_a_desktop_started_while_the_server_is_away_works_from_its_replica(qtbot, cluster):
    """Yesterday's session left a replica; today the server is down when the desktop starts."""
    from agent_desktop import app as app_module
    from agent_desktop.domain.values import InvalidInput
    from agent_desktop.services.database import open_database, unopened_database
    from agent_desktop.services.exchange import import_document

    db = open_database(cluster.url)
    import_document(db, EXAMPLE)
    yesterday = app_module.open_synced(db, sign_in(db, "dowen"))
    yesterday.sync()
    yesterday.dispose()
    cluster.stop()

    central = unopened_database(cluster.url)  # what open_central gives for "work offline"
    with pytest.raises(InvalidInput):
        app_module.open_offline(central, "sclarke")  # no replica of theirs on this desktop
    user, desktop = app_module.open_offline(central, "dowen")
    window, controller = _window(
        qtbot, desktop, user.username, interval_ms=HOUR_MS, max_retry_ms=500
    )
    try:
        qtbot.waitUntil(
            lambda: window.database_label.text().startswith("Offline since"), timeout=10_000
        )
        qtbot.waitUntil(lambda: _queue_count(window) > 0, timeout=10_000)
        window.open_customer("C-17702")
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
        cluster.start()
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=20_000)
    finally:
        controller.stop()
        desktop.dispose()


def test_a_pull_that_keeps_failing_is_shown_not_hidden_in_the_log(
    qtbot, central_url, tmp_path, monkeypatch
):
    desktop = _desktop(central_url, tmp_path, "dowen")

    def broken_sync():
        raise RuntimeError("a replica the pull cannot write to")

    monkeypatch.setattr(desktop, "sync", broken_sync)
    window, controller = _window(qtbot, desktop, "dowen", interval_ms=HOUR_MS, listen=False)
    try:
        qtbot.waitUntil(
            lambda: (
                "could not be brought up to date (RuntimeError)" in window.database_label.text()
            ),
            timeout=10_000,
        )
        assert not window.offline_icon.isHidden()
    finally:
        controller.stop()
        desktop.dispose()


def test_an_entry_the_server_refused_is_shown_with_its_reason(qtbot, central_url, tmp_path):
    """A NUL in a summary kept offline by an older desktop: the status line counts it and
    says why, the card shows it refused, and the entry behind it arrives."""
    import uuid

    from agent_desktop.sync.outbox import inbound_entry

    desktop = _desktop(central_url, tmp_path, "sclarke")
    for summary in ("Rang about \x00 the bill", "Letter received"):
        desktop.outbox.put(
            inbound_entry(
                InboundContact(
                    "C-17702", Channel.LETTER, "sclarke", TUESDAY, summary, contact_id=uuid.uuid4()
                )
            )
        )
    window, controller = _window(qtbot, desktop, "sclarke", interval_ms=HOUR_MS, listen=False)
    try:
        label = window.database_label
        qtbot.waitUntil(lambda: "1 could not be sent" in label.text(), timeout=10_000)
        assert "waiting" not in label.text()
        assert "Inbound Letter for C-17702 at" in label.toolTip()
        assert "NUL" in label.toolTip() and "NUL" in label.accessibleDescription()
        window.open_customer("C-17702")
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
        model = window.card.timeline_model
        summaries = [model.index(row, 4).data() for row in range(model.rowCount())]
        assert any(s.startswith("could not be sent: ") and "NUL" in s for s in summaries)
        assert "Letter received" in summaries  # sent, so shown with nothing waiting
    finally:
        controller.stop()
        desktop.dispose()


def _bar_on(qtbot, desktop):
    from agent_desktop.ui.action_bar import ActionBar

    bar = ActionBar(Ops(), desktop, sign_in(desktop.reads, "sclarke"), clock=lambda: TUESDAY)
    qtbot.addWidget(bar)
    bar.show()
    with qtbot.waitSignal(bar.sig_preview_ready, timeout=10_000):
        bar.set_customer("C-17702")
    messages: list[str] = []
    bar.sig_message.connect(messages.append)
    return bar, messages


def _email_summary_dialog(qtbot, bar):
    from PySide6.QtCore import Qt

    from agent_desktop.ui.outreach_dialogs import SummaryDialog

    qtbot.mouseClick(bar.channel_buttons[Channel.EMAIL], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(bar.current_dialog, SummaryDialog), timeout=10_000)
    return bar.current_dialog


def _emails(engine) -> int:
    return _count(
        engine,
        "SELECT count(*) FROM contact_events WHERE direction = 'outbound' AND channel = 'email'",
    )


def test_an_email_whose_answer_was_lost_is_checked_then_shown_recorded(
    qtbot, central_url, tmp_path
):
    from PySide6.QtCore import QThreadPool

    from tests.test_sync_desktop import _kill_before, _lose_commit

    desktop = _desktop(central_url, tmp_path, "sclarke")
    try:
        bar, messages = _bar_on(qtbot, desktop)
        before = _emails(desktop.central.engine)
        dialog = _email_summary_dialog(qtbot, bar)
        _kill_before(desktop.central.engine, "INSERT INTO CONTACT_EVENTS")
        _lose_commit(desktop.central.engine, committed=True)
        dialog.text.setText("Review outcome")
        dialog.accept()
        qtbot.waitUntil(
            lambda: any(m.startswith("Recorded Email") for m in messages), timeout=10_000
        )
        # Never "not recorded" or "cannot be reached": checking, then what the server holds.
        assert messages == ["Checking whether the email was recorded…", "Recorded Email at 10:30"]
        assert _emails(desktop.central.engine) == before + 1
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        desktop.dispose()


def test_an_email_found_not_recorded_is_said_so_and_a_retry_keeps_its_id(
    qtbot, central_url, tmp_path
):
    from PySide6.QtCore import QThreadPool

    from tests.test_sync_desktop import _kill_before, _lose_commit

    desktop = _desktop(central_url, tmp_path, "sclarke")
    try:
        bar, messages = _bar_on(qtbot, desktop)
        before = _emails(desktop.central.engine)
        dialog = _email_summary_dialog(qtbot, bar)
        _lose_commit(desktop.central.engine, committed=False)  # cut as the COMMIT was sent
        _kill_before(desktop.central.engine, "SELECT CUSTOMERS")  # and the retry cut too
        dialog.text.setText("Review outcome")
        dialog.accept()
        qtbot.waitUntil(lambda: len(messages) == 2, timeout=10_000)
        assert messages == [
            "Checking whether the email was recorded…",
            "The email was not recorded. You may record it again.",
        ]
        assert not bar.status_icon.isHidden()  # an icon and words, never colour alone
        assert _emails(desktop.central.engine) == before
        [first_id] = bar._retry_ids.values()

        dialog = _email_summary_dialog(qtbot, bar)
        dialog.text.setText("Review outcome")
        dialog.accept()
        qtbot.waitUntil(lambda: messages[-1] == "Recorded Email at 10:30", timeout=10_000)
        assert _emails(desktop.central.engine) == before + 1
        assert (
            _count(
                desktop.central.engine,
                "SELECT count(*) FROM contact_events WHERE id = :i",
                i=first_id,
            )
            == 1
        )
        assert not bar._retry_ids
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        desktop.dispose()
