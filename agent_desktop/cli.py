"""The command line: the same services the window uses, for scripts, telephony and administrators.

Exit codes: 0 done (or allowed), 1 refused by the contact rules, 2 bad input or usage (one
line naming what is wrong), 3 the database cannot be reached, or cannot be used (not a
database, damaged, or another application's). No traceback reaches the user, and no error
line quotes more than a short prefix of a bad value.

Start-up is paid for by the command that needs it: this module imports neither SQLAlchemy nor
the calendar's holidays nor the phone-number library, so `--help` and a usage error cost the
interpreter and argparse; each command imports what it uses (tests/test_cli.py holds this).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from agent_desktop.domain.values import (
    Channel,
    Direction,
    InvalidInput,
    Purpose,
    Recipient,
    check_text,
    quoted,
    text_problem,
)
from agent_desktop.paths import database_url, named_database_url
from agent_desktop.store.engine import (
    DatabaseUnreachable,
    DatabaseUnusable,
    is_damaged_sqlite,
    sqlite_file,
)

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT, EXIT_UNREACHABLE, EXIT_INTERNAL = 0, 1, 2, 3, 70

#: The longest error line printed; the messages themselves quote values briefly (`quoted`).
MAX_ERROR_LINE = 1000
#: Options whose text may run over several lines.
_MULTI_LINE_OPTIONS = {"summary", "override_reason"}
#: Arguments that are not text: a file's name may be any bytes the file system allows.
_NOT_TEXT_ARGUMENTS = {"file"}

log = logging.getLogger("agent_desktop.cli")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and lets main() choose the exit code."""

    def error(self, message: str):
        raise UsageError(message)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _database(args, *, create: bool = False) -> str:
    """The URL of the database the command works on.

    A SQLite file named by --database or $AGENT_DESKTOP_DATABASE_URL must already exist unless
    the command is one that makes databases (`create`: db upgrade, import, seed). Otherwise a
    mistyped path would leave an empty database, and its folder, behind, and the command would
    fail later on something that hides the real mistake. The embedded default is still made on
    first use.
    """
    from sqlalchemy.exc import ArgumentError

    from agent_desktop.services.database import check_database_url

    url = database_url(args.database)
    check_text(url, "--database")
    check_database_url(url)
    if create or named_database_url(args.database) is None:
        return url
    try:
        file = sqlite_file(url)
    except ArgumentError:
        return url  # opening it reports the malformed URL as bad input
    try:
        missing = file is not None and not file.exists()
    except OSError as exc:
        raise DatabaseUnreachable(f"{file.absolute()} cannot be read: {exc.strerror}") from None
    if missing:
        raise DatabaseUnreachable(
            f"no such file {file.absolute()}; 'agent-desktop db upgrade' creates a new database"
        )
    return url


def _open(args, *, create: bool = False):
    from agent_desktop.services.database import open_database

    return open_database(_database(args, create=create))


def _at(args):
    from agent_desktop.domain.parsing import parse_instant

    # Only a missing --at means now: an empty one is a mistake, not a request for now.
    return parse_instant(args.at, "--at") if args.at is not None else None


def parse_id(value: str, option: str, what: str = "a contact") -> uuid.UUID:
    """An id given on the command line; bad input naming `option` otherwise."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidInput(option, f"{quoted(value)} is not {what} id") from None


def run_service(call, options: dict[str, str]):
    """`call()`, with a bad input or a refusal that the service names by its field (`to`,
    `by`) named by the command's option instead (`--to`, `--by`), keeping its kind."""
    try:
        return call()
    except InvalidInput as exc:
        option = options.get(exc.field)
        if option is None:
            raise
        raise type(exc)(option, exc.message) from None


def refused(exc: InvalidInput) -> int:
    """One line for a refusal by the rules (NotPermitted), naming its option; exit 1."""
    _error(f"agent-desktop: refused: {exc.field}: {exc.message}")
    return EXIT_REFUSED


# --- commands --------------------------------------------------------------------------------


def cmd_check(args) -> int:
    from agent_desktop.domain.parsing import parse_enum, require_text
    from agent_desktop.services.outreach import Outreach, check_outreach

    outreach = Outreach(
        customer_ref=require_text(args.customer, "--customer"),
        staff=require_text(args.staff, "--staff"),
        channel=parse_enum(Channel, args.channel, "--channel"),
        at=_at(args),
        purpose=parse_enum(Purpose, args.purpose, "--purpose"),
        recipient=parse_enum(Recipient, args.recipient, "--recipient"),
    )
    db = _open(args)
    decision = check_outreach(db, outreach)
    _print_json(decision.to_json())
    return EXIT_OK if decision.allowed else EXIT_REFUSED


def cmd_contact(args) -> int:
    from agent_desktop.domain.parsing import parse_enum, require_text
    from agent_desktop.services.outreach import (
        InboundContact,
        Outreach,
        log_inbound,
        record_outreach,
    )

    channel = parse_enum(Channel, args.channel, "--channel")
    direction = parse_enum(Direction, args.direction, "--direction")
    customer = require_text(args.customer, "--customer")
    staff = require_text(args.staff, "--staff")
    if direction is Direction.INBOUND:
        if args.override_reason or args.approval:
            raise InvalidInput("--override-reason", "inbound contacts are never refused")
        db = _open(args)
        result = log_inbound(db, InboundContact(customer, channel, staff, _at(args), args.summary))
    else:
        outreach = Outreach(
            customer_ref=customer,
            staff=staff,
            channel=channel,
            at=_at(args),
            purpose=parse_enum(Purpose, args.purpose, "--purpose"),
            recipient=parse_enum(Recipient, args.recipient, "--recipient"),
            summary=args.summary,
            override_reason=args.override_reason,
            follows_up=parse_id(args.follows_up, "--follows-up") if args.follows_up else None,
            approval=parse_id(args.approval, "--approval", "an approval")
            if args.approval
            else None,
        )
        db = _open(args)
        result = run_service(lambda: record_outreach(db, outreach), {"approval": "--approval"})
    if not result.recorded:
        _print_json({**result.decision.to_json(), "recorded": False})
        return EXIT_REFUSED
    _print_json(
        {
            **result.contact.to_json(),
            "recorded": True,
            "work_items": [str(i) for i in result.work_items],
            "decision": result.decision.to_json(),
        }
    )
    return EXIT_OK


def cmd_due(args) -> int:
    from agent_desktop.domain.calendar import OfficeCalendar, ServiceLevel
    from agent_desktop.domain.parsing import parse_enum, parse_instant

    level = parse_enum(ServiceLevel, args.kind, "--kind")
    received = parse_instant(args.received, "--received")
    region = parse_enum_region(args.region) if args.region else None
    db = _open(args)
    office = db.calendar
    if region:
        office = OfficeCalendar(office.timezone, region, office.opens, office.closes)
    sys.stdout.write(office.due(level, received).isoformat() + "\n")
    return EXIT_OK


def parse_enum_region(value: str) -> str:
    from agent_desktop.domain.calendar import REGIONS

    if value.upper() not in REGIONS:
        raise InvalidInput(
            "--region", f"unknown region {quoted(value)}; expected one of {', '.join(REGIONS)}"
        )
    return value.upper()


def cmd_import(args) -> int:
    from agent_desktop.services.exchange import import_document, read_document

    path = Path(args.file)
    name = str(path) if text_problem(str(path)) is None else quoted(str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(name, "no such file") from None
    except UnicodeDecodeError as exc:
        raise InvalidInput(name, f"is not UTF-8 text: {exc.reason} at byte {exc.start:,}") from None
    except OSError as exc:
        raise InvalidInput(name, f"cannot be read: {exc.strerror or type(exc).__name__}") from None
    document = read_document(text, name)
    db = _open(args, create=True)
    summary = import_document(db, document)
    _print_json(summary.to_json())
    return EXIT_OK


def cmd_export(args) -> int:
    from agent_desktop.services.exchange import export_document

    db = _open(args)
    _print_json(export_document(db, args.customer))
    return EXIT_OK


def cmd_db_upgrade(args) -> int:
    from agent_desktop.store.migrate import current_revision

    db = _open(args, create=True)  # opening migrates
    _print_json({"database": db.kind, "revision": current_revision(db.engine)})
    return EXIT_OK


def _require_postgresql(args, why: str) -> None:
    from sqlalchemy.engine import make_url

    url = database_url(args.database)
    try:
        backend = make_url(url).get_backend_name()
    except Exception:
        backend = None
    if backend == "sqlite":
        raise InvalidInput("--database", why)


def cmd_db_prune_changes(args) -> int:
    from datetime import timedelta

    from agent_desktop.store.types import utcnow
    from agent_desktop.sync.feed import prune

    if args.keep_days < 1:
        raise InvalidInput("--keep-days", "must be at least 1")
    _require_postgresql(args, "the change feed is pruned on PostgreSQL; SQLite keeps no feed")
    db = _open(args)
    with db.engine.begin() as conn:
        deleted, through = prune(conn, utcnow() - timedelta(days=args.keep_days))
    _print_json({"deleted": deleted, "pruned_through": through.encode()})
    return EXIT_OK


def cmd_db_grant(args) -> int:
    from sqlalchemy import select

    from agent_desktop.domain.parsing import require_text
    from agent_desktop.store.roles import grant_login
    from agent_desktop.store.schema import Staff

    username = require_text(args.user, "--user")
    _require_postgresql(args, "database roles need PostgreSQL; SQLite has none")
    db = _open(args)  # only SQLite and PostgreSQL open
    with db.unit() as uow:
        staff = uow.session.execute(
            select(Staff).where(Staff.username == username)
        ).scalar_one_or_none()
    if staff is None:
        raise InvalidInput("--user", f"no member of staff has the username {username!r}")
    try:
        grant = grant_login(db.engine, staff.username, staff.roles, active=staff.active)
    except ValueError as exc:
        raise InvalidInput("--user", str(exc)) from None
    _print_json(grant.to_json())
    return EXIT_OK


def cmd_seed(args) -> int:
    from agent_desktop.services.seed import seed

    if args.customers < 0:
        raise InvalidInput("--customers", "must not be negative")
    db = _open(args, create=True)
    _print_json(seed(db, args.customers).to_json())
    return EXIT_OK


def cmd_pop(args) -> int:
    from agent_desktop.pop import run_pop

    # Checked whether or not a window is running, so the answer never depends on it; a
    # window started from here would otherwise make the file.
    _database(args)
    return run_pop(
        args.number,
        database=getattr(args, "database", None),
        user=getattr(args, "user", None),
        start_gui=lambda extra: cmd_gui(build_parser().parse_args(extra)),
    )


def cmd_gui(args) -> int:
    # Checked before Qt starts, so a mistyped database never opens a window. --demo always
    # opens (and may make) the embedded database, whatever else is named.
    if not args.demo:
        _database(args)
    from agent_desktop.app import run_gui

    return run_gui(args)


# --- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    database_help = "database URL (default: $AGENT_DESKTOP_DATABASE_URL, else the embedded file)"
    top = _Parser(add_help=False)
    top.add_argument("--database", metavar="URL", help=database_help)
    # Sub-commands accept --database too; SUPPRESS keeps their default from hiding the top one.
    common = _Parser(add_help=False)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=database_help)
    parser = _Parser(
        prog="agent-desktop",
        description="Contact-centre desktop: contact rules, service levels and records.",
        parents=[top],
    )
    parser.add_argument("--demo", action="store_true", help="open the window on demo data")
    parser.add_argument("--self-test", action="store_true", help="open the window, load, exit")
    parser.add_argument("--user", metavar="USERNAME", help="sign in as this member of staff")
    parser.add_argument("--pop", metavar="NUMBER", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, func: Callable, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(func=func)
        return p

    def outreach_options(p):
        p.add_argument("--customer", required=True, metavar="REF")
        p.add_argument("--staff", required=True, metavar="USERNAME")
        p.add_argument("--channel", required=True, help=", ".join(c.value for c in Channel))
        p.add_argument("--at", metavar="INSTANT", help="ISO 8601 with offset (default: now)")
        p.add_argument("--purpose", default="proactive", help="proactive or follow_up")
        p.add_argument("--recipient", default="customer", help="customer or representative")

    p = command("check", cmd_check, "Decide whether an outreach is allowed; prints the decision.")
    outreach_options(p)

    p = command("contact", cmd_contact, "Record a contact (outreach is checked first).")
    outreach_options(p)
    p.add_argument("--direction", required=True, help="inbound or outbound")
    p.add_argument("--summary")
    p.add_argument("--override-reason", dest="override_reason")
    p.add_argument(
        "--approval",
        metavar="ID",
        help="a team leader's approval of your request (see `request` and `approve`): the "
        "contact goes ahead past a restriction, once, on that channel, within 30 minutes",
    )
    p.add_argument(
        "--follows-up",
        dest="follows_up",
        metavar="CONTACT_ID",
        help="the inbound contact this answers (its work items are then done)",
    )

    p = command("due", cmd_due, "Print when a message must be answered by.")
    p.add_argument("--kind", required=True, help="email_ack, email_reply or callback")
    p.add_argument("--received", required=True, metavar="INSTANT")
    p.add_argument("--region", help="ENG, WLS, SCT or NIR (default: the office's)")

    p = command("import", cmd_import, "Import an agent-desktop/1 JSON document, all or nothing.")
    p.add_argument("file", metavar="FILE")

    p = command("export", cmd_export, "Print the database as an agent-desktop/1 JSON document.")
    p.add_argument("--customer", metavar="REF")

    p = command(
        "pop",
        cmd_pop,
        "Bring the running window forward with the caller's card (starting it when none runs).",
    )
    p.add_argument(
        "--number",
        required=True,
        metavar="NUMBER",
        help="the caller's number as telephony gives it; withheld is fine",
    )
    p.add_argument("--user", metavar="USERNAME", default=argparse.SUPPRESS)

    p = command("seed", cmd_seed, "Add realistic synthetic customers.")
    p.add_argument("--customers", type=int, required=True, metavar="N")

    db = sub.add_parser("db", help="Database administration.")
    db_sub = db.add_subparsers(dest="db_command", parser_class=_Parser, required=True)
    p = db_sub.add_parser("upgrade", parents=[common], help="Migrate to the newest schema.")
    p.set_defaults(func=cmd_db_upgrade)
    p = db_sub.add_parser(
        "grant",
        parents=[common],
        help="PostgreSQL: create or update a member of staff's login role and its groups.",
        description="Create or update the PostgreSQL login role named after a member of staff "
        "and make it a member of the groups of their staff roles (and no others). No password "
        "is set here; set one with ALTER ROLE ... PASSWORD in psql (\\password).",
    )
    p.add_argument("--user", required=True, metavar="USERNAME", help="the staff username")
    p.set_defaults(func=cmd_db_grant)
    p = db_sub.add_parser(
        "prune-changes",
        parents=[common],
        help="PostgreSQL: remove change-feed rows older than --keep-days.",
        description="Remove finished change-feed rows written more than --keep-days ago. A "
        "desktop whose replica is older than that takes a fresh copy at its next pull.",
    )
    p.add_argument(
        "--keep-days",
        type=int,
        default=30,
        metavar="N",
        help="days of changes to keep (default 30)",
    )
    p.set_defaults(func=cmd_db_prune_changes)

    # The team's work and restrictions: each group of commands lives in its own module and
    # adds itself here.
    from agent_desktop import cli_assign, cli_work

    work = sub.add_parser("work", help="The team's work items: generate, close, balance, list.")
    work_sub = work.add_subparsers(dest="work_command", parser_class=_Parser, required=True)
    cli_work.register(command, work_sub, common)
    cli_assign.register(command, work_sub, common)
    from agent_desktop import cli_restriction

    cli_restriction.register(command, sub, common)
    from agent_desktop import cli_approvals

    cli_approvals.register(command)
    from agent_desktop import cli_visits

    cli_visits.register(command, sub, common)
    return parser


def _check_arguments(args) -> None:
    """Every text argument is acceptable text (no NUL, control character or undecodable
    byte), named by its option, before anything looks it up."""
    if getattr(args, "database", None) is not None and not args.database.strip():
        # Only a missing --database means the default: an empty one is a mistake.
        raise InvalidInput("--database", "is empty; give a sqlite:/// or postgresql:// URL")
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in _NOT_TEXT_ARGUMENTS:
            check_text(value, "--" + name.replace("_", "-"), lines=name in _MULTI_LINE_OPTIONS)


def _where(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "the configured database"


def _error(text: str) -> None:
    """One line on stderr, at most MAX_ERROR_LINE characters, whatever `text` holds."""
    line = " ".join(str(text).split())
    if len(line) > MAX_ERROR_LINE:
        line = line[: MAX_ERROR_LINE - 3] + "..."
    line = line.encode("utf-8", "backslashreplace").decode("utf-8")
    print(line, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    from agent_desktop.logs import configure_logging

    args = None
    try:
        configure_logging()
        args = build_parser().parse_args(argv)
        _check_arguments(args)
        return args.func(args)
    except UsageError as exc:
        _error(f"agent-desktop: error: {exc}")
        return EXIT_BAD_INPUT
    except InvalidInput as exc:
        _error(f"agent-desktop: error: {exc}")
        return EXIT_BAD_INPUT
    except DatabaseUnreachable as exc:
        url = _where(database_url(getattr(args, "database", None)))
        verb = "use" if isinstance(exc, DatabaseUnusable) else "reach"
        _error(f"agent-desktop: cannot {verb} the database at {url}: {exc}")
        return EXIT_UNREACHABLE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        code = _database_error(exc, args)
        if code is not None:
            return code
        # The last line of defence: the log has the traceback.
        log.exception("internal error")
        _error(f"agent-desktop: internal error: {exc}")
        return EXIT_INTERNAL


def _database_error(exc: Exception, args) -> int | None:
    """The exit code for a database driver's error, after its one line; None for any other.

    SQLAlchemy is not imported to ask: an error can only be one of its if it is loaded.
    """
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is None or not isinstance(exc, sqlalchemy_exc.DBAPIError):
        return None
    if is_damaged_sqlite(exc):
        url = _where(database_url(getattr(args, "database", None)))
        _error(f"agent-desktop: cannot use the database at {url}: the file is damaged ({exc.orig})")
        return EXIT_UNREACHABLE
    if isinstance(exc, sqlalchemy_exc.OperationalError) or exc.connection_invalidated:
        log.warning("database connection lost: %s", type(exc.orig).__name__)
        print(
            "agent-desktop: lost the connection to the database; nothing was recorded "
            "in the unfinished transaction",
            file=sys.stderr,
        )
        return EXIT_UNREACHABLE
    log.exception("database error")
    _error(f"agent-desktop: database error: {(str(exc.orig).splitlines() or [''])[0]}")
    return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
