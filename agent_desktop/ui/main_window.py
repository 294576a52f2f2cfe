"""The main window: assembles the panels and the status bar; holds no database session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView

from agent_desktop.services.database import Database
from agent_desktop.services.queue import open_work
from agent_desktop.ui.ops import Ops
from agent_desktop.ui.queue_model import QueueModel

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


class MainWindow(QMainWindow):
    sig_queue_loaded = Signal(int)
    """Emitted with the number of rows once the work queue has loaded."""
    sig_load_failed = Signal(str)
    """Emitted with a message when the queue could not be loaded."""

    def __init__(self, db: Database, user: str | None, ops: Ops | None = None):
        super().__init__()
        self.db = db
        self.user = user
        self.ops = ops or Ops(parent=self)
        self.setWindowTitle(self.tr("Agent desktop"))
        self.setWindowIcon(QIcon(str(RESOURCES / "agent-desktop.svg")))
        self.queue_model = QueueModel(db.calendar.tz, self)
        self.queue_view = QTableView(self)
        self.queue_view.setModel(self.queue_model)
        self.queue_view.setAccessibleName(self.tr("Work queue"))
        self.queue_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setCentralWidget(self.queue_view)
        self.state = QLabel(self.tr("Loading the work queue…"))
        self.statusBar().addPermanentWidget(self.state)
        where = self.tr("embedded database") if db.kind == "embedded" else self.tr("central database")
        who = user or self.tr("not signed in")
        self.statusBar().showMessage(self.tr("Signed in as %1 · %2").replace("%1", who).replace("%2", where))
        self.resize(1100, 700)

    def load_queue(self) -> None:
        db = self.db
        self.ops.run(lambda: open_work(db), self._queue_loaded, self._load_failed)

    def _queue_loaded(self, rows) -> None:
        self.queue_model.set_rows(rows)
        self.queue_view.resizeColumnsToContents()
        self.state.setText(self.tr("%n item(s) in the queue", "", len(rows)))
        self.sig_queue_loaded.emit(len(rows))

    def _load_failed(self, exc: Exception) -> None:
        self.state.setText(self.tr("Could not load the work queue"))
        self.sig_load_failed.emit(str(exc))
