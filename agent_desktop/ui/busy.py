"""Blocking start-up work run off the GUI thread, with the screen kept alive meanwhile.

Before the window exists, start-up still has to wait for some things (connecting to the
central server can take up to its 5 s timeout; a first demo fills a database). `run_busy`
runs such work in a worker and spins an event loop until it ends, so dialogs repaint and
screen pops are received; a "please wait" dialog appears if it takes more than a moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from agent_desktop.ui.ops import Ops


class BusyWords(QObject):
    """What start-up says while it waits."""

    def title(self) -> str:
        return self.tr("Please wait")

    def opening(self) -> str:
        return self.tr("Opening the database…")

    def connecting(self, where: str) -> str:
        return self.tr("Connecting to the central database at {where}…").format(where=where)

    def demo(self) -> str:
        return self.tr("Preparing the demo data…")

    def replica(self) -> str:
        return self.tr("Opening this desktop's copy of the central database…")


def run_busy(
    ops: Ops,
    text: str,
    work: Callable[[], object],
    *,
    parent: QWidget | None = None,
    show_after_ms: int = 400,
):
    """`work()`'s result, computed in a worker; its exception is raised here."""
    outcome: dict = {}
    loop = QEventLoop()

    def finished(key: str, value) -> None:
        outcome[key] = value
        loop.quit()

    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)  # nothing to cancel safely half-way
    dialog.setWindowTitle(BusyWords().title())
    dialog.setAccessibleName(text)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setValue(0)
    ops.run(work, lambda result: finished("result", result), lambda exc: finished("error", exc))
    if not outcome:
        loop.exec()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
