"""``cercle import members|rooms|partners|people|reception|categories FILE``: a centre's team, rooms, partners,
people who are not staff (inhabitants, habitants-relais, partners' contacts), weekly reception slots or time
categories from a .csv or .ods file."""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser("import", help=QT_TRANSLATE_NOOP(
        "Cli", "the team, rooms, partners, people, reception slots or time categories from a spreadsheet "
        "(.csv, .ods)"))
    # Kind's values, written out: loading the rules of every import would slow every other command down.
    command.add_argument("kind", choices=("members", "rooms", "partners", "people", "reception", "categories"))
    command.add_argument("file", type=Path, metavar="FILE")
    add_database_option(command)
    command.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Every error of the file on its own line of stderr, then what was done or that nothing was."""
    import sys

    from app import i18n
    from app.domain.errors import CercleError
    from app.services import imports

    def action(ctx) -> str:
        try:
            result = imports.import_file(ctx, args.kind, args.file)
        except imports.ImportRefused as refused:
            for error in refused.errors:
                print(f"cercle: {i18n.message(error)}", file=sys.stderr)
            raise
        summary = CercleError(imports.SUMMARY, created=result.created, updated=result.updated,
                              unchanged=result.unchanged)
        return "\n".join(i18n.message(said) for said in (summary, *result.warnings))  # and the seats freed

    return run_on_centre(args, action)
