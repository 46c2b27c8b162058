"""``cercle hours report``: the team's hours over a period, as CSV (French spreadsheets) or PDF (A4)."""

import argparse
from datetime import date
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:
    hours = commands.add_parser("hours", help="the 25 h / 10 h split and the weekly balance")
    actions = hours.add_subparsers(dest="hours_command", required=True, metavar="ACTION")
    report = actions.add_parser("report", help="the team's hours over whole ISO weeks")
    report.add_argument("--from", dest="first_day", type=date.fromisoformat, required=True, metavar="DATE")
    report.add_argument("--to", dest="last_day", type=date.fromisoformat, required=True, metavar="DATE")
    report.add_argument("--format", choices=("csv", "pdf"), required=True)
    report.add_argument("--output", type=Path, required=True, metavar="FILE")
    report.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    report.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    from app.cli import database_option, fail
    from app.domain.errors import CercleError
    from app.exports.hours import export_report
    from app.services.context import Context
    from app.storage.engine import open_database

    try:
        ctx = Context(open_database(database_option(args)))
        try:
            path = export_report(ctx, args.output, args.format, args.first_day, args.last_day)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(path)
    return 0
