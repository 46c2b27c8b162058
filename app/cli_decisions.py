"""``cercle decisions ...``: export the register, close the proposals whose deadline passed."""

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    decisions = commands.add_parser("decisions", help="consensus decisions")
    actions = decisions.add_subparsers(dest="decisions_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="export the register of decisions")
    export.add_argument("--format", choices=("odt", "pdf", "csv"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--search", default="", help="only the decisions whose title or text contains this")
    export.add_argument("--category", default=None)
    export.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    export.set_defaults(run=run_export)
    close_due = actions.add_parser("close-due", help="close the proposals whose deadline has passed")
    close_due.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    close_due.set_defaults(run=run_close_due)


def _context(args: argparse.Namespace):
    from app.cli import database_option
    from app.services.context import Context
    from app.storage.engine import open_database

    return Context(open_database(database_option(args)))


def run_export(args: argparse.Namespace) -> int:
    from app.cli import fail
    from app.domain.errors import CercleError
    from app.exports.decisions import export_register
    from app.services.decisions import RegisterFilter

    try:
        ctx = _context(args)
        try:
            path = export_register(
                ctx, args.output, args.format, RegisterFilter(text=args.search, category=args.category)
            )
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(path)
    return 0


def run_close_due(args: argparse.Namespace) -> int:
    from app.cli import fail
    from app.domain.errors import CercleError
    from app.services.decisions import close_due

    try:
        ctx = _context(args)
        try:
            closed = close_due(ctx)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(len(closed))
    return 0
