"""``cercle minutes export MEETING_ID --format odt|pdf|md --output FILE``."""

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    minutes = commands.add_parser("minutes", help="minutes of the team meetings")
    actions = minutes.add_subparsers(dest="minutes_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="export the minutes of one meeting")
    export.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export.add_argument("--format", choices=("odt", "pdf", "md"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from app.cli import database_option, fail
    from app.domain.errors import CercleError
    from app.exports.minutes import export_minutes
    from app.services.context import Context
    from app.storage.engine import open_database

    try:
        ctx = Context(open_database(database_option(args)))
        try:
            path = export_minutes(ctx, args.meeting_id, args.output, args.format)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(path)
    return 0
