"""Engines for SQLite and PostgreSQL, and the safe opening of a database: inspect, refuse or migrate."""

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from app import files, paths
from app.domain.errors import CercleError
from app.file_errors import CANNOT_USE, PERMISSION, FileProblem, reason
from app.storage import errors
from app.storage.errors import DatabaseReadOnly, DatabaseRefused
from app.storage.server_errors import CONNECT_TIMEOUT_SECONDS, explain
from app.storage.watch import ROWS_AT_BEGIN, rows_written

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_BYTES = 100
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


def can_write(path: Path) -> bool:
    """Whether this computer's user may write the SQLite file ``path`` and its folder (SQLite's log lives
    beside it). False on a read-only disk, or for a file or folder whose permissions forbid it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def may_create(path: Path) -> bool:
    """Whether the file ``path`` (and the folders it needs) may be created by this computer's user."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK) and (not path.exists() or can_write(path))


def is_read_only(url: str) -> bool:
    """Whether the database at ``url`` is an existing SQLite file that Cercle may only read."""
    path = sqlite_path(url)
    return path is not None and path.exists() and not can_write(path)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing anything, even in a folder that cannot be written.

    Reading a WAL database needs its shared-memory file: in a folder where it cannot be created, the file
    is read as immutable (nobody can be writing it there without that file).
    """
    uri = f"{path.as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK) and not Path(f"{path}-shm").exists():
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path, **options) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, **options)


def create_cercle_engine(url: str, *, read_only_file: bool = False) -> Engine:
    """An engine whose every SQLite connection is WAL, synchronous=FULL, foreign keys on, patient when busy.

    SQLite write transactions start with BEGIN IMMEDIATE, so that two workstations writing at the
    same moment queue up instead of failing half-way (the seat of a shift is never exceeded). With
    ``read_only_file``, the file is opened read-only: a write fails with DatabaseReadOnly (see writing_guard).
    """
    if make_url(url).get_backend_name() != "sqlite":
        # A server that does not answer (its computer is off) fails a save within seconds, not minutes.
        return create_engine(url, pool_pre_ping=True,
                             connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    options = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    path = sqlite_path(url)
    if read_only_file:
        assert path is not None, "only a file opens read-only"
        engine = create_engine(url, creator=lambda: connect_read_only(path, **options))
    else:
        engine = create_engine(url, connect_args=options)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()
        if path is not None and not read_only_file:
            make_database_private(path)

    @event.listens_for(engine, "begin")
    def _begin(connection):
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
        # whether the transaction wrote anything, at its commit (app.storage.watch.notify_others)
        connection.info[ROWS_AT_BEGIN] = rows_written(connection)

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
HEAD_REVISION = "0033"


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


def header_page_size(header: bytes) -> int:
    """The page size a SQLite file's header gives (SQLite writes 65,536 as 1)."""
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def structural_problem(header: bytes, size: int) -> str | CercleError | None:
    """What is wrong with a SQLite file's shape, read from its 100-byte header alone (None when sound).

    These checks cost the same at any size; the page-by-page check is for an unclean shutdown and for the
    scheduler's weekly check (app.services.integrity).
    """
    if len(header) < HEADER_BYTES:
        return errors.HEADER_CUT_SHORT
    page_size = header_page_size(header)
    if page_size < 512 or page_size & (page_size - 1):
        return CercleError(errors.BAD_PAGE_SIZE, size=page_size)
    if size % page_size:
        return CercleError(errors.PARTIAL_PAGE, size=size, page_size=page_size)
    pages = int.from_bytes(header[28:32], "big")
    counted_at = int.from_bytes(header[92:96], "big")
    changed_at = int.from_bytes(header[24:28], "big")
    if pages and counted_at == changed_at and pages * page_size > size:
        return CercleError(errors.PAGES_MISSING, expected=pages, found=size // page_size)
    return None


def unclean_shutdown(path: Path) -> bool:
    """Whether the last program to write ``path`` may have stopped without closing it: SQLite removes the
    write-ahead log when the last connection closes cleanly, so a non-empty one left beside the file means
    a killed process, a crash, a power cut (or another Cercle open on it right now)."""
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def inspect_sqlite_file(path: Path) -> Inspection:
    """Look at a SQLite file read-only; refuse it if it is not a sound Cercle database of a known schema.

    The checks cost the same at any size (header, page count, schema version), except after an unclean
    shutdown, when SQLite's quick check reads every page first.
    """
    shown = str(path)
    if not path.exists() or path.stat().st_size == 0:
        return Inspection(is_new=True)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_BYTES)
    except OSError as error:
        raise DatabaseRefused(errors.UNREADABLE, path=shown, reason=reason(error)) from error
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseRefused(errors.NOT_CERCLE, path=shown)
    problem = structural_problem(header, path.stat().st_size)
    if problem is not None:
        raise DatabaseRefused(errors.CORRUPT, path=shown, reason=problem)
    try:
        connection = connect_read_only(path)
        try:
            if unclean_shutdown(path):
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
        raise refusal(shown, error) from error
    return classify(shown, tables, revision)


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file is damaged (or not a database at all), not merely out of its reach."""
    return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def refusal(shown: str, error: sqlite3.DatabaseError) -> DatabaseRefused:
    """Why SQLite could not read a file: damage only when SQLite says so, not a file it may not open."""
    name = getattr(error, "sqlite_errorname", "")
    if is_damage(error):
        return DatabaseRefused(errors.CORRUPT, path=shown, reason=sqlite_cause(error))
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return DatabaseRefused(errors.UNREADABLE, path=shown, reason=PERMISSION)
    return DatabaseRefused(errors.UNREADABLE, path=shown, reason=str(error))


def sqlite_cause(error: sqlite3.DatabaseError) -> str:
    """Why SQLite failed on a file, in the reader's words for the damage it names (« database disk image is
    malformed » is its English whatever the user's language), its own words otherwise."""
    name = getattr(error, "sqlite_errorname", "")
    if name.startswith("SQLITE_CORRUPT"):
        return errors.MALFORMED
    if name.startswith("SQLITE_NOTADB"):
        return errors.NOT_A_DATABASE
    return str(error)


def sqlite_reason(report: str) -> str:
    """SQLite's integrity report on one line, without its banner."""
    return " ".join(report.replace("*** in database main ***", "").split())


def driver_failure(error: DBAPIError, url: str) -> CercleError:
    """A database driver's error in plain words: the file's problem, or why the server failed."""
    path = sqlite_path(url)
    if path is not None and isinstance(error.orig, sqlite3.DatabaseError):
        return refusal(str(path), error.orig)
    return explain(error, url)


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
        raise explain(error, engine.url.render_as_string()) from error  # in plain words, translated: not the driver's English
    return classify(shown, tables, revision)


def inspect_database(url: str, engine: Engine | None = None) -> Inspection:
    path = sqlite_path(url)
    if path is not None:
        return inspect_sqlite_file(path)
    if engine is None:
        engine = create_cercle_engine(url)
    return inspect_server(engine, shown_database(url))


def keep_safety_copy(path: Path, revision: str) -> Path:
    """Before a migration touches an existing file, keep a copy of it as it was."""
    copy = path.with_name(f"{path.stem}.before-{revision}{path.suffix}")
    if not copy.exists():
        files.write_atomically(copy, lambda temporary: copy_file_database(path, temporary))
    return copy


def refuse_new(url: str, found: Inspection) -> None:
    """Refuse a database that holds nothing yet, before anything is created (neither folder nor file)."""
    if not found.is_new:
        return
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise DatabaseRefused(errors.NO_FILE, path=str(path))
    raise DatabaseRefused(errors.NO_CENTRE, path=shown_database(url))


def shown_database(url: str) -> str:
    """What a person is shown of a database: the file's path, or the URL without its password."""
    path = sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def open_database(url: str, *, create: bool = True) -> Engine:
    """Inspect, then migrate to the current schema, and return the engine. Raises DatabaseRefused.

    Nothing is written to a database that is refused: the checks run read-only first. Unless ``create``,
    a database that does not exist or is empty is refused (a mistyped path never becomes a centre).
    """
    shown = make_url(url).render_as_string(hide_password=True)
    log.info("opening %s", shown)
    path = sqlite_path(url)
    try:
        if path is not None:
            found = inspect_sqlite_file(path)
            if not create:
                refuse_new(url, found)
            if not found.is_new and not can_write(path):
                return open_read_only(url, found)
            if found.is_new and not may_create(path):
                raise FileProblem(CANNOT_USE, path=str(path), reason=PERMISSION)
            if not path.parent.exists():
                files.private_folder(path.parent)
            files.private_file(path)  # SQLite then makes its -wal and -shm files private too
            engine = create_cercle_engine(url)
        else:
            engine = create_cercle_engine(url)
            found = inspect_database(url, engine)
            if not create:
                try:
                    refuse_new(url, found)
                except DatabaseRefused:
                    engine.dispose()
                    raise
    except DatabaseRefused as refusal:
        log.warning("%s refused: %s", shown, refusal)
        raise
    if found.revision != head_revision():
        if path is not None and found.revision is not None:  # a new database has nothing to keep
            keep_safety_copy(path, found.revision)
        log.info("upgrading %s from schema %s to %s", shown, found.revision, head_revision())
        try:
            upgrade(engine)
        except DBAPIError:  # one transaction: undone whole, the file as it was
            log.exception("the upgrade of %s from schema %s failed", shown, found.revision)
            engine.dispose()
            raise DatabaseRefused(errors.UPGRADE_FAILED, path=shown_database(url), revision=found.revision) from None
    return engine


def open_read_only(url: str, found: Inspection) -> Engine:
    """A file this computer may only read: opened as it is, or refused when its schema must be upgraded."""
    if found.revision != head_revision():
        raise DatabaseRefused(errors.READ_ONLY_OLD, path=str(sqlite_path(url)), revision=found.revision)
    return create_cercle_engine(url, read_only_file=True)


@contextmanager
def writing_guard(engine: Engine) -> Iterator[None]:
    """Turn SQLite's refusal to write a read-only file into :class:`DatabaseReadOnly`, a full disk into a
    sentence; other errors pass."""
    try:
        yield
    except OperationalError as error:
        name = getattr(error.orig, "sqlite_errorname", "")
        if name.startswith("SQLITE_READONLY"):
            raise DatabaseReadOnly(errors.READ_ONLY, path=str(sqlite_path(str(engine.url)))) from error
        if name == "SQLITE_FULL":
            raise CercleError(errors.DISK_FULL, path=str(sqlite_path(str(engine.url)))) from error
        raise


def upgrade(engine: Engine) -> None:
    from alembic import command

    with migrating(engine) as connection:
        command.upgrade(alembic_config(connection), "head")


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for the migrations.

    On SQLite the foreign keys are off meanwhile, as SQLite's own recipe for changing a table says: batch mode
    rebuilds a table that others refer to (copy, drop, rename), and the drop would fail on their rows. They are
    all checked before the commit instead: a migration that left a new row pointing nowhere is undone whole.

    Two workstations started at the same moment on a new (or older) centre migrate one after the other: SQLite's
    BEGIN IMMEDIATE makes the second wait, and on PostgreSQL a lock of the schema's own does, until the first has
    committed. The second then finds the schema up to date (Alembic reads its version once the lock is held),
    instead of creating the same tables again and being refused as a failed upgrade.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        raw = connection.connection.dbapi_connection
        assert raw is not None, "a connection just checked out of the pool"
        if sqlite:  # only outside a transaction does SQLite take it into account
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if not sqlite:  # held until the commit; one key per schema, so that other centres go on
                    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('cercle migrations ' || "
                                            "current_schema()))"))
                dangling = dangling_rows(connection) if sqlite else set()
                yield connection
                if sqlite and (made := dangling_rows(connection) - dangling):
                    raise IntegrityError("PRAGMA foreign_key_check", None, ValueError(sorted(made)[:5]))
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def dangling_rows(connection: Connection) -> set[tuple]:
    """The rows of a SQLite database whose foreign key points nowhere: (table, rowid, parent, key)."""
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


def copy_file_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database into the new (or empty) file ``target``, private.

    Through SQLite's online backup API: other workstations may keep writing meanwhile.
    """
    if target.exists() and target.stat().st_size > 0:
        raise FileExistsError(target)
    files.private_file(target)
    reader = connect_read_only(source)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()
