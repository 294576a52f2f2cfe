"""Creating a customer record, for example when an unknown number calls."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Integer, Numeric, cast, func, select, text
from sqlalchemy.exc import IntegrityError

from agent_desktop.domain.parsing import (
    name_key,
    normalise_email,
    normalise_phone,
    optional_text,
    require_text,
)
from agent_desktop.domain.values import InvalidInput
from agent_desktop.services.audit import audit
from agent_desktop.services.database import Database
from agent_desktop.store.schema import Customer, CustomerEmail, CustomerPhone

REF_PREFIX = "C-"
# Attempts before giving up when the reference drawn is already taken (written by hand).
ATTEMPTS = 5
# On PostgreSQL the next reference number comes from this sequence (migration 0008).
REF_SEQUENCE = "customer_ref_seq"


@dataclass(frozen=True)
class NewCustomer:
    """What `create_customer` is given, read and checked."""

    name: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    address: str | None


def read_new_customer(
    *, name, phones: Iterable[str] = (), emails: Iterable[str] = (), address=None
) -> NewCustomer:
    """Check the fields of a new customer without touching the database.

    Raises InvalidInput naming the first wrong field: 'name', 'phones[0]', 'emails[1]',
    'address'. A number or address given twice is kept once.
    """
    clean_name = require_text(name, "name", max_length=200)
    for field, values in (("phones", phones), ("emails", emails)):
        if isinstance(values, str):
            raise InvalidInput(field, "must be a list, not one piece of text")
    e164 = [normalise_phone(p, f"phones[{i}]") for i, p in enumerate(phones)]
    mail: dict[str, str] = {}
    for i, e in enumerate(emails):
        address = normalise_email(e, f"emails[{i}]")
        mail.setdefault(address.casefold(), address)
    return NewCustomer(
        name=clean_name,
        phones=tuple(dict.fromkeys(e164)),
        emails=tuple(mail.values()),
        address=optional_text(address, "address"),
    )


def create_customer(
    db: Database,
    *,
    name,
    phones: Iterable[str] = (),
    emails: Iterable[str] = (),
    address=None,
    created_by: str,
) -> str:
    """Add a customer in one write unit of work and return their new reference ('C-000124').

    The reference is the next `C-` number: from `customer_ref_seq` on PostgreSQL (no scan, no
    lock shared by every desktop; a trigger keeps it past references written otherwise, by an
    import say), after the highest existing one on the embedded SQLite database. Bad input
    raises InvalidInput naming the field, and nothing is written.
    """
    new = read_new_customer(name=name, phones=phones, emails=emails, address=address)
    actor = require_text(created_by, "created_by", max_length=100)
    for attempt in range(ATTEMPTS):
        try:
            return _insert(db, new, actor)
        except IntegrityError:
            # The reference was taken between our draw and our write (on PostgreSQL, by a row
            # written with its own reference meanwhile); the next attempt draws again.
            if attempt == ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _insert(db: Database, new: NewCustomer, actor: str) -> str:
    with db.unit(write=True) as uow:
        session = uow.session
        ref = f"{REF_PREFIX}{next_ref_number(session, db.engine.dialect.name):06d}"
        customer_id = uuid.uuid4()
        session.add(
            Customer(
                id=customer_id,
                ref=ref,
                name=new.name,
                name_key=name_key(new.name),
                surname_key=name_key(new.name.split()[-1]),
                address=new.address,
            )
        )
        session.flush()
        session.add_all(
            CustomerPhone(id=uuid.uuid4(), customer_id=customer_id, position=i, e164=e164)
            for i, e164 in enumerate(new.phones)
        )
        session.add_all(
            CustomerEmail(
                id=uuid.uuid4(),
                customer_id=customer_id,
                position=i,
                address=address,
                address_key=address.casefold(),
            )
            for i, address in enumerate(new.emails)
        )
        audit(
            session,
            actor,
            "customer_created",
            "recorded",
            customer_id,
            {"ref": ref, "phones": len(new.phones), "emails": len(new.emails)},
        )
        session.flush()
        uow.commit()
    return ref


def next_ref_number(session, dialect: str) -> int:
    """The number of the next new reference.

    PostgreSQL: `nextval` of the sequence, which no other desktop waits for (a number drawn by
    a creation that then fails is not reused). SQLite: one past the highest, which the
    IMMEDIATE write transaction serialises; the unique index on `ref` serves the lookup.
    """
    if dialect == "postgresql":
        return int(session.execute(text(f"SELECT nextval('{REF_SEQUENCE}')")).scalar_one())
    return highest_ref_number(session, dialect) + 1


def highest_ref_number(session, dialect: str) -> int:
    """The largest N among references 'C-N' (digits only), 0 when there are none.

    Worked out in the database so that 100,000 references never travel to Python.
    """
    digits = func.substr(Customer.ref, len(REF_PREFIX) + 1)
    if dialect == "postgresql":
        stmt = select(func.max(cast(digits, Numeric))).where(
            Customer.ref.regexp_match(f"^{REF_PREFIX}[0-9]+$")
        )
    else:
        stmt = select(func.max(cast(digits, Integer))).where(
            Customer.ref.op("GLOB")(f"{REF_PREFIX}[0-9]*"), digits.op("NOT GLOB")("*[^0-9]*")
        )
    found = session.execute(stmt).scalar_one()
    return int(found or 0)
