"""Talking to the centre's server: test a connection, say plainly what is wrong, notice a lost server.

The messages are English source text, translated by the UI.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.storage.engine import inspect_database, sqlite_path
from app.storage.server_errors import (  # noqa: F401 - the UI and the tests find them here too
    CONNECT_TIMEOUT_SECONDS,
    DEFAULT_PORT,
    MISSING_DATABASE,
    REFUSED,
    UNKNOWN_USER,
    UNREACHABLE,
    WRONG_PASSWORD,
    ConnectionFailed,
    explain,
)

LOST = QT_TRANSLATE_NOOP(
    "Errors", "The server cannot be reached; your input is kept, try again in a moment."
)
# SQLSTATEs of a connection that is gone: class 08, and the server shutting down or starting.
DISCONNECT_STATES = ("08", "57P01", "57P02", "57P03")


class ServerUnavailable(CercleError):
    """The server went away during a read or a write: nothing was written, the person may try again."""

    def __init__(self) -> None:
        super().__init__(LOST)


@dataclass(frozen=True)
class ServerAddress:
    """Where the centre's PostgreSQL server is, and as whom Cercle connects to it."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self, password: str | None = None) -> str:
        return URL.create(
            "postgresql+psycopg", username=self.user, password=password or None, host=self.host,
            port=self.port, database=self.database,
        ).render_as_string(hide_password=False)


def test_connection(url: str) -> CercleError | None:
    """Try ``url`` read-only: None when Cercle can use it, else the error to show.

    A database that is empty is fine (Cercle creates its tables); one written by a newer Cercle, or
    holding something else, is refused with the same words as at start-up.
    """
    if sqlite_path(url) is not None:
        try:
            inspect_database(url)
        except CercleError as error:
            return error
        return None
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS})
    try:
        try:
            with engine.connect():
                pass
        except DBAPIError as error:
            return explain(error, url)
        try:
            inspect_database(url, engine)
        except CercleError as error:
            return error
        return None
    finally:
        engine.dispose()


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test, despite its name


def is_disconnect(error: BaseException, engine: Engine) -> bool:
    """Whether ``error`` means the server is gone (as opposed to a refused statement)."""
    if engine.dialect.name == "sqlite" or not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    import psycopg

    original = error.orig
    if isinstance(original, psycopg.InterfaceError):
        return True
    if not isinstance(original, psycopg.OperationalError):
        return False
    state = original.sqlstate
    return state is None or state.startswith(DISCONNECT_STATES)


@contextmanager
def server_guard(engine: Engine) -> Iterator[None]:
    """Turn a lost server into :class:`ServerUnavailable`; every other error passes unchanged."""
    try:
        yield
    except DBAPIError as error:
        if is_disconnect(error, engine):
            raise ServerUnavailable() from error
        raise
