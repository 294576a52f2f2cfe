"""Finding customers by reference, phone number in any written form, email or name prefix."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from agent_desktop.domain.parsing import name_key, normalise_phone, prefix_upper_bound
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.database import Database
from agent_desktop.store.schema import Customer, CustomerEmail, CustomerPhone

_PHONE_LIKE = re.compile(r"^[+(]?[\d\s().-]{6,}$")


@dataclass(frozen=True)
class CustomerMatch:
    id: uuid.UUID
    ref: str
    name: str


def _columns():
    return select(Customer.id, Customer.ref, Customer.name)


def by_ref(session, ref: str, limit: int):
    return session.execute(_columns().where(Customer.ref == ref.strip()).limit(limit)).all()


def by_phone(session, number: str, limit: int):
    e164 = normalise_phone(number, "phone")
    stmt = (
        _columns()
        .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
        .where(CustomerPhone.e164 == e164)
        .order_by(Customer.ref)
        .limit(limit)
    )
    return session.execute(stmt).all()


def by_email(session, address: str, limit: int):
    stmt = (
        _columns()
        .join(CustomerEmail, CustomerEmail.customer_id == Customer.id)
        .where(CustomerEmail.address_key == address.strip().casefold())
        .order_by(Customer.ref)
        .limit(limit)
    )
    return session.execute(stmt).all()


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
    return [(r.id, r.ref, r.name) for r in ordered]


def find_customers(db: Database, text: str, limit: int = 50) -> list[CustomerMatch]:
    """What an agent typed, read as a reference, an email, a phone number or a name."""
    text = (text or "").strip()
    if not text:
        return []
    with db.unit() as uow:
        s = uow.session
        if "@" in text:
            rows = by_email(s, text, limit)
        elif _PHONE_LIKE.match(text):
            try:
                rows = by_phone(s, text, limit)
            except InvalidInput:
                rows = []
        else:
            rows = by_ref(s, text, limit) or by_name_prefix(s, text, limit)
    return [CustomerMatch(*row) for row in rows]
