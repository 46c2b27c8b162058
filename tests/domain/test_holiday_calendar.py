"""France's public holidays computed by Cercle are the ``holidays`` library's, in both regions."""

from datetime import date

import holidays

from app.domain.holiday_calendar import TODAYS_LAW, french_public_holidays


def test_the_computed_holidays_are_the_librarys_in_both_regions():
    for year in range(TODAYS_LAW - 3, 2101):
        for subdivision in (None, "57"):
            library = frozenset(holidays.France(years=year, subdiv=subdivision))
            assert french_public_holidays(year, alsace_moselle=subdivision is not None) == library, (year, subdivision)


def test_whit_monday_was_no_public_holiday_from_2005_to_2007():
    assert date(2007, 5, 28) not in french_public_holidays(2007, alsace_moselle=False)
    assert date(2008, 5, 12) in french_public_holidays(2008, alsace_moselle=False)
