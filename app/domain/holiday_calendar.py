"""France's public holidays: computed here for the years of today's law, from the ``holidays`` library before.

The law has not changed since 2008 (Whit Monday back as a public holiday, loi n° 2008-351): eleven days,
two more in Alsace-Moselle. Computing them costs nothing, where the library costs ``cercle hours report``
a tenth of its time (its package loads every calendar of the world, dateutil's parser, its metadata).
The library stays the reference: for earlier years, and for the holidays' names (app.services.centre);
tests check that both give the same days.

When the library is needed, France's module is loaded from its file, under its own name: ``import
holidays.countries.france`` would first run the package ``holidays.countries``, which imports all of the
library's 250 countries. A later import of the package reuses it. A copy of the library without source
files (a frozen build) falls back to the ordinary import.
"""

import importlib.util
import sys
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from dateutil.easter import easter

if TYPE_CHECKING:
    import holidays

FRANCE = "holidays.countries.france"
TODAYS_LAW = 2008  # the first year whose public holidays are today's
FIXED_DAYS = ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25))
# days after Easter Sunday: Easter Monday, Ascension, Whit Monday
AFTER_EASTER = (1, 39, 50)
ALSACE_MOSELLE_AFTER_EASTER = (-2,)  # Good Friday
ALSACE_MOSELLE_FIXED_DAYS = ((12, 26),)  # Saint Stephen's Day


def french_public_holidays(year: int, alsace_moselle: bool) -> frozenset[date]:
    """The public holidays of ``year`` in metropolitan France, or in Alsace-Moselle."""
    if year < TODAYS_LAW:
        return frozenset(france()(years=year, subdiv="57" if alsace_moselle else None))
    fixed, after_easter = list(FIXED_DAYS), list(AFTER_EASTER)
    if alsace_moselle:
        fixed += ALSACE_MOSELLE_FIXED_DAYS
        after_easter += ALSACE_MOSELLE_AFTER_EASTER
    easter_sunday = easter(year)
    return frozenset([date(year, month, day) for month, day in fixed]
                     + [easter_sunday + timedelta(days=days) for days in after_easter])


def france() -> "type[holidays.HolidayBase]":
    """The ``holidays.France`` class."""
    import holidays
    import holidays.groups  # what France's module builds on

    module = sys.modules.get(FRANCE) or _load_alone(FRANCE)
    if module is None:
        return holidays.France
    found: type[holidays.HolidayBase] = module.France
    return found


def _load_alone(name: str) -> ModuleType | None:
    """The module ``name`` of the holidays library run from its file, without its package; None if absent."""
    import holidays

    path = Path(holidays.__file__).parent.joinpath(*name.split(".")[1:]).with_suffix(".py")
    spec = importlib.util.spec_from_file_location(name, path) if path.is_file() else None
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module
