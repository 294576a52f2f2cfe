"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 takes a reference off None on every call of a Qt method returning nothing,
which aborts a long-running desktop ("none_dealloc"); this guards the pinned version.

On Python 3.12 and later None is immortal (PEP 683): its count never moves, so that bug can
neither be seen there nor do harm. The same calls are therefore also counted on a mortal
object the binding is handed the same way (an argument of the void call), which every
supported Python (pyproject's requires-python, >= 3.11) can see.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QTimer

from tests.support import none_is_immortal, references_lost

CALLS = 2000


def _void_calls(name: str):
    obj, timer = QObject(), QTimer()

    def call():
        obj.setObjectName(name)
        timer.stop()

    return call


@pytest.mark.skipif(none_is_immortal(), reason="None is immortal on this Python (PEP 683)")
def test_void_qt_calls_leave_none_alone():
    # A few references may come and go with the interpreter's own work; a lost one per call
    # would be 2,000.
    assert abs(references_lost(None, _void_calls("x"), CALLS)) < 100


def test_void_qt_calls_leave_their_arguments_alone():
    name = "".join(["queue", "-panel"])  # made at run time: mortal, and not interned
    assert references_lost(name, _void_calls(name), CALLS) == 0
