"""Preferences and restrictions read from, and written to, the exchange format's JSON objects.

Field and code names are those of contact-rules.md. Every error names its JSON path.
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date

from agent_desktop.domain.kinds import KINDS, RestrictionKind, window_from_fields
from agent_desktop.domain.model import (
    ContactPreference,
    Representative,
    Restriction,
    RestrictionTerms,
)
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
from agent_desktop.domain.values import (
    Category,
    Channel,
    DailyWindow,
    InvalidInput,
    Language,
    key_name,
)

REVIEW_DEFAULT_MONTHS = 6
REVIEW_MAX_MONTHS = 12

_COMMON_RESTRICTION_FIELDS = {
    "kind",
    "category",
    "reason",
    "decided_by",
    "starts_on",
    "review_by",
    "ends_on",
    "customer_notified_on",
    "lifted_at",
    "lifted_by",
    "lift_reason",
    "id",
    "adjustment_considered",
}
_PREFERENCE_FIELDS = {
    "channels",
    "update_every_days",
    "contact_hours",
    "language",
    "accessibility",
    "representative",
    "agreed_on",
    "agreed_by",
}


def require_object(value, path: str) -> dict:
    if not isinstance(value, dict):
        raise InvalidInput(path, "must be a JSON object")
    return value


def reject_unknown(obj: dict, known: set[str], path: str) -> None:
    for key in obj:
        if key not in known:
            raise InvalidInput(f"{path}.{key_name(key)}", "is not a field of this object")


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not MINYEAR <= year <= MAXYEAR:
        raise OverflowError("date value out of range")
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def parse_window(obj, path: str) -> DailyWindow:
    obj = require_object(obj, path)
    reject_unknown(obj, {"days", "start", "end"}, path)
    return window_from_fields(obj, path)


def parse_representative(obj, path: str) -> Representative:
    obj = require_object(obj, path)
    reject_unknown(obj, {"name", "relationship", "phone", "email", "contact_only_via"}, path)
    only_via = obj.get("contact_only_via", False)
    if not isinstance(only_via, bool):
        raise InvalidInput(f"{path}.contact_only_via", "must be true or false")
    phone = obj.get("phone")
    email = obj.get("email")
    return Representative(
        name=require_text(obj.get("name"), f"{path}.name", max_length=200),
        relationship=optional_text(obj.get("relationship"), f"{path}.relationship", max_length=100),
        phone=normalise_phone(phone, f"{path}.phone") if phone else None,
        email=normalise_email(email, f"{path}.email") if email else None,
        contact_only_via=only_via,
    )


def representative_to_json(rep: Representative) -> dict:
    out: dict = {"name": rep.name}
    for key in ("relationship", "phone", "email"):
        if getattr(rep, key):
            out[key] = getattr(rep, key)
    out["contact_only_via"] = rep.contact_only_via
    return out


def parse_preferences(obj, path: str) -> ContactPreference:
    obj = require_object(obj, path)
    reject_unknown(obj, _PREFERENCE_FIELDS, path)
    if "channels" not in obj:
        raise InvalidInput(f"{path}.channels", "is required")
    accessibility = obj.get("accessibility", [])
    if not isinstance(accessibility, list):
        raise InvalidInput(f"{path}.accessibility", "must be a list")
    needs = tuple(
        require_text(n, f"{path}.accessibility[{i}]", max_length=500)
        for i, n in enumerate(accessibility)
    )
    every = obj.get("update_every_days")
    hours = obj.get("contact_hours")
    rep = obj.get("representative")
    agreed_by = obj.get("agreed_by")
    return ContactPreference(
        channels=tuple(parse_enum_list(Channel, obj["channels"], f"{path}.channels")),
        update_every_days=(
            parse_positive_int(every, f"{path}.update_every_days", maximum=366)
            if every is not None
            else None
        ),
        contact_hours=parse_window(hours, f"{path}.contact_hours") if hours is not None else None,
        language=parse_enum(Language, obj.get("language", "en"), f"{path}.language"),
        accessibility=needs,
        representative=parse_representative(rep, f"{path}.representative") if rep else None,
        agreed_on=parse_optional_date(obj.get("agreed_on"), f"{path}.agreed_on"),
        agreed_by=require_text(agreed_by, f"{path}.agreed_by") if agreed_by is not None else None,
    )


def preferences_to_json(p: ContactPreference) -> dict:
    out: dict = {"channels": [c.value for c in p.channels]}
    if p.update_every_days is not None:
        out["update_every_days"] = p.update_every_days
    if p.contact_hours is not None:
        out["contact_hours"] = p.contact_hours.to_json()
    out["language"] = p.language.value
    if p.accessibility:
        out["accessibility"] = list(p.accessibility)
    if p.representative is not None:
        out["representative"] = representative_to_json(p.representative)
    if p.agreed_on is not None:
        out["agreed_on"] = p.agreed_on.isoformat()
    if p.agreed_by is not None:
        out["agreed_by"] = p.agreed_by
    return out


def parse_terms(kind: RestrictionKind, obj: dict, path: str) -> RestrictionTerms:
    return KINDS[kind].parse_terms(obj, path)


def parse_restriction(obj, path: str) -> Restriction:
    """One restriction object; review_by defaults to six months after starts_on."""
    obj = require_object(obj, path)
    kind = parse_enum(RestrictionKind, obj.get("kind"), f"{path}.kind")
    reject_unknown(obj, _COMMON_RESTRICTION_FIELDS | KINDS[kind].fields, path)
    starts_on = parse_date(obj.get("starts_on"), f"{path}.starts_on")
    review_by = (
        parse_date(obj["review_by"], f"{path}.review_by")
        if obj.get("review_by") is not None
        else add_months(starts_on, REVIEW_DEFAULT_MONTHS)
    )
    if review_by < starts_on:
        raise InvalidInput(f"{path}.review_by", "must not be before starts_on")
    if review_by > add_months(starts_on, REVIEW_MAX_MONTHS):
        raise InvalidInput(
            f"{path}.review_by", "must be no more than twelve months after starts_on"
        )
    ends_on = parse_optional_date(obj.get("ends_on"), f"{path}.ends_on")
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(f"{path}.ends_on", "must not be before starts_on")
    lifted_at = obj.get("lifted_at")
    return Restriction(
        kind=kind,
        category=parse_enum(Category, obj.get("category"), f"{path}.category"),
        reason=require_text(obj.get("reason"), f"{path}.reason", lines=True),
        decided_by=require_text(obj.get("decided_by"), f"{path}.decided_by", max_length=100),
        starts_on=starts_on,
        review_by=review_by,
        ends_on=ends_on,
        customer_notified_on=parse_optional_date(
            obj.get("customer_notified_on"), f"{path}.customer_notified_on"
        ),
        lifted_at=parse_instant(lifted_at, f"{path}.lifted_at") if lifted_at else None,
        terms=parse_terms(kind, obj, path),
    )


def terms_to_json(kind: RestrictionKind, t: RestrictionTerms) -> dict:
    return KINDS[kind].terms_json(t)
