"""What a shift cancelled for a public holiday is, in the shift itself (the audit log only records); the public
holidays the centre works follow the rota as a change of region does; a closure tells the holders of the shifts it
cancels, and of those it gives back (both engines, the clock of the ctx fixture)."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from app.services import centre, hours, notifications, rota
from app.storage.models import TimeEntry
from app.storage.models.rota import Shift
from tests.services import test_region_holidays
from tests.services.test_region_holidays import BOXING_DAY, TODAY, region, saturday_mornings

CHRISTMAS = date(2026, 12, 25)  # a Friday
FRIDAY = 4
MORNING, NOON = time(9, 0), time(12, 0)
WHEN = {"day": "2026-12-25", "start": "09:00", "end": "12:00"}
team = test_region_holidays.team  # the fixture: Amina (acting) and Bruno, in the team since 6 January 2025


def friday_mornings(ctx):
    rota.add_template(ctx, FRIDAY, MORNING, NOON, 2, "Café-accueil", valid_from=TODAY)
    return rota.create_shifts_ahead(ctx, weeks=8)


def on(ctx, day):
    return [(s.status, [c.name for c in s.claimants])
            for s in rota.shifts_between(ctx, day, day, include_cancelled=True)]


def told(ctx, member_id):
    """Oldest first: the kind, the template and the parameters of each notification of ``member_id``."""
    return [(n.text, n.params) for n in reversed(notifications.list_notifications(ctx, member_id))]


def marked(ctx, day):
    with ctx.reading() as db:
        return [(s.status, s.cancelled_for_holiday, s.closure_id) for s in db.exec(select(Shift).where(Shift.day == day))]


def credited(ctx, member_id, day):
    with ctx.reading() as db:
        return [row.minutes for row in db.exec(select(TimeEntry).where(
            TimeEntry.member_id == member_id, TimeEntry.source == "shift", TimeEntry.day == day))]


def prune_the_audit_log(ctx):
    with ctx.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry"))


# --- 1. the shift says it was cancelled for a public holiday --------------------------------------------------------


def test_a_shift_a_holiday_cancelled_comes_back_with_the_audit_log_pruned(ctx, team):
    saturday_mornings(ctx)
    boxing = rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0]
    rota.claim_shift(ctx, boxing.id)
    assert region(ctx, "alsace-moselle").cancelled == 1
    assert marked(ctx, BOXING_DAY) == [("cancelled", True, None)]
    prune_the_audit_log(ctx)  # the log only records: the rota does not read it
    done = region(ctx, "metropole")
    assert (done.cancelled, done.created, done.warnings) == (0, 1, ())
    assert marked(ctx, BOXING_DAY) == [("planned", False, None)]
    assert on(ctx, BOXING_DAY) == [("planned", ["Amina"])]


def test_the_database_refuses_the_holiday_mark_on_a_planned_shift_or_with_a_closure(ctx, team):
    saturday_mornings(ctx)
    region(ctx, "alsace-moselle")
    rota.add_closure(ctx, date(2027, 1, 2), "Inventaire")
    for where in ("status = 'planned'", "closure_id IS NOT NULL"):
        with pytest.raises(IntegrityError), ctx.engine.begin() as connection:
            connection.execute(text(f"UPDATE shift SET cancelled_for_holiday = :yes WHERE {where}"), {"yes": True})
    assert marked(ctx, BOXING_DAY) == [("cancelled", True, None)]


def test_a_holiday_shift_on_a_day_closed_since_comes_back_with_the_closure_gone(ctx, team):
    saturday_mornings(ctx)
    boxing = rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0]
    rota.claim_shift(ctx, boxing.id)
    region(ctx, "alsace-moselle")
    closure = rota.add_closure(ctx, BOXING_DAY, "Inventaire")
    assert region(ctx, "metropole") == centre.HolidayShifts()  # closed: it stays cancelled, now by the closure
    assert marked(ctx, BOXING_DAY) == [("cancelled", False, closure.id)]
    assert rota.remove_closure(ctx, closure.id) == ()
    assert on(ctx, BOXING_DAY) == [("planned", ["Amina"])]
    assert credited(ctx, team["Amina"], BOXING_DAY) == [240]


def test_a_shift_cancelled_by_hand_after_the_holiday_loses_the_mark_and_stays_cancelled(ctx, team):
    saturday_mornings(ctx)
    region(ctx, "alsace-moselle")
    rota.end_template(ctx, rota.list_templates(ctx)[0].id, BOXING_DAY - timedelta(days=1))  # nobody held it
    assert region(ctx, "metropole") == centre.HolidayShifts()
    assert marked(ctx, BOXING_DAY) == [("cancelled", False, None)]  # the weekly shift ended: nothing comes back


def test_a_closure_removed_on_a_day_become_a_holiday_leaves_its_weekly_shifts_to_the_holiday(ctx, team):
    friday_mornings(ctx)
    centre.set_worked_holidays(ctx, [CHRISTMAS])
    rota.claim_shift(ctx, rota.shifts_between(ctx, CHRISTMAS, CHRISTMAS)[0].id)
    one_off = rota.add_shift(ctx, CHRISTMAS, time(14), time(17), 1)
    closure = rota.add_closure(ctx, CHRISTMAS, "Inventaire")
    assert centre.set_worked_holidays(ctx, []) == centre.HolidayShifts()  # closed already: nothing to cancel
    assert [str(w) for w in rota.remove_closure(ctx, closure.id)] == [
        "The shift of 2026-12-25, 09:00–12:00, stays cancelled: that day is a public holiday the centre does not work."]
    assert [(s.id == one_off.id, s.status) for s in rota.shifts_between(ctx, CHRISTMAS, CHRISTMAS,
                                                                        include_cancelled=True)] == [
        (False, "cancelled"), (True, "planned")]  # a one-off may be added on a holiday on purpose
    assert sorted(marked(ctx, CHRISTMAS)) == [("cancelled", True, None), ("planned", False, None)]
    assert centre.set_worked_holidays(ctx, [CHRISTMAS]).created == 1
    assert on(ctx, CHRISTMAS) == [("planned", ["Amina"]), ("planned", [])]


# --- 2. the public holidays the centre works --------------------------------------------------------------------


def test_a_holiday_made_worked_gets_its_shifts_and_one_no_longer_worked_loses_them(ctx, team):
    assert friday_mornings(ctx) == 6  # up to 15 January 2027, 25 December and 1 January skipped
    assert on(ctx, CHRISTMAS) == []
    done = centre.set_worked_holidays(ctx, [CHRISTMAS])
    assert (done.cancelled, done.created, done.warnings) == (0, 1, ())
    assert on(ctx, CHRISTMAS) == [("planned", [])]
    rota.claim_shift(ctx, rota.shifts_between(ctx, CHRISTMAS, CHRISTMAS)[0].id)
    rota.claim_shift(ctx, rota.shifts_between(ctx, CHRISTMAS, CHRISTMAS)[0].id, team["Bruno"])
    done = centre.set_worked_holidays(ctx, [])
    assert (done.cancelled, done.created) == (1, 0)
    assert [str(warning) for warning in done.warnings] == [
        f"{name} loses the seat on 2026-12-25, 09:00–12:00, and its hours: the shift is cancelled."
        for name in ("Amina", "Bruno")]
    assert on(ctx, CHRISTMAS) == [("cancelled", ["Amina", "Bruno"])]
    assert marked(ctx, CHRISTMAS) == [("cancelled", True, None)]
    assert credited(ctx, team["Bruno"], CHRISTMAS) == []
    for member_id in team.values():
        assert told(ctx, member_id) == [(rota.SHIFT_ON_HOLIDAY_OFF, WHEN)]
    done = centre.set_worked_holidays(ctx, [CHRISTMAS])
    assert (done.cancelled, done.created, done.warnings) == (0, 1, ())
    assert on(ctx, CHRISTMAS) == [("planned", ["Amina", "Bruno"])]
    assert credited(ctx, team["Bruno"], CHRISTMAS) == [180]
    for member_id in team.values():
        assert told(ctx, member_id) == [(rota.SHIFT_ON_HOLIDAY_OFF, WHEN), (rota.SHIFT_BACK, WHEN)]
    assert rota.create_shifts_ahead(ctx, weeks=8) == 0


def test_whit_monday_every_year_and_unchanged_holidays_follow_nothing_more(ctx, team):
    assert centre.set_worked_holidays(ctx, []) == centre.HolidayShifts()
    friday_mornings(ctx)
    assert centre.set_worked_holidays(ctx, (), whit_monday_every_year=True) == centre.HolidayShifts()  # in May
    assert on(ctx, CHRISTMAS) == []


def test_a_holiday_no_longer_worked_keeps_a_shift_already_started(ctx, team):
    ctx.clock = lambda: datetime(2026, 12, 25, 10, 0, tzinfo=ctx.timezone)  # Friday 25 December, 10:00
    rota.add_template(ctx, FRIDAY, MORNING, NOON, 1, valid_from=CHRISTMAS)
    rota.add_template(ctx, FRIDAY, time(14), time(17), 1, valid_from=CHRISTMAS)
    centre.set_worked_holidays(ctx, [CHRISTMAS])
    rota.create_shifts_ahead(ctx, weeks=1)
    assert centre.set_worked_holidays(ctx, []).cancelled == 1  # the afternoon; the morning keeps its hours
    assert [s.status for s in rota.shifts_between(ctx, CHRISTMAS, CHRISTMAS, include_cancelled=True)] == [
        "planned", "cancelled"]


# --- 3. a closure tells the holders ---------------------------------------------------------------------------------


def test_a_closure_tells_each_holder_with_its_reason_once(ctx, team):
    friday_mornings(ctx)
    day = date(2026, 12, 4)
    shift = rota.shifts_between(ctx, day, day)[0]
    rota.claim_shift(ctx, shift.id)
    closure = rota.add_closure(ctx, day, "Formation de l'équipe")
    when = {"day": "2026-12-04", "start": "09:00", "end": "12:00"}
    assert told(ctx, team["Amina"]) == [(rota.SHIFT_ON_CLOSURE_WHY, {**when, "reason": "Formation de l'équipe"})]
    assert told(ctx, team["Bruno"]) == []
    rota.add_closure(ctx, day, "Formation")  # closed again, the reason changed: nothing more to cancel, nor to tell
    assert len(told(ctx, team["Amina"])) == 1
    assert rota.remove_closure(ctx, closure.id) == ()
    assert told(ctx, team["Amina"])[1:] == [(rota.SHIFT_BACK, when)]
    other = date(2026, 12, 11)
    rota.claim_shift(ctx, rota.shifts_between(ctx, other, other)[0].id, team["Bruno"])
    rota.add_closure(ctx, other)
    assert told(ctx, team["Bruno"]) == [(rota.SHIFT_ON_CLOSURE, {**when, "day": "2026-12-11"})]


def test_a_holder_who_does_not_get_her_seat_back_is_not_told_it_is_back(ctx, team):
    friday_mornings(ctx)
    day = date(2026, 12, 4)
    rota.claim_shift(ctx, rota.shifts_between(ctx, day, day)[0].id, team["Bruno"])
    closure = rota.add_closure(ctx, day, "Inventaire")
    hours.add_absence(ctx, team["Bruno"], day, day)
    (warning,) = rota.remove_closure(ctx, closure.id)
    assert str(warning).startswith("Bruno does not get the seat on 2026-12-04, 09:00–12:00, back.")
    assert [template for template, _params in told(ctx, team["Bruno"])] == [rota.SHIFT_ON_CLOSURE_WHY]
