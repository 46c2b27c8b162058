"""What a Qt model or delegate answers when Python fails in it: nothing, never an exception.

Qt calls a model's ``data()`` and ``headerData()``, and a delegate's ``paint()`` and ``sizeHint()``, from
C++, inside a paint or a model reset, where a Python exception has nowhere to go: a deadline whose local time ran off Python's calendar once crashed Cercle there.
A guarded method answers None instead (an empty cell), and the failure goes to ``sys.excepthook`` once per
model and cause: in Cercle, the journal and the notice that lets the person carry on; in the tests,
pytest-qt's capture, which fails the test, so that no real bug hides behind an empty cell."""

import functools
import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)
Method = TypeVar("Method", bound=Callable[..., Any])


def never_raises(method: Method) -> Method:
    """For a model's ``data()`` or ``headerData()``, a delegate's ``paint()``: None in place of an exception,
    which is reported."""
    return answers_on_failure(lambda *_args: None)(method)


def answers_on_failure(fallback: Callable[..., Any]) -> Callable[[Method], Method]:
    """Like ``never_raises``, answering ``fallback(owner, *args)`` instead of None: a delegate's ``sizeHint()``
    must give a size."""

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def guarded(owner, *args, **kwargs):
            try:
                return method(owner, *args, **kwargs)
            except Exception as error:  # noqa: BLE001 - Qt's C++ caller can do nothing with it
                report(owner, method.__name__, error)
                return fallback(owner, *args)

        return guarded  # type: ignore[return-value]

    return decorate


def report(model: object, method: str, error: Exception) -> None:
    """The failure to the journal's hook the first time this model meets it; later ones at debug level (a
    view asks a cell several roles at every paint)."""
    seen: set[tuple[str, str]] = model.__dict__.setdefault("_failures_reported", set())
    cause = (type(error).__name__, str(error))
    if cause in seen:
        log.debug("%s failed again: %s", type(model).__name__, error)
        return
    seen.add(cause)
    log.error("%s.%s failed; Qt is answered None", type(model).__name__, method)
    sys.excepthook(type(error), error, error.__traceback__)
