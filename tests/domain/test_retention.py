"""The retention rule of backups: 7 daily, 4 weekly, 12 monthly."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.retention import RetentionPolicy, backups_to_keep

moments = st.lists(
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 1, 1)), max_size=60
)


def test_a_daily_backup_for_two_years_keeps_7_days_4_weeks_12_months():
    start = datetime(2025, 1, 1, 8, 0)
    daily = [start + timedelta(days=day) for day in range(730)]
    kept = backups_to_keep(daily)
    newest = daily[-1]
    assert {newest - timedelta(days=day) for day in range(7)} <= kept
    assert len({(m.year, m.month) for m in kept}) == 12
    assert len(kept) <= 7 + 4 + 12
    assert min(kept) >= newest - timedelta(days=366)


def test_several_backups_a_day_keep_the_newest_of_the_day():
    day = datetime(2026, 11, 23)
    kept = backups_to_keep([day.replace(hour=8), day.replace(hour=12), day.replace(hour=18)])
    assert kept == {day.replace(hour=18)}


@given(moments)
def test_the_kept_backups_are_among_the_given_and_include_the_newest(given_moments):
    kept = backups_to_keep(given_moments)
    assert kept <= set(given_moments)
    if given_moments:
        assert max(given_moments) in kept
    assert len(kept) <= 7 + 4 + 12


@given(moments)
def test_one_backup_per_recent_day_week_and_month_is_kept(given_moments):
    kept = backups_to_keep(given_moments)
    days = sorted({m.date() for m in given_moments}, reverse=True)[:7]
    for day in days:
        assert max(m for m in given_moments if m.date() == day) in kept
    months = sorted({(m.year, m.month) for m in given_moments}, reverse=True)[:12]
    for month in months:
        assert max(m for m in given_moments if (m.year, m.month) == month) in kept


@given(moments)
def test_keeping_is_stable_applying_the_rule_twice_deletes_nothing_more(given_moments):
    kept = backups_to_keep(given_moments)
    assert backups_to_keep(kept) == kept


def test_a_smaller_policy_keeps_less():
    start = datetime(2026, 1, 1)
    daily = [start + timedelta(days=day) for day in range(100)]
    assert len(backups_to_keep(daily, RetentionPolicy(daily=1, weekly=0, monthly=0))) == 1
