"""The assembled main window on real widgets and a real database."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from agent_desktop.services.seed import seed
from agent_desktop.services.session import sign_in
from agent_desktop.store.schema import Customer, RestrictionRow
from agent_desktop.ui.main_window import MainWindow

WAIT = 15_000
#: What the status bar says of each database the `db` fixture gives (a plain, unsynced one).
DATABASE_STATE = {
    "sqlite": "Embedded database: connected",
    "postgresql": "Central database: connected",
}


def database_state(request) -> str:
    return DATABASE_STATE[request.node.callspec.params["db_url"]]


def restricted_ref(db) -> str:
    with db.unit() as uow:
        return uow.session.execute(
            select(Customer.ref)
            .join(RestrictionRow, RestrictionRow.customer_id == Customer.id)
            .order_by(Customer.ref)
            .limit(1)
        ).scalar_one()


def test_window_loads_the_queue_then_a_card_with_its_actions(qtbot, db, request):
    seed(db, 120)
    window = MainWindow(db, sign_in(db, "sclarke"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sig_queue_loaded, timeout=WAIT):
        window.load()
    assert window.who_label.text() == "Signed in as Sarah Clarke (sclarke) · Agent"
    assert window.database_label.text() == database_state(request)
    ref = restricted_ref(db)
    with qtbot.waitSignal(window.sig_card_shown, timeout=WAIT) as shown:
        window.open_customer(ref)
    assert shown.args == [ref]
    assert not window.card.banner.isHidden()
    qtbot.waitUntil(lambda: window.actions_bar.customer == ref, timeout=WAIT)


def test_unknown_reference_clears_the_actions(qtbot, db):
    seed(db, 10)
    window = MainWindow(db, sign_in(db, "sclarke"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.card.sig_not_found, timeout=WAIT):
        window.open_customer("C-999999")
    assert window.actions_bar.customer is None


def test_find_shortcut_focuses_the_search_box(qtbot, db):
    seed(db, 10)
    window = MainWindow(db, sign_in(db, "sclarke"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.find.find_action.trigger()
    qtbot.waitUntil(lambda: window.find.edit.hasFocus(), timeout=WAIT)
    menus = [a.text() for a in window.menuBar().actions()]
    mnemonics = [t[t.index("&") + 1].lower() for t in menus if "&" in t]
    assert len(mnemonics) == len(set(mnemonics))


def test_demo_self_test_opens_loads_a_card_and_exits_zero(tmp_path):
    env = {
        **os.environ,
        "AGENT_DESKTOP_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_DESKTOP_CONFIG_DIR": str(tmp_path / "config"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "agent_desktop", "--demo", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "agent-desktop.sqlite3").exists()


def test_status_bar_names_user_role_and_database(qtbot, db, request):
    seed(db, 5)
    window = MainWindow(db, sign_in(db, "mjenkins"))
    qtbot.addWidget(window)
    bar = window.statusBar()
    assert window.who_label.parent() is bar and window.database_label.parent() is bar
    assert window.who_label.accessibleName() == "Signed in"
    assert window.who_label.text() == "Signed in as Mark Jenkins (mjenkins) · Team leader"
    assert window.who_label.accessibleDescription() == window.who_label.text()
    assert window.database_label.accessibleName() == "Database state"
    assert window.database_label.text() == database_state(request)
    assert window.database_label.accessibleDescription() == database_state(request)
    window = MainWindow(db, sign_in(db, "sclarke"))
    qtbot.addWidget(window)
    assert window.who_label.text() == "Signed in as Sarah Clarke (sclarke) · Agent"
    assert window.windowTitle().endswith("Sarah Clarke")


def test_tab_order_follows_reading_order(qtbot, db):
    """Tab walks find, then the queue, then the customer's actions, then the card."""
    from PySide6.QtCore import Qt as QtNs

    seed(db, 40)
    window = MainWindow(db, sign_in(db, "sclarke"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sig_card_shown, timeout=WAIT):
        window.open_customer(restricted_ref(db))
    panels = [window.find, window.queue, window.actions_bar, window.card]

    def panel_of(widget):
        for index, panel in enumerate(panels):
            if panel is widget or panel.isAncestorOf(widget):
                return index
        return None

    seen, widget = [], window.find.edit
    for _ in range(400):
        if widget.focusPolicy() & QtNs.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            index = panel_of(widget)
            if index is not None and (not seen or seen[-1] != index):
                seen.append(index)
        widget = widget.nextInFocusChain()
        if widget is window.find.edit:
            break
    assert seen[:4] == [0, 1, 2, 3], seen


def test_at_the_default_size_every_queue_column_fits_in_both_languages(qtbot, sqlite_url):
    """No sideways scrolling, and each column's contents in full (the customer column fits a
    long name with its Cymraeg mark), in English and in Welsh."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QStyle

    from agent_desktop.services.database import open_database
    from agent_desktop.ui.i18n import install_language
    from agent_desktop.ui.ops import ImmediateOps
    from agent_desktop.ui.work_queue_model import COL_CUSTOMER

    db = open_database(sqlite_url)
    seed(db, 300)
    locale = QLocale()
    app = QApplication.instance()
    try:
        for language in ("en", "cy"):
            install_language(app, language)
            window = MainWindow(db, sign_in(db, "sclarke"), ImmediateOps())
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.load()
            table = window.queue.table
            header = table.horizontalHeader()
            shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
            metrics = table.fontMetrics()
            icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            model = table.model()
            assert model.rowCount() >= 20
            cut = []
            for row in range(min(model.rowCount(), 60)):
                for column in shown:
                    text = model.index(row, column).data() or ""
                    need = metrics.horizontalAdvance(text) + (icon + 8 if column in (0, 3) else 8)
                    if column != COL_CUSTOMER and need > header.sectionSize(column):
                        cut.append((language, column, text))
            assert not cut, cut
            assert (
                header.sectionSize(COL_CUSTOMER)
                >= metrics.horizontalAdvance("Gwenllian Morgan (C-000018) · Cymraeg") + icon + 8
            ), language
            window.close()
            window.deleteLater()
    finally:
        install_language(app, "en")
        QLocale.setDefault(locale)
        db.dispose()
