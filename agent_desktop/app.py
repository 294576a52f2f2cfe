"""The composition root: paths, database, demo data and the window."""

from __future__ import annotations

import sys

from agent_desktop.paths import database_url, embedded_database_url

DEMO_CUSTOMERS = 300


def run_gui(args) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agent_desktop.services.database import open_database
    from agent_desktop.ui.main_window import MainWindow

    url = embedded_database_url() if args.demo else database_url(args.database)
    db = open_database(url)
    if args.demo:
        _ensure_demo_data(db)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("agent-desktop")
    window = MainWindow(db, args.user)
    window.show()
    outcome = {"code": 0}
    if args.self_test:
        def failed(message):
            print(f"agent-desktop: self-test failed: {message}", file=sys.stderr)
            outcome["code"] = 1
            app.quit()

        window.sig_queue_loaded.connect(lambda _n: app.quit())
        window.sig_load_failed.connect(failed)
        QTimer.singleShot(30_000, lambda: failed("the work queue did not load in 30 s"))
    window.load_queue()
    code = app.exec()
    db.dispose()
    return outcome["code"] or code


def _ensure_demo_data(db) -> None:
    from sqlalchemy import func, select

    from agent_desktop.services.seed import seed
    from agent_desktop.store.schema import Customer

    with db.unit() as uow:
        existing = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
    if existing == 0:
        seed(db, DEMO_CUSTOMERS)
