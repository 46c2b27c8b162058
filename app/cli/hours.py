"""``cercle hours report``: the team's hours over a period, as CSV (French spreadsheets) or PDF (A4)."""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, add_period_options, day, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    hours = commands.add_parser("hours", help=QT_TRANSLATE_NOOP(
        "Cli", "the 25 h / 10 h split and the weekly balance"))
    actions = hours.add_subparsers(dest="hours_command", required=True, metavar="ACTION")
    report = actions.add_parser("report", help=QT_TRANSLATE_NOOP(
        "Cli", "the team's hours over whole ISO weeks"))
    add_period_options(report, required=True)
    report.add_argument("--format", choices=("csv", "pdf"), required=True)
    report.add_argument("--output", type=Path, required=True, metavar="FILE")
    add_database_option(report)
    report.set_defaults(run=run_report, fonts=lambda args: args.format == "pdf", before_qt=before_qt)


def before_qt(args: argparse.Namespace) -> tuple[str, ...]:
    """What the report imports before Qt (see load_before_qt): the export last, as it loads Qt Core, and
    before it a PDF's document model."""
    document = ("app.exports.document",) if args.format == "pdf" else ()
    return ("app.services.centre", "app.services.hours", "app.domain.holiday_calendar", *document,
            "app.exports.hours")


def run_report(args: argparse.Namespace) -> int:
    from app.exports.hours import export_report

    return run_on_centre(
        args, lambda ctx: export_report(ctx, args.output, args.format, day(args.first), day(args.last))
    )
