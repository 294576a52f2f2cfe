"""Commands for the visits desk (visits.md): `visits ...` and `retention run`.

Each prints JSON. Exit 1 when a rule refuses (a booking's blocks, a step an appointment's
status does not allow, someone who may not use the desk), 2 for bad input naming the option.
Like cli.py, this module imports no SQLAlchemy: each command imports what it uses.
"""

from __future__ import annotations

_OPTIONS = {
    "by": "--by",
    "host": "--host",
    "second": "--second",
    "customer": "--customer",
    "starts_at": "--at",
    "at": "--at",
    "minutes": "--minutes",
    "location": "--location",
    "purpose": "--purpose",
    "reason": "--reason",
    "appointment": "--appointment",
    "name": "--name",
    "offered": "--offered",
    "signposted_to": "--signposted-to",
    "note": "--note",
    "date": "--date",
    "booked": "--booked",
    "interpreter_booked": "--interpreter-booked",
}


def _cli():
    from agent_desktop import cli

    return cli


def _run(cli, call):
    """The service's answer, or the exit code of a refusal (after its one line)."""
    from agent_desktop.services.errors import NotPermitted

    try:
        return cli.run_service(call, _OPTIONS), None
    except NotPermitted as exc:
        option = _OPTIONS.get(exc.field, exc.field)
        cli._error(f"agent-desktop: refused: {option}: {exc.message}")
        return None, cli.EXIT_REFUSED


def cmd_book(args) -> int:
    from agent_desktop.domain.parsing import parse_instant
    from agent_desktop.services.visits import book

    cli = _cli()
    starts_at = parse_instant(args.at, "--at")
    db = cli._open(args)
    booking, refused = _run(
        cli,
        lambda: book(
            db,
            args.customer,
            args.host,
            starts_at,
            args.minutes,
            args.second,
            args.location,
            args.purpose,
            by=args.by,
            visitor_name=args.visitor_name,
            interpreter_booked=args.interpreter_booked,
        ),
    )
    if refused is not None:
        return refused
    cli._print_json(booking.to_json())
    return cli.EXIT_OK if booking.booked else cli.EXIT_REFUSED


def _step(args, name: str) -> int:
    from agent_desktop.services import visits

    cli = _cli()
    appointment = cli.parse_id(args.appointment, "--appointment", "an appointment")
    at = cli._at(args) if name != "cancel" else None
    db = cli._open(args)
    if name == "cancel":
        call = lambda: visits.cancel(db, appointment, args.by, args.reason)  # noqa: E731
    else:
        step = {"arrive": visits.arrive, "leave": visits.leave, "no-show": visits.no_show}[name]
        call = lambda: step(db, appointment, args.by, at)  # noqa: E731
    view, refused = _run(cli, call)
    if refused is not None:
        return refused
    cli._print_json(view.to_json())
    return cli.EXIT_OK


def _yes_no(value: str) -> bool:
    from agent_desktop.domain.values import InvalidInput, quoted

    answer = {"yes": True, "no": False}.get(value.strip().lower())
    if answer is None:
        raise InvalidInput("--booked", f"{quoted(value)}: expected yes or no")
    return answer


def cmd_interpreter(args) -> int:
    from agent_desktop.services.visits import set_interpreter

    cli = _cli()
    appointment = cli.parse_id(args.appointment, "--appointment", "an appointment")
    booked = _yes_no(args.booked)
    db = cli._open(args)
    view, refused = _run(cli, lambda: set_interpreter(db, appointment, booked, args.by))
    if refused is not None:
        return refused
    cli._print_json(view.to_json())
    return cli.EXIT_OK


def cmd_turned_away(args) -> int:
    from agent_desktop.services.visits import turn_away

    cli = _cli()
    at = cli._at(args)
    db = cli._open(args)
    entry, refused = _run(
        cli,
        lambda: turn_away(
            db,
            args.name,
            args.reason,
            args.offered,
            by=args.by,
            customer_ref=args.customer,
            signposted_to=args.signposted_to,
            note=args.note,
            at=at,
        ),
    )
    if refused is not None:
        return refused
    cli._print_json(entry.to_json())
    return cli.EXIT_OK


def cmd_day(args) -> int:
    from agent_desktop.domain.parsing import parse_date
    from agent_desktop.services.visits import day

    cli = _cli()
    on = parse_date(args.date, "--date") if args.date is not None else None
    db = cli._open(args)
    views = day(db, on)
    cli._print_json({"appointments": [v.to_json() for v in views]})
    return cli.EXIT_OK


def _pdf_path(value: str):
    """The roll call's --pdf file: a .pdf in a folder that exists; bad input otherwise."""
    from pathlib import Path

    from agent_desktop.domain.parsing import require_text
    from agent_desktop.domain.values import InvalidInput

    out = Path(require_text(value, "--pdf", max_length=4096))
    if out.suffix.lower() != ".pdf":
        raise InvalidInput("--pdf", "must name a .pdf file")
    if not out.parent.is_dir():
        raise InvalidInput("--pdf", f"no such folder {out.parent}")
    return out


def _write_roll_call(db, views, at, out) -> None:
    """The roll call printed to `out`, written whole or not at all."""
    import os

    from agent_desktop.domain.values import InvalidInput
    from agent_desktop.services.desk_visits import RollCall
    from agent_desktop.store.types import utcnow

    # Printed without a display: Qt's offscreen platform unless one is chosen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from agent_desktop.ui.roll_call_pdf import write_roll_call_pdf

    partial = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        write_roll_call_pdf(RollCall(tuple(views), at or utcnow()), db.calendar.tz, partial)
        if not partial.exists() or partial.stat().st_size == 0:
            raise InvalidInput("--pdf", f"the roll call could not be written to {out.parent}")
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)


def cmd_in_building(args) -> int:
    from agent_desktop.services.visits import in_building

    cli = _cli()
    out = _pdf_path(args.pdf) if args.pdf is not None else None
    at = cli._at(args)
    db = cli._open(args)
    views = in_building(db, at)
    if out is not None:
        _write_roll_call(db, views, at, out)
    cli._print_json(
        {
            **({"pdf": str(out)} if out is not None else {}),
            "in_building": [
                {
                    "appointment": str(v.id),
                    "customer": v.customer,
                    "customer_name": v.customer_name,
                    "visitor_name": v.visitor_name,
                    "host": v.host,
                    "second": v.second,
                    "location": v.location,
                    "arrived_at": v.checked_in_at.isoformat(),
                }
                for v in views
            ],
        }
    )
    return cli.EXIT_OK


def cmd_retention_run(args) -> int:
    from agent_desktop.services.visits import retention_run

    cli = _cli()
    at = cli._at(args)
    db = cli._open(args)
    done = cli.run_service(lambda: retention_run(db, at), _OPTIONS)
    cli._print_json(done.to_json())
    return cli.EXIT_OK


def register(command, sub, common) -> None:
    """Add the `visits` and `retention` groups (`sub.add_parser(name, ...)`)."""
    from agent_desktop.cli import _Parser

    at_help = "ISO 8601 with offset (default: now)"
    group = sub.add_parser("visits", help="The visits desk: book, receive, turn away, roll call.")
    group_sub = group.add_subparsers(dest="visits_command", parser_class=_Parser)
    group_sub.required = True

    def visits(name: str, func, help: str):
        p = group_sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(func=func)
        return p

    p = visits(
        "book",
        cmd_book,
        "Book an office appointment; prints booked, the appointment, blocks and warnings "
        "(exit 1 when a block refuses it).",
    )
    p.add_argument("--customer", required=True, metavar="REF")
    p.add_argument("--host", required=True, metavar="USERNAME")
    p.add_argument("--at", required=True, metavar="INSTANT", help="ISO 8601 with offset")
    p.add_argument("--minutes", type=int, default=60, metavar="N", help="default 60")
    p.add_argument("--second", metavar="USERNAME", help="a second member of staff present")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--purpose", metavar="TEXT")
    p.add_argument(
        "--visitor-name", dest="visitor_name", metavar="TEXT", help="who comes, if not the customer"
    )
    p.add_argument(
        "--interpreter-booked",
        dest="interpreter_booked",
        action="store_true",
        help="the BSL interpreter the customer needs is already booked",
    )
    p.add_argument("--by", required=True, metavar="USERNAME", help="who books it")

    for name, help in (
        ("arrive", "Check the visitor in (records an inbound visit contact)."),
        ("leave", "Check the visitor out."),
        ("no-show", "Mark a booked appointment as not attended."),
    ):
        p = visits(name, lambda args, name=name: _step(args, name), help)
        p.add_argument("--appointment", required=True, metavar="ID")
        p.add_argument("--by", required=True, metavar="USERNAME")
        p.add_argument("--at", metavar="INSTANT", help=at_help)

    p = visits("cancel", lambda args: _step(args, "cancel"), "Cancel a booked appointment.")
    p.add_argument("--appointment", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--reason", required=True, metavar="TEXT")

    p = visits(
        "interpreter",
        cmd_interpreter,
        "Record whether the BSL interpreter for a booked appointment is booked.",
    )
    p.add_argument("--appointment", required=True, metavar="ID")
    p.add_argument("--booked", required=True, metavar="yes|no")
    p.add_argument("--by", required=True, metavar="USERNAME")

    p = visits(
        "turned-away",
        cmd_turned_away,
        "Record a visitor turned away for having no appointment.",
    )
    p.add_argument("--name", required=True, metavar="TEXT", help="the name they gave")
    p.add_argument("--customer", metavar="REF", help="the customer, when known")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--offered", required=True, help="appointment, phone, signposted or nothing")
    p.add_argument("--signposted-to", dest="signposted_to", metavar="TEXT")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--at", metavar="INSTANT", help=at_help)

    p = visits("day", cmd_day, "The day's appointments with their warnings.")
    p.add_argument("--date", metavar="DATE", help="YYYY-MM-DD (default: today)")

    p = visits("in-building", cmd_in_building, "Visitors who arrived and have not left.")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.add_argument("--pdf", metavar="FILE.pdf", help="also print the roll call to this PDF file")

    group = sub.add_parser("retention", help="Remove personal data past its retention period.")
    group_sub_r = group.add_subparsers(dest="retention_command", parser_class=_Parser)
    group_sub_r.required = True
    p = group_sub_r.add_parser(
        "run",
        parents=[common],
        help="Replace the names of turned-away visitors with no customer record past the "
        "office's visitor_retention_days; prints the count.",
    )
    p.set_defaults(func=cmd_retention_run)
    p.add_argument("--at", metavar="INSTANT", help=at_help)
