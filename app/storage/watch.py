"""Notice changes that other workstations committed: PRAGMA data_version on SQLite, LISTEN on PostgreSQL.

Both are polled from the GUI thread by a timer: nothing here blocks, and no thread is needed.
"""

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, PoolProxiedConnection, TextClause, text
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


# SQLite: the transaction's mark, one more than the file's latest, then the marks of the workstations that
# have not written for KEPT_MARKS commits forgotten (never the latest: the numbers only grow).
KEPT_MARKS = 1000
MARK = text("INSERT INTO commit_mark (sender, seq) SELECT :sender, coalesce(max(seq), 0) + 1 FROM commit_mark "
            "WHERE true ON CONFLICT (sender) DO UPDATE SET seq = excluded.seq")
FORGET_MARKS = text("DELETE FROM commit_mark WHERE seq <= (SELECT max(seq) FROM commit_mark) - :kept")
# What a watcher reads in one snapshot: the file's data_version, its own latest mark and the others' latest.
READ_MARKS = ("SELECT (SELECT data_version FROM pragma_data_version), max(CASE WHEN sender = ? THEN seq END), "
              "max(CASE WHEN sender <> ? THEN seq END) FROM commit_mark")
ROWS_AT_BEGIN = "cercle_rows_at_begin"  # in a SQLite connection's info: its total_changes at BEGIN


def rows_written(connection: Connection) -> int:
    """The rows a SQLite connection has inserted, changed or deleted since it opened."""
    sqlite = connection.connection.dbapi_connection
    assert sqlite is not None, "a connection in use is open"
    return sqlite.total_changes


def notify_others(db: Session, sender: str, changes: dict[str, set[int]]) -> None:
    """Tell the other workstations what the transaction of ``db`` changed, once it commits: a NOTIFY on
    PostgreSQL. On SQLite they see the file's data_version move, whoever wrote: a transaction that wrote
    anything is marked as ``sender``'s, so that the watcher of ``sender`` does not echo it back."""
    transaction = db.get_transaction()
    if transaction is None or not transaction.is_active:
        return  # rolled back by a failed flush: nothing will be committed
    connection = db.connection()
    if connection.dialect.name == "postgresql":
        if changes:
            connection.execute(notify_statement(sender, changes))
    elif rows_written(connection) != connection.info.get(ROWS_AT_BEGIN):
        connection.execute(MARK, {"sender": sender})
        connection.execute(FORGET_MARKS, {"kept": KEPT_MARKS})


class ChangeWatcher:
    """``poll()`` returns the ``(entity, ids)`` changed elsewhere since the last poll."""

    def __init__(self, engine: Engine, sender: str) -> None:
        self.engine = engine
        self.sender = sender
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._connection: PoolProxiedConnection | None = None  # SQLite's
        self._listener: psycopg.Connection[tuple[Any, ...]] | None = None  # PostgreSQL's
        self._last_seen: tuple[int, int | None, int | None] | None = None  # SQLite: see READ_MARKS
        self._listen()

    def _listen(self) -> None:
        if self.is_sqlite:
            self._connection = self.engine.raw_connection()
            self._last_seen = self._sqlite_marks()
        else:
            import psycopg

            # Connected as the engine connects: a URL rendered again gave libpq two options as one (« -c a=1
            # -c b=2 » came back as « a=1+-c b=2 »), and the LISTEN went to a schema of that name.
            args, params = self.engine.dialect.create_connect_args(self.engine.url)
            self._listener = psycopg.connect(*args, **{**params, "connect_timeout": CONNECT_TIMEOUT_SECONDS},
                                             autocommit=True)
            found = self._listener.execute("SELECT current_schema()").fetchone()
            assert found is not None, "SELECT returns a row"
            self._listener.execute(f'LISTEN "{CHANNEL}{found[0]}"')

    def _sqlite_marks(self) -> tuple[int, int | None, int | None]:
        assert self._connection is not None, "the watcher is closed"
        cursor = self._connection.cursor()
        try:
            return tuple(cursor.execute(READ_MARKS, (self.sender, self.sender)).fetchone())
        finally:
            cursor.close()

    def poll(self) -> list[tuple[str, tuple[int, ...]]]:
        if self.is_sqlite:
            return self._sqlite_poll()
        changes: list[tuple[str, tuple[int, ...]]] = []
        assert self._listener is not None, "the watcher is closed"
        for notice in self._listener.notifies(timeout=0):
            message = json.loads(notice.payload)
            if message.get("from") != self.sender:
                changes.extend((entity, tuple(ids)) for entity, ids in message["changes"].items())
        return changes

    def _sqlite_poll(self) -> list[tuple[str, tuple[int, ...]]]:
        """Everything, when the file changed and not only by this workstation's commits (data_version moves
        for every commit of another connection, this process's own included)."""
        assert self._last_seen is not None, "listening"
        version, own, others = seen = self._sqlite_marks()
        last_version, last_own, last_others = self._last_seen
        self._last_seen = seen
        only_own = own != last_own and others == last_others
        return [] if version == last_version or only_own else [(EVERYTHING, ())]

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
