"""The window skeleton on real widgets: the queue loads off the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys

from agent_desktop.services.queue import open_work
from agent_desktop.services.seed import seed
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.queue_model import QueueModel


def test_queue_model_passes_the_model_tester(qtmodeltester, db):
    seed(db, 40)
    model = QueueModel(db.calendar.tz)
    model.set_rows(open_work(db))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_main_window_loads_the_queue_in_due_order(qtbot, db):
    seed(db, 60)
    window = MainWindow(db, "sclarke")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_queue_loaded, timeout=10_000) as loaded:
        window.load_queue()
    rows = window.queue_model._rows
    assert loaded.args[0] == len(rows) > 0
    assert [r.due_at for r in rows] == sorted(r.due_at for r in rows)
    assert window.queue_view.accessibleName() == "Work queue"
    assert "sclarke" in window.statusBar().currentMessage()


def test_demo_self_test_opens_loads_and_exits_zero(tmp_path):
    env = {**os.environ, "AGENT_DESKTOP_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "agent_desktop", "--demo", "--self-test"],
                          capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "agent-desktop.sqlite3").exists()
