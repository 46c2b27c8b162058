"""The rota rules: every hard rule always holds, every seat that can be filled is, and shares are fair."""

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.rota import (
    Candidate,
    DraftRota,
    Seat,
    Weights,
    draft_rota,
    fair_shares,
    half_of_day,
)

MONDAY = date(2027, 1, 4)
MORNING = (time(8, 30), time(12, 30))
AFTERNOON = (time(13, 30), time(17, 30))
SHIFT_MINUTES = 240
WEEKDAYS = frozenset(range(5))


def make_seats(days: Sequence[date], hours=(MORNING, AFTERNOON), seats_per_shift: int = 2) -> list[Seat]:
    """The seats of one shift per (day, hours), shift ids in calendar order."""
    shifts = [(day, start, end) for day in days for start, end in hours]
    return [
        Seat(shift_id, index, day, start, end)
        for shift_id, (day, start, end) in enumerate(shifts, start=1)
        for index in range(seats_per_shift)
    ]


def weekdays(weeks: int) -> list[date]:
    return [MONDAY + timedelta(weeks=week, days=day) for week in range(weeks) for day in range(5)]


def member(member_id: int, **changes) -> Candidate:
    """A full-time member free every weekday, with no history, unless told otherwise."""
    fields = {
        "self_management_minutes": 600,
        "working_days": WEEKDAYS,
        "unavailable": frozenset(),
        "absent_days": frozenset(),
        "exempt": False,
        "past_minutes": 0,
    }
    return Candidate(member_id, **(fields | changes))


def overlaps(a_start: time, a_end: time, b_start: time, b_end: time) -> bool:
    return a_start < b_end and b_start < a_end


def may_sit(candidate: Candidate, seat: Seat) -> bool:
    """The rules, written again independently of the code under test."""
    return (
        not candidate.exempt
        and seat.day.weekday() in candidate.working_days
        and seat.day not in candidate.absent_days
        and (seat.day.weekday(), "am" if seat.start.hour < 12 else "pm") not in candidate.unavailable
        and not any(day == seat.day for day, _, _ in candidate.busy)
    )


def minutes(seat: Seat) -> int:
    return (datetime.combine(seat.day, seat.end) - datetime.combine(seat.day, seat.start)).seconds // 60


def check_rules(seats: Sequence[Seat], candidates: Sequence[Candidate], draft: DraftRota) -> None:
    """Every hard rule holds, each seat is filled at most once, and the loads add up."""
    by_key = {(s.shift_id, s.seat_index): s for s in seats}
    by_member = {c.member_id: c for c in candidates}
    keys = [(a.shift_id, a.seat_index) for a in draft.assignments]
    assert len(keys) == len(set(keys)), "a seat is filled twice"
    unfilled = {(s.shift_id, s.seat_index) for s in draft.unfilled}
    assert set(keys) | unfilled == set(by_key) and not set(keys) & unfilled
    held: dict[int, list[Seat]] = defaultdict(list)
    for assignment in draft.assignments:
        seat, candidate = by_key[assignment.shift_id, assignment.seat_index], by_member[assignment.member_id]
        assert may_sit(candidate, seat), (seat, candidate)
        held[candidate.member_id].append(seat)
    for member_id, own in held.items():
        assert len({s.shift_id for s in own}) == len(own), "two seats of one shift"
        assert len({s.day for s in own}) == len(own), "two shifts on one day"
        for seat in own:
            for day, start, end in by_member[member_id].busy:
                assert not (day == seat.day and overlaps(start, end, seat.start, seat.end))
    for load in draft.loads:
        assert load.after_minutes - load.before_minutes == sum(minutes(s) for s in held[load.member_id])


def most_seats_fillable(seats: Sequence[Seat], candidates: Sequence[Candidate]) -> int:
    """Brute force, day by day (nobody holds two shifts a day): the most seats any rota fills."""
    by_day: dict[date, list[Seat]] = defaultdict(list)
    for seat in seats:
        by_day[seat.day].append(seat)

    def best(day_seats: list[Seat], used: frozenset[int]) -> int:
        if not day_seats:
            return 0
        seat, rest = day_seats[0], day_seats[1:]
        options = [best(rest, used)]
        options += [
            1 + best(rest, used | {c.member_id})
            for c in candidates
            if c.member_id not in used and may_sit(c, seat)
        ]
        return max(options)

    return sum(best(day_seats, frozenset()) for day_seats in by_day.values())


def check_no_seat_left_that_someone_free_could_take(
    seats: Sequence[Seat], candidates: Sequence[Candidate], draft: DraftRota
) -> None:
    busy_days = {
        (a.member_id, seat.day)
        for a in draft.assignments
        for seat in seats
        if (seat.shift_id, seat.seat_index) == (a.shift_id, a.seat_index)
    }
    for seat in draft.unfilled:
        free = [
            c.member_id for c in candidates if may_sit(c, seat) and (c.member_id, seat.day) not in busy_days
        ]
        assert free == [], f"{seat} left empty although {free} could take it"


HOURS = [MORNING, AFTERNOON, (time(12, 0), time(14, 0)), (time(10, 0), time(11, 0))]
SLOTS = [(weekday, half) for weekday in range(5) for half in ("am", "pm")]


@st.composite
def instances(draw):
    """3 to 8 members, 1 to 3 weeks of shifts with 1 or 2 seats, and every kind of constraint."""
    days = weekdays(draw(st.integers(1, 3)))
    seats: list[Seat] = []
    for day in days:
        for start, end in draw(st.lists(st.sampled_from(HOURS), max_size=3, unique=True)):
            seats += [
                Seat(len(seats) + 1, index, day, start, end) for index in range(draw(st.integers(1, 2)))
            ]
    candidates = []
    for member_id in range(1, draw(st.integers(3, 8)) + 1):
        busy = draw(st.lists(st.tuples(st.sampled_from(days), st.sampled_from(HOURS)), max_size=2))
        candidates.append(
            Candidate(
                member_id,
                self_management_minutes=draw(st.sampled_from([0, 240, 405, 480, 600])),
                working_days=draw(st.frozensets(st.sampled_from(range(5)), min_size=1)),
                unavailable=draw(st.frozensets(st.sampled_from(SLOTS), max_size=3)),
                absent_days=draw(st.frozensets(st.sampled_from(days), max_size=4)),
                exempt=draw(st.booleans()) if member_id > 2 else False,
                past_minutes=draw(st.integers(0, 2000)),
                preferred=draw(st.frozensets(st.sampled_from(SLOTS), max_size=2)),
                busy=tuple((day, start, end) for day, (start, end) in busy),
            )
        )
    return seats, candidates


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_rules_always_hold_and_every_seat_that_can_be_filled_is(instance):
    seats, candidates = instance
    draft = draft_rota(seats, candidates, time_limit_s=5)
    check_rules(seats, candidates, draft)
    assert draft.status in ("optimal", "feasible")
    assert len(draft.assignments) == most_seats_fillable(seats, candidates)
    check_no_seat_left_that_someone_free_could_take(seats, candidates, draft)
    assert {load.member_id for load in draft.loads} == {c.member_id for c in candidates}


def test_half_of_day_turns_at_noon():
    assert half_of_day(time(8, 30)) == half_of_day(time(11, 59)) == "am"
    assert half_of_day(time(12, 0)) == half_of_day(time(17, 0)) == "pm"


def test_fair_shares_follow_self_management_hours_and_leave_out_the_exempt():
    team = [member(1), member(2, self_management_minutes=480), member(3, exempt=True)]
    assert fair_shares(2160, team) == {1: 1200.0, 2: 960.0, 3: 0.0}
    assert fair_shares(600, [member(1, self_management_minutes=0)]) == {1: 0.0}


def loads_after(draft: DraftRota) -> dict[int, int]:
    return {load.member_id: load.after_minutes for load in draft.loads}


def test_equal_members_get_equal_loads_within_one_shift():
    seats = make_seats(weekdays(4))  # 80 seats for 6 members: 13 or 14 shifts each
    team = [member(member_id) for member_id in range(1, 7)]
    draft = draft_rota(seats, team)
    check_rules(seats, team, draft)
    assert draft.status == "optimal" and not draft.unfilled
    after = loads_after(draft).values()
    assert max(after) - min(after) <= SHIFT_MINUTES


def test_eight_hours_of_self_management_get_four_fifths_of_ten():
    seats = make_seats(weekdays(2)[:9], hours=[MORNING], seats_per_shift=2)  # 18 shifts of 4 h
    team = [
        member(1),
        member(2),
        member(3, self_management_minutes=480),
        member(4, self_management_minutes=480),
    ]
    draft = draft_rota(seats, team)
    check_rules(seats, team, draft)
    assert loads_after(draft) == {1: 1200, 2: 1200, 3: 960, 4: 960}
    assert all(load.fair_share_minutes == load.after_minutes for load in draft.loads)


def test_reception_already_held_in_the_window_counts():
    seats = make_seats(weekdays(1), hours=[MORNING], seats_per_shift=1)  # 5 shifts
    team = [member(1, past_minutes=3 * SHIFT_MINUTES), member(2)]  # shares: 4 shifts each in all
    draft = draft_rota(seats, team)
    assert loads_after(draft) == {1: 4 * SHIFT_MINUTES, 2: 4 * SHIFT_MINUTES}
    assert Counter(a.member_id for a in draft.assignments) == {1: 1, 2: 4}


def test_a_seat_nobody_may_hold_is_reported_unfilled():
    saturday = MONDAY + timedelta(days=5)
    seats = make_seats([MONDAY, saturday], hours=[MORNING], seats_per_shift=3)
    team = [member(1), member(2)]
    draft = draft_rota(seats, team)
    check_rules(seats, team, draft)
    assert draft.status == "optimal"
    assert len(draft.assignments) == 2
    assert sorted((s.day, s.seat_index) for s in draft.unfilled) == [
        (MONDAY, 2),
        (saturday, 0),
        (saturday, 1),
        (saturday, 2),
    ]


def test_an_exempt_member_is_never_put_on_the_rota():
    seats = make_seats(weekdays(1))
    team = [member(1), member(2, exempt=True, past_minutes=480)]
    draft = draft_rota(seats, team)
    check_rules(seats, team, draft)
    assert {a.member_id for a in draft.assignments} == {1}
    assert len(draft.unfilled) == len(seats) - 5  # one shift a day for the only one who may
    exempt_load = next(load for load in draft.loads if load.member_id == 2)
    assert (exempt_load.fair_share_minutes, exempt_load.after_minutes) == (0.0, 480)


def test_nobody_is_put_on_a_day_they_already_hold_a_shift():
    seats = make_seats([MONDAY], hours=[AFTERNOON], seats_per_shift=1)
    team = [
        member(1, busy=((MONDAY, time(9, 0), time(10, 0)),), past_minutes=0),
        member(2, past_minutes=5000),
    ]
    draft = draft_rota(seats, team)
    assert [a.member_id for a in draft.assignments] == [2]


@pytest.mark.parametrize("preferred_day", [0, 1])
def test_a_preferred_half_day_is_taken_when_all_else_is_equal(preferred_day):
    seats = make_seats([MONDAY, MONDAY + timedelta(days=1)], hours=[MORNING], seats_per_shift=1)
    team = [member(1, preferred=frozenset({(preferred_day, "am")})), member(2)]
    draft = draft_rota(seats, team)
    on_preferred_day = next(a.member_id for a in draft.assignments if a.shift_id == preferred_day + 1)
    assert on_preferred_day == 1


def test_spread_varies_the_half_days():
    seats = make_seats([MONDAY, MONDAY + timedelta(weeks=1)], seats_per_shift=1)  # Monday am and pm, twice
    team = [member(1), member(2)]
    draft = draft_rota(seats, team)
    slots = Counter((a.member_id, a.shift_id % 2) for a in draft.assignments)  # odd ids are mornings
    assert set(slots.values()) == {1}, "each should hold one Monday morning and one Monday afternoon"


def test_weights_cannot_be_negative():
    with pytest.raises(RuleViolation):
        Weights(spread=-1)


def test_a_seat_must_end_after_it_starts():
    with pytest.raises(RuleViolation):
        draft_rota([Seat(1, 0, MONDAY, time(12, 30), time(8, 30))], [member(1)])


def test_without_time_to_search_the_rota_still_keeps_every_rule():
    seats = make_seats(weekdays(2))
    team = [member(member_id, unavailable=frozenset({(member_id % 5, "am")})) for member_id in range(1, 5)]
    draft = draft_rota(seats, team, time_limit_s=0)
    check_rules(seats, team, draft)
    assert draft.status == "feasible" and draft.gap == 1.0
    assert len(draft.assignments) == most_seats_fillable(seats, team)
