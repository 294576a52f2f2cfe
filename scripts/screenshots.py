"""Render the main window on demo data into PNGs, in English and in Welsh.

Run `bash scripts/screenshots.sh` (it starts Xvfb); this module draws one language per process,
since a translation is installed once, at start-up.
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
    args = parser.parse_args()
    os.environ.setdefault("AGENT_DESKTOP_DATA_DIR", tempfile.mkdtemp(prefix="ad-shots-"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from agent_desktop.app import ensure_demo_data
    from agent_desktop.paths import embedded_database_url
    from agent_desktop.services.database import open_database
    from agent_desktop.services.session import sign_in
    from agent_desktop.store.schema import Customer, RestrictionRow
    from agent_desktop.ui.i18n import install_language
    from agent_desktop.ui.main_window import MainWindow

    db = open_database(embedded_database_url())
    ensure_demo_data(db)
    with db.unit() as uow:
        # A customer whose card shows the most: restrictions, and Welsh where possible.
        ref = uow.session.execute(
            select(Customer.ref).join(RestrictionRow, RestrictionRow.customer_id == Customer.id)
            .where(RestrictionRow.kind == "max_contacts").order_by(Customer.ref).limit(1)
        ).scalar_one()
    app = QApplication(sys.argv[:1])
    install_language(app, args.language)
    window = MainWindow(db, sign_in(db, args.user))
    window.resize(1440, 900)
    window.show()

    def shoot(_ref):
        QTimer.singleShot(400, lambda: (window.grab().save(str(args.out)), app.quit()))

    window.sig_card_shown.connect(shoot)
    window.load()
    window.open_customer(ref)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    db.dispose()
    return 0 if args.out.exists() else 1


if __name__ == "__main__":
    raise SystemExit(main())
