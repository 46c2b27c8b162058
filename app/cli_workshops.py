"""``cercle workshops export --from DATE --to DATE --format ics|pdf --output FILE``."""

import argparse
from datetime import date
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    workshops = commands.add_parser("workshops", help="workshops for the neighbourhood")
    actions = workshops.add_subparsers(dest="workshops_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help="the sessions of a period as iCalendar or a printable programme"
    )
    export.add_argument("--from", dest="first", type=date.fromisoformat, required=True, metavar="DATE")
    export.add_argument("--to", dest="last", type=date.fromisoformat, required=True, metavar="DATE")
    export.add_argument("--format", choices=("ics", "pdf"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from app.cli import database_option, fail
    from app.domain.errors import CercleError
    from app.exports.workshops import export_workshops
    from app.services.context import Context
    from app.storage.engine import open_database

    try:
        ctx = Context(open_database(database_option(args)))
        try:
            path = export_workshops(ctx, args.first, args.last, args.output, args.format)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(path)
    return 0
