"""The hostile import corpus: small documents kept in tests/data/hostile/, and huge ones made
here at test time (kept out of the repository as megabytes).

Each entry is (name, file, field): `field` is what the error line must name, a JSON path or
the file itself.
"""

from __future__ import annotations

import json
from pathlib import Path

HOSTILE = Path(__file__).parent / "data" / "hostile"
#: What `field` says when the error must name the file rather than a place in it.
FILE = "<file>"


def base() -> dict:
    """A document that imports cleanly; each hostile one spoils one thing in it."""
    return json.loads((HOSTILE / "base.json").read_text(encoding="utf-8"))


def stored() -> list[tuple[str, Path, str]]:
    expected = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
    return [(name, HOSTILE / name, field) for name, field in sorted(expected.items())]


def _spliced(doc: dict, placeholder: str, raw: str) -> str:
    text = json.dumps(doc)
    assert text.count(json.dumps(placeholder)) == 1
    return text.replace(json.dumps(placeholder), raw)


def generated(folder: Path) -> list[tuple[str, Path, str]]:
    """The huge documents, written into `folder`."""
    entries: list[tuple[str, Path, str | bytes, str]] = []

    def add(name: str, content: str | bytes, field: str) -> None:
        entries.append((name, folder / f"{name}.json", content, field))

    def changed(edit) -> dict:
        doc = base()
        edit(doc)
        return doc

    def customer(**fields):
        return lambda doc: doc["customers"][0].update(fields)

    deep = "[" * 10_000 + "]" * 10_000
    add(
        "nesting-10000-in-address",
        _spliced(changed(customer(address="@deep@")), "@deep@", deep),
        "customers[0].address",
    )
    add("nesting-10000-document", deep, FILE)
    add(
        "nesting-500-in-timezone",
        _spliced(
            changed(lambda d: d.update(office={"timezone": "@deep@"})),
            "@deep@",
            "[" * 500 + "]" * 500,
        ),
        "office.timezone",
    )
    # The email pattern backtracks over every dot: 23 s of CPU before the length was checked.
    add(
        "email-100000-characters",
        json.dumps(changed(customer(emails=["a@" + "." * 99_997 + "@"]))),
        "customers[0].emails[0]",
    )
    add(
        "name-100000-characters",
        json.dumps(changed(customer(name="R" * 100_000))),
        "customers[0].name",
    )
    add(
        "phone-100000-characters",
        json.dumps(changed(customer(phones=["0" * 100_000]))),
        "customers[0].phones[0]",
    )
    add(
        "channel-100000-characters",
        json.dumps(
            changed(lambda d: d["customers"][0]["contacts"][0].update(channel="x" * 100_000))
        ),
        "customers[0].contacts[0].channel",
    )
    add(
        "key-100000-characters",
        json.dumps(changed(lambda d: d["customers"][0].update({"k" * 100_000: 1}))),
        "customers[0].",
    )
    add(
        "integer-5000-digits",
        _spliced(
            changed(lambda d: d["customers"][0]["restrictions"][0].update(limit="@n@")),
            "@n@",
            "9" * 5000,
        ),
        "customers[0].restrictions[0].limit",
    )
    add(
        "summary-longer-than-allowed-with-nul",
        json.dumps(
            changed(lambda d: d["customers"][0]["contacts"][0].update(summary="s" * 30_000 + "\0"))
        ),
        "customers[0].contacts[0].summary",
    )
    add("not-utf8", b'{"format": "agent-desktop/1", "teams": [{"name": "\xff"}]}', FILE)
    add(
        "utf8-encoded-surrogate",
        b'{"format": "agent-desktop/1", "teams": [{"name": "\xed\xa0\x80"}]}',
        FILE,
    )
    out = []
    for name, path, content, field in entries:
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        out.append((name, path, field))
    return out
