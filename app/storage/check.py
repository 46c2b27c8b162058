"""``cercle check``: schema revision, integrity and foreign keys, read-only; and the days saved outside the
years Cercle keeps, named for the team to correct them."""

import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import Engine, create_engine, text

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
from app.storage.outside_calendar import outside_calendar

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
    # what to correct though the database is sound, each as a template and its parameters
    findings: tuple[tuple[str, dict], ...] = field(default=())


def check_database(url: str) -> CheckReport:
    """Look at a database without writing to it. Raises DatabaseRefused with the reason when unsound."""
    path = sqlite_path(url)
    engine = create_engine("sqlite://", creator=lambda: connect_read_only(path)) if path is not None \
        else create_cercle_engine(url)
    try:  # the server's connections closed, whatever is found (inspecting a server opened one and kept it)
        found = inspect_database(url, engine)
        refuse_new(url, found)
        state = CURRENT if found.revision == head_revision() else TO_UPGRADE
        if path is not None:
            members = _check_sqlite(path)
        else:
            with engine.connect() as connection:
                members = connection.execute(text("SELECT count(*) FROM member")).scalar_one()
        # an older schema (upgraded at the next start) may lack a column the tables name now
        findings = _outside_calendar(engine) if state == CURRENT else ()
    finally:
        engine.dispose()
    return CheckReport(SUMMARY, {"revision": found.revision, "state": state, "members": members}, findings)


def _outside_calendar(engine: Engine) -> tuple[tuple[str, dict], ...]:
    with engine.connect() as connection:
        return tuple(row.said() for row in outside_calendar(connection))


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
