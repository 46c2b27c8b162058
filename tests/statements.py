"""What a piece of code asks of the database: the statements it runs, seen by an SQLAlchemy event listener.

The tests of a click assert on what it reads (a page of a list, the chosen record once), never on its time."""

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event


@contextmanager
def statements(engine: Engine) -> Iterator[list[str]]:
    """The SQL statements run on ``engine`` inside the block, in order (filled as they run)."""
    seen: list[str] = []

    def note(_connection, _cursor, statement: str, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def reading(seen: list[str], table: str) -> list[str]:
    """The statements of ``seen`` that read ``table`` (a SELECT naming it after FROM or JOIN)."""
    named = re.compile(rf"\b(FROM|JOIN) {re.escape(table)}\b", re.IGNORECASE)
    return [
        statement for statement in seen if statement.upper().startswith("SELECT") and named.search(statement)
    ]
