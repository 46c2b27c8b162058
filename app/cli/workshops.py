"""``cercle workshops export --from DATE --to DATE --format ics|pdf --output FILE``."""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, add_period_options, day, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    workshops = commands.add_parser("workshops", help=QT_TRANSLATE_NOOP(
        "Cli", "workshops for the neighbourhood"))
    actions = workshops.add_subparsers(dest="workshops_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help=QT_TRANSLATE_NOOP(
            "Cli", "the sessions of a period as iCalendar or a printable programme")
    )
    add_period_options(export, required=True)
    export.add_argument("--format", choices=("ics", "pdf"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    add_database_option(export)
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    from app.exports.workshops import export_workshops

    return run_on_centre(
        args, lambda ctx: export_workshops(ctx, day(args.first), day(args.last), args.output, args.format)
    )
