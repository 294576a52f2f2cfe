"""Find as you type, creating customers, and the screen pop from `agent-desktop pop`."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import func, select

from agent_desktop.domain.values import InvalidInput
from agent_desktop.pop import pop_server_name, run_pop
from agent_desktop.services.customers import create_customer
from agent_desktop.services.directory import find_customers
from agent_desktop.store.schema import AuditEntry, Customer, CustomerEmail, CustomerPhone
from agent_desktop.ui.find_panel import FindPanel
from agent_desktop.ui.new_customer_dialog import NewCustomerDialog
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.screen_pop import WITHHELD, PopController
from agent_desktop.ui.single_instance import SingleInstance, server_name

WAIT = 10_000


def count(db, model) -> int:
    with db.unit() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def people(db) -> dict[str, str]:
    """Four customers: two share a Leeds number; refs by first name."""
    add = lambda name, **kw: create_customer(db, name=name, created_by="sclarke", **kw)  # noqa: E731
    return {
        "eleri": add("Eleri Prys", phones=["029 2018 0123"], emails=["Eleri.Prys@example.org"]),
        "gethin": add("Gethin Morgan", phones=["07700 900123"]),
        "alys": add("Alys Jones", phones=["0113 496 0555"]),
        "bryn": add("Bryn Jones", phones=["0113 496 0555"], address="1 Stryd Fawr, Bangor"),
    }


class DelayFirstOps(Ops):
    """Real worker threads, but the first job waits until released: its answer comes last."""

    def __init__(self):
        super().__init__(pool=QThreadPool())
        self.release = threading.Event()
        self.first_delivered = False
        self.calls = 0

    def run(self, work, on_success, on_failure=None):
        self.calls += 1
        if self.calls > 1:
            return super().run(work, on_success, on_failure)

        def held():
            self.release.wait(WAIT / 1000)
            return work()

        def late(result):
            self.first_delivered = True
            on_success(result)

        return super().run(held, late, on_failure)


@pytest.fixture
def ops():
    ops = Ops(pool=QThreadPool())
    yield ops
    ops.pool.waitForDone(WAIT)


def assert_nothing_clipped(top: QWidget) -> None:
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top) or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            hint = label.sizeHint()
            assert label.width() >= hint.width() and label.height() >= hint.height(), label.text()


def at_150_percent(qtbot, widget: QWidget, then=None, *, smallest: bool = True) -> None:
    """Show `widget` with the application font at 150% (at its smallest size for a panel, at
    the size it opens at for a dialog), do `then`, and check that no label is clipped."""
    app = QApplication.instance()
    before = app.font()
    bigger = app.font()
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        QApplication.processEvents()  # the font change reaches every child
        widget.show()
        qtbot.waitExposed(widget)
        widget.layout().activate()
        if smallest:
            # The smallest the window could make it: its minimum width, and at that width the
            # height its wrapped lines need (a layout gives a panel that much).
            least = widget.minimumSizeHint()
            widget.resize(least.width(), max(least.height(), widget.heightForWidth(least.width())))
        if then is not None:
            then()
        QApplication.processEvents()
        assert_nothing_clipped(widget)
    finally:
        app.setFont(before)


# --- create_customer -----------------------------------------------------------------------


def test_create_customer_takes_the_next_reference_and_records_everything(db):
    with db.unit(write=True) as uow:
        for ref in ("C-000123", "C-9", "C-ABC77"):
            uow.session.add(
                Customer(id=uuid.uuid4(), ref=ref, name="Old", name_key="old", surname_key="old")
            )
        uow.commit()
    ref = create_customer(
        db,
        name="  Siân Prys-Jones ",
        phones=["029 2018 0123", "+442920180123"],
        emails=["Sian@Example.org"],
        address="1 Heol y Frenhines",
        created_by="sclarke",
    )
    assert ref == "C-000124"
    assert create_customer(db, name="Tomos Rees", created_by="sclarke") == "C-000125"
    with db.unit() as uow:
        s = uow.session
        row = s.execute(select(Customer).where(Customer.ref == ref)).scalar_one()
        assert (row.name, row.name_key, row.surname_key) == (
            "Siân Prys-Jones",
            "sian prys-jones",
            "prys-jones",
        )
        assert [p.e164 for p in row.phones] == ["+442920180123"]  # the same number once
        assert [(e.address, e.address_key) for e in row.emails] == [
            ("Sian@Example.org", "sian@example.org")
        ]
        audit = s.execute(select(AuditEntry).where(AuditEntry.customer_id == row.id)).scalar_one()
        assert (audit.action, audit.actor, audit.details["ref"]) == (
            "customer_created",
            "sclarke",
            ref,
        )
    assert [m.ref for m in find_customers(db, "sian")] == [ref]


BAD_INPUT = [
    ({"name": "Eleri Prys", "phones": ["12"]}, "phones[0]"),
    ({"name": "Eleri Prys", "phones": ["029 2018 0123", "withheld"]}, "phones[1]"),
    ({"name": "  ", "phones": ["029 2018 0123"]}, "name"),
    ({"name": "Eleri Prys", "emails": ["eleri at example"]}, "emails[0]"),
    ({"name": "Eleri Prys", "phones": "029 2018 0123"}, "phones"),
    ({"name": "Eleri Prys", "address": "x" * 2001}, "address"),
]


def test_bad_input_names_the_field_and_writes_nothing(db):
    people(db)
    tables = (Customer, CustomerPhone, CustomerEmail, AuditEntry)
    before = [count(db, m) for m in tables]
    for fields, field in BAD_INPUT:
        with pytest.raises(InvalidInput) as raised:
            create_customer(db, created_by="sclarke", **fields)
        assert raised.value.field == field, fields
    assert [count(db, m) for m in tables] == before


def test_desktops_creating_at_once_get_different_references(db):
    refs, errors = [], []

    def one(i):
        try:
            refs.append(create_customer(db, name=f"Racer {i}", created_by="sclarke"))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(refs) == [f"C-{n:06d}" for n in range(1, 7)]


# --- the find panel --------------------------------------------------------------------------


def type_and_wait(qtbot, panel: FindPanel, text: str) -> list[str]:
    panel.edit.clear()
    with qtbot.waitSignal(
        panel.sig_results_shown, timeout=WAIT, check_params_cb=lambda query, _n: query == text
    ):
        qtbot.keyClicks(panel.edit, text)
    return [panel.model.ref_at(r) for r in range(panel.model.rowCount())]


def test_typing_finds_by_reference_name_phone_and_email(qtbot, db, ops):
    refs = people(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    assert panel.edit.accessibleName() == "Find customer"
    assert panel.edit.placeholderText() == "Reference, name, phone or email"
    assert panel.edit.isClearButtonEnabled()
    assert type_and_wait(qtbot, panel, refs["gethin"]) == [refs["gethin"]]
    assert type_and_wait(qtbot, panel, "gETH") == [refs["gethin"]]
    assert type_and_wait(qtbot, panel, "jones") == [refs["alys"], refs["bryn"]]
    assert panel.status_text() == "2 found"
    for written in ("07700 900123", "07700900123", "+44 7700 900123", "(07700) 900-123"):
        assert type_and_wait(qtbot, panel, written) == [refs["gethin"]]
    assert type_and_wait(qtbot, panel, "eleri.prys@EXAMPLE.org") == [refs["eleri"]]
    assert type_and_wait(qtbot, panel, "Nobody Here") == []
    assert panel.status_text() == "No customer found"
    assert panel.status_icon.isVisibleTo(panel)  # not words in a colour alone


def test_a_late_answer_for_an_older_query_is_dropped(qtbot, db):
    refs = people(db)
    ops = DelayFirstOps()
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    panel.set_query("Eleri")  # held in its worker
    with qtbot.waitSignal(panel.sig_results_shown, timeout=WAIT):
        panel.set_query("Gethin")
    ops.release.set()
    qtbot.waitUntil(lambda: ops.first_delivered, timeout=WAIT)
    assert [panel.model.ref_at(r) for r in range(panel.model.rowCount())] == [refs["gethin"]]
    assert panel.status_text() == "1 found"
    ops.pool.waitForDone(WAIT)


def test_enter_opens_the_only_match_even_before_the_search_ran(qtbot, db, ops):
    refs = people(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.edit, refs["eleri"])
    with qtbot.waitSignal(panel.sig_open_customer, timeout=WAIT) as opened:
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # inside the 150 ms debounce
    assert opened.args == [refs["eleri"]]


def test_down_moves_into_the_results_and_enter_or_double_click_opens(qtbot, db, ops):
    refs = people(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.focus_search()
    type_and_wait(qtbot, panel, "Jones")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # several: Enter goes to the list
    assert panel.results.hasFocus()
    panel.focus_search()
    qtbot.keyClick(panel.edit, Qt.Key.Key_Down)
    assert panel.results.hasFocus() and panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.sig_open_customer) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args == [refs["bryn"]]
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)  # from the first row back to the search
    assert panel.edit.hasFocus()
    rect = panel.results.visualRect(panel.model.index(0, 0))
    # A real double-click is press, release, then the double-click event on the same row.
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.sig_open_customer) as opened:
        qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [refs["alys"]]
    panel.find_action.trigger()
    assert panel.edit.hasFocus() and panel.edit.selectedText() == "Jones"


def test_results_model_passes_the_model_tester(qtmodeltester, qtbot, db, ops):
    people(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    type_and_wait(qtbot, panel, "J")
    assert panel.model.rowCount() == 2
    assert (
        panel.model.index(0, 0).data() == f"Alys Jones · {panel.model.ref_at(0)}\nNo address held"
    )
    qtmodeltester.check(panel.model)


def test_find_panel_and_new_customer_dialog_survive_a_150_percent_font(qtbot, sqlite_url):
    from agent_desktop.services.database import open_database

    db = open_database(sqlite_url)
    try:
        panel = FindPanel(Ops(), db)
        qtbot.addWidget(panel)
        panel.show_message("Number withheld or not recognised")
        at_150_percent(qtbot, panel)
        dialog = NewCustomerDialog(Ops(), db, "sclarke", "029 2018 0123")
        qtbot.addWidget(dialog)
        dialog.phone.setText("12")
        dialog.email.setText("not an address")
        at_150_percent(qtbot, dialog, dialog.accept, smallest=False)
        assert all(
            error.isVisibleTo(dialog)
            for error in dialog.errors.values()
            if error is not dialog.errors["address"]
        )
    finally:
        db.dispose()


# --- single instance -------------------------------------------------------------------------


@pytest.fixture
def instance(tmp_path):
    name = server_name(tmp_path, f"tester-{uuid.uuid4().hex[:8]}")
    running = SingleInstance(name)
    assert running.listen()
    yield running
    running.close()


def send_in_thread(name: str, number: str) -> dict:
    answer = {}
    thread = threading.Thread(
        target=lambda: answer.update(ok=SingleInstance.send_pop(name, number))
    )
    thread.start()
    answer["thread"] = thread
    return answer


def test_a_second_instance_does_not_listen_and_pops_reach_the_first(qtbot, instance):
    assert not SingleInstance(instance.name).listen()
    with qtbot.waitSignal(instance.sig_pop, timeout=WAIT) as popped:
        answer = send_in_thread(instance.name, "029 2018 0123")
    answer["thread"].join(WAIT / 1000)
    assert popped.args == ["029 2018 0123"] and answer["ok"] is True


def test_pops_during_start_up_wait_for_the_window_and_only_the_newest_is_shown(qtbot, instance):
    """Sign-in and connecting run the event loop before the window exists."""
    instance.keep("029 2018 0001")  # the number on this process's own command line
    for number in ("029 2018 0002", "029 2018 0003"):
        with qtbot.waitSignal(instance.sig_pop, timeout=WAIT):
            answer = send_in_thread(instance.name, number)
        answer["thread"].join(WAIT / 1000)
    shown: list[str] = []
    instance.deliver_to(shown.append)
    qtbot.waitUntil(lambda: shown == ["029 2018 0003"], timeout=WAIT)
    with qtbot.waitSignal(instance.sig_pop, timeout=WAIT):
        send_in_thread(instance.name, "029 2018 0004")["thread"].join(WAIT / 1000)
    qtbot.waitUntil(lambda: shown == ["029 2018 0003", "029 2018 0004"], timeout=WAIT)


def test_run_busy_keeps_the_event_loop_turning_and_returns_or_raises(qtbot):
    from PySide6.QtCore import QTimer

    from agent_desktop.ui.busy import run_busy

    ops = Ops(QThreadPool())
    ticks: list[int] = []
    turned = threading.Event()

    def tick():
        ticks.append(1)
        if len(ticks) >= 5:
            turned.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)

    def slow():
        # Finishes only once the GUI thread's timer has ticked five times: were the event
        # loop blocked meanwhile, this would wait in vain and run_busy would raise.
        assert turned.wait(WAIT / 1000), "the GUI thread was blocked"
        return 42

    assert run_busy(ops, "Waiting", slow) == 42
    assert len(ticks) >= 5
    with pytest.raises(InvalidInput):
        run_busy(ops, "Waiting", lambda: (_ for _ in ()).throw(InvalidInput("x", "bad")))
    timer.stop()
    ops.pool.waitForDone()


def test_server_names_differ_by_folder_and_user_and_are_plain(tmp_path):
    names = {
        server_name(tmp_path / "a", "sclarke"),
        server_name(tmp_path / "b", "sclarke"),
        server_name(tmp_path / "a", "dowen"),
    }
    assert len(names) == 3
    assert all(n.startswith("agent-desktop-") and n.replace("-", "").isalnum() for n in names)


def test_a_stale_socket_file_left_by_a_crash_is_replaced(qtbot, tmp_path):
    import socket as sockets

    from PySide6.QtCore import QDir

    name = server_name(tmp_path, "crashed")
    path = f"{QDir.tempPath()}/{name}"
    stale = sockets.socket(sockets.AF_UNIX)
    stale.bind(path)  # a bound socket nobody listens on: what a crash leaves
    stale.close()
    running = SingleInstance(name)
    try:
        assert running.listen()
        with qtbot.waitSignal(running.sig_pop, timeout=WAIT):
            answer = send_in_thread(name, "07700 900123")
        answer["thread"].join(WAIT / 1000)
        assert answer["ok"]
    finally:
        running.close()


def test_nothing_listening_or_a_malformed_message_is_not_delivered(qtbot, instance):
    assert not SingleInstance.send_pop(f"agent-desktop-absent-{uuid.uuid4().hex}", "1", 300)
    from PySide6.QtNetwork import QLocalSocket

    popped = []
    instance.sig_pop.connect(popped.append)
    client = QLocalSocket()
    client.connectToServer(instance.name)
    assert client.waitForConnected(WAIT)
    client.write(b'{"call": 1}\n')
    client.flush()
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0, timeout=WAIT)
    assert bytes(client.readAll().data()).strip() == b"error" and popped == []


def test_send_pop_from_another_process_delivers_the_number(qtbot, instance):
    script = (
        "import sys; from agent_desktop.ui.single_instance import SingleInstance, "
        "core_application\nwith core_application():\n"
        "    sys.exit(0 if SingleInstance.send_pop(sys.argv[1], sys.argv[2], 8000) else 1)"
    )
    with qtbot.waitSignal(instance.sig_pop, timeout=WAIT) as popped:
        proc = subprocess.Popen([sys.executable, "-c", script, instance.name, "+44 7700 900123"])
    assert proc.wait(WAIT / 1000) == 0
    assert popped.args == ["+44 7700 900123"]


def test_run_pop_delivers_to_the_running_window_or_starts_one(qtbot, tmp_path):
    started = []
    assert (
        run_pop(
            "0113 496 0555",
            database="sqlite:///x.db",
            user="sclarke",
            start_gui=lambda argv: started.append(argv) or 0,
        )
        == 0
    )
    assert started == [["--database", "sqlite:///x.db", "--user", "sclarke", "--pop=0113 496 0555"]]

    running = SingleInstance(pop_server_name())
    assert running.listen()
    try:
        result = {}
        with qtbot.waitSignal(running.sig_pop, timeout=WAIT) as popped:
            thread = threading.Thread(
                target=lambda: result.update(
                    code=run_pop("-withheld-", database=None, user=None, start_gui=started.append)
                )
            )
            thread.start()
        thread.join(WAIT / 1000)
        assert result["code"] == 0 and popped.args == ["-withheld-"] and len(started) == 1
    finally:
        running.close()


# --- the screen pop --------------------------------------------------------------------------


@pytest.fixture
def desk(qtbot, db, ops):
    """A window with a find panel and a pop controller that records the cards it opens."""
    window = QWidget()
    qtbot.addWidget(window)
    panel = FindPanel(ops, db, window)
    opened: list[str] = []
    controller = PopController(ops, db, panel, opened.append, window, created_by="sclarke")
    window.showMinimized()
    return window, panel, controller, opened


def pop_and_wait(qtbot, controller: PopController, number: str) -> list:
    with qtbot.waitSignal(controller.sig_popped, timeout=WAIT) as popped:
        controller.pop(number)
    return popped.args


def test_a_known_number_raises_the_window_and_opens_the_card(qtbot, db, desk):
    window, _panel, controller, opened = desk
    refs = people(db)
    assert pop_and_wait(qtbot, controller, "+44 29 2018 0123") == ["+44 29 2018 0123", 1]
    assert opened == [refs["eleri"]]
    assert not window.isMinimized() and window.isVisible()


def test_a_shared_number_shows_the_matches_in_find(qtbot, db, desk):
    _window, panel, controller, opened = desk
    refs = people(db)
    assert pop_and_wait(qtbot, controller, "01134960555")[1] == 2
    assert opened == []
    assert panel.query() == "0113 496 0555"
    assert [panel.model.ref_at(r) for r in range(2)] == [refs["alys"], refs["bryn"]]
    assert "2 customers have the number 0113 496 0555" in panel.status_text()


def test_a_withheld_number_says_so_in_find(qtbot, db, desk):
    _window, panel, controller, opened = desk
    assert pop_and_wait(qtbot, controller, "withheld") == ["withheld", WITHHELD]
    assert panel.status_text() == "Number withheld or not recognised" and opened == []


def test_an_unknown_number_offers_a_new_customer_who_is_then_opened(qtbot, db, desk):
    _window, _panel, controller, opened = desk
    people(db)
    with qtbot.waitSignal(controller.sig_new_customer_offered, timeout=WAIT) as offered:
        controller.pop("0161 496 0999")
    dialog = offered.args[0]
    assert dialog.phone.text() == "0161 496 0999" and dialog.isVisible()
    qtbot.keyClicks(dialog.email, "not an address")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["name"].isVisibleTo(dialog) and dialog.errors["emails[0]"].isVisibleTo(
        dialog
    )
    assert dialog.isVisible() and count(db, Customer) == 4
    dialog.email.clear()
    qtbot.keyClicks(dialog.name, "Rhian Jenkins")
    with qtbot.waitSignal(dialog.sig_created, timeout=WAIT) as created:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert opened == [created.args[0]] == ["C-000005"]
    assert [m.ref for m in find_customers(db, "0161 496 0999")] == ["C-000005"]


def test_a_newer_pop_supersedes_a_slower_lookup(qtbot, db):
    refs = people(db)
    ops = DelayFirstOps()
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[str] = []
    controller = PopController(ops, db, FindPanel(ops, db, window), opened.append, window)
    controller.pop("029 2018 0123")  # held
    pop_and_wait(qtbot, controller, "07700 900123")
    ops.release.set()
    qtbot.waitUntil(lambda: ops.first_delivered, timeout=WAIT)
    assert opened == [refs["gethin"]]
    ops.pool.waitForDone(WAIT)


class UnreachableOps(Ops):
    """Every job fails as it would with the database gone."""

    def run(self, work, on_success, on_failure=None):
        on_failure(ConnectionError("no route to the database"))


def test_an_unreachable_database_leaves_the_number_ready_to_search_again(qtbot, sqlite_url):
    from agent_desktop.services.database import open_database

    db = open_database(sqlite_url)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        panel = FindPanel(UnreachableOps(), db, window)
        controller = PopController(UnreachableOps(), db, panel, lambda ref: None, window)
        with qtbot.waitSignal(controller.sig_lookup_failed):
            controller.pop("+442920180123")
        assert panel.query() == "029 2018 0123"
        assert panel.status_text().startswith("Could not look up the caller")
        ref = create_customer(db, name="Eleri Prys", phones=["029 2018 0123"], created_by="x")
        panel.ops = Ops(pool=QThreadPool())
        with qtbot.waitSignal(panel.sig_open_customer, timeout=WAIT) as opened:
            qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
        assert opened.args == [ref]
        panel.ops.pool.waitForDone(WAIT)
    finally:
        db.dispose()


# --- references in any case, second lines, representatives ----------------------------------

#: Two customers called Mark Reynolds; one's sister speaks for him, and is a customer herself
#: with the same mobile; Eleri Prys's son speaks for her.
REPRESENTED = {
    "format": "agent-desktop/1",
    "teams": [],
    "staff": [],
    "customers": [
        {
            "ref": "C-17702",
            "name": "Mark Reynolds",
            "phones": ["01792 555 123"],
            "emails": [],
            "address": "12 Mumbles Road, Swansea, sa3 4ea",
            "preferences": {
                "channels": ["letter"],
                "representative": {
                    "name": "Delyth Baker",
                    "relationship": "sister",
                    "phone": "07700 900456",
                    "email": "Delyth.Baker@example.org",
                    "contact_only_via": True,
                },
            },
        },
        {
            "ref": "C-17703",
            "name": "Mark Reynolds",
            "phones": ["01248 555 010"],
            "emails": [],
            "address": "7 Heol Las\nBangor",
        },
        {
            "ref": "C-20001",
            "name": "Delyth Baker",
            "phones": ["07700 900456"],
            "emails": [],
            "address": "3 Stryd y Castell, Caernarfon, LL55 1SE",
        },
        {
            "ref": "C-20418",
            "name": "Eleri Prys",
            "phones": ["029 2034 5678"],
            "emails": [],
            "address": "4 Heol y Bont, Caerfyrddin, SA31 1AB",
            "preferences": {
                "channels": ["phone"],
                "representative": {
                    "name": "Huw Prys",
                    "relationship": "son",
                    "phone": "029 2034 9999",
                    "email": "huw.prys@example.net",
                    "contact_only_via": False,
                },
            },
        },
    ],
}


def represented(db) -> None:
    from agent_desktop.services.exchange import import_document

    import_document(db, REPRESENTED)


def shown(panel: FindPanel, role=Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [panel.model.index(r, 0).data(role) for r in range(panel.model.rowCount())]


def heard(panel: FindPanel) -> list[str]:
    """What a screen reader reads for each row of the results, through Qt's accessibility."""
    from PySide6.QtGui import QAccessible

    view = QAccessible.queryAccessibleInterface(panel.results)
    return [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount())]


@pytest.fixture
def announcements(monkeypatch):
    """Qt's accessibility on, as with a screen reader running (a list's rows are then kept in
    step with its model), and every announcement the Python code sends, kept here."""
    from PySide6.QtGui import QAccessible

    sent = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    QAccessible.setActive(True)
    yield sent
    QAccessible.setActive(False)


def test_a_reference_is_found_in_any_case_and_with_spaces_around_it(qtbot, db, ops):
    refs = people(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    assert type_and_wait(qtbot, panel, refs["gethin"].lower()) == [refs["gethin"]]
    assert [m.ref for m in find_customers(db, f"  {refs['gethin'].lower()} \t")] == [refs["gethin"]]
    panel.edit.clear()
    qtbot.keyClicks(panel.edit, refs["eleri"].lower())
    with qtbot.waitSignal(panel.sig_open_customer, timeout=WAIT) as opened:
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert opened.args == [refs["eleri"]]


def test_an_imported_lower_case_reference_is_found_typed_in_capitals(db):
    from agent_desktop.services.exchange import import_document

    import_document(
        db,
        {
            "format": "agent-desktop/1",
            "teams": [],
            "staff": [],
            "customers": [
                {"ref": "legacy-77", "name": "Rhian Jenkins", "phones": [], "emails": []}
            ],
        },
    )
    assert [m.ref for m in find_customers(db, "LEGACY-77")] == ["legacy-77"]
    assert [m.ref for m in find_customers(db, "legacy-77")] == ["legacy-77"]


def test_customers_of_one_name_are_told_apart_by_postcode_or_first_line(
    qtmodeltester, qtbot, db, ops, announcements
):
    represented(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    panel.show()
    assert type_and_wait(qtbot, panel, "Mark Reynolds") == ["C-17702", "C-17703"]
    assert shown(panel) == [
        "Mark Reynolds · C-17702\nSA3 4EA",
        "Mark Reynolds · C-17703\n7 Heol Las",
    ]
    expected = [
        "Mark Reynolds, reference C-17702, SA3 4EA",
        "Mark Reynolds, reference C-17703, 7 Heol Las",
    ]
    assert shown(panel, Qt.ItemDataRole.AccessibleTextRole) == expected
    assert shown(panel, Qt.ItemDataRole.ToolTipRole) == expected
    assert heard(panel) == expected
    assert not any("<" in text for text in heard(panel))
    qtmodeltester.check(panel.model)


def test_a_shared_number_lists_each_customer_with_their_second_line(qtbot, db, desk, announcements):
    _window, panel, controller, _opened = desk
    refs = people(db)
    assert pop_and_wait(qtbot, controller, "0113 496 0555")[1] == 2
    assert heard(panel) == [
        f"Alys Jones, reference {refs['alys']}",
        f"Bryn Jones, reference {refs['bryn']}, 1 Stryd Fawr",
    ]
    assert shown(panel) == [
        f"Alys Jones · {refs['alys']}\nNo address held",
        f"Bryn Jones · {refs['bryn']}\n1 Stryd Fawr",
    ]


def test_a_representatives_number_in_any_form_or_email_finds_who_they_act_for(
    qtbot, db, ops, announcements
):
    represented(db)
    panel = FindPanel(ops, db)
    qtbot.addWidget(panel)
    panel.show()
    for written in (
        "029 2034 9999",
        "02920349999",
        "+44 29 2034 9999",
        "(029) 2034-9999",
        "HUW.PRYS@example.NET",
    ):
        assert type_and_wait(qtbot, panel, written) == ["C-20418"], written
        assert shown(panel) == ["Huw Prys, representative of Eleri Prys · C-20418\nSA31 1AB"]
        assert heard(panel) == [
            "Huw Prys, representative of Eleri Prys, reference C-20418, SA31 1AB"
        ]
    with qtbot.waitSignal(panel.sig_open_customer, timeout=WAIT) as opened:
        qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    assert opened.args == ["C-20418"]
    assert type_and_wait(qtbot, panel, "delyth.baker@example.org") == ["C-17702"]


def test_a_number_a_customer_and_a_representative_share_lists_both(qtbot, db, desk):
    _window, panel, controller, opened = desk
    represented(db)
    offered = []
    controller.sig_new_customer_offered.connect(offered.append)
    assert pop_and_wait(qtbot, controller, "+447700900456")[1] == 2
    assert opened == [] and offered == []
    assert shown(panel) == [
        "Delyth Baker · C-20001\nLL55 1SE",
        "Delyth Baker, representative of Mark Reynolds · C-17702\nSA3 4EA",
    ]
    assert panel.status_text() == "2 people have the number 07700 900456: choose the caller"


def test_a_representatives_number_opens_the_customers_card_and_says_who_is_calling(
    qtbot, db, desk, announcements
):
    from PySide6.QtGui import QAccessible

    _window, panel, controller, opened = desk
    represented(db)
    offered = []
    controller.sig_new_customer_offered.connect(offered.append)
    with qtbot.waitSignal(controller.sig_caller_identified, timeout=WAIT) as caller:
        pop_and_wait(qtbot, controller, "029 2034 9999")
    assert opened == ["C-20418"] and offered == [] and controller.dialog is None
    assert caller.args == ["C-20418", "Huw Prys, representative of Eleri Prys"]
    assert panel.status_text() == "Caller: Huw Prys, representative of Eleri Prys"
    assert panel.status_icon.isVisibleTo(panel)
    said = [e.message() for e in announcements if e.type() == QAccessible.Event.Announcement]
    assert said == ["Caller: Huw Prys, representative of Eleri Prys"]

    # The next caller is the customer himself: the line naming the last caller goes.
    with qtbot.waitSignal(controller.sig_caller_identified, timeout=WAIT) as caller:
        pop_and_wait(qtbot, controller, "01792 555123")
    assert opened == ["C-20418", "C-17702"]
    assert caller.args == ["C-17702", "Mark Reynolds"]
    assert panel.status_text() == ""
