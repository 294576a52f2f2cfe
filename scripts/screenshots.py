"""Render the main window on demo data into PNGs, in English and in Welsh.

Run `bash scripts/screenshots.sh` (it starts Xvfb); this module draws one language per process,
since a translation is installed once, at start-up. With `--offline` the window runs on a
central PostgreSQL database (a throwaway one on $AGENT_DESKTOP_SHOTS_PG) through its replica,
and the central database then goes away: the status bar, the outreach buttons and the outbox
as an agent sees them offline.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "cy"), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--user", default="sclarke")
    parser.add_argument("--offline", action="store_true")
    parser.add_argument(
        "--board", action="store_true", help="the team board, as the team leader --user sees it"
    )
    parser.add_argument(
        "--desk",
        choices=("visits", "restrictions"),
        help="the visits desk or the restrictions desk, as --user sees it",
    )
    args = parser.parse_args()
    os.environ.setdefault("AGENT_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="ad-shots-"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agent_desktop.app import ensure_demo_data
    from agent_desktop.paths import embedded_database_url
    from agent_desktop.services.database import open_database
    from agent_desktop.services.session import sign_in
    from agent_desktop.store.schema import Case, Customer, RestrictionRow, WorkItem
    from agent_desktop.ui.i18n import install_language
    from agent_desktop.ui.main_window import MainWindow

    central_name = None
    if args.offline:
        central_name, db = _central_demo()
    else:
        db = open_database(embedded_database_url())
    ensure_demo_data(db)
    with db.unit() as uow:
        # A customer whose card shows the most: a restriction, open work and a case where
        # the demo has one, else any customer with a restriction.
        restricted = select(Customer.ref).join(
            RestrictionRow, RestrictionRow.customer_id == Customer.id
        )
        ref = (
            uow.session.execute(
                restricted.join(WorkItem, WorkItem.customer_id == Customer.id)
                .join(Case, Case.customer_id == Customer.id)
                .where(WorkItem.status == "open")
                .order_by(Customer.ref)
                .limit(1)
            ).scalar_one_or_none()
            or uow.session.execute(restricted.order_by(Customer.ref).limit(1)).scalar_one()
        )
    app = QApplication(sys.argv[:1])
    install_language(app, args.language)
    user = sign_in(db, args.user)
    data = db
    if args.offline:
        data = _gone_offline(db, user, central_name)
    window = MainWindow(data, user)
    window.show()  # at the window's default size, as an agent first sees it

    def shoot(_ref):
        QTimer.singleShot(400, lambda: (window.grab().save(str(args.out)), app.quit()))

    if args.offline:
        from agent_desktop.ui.sync_controller import SyncController

        controller = SyncController(data, window, listen=False)
        window.attach_sync(controller)
        controller.start()
        _queue_an_inbound_call(data, ref, user)
        QTimer.singleShot(1500, controller.request)
        window.sig_card_shown.connect(lambda r: QTimer.singleShot(2500, lambda: shoot(r)))
    elif args.board:
        from agent_desktop.ui.team_board import TEAM_BOARD_DESK

        board = window.screens[TEAM_BOARD_DESK.key]
        board.sig_loaded.connect(lambda _board: QTimer.singleShot(1500, lambda: shoot(None)))
        window.show_team_board()
    elif args.desk:
        screen = window.screens.get(args.desk)
        if args.desk == "visits":
            screen.sig_loaded.connect(lambda _day: QTimer.singleShot(1500, lambda: shoot(None)))
        else:  # the first review due opened, with its history
            screen.sig_reviews_loaded.connect(
                lambda due: (
                    due.records
                    and screen.open_customer(due.records[0].customer_ref, due.records[0].id)
                )
            )
            screen.sig_customer_loaded.connect(
                lambda _shown: QTimer.singleShot(1500, lambda: shoot(None))
            )
        window.show_desk(args.desk)
    else:
        window.sig_card_shown.connect(shoot)
    window.load()
    window.open_customer(ref)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    data.dispose()
    return 0 if args.out.exists() else 1


_SERVER = os.environ.get("AGENT_DESKTOP_SHOTS_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


def _admin(statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(statement))
    engine.dispose()


def _central_demo():
    from agent_desktop.services.database import open_database

    name = f"ad_shots_{os.getpid()}"
    _admin(f'CREATE DATABASE "{name}"')
    return name, open_database(f"{_SERVER}/{name}")


def _gone_offline(db, user, name: str):
    """The desktop's replica, filled while the central database answered; then it is gone."""
    from agent_desktop.app import open_synced

    data = open_synced(db, user)
    data.sync()
    _admin(f'DROP DATABASE "{name}" WITH (FORCE)')
    return data


def _queue_an_inbound_call(data, ref: str, user) -> None:
    from agent_desktop.domain.values import Channel
    from agent_desktop.services.outreach import InboundContact

    data.sync()  # finds the central database gone
    data.log_inbound(
        InboundContact(
            ref,
            Channel.PHONE,
            user.username,
            None,
            "Rang about the review; kept until the connection is back",
        )
    )


if __name__ == "__main__":
    raise SystemExit(main())
