"""The exchange format: one JSON document ("format": "agent-desktop/1") of teams, staff and
customers, read by `agent-desktop import FILE` and written by `agent-desktop export`.

Import is all or nothing: the whole document is checked first, against the database too, and
an invalid one raises DocumentInvalid naming every error's JSON path, having written nothing.
Export is deterministic, so export, import into an empty database and export again gives the
same document.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, time

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from agent_desktop.domain.calendar import OfficeCalendar
from agent_desktop.domain.documents import (
    parse_representative,
    parse_terms,
    parse_window,
    preferences_to_json,
    representative_to_json,
    terms_to_json,
)
from agent_desktop.domain.kinds import RestrictionKind
from agent_desktop.domain.model import ContactPreference
from agent_desktop.domain.officetime import first_instant_at
from agent_desktop.domain.parsing import name_key
from agent_desktop.domain.values import (
    Channel,
    InvalidInput,
    Language,
    WorkItemStatus,
    key_name,
    quoted,
)
from agent_desktop.services.database import Database, save_office
from agent_desktop.services.exchange_validate import (
    FORMAT,
    DocumentInvalid,
    KnownNames,
    ParsedCustomer,
    ParsedDocument,
    raw_strings,
    validate_document,
)
from agent_desktop.store.schema import (
    Appointment,
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
    TurnedAway,
    WorkItem,
)
from agent_desktop.store.types import utcnow

__all__ = [
    "FORMAT",
    "DocumentInvalid",
    "ImportSummary",
    "KnownNames",
    "ParsedDocument",
    "export_document",
    "import_document",
    "read_document",
    "validate_document",
]

# Comfortably below SQLite's limit on bound parameters in one statement.
_IN_CHUNK = 500

# Imports of at least this many customers refresh the planner statistics afterwards.
BULK_ROWS = 1000


@dataclass(frozen=True)
class ImportSummary:
    teams: int = 0
    staff: int = 0
    customers: int = 0
    contacts: int = 0
    restrictions: int = 0
    cases: int = 0
    work_items: int = 0
    appointments: int = 0
    turned_away: int = 0

    def to_json(self) -> dict:
        return asdict(self)


# reading ------------------------------------------------------------------------------------

#: No document nests lists and objects more deeply than this (the format needs five levels).
MAX_DEPTH = 64
#: Integers longer than this are read as floats, which no field accepts: the error then names
#: the field, where Python's own limit (4,300 digits) would stop the whole document unexplained.
_MAX_INT_DIGITS = 30

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}:,]')


def read_document(text: str, source: str):
    """The JSON value in `text`, or InvalidInput naming `source` (the file) and where it fails.

    Nesting beyond what Python's parser can follow is reported with the JSON path of the value
    that nests too deeply, rather than as a recursion error.
    """
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            source, f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        path, line, column = _too_deep(text, MAX_DEPTH)
        raise InvalidInput(
            path or source,
            f"nests lists or objects more than {MAX_DEPTH} levels deep "
            f"(line {line:,} column {column:,} of {source})",
        ) from None


def _json_int(digits: str):
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else float(digits)


def _too_deep(text: str, limit: int) -> tuple[str, int, int]:
    """The JSON path of the value where nesting first goes deeper than `limit`, with its line
    and column; the path ends at the last object key, since the levels below have no names."""
    stack: list[list] = []  # [bracket, key or index, expecting a key]
    pending_key = None
    for token in _JSON_TOKEN.finditer(text):
        t = token.group()
        if t == "[" or t == "{":
            stack.append([t, 0 if t == "[" else None, t == "{"])
            if len(stack) > limit:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - text.rfind("\n", 0, token.start())
                return _named_path(stack[:-1]), line, column
        elif t == "]" or t == "}":
            if stack:
                stack.pop()
        elif t == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
            elif stack:
                stack[-1][2] = True
        elif t == ":":
            if stack and stack[-1][0] == "{":
                stack[-1][1] = pending_key
                stack[-1][2] = False
        elif stack and stack[-1][0] == "{" and stack[-1][2]:
            try:
                pending_key = json.loads(t)
            except ValueError:
                pending_key = t
    return "", 1, 1


def _named_path(stack: list[list]) -> str:
    """The JSON path through `stack` up to its last object key (with the list indexes before
    it): `customers[0].address`, not the unnamed levels that follow."""
    path, named = "", ""
    for bracket, at, _ in stack:
        if bracket == "[":
            path += f"[{at}]"
        elif at is None:
            break
        else:
            path += ("." if path else "") + key_name(at)
            named = path
    return named


# import -------------------------------------------------------------------------------------


def import_document(db: Database, doc: dict) -> ImportSummary:
    """Check `doc` against itself and the database, then write it all in one transaction.

    Teams and staff are matched by name and username (existing ones are updated to match the
    document); customers are new, and a ref the database already holds is an error.
    """
    now = utcnow()
    with db.unit(write=True) as uow:
        session = uow.session
        known = _known_names(session, doc)
        parsed = validate_document(doc, known)
        if parsed.office is not None:
            save_office(session, parsed.office)
        team_ids, staff_ids = _upsert_teams_and_staff(session, parsed)
        calendar = parsed.office or db.calendar
        counts = _insert_customers(session, parsed.customers, team_ids, staff_ids, calendar, now)
        turned_away = [_turned_away_row(t, None, staff_ids) for t in parsed.turned_away]
        _insert_many(session, TurnedAway, turned_away)
        counts["turned_away"] += len(turned_away)
        uow.commit()
    if parsed.office is not None:
        db.reload_calendar()
    if counts.get("customers", 0) >= BULK_ROWS or db.kind == "embedded":
        # The embedded file's bounded ANALYZE takes milliseconds at any size.
        db.refresh_statistics()
    return ImportSummary(teams=len(parsed.teams), staff=len(parsed.staff), **counts)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    values = sorted(values)
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


def _known_names(session: Session, doc) -> KnownNames:
    staff_roles = {
        username: frozenset(roles or ())
        for username, roles in session.execute(select(Staff.username, Staff.roles))
    }
    teams = frozenset(session.execute(select(Team.name)).scalars())
    customer_refs: set[str] = set()
    for chunk in _chunks(raw_strings(doc, "customers", "ref")):
        customer_refs.update(
            session.execute(select(Customer.ref).where(Customer.ref.in_(chunk))).scalars()
        )
    case_refs: set[str] = set()
    for chunk in _chunks(raw_strings(doc, "customers", "ref", inner="cases")):
        case_refs.update(session.execute(select(Case.ref).where(Case.ref.in_(chunk))).scalars())
    return KnownNames(
        staff_roles=staff_roles,
        teams=teams,
        customer_refs=frozenset(customer_refs),
        case_refs=frozenset(case_refs),
    )


def _upsert_teams_and_staff(
    session: Session, parsed: ParsedDocument
) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    """Teams first without leaders, then staff in their teams, then the leaders."""
    teams = {t.name: t for t in session.execute(select(Team)).scalars()}
    for team in parsed.teams:
        if team.name not in teams:
            teams[team.name] = Team(id=uuid.uuid4(), name=team.name, leader_id=None)
            session.add(teams[team.name])
    session.flush()
    team_ids = {name: row.id for name, row in teams.items()}

    staff = {s.username: s for s in session.execute(select(Staff)).scalars()}
    for member in parsed.staff:
        row = staff.get(member.username)
        if row is None:
            row = staff[member.username] = Staff(
                id=uuid.uuid4(), username=member.username, active=True
            )
            session.add(row)
        row.name = member.name
        row.roles = [r.value for r in member.roles]
        row.team_id = team_ids[member.team] if member.team else None
        row.welsh_speaker = member.welsh_speaker
        row.phone = member.phone
        row.email = member.email
        row.capacity = member.capacity
    session.flush()
    staff_ids = {username: row.id for username, row in staff.items()}

    for team in parsed.teams:
        teams[team.name].leader_id = staff_ids[team.leader] if team.leader else None
    session.flush()
    return team_ids, staff_ids


def _without_none(row: dict, *keys: str) -> dict:
    """Leave unset JSON columns out, so they hold SQL NULL rather than JSON null."""
    for key in keys:
        if row[key] is None:
            del row[key]
    return row


def _insert_many(session: Session, table, rows: list[dict]) -> None:
    """Core executemany, one statement per set of keys (rows may leave JSON columns out)."""
    by_keys: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for row in rows:
        by_keys[tuple(row)].append(row)
    for batch in by_keys.values():
        session.execute(insert(table.__table__), batch)


def _insert_customers(
    session: Session,
    customers: tuple[ParsedCustomer, ...],
    team_ids: dict[str, uuid.UUID],
    staff_ids: dict[str, uuid.UUID],
    calendar: OfficeCalendar,
    now: datetime,
) -> dict[str, int]:
    rows: dict[type, list[dict]] = defaultdict(list)

    def staff_id(username: str | None) -> uuid.UUID | None:
        return staff_ids[username] if username else None

    def team_id(name: str | None) -> uuid.UUID | None:
        return team_ids[name] if name else None

    for c in customers:
        cid = uuid.uuid4()
        rows[Customer].append(
            {
                "id": cid,
                "ref": c.ref,
                "name": c.name,
                "name_key": name_key(c.name),
                "surname_key": name_key(c.name.split()[-1]),
                "address": c.address,
                "created_at": now,
                "updated_at": now,
                "anonymised_at": None,
            }
        )
        rows[CustomerPhone].extend(
            {"id": uuid.uuid4(), "customer_id": cid, "position": i, "e164": e164}
            for i, e164 in enumerate(c.phones)
        )
        rows[CustomerEmail].extend(
            {
                "id": uuid.uuid4(),
                "customer_id": cid,
                "position": i,
                "address": address,
                "address_key": address.casefold(),
            }
            for i, address in enumerate(c.emails)
        )
        if (p := c.preferences) is not None:
            rows[ContactPreferenceRow].append(
                _without_none(
                    {
                        "id": uuid.uuid4(),
                        "customer_id": cid,
                        "channels": [ch.value for ch in p.channels],
                        "update_every_days": p.update_every_days,
                        "contact_hours": p.contact_hours.to_json() if p.contact_hours else None,
                        "language": p.language.value,
                        "accessibility": list(p.accessibility),
                        "representative": (
                            representative_to_json(p.representative) if p.representative else None
                        ),
                        "agreed_on": p.agreed_on,
                        "agreed_by_id": staff_id(p.agreed_by),
                    },
                    "contact_hours",
                    "representative",
                )
            )
        for r in c.restrictions:
            rid, v = uuid.uuid4(), r.value
            # An imported restriction was decided no later than it started, nor than now.
            decided_at = min(now, first_instant_at(calendar.tz, v.starts_on, time(0, 0)))
            rows[RestrictionRow].append(
                {
                    "id": rid,
                    "customer_id": cid,
                    "kind": v.kind.value,
                    "category": v.category.value,
                    "reason": v.reason,
                    "terms": terms_to_json(v.kind, v.terms),
                    "decided_by_id": staff_id(v.decided_by),
                    "decided_at": decided_at,
                    "starts_on": v.starts_on,
                    "review_by": v.review_by,
                    "ends_on": v.ends_on,
                    "customer_notified_on": v.customer_notified_on,
                    "adjustment_considered": r.adjustment_considered,
                    "lifted_at": v.lifted_at,
                    "lifted_by_id": staff_id(r.lifted_by),
                    "lift_reason": r.lift_reason,
                }
            )
            rows[RestrictionEvent].append(
                {
                    "id": uuid.uuid4(),
                    "restriction_id": rid,
                    "at": decided_at,
                    "staff_id": staff_id(v.decided_by),
                    "event": "decided",
                    "note": "imported",
                }
            )
            if v.lifted_at is not None:
                rows[RestrictionEvent].append(
                    {
                        "id": uuid.uuid4(),
                        "restriction_id": rid,
                        "at": v.lifted_at,
                        "staff_id": staff_id(r.lifted_by),
                        "event": "lifted",
                        "note": r.lift_reason,
                    }
                )
        rows[ContactEvent].extend(
            {
                "id": uuid.uuid4(),
                "customer_id": cid,
                "channel": e.channel.value,
                "direction": e.direction.value,
                "purpose": e.purpose.value,
                "recipient": e.recipient.value,
                "staff_id": staff_id(e.staff),
                "at": e.at,
                "summary": e.summary,
                "follows_up_id": None,
                "override_reason": e.override_reason,
                "authorised_by_id": staff_id(e.authorised_by),
                "recorded_at": now,
            }
            for e in c.contacts
        )
        case_ids = {}
        for k in c.cases:
            case_ids[k.ref] = uuid.uuid4()
            rows[Case].append(
                {
                    "id": case_ids[k.ref],
                    "ref": k.ref,
                    "customer_id": cid,
                    "subject": k.subject,
                    "stage": k.stage.value,
                    "owner_id": staff_id(k.owner),
                    "team_id": team_id(k.team),
                    "opened_on": k.opened_on,
                    "target_on": k.target_on,
                    "closed_on": k.closed_on,
                }
            )
        rows[WorkItem].extend(
            {
                "id": uuid.uuid4(),
                "kind": w.kind.value,
                "customer_id": cid,
                "case_id": case_ids[w.case] if w.case else None,
                "due_at": w.due,
                "team_id": team_id(w.team),
                "assignee_id": staff_id(w.assignee),
                "status": w.status.value,
                "note": w.note,
                "source_contact_id": None,
                "restriction_id": None,
                "created_at": now,
                "closed_at": None if w.status is WorkItemStatus.OPEN else now,
            }
            for w in c.work_items
        )
        rows[Appointment].extend(
            {
                "id": uuid.uuid4(),
                "customer_id": cid,
                "starts_at": a.starts_at,
                "ends_at": a.ends_at,
                "location": a.location,
                "purpose": a.purpose,
                "staff_id": staff_id(a.host),
                "second_staff_id": staff_id(a.second),
                "booked_by_id": staff_id(a.booked_by),
                "status": a.status,
                "checked_in_at": a.checked_in_at,
                "checked_out_at": a.checked_out_at,
                "visitor_name": a.visitor_name,
                "cancel_reason": a.cancel_reason,
                "booked_at": None,
                "interpreter_booked": a.interpreter_booked,
            }
            for a in c.appointments
        )
        rows[TurnedAway].extend(_turned_away_row(t, cid, staff_ids) for t in c.turned_away)
    # Parents before children, for the foreign keys.
    for table in (
        Customer,
        CustomerPhone,
        CustomerEmail,
        ContactPreferenceRow,
        RestrictionRow,
        RestrictionEvent,
        ContactEvent,
        Case,
        WorkItem,
        Appointment,
        TurnedAway,
    ):
        _insert_many(session, table, rows[table])
    return {
        "customers": len(rows[Customer]),
        "contacts": len(rows[ContactEvent]),
        "restrictions": len(rows[RestrictionRow]),
        "cases": len(rows[Case]),
        "work_items": len(rows[WorkItem]),
        "appointments": len(rows[Appointment]),
        "turned_away": len(rows[TurnedAway]),
    }


def _turned_away_row(t, customer_id: uuid.UUID | None, staff_ids: dict) -> dict:
    return {
        "id": uuid.uuid4(),
        "at": t.at,
        "visitor_name": t.name,
        "customer_id": customer_id,
        "staff_id": staff_ids[t.by] if t.by else None,
        "note": t.note,
        "reason": t.reason,
        "offered": t.offered,
        "signposted_to": t.signposted_to,
    }


# export -------------------------------------------------------------------------------------


def _instant(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _put(out: dict, key: str, value) -> None:
    if value is not None:
        out[key] = value.isoformat() if hasattr(value, "isoformat") else value


# The columns the export reads; ids, timestamps of record and links it does not write stay out.
_PREFERENCE = (
    "channels",
    "update_every_days",
    "contact_hours",
    "language",
    "accessibility",
    "representative",
    "agreed_on",
    "agreed_by_id",
)
_RESTRICTION = (
    "kind",
    "category",
    "reason",
    "terms",
    "decided_by_id",
    "starts_on",
    "review_by",
    "ends_on",
    "customer_notified_on",
    "adjustment_considered",
    "lifted_at",
    "lifted_by_id",
    "lift_reason",
)
_CONTACT = (
    "at",
    "channel",
    "direction",
    "staff_id",
    "purpose",
    "summary",
    "recipient",
    "override_reason",
    "authorised_by_id",
)
_CASE = (
    "id",
    "ref",
    "subject",
    "stage",
    "owner_id",
    "team_id",
    "opened_on",
    "target_on",
    "closed_on",
)
_WORK_ITEM = ("kind", "case_id", "due_at", "team_id", "assignee_id", "status", "note")
_APPOINTMENT = (
    "starts_at",
    "ends_at",
    "staff_id",
    "second_staff_id",
    "booked_by_id",
    "status",
    "location",
    "purpose",
    "visitor_name",
    "checked_in_at",
    "checked_out_at",
    "cancel_reason",
    "interpreter_booked",
)
_TURNED_AWAY = ("at", "visitor_name", "reason", "offered", "signposted_to", "note", "staff_id")


def _columns(table, names: tuple[str, ...]) -> list:
    return [table.__table__.c.customer_id, *(table.__table__.c[name] for name in names)]


def export_document(db: Database, customer_ref: str | None = None) -> dict:
    """The whole database, or one customer with every team and member of staff, as a document.

    Each table is read in one query and grouped here, so the cost grows with the rows, not
    with the number of customers.
    """
    with db.unit() as uow:
        session = uow.session
        team_rows = session.execute(select(Team.id, Team.name, Team.leader_id)).all()
        staff_rows = session.execute(
            select(
                Staff.id,
                Staff.username,
                Staff.name,
                Staff.roles,
                Staff.team_id,
                Staff.welsh_speaker,
                Staff.phone,
                Staff.email,
                Staff.capacity,
            )
        ).all()
        customer_query = select(Customer.id, Customer.ref, Customer.name, Customer.address)
        if customer_ref is not None:
            customer_query = customer_query.where(Customer.ref == customer_ref)
        customer_rows = session.execute(customer_query.order_by(Customer.ref)).all()
        if customer_ref is not None and not customer_rows:
            raise InvalidInput("customer", f"no customer has the ref {quoted(customer_ref)}")
        one = customer_rows[0].id if customer_ref is not None else None

        def rows_of(table, *columns):
            query = select(*columns)
            if one is not None:
                query = query.where(table.customer_id == one)
            return session.execute(query).all()

        phones = rows_of(
            CustomerPhone, CustomerPhone.customer_id, CustomerPhone.position, CustomerPhone.e164
        )
        emails = rows_of(
            CustomerEmail, CustomerEmail.customer_id, CustomerEmail.position, CustomerEmail.address
        )
        preferences = rows_of(ContactPreferenceRow, *_columns(ContactPreferenceRow, _PREFERENCE))
        restrictions = rows_of(RestrictionRow, *_columns(RestrictionRow, _RESTRICTION))
        contacts = rows_of(ContactEvent, *_columns(ContactEvent, _CONTACT))
        cases = rows_of(Case, *_columns(Case, _CASE))
        work_items = rows_of(WorkItem, *_columns(WorkItem, _WORK_ITEM))
        appointments = rows_of(Appointment, *_columns(Appointment, _APPOINTMENT))
        turned_away = rows_of(TurnedAway, *_columns(TurnedAway, _TURNED_AWAY))

    team_names = {t.id: t.name for t in team_rows}
    usernames = {s.id: s.username for s in staff_rows}
    case_refs = {k.id: k.ref for k in cases}

    def group(rows) -> dict[uuid.UUID, list]:
        grouped: dict[uuid.UUID, list] = defaultdict(list)
        for row in rows:
            grouped[row.customer_id].append(row)
        return grouped

    by_customer = {
        "phones": group(sorted(phones, key=lambda r: r.position)),
        "emails": group(sorted(emails, key=lambda r: r.position)),
        "preferences": group(preferences),
        "restrictions": group(restrictions),
        "contacts": group(contacts),
        "cases": group(cases),
        "work_items": group(work_items),
        "appointments": group(appointments),
        "turned_away": group(turned_away),
    }
    names = _Names(usernames, team_names, case_refs)
    out = {
        "format": FORMAT,
        "office": db.calendar.to_json(),
        "teams": [_team_json(t, usernames) for t in sorted(team_rows, key=lambda t: t.name)],
        "staff": [_staff_json(s, team_names) for s in sorted(staff_rows, key=lambda s: s.username)],
        "customers": [_customer_json(c, by_customer, names) for c in customer_rows],
    }
    # Visitors turned away with no customer record travel on their own, with the whole database.
    anonymous = [_turned_away_json(t, names) for t in by_customer["turned_away"].get(None, ())]
    if anonymous:
        out["turned_away"] = _sorted(anonymous, "at", "name")
    return out


@dataclass(frozen=True)
class _Names:
    staff: dict[uuid.UUID, str]
    teams: dict[uuid.UUID, str]
    cases: dict[uuid.UUID, str]


def _team_json(row, usernames: dict) -> dict:
    out = {"name": row.name}
    _put(out, "leader", usernames.get(row.leader_id))
    return out


def _staff_json(row, team_names: dict) -> dict:
    out = {"username": row.username, "name": row.name, "roles": list(row.roles or [])}
    _put(out, "team", team_names.get(row.team_id))
    out["welsh_speaker"] = bool(row.welsh_speaker)
    _put(out, "phone", row.phone)
    _put(out, "email", row.email)
    out["capacity"] = row.capacity
    return out


def _customer_json(row, by_customer: dict, names: _Names) -> dict:
    cid = row.id
    out: dict = {
        "ref": row.ref,
        "name": row.name,
        "phones": [p.e164 for p in by_customer["phones"].get(cid, ())],
        "emails": [e.address for e in by_customer["emails"].get(cid, ())],
    }
    _put(out, "address", row.address)
    for prefs in by_customer["preferences"].get(cid, ())[:1]:
        out["preferences"] = preferences_to_json(_preference_value(prefs, names))
    restrictions = [_restriction_json(r, names) for r in by_customer["restrictions"].get(cid, ())]
    out["restrictions"] = _sorted(restrictions, "starts_on", "kind", "reason")
    contacts = [_contact_json(e, names) for e in by_customer["contacts"].get(cid, ())]
    out["contacts"] = _sorted(contacts, "at", "channel", "direction")
    cases = [_case_json(k, names) for k in by_customer["cases"].get(cid, ())]
    if cases:
        out["cases"] = _sorted(cases, "ref")
    items = [_work_item_json(w, names) for w in by_customer["work_items"].get(cid, ())]
    if items:
        out["work_items"] = _sorted(items, "due", "kind")
    visits = [_appointment_json(a, names) for a in by_customer["appointments"].get(cid, ())]
    if visits:
        out["appointments"] = _sorted(visits, "starts_at", "status")
    away = [_turned_away_json(t, names) for t in by_customer["turned_away"].get(cid, ())]
    if away:
        out["turned_away"] = _sorted(away, "at", "name")
    return out


def _sorted(items: list[dict], *keys: str) -> list[dict]:
    """Sorted by `keys`, then by every field, so that equal keys still sort the same way."""
    if len(items) < 2:
        return items
    return sorted(items, key=lambda i: (*(i[k] for k in keys), repr(sorted(i.items()))))


def _preference_value(row, names: _Names) -> ContactPreference:
    return ContactPreference(
        channels=tuple(Channel(c) for c in row.channels),
        update_every_days=row.update_every_days,
        contact_hours=(
            parse_window(row.contact_hours, "contact_hours") if row.contact_hours else None
        ),
        language=Language(row.language),
        accessibility=tuple(row.accessibility or ()),
        representative=(
            parse_representative(row.representative, "representative")
            if row.representative
            else None
        ),
        agreed_on=row.agreed_on,
        agreed_by=names.staff.get(row.agreed_by_id),
    )


def _restriction_json(row, names: _Names) -> dict:
    kind = RestrictionKind(row.kind)
    out: dict = {"kind": kind.value}
    out.update(terms_to_json(kind, parse_terms(kind, row.terms or {}, "terms")))
    out["category"] = row.category
    out["reason"] = row.reason
    _put(out, "decided_by", names.staff.get(row.decided_by_id))
    out["starts_on"] = row.starts_on.isoformat()
    out["review_by"] = row.review_by.isoformat()
    _put(out, "ends_on", row.ends_on)
    _put(out, "customer_notified_on", row.customer_notified_on)
    if row.adjustment_considered:
        out["adjustment_considered"] = True
    if row.lifted_at is not None:
        out["lifted_at"] = _instant(row.lifted_at)
    _put(out, "lifted_by", names.staff.get(row.lifted_by_id))
    _put(out, "lift_reason", row.lift_reason)
    return out


def _contact_json(row, names: _Names) -> dict:
    out: dict = {"at": _instant(row.at), "channel": row.channel, "direction": row.direction}
    _put(out, "staff", names.staff.get(row.staff_id))
    out["purpose"] = row.purpose
    _put(out, "summary", row.summary)
    if row.recipient and row.recipient != "customer":
        out["recipient"] = row.recipient
    _put(out, "override_reason", row.override_reason)
    _put(out, "authorised_by", names.staff.get(row.authorised_by_id))
    return out


def _case_json(row, names: _Names) -> dict:
    out: dict = {"ref": row.ref, "subject": row.subject, "stage": row.stage}
    _put(out, "owner", names.staff.get(row.owner_id))
    _put(out, "team", names.teams.get(row.team_id))
    out["opened_on"] = row.opened_on.isoformat()
    _put(out, "target_on", row.target_on)
    _put(out, "closed_on", row.closed_on)
    return out


def _work_item_json(row, names: _Names) -> dict:
    out: dict = {"kind": row.kind}
    _put(out, "case", names.cases.get(row.case_id))
    out["due"] = _instant(row.due_at)
    _put(out, "team", names.teams.get(row.team_id))
    _put(out, "assignee", names.staff.get(row.assignee_id))
    out["status"] = row.status
    _put(out, "note", row.note)
    return out


def _appointment_json(row, names: _Names) -> dict:
    out: dict = {"starts_at": _instant(row.starts_at), "ends_at": _instant(row.ends_at)}
    _put(out, "host", names.staff.get(row.staff_id))
    _put(out, "second", names.staff.get(row.second_staff_id))
    _put(out, "booked_by", names.staff.get(row.booked_by_id))
    out["status"] = row.status
    _put(out, "location", row.location)
    _put(out, "purpose", row.purpose)
    _put(out, "visitor_name", row.visitor_name)
    if row.checked_in_at is not None:
        out["checked_in_at"] = _instant(row.checked_in_at)
    if row.checked_out_at is not None:
        out["checked_out_at"] = _instant(row.checked_out_at)
    _put(out, "cancel_reason", row.cancel_reason)
    out["interpreter_booked"] = bool(row.interpreter_booked)
    return out


def _turned_away_json(row, names: _Names) -> dict:
    out: dict = {"at": _instant(row.at), "name": row.visitor_name}
    _put(out, "reason", row.reason)
    _put(out, "offered", row.offered)
    _put(out, "signposted_to", row.signposted_to)
    _put(out, "note", row.note)
    _put(out, "by", names.staff.get(row.staff_id))
    return out
