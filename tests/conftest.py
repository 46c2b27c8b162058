"""Fixtures shared by the whole suite: an isolated data folder, and real databases on both engines."""

import os
import shutil
import subprocess
import sys
import threading
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: the suite never needs a screen

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from app import logs
from app.services import centre, context
from app.services.context import Context
from app.storage.engine import open_database, sqlite_path
from tests.pgserver import PrivateServer, Unavailable

POSTGRES_URL = os.environ.get("CERCLE_TEST_POSTGRES_URL")
ENGINES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgresql,
            pytest.mark.skipif(not POSTGRES_URL, reason="CERCLE_TEST_POSTGRES_URL is not set"),
        ],
    ),
]
# A fixed Monday morning in Paris, so that tests never depend on the day they run.
TEST_NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
# The same Monday at 14:30 in Paris: the meetings the tests plan on that day from 12:30 have taken place.
TEST_AFTERNOON = datetime(2026, 11, 23, 13, 30, tzinfo=UTC)


def in_the_afternoon(ctx: Context) -> Context:
    """``ctx`` (its database, actor and events) at TEST_AFTERNOON: the test day's meetings can be held."""
    return replace(ctx, clock=lambda: TEST_AFTERNOON)


@pytest.fixture(autouse=True)
def clock_readers(request, monkeypatch) -> Iterator[None]:
    """Note the tests that read the computer's clock (in Cercle or in a child process), so that `.ci/run`
    runs them again on other dates (a DST night, New Year's Eve, years ahead) with faketime."""
    readers_file = os.environ.get("CERCLE_CLOCK_READERS")
    if not readers_file:
        yield
        return
    read = []
    system_clock = context.system_clock
    monkeypatch.setattr(context, "system_clock", lambda: read.append(True) or system_clock())
    popen = subprocess.Popen.__init__

    def noting_cercle(self, args, *rest, **kwargs):
        if starts_cercle(args):
            read.append(True)
        return popen(self, args, *rest, **kwargs)

    monkeypatch.setattr(subprocess.Popen, "__init__", noting_cercle)
    yield
    if read:
        with open(readers_file, "a", encoding="utf-8") as readers:
            readers.write(request.node.nodeid + "\n")


def starts_cercle(args) -> bool:
    """Whether a child process may run Cercle (a Python, the built program), which reads the clock faketime
    moves. A PDF read back, LibreOffice, or ctypes looking for a library (ldconfig, gcc) does not make a test
    depend on the date."""
    words = os.fsdecode(args).split() if isinstance(args, str | bytes | os.PathLike) else [os.fsdecode(a) for a in args]
    return any(Path(word).name.startswith(("python", "cercle")) for word in words)


@pytest.fixture(autouse=True)
def isolated_data(tmp_path, monkeypatch) -> Iterator[None]:
    """Point the data folder at tmp_path: no test reads or writes the user's own files. The journal and
    the exception hooks that ``cercle`` sets up at start are undone after each test."""
    monkeypatch.setenv("CERCLE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CERCLE_DATABASE_URL", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield
    logs.stop_logging()


@contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh, empty schema on the test server, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def copied_to_postgres(sqlite_url: str) -> Iterator[str]:
    """For a fixture: the URL of a schema holding a copy of the centre at ``sqlite_url`` (made once with the
    services, which is much quicker on SQLite), dropped afterwards."""
    from app.storage.transfer import copy_centre

    with postgres_schema() as url:
        source, target = open_database(sqlite_url), open_database(url)
        copy_centre(source, target)
        source.dispose()
        target.dispose()
        yield url


class MigratedSchema:
    """A PostgreSQL schema migrated once per test process, emptied back to what the migrations wrote before
    each test that asks for ``ctx`` (running them again took half a second a test). A test that changed the
    schema itself, or left a lock on it, gets a new one."""

    def __init__(self) -> None:
        self._schemas = postgres_schema()
        self.url = self._schemas.__enter__()
        self.engine = open_database(self.url)
        with self.engine.connect() as connection:
            self.shape = self._shape(connection)
            self.seeds = {table: connection.execute(text(f'SELECT * FROM "{table}"')).mappings().all()
                          for table in self.shape[0]}
            self.sequences = connection.execute(text(
                "SELECT sequencename, last_value IS NOT NULL, coalesce(last_value, 1) FROM pg_sequences "
                "WHERE schemaname = current_schema()")).all()

    @staticmethod
    def _shape(connection) -> tuple[list[str], list[str]]:
        """The schema's tables, and its migration."""
        tables = connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars()
        return list(tables), list(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())

    def emptied(self) -> str:
        with self.engine.begin() as connection:
            if self._shape(connection) != self.shape:
                raise LookupError("a test changed the schema")
            # DELETE, not TRUNCATE (new files for every table and index: slower than migrating), the foreign
            # keys' triggers off meanwhile (the test server's user is its superuser).
            connection.execute(text("SET LOCAL lock_timeout = '5s'"))
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            for table in self.shape[0]:
                connection.execute(text(f'DELETE FROM "{table}"'))
            for table, rows in self.seeds.items():
                if rows:
                    columns = list(rows[0].keys())
                    connection.execute(text(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES '
                                            f'({", ".join(":" + column for column in columns)})'), rows)
            for sequence, called, value in self.sequences:
                connection.execute(text("SELECT setval(:sequence, :value, :called)"),
                                   {"sequence": sequence, "value": value, "called": called})
        return self.url

    def close(self) -> None:
        self.engine.dispose()
        self._schemas.__exit__(None, None, None)


@pytest.fixture(scope="session")
def migrated_schemas() -> Iterator[list[MigratedSchema]]:
    """The migrated PostgreSQL schema of this test process (the last one: see MigratedSchema)."""
    made: list[MigratedSchema] = []
    yield made
    for schema in made:
        schema.close()


@pytest.fixture(params=ENGINES)
def database_url(request, tmp_path) -> Iterator[str]:
    """A URL of an empty database: a SQLite file in tmp_path, or a fresh PostgreSQL schema (for ``ctx``, the
    process's migrated schema emptied)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cercle.sqlite3'}"
        return
    if "ctx" in request.fixturenames:
        yield emptied_schema(request.getfixturevalue("migrated_schemas"))
        return
    with postgres_schema() as url:
        yield url


def emptied_schema(schemas: list[MigratedSchema]) -> str:
    """The URL of the last of ``schemas`` emptied, or of a new one when it cannot be."""
    try:
        return schemas[-1].emptied()
    except (IndexError, LookupError, DBAPIError):
        schemas.append(MigratedSchema())
        return schemas[-1].emptied()


@pytest.fixture(scope="session")
def migrated_file(tmp_path_factory) -> Path:
    """An empty SQLite database at the current schema, migrated once per test process."""
    path = tmp_path_factory.mktemp("migrated") / "cercle.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def ctx(database_url, request) -> Iterator[Context]:
    """A migrated database holding one centre, with a clock fixed at TEST_NOW. On SQLite, a copy of
    ``migrated_file``: running every migration again took a fifth of a second a test (a new database is
    still migrated wherever a test opens one itself)."""
    path = sqlite_path(database_url)
    if path is not None:
        shutil.copy(request.getfixturevalue("migrated_file"), path)
    engine = open_database(database_url)
    context = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(context, centre.CentreDraft(name="Centre de test"))
    yield context
    engine.dispose()


def other_workstation(ctx: Context, database_url: str) -> tuple[Context, str]:
    """A second workstation on the database of ``ctx`` (dispose of its engine), and the application name its
    PostgreSQL connections give, for :func:`wait_until_waiting_for_a_lock`."""
    application = f"cercle_test_{uuid.uuid4().hex[:8]}"
    separator = "&" if "?" in database_url else "?"
    other_url = database_url if database_url.startswith("sqlite") else \
        f"{database_url}{separator}application_name={application}"
    return Context(open_database(other_url), clock=ctx.clock, system="tests"), application


def wait_until_waiting_for_a_lock(ctx: Context, application: str, finished: threading.Event | None = None) -> None:
    """On PostgreSQL, until the other workstation's connection waits for a lock, or (given ``finished``) has
    finished without waiting (SQLite's second writer waits at its BEGIN IMMEDIATE already)."""
    if ctx.engine.dialect.name != "postgresql":
        return
    with ctx.engine.connect() as connection:
        for _attempt in range(500):
            waiting = connection.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name "
                "AND wait_event_type = 'Lock'"), {"name": application}).scalar()
            connection.rollback()
            if waiting or (finished is not None and finished.is_set()):
                return
            threading.Event().wait(0.01)
    pytest.fail("the other workstation never waited for the record")


def at_the_first_commit(first: Context, other: Context, application: str, monkeypatch, mine,
                        theirs) -> list[Exception]:
    """``mine()`` at the first workstation; ``theirs()`` at the other, started once the first's transaction has
    done its checks and writes, before its commit (where, on PostgreSQL, neither sees the other's rows yet): the
    first commits once the other waits for a lock or has finished. What ``theirs`` raised."""
    finished, raised = threading.Event(), []

    def second_workstation() -> None:
        try:
            theirs()
        except Exception as error:  # noqa: BLE001 - told to the test
            raised.append(error)
        finally:
            finished.set()

    elsewhere = threading.Thread(target=second_workstation)
    notify_others = context.notify_others

    def before_the_first_commit(db, sender, changes) -> None:
        if sender == first.sender and not elsewhere.is_alive() and not finished.is_set():
            elsewhere.start()
            wait_until_waiting_for_a_lock(first, application, finished)
        notify_others(db, sender, changes)

    monkeypatch.setattr(context, "notify_others", before_the_first_commit)
    try:
        mine()
        elsewhere.join(timeout=30)
    finally:
        other.engine.dispose()
    assert finished.is_set()
    return raised


@pytest.fixture(scope="session")
def private_server_once() -> Iterator[PrivateServer]:
    """A throwaway PostgreSQL server with password checks, started once (initdb takes seconds)."""
    try:
        server = PrivateServer()
    except Unavailable as reason:
        pytest.skip(f"no private PostgreSQL server can run here: {reason}")
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture
def private_server(private_server_once) -> PrivateServer:
    """The private server, running: a test may stop it, the next one finds it started again."""
    private_server_once.ensure_running()
    return private_server_once


@pytest.fixture
def private_url(private_server) -> Iterator[str]:
    """The URL of a fresh, empty schema on the private server (with its password)."""
    with private_server.schema() as url:
        yield url
