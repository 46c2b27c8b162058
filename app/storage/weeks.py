"""``week_number(day)`` in SQL: whole weeks since Monday 29 December 1969, so that sums group by ISO week.

Each engine spells it its own way (SQLite through julianday, which is quick); the services only see
one function and turn the number back into a Monday with :func:`monday_of_week_number`.
"""

from datetime import date, timedelta

from sqlalchemy import Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

EPOCH_MONDAY = date(1969, 12, 29)


class week_number(FunctionElement):  # noqa: N801 - used like an SQL function
    type = Integer()
    name = "week_number"
    inherit_cache = True


@compiles(week_number)
def _standard(element, compiler, **kw) -> str:
    day = compiler.process(element.clauses, **kw)
    return f"FLOOR(({day} - DATE '1969-12-29') / 7.0)"


@compiles(week_number, "sqlite")
def _sqlite(element, compiler, **kw) -> str:
    day = compiler.process(element.clauses, **kw)
    # Days after 1969 only: the truncation of CAST is then the floor.
    return f"CAST((julianday({day}) - julianday('1969-12-29')) / 7 AS INTEGER)"


def monday_of_week_number(number: int) -> date:
    return EPOCH_MONDAY + timedelta(weeks=int(number))
