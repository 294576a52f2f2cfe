"""Commands for assigning work: `assign`, `away`, `cover`, `work balance`, `work list`.

Like cli.py, this module imports no SQLAlchemy: each command imports what it uses.
"""

from __future__ import annotations


def _cli():
    from agent_desktop import cli

    return cli


def _date(value: str, option: str):
    from agent_desktop.domain.parsing import parse_date

    return parse_date(value, option)


def _run(call, options: dict[str, str]):
    return _cli().run_service(call, options)


def cmd_assign(args) -> int:
    from agent_desktop.services.assignment import assign

    cli = _cli()
    item = cli.parse_id(args.item, "--item", "a work item")
    db = cli._open(args)
    at = cli._at(args)
    result = _run(
        lambda: assign(db, item, args.to, args.by, args.reason, at),
        {"item": "--item", "to": "--to", "by": "--by", "reason": "--reason", "at": "--at"},
    )
    cli._print_json(result.to_json())
    return cli.EXIT_OK if result.assigned else cli.EXIT_REFUSED


def cmd_away(args) -> int:
    from agent_desktop.services.assignment import mark_away
    from agent_desktop.services.errors import NotPermitted

    cli = _cli()
    from_on, to_on = _date(args.from_on, "--from"), _date(args.to_on, "--to")
    db = cli._open(args)
    try:
        result = _run(
            lambda: mark_away(db, args.staff, from_on, to_on, args.cover, args.by, cli._at(args)),
            {"staff": "--staff", "cover": "--cover", "by": "--by", "to": "--to", "from": "--from"},
        )
    except NotPermitted as exc:
        return cli.refused(exc)
    cli._print_json(result.to_json())
    return cli.EXIT_OK


def cmd_cover(args) -> int:
    from agent_desktop.services.assignment import cover

    cli = _cli()
    db = cli._open(args)
    result = _run(
        lambda: cover(db, args.from_staff, args.to, args.by, cli._at(args)),
        {"from_staff": "--from-staff", "to": "--to", "by": "--by"},
    )
    cli._print_json(result.to_json())
    return cli.EXIT_OK


def cmd_balance(args) -> int:
    from agent_desktop.services.assignment import balance

    cli = _cli()
    db = cli._open(args)
    at = cli._at(args)
    result = _run(
        lambda: balance(db, args.team, args.by, at, args.dry_run),
        {"team": "--team", "by": "--by"},
    )
    cli._print_json(result.to_json())
    return cli.EXIT_OK


def cmd_list(args) -> int:
    from agent_desktop.services.assignment import work_items_list

    cli = _cli()
    db = cli._open(args)
    at = cli._at(args)
    items = _run(
        lambda: work_items_list(
            db,
            team=args.team,
            assignee=args.assignee,
            unassigned=args.unassigned,
            at_risk_only=args.at_risk,
            at=at,
        ),
        {"team": "--team", "assignee": "--assignee", "unassigned": "--unassigned"},
    )
    cli._print_json({"items": items})
    return cli.EXIT_OK


def register(command, work_sub, common) -> None:
    """Add this module's commands: `command(name, func, help)` adds a top-level one, and
    `work_sub.add_parser(name, parents=[common], ...)` one under `work`."""
    at_help = "ISO 8601 with offset (default: now)"

    p = command("assign", cmd_assign, "Give an open work item to a member of staff.")
    p.add_argument("--item", required=True, metavar="ID")
    p.add_argument("--to", required=True, metavar="USERNAME")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--at", metavar="INSTANT", help=at_help)

    p = command("away", cmd_away, "Mark a member of staff away for office dates, both included.")
    p.add_argument("--staff", required=True, metavar="USERNAME")
    p.add_argument("--from", dest="from_on", required=True, metavar="DATE")
    p.add_argument("--to", dest="to_on", required=True, metavar="DATE")
    p.add_argument("--cover", metavar="USERNAME", help="the colleague who takes their work")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--at", metavar="INSTANT", help=at_help)

    p = command("cover", cmd_cover, "Move a member of staff's open work to a colleague.")
    p.add_argument("--from-staff", dest="from_staff", required=True, metavar="USERNAME")
    p.add_argument("--to", required=True, metavar="USERNAME")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--at", metavar="INSTANT", help=at_help)

    help = "Assign a team's open unassigned items to its agents."
    p = work_sub.add_parser("balance", parents=[common], help=help, description=help)
    p.set_defaults(func=cmd_balance)
    p.add_argument("--team", required=True, metavar="NAME")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.add_argument("--dry-run", dest="dry_run", action="store_true", help="write nothing")

    help = "List open work items, at-risk first, with the working time left."
    p = work_sub.add_parser("list", parents=[common], help=help, description=help)
    p.set_defaults(func=cmd_list)
    p.add_argument("--team", metavar="NAME")
    p.add_argument("--assignee", metavar="USERNAME")
    p.add_argument("--unassigned", action="store_true")
    p.add_argument("--at-risk", dest="at_risk", action="store_true")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
