"""A change of the centre's region changes its public holidays: the reception shifts from today on follow, in
the same transaction (both engines). Alsace-Moselle has 26 December (a Saturday in 2026) on top of the
national holidays."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import select

from app.domain.members import MemberDraft
from app.services import centre, members, notifications, rota, setup
from app.storage.models import AuditEntry, TimeEntry
from tests.conftest import TEST_NOW

TODAY = date(2026, 11, 23)  # the clock of the ctx fixture: a Monday, 09:00 in Paris
BOXING_DAY = date(2026, 12, 26)  # St Stephen's Day: a public holiday in Alsace-Moselle only; a Saturday
SATURDAY = 5
MORNING, NOON = time(8, 30), time(12, 30)


@pytest.fixture
def team(ctx):
    ids = {name: members.add_member(ctx, MemberDraft(name=name, start_date=date(2025, 1, 6))).id
           for name in ("Amina", "Bruno")}
    ctx.actor_id = ids["Amina"]
    return ids


def region(ctx, name, *, through_setup=False):
    draft = replace(centre.CentreDraft(centre.get_centre(ctx).name), holiday_region=name)
    return (setup.save_centre(ctx, draft) if through_setup else centre.update_centre(ctx, draft)).holiday_shifts


def saturdays(ctx):
    """The Saturday mornings of the rota: each day, its status and its holders."""
    return [(s.day, s.status, [c.name for c in s.claimants])
            for s in rota.shifts_between(ctx, TODAY, TODAY + timedelta(weeks=9), include_cancelled=True)
            if s.day.weekday() == SATURDAY]


def on_boxing_day(ctx):
    return [shift for shift in saturdays(ctx) if shift[0] == BOXING_DAY]


def credited(ctx, member_id, day):
    with ctx.reading() as db:
        return [row.minutes for row in db.exec(select(TimeEntry).where(
            TimeEntry.member_id == member_id, TimeEntry.source == "shift", TimeEntry.day == day))]


def audited(ctx, action):
    with ctx.reading() as db:
        return list(db.exec(select(AuditEntry).where(AuditEntry.action == action)))


def saturday_mornings(ctx):
    rota.add_template(ctx, SATURDAY, MORNING, NOON, 2, "Café-accueil", valid_from=TODAY)
    return rota.create_shifts_ahead(ctx, weeks=8)


def test_a_day_that_becomes_a_public_holiday_loses_its_shifts_and_their_holders_are_told(ctx, team):
    assert saturday_mornings(ctx) == 8  # the Saturdays up to 16 January 2027, 26 December included
    shift = rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0]
    rota.claim_shift(ctx, shift.id)
    assert credited(ctx, team["Amina"], BOXING_DAY) == [240]
    done = region(ctx, "alsace-moselle")
    assert (done.cancelled, done.created) == (1, 0)
    assert [str(warning) for warning in done.warnings] == [
        "Amina loses the seat on 2026-12-26, 08:30–12:30, and its hours: the shift is cancelled."]
    assert on_boxing_day(ctx) == [(BOXING_DAY, "cancelled", ["Amina"])]  # the seat kept, for a way back
    assert len([day for day, status, _names in saturdays(ctx) if status == "planned"]) == 7
    assert credited(ctx, team["Amina"], BOXING_DAY) == []  # the hours withdrawn, as a closure does
    told = notifications.list_notifications(ctx, team["Amina"])
    assert [(n.kind, n.text, n.params) for n in told] == [
        ("shift", rota.SHIFT_ON_HOLIDAY, {"day": "2026-12-26", "start": "08:30", "end": "12:30"})]
    assert notifications.list_notifications(ctx, team["Bruno"]) == []
    assert [row.entity_id for row in audited(ctx, "cancel_holiday")] == [shift.id]
    assert region(ctx, "alsace-moselle") == centre.HolidayShifts()  # saved again unchanged: nothing more
    assert not region(ctx, "alsace-moselle")


def test_a_day_no_longer_a_public_holiday_gets_its_shifts_and_a_round_trip_gives_the_seats_back(ctx, team):
    assert not region(ctx, "alsace-moselle")  # no shift yet: nothing to follow
    assert saturday_mornings(ctx) == 7  # 26 December skipped
    assert on_boxing_day(ctx) == []
    done = region(ctx, "metropole", through_setup=True)
    assert (done.cancelled, done.created, done.warnings) == (0, 1, ())
    assert on_boxing_day(ctx) == [(BOXING_DAY, "planned", [])]  # as create_ahead makes it
    assert len(audited(ctx, "create_after_holiday")) == 1
    shift = rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0]
    assert (shift.start, shift.end, shift.seats, shift.label) == (MORNING, NOON, 2, "Café-accueil")
    rota.claim_shift(ctx, shift.id)
    assert region(ctx, "alsace-moselle").cancelled == 1
    done = region(ctx, "metropole")
    assert (done.cancelled, done.created, done.warnings) == (0, 1, ())
    assert on_boxing_day(ctx) == [(BOXING_DAY, "planned", ["Amina"])]  # the same shift, its seat given back
    assert credited(ctx, team["Amina"], BOXING_DAY) == [240]
    assert rota.create_shifts_ahead(ctx, weeks=8) == 0  # nothing left for create_ahead to make


def test_a_shift_cancelled_by_hand_or_by_a_closure_stays_cancelled_when_its_day_is_no_longer_a_holiday(ctx, team):
    saturday_mornings(ctx)
    boxing = rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0]
    rota.cancel_shift(ctx, boxing.id)
    january = date(2027, 1, 2)
    assert region(ctx, "alsace-moselle") == centre.HolidayShifts()  # cancelled already: nothing to do
    assert region(ctx, "metropole") == centre.HolidayShifts()  # nor to give back: cancelled by hand
    assert on_boxing_day(ctx) == [(BOXING_DAY, "cancelled", [])]
    assert rota.shifts_between(ctx, january, january)  # another day: untouched


def test_a_closure_keeps_a_day_that_is_no_longer_a_holiday_shut(ctx, team):
    region(ctx, "alsace-moselle")
    saturday_mornings(ctx)
    rota.add_closure(ctx, BOXING_DAY, "Inventaire")
    assert region(ctx, "metropole") == centre.HolidayShifts()
    assert on_boxing_day(ctx) == []


def test_past_shifts_never_change_with_the_region(ctx, team):
    ctx.clock = lambda: datetime(2025, 12, 1, 9, 0, tzinfo=ctx.timezone)  # a year ago, a shift on 26 December
    past = rota.add_shift(ctx, date(2025, 12, 26), MORNING, NOON, 1)
    rota.claim_shift(ctx, past.id)
    ctx.clock = lambda: TEST_NOW
    saturday_mornings(ctx)
    assert region(ctx, "alsace-moselle").cancelled == 1  # 26 December 2026 only
    kept = rota.get_shift(ctx, past.id)
    assert (kept.status, [c.name for c in kept.claimants]) == ("planned", ["Amina"])
    assert credited(ctx, team["Amina"], date(2025, 12, 26)) == [240]
    assert notifications.list_notifications(ctx, team["Amina"]) == []  # nobody held 26 December 2026


def test_a_shift_of_today_already_started_stays_planned(ctx, team):
    ctx.clock = lambda: datetime(2026, 12, 26, 10, 0, tzinfo=ctx.timezone)  # Saturday 26 December, 10:00
    rota.add_template(ctx, SATURDAY, MORNING, NOON, 1, valid_from=date(2026, 12, 26))
    rota.add_template(ctx, SATURDAY, time(13, 30), time(17, 30), 1, valid_from=date(2026, 12, 26))
    rota.create_shifts_ahead(ctx, weeks=1)
    done = region(ctx, "alsace-moselle")
    assert done.cancelled == 1  # the afternoon; the morning under way keeps its hours
    assert [(s.start, s.status) for s in rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY, include_cancelled=True)] \
        == [(MORNING, "planned"), (time(13, 30), "cancelled")]
    assert region(ctx, "metropole").created == 1  # the afternoon given back; the morning was never cancelled
