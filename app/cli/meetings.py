"""``cercle minutes export MEETING_ID --format odt|pdf|md --output FILE`` and
``cercle meetings export --from DATE --to DATE --output FILE`` (an iCalendar of the meetings)."""

import argparse
from pathlib import Path

from app.cli.common import add_database_option, add_period_options, day, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    minutes = commands.add_parser("minutes", help=QT_TRANSLATE_NOOP("Cli", "minutes of the team meetings"))
    actions = minutes.add_subparsers(dest="minutes_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "export the minutes of one meeting"))
    export.set_defaults(before_qt=("app.services.centre", "app.services.meetings"))  # see load_before_qt
    export.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    export.add_argument("--format", choices=("odt", "pdf", "md"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    add_database_option(export)
    export.set_defaults(run=run_export)
    _add_calendar_command(commands)


def _add_calendar_command(commands: argparse._SubParsersAction) -> None:
    meetings = commands.add_parser("meetings", help=QT_TRANSLATE_NOOP("Cli", "the team meetings"))
    actions = meetings.add_subparsers(dest="meetings_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=QT_TRANSLATE_NOOP(
        "Cli", "the meetings of a period as iCalendar"))
    add_period_options(export, required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    add_database_option(export)
    export.set_defaults(run=run_calendar_export)


def run_export(args: argparse.Namespace) -> int:
    from app.exports.minutes import export_minutes

    return run_on_centre(args, lambda ctx: export_minutes(ctx, args.meeting_id, args.output, args.format))


def run_calendar_export(args: argparse.Namespace) -> int:
    from app.exports.meetings import export_meetings

    return run_on_centre(args, lambda ctx: export_meetings(ctx, day(args.first), day(args.last), args.output))
