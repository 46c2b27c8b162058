"""``cercle report activity``: the activity report (bilan d'activité) for funders, as ODT, PDF or CSV.

``--year 2026`` for a calendar year, or ``--from DAY --to DAY``; ``--theme NAME`` or ``--partner NAME`` for
one funded action.
"""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, add_period_options, day, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help=QT_TRANSLATE_NOOP("Cli", "reports for funders"))
    actions = report.add_subparsers(dest="report_command", required=True, metavar="ACTION")
    activity = actions.add_parser("activity", help=QT_TRANSLATE_NOOP(
        "Cli", "the activity of a year or a period, or of one action"))
    activity.add_argument("--year", metavar="YYYY")
    add_period_options(activity, required=False)
    action = activity.add_mutually_exclusive_group()
    action.add_argument("--theme", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "Cli", "only the workshops of this theme"))
    action.add_argument("--partner", metavar="NAME", help=QT_TRANSLATE_NOOP(
        "Cli", "only what was done with this partner: its workshops and its meetings"))
    activity.add_argument("--format", choices=("odt", "pdf", "csv"), required=True)
    activity.add_argument("--output", type=Path, required=True, metavar="FILE")
    add_database_option(activity)
    activity.set_defaults(run=run_activity, widgets=True)  # QtCharts draws with Qt Widgets


def period(args: argparse.Namespace):
    """The days asked: a year, or both ends of a period; a CercleError said in French otherwise."""
    from app.domain.errors import RuleViolation
    from app.services.activity import year_period

    if args.year is not None:
        if args.first or args.last:
            raise RuleViolation(QT_TRANSLATE_NOOP("Errors", "Give a year or a period, not both."))
        if not (args.year.isdigit() and len(args.year) == 4 and args.year >= "2000"):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "Errors", "{text} is not a year: write it with four digits, for example 2026."), text=args.year)
        return year_period(int(args.year))
    if not (args.first and args.last):
        raise RuleViolation(QT_TRANSLATE_NOOP("Errors", "Give a year (--year) or a period (--from and --to)."))
    return day(args.first), day(args.last)


def run_activity(args: argparse.Namespace) -> int:
    from app.exports.activity import export_activity

    def write(ctx):
        first, last = period(args)
        return export_activity(ctx, args.output, args.format, first, last, theme=args.theme,
                               partner=args.partner)

    return run_on_centre(args, write)
