"""The days of a repeating series of meetings or workshop sessions: its rule's occurrences, but the public
holidays the centre does not work, its closures, and the days the person chose to leave out."""

from collections.abc import Iterable
from datetime import date

from sqlmodel import Session

from app.domain import recurrence
from app.domain.recurrence import Recurrence, SeriesDays, SkipReason
from app.services import centre, rota
from app.services.context import Context


def series_days(ctx: Context, first: date, rule: Recurrence, chosen: Iterable[date] = ()) -> SeriesDays:
    """What planning the series would give (the dialogs show it as one types)."""
    with ctx.reading() as db:
        return plan_days(db, first, rule, chosen)


def plan_days(db: Session, first: date, rule: Recurrence, chosen: Iterable[date] = ()) -> SeriesDays:
    """:func:`series_days` within a transaction under way."""
    every = rule.dates(first)
    last = every[-1]
    off = {day: SkipReason.CLOSURE for day in rota.closure_days(db, first, last)}
    off |= {day: SkipReason.HOLIDAY for day in centre.holidays_off(db, range(first.year, last.year + 1))
            if first <= day <= last}
    return recurrence.plan(first, rule, off, chosen)
