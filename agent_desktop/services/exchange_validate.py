"""Validating an exchange document ("format": "agent-desktop/1") without touching a database.

`validate_document` reads a whole document into plain values and collects every error it
finds, each naming its JSON path (`customers[2].restrictions[0].reason`). Each team, member
of staff and customer, and each phone, email, restriction, contact, case and work item of a
customer, is checked on its own, so one bad item never hides another; inside one object the
first error stops that object.

References to staff and teams must name one in the document or one in `KnownNames`, which
`import_document` fills from the database (an empty `KnownNames` means an empty database).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from agent_desktop.domain.calendar import OfficeCalendar, calendar_from_json
from agent_desktop.domain.documents import (
    parse_preferences,
    parse_restriction,
    reject_unknown,
    require_object,
)
from agent_desktop.domain.kinds import KINDS
from agent_desktop.domain.model import ContactPreference, Restriction
from agent_desktop.domain.parsing import (
    normalise_email,
    normalise_phone,
    optional_text,
    parse_date,
    parse_enum,
    parse_enum_list,
    parse_instant,
    parse_optional_date,
    parse_positive_int,
    require_text,
)
from agent_desktop.domain.stages import Stage
from agent_desktop.domain.values import (
    Channel,
    Direction,
    InvalidInput,
    Purpose,
    Recipient,
    Role,
    WorkItemKind,
    WorkItemStatus,
    can_lead,
    key_name,
    quoted,
    text_problem,
)

FORMAT = "agent-desktop/1"

TOP_LEVEL_FIELDS = {"format", "office", "teams", "staff", "customers", "turned_away"}
TEAM_FIELDS = {"name", "leader"}
STAFF_FIELDS = {
    "username",
    "name",
    "roles",
    "team",
    "welsh_speaker",
    "phone",
    "email",
    "capacity",
}
#: Open items a member of staff may hold before an assignment warns, unless the document says.
DEFAULT_CAPACITY = 40
#: The most a document may give: more than anyone could work, so a typo is caught.
MAX_CAPACITY = 1000
CUSTOMER_FIELDS = {
    "ref",
    "name",
    "phones",
    "emails",
    "address",
    "preferences",
    "restrictions",
    "contacts",
    "cases",
    "work_items",
    "appointments",
    "turned_away",
}
CONTACT_FIELDS = {
    "at",
    "channel",
    "direction",
    "staff",
    "purpose",
    "summary",
    "recipient",
    "override_reason",
    "authorised_by",
}
CASE_FIELDS = {"ref", "subject", "stage", "owner", "team", "opened_on", "target_on", "closed_on"}
WORK_ITEM_FIELDS = {"kind", "case", "due", "team", "assignee", "status", "note"}
APPOINTMENT_FIELDS = {
    "starts_at",
    "ends_at",
    "host",
    "second",
    "booked_by",
    "status",
    "location",
    "purpose",
    "visitor_name",
    "checked_in_at",
    "checked_out_at",
    "cancel_reason",
    "interpreter_booked",
}
#: A turned-away entry: under its customer, or in the document's own `turned_away` list when
#: the visitor had no customer record.
TURNED_AWAY_FIELDS = {"at", "name", "reason", "offered", "signposted_to", "note", "by"}
#: An appointment's statuses (visits.md): booked, then arrived, then left; or cancelled, no_show.
APPOINTMENT_STATUSES = ("booked", "arrived", "left", "cancelled", "no_show")
#: What a visitor turned away was offered.
OFFERS = ("appointment", "phone", "signposted", "nothing")

MAX_TEXT = 20_000
#: The longest name, username or reference.
_MAX_NAME = 200


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


class DocumentInvalid(InvalidInput):
    """A document that cannot be imported; `errors` lists every error found, in document order.

    Its message is one line: the first error, and how many more there are.
    """

    def __init__(self, errors: list[InvalidInput]):
        if not errors:
            raise ValueError("DocumentInvalid needs at least one error")
        self.errors = list(errors)
        first = self.errors[0]
        more = len(self.errors) - 1
        message = first.message
        if more:
            message += f" (and {more} more error{'s' if more > 1 else ''})"
        super().__init__(_one_line(first.field), _one_line(message))


@dataclass(frozen=True)
class KnownNames:
    """What the database already holds that a document may refer to, or must not repeat."""

    staff_roles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    teams: frozenset[str] = frozenset()
    customer_refs: frozenset[str] = frozenset()
    case_refs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ParsedTeam:
    name: str
    leader: str | None


@dataclass(frozen=True)
class ParsedStaff:
    username: str
    name: str
    roles: tuple[Role, ...]
    team: str | None
    welsh_speaker: bool
    phone: str | None
    email: str | None
    capacity: int = DEFAULT_CAPACITY


@dataclass(frozen=True)
class ParsedRestriction:
    value: Restriction
    lifted_by: str | None = None
    lift_reason: str | None = None
    adjustment_considered: bool = False


@dataclass(frozen=True)
class ParsedContact:
    at: datetime
    channel: Channel
    direction: Direction
    staff: str | None
    purpose: Purpose
    summary: str | None
    recipient: Recipient = Recipient.CUSTOMER
    override_reason: str | None = None
    authorised_by: str | None = None


@dataclass(frozen=True)
class ParsedCase:
    ref: str
    subject: str
    stage: Stage
    owner: str | None
    team: str | None
    opened_on: date
    target_on: date | None
    closed_on: date | None


@dataclass(frozen=True)
class ParsedWorkItem:
    kind: WorkItemKind
    case: str | None
    due: datetime
    team: str | None
    assignee: str | None
    status: WorkItemStatus
    note: str | None


@dataclass(frozen=True)
class ParsedAppointment:
    starts_at: datetime
    ends_at: datetime
    host: str | None
    second: str | None
    booked_by: str | None
    status: str
    location: str | None
    purpose: str | None
    visitor_name: str | None
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    cancel_reason: str | None
    #: The BSL interpreter the customer needs is booked (default false).
    interpreter_booked: bool = False


@dataclass(frozen=True)
class ParsedTurnedAway:
    at: datetime
    name: str
    reason: str | None
    offered: str | None
    signposted_to: str | None
    note: str | None
    by: str | None


@dataclass(frozen=True)
class ParsedCustomer:
    ref: str
    name: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    address: str | None
    preferences: ContactPreference | None
    restrictions: tuple[ParsedRestriction, ...]
    contacts: tuple[ParsedContact, ...]
    cases: tuple[ParsedCase, ...]
    work_items: tuple[ParsedWorkItem, ...]
    appointments: tuple[ParsedAppointment, ...] = ()
    turned_away: tuple[ParsedTurnedAway, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    office: OfficeCalendar | None
    teams: tuple[ParsedTeam, ...]
    staff: tuple[ParsedStaff, ...]
    customers: tuple[ParsedCustomer, ...]
    #: Visitors turned away who had no customer record.
    turned_away: tuple[ParsedTurnedAway, ...] = ()


_FAILED: Any = object()


def _optional_list(obj: dict, key: str, path: str) -> list:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInput(f"{path}.{key}" if path else key, "must be a list")
    return value


def _optional_bool(obj: dict, key: str, path: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise InvalidInput(f"{path}.{key}", "must be true or false")
    return value


def raw_strings(doc, section: str, key: str, inner: str | None = None) -> set[str]:
    """The stripped string values of `key` in a document's section, ignoring anything malformed.

    With `inner`, the values are read one level down, e.g. every case ref of every customer.
    Values that are too long or not acceptable text are left out too: they are looked up in
    the database before validation refuses them, and PostgreSQL cannot even compare a NUL.
    """
    found: set[str] = set()
    items = doc.get(section) if isinstance(doc, dict) else None
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        children = [item] if inner is None else item.get(inner)
        for child in children if isinstance(children, list) else ():
            value = child.get(key) if isinstance(child, dict) else None
            if (
                isinstance(value, str)
                and value.strip()
                and len(value) <= _MAX_NAME
                and text_problem(value) is None
            ):
                found.add(value.strip())
    return found


class _Validator:
    def __init__(self, known: KnownNames):
        self.known = known
        self.errors: list[InvalidInput] = []
        # None: a member of staff whose roles could not be read; their role is not checked.
        self.staff_roles: dict[str, frozenset[str] | None] = dict(known.staff_roles)
        self.teams: set[str] = set(known.teams)
        self.case_refs: dict[str, str] = {}

    def attempt(self, check: Callable, *args):
        try:
            return check(*args)
        except InvalidInput as error:
            self.errors.append(error)
            return _FAILED

    def each(self, items: list, path: str, check: Callable, *args) -> list:
        results = [self.attempt(check, item, f"{path}[{i}]", *args) for i, item in enumerate(items)]
        return [r for r in results if r is not _FAILED]

    # references -------------------------------------------------------------------------

    def staff_ref(self, value, path: str, *, lead: bool = False) -> str:
        username = require_text(value, path, max_length=100)
        if username not in self.staff_roles:
            raise InvalidInput(path, f"no member of staff has the username {quoted(username)}")
        roles = self.staff_roles[username]
        if lead and roles is not None and not can_lead(roles):
            raise InvalidInput(path, f"{username} is not a team leader or manager")
        return username

    def optional_staff_ref(self, value, path: str) -> str | None:
        return None if value is None else self.staff_ref(value, path)

    def team_ref(self, value, path: str) -> str | None:
        if value is None:
            return None
        name = require_text(value, path, max_length=100)
        if name not in self.teams:
            raise InvalidInput(path, f"no team is called {quoted(name)}")
        return name

    # the document -----------------------------------------------------------------------

    def document(self, doc) -> ParsedDocument:
        if not isinstance(doc, dict):
            raise InvalidInput("document", "must be a JSON object")
        if doc.get("format") != FORMAT:
            self.errors.append(
                InvalidInput(
                    "format", f"{quoted(doc.get('format'))} is not supported; expected {FORMAT!r}"
                )
            )
        for key in doc:
            if key not in TOP_LEVEL_FIELDS:
                self.errors.append(InvalidInput(key_name(key), "is not a field of this document"))
        office = None
        if doc.get("office") is not None:
            office = self.attempt(calendar_from_json, doc["office"])
        sections = {
            k: self.attempt(_optional_list, doc, k, "")
            for k in ("teams", "staff", "customers", "turned_away")
        }
        sections = {k: v if v is not _FAILED else [] for k, v in sections.items()}
        self.register(sections["teams"], sections["staff"])
        teams = self.each(sections["teams"], "teams", self.team, {})
        staff = self.each(sections["staff"], "staff", self.staff, {})
        customers = self.each(sections["customers"], "customers", self.customer, {})
        turned_away = self.each(sections["turned_away"], "turned_away", self.turned_away)
        return ParsedDocument(
            office=office if office is not _FAILED else None,
            teams=tuple(teams),
            staff=tuple(staff),
            customers=tuple(customers),
            turned_away=tuple(turned_away),
        )

    def register(self, teams: list, staff: list) -> None:
        """Make the document's own teams and staff known before anything refers to them."""
        self.teams |= raw_strings({"t": teams}, "t", "name")
        registered: set[str] = set()
        for item in staff:
            name = item.get("username") if isinstance(item, dict) else None
            if isinstance(name, str) and name.strip() not in registered:
                registered.add(name.strip())
                try:
                    roles = frozenset(parse_enum_list(Role, item.get("roles"), "roles"))
                except InvalidInput:
                    roles = None
                self.staff_roles[name.strip()] = roles

    def team(self, obj, path: str, seen: dict) -> ParsedTeam:
        obj = require_object(obj, path)
        reject_unknown(obj, TEAM_FIELDS, path)
        name = require_text(obj.get("name"), f"{path}.name", max_length=100)
        if name in seen:
            raise InvalidInput(f"{path}.name", f"team {name} appears twice (also {seen[name]})")
        seen[name] = path
        return ParsedTeam(name, self.optional_staff_ref(obj.get("leader"), f"{path}.leader"))

    def staff(self, obj, path: str, seen: dict) -> ParsedStaff:
        obj = require_object(obj, path)
        reject_unknown(obj, STAFF_FIELDS, path)
        username = require_text(obj.get("username"), f"{path}.username", max_length=100)
        if username in seen:
            raise InvalidInput(
                f"{path}.username", f"username {username} appears twice (also {seen[username]})"
            )
        seen[username] = path
        phone, email = obj.get("phone"), obj.get("email")
        return ParsedStaff(
            username=username,
            name=require_text(obj.get("name"), f"{path}.name", max_length=200),
            roles=tuple(parse_enum_list(Role, obj.get("roles"), f"{path}.roles")),
            team=self.team_ref(obj.get("team"), f"{path}.team"),
            welsh_speaker=_optional_bool(obj, "welsh_speaker", path),
            phone=normalise_phone(phone, f"{path}.phone") if phone is not None else None,
            email=normalise_email(email, f"{path}.email") if email is not None else None,
            capacity=parse_positive_int(
                obj.get("capacity", DEFAULT_CAPACITY), f"{path}.capacity", maximum=MAX_CAPACITY
            ),
        )

    def customer(self, obj, path: str, seen: dict) -> ParsedCustomer:
        obj = require_object(obj, path)
        reject_unknown(obj, CUSTOMER_FIELDS, path)
        ref = require_text(obj.get("ref"), f"{path}.ref", max_length=40)
        if ref in seen:
            raise InvalidInput(f"{path}.ref", f"customer {ref} appears twice (also {seen[ref]})")
        seen[ref] = path
        name = require_text(obj.get("name"), f"{path}.name", max_length=200)
        address = optional_text(
            obj.get("address"), f"{path}.address", max_length=MAX_TEXT, lines=True
        )
        lists = {
            key: _optional_list(obj, key, path)
            for key in (
                "phones",
                "emails",
                "restrictions",
                "contacts",
                "cases",
                "work_items",
                "appointments",
                "turned_away",
            )
        }
        if ref in self.known.customer_refs:
            self.errors.append(InvalidInput(f"{path}.ref", f"customer {ref} already exists"))
        phones = self.each(lists["phones"], f"{path}.phones", normalise_phone)
        emails = self.each(lists["emails"], f"{path}.emails", normalise_email)
        preferences = None
        if obj.get("preferences") is not None:
            preferences = self.attempt(self.preferences, obj["preferences"], f"{path}.preferences")
        restrictions = self.each(lists["restrictions"], f"{path}.restrictions", self.restriction)
        contacts = self.each(lists["contacts"], f"{path}.contacts", self.contact)
        own_cases = raw_strings({"c": lists["cases"]}, "c", "ref")
        cases = self.each(lists["cases"], f"{path}.cases", self.case)
        work_items = self.each(lists["work_items"], f"{path}.work_items", self.work_item, own_cases)
        appointments = self.each(lists["appointments"], f"{path}.appointments", self.appointment)
        turned_away = self.each(lists["turned_away"], f"{path}.turned_away", self.turned_away)
        return ParsedCustomer(
            ref=ref,
            name=name,
            phones=tuple(phones),
            emails=tuple(emails),
            address=address,
            preferences=preferences if preferences is not _FAILED else None,
            restrictions=tuple(restrictions),
            contacts=tuple(contacts),
            cases=tuple(cases),
            work_items=tuple(work_items),
            appointments=tuple(appointments),
            turned_away=tuple(turned_away),
        )

    def appointment(self, obj, path: str) -> ParsedAppointment:
        obj = require_object(obj, path)
        reject_unknown(obj, APPOINTMENT_FIELDS, path)
        starts_at = parse_instant(obj.get("starts_at"), f"{path}.starts_at")
        ends_at = parse_instant(obj.get("ends_at"), f"{path}.ends_at")
        if ends_at <= starts_at:
            raise InvalidInput(f"{path}.ends_at", "must be after starts_at")
        status = obj.get("status", "booked")
        if status not in APPOINTMENT_STATUSES:
            raise InvalidInput(
                f"{path}.status",
                f"unknown value {quoted(status)}; expected one of {', '.join(APPOINTMENT_STATUSES)}",
            )
        instants = {}
        for key in ("checked_in_at", "checked_out_at"):
            value = obj.get(key)
            instants[key] = parse_instant(value, f"{path}.{key}") if value is not None else None
        if status in ("arrived", "left") and instants["checked_in_at"] is None:
            raise InvalidInput(f"{path}.checked_in_at", f"is required for a {status} appointment")
        if status == "left" and instants["checked_out_at"] is None:
            raise InvalidInput(f"{path}.checked_out_at", "is required for a left appointment")
        if status not in ("arrived", "left") and instants["checked_in_at"] is not None:
            raise InvalidInput(f"{path}.checked_in_at", f"a {status} appointment has none")
        if status != "left" and instants["checked_out_at"] is not None:
            raise InvalidInput(f"{path}.checked_out_at", f"a {status} appointment has none")
        if instants["checked_out_at"] and instants["checked_out_at"] < instants["checked_in_at"]:
            raise InvalidInput(f"{path}.checked_out_at", "must not be before checked_in_at")
        cancel_reason = optional_text(
            obj.get("cancel_reason"), f"{path}.cancel_reason", max_length=MAX_TEXT, lines=True
        )
        if (status == "cancelled") != (cancel_reason is not None):
            raise InvalidInput(
                f"{path}.cancel_reason", "is required for a cancelled appointment, and only then"
            )
        return ParsedAppointment(
            starts_at=starts_at,
            ends_at=ends_at,
            host=self.optional_staff_ref(obj.get("host"), f"{path}.host"),
            second=self.optional_staff_ref(obj.get("second"), f"{path}.second"),
            booked_by=self.optional_staff_ref(obj.get("booked_by"), f"{path}.booked_by"),
            status=status,
            location=optional_text(obj.get("location"), f"{path}.location", max_length=200),
            purpose=optional_text(
                obj.get("purpose"), f"{path}.purpose", max_length=MAX_TEXT, lines=True
            ),
            visitor_name=optional_text(
                obj.get("visitor_name"), f"{path}.visitor_name", max_length=_MAX_NAME
            ),
            checked_in_at=instants["checked_in_at"],
            checked_out_at=instants["checked_out_at"],
            cancel_reason=cancel_reason,
            interpreter_booked=_optional_bool(obj, "interpreter_booked", path),
        )

    def turned_away(self, obj, path: str) -> ParsedTurnedAway:
        obj = require_object(obj, path)
        reject_unknown(obj, TURNED_AWAY_FIELDS, path)
        offered = obj.get("offered")
        if offered is not None and offered not in OFFERS:
            raise InvalidInput(
                f"{path}.offered",
                f"unknown value {quoted(offered)}; expected one of {', '.join(OFFERS)}",
            )
        signposted_to = optional_text(
            obj.get("signposted_to"), f"{path}.signposted_to", max_length=_MAX_NAME
        )
        if offered == "signposted" and signposted_to is None:
            raise InvalidInput(f"{path}.signposted_to", "is required when signposted")
        return ParsedTurnedAway(
            at=parse_instant(obj.get("at"), f"{path}.at"),
            name=require_text(obj.get("name"), f"{path}.name", max_length=_MAX_NAME),
            reason=optional_text(
                obj.get("reason"), f"{path}.reason", max_length=MAX_TEXT, lines=True
            ),
            offered=offered,
            signposted_to=signposted_to,
            note=optional_text(obj.get("note"), f"{path}.note", max_length=MAX_TEXT, lines=True),
            by=self.optional_staff_ref(obj.get("by"), f"{path}.by"),
        )

    def preferences(self, obj, path: str) -> ContactPreference:
        prefs = parse_preferences(obj, path)
        if prefs.agreed_by is not None:
            self.staff_ref(prefs.agreed_by, f"{path}.agreed_by")
        return prefs

    def restriction(self, obj, path: str) -> ParsedRestriction:
        value = parse_restriction(obj, path)
        self.staff_ref(value.decided_by, f"{path}.decided_by", lead=True)
        # The terms' own parsing requires what must be there; here each named person must exist.
        for name in KINDS[value.kind].staff_fields:
            self.optional_staff_ref(getattr(value.terms, name), f"{path}.{name}")
        lifted_by = self.optional_staff_ref(obj.get("lifted_by"), f"{path}.lifted_by")
        lift_reason = optional_text(
            obj.get("lift_reason"), f"{path}.lift_reason", max_length=MAX_TEXT, lines=True
        )
        if value.lifted_at is None and (lifted_by or lift_reason):
            raise InvalidInput(
                f"{path}.lifted_at", "is required when lifted_by or lift_reason is given"
            )
        return ParsedRestriction(
            value=value,
            lifted_by=lifted_by,
            lift_reason=lift_reason,
            adjustment_considered=_optional_bool(obj, "adjustment_considered", path),
        )

    def contact(self, obj, path: str) -> ParsedContact:
        obj = require_object(obj, path)
        reject_unknown(obj, CONTACT_FIELDS, path)
        at = parse_instant(obj.get("at"), f"{path}.at")
        channel = parse_enum(Channel, obj.get("channel"), f"{path}.channel")
        direction = parse_enum(Direction, obj.get("direction"), f"{path}.direction")
        if obj.get("staff") is None and direction is Direction.OUTBOUND:
            raise InvalidInput(f"{path}.staff", "is required for an outbound contact")
        return ParsedContact(
            at=at,
            channel=channel,
            direction=direction,
            staff=self.optional_staff_ref(obj.get("staff"), f"{path}.staff"),
            purpose=parse_enum(Purpose, obj.get("purpose", "proactive"), f"{path}.purpose"),
            summary=optional_text(
                obj.get("summary"), f"{path}.summary", max_length=MAX_TEXT, lines=True
            ),
            recipient=parse_enum(Recipient, obj.get("recipient", "customer"), f"{path}.recipient"),
            override_reason=optional_text(
                obj.get("override_reason"),
                f"{path}.override_reason",
                max_length=MAX_TEXT,
                lines=True,
            ),
            authorised_by=self.optional_staff_ref(
                obj.get("authorised_by"), f"{path}.authorised_by"
            ),
        )

    def case(self, obj, path: str) -> ParsedCase:
        obj = require_object(obj, path)
        reject_unknown(obj, CASE_FIELDS, path)
        ref = require_text(obj.get("ref"), f"{path}.ref", max_length=40)
        if ref in self.case_refs:
            raise InvalidInput(
                f"{path}.ref", f"case {ref} appears twice (also {self.case_refs[ref]})"
            )
        self.case_refs[ref] = path
        if ref in self.known.case_refs:
            raise InvalidInput(f"{path}.ref", f"case {ref} already exists")
        opened_on = parse_date(obj.get("opened_on"), f"{path}.opened_on")
        target_on = parse_optional_date(obj.get("target_on"), f"{path}.target_on")
        closed_on = parse_optional_date(obj.get("closed_on"), f"{path}.closed_on")
        for key, day in (("target_on", target_on), ("closed_on", closed_on)):
            if day is not None and day < opened_on:
                raise InvalidInput(f"{path}.{key}", "must not be before opened_on")
        return ParsedCase(
            ref=ref,
            subject=require_text(
                obj.get("subject"), f"{path}.subject", max_length=MAX_TEXT, lines=True
            ),
            stage=parse_enum(Stage, obj.get("stage"), f"{path}.stage"),
            owner=self.optional_staff_ref(obj.get("owner"), f"{path}.owner"),
            team=self.team_ref(obj.get("team"), f"{path}.team"),
            opened_on=opened_on,
            target_on=target_on,
            closed_on=closed_on,
        )

    def work_item(self, obj, path: str, own_cases: set[str]) -> ParsedWorkItem:
        obj = require_object(obj, path)
        reject_unknown(obj, WORK_ITEM_FIELDS, path)
        kind = parse_enum(WorkItemKind, obj.get("kind"), f"{path}.kind")
        case = obj.get("case")
        if case is not None:
            case = require_text(case, f"{path}.case", max_length=40)
            if case not in own_cases:
                raise InvalidInput(f"{path}.case", f"this customer has no case {quoted(case)}")
        return ParsedWorkItem(
            kind=kind,
            case=case,
            due=parse_instant(obj.get("due"), f"{path}.due"),
            team=self.team_ref(obj.get("team"), f"{path}.team"),
            assignee=self.optional_staff_ref(obj.get("assignee"), f"{path}.assignee"),
            status=parse_enum(
                WorkItemStatus, obj.get("status", WorkItemStatus.OPEN), f"{path}.status"
            ),
            note=optional_text(obj.get("note"), f"{path}.note", max_length=MAX_TEXT, lines=True),
        )


def validate_document(doc, known: KnownNames | None = None) -> ParsedDocument:
    """Read an exchange document into plain values, or raise DocumentInvalid with every error.

    Pure: `known` stands for what the database already holds (nothing, by default).
    """
    validator = _Validator(known or KnownNames())
    parsed = validator.attempt(validator.document, doc)
    if validator.errors:
        raise DocumentInvalid(validator.errors)
    return parsed
