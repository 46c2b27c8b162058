"""Python's cycle collector while Cercle starts: rarely, then never again over what the start made.

A start makes hundreds of thousands of objects that live as long as the process (modules, classes,
SQLAlchemy's tables, Qt's enums), and the collector, run every 700 allocations, scans them again and again
for cycles that are not there: about 2 % of a start (counted by callgrind on 10 years: 15 M of the 716 M
instructions to the window's first paint, 60 M of the 2.42 G of an hours report). So the process starts
with a high threshold; once started (the window painted, a command about to work), what it made is frozen
(``gc.freeze``: later collections skip it, which shortens every pause after a click too) and the usual
thresholds come back.

Only the thresholds change, never whether the collector is enabled: app.ui.background pauses it on its own.
Only the process's start uses this (``cercle``, ``python -m app``), never a test calling ``main()``.
"""

import gc

START_THRESHOLD = 50_000  # allocations between two collections while starting (Python's default: 700)
_usual: tuple[int, ...] | None = None  # the thresholds before begin(), while starting


def begin() -> None:
    global _usual
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(START_THRESHOLD, *_usual[1:])


def end() -> None:
    """The start is over (the window has painted, or a command is about to work): collect as usual.

    Call it before the work proper: an object frozen is never collected, even once it is garbage."""
    global _usual
    if _usual is not None:
        gc.freeze()
        gc.set_threshold(*_usual)
        _usual = None
