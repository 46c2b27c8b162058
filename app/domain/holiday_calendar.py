"""The ``holidays`` library's calendar of France, loaded alone.

``import holidays.countries.france`` first runs the package ``holidays.countries``, which imports all of
the library's 250 countries: a fifth of a second (two thirds of one once PySide6 watches every import)
that ``cercle hours report`` and the Hours page would wait for, for one country. France's module is
therefore loaded from its file, under its own name, so that a later import of the package reuses it. A
copy of the library without source files (a frozen build) falls back to the ordinary import.
"""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import holidays
import holidays.groups  # what France's module builds on: loaded with this module (before Qt by a command)

FRANCE = "holidays.countries.france"


def france() -> type[holidays.HolidayBase]:
    """The ``holidays.France`` class."""
    module = sys.modules.get(FRANCE) or _load_alone(FRANCE)
    if module is None:
        return holidays.France
    found: type[holidays.HolidayBase] = module.France
    return found


def _load_alone(name: str) -> ModuleType | None:
    """The module ``name`` of the holidays library run from its file, without its package; None if absent."""
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
