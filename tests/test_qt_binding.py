"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 takes a reference off None on every call of a Qt method returning nothing,
which aborts a long-running desktop; this guards the pinned version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer


def test_void_qt_calls_leave_none_alone():
    obj, timer = QObject(), QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
        timer.stop()
    assert sys.getrefcount(None) - before > -100
