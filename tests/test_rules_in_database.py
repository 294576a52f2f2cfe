"""One meaning of the contact rules: the database's own check agrees with `domain/rules.py`.

The central database refuses blocked outreach itself (`outreach_blocks`, migration 0007), so
the rules are written twice. This differential test generates customers with preferences,
restrictions and contact history, and checks that the database's blocks equal the rules'
blocks (code and whether a preference or a restriction raised it) for every one.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from agent_desktop.domain.kinds import KINDS as REGISTERED
from agent_desktop.domain.rules import evaluate
from agent_desktop.domain.values import Channel, Purpose, Recipient
from agent_desktop.services.database import open_database
from agent_desktop.services.exchange import import_document
from agent_desktop.services.facts import customer_facts, staff_member
from agent_desktop.store.schema import (
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    RestrictionRow,
    Staff,
)
from tests.test_database_roles import EXAMPLE

LONDON = ZoneInfo("Europe/London")  # the example's office
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CHANNELS = [c.value for c in Channel]
# The changes of the clocks, where office time is easiest to get wrong.
CLOCK_CHANGES = [
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),
    datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
]

instants = st.one_of(
    st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
    ),
    st.builds(
        lambda base, minutes: base + timedelta(minutes=minutes),
        st.sampled_from(CLOCK_CHANGES),
        st.integers(-180, 180),
    ),
    # On the half hour in office time, where the daily windows open and close.
    st.builds(
        lambda day, half_hours: (
            datetime.combine(day, time(half_hours // 2, 30 * (half_hours % 2)))
            .replace(tzinfo=LONDON)
            .astimezone(UTC)
        ),
        st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
        st.integers(0, 47),
    ),
)
# A past contact: anywhere in the last month, or just either side of a rolling window's edge.
offsets = st.one_of(
    st.integers(-60 * 24 * 30, 60 * 24 * 2).map(lambda m: timedelta(minutes=m)),
    st.builds(
        lambda days, seconds: timedelta(days=-days, seconds=seconds),
        st.sampled_from([1, 2, 3, 7, 14, 28]),
        st.integers(-3600, 3600) | st.sampled_from([-1, 0, 1]),
    ),
)


@st.composite
def windows(draw) -> dict:
    start = draw(st.integers(0, 22 * 2))  # half hours
    end = draw(st.integers(start + 1, 47))
    return {
        "days": draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=7, unique=True)),
        "start": f"{start // 2:02d}:{30 * (start % 2):02d}",
        "end": f"{end // 2:02d}:{30 * (end % 2):02d}",
    }


def channel_sets(min_size: int = 1):
    return st.lists(st.sampled_from(CHANNELS), min_size=min_size, max_size=4, unique=True)


@st.composite
def terms(draw, kind: str) -> dict:
    if kind == "channel_only":
        return {"channels": draw(channel_sets())}
    if kind == "max_contacts":
        found = {
            "limit": draw(st.integers(1, 3)),
            "per_days": draw(st.integers(1, 14)),
            "direction": draw(st.sampled_from(["outbound", "both"])),
        }
        if draw(st.booleans()):
            found["channels"] = draw(channel_sets())
        return found
    if kind == "single_point_of_contact":
        found = {"staff": draw(st.sampled_from(["sclarke", "dowen"]))}
        if draw(st.booleans()):
            found["deputy"] = draw(st.sampled_from(["mhughes", "tnguyen"]))
        return found
    if kind == "set_times":
        return draw(windows())
    if kind == "call_duration":
        return {"minutes": draw(st.integers(1, 60))}
    if kind == "representative_only":
        return {"representative": "Ann Jones"}
    # A kind registered since this strategy was written is tried with its example terms.
    return dict(REGISTERED[kind].example)


KINDS = [kind.value for kind in REGISTERED]


@st.composite
def restrictions(draw, at: datetime) -> dict:
    kind = draw(st.sampled_from(KINDS))
    starts_on = (at + timedelta(days=draw(st.integers(-40, 3)))).date()
    found = {
        "kind": kind,
        "terms": draw(terms(kind)),
        "starts_on": starts_on,
        "ends_on": None,
        "lifted_at": None,
    }
    if draw(st.booleans()):
        found["ends_on"] = starts_on + timedelta(days=draw(st.integers(0, 30)))
    if draw(st.integers(0, 3)) == 0:
        found["lifted_at"] = at + timedelta(minutes=draw(st.integers(-60 * 24 * 5, 60 * 24)))
    return found


@st.composite
def histories(draw) -> dict:
    at = draw(instants)
    prefs = None
    if draw(st.integers(0, 3)):
        prefs = {
            "channels": draw(channel_sets()),
            "update_every_days": draw(st.sampled_from([None, 7, 14, 28])),
            "contact_hours": draw(st.none() | windows()),
            "representative": draw(
                st.none()
                | st.builds(
                    lambda only: {"name": "Ann Jones", "contact_only_via": only}, st.booleans()
                )
            ),
        }
    contacts = [
        {
            "at": at + draw(offsets),
            "channel": draw(st.sampled_from(CHANNELS)),
            "direction": draw(st.sampled_from(["inbound", "outbound"])),
            "purpose": draw(st.sampled_from(["proactive", "follow_up"])),
        }
        for _ in range(draw(st.integers(0, 8)))
    ]
    return {
        "at": at,
        "prefs": prefs,
        "restrictions": draw(st.lists(restrictions(at), max_size=4)),
        "contacts": contacts,
        "staff": draw(st.sampled_from(["sclarke", "dowen", "mhughes", "tnguyen"])),
        "channel": draw(st.sampled_from(CHANNELS)),
        "purpose": draw(st.sampled_from(["proactive", "follow_up"])),
        "recipient": draw(st.sampled_from(["customer", "representative"])),
        # The database's answer must not depend on the session's own time zone.
        "session_tz": draw(st.sampled_from(["UTC", "Europe/London", "Pacific/Auckland"])),
    }


@pytest.fixture(scope="module")
def centre(pg_template):
    """One migrated database with the example's staff and office, for every example."""
    from tests.conftest import PG_SERVER, _admin

    name = f"ad_rules_{uuid.uuid4().hex[:10]}"
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    db = open_database(f"{PG_SERVER}/{name}")
    import_document(db, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    yield db
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _load(session, history: dict) -> Customer:
    staff = {s.username: s for s in session.execute(select(Staff)).scalars()}
    ref = f"C-{uuid.uuid4().hex[:12]}"
    customer = Customer(id=uuid.uuid4(), ref=ref, name="Generated", name_key="g", surname_key="g")
    session.add(customer)
    session.flush()
    if history["prefs"] is not None:
        session.add(ContactPreferenceRow(customer_id=customer.id, **history["prefs"]))
    for r in history["restrictions"]:
        session.add(
            RestrictionRow(
                customer_id=customer.id,
                category="abusive",
                reason="Generated",
                decided_by_id=staff["mhughes"].id,
                review_by=r["starts_on"] + timedelta(days=100),
                **r,
            )
        )
    for c in history["contacts"]:
        session.add(ContactEvent(customer_id=customer.id, staff_id=staff["sclarke"].id, **c))
    session.flush()
    return customer


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(history=histories())
def test_the_database_blocks_exactly_what_the_rules_block(centre, history):
    with centre.unit(write=True) as uow:  # never committed: each example leaves nothing
        session = uow.session
        session.execute(
            text("SELECT set_config('TimeZone', :tz, true)"), {"tz": history["session_tz"]}
        )
        customer = _load(session, history)
        staff = session.execute(
            select(Staff).where(Staff.username == history["staff"])
        ).scalar_one()
        at = history["at"]
        decision = evaluate(
            customer_facts(session, customer, at),
            staff_member(staff),
            Channel(history["channel"]),
            at,
            Purpose(history["purpose"]),
            calendar=centre.calendar,
            recipient=Recipient(history["recipient"]),
        )
        in_database = set(
            session.execute(
                text("SELECT code, source FROM outreach_blocks(:c, :s, :ch, :p, :r, :at)"),
                {
                    "c": customer.id,
                    "s": staff.id,
                    "ch": history["channel"],
                    "p": history["purpose"],
                    "r": history["recipient"],
                    "at": at,
                },
            ).all()
        )
    in_rules = {(b.code.value, b.source["type"]) for b in decision.blocks}
    assert _once(in_database) == in_rules, history


def _once(blocks: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """As the decision lists them: a code both a preference and a restriction raise appears
    once, from the restriction (values.by_weight)."""
    restricted = {code for code, source in blocks if source == "restriction"}
    return {
        (code, source)
        for code, source in blocks
        if source == "restriction" or code not in restricted
    }


def _agree(centre, history: dict) -> set[tuple[str, str]]:
    """The blocks both sides find for one history (and fail if they differ)."""
    test_the_database_blocks_exactly_what_the_rules_block.hypothesis.inner_test(centre, history)
    with centre.unit(write=True) as uow:
        session = uow.session
        session.execute(
            text("SELECT set_config('TimeZone', :tz, true)"), {"tz": history["session_tz"]}
        )
        customer = _load(session, history)
        return set(
            session.execute(
                text(
                    "SELECT code, source FROM outreach_blocks(:c, "
                    "(SELECT id FROM staff WHERE username = :s), :ch, :p, :r, :at)"
                ),
                {
                    "c": customer.id,
                    "s": history["staff"],
                    "ch": history["channel"],
                    "p": history["purpose"],
                    "r": history["recipient"],
                    "at": history["at"],
                },
            ).all()
        )


@pytest.mark.parametrize("minutes_outside", [30, -30])
def test_a_rolling_window_across_the_change_of_the_clocks_is_exact_days_of_24_hours(
    centre, minutes_outside
):
    """Seven days back from a Tuesday after the clocks went back is 168 hours, not the 169 of
    seven calendar days: a contact in that extra hour has left the window."""
    at = datetime(2026, 10, 27, 11, 0, tzinfo=UTC)
    history = {
        "at": at,
        "prefs": None,
        "restrictions": [
            {
                "kind": "max_contacts",
                "terms": {"limit": 1, "per_days": 7},
                "starts_on": date(2026, 10, 1),
                "ends_on": None,
                "lifted_at": None,
            }
        ],
        "contacts": [
            {
                "at": at - timedelta(hours=168, minutes=minutes_outside),
                "channel": "phone",
                "direction": "outbound",
                "purpose": "proactive",
            }
        ],
        "staff": "sclarke",
        "channel": "email",
        "purpose": "follow_up",
        "recipient": "customer",
        "session_tz": "Europe/London",
    }
    blocked = ("CONTACT_LIMIT_REACHED", "restriction") in _agree(centre, history)
    assert blocked == (minutes_outside < 0)


def outreach_blocks_sql() -> str:
    """The body of `outreach_blocks` as the newest migration that (re)defines it writes it."""
    versions = Path(__file__).resolve().parents[1] / "agent_desktop/store/migrations/versions"
    bodies = []
    for path in sorted(versions.glob("[0-9]*.py")):
        source = path.read_text(encoding="utf-8")
        found = re.search(r"FUNCTION outreach_blocks\(.*?END \$\$", source, re.DOTALL)
        if found:
            bodies.append(found.group(0))
    assert bodies, "no migration defines outreach_blocks"
    return bodies[-1]


def test_every_blocking_kind_is_checked_by_the_database_too():
    """A kind the rules block on and the database lets through would pass at the last line:
    a new blocking kind needs a migration that teaches `outreach_blocks` its check."""
    sql = outreach_blocks_sql()
    checked = set(re.findall(r"WHEN '([a-z_]+)' THEN", sql))
    blocking = {kind.value for kind, entry in REGISTERED.items() if entry.blocks}
    assert blocking - checked == set(), "blocking kinds the database does not check"
    assert checked - blocking == set(), "kinds the database blocks but the rules do not"
    # What falls through to ELSE raises nothing; its comment names the kinds meant to.
    (passing,) = re.findall(r"ELSE\s+NULL;\s*--([a-z_, ]+)", sql)
    named = {name.strip() for name in passing.split(",")}
    assert named <= {kind.value for kind, entry in REGISTERED.items() if not entry.blocks}
