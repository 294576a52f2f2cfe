"""Commands for work that makes itself: `work generate`, `work done`, `work cancel`."""

from __future__ import annotations

from agent_desktop.cli import EXIT_OK, EXIT_REFUSED, _at, _open, _print_json, parse_id
from agent_desktop.domain.values import InvalidInput


def cmd_generate(args) -> int:
    from agent_desktop.services.generate_work import generate_work

    at = _at(args)
    db = _open(args)
    _print_json({"created": generate_work(db, at)})
    return EXIT_OK


def _close(args, reason: str | None) -> int:
    from agent_desktop.cli import run_service
    from agent_desktop.services.work import ItemNotOpen, finish_work_item

    item_id = parse_id(args.item, "--item", "a work item")
    at = _at(args)
    if reason is not None and not reason.strip():
        raise InvalidInput("--reason", "is empty; say why the item will not be done")
    db = _open(args)
    options = {"staff": "--by", "item": "--item", "reason": "--reason"}

    def call():
        try:
            return finish_work_item(db, item_id, args.by, at, cancel_reason=reason)
        except ItemNotOpen as refused:  # a rule's refusal, not bad input
            return refused

    done = run_service(call, options)
    if isinstance(done, ItemNotOpen):
        _print_json({"item": str(item_id), "refused": done.message})
        return EXIT_REFUSED
    _print_json(
        {
            "item": str(done.item_id),
            "customer": done.customer_ref,
            "status": "cancelled" if reason is not None else "done",
            "changed": done.changed,
        }
    )
    return EXIT_OK


def cmd_done(args) -> int:
    return _close(args, None)


def cmd_cancel(args) -> int:
    return _close(args, args.reason)


def register(command, work_sub, common) -> None:
    """Add this module's commands: `command(name, func, help)` adds a top-level one, and
    `work_sub.add_parser(name, parents=[common], ...)` one under `work`."""
    at_help = "ISO 8601 with offset (default: now)"

    help = "Create every progress update, delay notice and restriction review owed and missing."
    p = work_sub.add_parser("generate", parents=[common], help=help, description=help)
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.set_defaults(func=cmd_generate)

    help = "Mark an open work item done."
    p = work_sub.add_parser("done", parents=[common], help=help, description=help)
    p.add_argument("--item", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.set_defaults(func=cmd_done)

    help = "Cancel an open work item, with the reason it will not be done."
    p = work_sub.add_parser("cancel", parents=[common], help=help, description=help)
    p.add_argument("--item", required=True, metavar="ID")
    p.add_argument("--by", required=True, metavar="USERNAME")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--at", metavar="INSTANT", help=at_help)
    p.set_defaults(func=cmd_cancel)
