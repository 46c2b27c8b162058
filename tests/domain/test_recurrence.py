"""Repeat rules of series: every n weeks, monthly on a date or on the nth weekday, and the days left out."""

import calendar
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.recurrence import (
    LAST,
    MAX_OCCURRENCES,
    Frequency,
    Recurrence,
    SkipReason,
    plan,
    positions_of,
)

FIRSTS = st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 12, 31))
COUNTS = st.integers(min_value=1, max_value=MAX_OCCURRENCES)
INTERVALS = st.integers(min_value=1, max_value=12)


def _months_between(first: date, later: date) -> int:
    return (later.year - first.year) * 12 + later.month - first.month


def test_the_examples_of_the_issue():
    first_thursday = Recurrence(Frequency.MONTHLY_WEEKDAY, count=4).dates(date(2026, 10, 1))
    assert first_thursday == [date(2026, 10, 1), date(2026, 11, 5), date(2026, 12, 3), date(2027, 1, 7)]
    last_friday = Recurrence(Frequency.MONTHLY_WEEKDAY, position=LAST, count=3).dates(date(2026, 10, 30))
    assert last_friday == [date(2026, 10, 30), date(2026, 11, 27), date(2026, 12, 25)]
    the_15th = Recurrence(Frequency.MONTHLY_DAY, until=date(2027, 1, 15)).dates(date(2026, 10, 15))
    assert the_15th == [date(2026, 10, 15), date(2026, 11, 15), date(2026, 12, 15), date(2027, 1, 15)]
    # across the change to summer time: dates are just dates
    fortnight = Recurrence(interval=2, count=3).dates(date(2026, 3, 24))
    assert fortnight == [date(2026, 3, 24), date(2026, 4, 7), date(2026, 4, 21)]


def test_a_fifth_weekday_repeats_as_the_last_one():
    """Thursday 29 October 2026 is the fifth and last: months with four Thursdays get their fourth."""
    assert positions_of(date(2026, 10, 29)) == (5, LAST)
    dates = Recurrence(Frequency.MONTHLY_WEEKDAY, count=2).dates(date(2026, 10, 29))
    assert dates == [date(2026, 10, 29), date(2026, 11, 26)]


@pytest.mark.parametrize("rule, first, message", [
    (Recurrence(count=0), date(2026, 1, 5), "between 1 and 104"),
    (Recurrence(count=105), date(2026, 1, 5), "between 1 and 104"),
    (Recurrence(interval=13, count=2), date(2026, 1, 5), "every 1 to 12"),
    (Recurrence(), date(2026, 1, 5), "Say when the series ends"),
    (Recurrence(count=2, until=date(2026, 3, 1)), date(2026, 1, 5), "Say when the series ends"),
    (Recurrence(until=date(2026, 1, 4)), date(2026, 1, 5), "ends before"),
    (Recurrence(until=date(2029, 1, 4)), date(2026, 1, 5), "between 1 and 104"),
    (Recurrence(Frequency.MONTHLY_DAY, count=3), date(2026, 1, 31), "Not every month has a day 31"),
    (Recurrence(Frequency.MONTHLY_WEEKDAY, position=LAST, count=3), date(2026, 1, 1), "not that weekday"),
])
def test_rules_out_of_bounds_are_refused(rule, first, message):
    with pytest.raises(RuleViolation, match=message):
        rule.dates(first)


@given(first=FIRSTS, interval=INTERVALS, count=COUNTS)
def test_every_n_weeks(first, interval, count):
    dates = Recurrence(interval=interval, count=count).dates(first)
    assert len(dates) == count and dates[0] == first
    assert all(later - earlier == timedelta(weeks=interval) for earlier, later in pairwise(dates))


@given(first=FIRSTS.filter(lambda day: day.day <= 28), interval=INTERVALS, count=COUNTS)
def test_monthly_on_a_date(first, interval, count):
    dates = Recurrence(Frequency.MONTHLY_DAY, interval=interval, count=count).dates(first)
    assert len(dates) == count and dates[0] == first
    assert all(day.day == first.day for day in dates)
    assert [_months_between(first, day) for day in dates] == [n * interval for n in range(count)]


@given(first=FIRSTS, interval=INTERVALS, count=st.integers(min_value=1, max_value=30), last=st.booleans())
def test_monthly_on_the_nth_weekday(first, interval, count, last):
    position = LAST if last or positions_of(first)[0] == 5 else positions_of(first)[0]
    if position not in positions_of(first):
        return  # "last" asked of a day that is not its month's last such weekday: refused above
    rule = Recurrence(Frequency.MONTHLY_WEEKDAY, interval=interval, count=count, position=position)
    dates = rule.dates(first)
    assert len(dates) == count and dates[0] == first
    for day in dates:
        assert day.weekday() == first.weekday() and position in positions_of(day)
    assert [_months_between(first, day) for day in dates] == [n * interval for n in range(count)]


@given(first=FIRSTS, until_after=st.integers(min_value=0, max_value=700))
def test_until_is_the_last_day_possible(first, until_after):
    until = first + timedelta(days=until_after)
    dates = Recurrence(until=until).dates(first)
    assert dates[-1] <= until < dates[-1] + timedelta(weeks=1)


@given(first=FIRSTS, count=COUNTS, data=st.data())
def test_the_days_left_out_never_appear_and_the_others_all_do(first, count, data):
    rule = Recurrence(count=count)
    every = rule.dates(first)
    off = data.draw(st.dictionaries(st.sampled_from(every), st.sampled_from(list(SkipReason))))
    chosen = data.draw(st.sets(st.sampled_from(every)))
    planned = plan(first, rule, off, chosen)
    assert not set(planned.days) & (set(off) | chosen)
    assert sorted(planned.days + planned.skipped) == every
    assert planned.skipped_for(SkipReason.HOLIDAY) == tuple(d for d in every if off.get(d) == SkipReason.HOLIDAY)


def test_a_series_with_every_day_left_out_is_refused():
    first = date(2026, 12, 25)
    planned = plan(first, Recurrence(count=1), {first: SkipReason.HOLIDAY})
    assert planned.skipped == (first,)
    with pytest.raises(RuleViolation, match="left out"):
        planned.to_plan()


def test_positions_of_the_last_week():
    assert positions_of(date(2026, 2, 22)) == (4, LAST)  # February 2026 has 28 days
    assert positions_of(date(2026, 2, 21)) == (3,)
    assert calendar.monthrange(2026, 2)[1] == 28


@pytest.mark.parametrize("first, rule", [
    (date(9998, 12, 28), Recurrence(count=2)),  # into 9999, past the years kept
    (date(9998, 12, 21), Recurrence(count=104)),  # into the year 10000, which Python cannot write
    (date(9990, 1, 5), Recurrence(Frequency.MONTHLY_DAY, interval=12, count=104)),
])
def test_a_series_past_the_years_cercle_keeps_is_refused_in_words(first, rule):
    with pytest.raises(RuleViolation, match="run past 9998"):
        rule.dates(first)


def test_a_series_may_end_on_the_last_day_cercle_keeps():
    assert Recurrence(count=2).dates(date(9998, 12, 24)) == [date(9998, 12, 24), date(9998, 12, 31)]
