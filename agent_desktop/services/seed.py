"""Realistic synthetic data for a Welsh and English public body's contact centre, loaded fast.

Everything personal is fictional: names come from common Welsh and English names, phone numbers
only from Ofcom's drama ranges (17 ranges of 1,000 numbers, so at 100,000 customers each number
is shared by several customers), email addresses only from the reserved example domains.

Rows go in inside one write unit of work: by COPY on PostgreSQL, by bulk `insert(table)`
executemany calls in batches on SQLite. Ids are made here, E.164 strings are built straight from
the drama-range digits, and a second thread writes one chunk while the next is made.
The same `rng_seed` on the same database gives the same people; the ids differ every time.
"""

from __future__ import annotations

import queue
import random
import re
import threading
import time as clock
import uuid
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from operator import itemgetter

from sqlalchemy import insert, null, select, update
from sqlalchemy.sql.elements import Null
from sqlalchemy.types import JSON

from agent_desktop.domain.calendar import ServiceLevel
from agent_desktop.domain.documents import REVIEW_DEFAULT_MONTHS, add_months
from agent_desktop.domain.parsing import name_key
from agent_desktop.domain.values import Accessibility, Role, WorkItemKind, WorkItemStatus
from agent_desktop.services.database import Database
from agent_desktop.services.seed_data import (
    CASE_SUBJECTS,
    DAY_SETS,
    ENGLAND_PLACES,
    ENGLISH_FIRST,
    ENGLISH_STREETS,
    ENGLISH_SURNAMES,
    FREE_TEXT_NEEDS,
    HOURS,
    INWARD_LETTERS,
    RELATIONSHIPS,
    STAFF,
    STAGE_WEIGHTS,
    STAGES,
    SUMMARIES,
    TEAMS,
    WALES_PLACES,
    WELSH_FIRST,
    WELSH_STREETS,
    WELSH_SURNAMES,
    drama_numbers,
)
from agent_desktop.store.schema import (
    Case,
    ContactEvent,
    ContactPreferenceRow,
    Customer,
    CustomerEmail,
    CustomerPhone,
    RestrictionEvent,
    RestrictionRow,
    Staff,
    Team,
    WorkItem,
)

BATCH_ROWS = 5_000
# A JSON column given None stores the JSON text 'null'; an absent value should be SQL NULL.
_SQL_NULL = null()
# Customers per generated chunk: their child rows come to roughly BATCH_ROWS per table.
_CHUNK = 2_000


REASONS = {
    "abusive": "Repeated abusive language towards staff on the phone",
    "aggressive": "Shouted at and intimidated reception staff during a visit",
    "threatening": "Threatened a member of staff during a call",
    "unreasonably_persistent": "Over 30 calls in two weeks to several staff about the same decision",
    "customer_request": "Customer asked to be contacted only through their representative",
    "safeguarding": "Safeguarding concern: contact is limited to protect the customer",
}


@dataclass
class SeedSummary:
    """How many rows of each kind one call to `seed` added, and how long it took."""

    teams: int = 0
    staff: int = 0
    customers: int = 0
    phones: int = 0
    emails: int = 0
    preferences: int = 0
    restrictions: int = 0
    restriction_events: int = 0
    contacts: int = 0
    cases: int = 0
    work_items: int = 0
    first_ref: str | None = None
    last_ref: str | None = None
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(v for k, v in asdict(self).items() if isinstance(v, int) and k != "seconds")

    def to_json(self) -> dict:
        return {**asdict(self), "rows": self.rows, "seconds": round(self.seconds, 3)}


@dataclass
class _Staffing:
    """Who can own, decide and agree things, as read from (or just written to) the database."""

    username: dict[uuid.UUID, str] = field(default_factory=dict)
    team_of: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)
    agents: dict[uuid.UUID | None, list[uuid.UUID]] = field(default_factory=dict)
    leaders: dict[uuid.UUID | None, list[uuid.UUID]] = field(default_factory=dict)
    any_leaders: list[uuid.UUID] = field(default_factory=list)
    team_names: dict[uuid.UUID, str] = field(default_factory=dict)

    @property
    def owning_teams(self) -> list[uuid.UUID | None]:
        # By name, not id: ids differ between databases and the same seed must pick alike.
        return sorted(self.agents, key=lambda team: self.team_names.get(team, ""))

    def leader_for(self, team: uuid.UUID | None, rng: random.Random) -> uuid.UUID | None:
        leaders = self.leaders.get(team) or self.any_leaders
        return rng.choice(leaders) if leaders else None


@lru_cache(maxsize=4096)
def _ascii(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name_key(text))


def _ensure_staff(session, summary: SeedSummary) -> _Staffing:
    if session.execute(select(Staff.id).limit(1)).first() is None:
        _create_staff(session, summary)
    rows = session.execute(
        select(Staff.id, Staff.username, Staff.roles, Staff.team_id)
        .where(Staff.active.is_(True))
        .order_by(Staff.username)
    ).all()
    staffing = _Staffing(team_names=dict(session.execute(select(Team.id, Team.name)).all()))
    for staff_id, username, roles, team_id in rows:
        staffing.username[staff_id] = username
        staffing.team_of[staff_id] = team_id
        if Role.AGENT in roles:
            staffing.agents.setdefault(team_id, []).append(staff_id)
        if Role.TEAM_LEADER in roles or Role.MANAGER in roles:
            staffing.any_leaders.append(staff_id)
        if Role.TEAM_LEADER in roles:
            staffing.leaders.setdefault(team_id, []).append(staff_id)
    if not staffing.agents and rows:
        # Nobody is an agent: let everyone own work rather than nobody.
        for staff_id, *_ in rows:
            staffing.agents.setdefault(staffing.team_of[staff_id], []).append(staff_id)
    return staffing


def _create_staff(session, summary: SeedSummary) -> None:
    existing = dict(session.execute(select(Team.name, Team.id)).all())
    teams = {name: existing.get(name) or uuid.uuid4() for name in TEAMS}
    new_teams = [{"id": teams[n], "name": n, "leader_id": None} for n in TEAMS if n not in existing]
    if new_teams:
        session.execute(insert(Team.__table__), new_teams)
    rows, taken = [], set()
    for i, (name, team, role, welsh) in enumerate(STAFF):
        first, surname = name.split(" ", 1)
        username = _ascii(first)[0] + _ascii(surname)
        while username in taken:
            username += "2"
        taken.add(username)
        office = "020 7946 0" if team == "Complaints" else "029 2018 0"
        e164 = "+44" + office.replace(" ", "")[1:] + f"{100 + i:03d}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "username": username,
                "name": name,
                "roles": [role],
                "team_id": teams[team] if team else None,
                "welsh_speaker": welsh,
                "phone": e164,
                "email": f"{_ascii(first)}.{_ascii(surname)}@example.org",
                "active": True,
            }
        )
    session.execute(insert(Staff.__table__), rows)
    for row, (_name, team, role, _welsh) in zip(rows, STAFF, strict=True):
        if role == "team_leader" and team and team not in existing:
            session.execute(
                update(Team.__table__).where(Team.id == teams[team]).values(leader_id=row["id"])
            )
    summary.teams, summary.staff = len(new_teams), len(rows)


def _highest_number(session, column, prefix: str) -> int:
    """The largest number ending a `prefix` reference; other references are ignored."""
    pattern = re.compile(r"(\d+)$")
    best = 0
    for (ref,) in session.execute(select(column).where(column.like(f"{prefix}%"))):
        match = pattern.search(ref)
        if match:
            best = max(best, int(match.group(1)))
    return best


class _Generator:
    """Makes the rows for customers, table by table, for the writer to insert."""

    TABLES = (
        Customer,
        CustomerPhone,
        CustomerEmail,
        ContactPreferenceRow,
        RestrictionRow,
        RestrictionEvent,
        ContactEvent,
        Case,
        WorkItem,
    )

    def __init__(
        self,
        db: Database,
        staffing: _Staffing,
        rng: random.Random,
        now: datetime,
        case_number: int,
        summary: SeedSummary,
    ):
        self.staffing, self.rng, self.now = staffing, rng, now
        self.calendar = db.calendar
        self.tz = self.calendar.tz
        self.today = self.calendar.local_date(now)
        self.case_number = case_number
        self.summary = summary
        self.phones = [e164 for _national, e164 in drama_numbers()]
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self._keys: dict[str, str] = {}
        self._close: dict[date, datetime] = {}
        self.known_for = 0
        self.teams = staffing.owning_teams

    # -- helpers --

    def key(self, text: str) -> str:
        found = self._keys.get(text)
        if found is None:
            found = self._keys[text] = name_key(text)
        return found

    def close_of(self, day: date) -> datetime:
        found = self._close.get(day)
        if found is None:
            found = self._close[day] = self.calendar.close_of(day).astimezone(UTC)
        return found

    def office_instant(self, days_ago: int) -> datetime:
        """A time in office hours on a weekday about `days_ago` days before today."""
        day = self.today - timedelta(days=days_ago)
        if day.weekday() >= 5:
            day -= timedelta(days=day.weekday() - 4)
        minutes = self.rng.randrange(9 * 60, 17 * 60)
        local = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self.tz)
        return min(local.astimezone(UTC), self.now - timedelta(minutes=5))

    def add(self, table: type, **row) -> dict:
        self.rows[table].append(row)
        return row

    # -- one customer --

    def customer(self, number: int) -> None:
        rng = self.rng
        in_wales = rng.random() < 0.65
        welsh_name = rng.random() < (0.55 if in_wales else 0.1)
        first = rng.choice(WELSH_FIRST if welsh_name else ENGLISH_FIRST)
        welsh_surname = rng.random() < (0.7 if in_wales else 0.25)
        surname = rng.choice(WELSH_SURNAMES if welsh_surname else ENGLISH_SURNAMES)
        name = f"{first} {surname}"
        team = rng.choice(self.teams)
        self.known_for = rng.randrange(100, 2500)  # days: nothing about them is older
        created = self.now - timedelta(days=self.known_for, seconds=rng.randrange(86400))
        customer_id = uuid.uuid4()
        ref = f"C-{number:06d}"
        self.add(
            Customer,
            id=customer_id,
            ref=ref,
            name=name,
            name_key=f"{self.key(first)} {self.key(surname)}",
            surname_key=self.key(surname),
            address=self.address(in_wales),
            created_at=created,
            updated_at=created,
            anonymised_at=None,
        )
        self.summary.first_ref = self.summary.first_ref or ref
        self.summary.last_ref = ref

        picked = rng.sample(self.phones, rng.choices((0, 1, 2), (8, 67, 25))[0])
        for position, e164 in enumerate(picked):
            self.add(
                CustomerPhone,
                id=uuid.uuid4(),
                customer_id=customer_id,
                position=position,
                e164=e164,
            )
        local = [
            f"{_ascii(first)}.{_ascii(surname)}",
            f"{_ascii(first)[0]}{_ascii(surname)}",
            f"{_ascii(first)}{_ascii(surname)}{rng.randrange(10, 99)}",
        ]
        for position, part in enumerate(rng.sample(local, rng.choices((0, 1, 2), (12, 78, 10))[0])):
            address = f"{part}@{rng.choice(('example.net', 'example.com'))}"
            self.add(
                CustomerEmail,
                id=uuid.uuid4(),
                customer_id=customer_id,
                position=position,
                address=address,
                address_key=address.casefold(),
            )

        restricted = rng.random() < 0.03
        bundle = rng.choice(_BUNDLES) if restricted else None
        prefs = None
        if rng.random() < 0.7 or bundle == "representative":
            prefs = self.preferences(
                customer_id,
                team,
                surname,
                in_wales and welsh_name,
                representative_only=bundle == "representative",
            )
        if bundle:
            self.restrictions(customer_id, team, bundle, prefs)
        self.history(customer_id, team, prefs)

    def address(self, in_wales: bool) -> str:
        rng = self.rng
        town, area, districts = rng.choice(WALES_PLACES if in_wales else ENGLAND_PLACES)
        streets = WELSH_STREETS if in_wales and rng.random() < 0.5 else ENGLISH_STREETS
        inward = f"{rng.randrange(1, 10)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
        flat = f"Flat {rng.randrange(1, 12)}, " if rng.random() < 0.12 else ""
        street = f"{rng.randrange(1, 180)} {rng.choice(streets)}"
        return f"{flat}{street}, {town}, {area}{rng.choice(districts)} {inward}"

    def preferences(self, customer_id, team, surname, welsh, *, representative_only) -> dict:
        rng = self.rng
        channels = ["phone", "email", "letter", "sms"]
        rng.shuffle(channels)
        channels = channels[: rng.choices((1, 2, 3), (30, 50, 20))[0]]
        if rng.random() < 0.04:
            channels.append(rng.choice(("social", "visit")))
        hours = None
        if rng.random() < 0.25:
            start, end = rng.choice(HOURS)
            hours = {"days": rng.choice(DAY_SETS), "start": start, "end": end}
        needs = []
        if rng.random() < 0.1:
            needs = rng.sample([a.value for a in Accessibility], rng.choice((1, 1, 2)))
            if rng.random() < 0.3:
                needs.append(rng.choice(FREE_TEXT_NEEDS))
        representative = None
        if representative_only or rng.random() < 0.03:
            relationship = rng.choice(RELATIONSHIPS)
            rep_surname = (
                surname if relationship in RELATIONSHIPS[:4] else rng.choice(ENGLISH_SURNAMES)
            )
            rep_first = rng.choice(WELSH_FIRST + ENGLISH_FIRST)
            representative = {
                "name": f"{rep_first} {rep_surname}",
                "relationship": relationship,
                "phone": rng.choice(self.phones),
                "email": f"{_ascii(rep_first)}.{_ascii(rep_surname)}@example.com",
                "contact_only_via": representative_only or rng.random() < 0.3,
            }
        language = "cy" if rng.random() < (0.45 if welsh else 0.06) else "en"
        row = self.add(
            ContactPreferenceRow,
            id=uuid.uuid4(),
            customer_id=customer_id,
            channels=channels,
            update_every_days=rng.choice((7, 14, 14, 28, 28)) if rng.random() < 0.9 else None,
            contact_hours=hours or _SQL_NULL,
            language=language,
            accessibility=needs,
            representative=representative or _SQL_NULL,
            agreed_on=self.today - timedelta(days=rng.randrange(1, min(700, self.known_for))),
            agreed_by_id=rng.choice(self.staffing.agents[team]),
        )
        return row

    def restrictions(self, customer_id, team, bundle: str, prefs: dict | None) -> None:
        rng, staffing = self.rng, self.staffing
        decider = staffing.leader_for(team, rng)
        if decider is None:
            return
        category, kinds = _bundle_kinds(bundle, rng)
        terms = {kind: self.terms(kind, team, decider, prefs) for kind in kinds}
        starts_on = self.today - timedelta(days=rng.randrange(0, min(270, self.known_for - 5)))
        review_by = add_months(starts_on, REVIEW_DEFAULT_MONTHS)
        ends_on = starts_on + timedelta(days=rng.randrange(90, 360)) if rng.random() < 0.1 else None
        notified = starts_on + timedelta(days=1)
        notified = notified if notified <= self.today else None
        decided_at = self.office_instant((self.today - starts_on).days + rng.randrange(0, 3))
        needs = (prefs or {}).get("accessibility") or []
        for kind in kinds:
            restriction_id = uuid.uuid4()
            self.add(
                RestrictionRow,
                id=restriction_id,
                customer_id=customer_id,
                kind=kind,
                category=category,
                reason=REASONS[category],
                terms=terms[kind],
                decided_by_id=decider,
                decided_at=decided_at,
                starts_on=starts_on,
                review_by=review_by,
                ends_on=ends_on,
                customer_notified_on=notified,
                adjustment_considered=bool(needs) and kind in ("channel_only", "read_and_file"),
                lifted_at=None,
                lifted_by_id=None,
                lift_reason=None,
            )
            self.add(
                RestrictionEvent,
                id=uuid.uuid4(),
                restriction_id=restriction_id,
                at=decided_at,
                staff_id=decider,
                event="decided",
                note=REASONS[category],
            )
            if notified:
                self.add(
                    RestrictionEvent,
                    id=uuid.uuid4(),
                    restriction_id=restriction_id,
                    at=self.close_of(notified) - timedelta(hours=2),
                    staff_id=decider,
                    event="notified",
                    note="Restriction letter sent with how to challenge it",
                )
            decider_team = staffing.team_of.get(decider)
            notice_due = self.close_of(starts_on + timedelta(days=2))
            self.work_item(
                "restriction_notice",
                customer_id,
                notice_due,
                decider_team,
                decider,
                restriction_id=restriction_id,
                status="done" if notified else "open",
                closed_at=self.close_of(notified) - timedelta(hours=2) if notified else None,
            )
            ended = ends_on is not None and ends_on < self.today
            if not ended and review_by <= self.today + timedelta(days=28):
                self.work_item(
                    "restriction_review",
                    customer_id,
                    self.close_of(review_by),
                    decider_team,
                    decider,
                    restriction_id=restriction_id,
                )

    def terms(self, kind: str, team, decider, prefs: dict | None) -> dict:
        """Kind-specific parameters in the shape `terms_to_json` stores."""
        rng, staffing = self.rng, self.staffing
        if kind == "channel_only":
            return {"channels": rng.choice((["letter"], ["letter", "email"], ["email"]))}
        if kind == "single_point_of_contact":
            return {
                "staff": staffing.username[rng.choice(staffing.agents[team])],
                "deputy": staffing.username[decider],
            }
        if kind == "max_contacts":
            out = {
                "limit": rng.choice((1, 2)),
                "per_days": rng.choice((7, 14, 28)),
                "direction": rng.choice(("outbound", "both")),
            }
            return {**out, "channels": ["phone"]} if rng.random() < 0.5 else out
        if kind == "set_times":
            start, end = rng.choice(HOURS)
            return {
                "days": rng.choice((["tue"], ["mon", "thu"], ["wed"])),
                "start": start,
                "end": end,
            }
        if kind == "call_duration":
            return {"minutes": rng.choice((10, 15, 20))}
        if kind == "representative_only":
            return {"representative": prefs["representative"]["name"]}
        return {}

    def history(self, customer_id, team, prefs: dict | None) -> None:
        rng = self.rng
        agents = self.staffing.agents[team]
        channels = prefs["channels"] if prefs else ["phone", "email", "letter"]
        has_case = rng.random() < 0.2
        wants = rng.random() < (0.3 if has_case else 0.05)
        request = rng.choice(("callback", "email")) if wants else None
        contacts = []
        for i in range(max(rng.randrange(0, 6), 1 if request else 0)):
            if request and i == 0:
                channel, direction = ("phone" if request == "callback" else "email"), "inbound"
                at = self.office_instant(rng.randrange(0, 15))
            else:
                channel = (
                    rng.choice(channels)
                    if rng.random() < 0.8
                    else rng.choice(("phone", "email", "letter"))
                )
                direction = "inbound" if rng.random() < 0.55 else "outbound"
                at = self.office_instant(rng.randrange(1, 91))
            purpose = "follow_up" if direction == "outbound" and rng.random() < 0.4 else "proactive"
            summaries = SUMMARIES[(channel, direction)]
            summary = summaries[-1] if request == "callback" and i == 0 else rng.choice(summaries)
            contacts.append(
                self.add(
                    ContactEvent,
                    id=uuid.uuid4(),
                    customer_id=customer_id,
                    channel=channel,
                    direction=direction,
                    purpose=purpose,
                    recipient="customer",
                    staff_id=rng.choice(agents),
                    at=at,
                    summary=summary,
                    follows_up_id=None,
                    override_reason=None,
                    authorised_by_id=None,
                    recorded_at=at + timedelta(seconds=rng.randrange(5, 600)),
                )
            )
        case_id, owner = None, rng.choice(agents)
        if has_case:
            case_id = self.case(customer_id, team, owner, prefs, contacts)
        if request:
            source = contacts[0]
            levels = (
                (("callback", ServiceLevel.CALLBACK),)
                if request == "callback"
                else (
                    ("email_ack", ServiceLevel.EMAIL_ACK),
                    ("email_reply", ServiceLevel.EMAIL_REPLY),
                )
            )
            for kind, level in levels:
                due = self.calendar.due(level, source["at"]).astimezone(UTC)
                self.work_item(
                    kind,
                    customer_id,
                    due,
                    team,
                    owner if case_id else rng.choice(agents),
                    case_id=case_id,
                    source_contact_id=source["id"],
                )

    def case(self, customer_id, team, owner, prefs, contacts) -> uuid.UUID:
        rng = self.rng
        self.case_number += 1
        # About one case in five is at or past its target: those owe a delay notice.
        target_on = self.today + timedelta(days=rng.randrange(-15, 100))
        opened_on = min(
            target_on - timedelta(days=rng.randrange(60, 180)), self.today - timedelta(days=3)
        )
        case_id = uuid.uuid4()
        self.add(
            Case,
            id=case_id,
            ref=f"CASE-{opened_on.year}-{self.case_number:06d}",
            customer_id=customer_id,
            subject=rng.choice(CASE_SUBJECTS),
            stage=rng.choices(STAGES, STAGE_WEIGHTS)[0],
            owner_id=owner,
            team_id=team,
            opened_on=opened_on,
            target_on=target_on,
            closed_on=None,
        )
        every = prefs and prefs["update_every_days"]
        if every:
            updates = [c["at"] for c in contacts if c["direction"] == "outbound"]
            last = max(updates, default=self.close_of(opened_on))
            due_day = self.calendar.local_date(last) + timedelta(days=every)
            due_day = max(due_day, self.today - timedelta(days=rng.randrange(1, 10)))
            self.work_item(
                "progress_update", customer_id, self.close_of(due_day), team, owner, case_id=case_id
            )
        if target_on < self.today + timedelta(days=10):
            self.work_item(
                "delay_notice",
                customer_id,
                self.close_of(max(target_on, self.today - timedelta(days=rng.randrange(1, 8)))),
                team,
                owner,
                case_id=case_id,
                note=f"Target date {target_on:%d %B %Y} will be missed",
            )
        return case_id

    def work_item(
        self,
        kind,
        customer_id,
        due_at,
        team,
        assignee,
        *,
        case_id=None,
        source_contact_id=None,
        restriction_id=None,
        status="open",
        closed_at=None,
        note=None,
    ) -> None:
        self.add(
            WorkItem,
            id=uuid.uuid4(),
            kind=WorkItemKind(kind).value,
            customer_id=customer_id,
            case_id=case_id,
            due_at=due_at,
            team_id=team,
            assignee_id=assignee,
            status=WorkItemStatus(status).value,
            note=note,
            source_contact_id=source_contact_id,
            restriction_id=restriction_id,
            created_at=min(due_at, self.now) - timedelta(days=1),
            closed_at=closed_at,
        )

    # -- writing --

    def take(self) -> list[tuple[type, list[dict]]]:
        """The rows made so far, in foreign-key order, counted into the summary."""
        chunk = []
        for table in self.TABLES:
            rows = self.rows.pop(table, [])
            if rows:
                chunk.append((table, rows))
                name = _SUMMARY_FIELD[table]
                setattr(self.summary, name, getattr(self.summary, name) + len(rows))
        return chunk


_SUMMARY_FIELD = {
    Customer: "customers",
    CustomerPhone: "phones",
    CustomerEmail: "emails",
    ContactPreferenceRow: "preferences",
    RestrictionRow: "restrictions",
    RestrictionEvent: "restriction_events",
    ContactEvent: "contacts",
    Case: "cases",
    WorkItem: "work_items",
}


class _Writer:
    """Writes chunks on a second thread while the next chunk is being made.

    The database driver lets go of the GIL while the server (or SQLite's C code) works, so
    making rows and writing them overlap. Only this thread touches the session until `close`.
    SQLite takes bulk `insert(table)` executemany calls; PostgreSQL takes each chunk's rows
    with COPY on the unit of work's own connection, so they are in the same transaction.
    """

    def __init__(self, session):
        self.session = session
        connection = session.connection()
        self.copy = _CopyIn(connection) if connection.dialect.name == "postgresql" else None
        self.chunks: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="seed-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (chunk := self.chunks.get()) is not None:
            if self.error is not None:
                continue  # keep draining so the producer never blocks on a dead writer
            try:
                for table, rows in chunk:
                    if self.copy is not None:
                        self.copy.write(table.__table__, rows)
                        continue
                    for start in range(0, len(rows), BATCH_ROWS):
                        self.session.execute(
                            insert(table.__table__), rows[start : start + BATCH_ROWS]
                        )
            except BaseException as exc:  # handed to the caller's thread by close()
                self.error = exc

    def put(self, chunk) -> None:
        if self.error is not None:
            self.close()
        self.chunks.put(chunk)

    def close(self) -> None:
        if self.thread.is_alive():
            self.chunks.put(None)
            self.thread.join()
        if self.error is not None:
            raise self.error


class _DefaultContext:
    """Enough of SQLAlchemy's execution context for a column default that reads its row."""

    __slots__ = ("row",)

    def __init__(self, row: dict):
        self.row = row

    def get_current_parameters(self, isolate_multiinsert_groups: bool = True) -> dict:
        return self.row


class _CopyIn:
    """PostgreSQL's COPY FROM STDIN for the generator's rows, written as `insert(table)` would.

    The columns are the rows' keys plus any column with a Python-side default (filled exactly
    as SQLAlchemy fills it, a default that reads the row included); JSON goes in as jsonb with
    `null()` as SQL NULL and None as JSON null, as the JSON type binds them. Row triggers fire
    for COPY as for INSERT, so the change log gets the same entries.
    """

    def __init__(self, connection):
        from psycopg import sql
        from psycopg.types.json import Jsonb

        self.sql, self.jsonb = sql, Jsonb
        self.raw = connection.connection.driver_connection
        self.dialect = connection.dialect
        self.plans: dict[str, tuple] = {}

    def plan(self, table, keys: tuple[str, ...]) -> tuple:
        found = self.plans.get(table.name)
        if found is not None and found[0] == keys:
            return found
        sql = self.sql
        defaults = [
            c
            for c in table.columns
            if c.name not in keys and c.default is not None and not c.default.is_sequence
        ]
        names = [*keys, *(c.name for c in defaults)]
        json = {
            c.name for c in table.columns if isinstance(c.type.dialect_impl(self.dialect), JSON)
        }
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(map(sql.Identifier, names))
        )
        found = self.plans[table.name] = (
            keys,
            statement,
            defaults,
            [k in json for k in keys],
            itemgetter(*keys),
        )
        return found

    def write(self, table, rows: list[dict]) -> None:
        keys = tuple(rows[0])
        _keys, statement, defaults, is_json, values_of = self.plan(table, keys)
        jsonb, any_json = self.jsonb, any(is_json)
        with self.raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                values = list(values_of(row)) if len(keys) > 1 else [row[keys[0]]]
                if any_json:
                    values = [
                        (None if isinstance(v, Null) else jsonb(v)) if j else v
                        for v, j in zip(values, is_json, strict=True)
                    ]
                if defaults:
                    values += [_default(c, row) for c in defaults]
                copy.write_row(values)


def _default(column, row: dict):
    default = column.default
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(_DefaultContext(row))
    raise ValueError(f"{column} has a SQL default COPY cannot fill")


_BUNDLES = (
    "warning",
    "written_only",
    "persistent",
    "limit",
    "read_and_file",
    "representative",
    "no_contact",
    "visits",
)


def _bundle_kinds(bundle: str, rng: random.Random) -> tuple[str, list[str]]:
    """A category and the restriction kinds decided together, as a team leader would."""
    if bundle == "warning":
        return rng.choice(("abusive", "aggressive")), ["behaviour_warning"]
    if bundle == "written_only":
        extra = ["no_visits"] if rng.random() < 0.5 else []
        return rng.choice(("threatening", "abusive")), ["channel_only", *extra]
    if bundle == "persistent":
        optional = [k for k in ("max_contacts", "set_times", "call_duration") if rng.random() < 0.6]
        return "unreasonably_persistent", ["single_point_of_contact", *optional]
    if bundle == "limit":
        return "unreasonably_persistent", ["max_contacts"]
    if bundle == "read_and_file":
        return "unreasonably_persistent", ["read_and_file"]
    if bundle == "representative":
        return rng.choice(("customer_request", "safeguarding")), ["representative_only"]
    if bundle == "no_contact":
        return "customer_request", ["no_contact"]
    return "aggressive", [rng.choice(("no_visits", "two_staff_present"))]


@contextmanager
def _statement_journals_in_memory(session):
    """Keep SQLite's statement journals in memory while loading.

    Every inserted row fires a change-log trigger, so SQLite writes a statement journal for
    each row; in a temporary file that was millions of small writes and most of the load's
    time. The pragma cannot change inside a transaction, so it is set on the DBAPI connection
    before the unit of work begins one, and put back once that transaction has ended.
    """
    connection = session.bind
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    before = int(raw.execute("PRAGMA temp_store").fetchone()[0])
    raw.execute("PRAGMA temp_store=MEMORY")
    try:
        yield
    finally:
        if raw.in_transaction:
            session.rollback()
        raw.execute(f"PRAGMA temp_store={before}")


def seed(
    db: Database, customers: int, *, rng_seed: int = 2026, now: datetime | None = None
) -> SeedSummary:
    """Add `customers` synthetic customers in one transaction; on a database without staff,
    first add four teams and 25 staff (existing staff are reused otherwise).

    References continue after the highest existing `C-` number, case references after the
    highest `CASE-` number. Dates are relative to `now` (default: the current instant). The
    random stream depends on `rng_seed` and the first new number, so the same seed on the same
    database state makes the same people, and seeding again adds new people, not twins.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    started = clock.perf_counter()
    summary = SeedSummary()
    with db.unit(write=True) as uow, _statement_journals_in_memory(uow.session):
        session = uow.session
        staffing = _ensure_staff(session, summary)
        if customers and not staffing.agents:
            raise ValueError("no active staff to own the seeded customers")
        first = _highest_number(session, Customer.ref, "C-") + 1
        case_number = _highest_number(session, Case.ref, "CASE-")
        rng = random.Random(f"agent-desktop-seed:{rng_seed}:{first}")
        generator = _Generator(db, staffing, rng, now, case_number, summary)
        writer = _Writer(session)
        try:
            for number in range(first, first + customers):
                generator.customer(number)
                if (number - first + 1) % _CHUNK == 0:
                    writer.put(generator.take())
            writer.put(generator.take())
        finally:
            writer.close()
        uow.commit()
    db.refresh_statistics()
    summary.seconds = clock.perf_counter() - started
    return summary


#: The demo's diary: appointments a working day, from half past nine, fifty minutes apart.
DEMO_VISITS_A_DAY = 8
_DEMO_VISIT_DAYS = 5


def demo_visits(db: Database, now: datetime | None = None) -> int:
    """Book the demo's office appointments, through the booking rules, for today and the next
    working days (the visits desk's day and its 14 days ahead): hosts from the casework teams,
    booked by reception, customers with and without warnings. Of today's, those whose time has
    passed have arrived, and the earliest has left, so the roll call has people in it. Returns
    how many were booked (a customer a rule refuses is passed over)."""
    from agent_desktop.services import visits

    now = (now or datetime.now(UTC)).astimezone(UTC)
    calendar = db.calendar
    with db.unit() as uow:
        session = uow.session
        staff = session.execute(
            select(Staff.username, Staff.roles)
            .where(Staff.active.is_(True))
            .order_by(Staff.username)
        ).all()
        customers = list(
            session.execute(select(Customer.ref).order_by(Customer.ref).limit(400)).scalars()
        )
        # Some whose warnings the desk must show: a behaviour warning, two staff present.
        warned = list(
            session.execute(
                select(Customer.ref)
                .join(RestrictionRow, RestrictionRow.customer_id == Customer.id)
                .where(
                    RestrictionRow.kind.in_(("behaviour_warning", "two_staff_present")),
                    RestrictionRow.lifted_at.is_(None),
                )
                .order_by(Customer.ref)
                .limit(6)
            ).scalars()
        )
    desk = next((u for u, roles in staff if "visits" in (roles or ())), None)
    hosts = [u for u, roles in staff if "agent" in (roles or ())][:6]
    if desk is None or len(hosts) < 2 or not customers:
        return 0
    rng = random.Random("agent-desktop-demo-visits")
    rng.shuffle(customers)
    customers = [c for c in customers if c not in warned] + warned[::-1]  # popped first
    day = calendar.local_date(now)
    if not calendar.is_working_day(day):
        day = calendar.nth_working_day_after(day, 1)
    booked = 0
    for n in range(_DEMO_VISIT_DAYS):
        opens = calendar.open_of(day)
        made_before = min(now, opens - timedelta(days=1))
        for slot in range(DEMO_VISITS_A_DAY):
            host = hosts[slot % len(hosts)]
            starts = opens + timedelta(minutes=30 + 50 * slot)
            if not customers:
                return booked
            for _attempt in range(5):  # a customer a rule refuses: the next one
                if not customers:
                    break
                ref = customers.pop()
                with_second = slot % 3 == 0 or ref in warned
                second = hosts[(slot + 1) % len(hosts)] if with_second else None
                result = visits.book(
                    db,
                    ref,
                    host,
                    starts,
                    45,
                    second,
                    "Interview room " + str(1 + slot % 3),
                    "Appointment to discuss their case",
                    by=desk,
                    now=made_before,
                )
                if result.booked:
                    booked += 1
                    if n == 0 and starts <= now:
                        visits.arrive(db, result.appointment.id, desk, starts)
                        if slot == 0 and starts + timedelta(minutes=40) <= now:
                            visits.leave(
                                db, result.appointment.id, desk, starts + timedelta(minutes=40)
                            )
                    break
        day = calendar.nth_working_day_after(day, 1)
    return booked
