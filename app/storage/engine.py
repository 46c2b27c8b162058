"""Engines for SQLite and PostgreSQL, and the safe opening of a database: inspect, refuse or migrate."""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app import files, paths
from app.storage import errors
from app.storage.connection import CONNECT_TIMEOUT_SECONDS
from app.storage.errors import DatabaseRefused

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "cercle_read_only"  # execution option: a transaction that only reads starts DEFERRED


def read_only(engine: Engine) -> Engine:
    """The same engine, for transactions that only read (they never wait behind a writer)."""
    return engine.execution_options(**{READ_ONLY: True})


def resolve_url(database: str | None = None) -> str:
    """A SQLAlchemy URL from ``--database`` (a path or a URL), CERCLE_DATABASE_URL, or the default file."""
    database = database or os.environ.get("CERCLE_DATABASE_URL")
    if not database:
        return f"sqlite:///{paths.default_database_path()}"
    if "://" in database:
        return database
    return f"sqlite:///{Path(database).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_cercle_engine(url: str) -> Engine:
    """An engine whose every SQLite connection is WAL, synchronous=FULL, foreign keys on, patient when busy.

    SQLite write transactions start with BEGIN IMMEDIATE, so that two workstations writing at the
    same moment queue up instead of failing half-way (the seat of a shift is never exceeded).
    """
    if make_url(url).get_backend_name() != "sqlite":
        # A server that does not answer (its computer is off) fails a save within seconds, not minutes.
        return create_engine(url, pool_pre_ping=True,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})
    path = sqlite_path(url)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        if path is not None:
            make_database_private(path)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def make_database_private(path: Path) -> None:
    """The database and its -wal and -shm files readable by this account only, whatever the umask.

    SQLite gives a new -wal or -shm file the mode of the database: once the database is private, so are
    they; the files of a centre made before Cercle kept its files private are tightened here.
    """
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists() and file.stat().st_mode & 0o777 != files.PRIVATE_FILE:
            files.make_private(file)


# The newest migration; tests/storage/test_migrations.py checks it against Alembic's own view. Knowing it
# here lets a start on an up-to-date database skip importing Alembic altogether.
HEAD_REVISION = "0011"


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def is_known_revision(revision: str) -> bool:
    if revision == HEAD_REVISION:
        return True
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


@dataclass(frozen=True)
class Inspection:
    """What was found in a database before anything was written to it."""

    is_new: bool
    revision: str | None = None


def inspect_sqlite_file(path: Path) -> Inspection:
    """Look at a SQLite file read-only; refuse it if it is not a sound Cercle database of a known schema."""
    shown = str(path)
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(is_new=True)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseRefused(errors.UNREADABLE, path=shown, reason=error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise DatabaseRefused(errors.NOT_CERCLE, path=shown)
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseRefused(errors.CORRUPT, path=shown, reason=sqlite_reason(check))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseRefused(errors.CORRUPT, path=shown, reason=str(error)) from error
    return classify(shown, tables, revision)


def sqlite_reason(report: str) -> str:
    """SQLite's integrity report on one line, without its banner."""
    return " ".join(report.replace("*** in database main ***", "").split())


def classify(shown: str, tables: set[str], revision: str | None) -> Inspection:
    if not tables:
        return Inspection(is_new=True)
    if "alembic_version" not in tables or "centre" not in tables or revision is None:
        raise DatabaseRefused(errors.NOT_CERCLE, path=shown)
    if not is_known_revision(revision):
        raise DatabaseRefused(errors.NEWER, path=shown, revision=revision)
    return Inspection(is_new=False, revision=revision)


def inspect_server(engine: Engine, shown: str) -> Inspection:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, DBAPIError) as error:
        raise DatabaseRefused(errors.SERVER_UNREACHABLE, reason=str(error.orig).strip()) from error
    return classify(shown, tables, revision)


def inspect_database(url: str, engine: Engine | None = None) -> Inspection:
    path = sqlite_path(url)
    if path is not None:
        return inspect_sqlite_file(path)
    if engine is None:
        engine = create_cercle_engine(url)
    return inspect_server(engine, make_url(url).render_as_string(hide_password=True))


def keep_safety_copy(path: Path, revision: str) -> Path:
    """Before a migration touches an existing file, keep a copy of it as it was."""
    copy = path.with_name(f"{path.stem}.before-{revision}{path.suffix}")
    if not copy.exists():
        files.write_atomically(copy, lambda temporary: copy_file_database(path, temporary))
    return copy


def open_database(url: str) -> Engine:
    """Inspect, then migrate to the current schema, and return the engine. Raises DatabaseRefused.

    Nothing is written to a database that is refused: the checks run read-only first.
    """
    path = sqlite_path(url)
    if path is not None:
        found = inspect_sqlite_file(path)
        if not path.parent.exists():
            files.private_folder(path.parent)
        files.private_file(path)  # SQLite then makes its -wal and -shm files private too
        engine = create_cercle_engine(url)
    else:
        engine = create_cercle_engine(url)
        found = inspect_database(url, engine)
    if found.revision != head_revision():
        if path is not None and not found.is_new:
            keep_safety_copy(path, found.revision)
        upgrade(engine)
    return engine


def upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def copy_file_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database into the new (or empty) file ``target``, private.

    Through SQLite's online backup API: other workstations may keep writing meanwhile.
    """
    if target.exists() and target.stat().st_size > 0:
        raise FileExistsError(target)
    files.private_file(target)
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
