"""Notice changes that other workstations committed: PRAGMA data_version on SQLite, LISTEN on PostgreSQL.

Both are polled from the GUI thread by a timer: nothing here blocks, and no thread is needed.
"""

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, PoolProxiedConnection, TextClause, text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    import psycopg

# One channel per schema: two centres (or two test runs) in one PostgreSQL database do not hear each other.
CHANNEL = "cercle_changes_"
# The window listens again from its GUI thread: a server that does not answer must not freeze it for minutes.
# Two seconds is the shortest wait libpq allows.
CONNECT_TIMEOUT_SECONDS = 2
EVERYTHING = "*"


def notify_statement(sender: str, changes: dict[str, set[int]]) -> TextClause:
    """The NOTIFY that a write transaction sends on PostgreSQL; delivered only if it commits.

    ``sender`` identifies the workstation, so that it does not react to its own writes.
    """
    payload = json.dumps({"from": sender, "changes": {key: sorted(ids) for key, ids in changes.items()}})
    return text("SELECT pg_notify(:channel || current_schema(), :payload)").bindparams(
        channel=CHANNEL, payload=payload[:7900]
    )


def notify_others(db: Session, sender: str, changes: dict[str, set[int]]) -> None:
    """Tell the other workstations what the transaction of ``db`` changed, once it commits: a NOTIFY on
    PostgreSQL. Nothing on SQLite, where they see the file's data_version move (:class:`ChangeWatcher`)."""
    if changes and db.get_bind().dialect.name == "postgresql":
        db.execute(notify_statement(sender, changes))


class ChangeWatcher:
    """``poll()`` returns the ``(entity, ids)`` changed elsewhere since the last poll."""

    def __init__(self, engine: Engine, sender: str) -> None:
        self.engine = engine
        self.sender = sender
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._connection: PoolProxiedConnection | None = None  # SQLite's
        self._listener: psycopg.Connection[tuple[Any, ...]] | None = None  # PostgreSQL's
        self._last_version: int | None = None
        self._listen()

    def _listen(self) -> None:
        if self.is_sqlite:
            self._connection = self.engine.raw_connection()
            self._last_version = self._sqlite_version()
        else:
            import psycopg

            url = self.engine.url.set(drivername="postgresql")
            self._listener = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                                             connect_timeout=CONNECT_TIMEOUT_SECONDS)
            found = self._listener.execute("SELECT current_schema()").fetchone()
            assert found is not None, "SELECT returns a row"
            self._listener.execute(f'LISTEN "{CHANNEL}{found[0]}"')

    def _sqlite_version(self) -> int:
        assert self._connection is not None, "the watcher is closed"
        cursor = self._connection.cursor()
        try:
            return cursor.execute("PRAGMA data_version").fetchone()[0]
        finally:
            cursor.close()

    def poll(self) -> list[tuple[str, tuple[int, ...]]]:
        if self.is_sqlite:
            version = self._sqlite_version()
            changed, self._last_version = version != self._last_version, version
            return [(EVERYTHING, ())] if changed else []
        changes: list[tuple[str, tuple[int, ...]]] = []
        assert self._listener is not None, "the watcher is closed"
        for notice in self._listener.notifies(timeout=0):
            message = json.loads(notice.payload)
            if message.get("from") != self.sender:
                changes.extend((entity, tuple(ids)) for entity, ids in message["changes"].items())
        return changes

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
