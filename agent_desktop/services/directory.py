"""Finding customers by reference, phone number in any written form, email or name prefix."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agent_desktop.domain.parsing import name_key, normalise_phone, prefix_upper_bound
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database
from agent_desktop.store.schema import (
    ContactPreferenceRow,
    Customer,
    CustomerEmail,
    CustomerPhone,
)

_PHONE_LIKE = re.compile(r"^[+(]?[\d\s().-]{6,}$")

# A UK postcode closing an address: the outward code (A9, A99, A9A, AA9, AA99, AA9A, with the
# letters each position may hold) and the inward code (a digit and two letters, never C, I, K,
# M, O or V), with or without the space between; or Girobank's GIR 0AA.
_POSTCODE = re.compile(
    r"(?:^|[\s,])"
    r"(?P<outward>GIR|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?))"
    r"\s*(?P<inward>\d[ABD-HJLNP-UW-Z]{2})"
    r"[\s.,]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CustomerMatch:
    id: uuid.UUID
    ref: str
    name: str
    #: The UK postcode that ends their address, written as the Royal Mail writes it.
    postcode: str | None = None
    #: The first line of their address (what tells two people apart when there is no postcode).
    address_line: str | None = None
    #: Set when the number or email is their representative's: the representative's name.
    representative: str | None = None

    @property
    def where(self) -> str | None:
        """What tells this customer apart from another of the same name: postcode, else the
        first line of the address."""
        return self.postcode or self.address_line


def postcode_of(address: str | None) -> str | None:
    """The UK postcode at the end of `address`, in capitals with one space ('SA1 1AA')."""
    if not address:
        return None
    found = _POSTCODE.search(address.strip())
    if found is None:
        return None
    outward, inward = found.group("outward").upper(), found.group("inward").upper()
    if outward == "GIR" and inward != "0AA":
        return None
    return f"{outward} {inward}"


def first_line_of(address: str | None) -> str | None:
    """The address up to its first line break or comma: '12 Mumbles Road'."""
    for line in (address or "").splitlines():
        first = line.split(",")[0].strip()
        if first:
            return first
    return None


def _match(row, representative: dict | None = None) -> CustomerMatch:
    return CustomerMatch(
        row.id,
        row.ref,
        row.name,
        postcode_of(row.address),
        first_line_of(row.address),
        representative.get("name") if representative else None,
    )


def _columns():
    return select(Customer.id, Customer.ref, Customer.name, Customer.address)


def by_ref(session, ref: str, limit: int):
    """The customer with this reference, typed in any case.

    References are codes: the desktop makes `C-000124`, and an import keeps a document's own
    (unique as written). The text as typed, in capitals and in small letters are each looked
    up through the unique index; a lower-case `c-000178` finds `C-000178`.
    """
    typed = ref.strip()
    forms = sorted({typed, typed.upper(), typed.lower()})
    stmt = _columns().where(Customer.ref.in_(forms)).order_by(Customer.ref).limit(limit)
    return [_match(row) for row in session.execute(stmt)]


def _representatives(session, column, value: str, limit: int) -> list[CustomerMatch]:
    """Customers whose representative's phone or email key is `value`, by reference."""
    stmt = (
        _columns()
        .add_columns(ContactPreferenceRow.representative)
        .join(ContactPreferenceRow, ContactPreferenceRow.customer_id == Customer.id)
        .where(column == value)
        .order_by(Customer.ref)
        .limit(limit)
    )
    return [
        _match(row, row.representative)
        for row in session.execute(stmt)
        if isinstance(row.representative, dict)
    ]


def by_phone(session, number: str, limit: int):
    """Customers with this number, then customers whose representative has it."""
    e164 = normalise_phone(number, "phone")
    stmt = (
        _columns()
        .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
        .where(CustomerPhone.e164 == e164)
        .order_by(Customer.ref)
        .limit(limit)
    )
    return _theirs_then_represented(
        session, stmt, ContactPreferenceRow.representative_phone, e164, limit
    )


def by_email(session, address: str, limit: int):
    """Customers with this email address, then customers whose representative has it."""
    key = address.strip().casefold()
    stmt = (
        _columns()
        .join(CustomerEmail, CustomerEmail.customer_id == Customer.id)
        .where(CustomerEmail.address_key == key)
        .order_by(Customer.ref)
        .limit(limit)
    )
    return _theirs_then_represented(
        session, stmt, ContactPreferenceRow.representative_email_key, key, limit
    )


def _theirs_then_represented(session, own, column, value: str, limit: int) -> list[CustomerMatch]:
    """The customers `own` finds, then those whose representative's `column` is `value`; each
    (customer, caller) once: a customer with the same number twice is one match, but a
    customer and their representative sharing a home number are two possible callers."""
    matches = [_match(row) for row in session.execute(own)]
    matches += _representatives(session, column, value, limit)
    seen = {(m.id, m.representative): m for m in matches}
    return list(seen.values())[:limit]


def by_name_prefix(session, prefix: str, limit: int):
    """Customers whose full name or surname starts with `prefix`, ignoring case and accents.

    Two range scans, each in its index's order and limited, merged here: one query with
    `OR` cannot walk either index in order and sorts every match instead.
    """
    key = name_key(prefix)
    if not key:
        return []
    upper = prefix_upper_bound(key)
    found = {}
    for column in (Customer.name_key, Customer.surname_key):
        stmt = (
            _columns()
            .add_columns(Customer.name_key)
            .where(column >= key, column < upper)
            .order_by(column)
            .limit(limit)
        )
        for row in session.execute(stmt):
            found.setdefault(row.id, row)
    ordered = sorted(found.values(), key=lambda r: (r.name_key, r.ref))[:limit]
    return [_match(row) for row in ordered]


def find_customers(db: Database, text: str, limit: int = 50) -> list[CustomerMatch]:
    """What an agent typed, read as a reference, an email, a phone number or a name.

    A phone number or email finds the customers who have it and the customers whose
    representative has it (`CustomerMatch.representative` names the representative).
    """
    text = (text or "").strip()
    if not text:
        return []
    with db.unit() as uow:
        s = uow.session
        if "@" in text:
            return by_email(s, text, limit)
        if _PHONE_LIKE.match(text):
            try:
                return by_phone(s, text, limit)
            except InvalidInput:
                return []
        return by_ref(s, text, limit) or by_name_prefix(s, text, limit)
