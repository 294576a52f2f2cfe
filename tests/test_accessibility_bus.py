"""What a screen reader gets from the real window, read from the AT-SPI bus with pyatspi.

The window runs as a user runs it (`--demo --user sclarke`, Qt's xcb platform under Xvfb, a
private D-Bus session with at-spi2-core's bus launcher and registry); a customer with a
restriction, a case, two contacts and a phone is imported and opened by a screen pop; Debian's
pyatspi, under the system Python, walks the tree (tests/atspi/walk_tree.py) and the
assertions here read its JSON. AGENT_DESKTOP_A11Y_DUMP=FILE keeps the trees for reading.
Nothing skips: a machine without the tools fails and says what to install (.ci/run installs
them). Run alone: python -m pytest tests/test_accessibility_bus.py
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from agent_desktop.domain.parsing import display_phone
from agent_desktop.store.schema import ContactPreferenceRow, CustomerPhone, Staff
from tests.atspi.desktop_session import DesktopSession, SetupFailed

REF = "C-A11Y-0001"
NAME = "Siân O'Brien-Prys"
CASE_REF = "CASE-A11Y-0001"
CONTACTS = 2
# Apostrophes and an ampersand: escaped for rich text, they show whether markup leaks out.
CASE_SUBJECT = "The landlord's repair & the council's reply"

# Roles a user operates; each must say what it is.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "password text",
    "combo box",
    "spin button",
    "menu item",
    "check menu item",
    "radio menu item",
    "page tab",
    "list",
    "table",
    "tree",
    "tree table",
    "slider",
    "link",
}
# Roles that only group others: focus there reads nothing of the card.
CONTAINERS = {
    "filler",
    "panel",
    "scroll pane",
    "viewport",
    "split pane",
    "frame",
    "window",
    "unknown",
    "section",
    "grouping",
    "layered pane",
    "page tab list",
    "application",
    "tool bar",
    "status bar",
    "menu bar",
    "invalid",
}
VIEWS = {"table", "tree", "tree table"}
MARKUP = re.compile(
    r"<\s*/?\s*(?:b|i|u|s|br|p|span|div|font|a|em|strong|small|big|ul|ol|li|table|tr|td|th|"
    r"h[1-6]|html|body|head|qt|img|hr|sub|sup|pre|code)\b[^>]*>"
    r"|&(?:#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);",
    re.IGNORECASE,
)


# --- the scenario, run once for the module ------------------------------------------------


@dataclass(repr=False)  # a tree in a failure's traceback would drown the message
class Seen:
    """The trees read at each step, and the customer the card shows."""

    phone: str
    card: dict = field(default_factory=dict)
    after_keys: dict[str, dict] = field(default_factory=dict)
    seconds: float = 0.0


def _document(db_path, today: date, now: datetime) -> tuple[dict, str]:
    """An exchange document with one customer carrying everything the card can show, and
    the national form of a phone number no one in the demo has."""
    engine = create_engine(f"sqlite:///{db_path}")
    try:
        with engine.connect() as conn:
            staff = conn.execute(select(Staff.username, Staff.roles)).all()
            taken = set(conn.execute(select(CustomerPhone.e164)).scalars())
            for rep in conn.execute(select(ContactPreferenceRow.representative)).scalars():
                if isinstance(rep, dict) and rep.get("phone"):
                    taken.add(re.sub(r"\D", "", str(rep["phone"])))
    finally:
        engine.dispose()
    leaders = sorted(u for u, roles in staff if "team_leader" in (roles or []))
    assert leaders, f"the demo has no team leader to decide a restriction: {staff}"
    # Ofcom's drama range 01632 960xxx: possible, never a real line.
    e164 = next(
        f"+441632960{n:03d}"
        for n in range(418, 1000)
        if f"+441632960{n:03d}" not in taken and f"01632960{n:03d}" not in taken
    )
    at = [(now - timedelta(days=days)).isoformat(timespec="seconds") for days in (2, 1)]
    customer = {
        "ref": REF,
        "name": NAME,
        "phones": [display_phone(e164)],
        "emails": ["sian.obrien@example.net"],
        "address": "7 Stryd y Castell, Aberteifi",
        "restrictions": [
            {
                "kind": "max_contacts",
                "limit": 1,
                "per_days": 7,
                "direction": "both",
                "channels": ["phone"],
                "category": "unreasonably_persistent",
                "reason": "One call a week",
                "decided_by": leaders[0],
                "starts_on": (today - timedelta(days=30)).isoformat(),
                "review_by": (today + timedelta(days=60)).isoformat(),
                "customer_notified_on": (today - timedelta(days=29)).isoformat(),
            }
        ],
        "contacts": [
            {
                "at": at[0],
                "channel": "phone",
                "direction": "inbound",
                "staff": "sclarke",
                "purpose": "proactive",
                "summary": "Asked for an update on the repair",
            },
            {
                "at": at[1],
                "channel": "email",
                "direction": "outbound",
                "staff": "sclarke",
                "purpose": "follow_up",
                "summary": "Sent the update she asked for",
            },
        ],
        "cases": [
            {
                "ref": CASE_REF,
                "subject": CASE_SUBJECT,
                "stage": "investigation",
                "owner": "sclarke",
                "opened_on": (today - timedelta(days=60)).isoformat(),
                "target_on": (today + timedelta(days=30)).isoformat(),
            }
        ],
    }
    return {"format": "agent-desktop/1", "teams": [], "staff": [], "customers": [customer]}, e164


def _card_shown(tree: dict) -> bool:
    return any(
        n.get("role") in VIEWS
        and n.get("name") == "Contact history"
        and "showing" in n.get("states", ())
        and (n.get("table") or {}).get("rows") == CONTACTS
        for n in tree["nodes"]
    )


def _queue_loaded(tree: dict) -> bool:
    return any(
        n.get("role") in VIEWS
        and n.get("name") == "Work queue"
        and (n.get("table") or {}).get("rows", 0) > 0
        for n in tree["nodes"]
    )


def _focused_paths(tree: dict) -> list[str]:
    return sorted(n["path"] for n in _focused(tree))


def _press(session: DesktopSession, keys: str) -> dict:
    """Press `keys` in the window and return the tree once focus has settled (the same
    focused objects on two walks in a row), at most 5 s later."""
    before = _focused_paths(session.walk())
    session.xdotool("key", "--clearmodifiers", keys)
    deadline = time.monotonic() + 5
    last = session.walk()
    while time.monotonic() < deadline:
        time.sleep(0.25)
        tree = session.walk()
        if _focused_paths(tree) == _focused_paths(last) and _focused_paths(tree) != before:
            return tree
        last = tree
    return last


@pytest.fixture(scope="module")
def seen() -> Seen:
    started = time.monotonic()
    session = DesktopSession()
    try:
        problem = None
        try:
            session.start()
        except SetupFailed as exc:
            problem = str(exc)
        if problem:  # outside the except clause, so that the message stands alone
            pytest.fail(f"the accessibility bus could not be set up: {problem}", pytrace=False)
        session.start_window("--demo", "--user", "sclarke")
        session.wait_for("the work queue loading on the AT-SPI bus", _queue_loaded, timeout=90)

        today = datetime.now(UTC).date()
        document, e164 = _document(
            session.data_dir / "agent-desktop.sqlite3", today, datetime.now(UTC)
        )
        path = session.root / "customer.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        imported = session.command("import", str(path))
        assert imported.returncode == 0, f"import failed: {imported.stderr}"
        result = Seen(phone=display_phone(e164))
        popped = session.command("pop", "--number", result.phone)
        assert popped.returncode == 0, f"the screen pop failed: {popped.stderr}"
        session.wait_for(
            f"the card of {REF} showing its {CONTACTS} contacts", _card_shown, timeout=30
        )
        result.card = session.walk()

        # Xvfb has no window manager to hand out keyboard focus: windowfocus sets it directly
        # (XSetInputFocus), whatever the pop did; xdotool then types through XTEST, as a
        # keyboard would.
        window = session.xdotool(
            "search", "--sync", "--onlyvisible", "--pid", str(session.app.pid)
        ).split()[0]
        session.xdotool("windowfocus", "--sync", window)
        for keys in ("ctrl+1", "ctrl+2"):
            result.after_keys[keys] = _press(session, keys)
        result.seconds = time.monotonic() - started
        if os.environ.get("AGENT_DESKTOP_A11Y_DUMP"):  # the whole trees, to read a failure by
            Path(os.environ["AGENT_DESKTOP_A11Y_DUMP"]).write_text(
                json.dumps({"card": result.card, **result.after_keys}, indent=1), encoding="utf-8"
            )
        return result
    finally:
        session.stop()


# --- reading the walker's JSON -------------------------------------------------------------


def _nodes(tree: dict) -> list[dict]:
    return [n for n in tree["nodes"] if "error" not in n]


def _focused(tree: dict) -> list[dict]:
    return [
        n
        for n in _nodes(tree) + tree.get("focused_beyond_cap", [])
        if "focused" in n.get("states", ())
    ]


def _said(node: dict) -> str:
    """Everything a screen reader can read of an object."""
    return " ".join(filter(None, (node.get("name"), node.get("description"), node.get("text"))))


def _describe(node: dict) -> str:
    states = ",".join(
        s
        for s in node.get("states", ())
        if s in {"focused", "focusable", "showing", "visible", "checked", "selected", "active"}
    )
    # The nearest two ancestors are enough to find an object; the path says the rest.
    where = " > ".join((node.get("where") or "").split(" > ")[-2:]) or "(root)"
    return (
        f"\n  {node.get('path')} [{node.get('role')}] name={node.get('name')!r} "
        f"description={node.get('description')!r} text={node.get('text')!r} "
        f"states={states} in {where}"
    )


def _card_nodes(tree: dict) -> list[dict]:
    """The customer card's objects: those under the object named "Customer card"."""
    roots = [
        n["path"]
        for n in _nodes(tree)
        if n.get("name") == "Customer card" and n.get("role") in CONTAINERS
    ]
    assert roots, "no container named 'Customer card' in the tree" + "".join(
        _describe(n) for n in _nodes(tree)[:40]
    )
    return [
        n
        for n in _nodes(tree)
        if any(n["path"] == r or n["path"].startswith(r + "/") for r in roots)
    ]


def _focus_owners(tree: dict) -> list[dict]:
    """Focused objects, less a table's or tree's current cell while that view itself has
    focus: the usual AT-SPI picture of a view and its active descendant, one place."""
    focused = _focused(tree)
    views = {n["path"] for n in focused if n.get("role") in VIEWS}
    return [
        n for n in focused if n["path"].rsplit("/", 1)[0] not in views or n.get("role") in VIEWS
    ]


# --- the assertions ------------------------------------------------------------------------


def test_every_interactive_control_has_a_name(seen):
    nameless = [
        n
        for n in _nodes(seen.card)
        if n.get("role") in INTERACTIVE
        and "showing" in n.get("states", ())
        and not n.get("name", "").strip()
    ]
    assert not nameless, "interactive controls on screen without an accessible name:" + "".join(
        map(_describe, nameless)
    )


def test_the_card_reads_out_name_reference_and_phone(seen):
    card = _card_nodes(seen.card)
    missing = [
        what
        for what, value in (
            ("customer name", NAME),
            ("reference", REF),
            ("phone number", seen.phone),
        )
        if not any(value in _said(n) for n in card)
    ]
    assert not missing, (
        f"no object of the card reads the {', '.join(missing)} "
        f"({NAME!r}, {REF!r}, {seen.phone!r}) in its name, description or "
        "text; the card's objects are:"
        + "".join(_describe(n) for n in card if n.get("role") not in CONTAINERS)
    )


def test_the_object_named_customer_reference_carries_the_reference(seen):
    named = [n for n in _nodes(seen.card) if n.get("name") == "Customer reference"]
    assert named, "no object is named 'Customer reference'; the card's objects are:" + "".join(
        _describe(n) for n in _card_nodes(seen.card) if n.get("role") not in CONTAINERS
    )
    silent = [n for n in named if REF not in (n.get("description") or "") + (n.get("text") or "")]
    assert not silent, (
        f"'Customer reference' is said but the reference {REF} is not (it "
        "must be in the description or the text):" + "".join(map(_describe, silent))
    )


def test_no_name_or_description_holds_markup(seen):
    marked = [n for n in _nodes(seen.card) if MARKUP.search(_said(n))]
    for view in _nodes(seen.card):
        for row in (view.get("table") or {}).get("cells", []):
            marked += [
                {**cell, "path": f"{view['path']} (cell)", "where": view["name"]}
                for cell in row
                if cell and MARKUP.search(_said(cell))
            ]
    assert not marked, "HTML markup read out as text:" + "".join(map(_describe, marked))


def test_at_most_one_object_claims_focus(seen):
    problems = []
    for moment, tree in (
        ("after the screen pop", seen.card),
        *((f"after {k}", t) for k, t in seen.after_keys.items()),
    ):
        owners = _focus_owners(tree)
        if len(owners) > 1:
            problems.append(
                f"\n{moment}, {len(owners)} objects have STATE_FOCUSED:"
                + "".join(map(_describe, owners))
            )
    assert not problems, "".join(problems)


def test_contact_history_cells_do_not_repeat_the_row(seen):
    views = [
        n
        for n in _nodes(seen.card)
        if n.get("role") in VIEWS and n.get("name") == "Contact history"
    ]
    assert views, "no table or tree named 'Contact history'"
    table = views[0]["table"]
    assert table and table["rows"] == CONTACTS, f"Contact history has {table} rows"
    problems = []
    for index, row in enumerate(table["cells"]):
        names = [(cell or {}).get("name", "") for cell in row]
        filled = [name for name in names if name.strip()]
        if len(set(filled)) < len(filled):
            problems.append(f"\n  row {index}: cells share a name: {names}")
        for column, name in enumerate(names):
            others = [o for i, o in enumerate(names) if i != column and o.strip()]
            if len(others) >= 2 and all(o in name for o in others):
                problems.append(f"\n  row {index}, column {column}: {name!r} is the whole row")
    assert not problems, (
        "each contact is read once per cell because every cell repeats the row:" + "".join(problems)
    )


def test_ctrl_2_focuses_the_first_readable_content_of_the_card(seen):
    tree = seen.after_keys["ctrl+2"]
    owners = _focus_owners(tree)
    card = {n["path"] for n in _card_nodes(tree)}
    in_card = [n for n in owners if n["path"] in card]
    assert in_card, "after Ctrl+2 nothing in the customer card has focus; focused:" + "".join(
        map(_describe, owners)
    )
    # Where focus landed is the deepest focused object: an ancestor that claims focus too
    # (through a focus proxy) is test_at_most_one_object_claims_focus's business.
    landed = [n for n in in_card if not any(o["path"].startswith(n["path"] + "/") for o in in_card)]
    wrong = [
        n
        for n in landed
        if n.get("role") in CONTAINERS or not (NAME in _said(n) or REF in _said(n))
    ]
    assert not wrong, (
        "Ctrl+2 must land on the customer's name (or the first readable value "
        f"of the card, the reference {REF}), not a container:" + "".join(map(_describe, wrong))
    )


def test_the_whole_run_stays_quick(seen):
    assert seen.seconds < 60, f"the accessibility bus scenario took {seen.seconds:.0f} s"
