"""The years Cercle keeps: a step from a day at their edge, or saved outside them, stays on Python's calendar."""

from datetime import date

from app.domain.kept_years import (
    days_after,
    is_kept,
    kept_day,
    month_days,
    months_after,
    shown_instead,
    weeks_after,
)


def test_a_day_outside_is_brought_to_the_nearest_kept_day():
    assert [is_kept(day) for day in (date(1999, 12, 31), date(2000, 1, 1), date(9998, 12, 31), date(9999, 1, 1))] \
        == [False, True, True, False]
    assert kept_day(date(9999, 12, 31)) == date(9998, 12, 31)
    assert kept_day(date(1, 1, 1)) == kept_day(date(1900, 1, 1)) == date(2000, 1, 1)
    assert kept_day(date(2026, 11, 23)) == date(2026, 11, 23)


def test_steps_stop_at_the_edge_instead_of_running_off_the_calendar():
    assert days_after(date(9999, 12, 31), 7) == date(9998, 12, 31)  # date + 7 days raised OverflowError
    assert days_after(date(2026, 11, 23), 7) == date(2026, 11, 30)
    assert days_after(date(1, 1, 1), -7) == date(2000, 1, 1)
    assert days_after(date(2000, 1, 3), -7) == date(2000, 1, 1)
    last_monday, first_monday = date(9998, 12, 28), date(1999, 12, 27)
    assert weeks_after(last_monday, 1) == weeks_after(date(9999, 12, 27), 1) == last_monday
    assert weeks_after(first_monday, -1) == first_monday
    assert weeks_after(date(2026, 11, 23), -2) == date(2026, 11, 9)
    assert months_after(date(9998, 12, 1), 1) == date(9998, 12, 1)
    assert months_after(date(2000, 1, 1), -1) == date(2000, 1, 1)
    assert months_after(date(2026, 11, 1), 3) == date(2027, 2, 1)
    assert month_days(9999, 12) == (date(9999, 12, 1), date(9999, 12, 31))  # its next month Python has not


def test_a_field_says_the_day_it_shows_instead():
    assert shown_instead(date(2026, 11, 23)) is None
    instead = shown_instead(date(9999, 12, 31))
    assert instead is not None and instead.params["shown"] == date(9998, 12, 31)
