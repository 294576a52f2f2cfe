"""The visits desk and its roll call as a screen reader gets them, on the real AT-SPI bus.

As tests/test_accessibility_bus.py does for the agent's window: the real window (`--demo
--user gllewellyn`, a visits officer, so it opens on the visits desk) on Qt's xcb platform
under Xvfb, a private D-Bus session with the AT-SPI registry, and Debian's pyatspi walking the
tree. One visitor is checked in from the command line, F9 opens who is in the building, and
the list's rows must carry their words: a fire warden with a screen reader hears each name.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from agent_desktop.domain.calendar import OfficeCalendar
from tests.atspi.desktop_session import DesktopSession, SetupFailed
from tests.test_accessibility_bus import INTERACTIVE, _describe, _nodes, _press, _said

DESK = "gllewellyn"
DAY_TABLE = "Today's appointments"
ROLL_CALL = "Visitors in the building"


def _day_table(tree: dict) -> dict | None:
    return next(
        (n for n in _nodes(tree) if n.get("name") == DAY_TABLE and n.get("table")),
        None,
    )


def _day_loaded(tree: dict) -> bool:
    return _day_table(tree) is not None and any(
        n.get("name") == "Visits desk status" and "today" in _said(n) for n in _nodes(tree)
    )


def _roll_call(tree: dict) -> dict | None:
    return next((n for n in _nodes(tree) if n.get("name") == ROLL_CALL), None)


@pytest.fixture(scope="module")
def desk() -> dict:
    session = DesktopSession()
    try:
        problem = None
        try:
            session.start()
        except SetupFailed as exc:
            problem = str(exc)
        if problem:
            pytest.fail(f"the accessibility bus could not be set up: {problem}", pytrace=False)
        session.start_window("--demo", "--user", DESK)
        day = session.wait_for("the visits desk's day on the AT-SPI bus", _day_loaded, timeout=90)
        # The demo's diary begins today, or on the next working day when the office is shut.
        calendar = OfficeCalendar()
        today = calendar.local_date(datetime.now(UTC))
        if not calendar.is_working_day(today):
            today = calendar.nth_working_day_after(today, 1)
        listed = session.command("visits", "day", "--date", today.isoformat())
        assert listed.returncode == 0, listed.stderr
        first = json.loads(listed.stdout)["appointments"][0]
        arrived = session.command("visits", "arrive", "--appointment", first["id"], "--by", DESK)
        assert arrived.returncode == 0, arrived.stderr
        window = session.xdotool(
            "search", "--sync", "--onlyvisible", "--pid", str(session.app.pid)
        ).split()[0]
        session.xdotool("windowfocus", "--sync", window)
        roll_call = _press(session, "F9")
        if _roll_call(roll_call) is None:
            roll_call = session.wait_for(
                "the roll call after F9", lambda t: _roll_call(t) is not None, timeout=15
            )
        return {"day": day, "roll_call": roll_call, "visitor": first["customer_name"]}
    finally:
        session.stop()


def test_every_control_of_the_desk_has_a_name(desk):
    nameless = [
        n
        for n in _nodes(desk["day"])
        if n.get("role") in INTERACTIVE
        and "showing" in n.get("states", ())
        and not n.get("name", "").strip()
    ]
    assert not nameless, "controls of the visits desk without an accessible name:" + "".join(
        map(_describe, nameless)
    )


def test_the_day_s_rows_read_their_times_visitors_and_warnings(desk):
    table = _day_table(desk["day"])["table"]
    headers = [h["name"] if h else "" for h in table["headers"]]
    assert headers[:2] == ["Time", "Visitor"], headers
    if not OfficeCalendar().is_working_day(OfficeCalendar().local_date(datetime.now(UTC))):
        assert table["rows"] == 0  # the office is shut today: the diary begins next time
        return
    first = [_said(cell) for cell in table["cells"][0]]
    assert first[0][:5].replace(":", "").isdigit(), first  # 09:30–10:15
    assert desk["visitor"] in first[1], first
    assert all(text.strip() for text in first), f"a cell of the first row reads nothing: {first}"


def test_the_roll_call_rows_expose_their_text(desk):
    listed = _roll_call(desk["roll_call"])
    assert listed is not None, "F9 did not bring up the roll call"
    rows = [
        n
        for n in _nodes(desk["roll_call"])
        if n["path"].startswith(listed["path"] + "/") and n.get("role") == "list item"
    ]
    assert rows, "the roll call list has no rows on the bus" + _describe(listed)
    assert any(desk["visitor"] in _said(r) for r in rows), "".join(map(_describe, rows))
    heading = [n for n in _nodes(desk["roll_call"]) if n.get("name") == "Roll call"]
    assert heading and "1" in _said(heading[0]), "".join(map(_describe, heading))
