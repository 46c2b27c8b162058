"""``cercle roster ...``: export the weekly roster (PDF) or a member's shifts (iCalendar); create shifts ahead."""

import argparse
from datetime import date
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP

NEEDS_WEEK = QT_TRANSLATE_NOOP("Errors", "A PDF roster needs --week (like 2026-W48).")
NEEDS_MEMBER = QT_TRANSLATE_NOOP("Errors", "An iCalendar export needs --member.")
UNKNOWN_NAME = QT_TRANSLATE_NOOP("Errors", "No active member is called {name}.")


def register(commands: argparse._SubParsersAction) -> None:
    roster = commands.add_parser("roster", help="the reception rota")
    actions = roster.add_subparsers(dest="roster_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="the weekly roster as PDF, or a member's shifts as iCalendar")
    export.add_argument("--format", choices=("pdf", "ics"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--week", help="ISO week of the PDF roster, like 2026-W48")
    export.add_argument("--member", help="name of the member whose shifts go in the calendar")
    export.add_argument("--from", dest="first", type=date.fromisoformat, metavar="DATE")
    export.add_argument("--to", dest="last", type=date.fromisoformat, metavar="DATE")
    export.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    export.set_defaults(run=run_export)
    ahead = actions.add_parser("create-ahead", help="create the shifts of the coming weeks from the templates")
    ahead.add_argument("--weeks", type=int, default=None)
    ahead.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    ahead.set_defaults(run=run_create_ahead)


def _context(args: argparse.Namespace):
    from app.cli import database_option
    from app.services.context import Context
    from app.storage.engine import open_database

    return Context(open_database(database_option(args)))


def _member_id(ctx, name: str) -> int:
    from app.domain.errors import RuleViolation
    from app.services import members

    wanted = members.name_key(name.strip())
    for member in members.list_members(ctx):
        if members.name_key(member.name) == wanted:
            return member.id
    raise RuleViolation(UNKNOWN_NAME, name=name)


def run_export(args: argparse.Namespace) -> int:
    from app.cli import fail
    from app.domain.errors import CercleError, RuleViolation
    from app.exports import roster

    try:
        if args.format == "pdf" and not args.week:
            raise RuleViolation(NEEDS_WEEK)
        if args.format == "ics" and not args.member:
            raise RuleViolation(NEEDS_MEMBER)
        ctx = _context(args)
        try:
            if args.format == "pdf":
                path = roster.export_week_pdf(ctx, roster.parse_week(args.week), args.output)
            else:
                first, last = roster.default_period(ctx)
                path = roster.export_member_ics(ctx, _member_id(ctx, args.member), args.first or first,
                                                args.last or last, args.output)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(path)
    return 0


def run_create_ahead(args: argparse.Namespace) -> int:
    from app.cli import fail
    from app.domain.errors import CercleError
    from app.services import rota

    try:
        ctx = _context(args)
        try:
            created = rota.create_shifts_ahead(ctx, args.weeks)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(created)
    return 0
