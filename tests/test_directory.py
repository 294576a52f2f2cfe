"""Customer lookup on both databases."""

from __future__ import annotations

import json
from pathlib import Path

from agent_desktop.services.directory import find_customers
from agent_desktop.services.exchange import import_document

EXAMPLE = Path(__file__).parent / "data" / "example-import.json"


def refs(db, text):
    return [m.ref for m in find_customers(db, text)]


def test_lookup_by_reference_phone_email_and_name(db):
    import_document(db, json.loads(EXAMPLE.read_text()))
    assert refs(db, "C-17702") == ["C-17702"]
    for written in ("029 2034 5678", "02920345678", "+44 29 2034 5678", "(029) 2034-5678"):
        assert refs(db, written) == ["C-20418"], written
    assert refs(db, "07700900812") == ["C-20418"]
    assert refs(db, "ELERI.PRYS@example.net") == ["C-20418"]
    assert refs(db, "eler") == ["C-20418"]
    assert refs(db, "prys") == ["C-20418"]  # surname
    assert refs(db, "Mark R") == ["C-17702"]
    assert refs(db, "zzz") == []
    assert refs(db, "   ") == []
    assert refs(db, "0800 000") == []  # a possible-looking number nobody has


def test_name_search_ignores_accents(db):
    import_document(
        db,
        {
            "format": "agent-desktop/1",
            "teams": [],
            "staff": [],
            "customers": [
                {
                    "ref": "C-1",
                    "name": "Siân Llŷr",
                    "phones": [],
                    "emails": [],
                    "restrictions": [],
                    "contacts": [],
                }
            ],
        },
    )
    assert refs(db, "sian") == ["C-1"]
    assert refs(db, "llyr") == ["C-1"]
    assert refs(db, "SIÂN") == ["C-1"]
