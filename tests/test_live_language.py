"""The language changes while the window runs, and the agent's place is kept.

Real widgets, a real database read through the real thread pool, a real pop server.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox
from sqlalchemy import event, func, select

from agent_desktop.domain.values import Channel
from agent_desktop.services.database import open_database
from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.services.work_queue import QueueFilter
from agent_desktop.store.schema import Customer, CustomerPhone
from agent_desktop.sync.desktop import SyncStatus
from agent_desktop.ui.i18n import install_language
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.single_instance import SingleInstance, server_name
from agent_desktop.ui.work_queue_model import ITEM_ID_ROLE

WAIT = 15_000
ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "agent_desktop_cy.ts"
UI = ROOT / "agent_desktop" / "ui"


def translations(folder: Path) -> dict[str, str]:
    """English source → Welsh, for each text translated (differently) wherever the code uses
    it: a text the code has in a context the translation does not cover yet is left out."""
    current = folder / "current.ts"
    shutil.copy(TS, current)
    subprocess.run(
        ["pyside6-lupdate", *map(str, sorted(UI.glob("*.py"))), "-ts", str(current)],
        check=True,
        capture_output=True,
    )
    found, unfinished = {}, set()
    for message in ET.parse(current).iter("message"):
        source, translation = message.find("source").text, message.find("translation")
        if translation.get("type") == "unfinished" or not translation.text:
            unfinished.add(source)
        elif translation.get("type") is None and translation.text != source:
            found[source] = translation.text
    return {source: text for source, text in found.items() if source not in unfinished}


def visible_texts(window) -> set[str]:
    texts = {window.windowTitle()}
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window) and widget.text():
            texts.add(widget.text())
    texts |= {a.text() for a in window.menuBar().actions()}
    for menu in window.menuBar().actions():
        texts |= {a.text() for a in menu.menu().actions() if a.text()}
    return texts


def call_text(window) -> str:
    return window.actions_bar.channel_buttons[Channel.PHONE].text()


def language_actions(window) -> list[QAction]:
    view = window.menuBar().actions()[2].menu()
    submenu = next(a.menu() for a in view.actions() if a.menu() is not None)
    return submenu.actions()


@pytest.fixture
def seeded(sqlite_url):
    db = open_database(sqlite_url)
    seed(db, 120)
    yield db
    db.dispose()


@pytest.fixture
def english(qapp):
    """The test starts and ends in English, whatever it switches to meanwhile."""
    locale = QLocale()
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")
    QLocale.setDefault(locale)


def test_the_language_menu_names_each_language_in_itself_and_checks_the_current_one(
    qtbot, qapp, seeded, english
):
    for language in ("en", "cy"):
        install_language(qapp, language)
        window = MainWindow(seeded, sign_in(seeded, "sclarke"), Ops())
        qtbot.addWidget(window)
        actions = language_actions(window)
        assert [a.text().replace("&", "") for a in actions] == ["English", "Cymraeg"]
        assert all(a.isCheckable() for a in actions)
        assert actions[0].actionGroup() is not None and actions[0].actionGroup().isExclusive()
        assert [a.isChecked() for a in actions] == [language == "en", language == "cy"]
        window.close()


def callers(db) -> list[tuple[str, str]]:
    """(phone number, reference) of two customers who each alone have that number."""
    with db.unit() as uow:
        unique = (
            select(CustomerPhone.e164)
            .group_by(CustomerPhone.e164)
            .having(func.count() == 1)
            .scalar_subquery()
        )
        return [
            tuple(row)
            for row in uow.session.execute(
                select(CustomerPhone.e164, Customer.ref)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.e164.in_(unique))
                .order_by(Customer.ref)
                .limit(2)
            )
        ]


def test_switching_language_rebuilds_the_window_live_and_keeps_the_agents_place(
    qtbot, qapp, seeded, english, monkeypatch, tmp_path
):
    user, two_callers = sign_in(seeded, "sclarke"), callers(seeded)
    # From here on, every query the window causes; none may run on the GUI thread.
    on_gui_thread = []

    @event.listens_for(seeded.engine, "before_cursor_execute")
    def where(*_args):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(_args[2])

    shown_boxes = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args, **kwargs: shown_boxes.append(args)
    )
    window = MainWindow(seeded, user, Ops())
    qtbot.addWidget(window)
    instance = SingleInstance(server_name(tmp_path, f"live-{uuid.uuid4().hex[:8]}"))
    assert instance.listen()
    instance.deliver_to(window.show_pop)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    chosen = []
    window.sig_language_chosen.connect(chosen.append)
    try:
        # The agent's place: a card, a call being timed, queue filters, text and selection,
        # a search, and what the status bar says about the central database.
        with qtbot.waitSignal(window.sig_queue_loaded, timeout=WAIT):
            window.load()
        with qtbot.waitSignal(window.sig_queue_loaded, timeout=WAIT):
            window.queue.filter_buttons[QueueFilter.MINE].setChecked(False)
        assert window.queue.model.rowCount() > 2
        window.queue.table.setCurrentIndex(window.queue.model.index(2, 0))
        item = window.queue.table.currentIndex().data(ITEM_ID_ROLE)
        assert item is not None
        with qtbot.waitSignal(window.sig_card_shown, timeout=WAIT) as shown:
            # Enter on the selected item opens its customer.
            window.queue.table.activated.emit(window.queue.table.currentIndex())
        ref = shown.args[0]
        qtbot.waitUntil(lambda: window.actions_bar.customer == ref, timeout=WAIT)
        window.actions_bar.timer.start(10)
        window.find.set_query("Jones")
        now = datetime.now(UTC)
        offline = SyncStatus(
            online=False,
            offline_since=now - timedelta(minutes=5),
            data_as_of=now - timedelta(minutes=6),
            waiting=2,
        )
        window.show_sync_status(offline)
        window.activateWindow()
        window.queue.focus_queue()
        qtbot.waitUntil(window.queue.table.hasFocus, timeout=WAIT)
        sizes = window.splitter.sizes()
        english_texts = visible_texts(window)
        elapsed = window.actions_bar.timer.elapsed_seconds()

        def kept(where: str) -> None:
            assert window.card.current_ref == ref, where
            qtbot.waitUntil(
                lambda: window.card.card is not None and window.card.card.ref == ref, timeout=WAIT
            )
            assert window.queue.filters() == {QueueFilter.TEAM}, where
            qtbot.waitUntil(
                lambda: window.queue.table.currentIndex().data(ITEM_ID_ROLE) == item, timeout=WAIT
            )
            assert window.find.query() == "Jones", where
            timer = window.actions_bar.timer
            assert timer.running and timer.limit_minutes == 10, where
            assert timer.elapsed_seconds() >= elapsed, where
            assert window.size().width() == 1200 and window.splitter.sizes() == sizes, where
            assert not window.offline_icon.isHidden(), where
            qtbot.waitUntil(window.queue.table.hasFocus, timeout=WAIT)  # the keyboard stays

        # To Welsh, from the menu, as the agent would.
        language_actions(window)[1].trigger()
        assert chosen == ["cy"] and shown_boxes == []
        welsh = translations(tmp_path)
        # Each text as a window built from scratch in Welsh has it (whether or not the
        # translator has reached it yet), and the Welsh where the translation has it.
        fresh = MainWindow(seeded, user, Ops())
        qtbot.addWidget(fresh)
        fresh.show_sync_status(offline)
        for text in (
            call_text,
            lambda w: w.who_label.text(),
            lambda w: w.database_label.text(),
            lambda w: w.windowTitle(),
        ):
            assert text(window) == text(fresh)
        assert call_text(window) == welsh.get("&Call", "&Call")
        assert window.database_label.text().startswith(
            welsh.get("Offline since {since}, showing data as of {time}", "Offline since").split(
                "{"
            )[0]
        )
        assert [a.text() for a in window.menuBar().actions()] == [
            "My&nd",
            "C&yswllt",
            "&Golwg",
            "Cymo&rth",
        ]
        assert window.windowTitle().startswith("Bwrdd gwaith asiant")
        assert [a.isChecked() for a in language_actions(window)] == [False, True]
        kept("in Welsh")
        still_english = {t for t in visible_texts(window) if t in welsh}
        assert still_english == set(), still_english
        assert english_texts & set(welsh)  # the English window did show translated words

        # And back to English.
        language_actions(window)[0].trigger()
        assert chosen == ["cy", "en"]
        assert call_text(window) == "&Call"
        assert [a.text() for a in window.menuBar().actions()] == [
            "&Go",
            "Co&ntact",
            "&View",
            "&Help",
        ]
        assert window.database_label.text().startswith("Offline since")
        assert window.database_label.text().endswith("2 waiting to send")
        kept("in English again")
        still_welsh = {
            t
            for t in visible_texts(window)
            if t in set(welsh.values()) and not re.fullmatch(r"[\W\d]*", t)
        }
        assert still_welsh == set(), still_welsh

        # A caller's number from the telephony still reaches the rebuilt window.
        number, caller = next(c for c in two_callers if c[1] != ref)
        answer = {}
        with qtbot.waitSignal(
            window.sig_card_shown,
            timeout=WAIT,
            check_params_cb=lambda shown_ref: shown_ref == caller,
        ):
            sender = threading.Thread(
                target=lambda: answer.update(ok=SingleInstance.send_pop(instance.name, number))
            )
            sender.start()
        sender.join(WAIT / 1000)
        assert answer["ok"] and window.card.current_ref == caller
        window.ops.pool.waitForDone(WAIT)
    finally:
        instance.close()
        event.remove(seeded.engine, "before_cursor_execute", where)
    assert on_gui_thread == []


def test_a_synced_window_keeps_in_step_after_switching_language(
    qtbot, qapp, central_url, tmp_path, english, monkeypatch
):
    """The sync controller's signals reach the rebuilt panels, and its status is re-said."""
    from agent_desktop.services.outreach import InboundContact
    from agent_desktop.ui.sync_controller import SyncController
    from tests.desktops import TUESDAY, _desktop

    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: None)
    other = _desktop(central_url, tmp_path, "sclarke")
    mine = _desktop(central_url, tmp_path, "dowen")
    window = MainWindow(mine, sign_in(mine.reads, "dowen"), Ops())
    qtbot.addWidget(window)
    controller = SyncController(mine, window, interval_ms=3_600_000)
    window.attach_sync(controller)
    window.load()
    controller.start()
    try:
        qtbot.waitUntil(lambda: "up to date" in window.database_label.text(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=WAIT)
        before = window.queue.model.rowCount()
        language_actions(window)[1].trigger()
        up_to_date = translations(tmp_path).get(
            "Central database: up to date as of {time}", "Central database: up to date as of {time}"
        )
        assert window.database_label.text().startswith(up_to_date.split("{")[0])
        qtbot.waitUntil(lambda: window.queue.model.rowCount() == before, timeout=WAIT)
        # Another desktop's change comes through NOTIFY to the rebuilt queue.
        other.log_inbound(InboundContact("C-20418", Channel.EMAIL, "sclarke", TUESDAY, "Email"))
        qtbot.waitUntil(lambda: window.queue.model.rowCount() == before + 2, timeout=WAIT)
        assert window.database_label.text().startswith(up_to_date.split("{")[0])
    finally:
        controller.stop()
        other.dispose()
        mine.dispose()


def test_a_switch_keeps_whom_to_contact_and_does_not_read_the_restrictions_again(
    qtbot, qapp, sqlite_url, english, monkeypatch
):
    from PySide6.QtGui import QAccessible

    from agent_desktop.domain.values import Recipient
    from agent_desktop.services.exchange import import_document
    from agent_desktop.ui.ops import ImmediateOps
    from tests.desktops import EXAMPLE

    db = open_database(sqlite_url)
    import_document(db, EXAMPLE)
    said = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        staticmethod(
            lambda event: said.append(event.message()) if hasattr(event, "message") else None
        ),
    )
    window = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
    qtbot.addWidget(window)
    try:
        window.open_customer("C-17702")  # one call a week: read out on opening
        assert [s for s in said if s.startswith("Restrictions:")]
        said.clear()
        language_actions(window)[1].trigger()  # Cymraeg: the same card, already heard
        assert window.card.current_ref == "C-17702"
        assert not [s for s in said if s.startswith("Cyfyngiadau:")], said
        window.open_customer("C-20418")  # Eleri Prys; her son Huw acts for her
        choice = window.actions_bar.preview.recipient
        assert choice.representative is not None
        assert window.actions_bar.recipient is Recipient.CUSTOMER
        choice.representative_choice.setChecked(True)
        window.card.refresh()  # a refresh keeps whom the agent chose
        assert window.actions_bar.recipient is Recipient.REPRESENTATIVE
        language_actions(window)[0].trigger()  # English: still the representative
        assert window.actions_bar.customer == "C-20418"
        assert window.actions_bar.recipient is Recipient.REPRESENTATIVE
    finally:
        db.dispose()
