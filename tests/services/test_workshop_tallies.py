"""A yearly summary printed before participants are erased gives the same numbers after (issue 15, point 7):
the different people of a year are counted once, whoever is erased, when, and in how many steps."""

from datetime import date, time
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import workshops as ws

PEOPLE = [("Nadia", "0612345678"), ("nadia", "0612345678"), ("Nadia", ""), ("Yves", ""),
          ("Lou", "0700000001")]
DAYS = [(2, 3), (2, 10), (2, 24), (3, 10), (9, 15)]  # (month, day), on both sides of the erasure cutoffs

enrolments = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(range(len(DAYS))), st.sampled_from(range(len(PEOPLE))),
              st.booleans()),
    max_size=25,
)


@pytest.fixture
def years():
    """Each example plans its sessions in a year of its own, in the same database, before today."""
    return count(2001)


def numbers(ctx, year):
    by_workshop, by_theme = ws.yearly_summary(ctx, year)
    return [(line.label, line.sessions_held, line.participants, line.unique_participants)
            for line in by_workshop + by_theme]


def plan(ctx, year, drawn):
    """Three workshops (two of one theme, one without a theme), sessions, who came; the sessions held."""
    theme = ws.add_theme(ctx, f"Nutrition {year}")
    workshops = [ws.add_workshop(ctx, ws.WorkshopDraft(f"Atelier {year}-{n}", capacity=30,
                                                       theme_id=theme.id if n < 2 else None)).id
                 for n in range(3)]
    sessions: dict[tuple[int, int], int] = {}
    came: dict[int, dict[int, bool]] = {}
    registered: set[tuple[int, int, str, str]] = set()
    for workshop, day, person, attended in drawn:
        key = (workshop, day)
        name, phone = PEOPLE[person]
        if (*key, name.casefold(), phone) in registered:
            continue  # one registration per person and session
        registered.add((*key, name.casefold(), phone))
        if key not in sessions:
            draft = ws.SessionDraft(date(year, *DAYS[day]), time(14), time(16))
            sessions[key] = ws.add_session(ctx, workshops[workshop], draft).sessions[0].id
        enrolment = ws.enrol(ctx, sessions[key], name, phone).enrolment
        came.setdefault(sessions[key], {})[enrolment.id] = attended
    for session_id, attended in came.items():
        ws.record_attendance(ctx, session_id, attended)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=enrolments, forgotten=st.sampled_from(range(len(PEOPLE))))
def test_the_yearly_summary_is_the_same_before_and_after_erasure(ctx, years, drawn, forgotten):
    year = next(years)
    plan(ctx, year, drawn)
    printed = numbers(ctx, year)
    ws.erase_expired_participants(ctx, date(year, 8, 15))  # the sessions before 15 February
    assert numbers(ctx, year) == printed
    ws.forget_participant(ctx, *PEOPLE[forgotten])  # one person, wherever they are
    assert numbers(ctx, year) == printed
    ws.erase_expired_participants(ctx, date(year + 1, 6, 30))  # the whole year
    assert numbers(ctx, year) == printed


def test_someone_at_three_sessions_still_counts_once(ctx):
    year = 2025
    plan(ctx, year, [(0, day, 0, True) for day in (0, 1, 3)] + [(0, 1, 3, True)])
    assert numbers(ctx, year)[0][1:] == (3, 4, 2)
    ws.erase_expired_participants(ctx, date(year + 1, 6, 30))
    assert numbers(ctx, year)[0][1:] == (3, 4, 2)
