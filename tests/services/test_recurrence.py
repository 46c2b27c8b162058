"""Series repeating by a rule, on both engines: meetings monthly on the first Thursday, workshops on the last
Friday or every three weeks, around public holidays, closures and days chosen; an occurrence moved stays in
its series; the iCalendar read back gives the days planned."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.domain.recurrence import LAST, Frequency, Recurrence, SkipReason
from app.exports.meetings import meetings_calendar
from app.exports.workshops import workshops_calendar
from app.services import meetings, members, rota
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.storage.models.meetings import Meeting
from app.storage.models.workshops import WorkshopSession
from tests.calendar_reader import occurrences

PARIS = ZoneInfo("Europe/Paris")
FIRST_THURSDAYS = Recurrence(Frequency.MONTHLY_WEEKDAY, count=6)
JANUARY_7 = date(2027, 1, 7)  # the first Thursday of 2027


@pytest.fixture
def amina(ctx):
    ctx.actor_id = members.add_member(ctx, MemberDraft(name="Amina")).id
    return ctx.actor_id


def _draft(day: date) -> MeetingDraft:
    return MeetingDraft(title="Habitants-relais", day=day, start=time(18), end=time(19, 30), place="Café")


def _rows(ctx, model) -> int:
    with ctx.reading() as db:
        return db.exec(select(func.count()).select_from(model)).one()


def test_the_first_thursday_of_the_month_around_a_holiday_a_closure_and_a_day_chosen(ctx, amina):
    """Jan 7, Feb 4, Mar 4, Apr 1, May 6, Jun 3 2027: May 6 is Ascension Day, the centre is closed on
    Mar 4, and the team leaves Feb 4 out; the one of April moves a week later and stays in the series."""
    rota.add_closure(ctx, date(2027, 3, 4), "Journée au vert")
    planned = meetings.series_days(ctx, JANUARY_7, FIRST_THURSDAYS, chosen=[date(2027, 2, 4)])
    assert planned.days == (JANUARY_7, date(2027, 4, 1), date(2027, 6, 3))
    assert planned.skipped_for(SkipReason.HOLIDAY) == (date(2027, 5, 6),)
    assert planned.skipped_for(SkipReason.CLOSURE) == (date(2027, 3, 4),)
    assert planned.skipped_for(SkipReason.CHOSEN) == (date(2027, 2, 4),)

    series = meetings.create_series(ctx, _draft(JANUARY_7), FIRST_THURSDAYS, chosen=[date(2027, 2, 4)])
    assert [m.day for m in series] == list(planned.days)
    assert {m.series_id for m in series} == {series[0].id}
    april = series[1]
    moved = meetings.update_meeting(ctx, april.id, _draft(date(2027, 4, 8)))
    assert (moved.day, moved.series_id) == (date(2027, 4, 8), series[0].id)

    shown = occurrences(meetings_calendar(ctx, date(2027, 1, 1), date(2027, 6, 30)))
    assert [o.start for o in shown] == [
        datetime.combine(day, time(18), tzinfo=PARIS) for day in (JANUARY_7, date(2027, 4, 8), date(2027, 6, 3))
    ]
    assert [o.uid for o in shown] == [f"meeting-{m.id}@cercle" for m in series]  # moved, same event
    assert {o.end.time() for o in shown} == {time(19, 30)} and {o.location for o in shown} == {"Café"}


def test_a_series_left_without_a_day_or_with_a_bad_rule_writes_nothing(ctx, amina):
    christmas = date(2026, 12, 25)
    with pytest.raises(RuleViolation, match="left out"):
        meetings.create_series(ctx, _draft(christmas), Recurrence(count=1))
    with pytest.raises(RuleViolation, match="Not every month has a day 31"):
        meetings.create_series(ctx, _draft(date(2026, 12, 31)), Recurrence(Frequency.MONTHLY_DAY, count=3))
    with pytest.raises(RuleViolation, match="not that weekday"):
        meetings.create_series(ctx, _draft(JANUARY_7), Recurrence(Frequency.MONTHLY_WEEKDAY, count=3,
                                                                  position=LAST))
    assert _rows(ctx, Meeting) == 0


@pytest.fixture
def workshop(ctx, amina):
    return ws.add_workshop(ctx, ws.WorkshopDraft("Marche nordique", capacity=8), facilitators={amina: 30})


def test_workshops_on_the_last_friday_skip_christmas_and_a_moved_one_stays_in_the_series(ctx, workshop):
    last_fridays = Recurrence(Frequency.MONTHLY_WEEKDAY, position=LAST, count=4)
    first = ws.SessionDraft(date(2026, 11, 27), time(14), time(16))
    planned = ws.add_series(ctx, workshop.id, first, rule=last_fridays).sessions
    assert [s.day for s in planned] == [date(2026, 11, 27), date(2027, 1, 29), date(2027, 2, 26)]
    series_id = planned[0].series_id
    assert series_id is not None and {s.series_id for s in planned} == {series_id}

    january = planned[1]
    moved = ws.update_session(ctx, january.id, ws.SessionDraft(date(2027, 1, 22), time(14), time(16)))
    assert moved.sessions[0].series_id == series_id

    shown = occurrences(workshops_calendar(ctx, date(2026, 11, 1), date(2027, 3, 31)))
    assert [o.start.date() for o in shown] == [date(2026, 11, 27), date(2027, 1, 22), date(2027, 2, 26)]
    assert [o.uid for o in shown] == [f"workshop-session-{s.id}@cercle" for s in planned]


def test_workshops_every_three_weeks_with_a_day_chosen_out(ctx, workshop):
    every_three = Recurrence(interval=3, until=date(2027, 2, 28))
    first = ws.SessionDraft(date(2026, 12, 1), time(10), time(11, 30))
    result = ws.add_series(ctx, workshop.id, first, rule=every_three, chosen=[date(2026, 12, 22)])
    assert [s.day for s in result.sessions] == [
        date(2026, 12, 1), date(2027, 1, 12), date(2027, 2, 2), date(2027, 2, 23)
    ]
    shown = occurrences(workshops_calendar(ctx, date(2026, 12, 1), date(2027, 2, 28)))
    assert [o.start for o in shown] == [datetime.combine(s.day, time(10), tzinfo=PARIS) for s in result.sessions]


def test_a_fortnightly_series_as_before_now_skips_the_holidays(ctx, workshop):
    """Every two weeks from Ascension Day 2027 (Thursday 6 May): the holiday itself is left out."""
    first = ws.SessionDraft(date(2027, 5, 6), time(10), time(11))  # Ascension Day
    result = ws.add_series(ctx, workshop.id, first, every_weeks=2, count=3)
    assert [s.day for s in result.sessions] == [date(2027, 5, 20), date(2027, 6, 3)]
    before = _rows(ctx, WorkshopSession)
    with pytest.raises(RuleViolation, match="every 1 to 12"):
        ws.add_series(ctx, workshop.id, first, every_weeks=13, count=3)
    assert _rows(ctx, WorkshopSession) == before
