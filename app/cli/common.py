"""What every command shares: the database it works on, its dates, its centre, its errors said in French.

Light on purpose (argparse and the standard library only): the parser is built from every area at each
start, and each command imports its heavy modules itself.
"""

import argparse
import sys
from collections.abc import Callable

from app.domain.errors import QT_TRANSLATE_NOOP

UNKNOWN_NAME = QT_TRANSLATE_NOOP("Errors", "No active member is called {name}.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Errors", "No member is called {name}.")
AMBIGUOUS_NAME = QT_TRANSLATE_NOOP(
    "Errors", "{name} could be several members: {names}. Type the name as it is written, accents included.")

Command = Callable[[argparse.Namespace], int]


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")


def add_period_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--from`` and ``--to``, read by :func:`day` once the messages speak the user's language."""
    parser.add_argument("--from", dest="first", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=required, metavar="YYYY-MM-DD")


def database_option(args: argparse.Namespace) -> str:
    from app.services.database import resolve_url

    return resolve_url(getattr(args, "sub_database", None) or args.database)


def day(text: str | None):
    """The date typed on the command line (None when not given), within the years Cercle keeps; a clear
    CercleError otherwise."""
    from datetime import date

    from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
    from app.domain.kept_years import check_calendar_days

    if text is None:
        return None
    try:
        typed = date.fromisoformat(text)
    except ValueError:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "{text} is not a date: write it as YYYY-MM-DD, for example 2026-11-23."), text=text) from None
    check_calendar_days(typed)  # every command's period and week is then computed within the calendar
    return typed


def member_id(ctx, typed: str, *, inactive_too: bool = False) -> int:
    """The id of the member ``typed`` names: their name, compared as names are (names.fold: unique among the
    members), or their id, or else their name typed without its accents (names.named_loosely: « Elodie Roux »
    on a terminal for « Élodie Roux »), or at last their first name alone, accents and case set aside
    (names.named_by_first_name: « elodie »), when it names one member only. Among the active members unless
    ``inactive_too``; a clear CercleError otherwise, naming the members a name could be."""
    from operator import attrgetter

    from app.domain import names
    from app.domain.errors import RuleViolation
    from app.services import members

    team = members.list_members(ctx, include_inactive=inactive_too)
    name_of = attrgetter("name")
    found = (names.named(team, typed, name_of) or [member for member in team if str(member.id) == typed.strip()]
             or names.named_loosely(team, typed, name_of) or names.named_by_first_name(team, typed, name_of))
    said = " ".join(typed.split())
    if not found:
        raise RuleViolation(UNKNOWN_MEMBER if inactive_too else UNKNOWN_NAME, name=said)
    if len(found) > 1:
        raise RuleViolation(AMBIGUOUS_NAME, name=said, names=", ".join(member.name for member in found))
    return found[0].id


def clock(text: str):
    """The time of day typed on the command line (08:30, or 8h30 as French writes it); a clear CercleError
    otherwise."""
    from app.domain.clock_time import parse_clock
    from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

    try:
        return parse_clock(text)
    except ValueError:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "{text} is not a time of day: write it as HH:MM, for example 08:30."), text=text) from None


def open_centre(args: argparse.Namespace):
    """The Context of the centre of ``args``; DatabaseRefused when it holds no centre (nothing is created)."""
    from app.services.database import open_existing_centre

    return open_existing_centre(database_option(args), system="command line")


def run_on_centre(args: argparse.Namespace, action: Callable[..., object]) -> int:
    """Open the centre of ``args``, print what ``action(ctx)`` returns; any CercleError is one line on stderr."""
    from app.domain.errors import CercleError

    try:
        ctx = open_centre(args)
        try:
            result = action(ctx)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(result)
    return 0


def fail(error: Exception) -> int:
    """``error`` (a CercleError, a file the system refused) on one line of stderr, in the user's language."""
    from app import i18n

    print(f"cercle: {' '.join(i18n.message(error).split())}", file=sys.stderr)
    return 1
