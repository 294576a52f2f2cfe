"""Commands for deciding, reviewing and lifting restrictions, and their notice letters.

    agent-desktop restriction decide --customer REF --by USERNAME FILE   (FILE or - for stdin)
    agent-desktop restriction review --id ID --by USERNAME --next-review DATE --reason TEXT
    agent-desktop restriction lift --id ID --by USERNAME --reason TEXT
    agent-desktop letter --restriction ID --out FILE.pdf [--language en|cy] [--large-print]
                         [--sent --by USERNAME]

FILE holds one restriction object in the exchange format, read with the same parser an
import uses (`domain.documents.parse_restriction`); its `decided_by` may be left out, and is
then `--by`. `letter` only writes the PDF unless `--sent` is given: then the letter counts as
sent, and in one transaction the restriction's notice work item is done, `customer_notified_on`
is the letter's date, and the history and audit log say who sent it. The PDF is written before
that transaction and moved into place only once it has committed, so a refused `--sent` leaves
no letter behind.

Like cli.py, nothing here imports SQLAlchemy or Qt until a command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from agent_desktop.domain.values import InvalidInput, quoted, text_problem

#: One restriction is a few hundred bytes; a file far larger is refused before it is parsed.
MAX_DOCUMENT_BYTES = 1_000_000

#: The services' field names as the options that carry them.
_OPTION_OF = {"by": "--by", "note": "--reason", "reason": "--reason", "review_by": "--next-review"}


def _as_options(exc: InvalidInput, restriction: str = "--id") -> InvalidInput:
    option = {**_OPTION_OF, "restriction": restriction}.get(exc.field)
    if option is None:
        return exc
    return type(exc)(option, exc.message)


def _read_restriction_file(name: str) -> dict:
    from agent_desktop.services.exchange import read_document

    if name == "-":
        source = "standard input"
        data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    else:
        source = name if text_problem(name) is None else quoted(name)
        try:
            with open(name, "rb") as f:
                data = f.read(MAX_DOCUMENT_BYTES + 1)
        except FileNotFoundError:
            raise InvalidInput(source, "no such file") from None
        except OSError as exc:
            raise InvalidInput(
                source, f"cannot be read: {exc.strerror or type(exc).__name__}"
            ) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InvalidInput(source, f"is larger than {MAX_DOCUMENT_BYTES:,} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            source, f"is not UTF-8 text: {exc.reason} at byte {exc.start:,}"
        ) from None
    return read_document(text, source)


def cmd_decide(args) -> int:
    from agent_desktop.cli import EXIT_OK, EXIT_REFUSED, _at, _open, _print_json
    from agent_desktop.domain.parsing import require_text
    from agent_desktop.services.restrictions import decide_restriction

    customer = require_text(args.customer, "--customer")
    by = require_text(args.by, "--by", max_length=100)
    document = _read_restriction_file(args.file)
    if isinstance(document, dict):
        given = document.get("decided_by")
        if given is None:
            document = {**document, "decided_by": by}
        elif given != by:
            raise InvalidInput(
                "restriction.decided_by", f"is {quoted(given)} but --by is {quoted(by)}"
            )
    at = _at(args)
    db = _open(args)
    decision = decide_restriction(
        db, customer, document, adjustment_considered=args.adjustment_considered, at=at
    )
    if not decision.made:
        _print_json({"made": False, "conflicts": [c.to_json() for c in decision.conflicts]})
        return EXIT_REFUSED
    _print_json(
        {
            "restriction_id": str(decision.restriction_id),
            "notice_item": str(decision.notice_item),
            "conflicts_considered": [c.to_json() for c in decision.conflicts],
        }
    )
    return EXIT_OK


def cmd_review(args) -> int:
    from agent_desktop.cli import EXIT_OK, _at, _open, _print_json, parse_id
    from agent_desktop.domain.parsing import parse_date, require_text
    from agent_desktop.services.restrictions import review_restriction

    restriction_id = parse_id(args.id, "--id", "a restriction")
    by = require_text(args.by, "--by", max_length=100)
    next_review = parse_date(args.next_review, "--next-review")
    reason = require_text(args.reason, "--reason", lines=True)
    at = _at(args)
    db = _open(args)
    try:
        review_restriction(db, restriction_id, by, next_review, reason, at=at)
    except InvalidInput as exc:
        raise _as_options(exc) from None
    _print_json({"restriction_id": str(restriction_id), "review_by": next_review.isoformat()})
    return EXIT_OK


def cmd_lift(args) -> int:
    from agent_desktop.cli import EXIT_OK, _at, _open, _print_json, parse_id
    from agent_desktop.domain.parsing import require_text
    from agent_desktop.services.restrictions import lift_restriction

    restriction_id = parse_id(args.id, "--id", "a restriction")
    by = require_text(args.by, "--by", max_length=100)
    reason = require_text(args.reason, "--reason", lines=True)
    at = _at(args)
    db = _open(args)
    try:
        lift_restriction(db, restriction_id, by, reason, at=at)
    except InvalidInput as exc:
        raise _as_options(exc) from None
    _print_json({"restriction_id": str(restriction_id), "lifted": True})
    return EXIT_OK


def cmd_letter(args) -> int:
    from agent_desktop.cli import EXIT_OK, _at, _open, _print_json, parse_id
    from agent_desktop.domain.parsing import parse_enum, require_text
    from agent_desktop.domain.values import Language

    restriction_id = parse_id(args.restriction, "--restriction", "a restriction")
    language = parse_enum(Language, args.language, "--language") if args.language else None
    by = None
    if args.sent:
        by = require_text(args.by, "--by", max_length=100)
    elif args.by is not None:
        raise InvalidInput("--by", "names who sent the letter, so it goes with --sent")
    out = Path(require_text(args.out, "--out", max_length=4096))
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("--out", "must name a .pdf file")
    if not out.parent.is_dir():
        raise InvalidInput("--out", f"no such folder {out.parent}")
    at = _at(args)
    db = _open(args)

    from agent_desktop.services.restrictions import record_notice_sent, restriction_notice

    try:
        notice = restriction_notice(
            db, restriction_id, at=at, language=language, large_print=args.large_print
        )
    except InvalidInput as exc:
        raise _as_options(exc, "--restriction") from None
    if args.sent and notice.notified_on is not None:
        raise InvalidInput(
            "--sent",
            f"the customer was already notified on {notice.notified_on.isoformat()}; "
            "leave out --sent for a copy",
        )
    # A letter is made without a display: Qt's offscreen platform unless one is chosen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agent_desktop.ui.letter_pdf import write_letter_pdf

    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        write_letter_pdf(notice, partial)
        if not partial.exists() or partial.stat().st_size == 0:
            raise InvalidInput("--out", f"the letter could not be written to {out.parent}")
        sent = None
        if args.sent:
            try:
                sent = record_notice_sent(db, restriction_id, by, at=at)
            except InvalidInput as exc:
                raise _as_options(exc, "--restriction") from None
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    _print_json(
        {
            "restriction_id": str(restriction_id),
            "file": str(out),
            "language": notice.language.value,
            "large_print": notice.large_print,
            "letter_date": notice.letter_date.isoformat(),
            "challenge_by": notice.challenge_by.isoformat(),
            "sent": sent is not None,
            **({"closed_work_items": sent.to_json()["closed_work_items"]} if sent else {}),
        }
    )
    return EXIT_OK


def register(command, sub, common) -> None:
    """Add this module's commands: `command(name, func, help)` adds a top-level one, and
    `sub.add_parser(name, parents=[common], ...)` a group such as `restriction`."""
    from agent_desktop.cli import _Parser

    at_help = "ISO 8601 with offset (default: now)"
    group = sub.add_parser("restriction", help="Decide, review and lift restrictions.")
    group_sub = group.add_subparsers(dest="restriction_command", parser_class=_Parser)
    group_sub.required = True

    p = group_sub.add_parser(
        "decide",
        parents=[common],
        help="Decide a restriction given as one exchange-format JSON object.",
        description="Decide a restriction given as one exchange-format JSON object (FILE, or - "
        "for standard input). Prints the restriction and its notice work item; exits 1 with "
        "the conflicts when it conflicts with a reasonable adjustment not yet considered.",
    )
    p.add_argument("--customer", required=True, metavar="REF")
    p.add_argument("--by", required=True, metavar="USERNAME", help="the deciding team leader")
    p.add_argument(
        "--adjustment-considered",
        dest="adjustment_considered",
        action="store_true",
        help="the decider considered the reasonable adjustments it conflicts with",
    )
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_decide)

    p = group_sub.add_parser(
        "review", parents=[common], help="Keep a restriction after review, with its next review."
    )
    p.add_argument("--id", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--next-review", dest="next_review", required=True, metavar="DATE")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.set_defaults(func=cmd_review)

    p = group_sub.add_parser("lift", parents=[common], help="Lift a restriction.")
    p.add_argument("--id", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.set_defaults(func=cmd_lift)

    p = command(
        "letter",
        cmd_letter,
        "Write the letter telling the customer about a restriction and how to challenge it.",
    )
    p.add_argument("--restriction", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", help="en or cy (default: the customer's language)")
    p.add_argument(
        "--large-print",
        dest="large_print",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="16-point text (default: when the customer needs large print)",
    )
    p.add_argument(
        "--sent",
        action="store_true",
        help="the letter is being sent: close the notice work item and record the date",
    )
    p.add_argument("--by", metavar="USERNAME", help="with --sent: the team leader sending it")
    p.add_argument("--at", metavar="INSTANT", help="the letter's date and time (default: now)")
