"""The counts of a closed cycle, per session and in all, as rules (hypothesis)."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.cycles import (
    Member,
    Presence,
    Session,
    check_drop_out,
    count_cycle,
    count_session,
    expected_on,
)
from app.domain.errors import RuleViolation

START = date(2026, 2, 2)
days = st.integers(0, 120).map(lambda n: START + timedelta(days=n))


@st.composite
def members(draw) -> list[Member]:
    people = []
    for index in range(draw(st.integers(0, 12))):
        created = draw(days)
        joined = draw(st.one_of(st.none(), days.filter(lambda d, c=created: d >= c)))
        dropped = draw(st.one_of(st.none(), days.filter(lambda d, j=joined or created: d >= j)))
        people.append(Member(index + 1, created, joined, dropped))
    return people


@st.composite
def cycles(draw) -> tuple[list[Session], list[Member], date]:
    people = draw(members())
    until = draw(days)
    session_days = sorted(draw(st.sets(days, max_size=8)))
    sessions = []
    for index, day in enumerate(session_days):
        held = day <= until and draw(st.booleans())
        # marks for anyone at all: the rules must ignore those not expected that day
        marks = draw(st.dictionaries(st.sampled_from([m.id for m in people] or [0]), st.sampled_from(Presence)))
        sessions.append(Session(index + 1, day, held, marks if held else {}))
    return sessions, people, until


@given(cycles())
def test_each_held_session_adds_up_to_its_expected_seats(cycle):
    sessions, people, until = cycle
    for session in sessions:
        count = count_session(session, people, until)
        assert count.expected == sum(1 for m in people if expected_on(m, session.day))
        if count.present is not None:
            assert count.unmarked is not None and count.unmarked >= 0
            assert count.present + (count.absent or 0) + (count.excused or 0) + count.unmarked == count.expected


@given(cycles())
def test_a_drop_out_is_never_counted_after_their_day(cycle):
    sessions, people, until = cycle
    for session in sessions:
        gone = {m.id for m in people if m.dropped_on is not None and m.dropped_on < session.day}
        kept = Session(session.id, session.day, session.held,
                       {k: v for k, v in session.marks.items() if k not in gone})
        assert count_session(session, people, until) == count_session(kept, people, until)


@given(cycles())
def test_the_future_is_not_counted(cycle):
    sessions, people, until = cycle
    for session in sessions:
        if session.day > until:
            assert count_session(session, people, until).present is None
    assert count_cycle(sessions, people, until).sessions_held <= sum(1 for s in sessions if s.day <= until)


@given(cycles())
def test_the_cycle_is_the_sum_of_its_sessions(cycle):
    sessions, people, until = cycle
    per_session = [count_session(s, people, until) for s in sessions]
    total = count_cycle(sessions, people, until)
    held = [c for c in per_session if c.present is not None]
    assert total.sessions_held == len(held)
    assert total.present == sum(c.present or 0 for c in held)
    assert total.expected == sum(c.expected for c in held)
    assert total.attendance_rate is None or 0 <= total.attendance_rate <= 1


@given(cycles())
def test_everyone_enrolled_completed_or_dropped_out_once_the_cycle_is_over(cycle):
    sessions, people, until = cycle
    total = count_cycle(sessions, people, until)
    if sessions and sessions[-1].day <= until:
        assert total.enrolled == total.completed + total.dropped_out
    else:
        assert total.completed == 0


@given(cycles(), members())
def test_what_happens_after_the_day_counted_changes_nothing(cycle, later):
    sessions, people, until = cycle
    newcomers = [Member(100 + m.id, until + timedelta(days=1), None, None) for m in later]
    assert count_cycle(sessions, people, until) == count_cycle(sessions, people + newcomers, until)


def test_a_drop_out_is_dated_after_joining_and_not_in_the_future():
    today = date(2026, 3, 1)
    assert check_drop_out("Ana", date(2026, 2, 1), date(2026, 2, 20), today) == date(2026, 2, 20)
    with pytest.raises(RuleViolation):
        check_drop_out("Ana", date(2026, 2, 1), date(2026, 3, 2), today)
    with pytest.raises(RuleViolation):
        check_drop_out("Ana", date(2026, 2, 1), date(2026, 1, 31), today)
