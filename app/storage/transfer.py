"""Move a whole centre from one database to another (SQLite file → the centre's PostgreSQL server).

Rows are copied table by table in foreign-key order, in one transaction on the target, then
verified by row counts and checksums per table. A target that already holds a centre is refused
unless the caller says to replace it.
"""

import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine, Integer, Table, func, select, text

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.storage.engine import read_only
from app.storage.models import load_all_models

TARGET_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "The target already holds a centre ({name}). Use --replace to overwrite it."
)
MISMATCH = QT_TRANSLATE_NOOP("Errors", "The copy of table {table} differs from the original; nothing was kept.")


class TransferFailed(CercleError):
    """The copy was refused or did not verify; the target is as it was."""


@dataclass(frozen=True)
class TableReport:
    table: str
    rows: int
    checksum: str


def tables() -> list[Table]:
    return list(load_all_models().sorted_tables)


def checksum(engine: Engine, table: Table) -> TableReport:
    """Row count and a SHA-256 over the rows in primary-key order."""
    with read_only(engine).connect() as connection:
        return _checksum_in(connection, table)


def _comparable(value: object) -> object:
    """The same value reads back the same from both engines (booleans are 0/1 on SQLite)."""
    return int(value) if isinstance(value, bool) else value


def copy_centre(source: Engine, target: Engine, *, replace: bool = False) -> list[TableReport]:
    """Copy every row of ``source`` into ``target`` (both at the current schema) and verify it."""
    with read_only(target).connect() as connection:
        existing = connection.execute(text("SELECT name FROM centre")).scalar()
    if existing is not None and not replace:
        raise TransferFailed(TARGET_NOT_EMPTY, name=existing)
    with target.begin() as writer, read_only(source).connect() as reader:
        for table in reversed(tables()):
            writer.execute(table.delete())
        for table in tables():
            rows = [dict(row._mapping) for row in reader.execute(select(table))]
            if rows:
                writer.execute(table.insert(), rows)
        if target.dialect.name == "postgresql":
            _reset_sequences(writer)
        reports = []
        for table in tables():
            original = checksum(source, table)
            copied = _checksum_in(writer, table)
            if original != copied:
                raise TransferFailed(MISMATCH, table=table.name)  # rolls the whole copy back
            reports.append(original)
    return reports


def _checksum_in(connection, table: Table) -> TableReport:
    digest = hashlib.sha256()
    count = 0
    for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
        digest.update(repr(tuple(_comparable(value) for value in row)).encode())
        count += 1
    return TableReport(table.name, count, digest.hexdigest())


def _reset_sequences(connection) -> None:
    """After explicit ids were inserted, PostgreSQL's sequences must continue after the largest."""
    for table in tables():
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or not isinstance(columns[0].type, Integer):
            continue
        column = columns[0]
        largest = connection.execute(select(func.max(column))).scalar()
        if largest is not None:
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, :column), :value)"),
                {"table": table.name, "column": column.name, "value": largest},
            )
