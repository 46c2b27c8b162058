"""The hours report and the balance count the same hours (both engines): for any member and any run of weeks up
to this one, the report's totals of each week are the balance's, and its gaps add up to what the balance moved.
Only the days of the member's time in the team count, and only those that have happened: the hours credited
before an arrival (as the demo once wrote them), after a contract's end, while away or ahead of today count in
neither."""

from datetime import date, timedelta
from itertools import count

from hypothesis import HealthCheck, given
from hypothesis import settings as settings_of_hypothesis
from hypothesis import strategies as st

from app.domain import hours as rules
from app.domain.members import MemberDraft
from app.services import hours, members, settings
from app.storage.models import TimeEntry
from tests.services.test_hours import HOUR, category

TODAY = date(2026, 11, 23)  # TEST_NOW's day, a Monday
SPAN = 14  # weeks of history before this one
FIRST = TODAY - timedelta(weeks=SPAN)
names = count()
sources = count(1)

days = st.integers(-3 * 7, (SPAN + 1) * 7 + 6).map(lambda offset: FIRST + timedelta(days=offset))


@st.composite
def careers(draw):
    """A member's arrival (perhaps still to come), the end of their contract, a time away (perhaps not over)."""
    start = FIRST + timedelta(days=draw(st.integers(0, SPAN * 7 + 3)))
    end = draw(st.none() | st.integers(0, SPAN * 7).map(lambda length: start + timedelta(days=length)))
    last_day = draw(st.none() | st.integers(0, SPAN * 7).map(lambda length: start + timedelta(days=length)))
    if last_day is not None and last_day > TODAY:
        last_day = None  # a member leaves on a day that has come
    back_on = None if last_day is None else draw(
        st.none() | st.integers(1, 40).map(lambda gap: last_day + timedelta(days=gap)))
    return start, end, last_day, back_on


entries = st.lists(st.tuples(days, st.booleans(), st.integers(1, 6 * HOUR), st.booleans()), max_size=14)
periods = st.tuples(st.integers(0, SPAN), st.integers(1, SPAN + 1))


def hire(ctx, start, end, last_day, back_on) -> int:
    member_id = members.add_member(ctx, MemberDraft(name=f"Membre {next(names)}", start_date=start,
                                                    end_date=end)).id
    if last_day is not None:
        members.deactivate(ctx, member_id, last_day)
        if back_on is not None:
            members.reactivate(ctx, member_id, back_on)
    return member_id


def write_as_before(ctx, member_id, recorded) -> None:
    """The entries as Cercle once let them be written: on any day, credited automatically or typed by hand
    (the services refuse them outside the member's time in the team now; the data written before stays)."""
    with ctx.writing() as unit:
        for day, self_management, minutes, automatic in recorded:
            source = {"source": "shift", "source_id": next(sources)} if automatic else {}
            unit.add(TimeEntry(member_id=member_id, day=day, minutes=minutes, automatic=automatic,
                               category_id=category(ctx, "training" if self_management else hours.PROFESSION),
                               created_at=ctx.now(), **source))


def counted(recorded, time_in_team, first_day, last_day, self_management) -> int:
    """The minutes the rules count: on days from ``first_day`` to ``last_day`` that have happened, in the
    member's time in the team."""
    return sum(minutes for day, is_self_management, minutes, _ in recorded
               if is_self_management == self_management and first_day <= day <= min(last_day, TODAY)
               and time_in_team.covers(day))


@settings_of_hypothesis(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(careers(), entries, periods, st.booleans())
def test_the_report_counts_what_the_balance_counts_over_the_same_weeks(ctx, career, recorded, period, assumed):
    settings.put(ctx, "profession_hours_assumed", assumed)
    member_id = hire(ctx, *career)
    write_as_before(ctx, member_id, recorded)
    first_index, length = period
    first_week = FIRST + timedelta(weeks=first_index)
    last_week = min(first_week + timedelta(weeks=length - 1), TODAY)  # up to this week, counted up to today
    view = hours.team_view(ctx, first_week, last_week + timedelta(days=6))
    row = next((row for row in view.rows if row.member_id == member_id), None)
    history = hours.balance(ctx, member_id, last_week, weeks=SPAN + 10)
    balance_weeks = {week.totals.week_start: week for week in history}

    for index, week in enumerate(view.weeks):
        reported = row.weeks[index] if row else None
        figures = (0, 0, 0, 0) if reported is None else (
            reported.target_profession, reported.target_self_management, reported.done_profession,
            reported.done_self_management)
        kept = balance_weeks.get(week)
        assert figures == ((0, 0, 0, 0) if kept is None else (  # before the balance starts, nothing is owed or done
            kept.totals.target_profession, kept.totals.target_self_management, kept.totals.done_profession,
            kept.totals.done_self_management))

    def carried(week):  # the balance at the end of ``week``: none before it starts
        found = balance_weeks.get(week)
        return (0, 0) if found is None else (found.balance_profession, found.balance_self_management)

    before, after = carried(first_week - timedelta(weeks=1)), carried(last_week)
    gaps = (row.total("gap_profession"), row.total("gap_self_management")) if row else (0, 0)
    assert gaps == (after[0] - before[0], after[1] - before[1])

    start, end, last_day, back_on = career
    away = () if last_day is None else (rules.Departure(last_day, back_on),)
    time_in_team = rules.TeamTime(start, end, away)
    last_day_asked = last_week + timedelta(days=6)
    done_self = row.total("done_self_management") if row else 0
    assert done_self == counted(recorded, time_in_team, first_week, last_day_asked, True)
    if not assumed:
        done_profession = row.total("done_profession") if row else 0
        assert done_profession == counted(recorded, time_in_team, first_week, last_day_asked, False)


def test_the_week_grid_of_an_arrival_shows_only_the_hours_its_totals_count(ctx):
    arrival = date(2026, 11, 18)  # a Wednesday: the Monday and Tuesday before it are not hers
    member_id = hire(ctx, arrival, None, None, None)
    write_as_before(ctx, member_id, [(date(2026, 11, 16), True, 2 * HOUR, True), (arrival, True, HOUR, True)])
    grid = hours.week_grid(ctx, member_id, arrival)
    assert grid.cells == grid.automatic == {(arrival, category(ctx, "training")): HOUR}
    assert grid.totals.done_self_management == HOUR
