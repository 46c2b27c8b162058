"""``cercle roster ...``: export the weekly roster (PDF) or a member's shifts (iCalendar), create shifts
ahead, propose a rota without applying it, list the shifts of a period, add a one-off shift or cancel a shift."""

import argparse
from pathlib import Path

from app.cli import translation
from app.cli.common import add_database_option, add_period_options, clock, day, fail, member_id, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.rota import MAX_WEEKS_AHEAD, ShiftStatus, check_weeks_ahead

NEEDS_WEEK = QT_TRANSLATE_NOOP("Errors", "A PDF roster needs --week (like 2026-W48).")
NEEDS_MEMBER = QT_TRANSLATE_NOOP("Errors", "An iCalendar export needs --member.")
NO_SHOW = QT_TRANSLATE_NOOP("Reception", "{name} (absent)")  # as the Reception page marks a no-show


def add_commands(commands: argparse._SubParsersAction) -> None:
    roster = commands.add_parser("roster", help=QT_TRANSLATE_NOOP("Cli", "the reception rota"))
    actions = roster.add_subparsers(dest="roster_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=QT_TRANSLATE_NOOP(
        "Cli", "the weekly roster as PDF, or a member's shifts as iCalendar"))
    export.add_argument("--format", choices=("pdf", "ics"), required=True)
    export.add_argument("--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--week", help=QT_TRANSLATE_NOOP("Cli", "ISO week of the PDF roster, like 2026-W48"))
    export.add_argument("--member", help=QT_TRANSLATE_NOOP(
        "Cli", "name of the member whose shifts go in the calendar"))
    add_period_options(export, required=False)
    add_database_option(export)
    export.set_defaults(run=run_export)
    ahead = actions.add_parser("create-ahead", help=QT_TRANSLATE_NOOP(
        "Cli", "create the shifts of the coming weeks from the templates"))
    ahead.add_argument("--weeks", type=weeks_ahead, default=None, metavar=f"1..{MAX_WEEKS_AHEAD}",
                       help=QT_TRANSLATE_NOOP("Cli", "how many weeks ahead (default: the centre's setting)"))
    add_database_option(ahead)
    ahead.set_defaults(run=run_create_ahead)
    propose = actions.add_parser("propose", help=QT_TRANSLATE_NOOP(
        "Cli", "who would take the open seats (nothing applied)"))
    add_period_options(propose, required=False)  # default: from tomorrow, four weeks
    add_database_option(propose)
    propose.set_defaults(run=run_propose)
    add_shift_commands(actions)


def add_shift_commands(actions: argparse._SubParsersAction) -> None:
    """``roster shift list``, ``roster shift add DAY START END`` and ``roster shift cancel SHIFT_ID``: messages
    only, no document."""
    shift = actions.add_parser("shift", help=QT_TRANSLATE_NOOP(
        "Cli", "list the shifts, add a one-off shift, or cancel a shift"))
    shift_actions = shift.add_subparsers(dest="shift_command", required=True, metavar="ACTION")
    listing = shift_actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "Cli", "the shifts of a period, one a line with its number (default: this week)"))
    add_period_options(listing, required=False)
    add = shift_actions.add_parser("add", help=QT_TRANSLATE_NOOP(
        "Cli", "a shift on one day, outside the weekly templates; prints its number"))
    add.add_argument("day", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP("Cli", "the day of the shift"))
    add.add_argument("start", metavar="START", help=QT_TRANSLATE_NOOP("Cli", "when it starts, like 08:30"))
    add.add_argument("end", metavar="END", help=QT_TRANSLATE_NOOP("Cli", "when it ends, like 12:30"))
    add.add_argument("--seats", type=int, default=1, help=QT_TRANSLATE_NOOP(
        "Cli", "how many people hold it (default: 1)"))
    add.add_argument("--label", default="", help=QT_TRANSLATE_NOOP("Cli", "what it is for, like Vaccination day"))
    cancel = shift_actions.add_parser("cancel", help=QT_TRANSLATE_NOOP(
        "Cli", "cancel a shift not started: its holders lose their seats"))
    cancel.add_argument("shift_id", type=int, metavar="SHIFT_ID")
    for command, run in ((listing, run_list_shifts), (add, run_add_shift), (cancel, run_cancel_shift)):
        add_database_option(command)
        command.set_defaults(run=run, fonts=False, before_qt=("app.services.rota",))


def weeks_ahead(text: str) -> int:
    """``--weeks``, refused by the parser before any database opens when the service would refuse it."""
    weeks = int(text)  # argparse says "invalid weeks_ahead value" for what is not a number
    try:
        check_weeks_ahead(weeks)
    except RuleViolation as error:
        raise argparse.ArgumentTypeError(translation.said(error)) from None
    return weeks


def run_export(args: argparse.Namespace) -> int:
    from app.exports import roster

    if args.format == "pdf" and not args.week:
        return fail(RuleViolation(NEEDS_WEEK))
    if args.format == "ics" and not args.member:
        return fail(RuleViolation(NEEDS_MEMBER))

    def export(ctx):
        if args.format == "pdf":
            return roster.export_week_pdf(ctx, roster.parse_week(args.week), args.output)
        first, last = roster.default_period(ctx)
        return roster.export_member_ics(ctx, member_id(ctx, args.member), day(args.first) or first,
                                        day(args.last) or last, args.output)

    return run_on_centre(args, export)


def run_create_ahead(args: argparse.Namespace) -> int:
    from app.services import rota

    return run_on_centre(args, lambda ctx: rota.create_shifts_ahead(ctx, args.weeks))


def run_propose(args: argparse.Namespace) -> int:
    """One line per proposed seat (day, times, member), then the solver's status and the seats filled."""
    from PySide6.QtCore import QCoreApplication

    from app.services import rota

    def propose(ctx) -> str:
        view = rota.draft_rota(ctx, day(args.first), day(args.last))
        draft = view.draft
        lines = []
        for assignment in draft.assignments:
            shift = view.shifts[assignment.shift_id]
            name = view.names.get(assignment.member_id, "?")
            lines.append(f"{shift.day} {shift.start:%H:%M}-{shift.end:%H:%M} {name}")
        filled = len(draft.assignments)
        status = {"optimal": QCoreApplication.translate("Cli", "optimal"),
                  "feasible": QCoreApplication.translate("Cli", "feasible"),
                  "infeasible": QCoreApplication.translate("Cli", "infeasible")}[draft.status]
        lines.append(QCoreApplication.translate("Cli", "{status}: {filled} of {total} open seats filled").format(
            status=status, filled=filled, total=filled + len(draft.unfilled)))
        return "\n".join(lines)

    return run_on_centre(args, propose)


def shift_line(shift) -> str:
    """A shift as ``roster shift list`` prints it: its number (to cancel it), day, times, label, seats taken,
    holders (by name, a no-show said as the Reception page says it), and whether it is cancelled."""
    from PySide6.QtCore import QCoreApplication

    from app import formatting
    from app.domain.members import name_key

    holders = sorted(shift.claimants, key=lambda claimant: name_key(claimant.name))
    names = (QCoreApplication.translate("Reception", NO_SHOW).format(name=holder.name) if holder.no_show
             else holder.name for holder in holders)
    seats = QCoreApplication.translate("Cli", "seats: {taken}/{seats}").format(taken=len(holders), seats=shift.seats)
    cancelled = QCoreApplication.translate("Cli", "cancelled") if shift.status == ShiftStatus.CANCELLED else ""
    values = (str(shift.id), formatting.long_date(shift.day),
              f"{formatting.clock(shift.start)}–{formatting.clock(shift.end)}", shift.label, seats, ", ".join(names),
              cancelled)
    return "\t".join(values).rstrip("\t")


def shift_period(ctx, first, last):
    """The days ``roster shift list`` covers: from ``first`` to ``last``, the ISO week of the one given when
    the other is not, this week (the centre's clock) when neither is."""
    from datetime import timedelta

    from app.services import rota

    monday = rota.monday_of(first or last or ctx.today())
    return first or monday, last or monday + timedelta(days=6)


def run_list_shifts(args: argparse.Namespace) -> int:
    """One line per shift of the period, cancelled ones included, by day and start."""
    from app.services import rota

    def listing(ctx) -> str:
        first, last = shift_period(ctx, day(args.first), day(args.last))
        rota.check_period(first, last)
        return "\n".join(shift_line(shift) for shift in rota.shifts_between(ctx, first, last, include_cancelled=True))

    return run_on_centre(args, listing)


def run_add_shift(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app import formatting
    from app.services import rota

    def add(ctx) -> str:
        shift = rota.add_shift(ctx, day(args.day), clock(args.start), clock(args.end), args.seats, args.label)
        return QCoreApplication.translate("Cli", "Shift {id} added: {day}, {start}–{end}.").format(
            id=shift.id, day=formatting.long_date(shift.day), start=formatting.clock(shift.start),
            end=formatting.clock(shift.end))

    return run_on_centre(args, add)


def run_cancel_shift(args: argparse.Namespace) -> int:
    """That the shift is cancelled, then one line for each holder who lost their seat."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n
    from app.services import rota

    def cancel(ctx) -> str:
        warnings = rota.cancel_shift(ctx, args.shift_id)
        done = QCoreApplication.translate("Cli", "Shift {id} cancelled.").format(id=args.shift_id)
        return "\n".join([done, *(i18n.message(warning) for warning in warnings)])

    return run_on_centre(args, cancel)
