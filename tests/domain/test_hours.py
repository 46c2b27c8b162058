"""The hours rules: durations, the 25 h / 10 h split of each week, public holidays, the running balance."""

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.hours import (
    ABSENCE_KINDS,
    Absence,
    Contract,
    ContractHistory,
    CountedDays,
    WeekTarget,
    check_contract_from,
    check_day_total,
    day_shares,
    default_self_management_minutes,
    done_profession_minutes,
    format_duration,
    iso_week_monday,
    monday_of,
    parse_absence_kind,
    parse_duration,
    parse_week_label,
    public_holidays,
    running_balance,
    spread,
    validate_contract,
    week_label,
    week_target,
)
from app.domain.kept_years import check_calendar_days

H = 60
FULL_TIME = Contract(35 * H, 10 * H)
PART_TIME = Contract(28 * H, 8 * H, working_days=frozenset({0, 1, 2, 3}))
WEEK_46 = date(2026, 11, 9)  # Monday; Wednesday 11 November is Armistice Day
NORMAL_WEEK = date(2026, 11, 16)


# --- durations ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, minutes", [
    ("1h30", 90), ("1 h 30", 90), ("1H30", 90), ("  1h30  ", 90), ("1h", 60), ("1 H", 60), ("0h45", 45),
    ("1h05", 65), ("1 h 30 min", 90), ("90 min", 90), ("90min", 90), ("45 min", 45), ("45mn", 45),
    ("2", 120), ("1,5", 90), ("1.5", 90), ("1,5 h", 90), ("0,25", 15), ("1,33", 80), ("2:30", 150),
    ("0:05", 5), ("0", 0), ("24h", 1440), ("24:00", 1440), ("1\u00a0h\u00a030", 90),
])
def test_accepted_durations(text, minutes):
    assert parse_duration(text) == minutes


NOT_A_DURATION = ["", "   ", "abc", "1h5", "1h75", "1:5", "2:75", "h30", "1,5,5", "1h30h", "min", "1 30",
                  "1 h 3 0"]
TOO_LONG = ["24h01", "25", "1441 min", "24,1"]


@pytest.mark.parametrize("text, message", [
    *((text, "Type a duration") for text in NOT_A_DURATION),
    *((text, "more than 24") for text in TOO_LONG),
    ("-1h", "negative"), ("-90 min", "negative"),
])
def test_refused_durations(text, message):
    with pytest.raises(RuleViolation, match=message):
        parse_duration(text)


def test_a_difference_may_be_negative_when_allowed():
    assert parse_duration("-1h30", allow_negative=True) == -90
    assert parse_duration("- 0,5", allow_negative=True) == -30
    with pytest.raises(RuleViolation, match="more than 24"):
        parse_duration("-25h", allow_negative=True)


@pytest.mark.parametrize("minutes, text", [(90, "1 h 30"), (45, "0 h 45"), (-135, "-2 h 15"), (480, "8 h"),
                                           (0, "0 h"), (65, "1 h 05"), (-45, "-0 h 45")])
def test_format_duration(minutes, text):
    assert format_duration(minutes) == text


@given(st.integers(min_value=0, max_value=24 * H))
def test_a_formatted_duration_reads_back(minutes):
    assert parse_duration(format_duration(minutes)) == minutes


@given(st.integers(min_value=-24 * H, max_value=24 * H))
def test_a_formatted_difference_reads_back(minutes):
    assert parse_duration(format_duration(minutes), allow_negative=True) == minutes


def test_a_day_holds_at_most_24_hours():
    check_day_total(24 * H)
    with pytest.raises(RuleViolation, match="25 h in one day"):
        check_day_total(25 * H)


def test_a_difference_takes_off_no_more_than_was_planned_that_day():
    check_day_total(-5 * H, profession=-5 * H, planned=5 * H)  # the whole day not worked: nothing done
    with pytest.raises(RuleViolation, match="Only 5 h of profession hours were planned that day"):
        check_day_total(-5 * H - 1, profession=-5 * H - 1, planned=5 * H)
    with pytest.raises(RuleViolation, match="No profession hours were planned that day"):
        check_day_total(2 * H, profession=-H)  # a day off, or profession hours recorded in full


# (is it a profession entry, its minutes): only profession takes negative minutes (the services' rule)
day_writes = st.lists(st.tuples(st.booleans(), st.integers(-24 * H, 24 * H)), max_size=8)


@given(st.integers(0, 12 * H), day_writes)
def test_a_day_written_entry_after_entry_never_holds_less_than_nothing(planned, writes):
    profession = others = 0
    for is_profession, minutes in writes:
        after = (profession + minutes, others) if is_profession else (profession, others + abs(minutes))
        try:
            check_day_total(sum(after), profession=after[0], planned=planned)
        except RuleViolation:  # refused only when the day would hold more than 24 h, or less than nothing
            assert sum(after) > 24 * H or planned + after[0] < 0
            continue
        profession, others = after
        assert planned + profession >= 0 and planned + profession + others >= 0 and profession + others <= 24 * H


# --- contracts ------------------------------------------------------------------------------------


@pytest.mark.parametrize("contract, expected", [(35 * H, 10 * H), (28 * H, 8 * H), (24 * H, 6 * H + 45)])
def test_standard_self_management_share(contract, expected):
    assert default_self_management_minutes(contract) == expected


@pytest.mark.parametrize("contract, self_management", [(-1, 0), (48 * H + 1, 0), (35 * H, 35 * H + 1),
                                                       (35 * H, -15)])
def test_unsound_contracts_are_refused(contract, self_management):
    with pytest.raises(RuleViolation):
        validate_contract(contract, self_management)
    with pytest.raises(RuleViolation):
        Contract(contract, self_management)


@pytest.mark.parametrize("contract, self_management", [(0, 0), (48 * H, 48 * H), (35 * H, 10 * H)])
def test_sound_contracts_pass(contract, self_management):
    validate_contract(contract, self_management)


def test_a_contract_needs_working_days_and_ordered_dates():
    with pytest.raises(RuleViolation, match="working day"):
        Contract(35 * H, 10 * H, working_days=frozenset())
    with pytest.raises(RuleViolation, match="working day"):
        Contract(35 * H, 10 * H, working_days=frozenset({7}))
    with pytest.raises(RuleViolation, match="end date"):
        Contract(35 * H, 10 * H, start=date(2026, 2, 1), end=date(2026, 1, 31))


def test_unsound_absences_are_refused():
    day = date(2026, 11, 16)
    with pytest.raises(RuleViolation, match="end date"):
        Absence(day, day - timedelta(days=1), "holiday")
    with pytest.raises(RuleViolation, match="kind"):
        Absence(day, day, "strike")
    with pytest.raises(RuleViolation, match="both halves"):
        Absence(day, day, "sick", half_day_start=True, half_day_end=True)


# --- weekly targets -------------------------------------------------------------------------------


def targets(target: WeekTarget) -> tuple[int, int]:
    return target.profession_minutes, target.self_management_minutes


def test_full_timer_with_armistice_day():
    target = week_target(FULL_TIME, WEEK_46, [], public_holidays(2026, "metropole"))
    assert targets(target) == (20 * H, 8 * H)
    assert target.working_days == 4


def test_part_timer_normal_week_and_one_day_off():
    assert targets(week_target(PART_TIME, NORMAL_WEEK, [], set())) == (20 * H, 8 * H)
    tuesday = NORMAL_WEEK + timedelta(days=1)
    one_day_off = [Absence(tuesday, tuesday, "holiday")]
    assert targets(week_target(PART_TIME, NORMAL_WEEK, one_day_off, set())) == (15 * H, 6 * H)


def test_days_off_outside_the_working_days_cost_nothing():
    friday = NORMAL_WEEK + timedelta(days=4)
    long_weekend = [Absence(friday, friday + timedelta(days=2))]
    assert targets(week_target(PART_TIME, NORMAL_WEEK, long_weekend, {friday})) == (20 * H, 8 * H)


def test_half_days_count_half():
    tuesday, thursday = NORMAL_WEEK + timedelta(days=1), NORMAL_WEEK + timedelta(days=3)
    # Off from Tuesday afternoon to Thursday morning: two days lost out of five.
    absence = Absence(tuesday, thursday, "sick", half_day_start=True, half_day_end=True)
    target = week_target(FULL_TIME, NORMAL_WEEK, [absence], set())
    assert target.working_days == 3
    assert targets(target) == (15 * H, 6 * H)
    morning = Absence(tuesday, tuesday, "training", half_day_end=True)
    assert week_target(FULL_TIME, NORMAL_WEEK, [morning], set()).working_days == Fraction(9, 2)


def test_a_day_is_lost_once_whatever_takes_it():
    tuesday = NORMAL_WEEK + timedelta(days=1)
    morning = Absence(tuesday, tuesday, half_day_end=True)
    afternoon = Absence(tuesday, tuesday, "sick", half_day_start=True)
    whole = Absence(tuesday, tuesday)
    assert week_target(FULL_TIME, NORMAL_WEEK, [morning, morning], set()).working_days == Fraction(9, 2)
    assert week_target(FULL_TIME, NORMAL_WEEK, [morning, afternoon], set()).working_days == 4
    assert week_target(FULL_TIME, NORMAL_WEEK, [whole, morning], {tuesday}).working_days == 4


def test_days_outside_the_contract_are_lost():
    wednesday = NORMAL_WEEK + timedelta(days=2)
    starting = Contract(35 * H, 10 * H, start=wednesday)
    ending = Contract(35 * H, 10 * H, end=wednesday)
    assert targets(week_target(starting, NORMAL_WEEK, [], set())) == (15 * H, 6 * H)
    assert targets(week_target(ending, NORMAL_WEEK, [], set())) == (15 * H, 6 * H)
    assert targets(week_target(starting, NORMAL_WEEK - timedelta(weeks=1), [], set())) == (0, 0)


def test_rounding_never_loses_a_minute():
    # 24 h over 3 days with 6 h 45 of self-management: a third of a week does not fall on whole minutes.
    contract = Contract(24 * H, 6 * H + 45, working_days=frozenset({0, 2, 4}))
    monday_to_wednesday = [Absence(NORMAL_WEEK, NORMAL_WEEK + timedelta(days=2))]
    target = week_target(contract, NORMAL_WEEK, monday_to_wednesday, set())
    assert target.total_minutes == 8 * H
    assert target.self_management_minutes == 135


def test_a_week_starts_on_a_monday():
    with pytest.raises(RuleViolation, match="Monday"):
        week_target(FULL_TIME, NORMAL_WEEK + timedelta(days=1), [], set())


# --- public holidays ------------------------------------------------------------------------------


def test_public_holidays_of_the_two_regions():
    metropole = public_holidays(2026, "metropole")
    alsace_moselle = public_holidays(2026, "alsace-moselle")
    assert len(metropole) == 11
    assert {date(2026, 11, 11), date(2026, 5, 1), date(2026, 4, 6), date(2026, 12, 25)} <= metropole
    assert alsace_moselle - metropole == {date(2026, 4, 3), date(2026, 12, 26)}
    assert public_holidays(2026, "metropole") is metropole  # cached


def test_an_unknown_region_is_refused():
    with pytest.raises(RuleViolation, match="region"):
        public_holidays(2026, "bretagne")


# --- ISO weeks ------------------------------------------------------------------------------------


def test_iso_weeks():
    assert iso_week_monday(2026, 48) == date(2026, 11, 23)
    assert iso_week_monday(2026, 1) == date(2025, 12, 29)
    assert iso_week_monday(2026, 53) == date(2026, 12, 28)
    assert monday_of(date(2026, 11, 29)) == date(2026, 11, 23)
    assert week_label(date(2026, 11, 29)) == "2026-W48"
    assert week_label(date(2027, 1, 1)) == "2026-W53"
    assert parse_week_label("2026-W48") == date(2026, 11, 23)
    assert parse_week_label(" 2026-w48 ") == date(2026, 11, 23)


@pytest.mark.parametrize("label", ["", "2026-48", "2026W48", "2026-W4", "2026-W00", "2025-W53", "26-W48",
                                   "x"])
def test_bad_week_labels_are_refused(label):
    with pytest.raises(RuleViolation):
        parse_week_label(label)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_a_week_label_names_its_monday(day):
    monday = parse_week_label(week_label(day))
    assert monday == monday_of(day)
    assert monday.weekday() == 0 and 0 <= (day - monday).days < 7


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(9999, 1, 1), date(9999, 12, 31), date(1, 1, 1)])
def test_a_day_outside_the_years_cercle_keeps_is_refused(day):
    with pytest.raises(RuleViolation, match="outside the years Cercle keeps: 2000 to 9998"):
        check_calendar_days(date(2026, 11, 23), day)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(9998, 12, 31)))
def test_the_weeks_around_a_day_cercle_keeps_have_dates(day):
    check_calendar_days(day)
    monday = monday_of(day)
    assert week_label(monday + timedelta(weeks=52, days=6))  # a year of weeks after it, computed without overflow


# --- properties of the targets --------------------------------------------------------------------

mondays = st.dates(min_value=date(2000, 1, 3), max_value=date(2100, 12, 27)).map(monday_of)


@st.composite
def contracts(draw) -> Contract:
    contract_minutes = draw(st.integers(min_value=0, max_value=48 * H))
    return Contract(
        contract_minutes,
        draw(st.integers(min_value=0, max_value=contract_minutes)),
        draw(st.frozensets(st.integers(min_value=0, max_value=6), min_size=1)),
    )


@st.composite
def absences_near(draw, monday: date) -> Absence:
    start = monday + timedelta(days=draw(st.integers(min_value=-3, max_value=8)))
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=4)))
    half_start, half_end = draw(st.booleans()), draw(st.booleans())
    if start == end and half_start:
        half_end = False
    return Absence(start, end, draw(st.sampled_from(ABSENCE_KINDS)), half_start, half_end)


@pytest.mark.parametrize("typed, kind", [
    ("congés", "holiday"), ("CONGES", "holiday"), ("Holiday", "holiday"), ("arrêt maladie", "sick"),
    ("Arrêt-maladie", "sick"), ("sick", "sick"), ("Formation", "training"), ("autre", "other")])
def test_a_kind_of_absence_is_read_in_french_or_english(typed, kind):
    assert parse_absence_kind(typed) == kind


def test_a_word_that_is_no_kind_of_absence_is_refused():
    with pytest.raises(RuleViolation, match="is not a kind of absence") as refused:
        parse_absence_kind("  année   sabbatique ")
    assert refused.value.params == {"kind": "année sabbatique"}


@st.composite
def weeks_with_days_off(draw) -> tuple[Contract, date, list[Absence], set[date]]:
    contract, monday = draw(contracts()), draw(mondays)
    absences = draw(st.lists(absences_near(monday), max_size=4))
    holidays_off = draw(st.sets(st.sampled_from([monday + timedelta(days=n) for n in range(7)])))
    return contract, monday, absences, holidays_off


@given(weeks_with_days_off())
def test_targets_are_never_negative_and_add_up(case):
    contract, monday, absences, holidays_off = case
    target = week_target(contract, monday, absences, holidays_off)
    share = target.working_days / len(contract.working_days)
    assert 0 <= share <= 1
    assert target.profession_minutes >= 0 and target.self_management_minutes >= 0
    assert target.total_minutes == round(contract.contract_minutes * share)
    assert target.self_management_minutes == round(contract.self_management_minutes * share)


@given(weeks_with_days_off(), st.data())
def test_one_more_absence_never_raises_a_target(case, data):
    contract, monday, absences, holidays_off = case
    before = week_target(contract, monday, absences, holidays_off)
    after = week_target(contract, monday, [*absences, data.draw(absences_near(monday))], holidays_off)
    assert after.working_days <= before.working_days
    assert after.total_minutes <= before.total_minutes
    assert after.self_management_minutes <= before.self_management_minutes


def last_sunday(year: int, month: int) -> date:
    day = date(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


@given(contracts(), st.integers(min_value=2000, max_value=2100), st.sampled_from([3, 10]))
def test_daylight_saving_weeks_are_normal_weeks(contract, year, month):
    sunday = last_sunday(year, month)
    assert sunday.weekday() == 6
    target = week_target(contract, monday_of(sunday), [], set())
    assert target.working_days == len(contract.working_days)
    assert target.self_management_minutes == contract.self_management_minutes
    assert target.total_minutes == contract.contract_minutes


# --- balance --------------------------------------------------------------------------------------


def test_done_profession_hours():
    assumed = done_profession_minutes(recorded_profession=-90, target_profession=25 * H,
                                      assumed_as_planned=True)
    assert assumed == 23 * H + 30
    assert done_profession_minutes(recorded_profession=20 * H, target_profession=25 * H,
                                   assumed_as_planned=False) == 20 * H
    with pytest.raises(TypeError):
        done_profession_minutes(20 * H, 25 * H, False)  # positional minutes are too easy to swap


def test_the_gap_of_each_week_is_carried_into_the_next():
    first = week_target(FULL_TIME, NORMAL_WEEK, [], set())
    second = week_target(FULL_TIME, NORMAL_WEEK + timedelta(weeks=1), [], set())
    balances = running_balance([(first, 26 * H, 9 * H), (second, 24 * H + 30, 10 * H + 15)], 30, -15)
    assert [(b.gap_profession, b.gap_self) for b in balances] == [(60, -60), (-30, 15)]
    assert [(b.running_profession, b.running_self) for b in balances] == [(90, -75), (60, -60)]
    assert (balances[1].week_start, balances[1].target_profession, balances[1].done_self) == (
        NORMAL_WEEK + timedelta(weeks=1), 25 * H, 10 * H + 15)
    assert running_balance([], 30, -15) == []


done_minutes = st.integers(min_value=0, max_value=60 * H)


@st.composite
def balance_weeks(draw, min_size: int = 0) -> list[tuple[WeekTarget, int, int]]:
    contract = draw(contracts())
    first = draw(mondays)
    count = draw(st.integers(min_value=min_size, max_value=12))
    weeks = []
    for index in range(count):
        monday = first + timedelta(weeks=index)
        absences = draw(st.lists(absences_near(monday), max_size=2))
        weeks.append((week_target(contract, monday, absences, set()), draw(done_minutes), draw(done_minutes)))
    return weeks


openings = st.integers(min_value=-100 * H, max_value=100 * H)


@given(balance_weeks(), openings, openings)
def test_the_running_balance_is_opening_plus_done_minus_targets(weeks, opening_profession, opening_self):
    balances = running_balance(weeks, opening_profession, opening_self)
    assert len(balances) == len(weeks)
    for count, balance in enumerate(balances, start=1):
        done = weeks[:count]
        assert balance.running_profession == (
            opening_profession + sum(d for _, d, _ in done) - sum(t.profession_minutes for t, _, _ in done))
        assert balance.running_self == (
            opening_self + sum(s for _, _, s in done) - sum(t.self_management_minutes for t, _, _ in done))


@given(balance_weeks(min_size=2), st.data(), st.integers(min_value=1, max_value=10 * H), st.booleans())
def test_moving_minutes_between_weeks_moves_only_those_minutes(weeks, data, moved, self_management):
    source = data.draw(st.integers(min_value=0, max_value=len(weeks) - 1))
    destination = data.draw(st.integers(min_value=0, max_value=len(weeks) - 1))
    assume(source != destination)
    column = 2 if self_management else 1
    changed = [list(week) for week in weeks]
    changed[source][column] -= moved
    changed[destination][column] += moved
    before = running_balance(weeks)
    after = running_balance([tuple(week) for week in changed])
    field = "running_self" if self_management else "running_profession"
    other = "running_profession" if self_management else "running_self"
    for index, (old, new) in enumerate(zip(before, after)):
        # Between the two weeks the balance carries the moved minutes; before and after, nothing changes.
        expected = (-moved if source <= index < destination
                    else moved if destination <= index < source else 0)
        assert getattr(new, field) - getattr(old, field) == expected
        assert getattr(new, other) == getattr(old, other)
    assert getattr(after[-1], field) == getattr(before[-1], field)


@given(st.integers(0, 6), st.integers(0, 6), st.frozensets(st.integers(0, 6), min_size=1))
def test_a_week_counts_only_its_counted_days(first, last, working_days):
    """Cut a week anywhere: the days worked are the working days inside the cut, and a cut that holds the
    whole week changes nothing (a report's period and today cut weeks this way)."""
    monday = date(2026, 11, 16)
    contract = Contract(28 * 60, 8 * 60, working_days)
    counted = CountedDays(monday + timedelta(days=first), monday + timedelta(days=last))
    target = week_target(contract, monday, (), frozenset(), counted)
    inside = {offset for offset in working_days if first <= offset <= last}
    assert target.working_days == len(inside)
    assert target.total_minutes == round(28 * 60 * len(inside) / len(working_days))
    whole = CountedDays(monday - timedelta(days=first), monday + timedelta(days=6 + last))
    assert week_target(contract, monday, (), frozenset(), whole) == week_target(contract, monday, (), frozenset())


@given(st.integers(0, 3000), st.lists(st.sampled_from([Fraction(0), Fraction(1, 2), Fraction(1)]), min_size=7,
                                      max_size=7))
def test_a_target_spread_over_the_days_adds_up_to_it_in_whole_minutes(total, shares):
    parts = spread(total, shares)
    assert sum(parts) == (total if any(shares) else 0)
    assert all(part == 0 for part, share in zip(parts, shares, strict=True) if not share)
    whole = sum(shares)
    for part, share in zip(parts, shares, strict=True):  # each day within a minute of its exact share
        assert whole == 0 or abs(part - total * share / whole) < 1


def test_the_profession_target_spread_over_a_week_with_a_holiday_and_a_half_day():
    contract = Contract(35 * 60, 10 * 60)
    monday = date(2026, 5, 11)  # Thursday 14 May 2026 is Ascension Day
    week = (contract, monday, [Absence(date(2026, 5, 15), date(2026, 5, 15), half_day_end=True)],
            public_holidays(2026, "metropole"))
    shares = day_shares(*week)
    assert shares == (1, 1, 1, 0, Fraction(1, 2), 0, 0)
    assert spread(week_target(*week).profession_minutes, shares) == [300, 300, 300, 0, 150, 0, 0]


# --- contracts over time --------------------------------------------------------------------------

YEAR_START = date(2026, 1, 5)
term_mondays = st.integers(0, 51).map(lambda weeks: YEAR_START + timedelta(weeks=weeks))
term_contracts = st.builds(
    lambda hours, days: Contract(hours * H, default_self_management_minutes(hours * H), frozenset(days)),
    st.integers(0, 48), st.sets(st.integers(0, 6), min_size=1))
term_histories = st.lists(st.tuples(term_mondays, term_contracts), min_size=1, max_size=4,
                          unique_by=lambda term: term[0]).map(
    lambda terms: ContractHistory(*map(tuple, zip(*sorted(terms, key=lambda term: term[0]), strict=True))))
HOLIDAYS_2026 = public_holidays(2026, "metropole")


@given(term_histories, term_mondays, term_contracts, term_mondays)
def test_a_change_of_contract_leaves_every_week_before_it_as_it_was(history, change_from, contract, week):
    """Before the change, each week keeps its contract; a change from the first contract's week or before it
    replaces the contract since the start (before a member's first contract, nothing is owed)."""
    changed = history.changed_from(change_from, contract)
    if history.starts[0] < change_from and week < change_from:
        assert changed.on(week) == history.on(week)
        assert week_target(changed.on(week), week, (), HOLIDAYS_2026) == week_target(
            history.on(week), week, (), HOLIDAYS_2026)
    else:
        assert changed.on(week) == contract


@given(term_contracts, term_contracts, term_mondays)
def test_a_year_with_a_change_owes_each_side_at_its_own_contract(before, after, change_from):
    """A part-time change mid-year: the year's targets are the weeks before at the first contract, plus the
    weeks from it at the second."""
    history = ContractHistory((YEAR_START,), (before,)).changed_from(change_from, after)
    weeks = [YEAR_START + timedelta(weeks=index) for index in range(52)]

    def owed(week, contract):
        return week_target(contract, week, (), HOLIDAYS_2026).total_minutes

    assert sum(owed(week, history.on(week)) for week in weeks) == (
        sum(owed(week, before) for week in weeks if week < change_from)
        + sum(owed(week, after) for week in weeks if week >= change_from))


def test_the_first_contract_stands_for_the_weeks_before_it():
    history = ContractHistory((NORMAL_WEEK, NORMAL_WEEK + timedelta(weeks=2)), (FULL_TIME, PART_TIME))
    assert [history.on(NORMAL_WEEK + timedelta(weeks=offset)) for offset in (-5, 0, 1, 2, 9)] == [
        FULL_TIME, FULL_TIME, FULL_TIME, PART_TIME, PART_TIME]


def test_a_contract_cannot_change_from_a_validated_week_or_before_it():
    check_contract_from(NORMAL_WEEK + timedelta(weeks=1), NORMAL_WEEK, "Amina")
    check_contract_from(NORMAL_WEEK, None, "Amina")
    for monday in (NORMAL_WEEK, WEEK_46):
        with pytest.raises(RuleViolation, match="Amina validated the week of 16/11/2026") as refused:
            check_contract_from(monday, NORMAL_WEEK, "Amina")
        assert refused.value.params["next"] == "23/11/2026"
