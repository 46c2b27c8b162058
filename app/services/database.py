"""The centre's database itself, before and beside the use cases of each area: which database a setting
names, whether it holds a centre yet, opening it, testing a connection, copying a whole centre into another
database (``cercle migrate``), and watching what other workstations commit.

The window and the command reach the storage through here (the layers in pyproject.toml). The server's
address, a failed connection and a change watcher are the storage's own types, handed on as they are.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app.domain.errors import CercleError
from app.services.changes import Entity
from app.services.context import Context
from app.storage import engine as storage
from app.storage.connection import ServerAddress
from app.storage.connection import test_connection as try_connection
from app.storage.errors import NO_CENTRE, DatabaseRefused
from app.storage.server_errors import DEFAULT_PORT, ConnectionFailed
from app.storage.watch import ChangeWatcher

if TYPE_CHECKING:  # the check and the copy are loaded by the commands that use them only
    from app.storage.check import CheckReport
    from app.storage.transfer import TableReport

__all__ = [
    "DEFAULT_PORT", "ChangeWatcher", "ConnectionFailed", "ServerAddress", "check", "driver_failure",
    "file_of", "file_of_centre", "holds_no_centre", "is_read_only", "migrate", "open_centre",
    "open_existing_centre", "resolve_url", "schema_revision", "shown", "test_connection",
    "watch_other_workstations",
]


def resolve_url(database: str | None) -> str:
    """The URL of ``database`` (a path or a URL), else of CERCLE_DATABASE_URL, else of the default file."""
    return storage.resolve_url(database)


def file_of(url: str) -> Path | None:
    """The file of a SQLite database; None for a server."""
    return storage.sqlite_path(url)


def file_of_centre(ctx: Context) -> Path | None:
    """The file of the open centre's database; None on a server."""
    return file_of(ctx.engine.url.render_as_string(hide_password=False))


def shown(url: str) -> str:
    """What a person is shown of a database: the file's path, or the URL without its password."""
    return storage.shown_database(url)


def holds_no_centre(url: str) -> bool:
    """Whether the database at ``url`` is missing or empty: opening it would create a centre."""
    return storage.inspect_database(url).is_new


def is_read_only(url: str) -> bool:
    """Whether the database at ``url`` is an existing file that this computer's user may only read."""
    return storage.is_read_only(url)


def open_centre(url: str, *, create: bool = True) -> Engine:
    """Check the database, bring it to the current schema and return its engine (see
    :func:`app.storage.engine.open_database`); raises DatabaseRefused."""
    return storage.open_database(url, create=create)


def open_existing_centre(url: str, *, system: str) -> Context:
    """The Context of the centre at ``url``, acting as ``system`` in the centre's time zone.

    Raises DatabaseRefused when the database does not exist or holds no centre (tables without a centre: a
    server prepared by ``cercle server init``, say): nothing is created, the database is left as it was.
    """
    from app.services.centre import apply_timezone, get_centre  # and its tables: not for a check

    ctx = Context(storage.open_database(url, create=False), system=system)
    try:
        current = get_centre(ctx)
        if current is None:
            raise DatabaseRefused(NO_CENTRE, path=shown(url))
    except BaseException:
        ctx.engine.dispose()  # closed before the process ends (see app.cli.end_process)
        raise
    apply_timezone(ctx, current)
    return ctx


def driver_failure(error: DBAPIError, url: str) -> CercleError:
    """A database driver's error on ``url`` in plain words: the file's problem, or why the server failed."""
    return storage.driver_failure(error, url)


def schema_revision() -> str:
    """The schema revision this Cercle writes (its last migration)."""
    return storage.head_revision()


def check(url: str) -> "CheckReport":
    """Check the database at ``url`` without changing it: schema revision, integrity, foreign keys."""
    from app.storage.check import check_database

    return check_database(url)


def test_connection(url: str) -> CercleError | None:
    """Try ``url`` read-only: None when Cercle can use it, else the error to show. It waits for the
    server up to a few seconds: call it off the GUI thread (app.ui.background)."""
    return try_connection(url)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name


def migrate(source: str, target: str, *, replace: bool = False,
            system: str = "command line") -> list["TableReport"]:
    """Copy the whole centre at ``source`` into ``target``, verified table by table, and audit the copy in the
    target, in one transaction: refused or failed, the target is left as it was. ``system`` names who asks."""
    from app.storage.transfer import copy_centre_into

    engines: list[Engine] = []
    try:
        engines.append(source_engine := storage.open_database(source, create=False))
        engines.append(target_engine := storage.open_database(target))
        ctx = Context(target_engine, system=system)
        with ctx.writing() as unit:
            reports = copy_centre_into(source_engine, unit.db.connection(), replace=replace)
            copied = {"from": storage.shown_database(source), "tables": len(reports),
                      "rows": sum(report.rows for report in reports)}
            unit.audit("migrate", Entity.DATABASE, None, after=copied)
    finally:
        for engine in engines:  # closed before the process ends (see app.cli.end_process)
            engine.dispose()
    return reports


def watch_other_workstations(ctx: Context) -> ChangeWatcher:
    """A watcher of the changes other workstations commit to the database of ``ctx``; raises when the
    server cannot be reached."""
    return ChangeWatcher(ctx.engine, ctx.sender)
