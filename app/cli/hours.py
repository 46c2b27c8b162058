"""``cercle hours report``: the team's hours over a period, as CSV (French spreadsheets) or PDF (A4);
``cercle hours absence list|add|cancel``: a member's absences, as the Hours page records and cancels them."""

import argparse
from pathlib import Path

from app.cli import translation
from app.cli.common import add_database_option, add_period_options, day, member_id, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.hours import parse_absence_kind

MEMBER_HELP = QT_TRANSLATE_NOOP("Cli", "a member's name, or their number")
# The half day of a first or last day, as the Hours page's list of absences says it.
AFTERNOON = QT_TRANSLATE_NOOP("HoursPage", "{day}, afternoon")
MORNING = QT_TRANSLATE_NOOP("HoursPage", "{day}, morning")
CANCELLED = QT_TRANSLATE_NOOP("Cli", "Absence {id} cancelled: it no longer counts in the hours.")


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
    _add_absence_commands(actions)


def _add_absence_commands(actions: argparse._SubParsersAction) -> None:
    absence = actions.add_parser("absence", help=QT_TRANSLATE_NOOP(
        "Cli", "a member's absences: holiday, sick leave, training..."))
    commands = absence.add_subparsers(dest="absence_command", required=True, metavar="ACTION")
    listing = commands.add_parser("list", help=QT_TRANSLATE_NOOP(
        "Cli", "a member's absences, one a line (id, kind, first day, last day, note)"))
    listing.add_argument("member", metavar="MEMBER", help=MEMBER_HELP)
    listing.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "only the absences that end on this day or after"))
    add = commands.add_parser("add", help=QT_TRANSLATE_NOOP(
        "Cli", "record an absence: the member leaves the reception shifts it covers"))
    add.add_argument("member", metavar="MEMBER", help=MEMBER_HELP)
    add.add_argument("kind", type=absence_kind, metavar="KIND", help=QT_TRANSLATE_NOOP(
        "Cli", "holiday, sick, training or other (in French too: congés, maladie, formation, autre)"))
    add.add_argument("first", metavar="FIRST_DAY", help=QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD"))
    add.add_argument("last", nargs="?", metavar="LAST_DAY", help=QT_TRANSLATE_NOOP(
        "Cli", "YYYY-MM-DD (default: the first day)"))
    add.add_argument("--half-day-start", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "absent only the afternoon of the first day"))
    add.add_argument("--half-day-end", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "absent only the morning of the last day"))
    add.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("Cli", "a word on the absence, kept with it"))
    cancel = commands.add_parser("cancel", help=QT_TRANSLATE_NOOP(
        "Cli", "cancel an absence entered by mistake: the member gets back the reception seats still free"))
    cancel.add_argument("absence_id", type=int, metavar="ABSENCE_ID")
    seats_moved = ("app.services.hours", "app.services.rota")  # an absence's seats leave or come back
    for command, run, modules in ((listing, run_list, seats_moved[:1]), (add, run_add, seats_moved),
                                  (cancel, run_cancel, seats_moved)):
        add_database_option(command)
        command.set_defaults(run=run, fonts=False, before_qt=modules)  # messages only


def absence_kind(text: str) -> str:
    """KIND, refused by the parser before any database opens, in the user's language."""
    try:
        return parse_absence_kind(text)
    except RuleViolation as error:
        raise argparse.ArgumentTypeError(translation.said(error)) from None


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


def _absence_line(absence) -> str:
    """An absence as ``list`` and ``add`` print it: its id (to cancel it), kind, first and last day (typed back
    as they read), its note; a half day said as the Hours page says it."""
    from app import i18n
    from app.domain.hours import ABSENCE_KIND_LABELS

    first = i18n.translate(AFTERNOON).format(day=absence.first_day) if absence.half_day_start else absence.first_day
    last = i18n.translate(MORNING).format(day=absence.last_day) if absence.half_day_end else absence.last_day
    values = (absence.id, i18n.translate(ABSENCE_KIND_LABELS[absence.kind]), first, last, absence.note)
    return "\t".join(str(value) for value in values if value != "")


def run_list(args: argparse.Namespace) -> int:
    from app.services import hours

    def listing(ctx) -> str:
        member = member_id(ctx, args.member, inactive_too=True)  # a member who left keeps their absences
        return "\n".join(_absence_line(absence)
                         for absence in hours.list_absences(ctx, member, first_day=day(args.first)))

    return run_on_centre(args, listing)


def run_add(args: argparse.Namespace) -> int:
    """The absence recorded, then what it changed on the rota (the seats it freed), a line each."""
    from app import i18n
    from app.services import hours

    def add(ctx) -> str:
        first = day(args.first)
        last = day(args.last) or first
        absence = hours.add_absence(ctx, member_id(ctx, args.member), first, last, args.kind,
                                    half_day_start=args.half_day_start, half_day_end=args.half_day_end,
                                    note=args.note)
        return "\n".join([_absence_line(absence), *(i18n.message(warning) for warning in absence.warnings)])

    return run_on_centre(args, add)


def run_cancel(args: argparse.Namespace) -> int:
    """The absence cancelled, then which reception seats came back to the member and which did not."""
    from app import i18n
    from app.services import hours

    def cancel(ctx) -> str:
        warnings = hours.cancel_absence(ctx, args.absence_id)
        return "\n".join([i18n.translate(CANCELLED).format(id=args.absence_id),
                          *(i18n.message(warning) for warning in warnings)])

    return run_on_centre(args, cancel)
