"""Commands for a team leader's authorisation: an agent's `request`, a leader's `approve`.

Like cli.py, this module imports no SQLAlchemy: each command imports what it uses.
"""

from __future__ import annotations

from agent_desktop.domain.values import Channel


def _cli():
    from agent_desktop import cli

    return cli


def cmd_request(args) -> int:
    from agent_desktop.domain.parsing import parse_enum
    from agent_desktop.services.approvals import request_authorisation
    from agent_desktop.services.errors import NotPermitted

    cli = _cli()
    channel = parse_enum(Channel, args.channel, "--channel")
    db = cli._open(args)
    try:
        asked = cli.run_service(
            lambda: request_authorisation(db, args.customer, args.staff, channel, args.reason),
            {"staff": "--staff", "reason": "--reason", "channel": "--channel"},
        )
    except NotPermitted as exc:
        return cli.refused(exc)
    cli._print_json(asked.to_json())
    return cli.EXIT_OK


def cmd_approve(args) -> int:
    from agent_desktop.services.approvals import decide_request
    from agent_desktop.services.errors import NotPermitted

    cli = _cli()
    request = cli.parse_id(args.request, "--request", "a request")
    db = cli._open(args)
    try:
        decided = cli.run_service(
            lambda: decide_request(db, request, args.by, args.reason, approve=not args.refuse),
            {"by": "--by", "reason": "--reason", "request": "--request"},
        )
    except NotPermitted as exc:
        return cli.refused(exc)
    cli._print_json(decided.to_json())
    return cli.EXIT_OK


def register(command) -> None:
    """Add `request` and `approve`: `command(name, func, help)` adds a top-level command."""
    p = command(
        "request",
        cmd_request,
        "Ask the team's leaders to allow one contact that a restriction blocks; prints the "
        "request (its id is what `approve` takes).",
    )
    p.add_argument("--customer", required=True, metavar="REF")
    p.add_argument("--staff", required=True, metavar="USERNAME", help="the agent asking")
    p.add_argument("--channel", required=True, help=", ".join(c.value for c in Channel))
    p.add_argument("--reason", required=True, help="why the contact is needed")

    p = command(
        "approve",
        cmd_approve,
        "Approve (or with --refuse, refuse) an agent's request, as a team leader of their "
        "team or a manager; an approval allows that one contact for 30 minutes.",
    )
    p.add_argument("--request", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME", help="the team leader deciding")
    p.add_argument("--reason", required=True, help="the team leader's reason")
    p.add_argument("--refuse", action="store_true", help="refuse the request instead")
