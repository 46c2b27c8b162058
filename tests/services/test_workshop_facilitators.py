"""Who a workshop session credits, on both engines: whoever ran a session keeps its hours when the workshop
changes hands, a member who leaves is credited nothing after their last day, and nobody who left becomes
a facilitator."""

from datetime import UTC, date, datetime, time

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import hours, members
from app.services import workshops as ws
from app.storage.models import TimeEntry

MARCH = [date(2026, 3, 5), date(2026, 3, 12), date(2026, 3, 19), date(2026, 3, 26)]
APRIL = [date(2026, 4, 2), date(2026, 4, 9)]
SESSION_AND_PREPARATION = 120 + 30


def at(ctx, moment):
    ctx.clock = lambda: moment


@pytest.fixture
def team(ctx):
    at(ctx, datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    return {name: members.add_member(ctx, MemberDraft(name=name, start_date=date(2026, 1, 5))).id
            for name in ("Amina", "Bruno")}


@pytest.fixture
def cooking(ctx, team):
    """Amina's weekly workshop, four sessions in March and two in April."""
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=6), facilitators={team["Amina"]: 30})
    ws.add_series(ctx, workshop.id, ws.SessionDraft(MARCH[0], time(14), time(16)), count=6)
    return workshop


def credited_days(ctx, member_id):
    """Day → minutes of the workshop credits counted for ``member_id`` (pending ones left aside)."""
    with ctx.reading() as db:
        rows = db.exec(select(TimeEntry).where(TimeEntry.member_id == member_id, TimeEntry.source == ws.TIME_SOURCE))
        return {row.day: row.minutes for row in rows if not row.pending}


def pending_days(ctx, member_id):
    with ctx.reading() as db:
        rows = db.exec(select(TimeEntry).where(TimeEntry.member_id == member_id, TimeEntry.pending))
        return {row.day: row.minutes for row in rows}


def hold_march(ctx, cooking):
    at(ctx, datetime(2026, 4, 1, 8, 0, tzinfo=UTC))
    for session in ws.get_workshop(ctx, cooking.id).sessions:
        if session.day in MARCH[:3]:
            ws.record_attendance(ctx, session.id, {}, count=5)


def hand_over(ctx, cooking, member_id, preparation=30):
    ws.update_workshop(ctx, cooking.id, ws.WorkshopDraft("Cuisine", capacity=6), facilitators={member_id: preparation})


@pytest.mark.parametrize("validated", [False, True], ids=["open weeks", "validated weeks"])
def test_a_new_facilitator_takes_the_coming_sessions_and_the_held_ones_stay_credited_once(
        ctx, team, cooking, validated):
    amina, bruno = team["Amina"], team["Bruno"]
    hold_march(ctx, cooking)
    if validated:
        for day in MARCH:
            hours.validate_week(ctx, amina, day)
    hand_over(ctx, cooking, bruno)
    assert credited_days(ctx, amina) == dict.fromkeys(MARCH, SESSION_AND_PREPARATION)
    assert credited_days(ctx, bruno) == dict.fromkeys(APRIL, SESSION_AND_PREPARATION)
    assert pending_days(ctx, amina) == {}
    # the last March session, recorded after the hand-over, is still the one Amina ran
    late = next(s for s in ws.get_workshop(ctx, cooking.id).sessions if s.day == MARCH[3])
    ws.record_attendance(ctx, late.id, {}, count=4)
    assert credited_days(ctx, amina) == dict.fromkeys(MARCH, SESSION_AND_PREPARATION)
    assert MARCH[3] not in credited_days(ctx, bruno)


def test_a_session_under_way_stays_with_who_began_it(ctx, team, cooking):
    at(ctx, datetime(2026, 4, 2, 13, 30, tzinfo=UTC))  # 15:30 in Paris: the session began at 14:00
    hand_over(ctx, cooking, team["Bruno"], preparation=60)
    assert credited_days(ctx, team["Amina"])[APRIL[0]] == SESSION_AND_PREPARATION
    assert credited_days(ctx, team["Bruno"]) == {APRIL[1]: 120 + 60}


def test_who_leaves_keeps_the_sessions_until_their_last_day_and_no_later_one(ctx, team, cooking):
    amina = team["Amina"]
    at(ctx, datetime(2026, 4, 3, 8, 0, tzinfo=UTC))
    last_day = MARCH[1]  # recorded afterwards: the later March sessions were not hers to count
    assert ws.workshops_led_after(ctx, amina, last_day) == ["Cuisine"]
    members.deactivate(ctx, amina, last_day)
    assert credited_days(ctx, amina) == dict.fromkeys(MARCH[:2], SESSION_AND_PREPARATION)
    assert ws.get_workshop(ctx, cooking.id).facilitators == ()
    assert ws.workshops_led_after(ctx, amina, last_day) == []


def test_who_left_cannot_become_a_facilitator(ctx, team, cooking):
    at(ctx, datetime(2026, 4, 3, 8, 0, tzinfo=UTC))
    members.deactivate(ctx, team["Bruno"], date(2026, 3, 31))
    with pytest.raises(RuleViolation, match="Bruno has left the team"):
        hand_over(ctx, cooking, team["Bruno"])
    with pytest.raises(RuleViolation, match="Bruno has left the team"):
        ws.add_workshop(ctx, ws.WorkshopDraft("Marche", capacity=6), facilitators={team["Bruno"]: 0})
    assert [f.name for f in ws.get_workshop(ctx, cooking.id).facilitators] == ["Amina"]
    assert credited_days(ctx, team["Bruno"]) == {}


def test_a_session_entered_after_it_took_place_credits_every_facilitator(ctx, team):
    """Written down the week after: both facilitators ran it, not only the first one credited."""
    at(ctx, datetime(2026, 3, 9, 8, 0, tzinfo=UTC))
    both = {team["Amina"]: 30, team["Bruno"]: 30}
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Marche", capacity=6), facilitators=both)
    ws.add_session(ctx, workshop.id, ws.SessionDraft(MARCH[0], time(14), time(16)))
    assert credited_days(ctx, team["Amina"]) == {MARCH[0]: SESSION_AND_PREPARATION}
    assert credited_days(ctx, team["Bruno"]) == {MARCH[0]: SESSION_AND_PREPARATION}
