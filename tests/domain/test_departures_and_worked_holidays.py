"""Leaving and coming back (nothing owed in between) and public holidays the centre works."""

from contextlib import nullcontext
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.hours import (
    Contract,
    Departure,
    TeamTime,
    WorkedHolidays,
    check_day_back,
    check_last_day,
    check_worked_holidays,
    holidays_off,
    monday_of,
    public_holidays,
    running_balance,
    week_target,
    whit_monday,
)

H = 60
WEEK_OF_WHIT_MONDAY_2027 = date(2027, 5, 17)

mondays = st.dates(min_value=date(2000, 1, 3), max_value=date(2090, 12, 25)).map(monday_of)


@st.composite
def contracts(draw, departures=()) -> Contract:
    contract_minutes = draw(st.integers(min_value=0, max_value=48 * H))
    return Contract(contract_minutes, draw(st.integers(min_value=0, max_value=contract_minutes)),
                    draw(st.frozensets(st.integers(min_value=0, max_value=6), min_size=1)),
                    departures=departures)


@given(st.data(), mondays, st.integers(min_value=-10, max_value=10), st.integers(min_value=0, max_value=30))
def test_nothing_is_owed_after_the_last_day_until_the_day_back(data, monday, offset, weeks_later):
    last_day = monday + timedelta(days=offset)
    contract = data.draw(contracts((Departure(last_day),)))
    later = monday + timedelta(weeks=weeks_later)
    target = week_target(contract, later, [], set())
    assert target.total_minutes >= 0
    if later > last_day:
        assert target.total_minutes == 0 and target.self_management_minutes == 0
    for day in (later + timedelta(days=n) for n in range(7)):
        assert contract.covers(day) == (day <= last_day)


@given(st.data(), mondays, st.integers(min_value=0, max_value=6), st.integers(min_value=1, max_value=20))
def test_a_departure_and_return_only_ever_lower_a_week_s_target(data, monday, leave_after, days_away):
    last_day = monday + timedelta(days=leave_after)
    back_on = last_day + timedelta(days=days_away)
    plain = data.draw(contracts())
    away = Contract(plain.contract_minutes, plain.self_management_minutes, plain.working_days,
                    departures=(Departure(last_day, back_on),))
    for week in (monday + timedelta(weeks=n) for n in range(4)):
        with_departure, without = week_target(away, week, [], set()), week_target(plain, week, [], set())
        assert with_departure.total_minutes <= without.total_minutes
        if week > back_on or week + timedelta(days=6) <= last_day:
            assert with_departure == without  # a week wholly before leaving or after coming back is as ever


@given(st.data(), mondays, st.integers(min_value=1, max_value=6), st.integers(min_value=1, max_value=40),
       st.integers(min_value=-100 * H, max_value=100 * H))
def test_the_balance_on_the_last_day_is_the_one_found_on_return(data, monday, weeks_worked, weeks_away,
                                                                 carried):
    last_day = monday + timedelta(weeks=weeks_worked, days=-3)  # a Friday
    back_on = monday_of(last_day) + timedelta(weeks=weeks_away + 1)
    contract = data.draw(contracts((Departure(last_day, back_on),)))
    weeks = [monday + timedelta(weeks=n) for n in range(weeks_worked + weeks_away + 1)]
    history = running_balance([(week_target(contract, week, [], set()), 0, 0) for week in weeks], carried)
    on_last_day = history[weeks_worked - 1]
    assert all(week.running_profession == on_last_day.running_profession for week in history[weeks_worked:-1])
    assert history[-1].target_profession == contract.contract_minutes - contract.self_management_minutes


@settings(deadline=None)  # the first call loads the `holidays` package
@given(st.data(), st.integers(min_value=2005, max_value=2090),
       st.sampled_from(["metropole", "alsace-moselle"]))
def test_a_worked_holiday_adds_exactly_that_day_s_share(data, year, region):
    holiday = data.draw(st.sampled_from(sorted(public_holidays(year, region))))
    contract = data.draw(contracts())
    monday = monday_of(holiday)
    closed = holidays_off(year, region) | holidays_off(year + 1, region) | holidays_off(year - 1, region)
    worked = WorkedHolidays(frozenset({holiday}))
    open_that_day = holidays_off(year, region, worked) | (closed - public_holidays(year, region))
    before = week_target(contract, monday, [], closed)
    after = week_target(contract, monday, [], open_that_day)
    assert after.working_days - before.working_days == (holiday.weekday() in contract.working_days)
    share = after.working_days / len(contract.working_days)
    assert after.total_minutes == round(contract.contract_minutes * share)
    assert after.total_minutes >= before.total_minutes


def test_whit_monday_every_year_is_worked_on_its_own_date():
    every_year = WorkedHolidays(whit_monday_every_year=True)
    assert whit_monday(2027) == WEEK_OF_WHIT_MONDAY_2027 and whit_monday(2026) == date(2026, 5, 25)
    for year in (2026, 2027, 2030):
        assert whit_monday(year) in public_holidays(year, "metropole")
        assert whit_monday(year) not in holidays_off(year, "metropole", every_year)
        assert len(holidays_off(year, "metropole", every_year)) == len(public_holidays(year, "metropole")) - 1
    full_time = Contract(35 * H, 10 * H)
    closed, worked = holidays_off(2027, "metropole"), holidays_off(2027, "metropole", every_year)
    assert week_target(full_time, WEEK_OF_WHIT_MONDAY_2027, [], closed).total_minutes == 28 * H
    assert week_target(full_time, WEEK_OF_WHIT_MONDAY_2027, [], worked).total_minutes == 35 * H


def test_worked_holidays_go_to_the_setting_and_back():
    worked = WorkedHolidays(frozenset({date(2027, 11, 11), date(2027, 5, 8)}), True)
    assert worked.setting() == ["whit-monday", "2027-05-08", "2027-11-11"]
    assert WorkedHolidays.from_setting(worked.setting()) == worked
    only_8_may = WorkedHolidays(frozenset({date(2027, 5, 8)}))
    assert WorkedHolidays.from_setting(["nonsense", 3, "2027-05-08"]) == only_8_may


def test_only_public_holidays_can_be_worked():
    check_worked_holidays(WorkedHolidays(frozenset({date(2027, 3, 26)})), "alsace-moselle")  # Good Friday
    with pytest.raises(RuleViolation) as refused:
        check_worked_holidays(WorkedHolidays(frozenset({date(2027, 3, 26)})), "metropole")
    assert refused.value.params == {"day": "26/03/2027"}


def test_the_last_day_and_the_day_back_are_checked():
    arrived, today = date(2027, 1, 4), date(2027, 3, 12)
    check_last_day(arrived, "Amina", arrived, today)
    check_last_day(today, "Amina", arrived, today)
    with pytest.raises(RuleViolation) as before_arrival:
        check_last_day(arrived - timedelta(days=1), "Amina", arrived, today)
    assert before_arrival.value.params == {"name": "Amina", "day": "04/01/2027"}
    with pytest.raises(RuleViolation):
        check_last_day(today + timedelta(days=1), "Amina", arrived, today)
    check_day_back(today + timedelta(days=1), today)
    with pytest.raises(RuleViolation):
        check_day_back(today, today)
    with pytest.raises(RuleViolation):
        Departure(today, today - timedelta(days=3))



@settings(max_examples=200)
@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)), st.integers(0, 200),
       st.integers(0, 100), st.integers(1, 60))
def test_a_day_outside_the_time_in_the_team_says_why_and_no_contract_owes_it(day, length, leaving, away):
    start = date(2026, 3, 2)
    left = Departure(start + timedelta(days=leaving), start + timedelta(days=leaving + away))
    time_in_team = TeamTime(start, start + timedelta(days=length), (left,))
    contract = Contract(35 * H, 10 * H, start=time_in_team.start, end=time_in_team.end, departures=(left,))
    assert time_in_team.covers(day) == contract.covers(day) == (time_in_team.outside(day) is None)
    if day < start:
        assert time_in_team.outside(day) == ("{name} only joins the team on {day}.", start)
    elif day > time_in_team.end:
        assert time_in_team.outside(day) == ("{name}'s contract ends on {day}.", time_in_team.end)
    elif left.away(day, day):
        assert time_in_team.outside(day) == ("{name} is away from the team on {day}.", day)
    with nullcontext() if time_in_team.covers(day) else pytest.raises(RuleViolation, match="Zoé"):
        time_in_team.check("Zoé", day)
