"""``cercle decisions ...``: export the register, close the proposals whose deadline passed."""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    decisions = commands.add_parser("decisions", help=QT_TRANSLATE_NOOP("Cli", "consensus decisions"))
    actions = decisions.add_subparsers(dest="decisions_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export the register of decisions"))
    export.add_argument("--format", choices=("odt", "pdf", "csv"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--search", default="", help=QT_TRANSLATE_NOOP(
        "Cli", "only the decisions whose title or text contains this"))
    export.add_argument("--category", default=None)
    add_database_option(export)
    export.set_defaults(run=run_export)
    close_due = actions.add_parser("close-due", help=QT_TRANSLATE_NOOP(
        "Cli", "close the proposals whose deadline has passed"))
    add_database_option(close_due)
    close_due.set_defaults(run=run_close_due)


def run_export(args: argparse.Namespace) -> int:
    from app.exports.decisions import export_register
    from app.services.decisions import RegisterFilter

    wanted = RegisterFilter(text=args.search, category=args.category)
    return run_on_centre(args, lambda ctx: export_register(ctx, args.output, args.format, wanted))


def run_close_due(args: argparse.Namespace) -> int:
    from app.services.decisions import close_due

    return run_on_centre(args, lambda ctx: len(close_due(ctx)))
