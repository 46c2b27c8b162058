"""The union rule of clock credits: each minute of a member's day credited once, to the activity
begun first."""

from hypothesis import given
from hypothesis import strategies as st

from app.domain.clock_time import MINUTES_PER_DAY, ClockSpan, share_clock_time, union_minutes


def span(key, start, end, rank=()):
    return ClockSpan(key, start, end, rank)


@st.composite
def day_spans(draw):
    count = draw(st.integers(0, 6))
    spans = []
    for key in range(count):
        start = draw(st.integers(0, MINUTES_PER_DAY))
        end = draw(st.integers(0, MINUTES_PER_DAY))
        spans.append(span(key, start, end, (draw(st.integers(0, 2)), key)))
    return spans


def minutes_covered(spans):
    return len({minute for s in spans for minute in range(s.start, s.end)})


def test_the_reported_day_credits_two_hours_to_the_shift_begun_first():
    shares = share_clock_time([span("shift", 720, 840, (0,)), span("meeting", 750, 840, (1,)),
                               span("workshop", 780, 840, (2,))])
    assert shares == {"shift": 120, "meeting": 0, "workshop": 0}


def test_an_activity_begun_earlier_keeps_its_time_and_the_later_one_gets_the_rest():
    shares = share_clock_time([span("meeting", 600, 720), span("shift", 690, 780)])
    assert shares == {"meeting": 120, "shift": 60}


def test_at_the_same_start_the_rank_decides():
    shares = share_clock_time([span("workshop", 600, 660, (2,)), span("shift", 600, 630, (0,))])
    assert shares == {"workshop": 30, "shift": 30}


def test_spans_apart_are_each_credited_in_full():
    assert share_clock_time([span("a", 480, 600), span("b", 840, 900)]) == {"a": 120, "b": 60}


def test_an_empty_span_gets_nothing():
    assert share_clock_time([span("prep only", 600, 600)]) == {"prep only": 0}


@given(day_spans())
def test_the_shares_add_up_to_the_union(spans):
    shares = share_clock_time(spans)
    assert sum(shares.values()) == union_minutes(spans) == minutes_covered(spans)


@given(day_spans())
def test_never_more_than_the_clock_and_never_negative(spans):
    shares = share_clock_time(spans)
    assert sum(shares.values()) <= MINUTES_PER_DAY
    for s in spans:
        assert 0 <= shares[s.key] <= max(0, s.end - s.start)


@given(day_spans())
def test_the_order_spans_come_in_changes_nothing(spans):
    assert share_clock_time(spans) == share_clock_time(list(reversed(spans)))
