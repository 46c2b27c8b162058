"""``cercle check``: schema revision, integrity and foreign keys, read-only."""

import sqlite3
from dataclasses import dataclass

from sqlalchemy import text

from app.domain.errors import QT_TRANSLATE_NOOP
from app.storage import errors
from app.storage.engine import (
    connect_read_only,
    create_cercle_engine,
    head_revision,
    inspect_database,
    refusal,
    refuse_new,
    sqlite_path,
    sqlite_reason,
)
from app.storage.errors import DatabaseRefused

SUMMARY = QT_TRANSLATE_NOOP(
    "Errors", "OK: schema {revision} ({state}), integrity checked, foreign keys checked, {members} members."
)
CURRENT = QT_TRANSLATE_NOOP("Errors", "current")
TO_UPGRADE = QT_TRANSLATE_NOOP("Errors", "will be upgraded at the next start")
BROKEN_LINKS = QT_TRANSLATE_NOOP("Errors", "{path} has {count} broken links between tables ({tables}).")


@dataclass(frozen=True)
class CheckReport:
    template: str
    params: dict


def check_database(url: str) -> CheckReport:
    """Look at a database without writing to it. Raises DatabaseRefused with the reason when unsound."""
    found = inspect_database(url)
    refuse_new(url, found)
    path = sqlite_path(url)
    state = CURRENT if found.revision == head_revision() else TO_UPGRADE
    if path is not None:
        members = _check_sqlite(path)
    else:
        engine = create_cercle_engine(url)
        with engine.connect() as connection:
            members = connection.execute(text("SELECT count(*) FROM member")).scalar_one()
        engine.dispose()
    return CheckReport(SUMMARY, {"revision": found.revision, "state": state, "members": members})


def _check_sqlite(path) -> int:
    connection = connect_read_only(path)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise DatabaseRefused(errors.CORRUPT, path=str(path), reason=sqlite_reason("; ".join(result[:3])))
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            tables = ", ".join(sorted({row[0] for row in broken}))
            raise DatabaseRefused(BROKEN_LINKS, path=str(path), count=len(broken), tables=tables)
        return connection.execute("SELECT count(*) FROM member").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise refusal(str(path), error) from error
    finally:
        connection.close()
