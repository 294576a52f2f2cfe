"""The composition root: settings, language, database, sign-in, the window and screen pops."""

from __future__ import annotations

import logging
import sys

from agent_desktop.paths import database_url, embedded_database_url

DEMO_CUSTOMERS = 300
SELF_TEST_SECONDS = 60

log = logging.getLogger(__name__)


def ensure_demo_data(db) -> None:
    """Fill an empty embedded database with a realistic demo: staff, customers, a queue."""
    from sqlalchemy import func, select

    from agent_desktop.services.seed import seed
    from agent_desktop.store.schema import Customer

    with db.unit() as uow:
        existing = uow.session.execute(select(func.count()).select_from(Customer)).scalar_one()
    if existing == 0:
        seed(db, DEMO_CUSTOMERS)


def _first_agent(db):
    from agent_desktop.domain.values import Role
    from agent_desktop.services.session import staff_directory

    staff = staff_directory(db)
    return next((s for s in staff if Role.AGENT in s.roles), staff[0] if staff else None)


def run_gui(args) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from agent_desktop.pop import pop_server_name
    from agent_desktop.services.session import sign_in
    from agent_desktop.settings import LANGUAGE, LAST_USER, Settings
    from agent_desktop.ui.i18n import install_language, resolve_language
    from agent_desktop.ui.single_instance import SingleInstance

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("agent-desktop")
    settings = Settings()
    install_language(app, resolve_language(settings.get(LANGUAGE)))

    # Listen before the slower start-up, so a pop sent meanwhile is not lost.
    instance = SingleInstance(pop_server_name(), app)
    if not instance.listen():
        if args.pop is not None:
            return 0 if SingleInstance.send_pop(instance.name, args.pop, 10_000) else 3
        print("agent-desktop: the window is already open", file=sys.stderr)
        return 0

    from agent_desktop.services.database import open_database
    from agent_desktop.ui.main_window import MainWindow
    from agent_desktop.ui.ops import Ops
    from agent_desktop.ui.sign_in import SignInDialog

    url = embedded_database_url() if args.demo else database_url(args.database)
    db = open_database(url)
    if args.demo:
        ensure_demo_data(db)
    ops = Ops(parent=app)
    if args.user:
        user = sign_in(db, args.user)
    elif args.self_test:
        user = _first_agent(db)
        if user is None:
            print("agent-desktop: self-test failed: no staff to sign in", file=sys.stderr)
            return 1
    else:
        dialog = SignInDialog(ops, db, settings.get(LAST_USER))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signed_in is None:
            db.dispose()
            return 0
        user = dialog.signed_in
    settings.set(LAST_USER, user.username)

    window = MainWindow(db, user, ops)
    window.sig_language_chosen.connect(lambda language: settings.set(LANGUAGE, language))
    instance.sig_pop.connect(window.pop.pop)
    window.show()
    outcome = {"code": 0}
    if args.self_test:
        _arm_self_test(app, window, outcome)
    window.load()
    if args.pop is not None:
        QTimer.singleShot(0, lambda: window.pop.pop(args.pop))
    code = app.exec()
    instance.close()
    # Let work still in flight finish before the database it uses goes away.
    ops.pool.waitForDone(10_000)
    db.dispose()
    return outcome["code"] or code


def _arm_self_test(app, window, outcome: dict) -> None:
    """Open the window, load the queue, then a customer's card, and quit: 0 only if both worked."""
    from PySide6.QtCore import QTimer

    def failed(message: str) -> None:
        print(f"agent-desktop: self-test failed: {message}", file=sys.stderr)
        outcome["code"] = 1
        app.quit()

    def queue_loaded(count: int) -> None:
        from agent_desktop.services.work_queue import queue_rows

        ids = window.queue.model.ids()[:1] if count else []
        if not ids:
            failed("the work queue is empty")
            return
        window.ops.run(lambda: queue_rows(window.db, ids),
                       lambda rows: window.open_customer(rows[ids[0]].customer_ref),
                       lambda exc: failed(str(exc)))

    window.sig_queue_loaded.connect(queue_loaded)
    window.sig_card_shown.connect(lambda _ref: app.quit())
    window.sig_load_failed.connect(failed)
    QTimer.singleShot(SELF_TEST_SECONDS * 1000,
                      lambda: failed(f"nothing loaded within {SELF_TEST_SECONDS} s"))
