"""Pages of a long list that SQL narrows and Python decides: a search that sets case aside in every alphabet,
which SQL's lower() cannot do on SQLite (see app.domain.names), still reads only the page it shows."""

from collections.abc import Callable
from typing import TypeVar

Row = TypeVar("Row")


def kept_page(candidates: Callable[[Row | None], list[Row]], keep: Callable[[Row], bool], after: Row | None,
              limit: int) -> list[Row]:
    """The next ``limit`` rows after ``after`` (from the first when None) that ``keep`` keeps. ``candidates``
    reads, in the list's order, up to ``limit`` rows after a row that may be kept (SQL's narrowing); they are
    read again after the last one until ``limit`` rows are kept or none is left."""
    kept: list[Row] = []
    while len(kept) < limit:
        read = candidates(after)
        kept += filter(keep, read)
        if len(read) < limit:
            break
        after = read[-1]
    return kept[:limit]
