"""Finding customers by reference, phone number in any written form, email or name prefix."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select

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
    """Customers whose full name or surname starts with `prefix`, ignoring case and accents."""
    key = name_key(prefix)
    if not key:
        return []
    upper = prefix_upper_bound(key)
    stmt = (
        _columns()
        .where(or_(
            (Customer.name_key >= key) & (Customer.name_key < upper),
            (Customer.surname_key >= key) & (Customer.surname_key < upper),
        ))
        .order_by(Customer.name_key, Customer.ref)
        .limit(limit)
    )
    return session.execute(stmt).all()


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
