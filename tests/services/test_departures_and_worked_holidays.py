"""Leaving the team and coming back (nothing owed in between, the balance kept), and public holidays the
centre works (journée de solidarité): targets and the rota count them as working days (both engines)."""

from datetime import date, datetime, time, timedelta

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import centre, hours, members, rota, settings
from app.storage.models import AuditEntry, Departure

HOUR = 60
ARRIVED = date(2026, 1, 5)
LAST_DAY = date(2026, 8, 14)  # a Friday
TODAY = date(2026, 11, 23)  # the clock of the ctx fixture: a Monday
WHIT_MONDAY_2026 = date(2026, 5, 25)
CHRISTMAS = date(2026, 12, 25)  # a Friday, like New Year's Day after it


def add(ctx, name, **extra):
    extra.setdefault("start_date", ARRIVED)
    return members.add_member(ctx, MemberDraft(name=name, **extra)).id


def audit_actions(ctx):
    with ctx.reading() as db:
        return [(row.action, row.entity) for row in db.exec(select(AuditEntry).order_by(AuditEntry.id))]


def on(ctx, day):
    ctx.clock = lambda: datetime.combine(day, time(20, 0), tzinfo=ctx.timezone)


def test_a_member_who_left_owes_nothing_and_finds_their_balance_again(ctx):
    amina = add(ctx, "Amina")
    on(ctx, LAST_DAY)
    members.deactivate(ctx, amina, LAST_DAY)
    kept = hours.balance_on(ctx, amina, LAST_DAY)
    assert kept[1] < 0  # no self-management hours recorded: 10 h a week owed, until the last day
    on(ctx, TODAY)
    assert members.last_day(ctx, amina) == LAST_DAY
    assert hours.balance_on(ctx, amina, TODAY) == kept  # 14 weeks later: not a minute more owed
    assert hours.week_totals(ctx, amina, date(2026, 9, 7)).target_self_management == 0
    members.reactivate(ctx, amina, TODAY)
    assert members.last_day(ctx, amina) is None
    assert hours.balance_on(ctx, amina, TODAY - timedelta(days=1)) == kept
    monday_owed = 2 * HOUR
    assert hours.team_balances(ctx, TODAY)[amina].balance_self_management == kept[1] - monday_owed
    assert audit_actions(ctx)[-4:] == [("add", "departure"), ("deactivate", "member"),
                                        ("edit", "departure"), ("reactivate", "member")]


def test_the_week_of_the_last_day_owes_only_its_days_before_it(ctx):
    amina = add(ctx, "Amina")
    members.deactivate(ctx, amina, date(2026, 11, 18))  # a Wednesday
    totals = hours.week_totals(ctx, amina, date(2026, 11, 16))
    assert (totals.target_profession, totals.target_self_management) == (15 * HOUR, 6 * HOUR)


def test_several_departures_and_returns(ctx):
    bruno = add(ctx, "Bruno")
    members.deactivate(ctx, bruno, date(2026, 3, 6))
    members.reactivate(ctx, bruno, date(2026, 4, 6))
    members.deactivate(ctx, bruno, date(2026, 6, 5))
    members.reactivate(ctx, bruno, date(2026, 9, 7))
    weeks = (date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 6), date(2026, 6, 8), date(2026, 9, 7))
    owed = [hours.week_totals(ctx, bruno, week).target_self_management // HOUR for week in weeks]
    assert owed == [10, 0, 8, 0, 10]  # Easter Monday 2026 is 6 April
    with pytest.raises(RuleViolation) as before_return:  # the last day cannot fall before the last return
        members.deactivate(ctx, bruno, date(2026, 9, 4))
    assert str(before_return.value) == "The last day cannot be before Bruno came back (07/09/2026)."
    with ctx.reading() as db:
        assert len(list(db.exec(select(Departure).where(Departure.member_id == bruno)))) == 2


def test_no_hours_are_typed_for_a_day_away_from_the_team_which_would_count_nowhere(ctx):
    amina = add(ctx, "Amina")
    members.deactivate(ctx, amina, LAST_DAY)
    members.reactivate(ctx, amina, LAST_DAY + timedelta(weeks=4))
    training = next(c.id for c in hours.list_categories(ctx) if c.code == "training")
    with pytest.raises(RuleViolation, match="Amina is away from the team on"):
        hours.record_entry(ctx, amina, LAST_DAY + timedelta(weeks=1), training, HOUR)
    hours.record_entry(ctx, amina, LAST_DAY, training, HOUR)
    hours.record_entry(ctx, amina, LAST_DAY + timedelta(weeks=4), training, HOUR)
    assert len(hours.list_entries(ctx, amina, ARRIVED, TODAY)) == 2


def test_bad_dates_are_refused_and_nothing_is_written(ctx):
    claire = add(ctx, "Claire", start_date=date(2026, 3, 2))
    written = len(audit_actions(ctx))
    with pytest.raises(RuleViolation) as before_arrival:
        members.deactivate(ctx, claire, date(2026, 3, 1))
    assert before_arrival.value.params == {"name": "Claire", "day": "02/03/2026"}
    with pytest.raises(RuleViolation):
        members.deactivate(ctx, claire, TODAY + timedelta(days=1))
    assert len(audit_actions(ctx)) == written and members.get_member(ctx, claire).active
    members.deactivate(ctx, claire, date(2026, 3, 2))  # the day they arrived is a last day
    with pytest.raises(RuleViolation):
        members.deactivate(ctx, claire)
    with pytest.raises(RuleViolation) as too_early:
        members.reactivate(ctx, claire, date(2026, 3, 2))
    assert too_early.value.params == {"day": "02/03/2026"}
    assert not members.get_member(ctx, claire).active
    members.reactivate(ctx, claire, TODAY + timedelta(days=14))  # back in a fortnight: nothing owed till then
    assert hours.week_totals(ctx, claire, TODAY).target_self_management == 0
    with pytest.raises(RuleViolation):
        members.reactivate(ctx, claire)


def test_the_old_switch_still_deactivates_today(ctx):
    david = add(ctx, "David")
    members.set_active(ctx, david, False)
    assert members.last_day(ctx, david) == TODAY
    members.set_active(ctx, david, True)
    assert members.get_member(ctx, david).active


def test_a_worked_whit_monday_is_owed_like_any_monday(ctx):
    amina = add(ctx, "Amina")
    week = hours.week_totals(ctx, amina, WHIT_MONDAY_2026)
    assert (week.target_profession, week.target_self_management) == (20 * HOUR, 8 * HOUR)
    centre.set_worked_holidays(ctx, (), whit_monday_every_year=True)
    week = hours.week_totals(ctx, amina, WHIT_MONDAY_2026)
    assert (week.target_profession, week.target_self_management) == (25 * HOUR, 10 * HOUR)
    assert settings.get(ctx, "worked_holidays") == ["whit-monday"]
    assert audit_actions(ctx)[-1] == ("set", "setting")
    shown = {holiday.day: holiday for holiday in centre.list_holidays(ctx, [2026])}
    assert shown[WHIT_MONDAY_2026].worked and shown[WHIT_MONDAY_2026].whit_monday
    assert shown[WHIT_MONDAY_2026].name == "Lundi de Pentecôte"
    assert not shown[date(2026, 5, 14)].worked  # Ascension Day


def test_reception_shifts_are_made_on_a_worked_holiday_only(ctx):
    rota.add_template(ctx, 4, time(9, 0), time(12, 0), 1, "Café-accueil", valid_from=TODAY)
    centre.set_worked_holidays(ctx, [CHRISTMAS])
    rota.create_shifts_ahead(ctx, weeks=6)
    fridays = {shift.day for shift in rota.shifts_between(ctx, TODAY, TODAY + timedelta(weeks=6))}
    assert CHRISTMAS in fridays and date(2027, 1, 1) not in fridays
    assert CHRISTMAS not in rota.week_view(ctx, CHRISTMAS).closed


def test_only_the_region_s_holidays_can_be_worked(ctx):
    written = len(audit_actions(ctx))
    with pytest.raises(RuleViolation) as refused:
        centre.set_worked_holidays(ctx, [date(2027, 3, 26)])  # Good Friday: Alsace-Moselle only
    assert refused.value.params == {"day": "26/03/2027"}
    centre.set_worked_holidays(ctx, [])  # nothing changes: nothing audited
    assert len(audit_actions(ctx)) == written
