"""The workshop rules: places and waiting list, phones, series, rooms and retention."""

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.workshops import (
    Allocation,
    Booking,
    Enrolment,
    allocate,
    chosen_dates,
    newly_promoted,
    next_working_day,
    normalise_phone,
    overlaps,
    promote_after_cancel,
    retention_cutoff,
    room_conflicts,
    validate_capacity,
    validate_places,
    validate_times,
)


def places_of(ids, enrolments):
    return sum(r.places for r in enrolments if r.id in ids)


def check_allocation(capacity, enrolments, allocation):
    """Strict first come, first served among the requests the capacity can hold, within capacity, and nobody
    waits who could have come in."""
    in_order = [r.id for r in sorted(enrolments, key=lambda r: r.created_seq)]
    holdable = [r.id for r in sorted(enrolments, key=lambda r: r.created_seq) if r.places <= capacity]
    assert sorted(allocation.confirmed + allocation.waiting) == sorted(in_order)
    assert allocation.confirmed == tuple(holdable[: len(allocation.confirmed)])
    assert places_of(allocation.confirmed, enrolments) <= capacity
    first_waiting = next((r for r in enrolments if r.id in holdable[len(allocation.confirmed):][:1]), None)
    if first_waiting is not None:
        assert places_of(allocation.confirmed, enrolments) + first_waiting.places > capacity


@given(capacity=st.integers(min_value=1, max_value=12),
       asked=st.lists(st.integers(min_value=1, max_value=20), max_size=15))
def test_nobody_waits_while_enough_seats_are_free_for_them(capacity, asked):
    """Whoever waits needs more seats than are free, counting those who asked before them and can come in:
    a request larger than the whole session (capacity lowered since) holds nobody back."""
    enrolments = [Enrolment(id=n, places=places, created_seq=n) for n, places in enumerate(asked)]
    allocation = allocate(capacity, enrolments)
    free = capacity - places_of(allocation.confirmed, enrolments)
    needed = 0
    for waiting in (enrolments[n] for n in allocation.waiting):
        if waiting.places <= capacity:
            needed += waiting.places
            assert needed > free, f"{waiting} waits with {free} seats free"


def test_a_request_larger_than_the_session_holds_nobody_back():
    enrolments = [Enrolment(1, 1, 1), Enrolment(2, 5, 2), Enrolment(3, 1, 3), Enrolment(4, 1, 4)]
    assert allocate(3, enrolments) == Allocation(confirmed=(1, 3, 4), waiting=(2,))


# Each step enrols a household for some places, or cancels the n-th enrolment still standing.
steps = st.lists(
    st.one_of(
        st.tuples(st.just("enrol"), st.integers(min_value=1, max_value=20)),
        st.tuples(st.just("cancel"), st.integers(min_value=0, max_value=50)),
    ),
    max_size=40,
)


@given(capacity=st.integers(min_value=1, max_value=30), steps=steps)
def test_enrol_and_cancel_never_overbook_and_promote_in_order(capacity, steps):
    standing: list[Enrolment] = []
    allocation = Allocation((), ())
    for seq, (action, value) in enumerate(steps):
        if action == "enrol":
            standing.append(Enrolment(id=100 + seq, places=value, created_seq=seq))
            after = allocate(capacity, standing)
            assert after.confirmed[: len(allocation.confirmed)] == allocation.confirmed
        elif standing:
            cancelled = standing.pop(value % len(standing))
            after = promote_after_cancel(capacity, [*standing, cancelled], cancelled.id)
            kept = tuple(id_ for id_ in allocation.confirmed if id_ != cancelled.id)
            assert after.confirmed[: len(kept)] == kept  # nobody confirmed loses their place
            assert newly_promoted(allocation, after) == after.confirmed[len(kept) :]
        else:
            continue
        check_allocation(capacity, standing, after)
        allocation = after


def test_a_big_family_waiting_is_not_overtaken_by_a_later_single():
    enrolments = [Enrolment(1, 6, 1), Enrolment(2, 5, 2), Enrolment(3, 1, 3)]
    assert allocate(10, enrolments) == Allocation(confirmed=(1,), waiting=(2, 3))
    after = promote_after_cancel(10, enrolments, cancelled_id=1)
    assert after == Allocation(confirmed=(2, 3), waiting=())
    assert newly_promoted(allocate(10, enrolments), after) == (2, 3)


def test_allocation_follows_creation_order_not_list_order():
    enrolments = [Enrolment(1, 3, created_seq=9), Enrolment(2, 3, created_seq=4)]
    assert allocate(3, enrolments) == Allocation(confirmed=(2,), waiting=(1,))


@pytest.mark.parametrize("capacity, fine", [(0, False), (-3, False), (1, True), (40, True)])
def test_capacity_is_at_least_one(capacity, fine):
    if fine:
        assert validate_capacity(capacity) == capacity
    else:
        with pytest.raises(RuleViolation):
            validate_capacity(capacity)


@pytest.mark.parametrize("places, fine", [(0, False), (1, True), (20, True), (21, False)])
def test_places_are_one_to_twenty(places, fine):
    if fine:
        assert validate_places(places) == places
    else:
        with pytest.raises(RuleViolation):
            validate_places(places)


def test_a_registration_asks_no_more_places_than_the_session_takes():
    assert validate_places(3, capacity=3) == 3
    with pytest.raises(RuleViolation, match="This session takes 3 people"):
        validate_places(5, capacity=3)


def test_a_session_ends_after_it_starts():
    validate_times(time(14, 0), time(14, 1))
    for end in (time(14, 0), time(13, 59)):
        with pytest.raises(RuleViolation):
            validate_times(time(14, 0), end)


@pytest.mark.parametrize(
    "text",
    [
        "06 12 34 56 78",
        "0612345678",
        "+33 6 12 34 56 78",
        "06.12.34.56.78",
        " 06-12-34-56-78 ",
        "0033612345678",
        "06\u00a012\u00a034\u00a056\u00a078",
    ],
)
def test_french_phone_numbers_are_written_in_pairs(text):
    assert normalise_phone(text) == "06 12 34 56 78"


def test_landlines_and_empty_phones():
    assert normalise_phone("04.76.12.34.56") == "04 76 12 34 56"
    assert normalise_phone("") == ""
    assert normalise_phone("   ") == ""


@pytest.mark.parametrize(
    "text", ["06 12 34 56", "0012345678", "06 12 34 56 78 9", "+44 7700 900123", "call me", "+33"]
)
def test_what_is_not_a_phone_number_is_refused(text):
    with pytest.raises(RuleViolation, match="This is not a phone number"):
        normalise_phone(text)


def test_chosen_dates_are_sorted_without_repeats_and_limited():
    picked = [date(2026, 5, 12), date(2026, 5, 5), date(2026, 5, 12)]
    assert chosen_dates(picked) == [date(2026, 5, 5), date(2026, 5, 12)]
    with pytest.raises(RuleViolation):
        chosen_dates([])
    with pytest.raises(RuleViolation):
        chosen_dates(date.fromordinal(739000 + n) for n in range(105))
    assert len(chosen_dates(date.fromordinal(739000 + n) for n in range(104))) == 104  # as a rule repeats


minutes = st.integers(min_value=0, max_value=24 * 60 - 1).map(lambda m: time(m // 60, m % 60))


@given(a_start=minutes, a_end=minutes, b_start=minutes, b_end=minutes)
def test_overlap_is_symmetric_and_means_a_shared_minute(a_start, a_end, b_start, b_end):
    assert overlaps(a_start, a_end, b_start, b_end) == overlaps(b_start, b_end, a_start, a_end)
    if a_start < a_end and b_start < b_end:
        shared = max(a_start, b_start) < min(a_end, b_end)
        assert overlaps(a_start, a_end, b_start, b_end) == shared


def test_touching_sessions_do_not_overlap():
    assert not overlaps(time(9), time(10), time(10), time(11))
    assert overlaps(time(9), time(10, 1), time(10), time(11))


def test_room_conflicts_are_same_room_same_day_overlapping():
    day = date(2026, 6, 2)
    candidate = Booking(1, day, time(14), time(16), "Nutrition")
    clash = Booking(1, day, time(15), time(17), "Parenting")
    existing = [
        clash,
        Booking(1, day, time(16), time(17), "Right after"),
        Booking(2, day, time(14), time(16), "Other room"),
        Booking(1, date(2026, 6, 3), time(14), time(16), "Other day"),
    ]
    assert room_conflicts(candidate, existing) == [clash]


@pytest.mark.parametrize(
    "today, months, cutoff",
    [
        (date(2026, 11, 23), 12, date(2025, 11, 23)),
        (date(2026, 5, 31), 3, date(2026, 2, 28)),
        (date(2028, 5, 31), 3, date(2028, 2, 29)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 3, 31), 25, date(2024, 2, 29)),
    ],
)
def test_retention_counts_calendar_months(today, months, cutoff):
    assert retention_cutoff(today, months) == cutoff


def test_retention_is_at_least_a_month():
    with pytest.raises(RuleViolation):
        retention_cutoff(date(2026, 1, 1), 0)


def test_the_next_working_day_skips_weekends_and_closed_days():
    holidays = {date(2026, 12, 25)}
    assert next_working_day(date(2026, 11, 23), holidays.__contains__) == date(2026, 11, 24)
    assert next_working_day(date(2026, 11, 27), holidays.__contains__) == date(2026, 11, 30)  # Friday → Monday
    assert next_working_day(date(2026, 12, 24), holidays.__contains__) == date(2026, 12, 28)  # Christmas, weekend
