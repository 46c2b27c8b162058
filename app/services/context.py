"""The context every service call receives: database, acting member, clock, change events."""

import hashlib
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm.attributes import instance_state
from sqlmodel import Session, SQLModel

from app.services.changes import Entity
from app.services.errors import NOBODY_AT_THE_DESK, NotAllowed
from app.storage.connection import server_guard
from app.storage.engine import read_only, writing_guard
from app.storage.watch import notify_others

Listener = Callable[[Entity, tuple[int, ...]], None]
Row = TypeVar("Row", bound=SQLModel)


class Events:
    """Change notifications, published after a commit: ``(entity, ids)``, one per entity the commit changed.

    Plain callbacks keep the services free of Qt; the GUI's signal hub subscribes and re-emits them
    as a queued Qt signal, so that a change made in a scheduler thread reaches widgets safely.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def publish(self, entity: Entity, ids: tuple[int, ...] = ()) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(entity, ids)


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """Who acts, on which database, at what time. Tests replace ``clock`` to control time.

    A write needs someone to answer for it: the member at the desk (``actor_id``), or, for the work that
    Cercle does by itself, ``system`` naming it ("scheduler", "command line", "demo"...), which the audit
    log records. The window's context has neither while the desk is locked: its writes are refused then.
    """

    engine: Engine
    actor_id: int | None = None
    # Looked up at each call, so that the test suite can tell which tests read the real clock.
    clock: Callable[[], datetime] = lambda: system_clock()
    events: Events = field(default_factory=Events)
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Paris"))
    sender: str = field(default_factory=lambda: uuid.uuid4().hex)  # this workstation, in change notices
    system: str | None = None  # Cercle itself acts, for nobody: see the class

    def as_system(self, name: str) -> "Context":
        """The same database, clock and events, acting for nobody as Cercle's ``name`` (a background job)."""
        return replace(self, actor_id=None, system=name)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.now().astimezone(self.timezone).date()

    def local_now(self) -> datetime:
        return self.now().astimezone(self.timezone)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A database session (``db``) for reads; objects become plain read objects before it closes."""
        with server_guard(self.engine), Session(read_only(self.engine), expire_on_commit=False) as db:
            yield db

    @contextmanager
    def writing(self) -> Iterator["UnitOfWork"]:
        """One transaction: everything inside is committed together, with its audit entries, or not at all.

        A lost server raises ServerUnavailable (app.storage.connection), a file open read-only
        DatabaseReadOnly: nothing was written. Without a member at the desk nor a ``system`` acting,
        NotAllowed: nothing is saved by nobody.
        """
        if self.actor_id is None and self.system is None:
            raise NotAllowed(NOBODY_AT_THE_DESK)
        with server_guard(self.engine), writing_guard(self.engine), \
                Session(self.engine, expire_on_commit=False) as db:
            from app.services import balances  # loaded with the first write, as the tables it watches

            balances.watch(db, self.today())
            unit = UnitOfWork(db, self)
            with db.begin():
                yield unit
                notify_others(db, self.sender, {str(entity): ids for entity, ids in unit.changes.items()})
            for entity, ids in unit.changes.items():
                self.events.publish(entity, tuple(sorted(ids)))


def snapshot(row: SQLModel | dict[str, Any] | None) -> str | None:
    """A JSON picture of a row for the audit log (dates and enums as text, no PIN hash).

    Free text (a column marked FREE_TEXT: notes, reasons, descriptions...) is kept as its digest and
    length only: the log tells who changed it and when, but clearing a note really clears it.
    """
    if row is None:
        return None
    data = row if isinstance(row, dict) else row.model_dump()
    data = _without_free_text({key: value for key, value in data.items() if key != "pin_hash"})
    return json.dumps(data, default=_json_default, ensure_ascii=False, sort_keys=True)


def free_text_digest(text: str) -> dict[str, object]:
    return {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "length": len(text)}


def _without_free_text(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with each non-empty free text replaced by its digest, in nested pictures too."""
    names = free_text_names()
    return {key: _audited_value(value, key in names) for key, value in data.items()}


def _audited_value(value: object, is_free_text: bool) -> object:
    if isinstance(value, dict):
        return _without_free_text(value)
    if is_free_text and isinstance(value, str) and value:
        return free_text_digest(value)
    return value


_free_text_cache: tuple[int, frozenset[str]] = (-1, frozenset())


def free_text_names() -> frozenset[str]:
    """The names of the free-text columns of the tables loaded so far (a table loads before it is written)."""
    global _free_text_cache
    tables = SQLModel.metadata.tables
    if _free_text_cache[0] != len(tables):
        names = {column.name for table in tables.values() for column in table.columns
                 if column.info.get("free_text")}
        _free_text_cache = (len(tables), frozenset(names))
    return _free_text_cache[1]


def _json_default(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class UnitOfWork:
    """One write transaction: its database session ``db``, what changed, and the audit of it."""

    def __init__(self, db: Session, context: Context) -> None:
        self.db = db
        self.context = context
        self.changes: dict[Entity, set[int]] = {}

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None,
        before: SQLModel | dict[str, Any] | None = None,
        after: SQLModel | dict[str, Any] | None = None,
    ) -> None:
        """Append who did what to the audit log, and remember the change for the listeners.

        ``entity`` is an Entity's value: the log keeps the text, the listeners hear the Entity.
        """
        from app.storage.models.audit import AuditEntry  # loaded with the first write

        self.db.add(
            AuditEntry(
                at=self.context.now(),
                member_id=self.context.actor_id,
                system=self.context.system if self.context.actor_id is None else None,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=snapshot(before),
                after=snapshot(after),
            )
        )
        self.changed(Entity(entity), () if entity_id is None else (entity_id,))

    def changed(self, entity: Entity, ids: tuple[int, ...] = ()) -> None:
        """Tell the listeners, after the commit, that ``entity`` changed (these ``ids``, or some).

        For what shows elsewhere without being a change of its own to audit: the audit row goes with the
        row that really changed.
        """
        self.changes.setdefault(entity, set()).update(ids)

    @contextmanager
    def change(
        self, row: Row, entity: Entity, action: str = "edit", *, entity_id: int | None = None,
        noted: dict[str, Any] | None = None,
    ) -> Iterator[Row]:
        """Edit ``row`` inside the block; leaving it, flush and audit the row as it was and as it is.

            with unit.change(member, Entity.MEMBER):
                member.name = name

        ``entity_id``: the row is a part of another, filed under that one's id (an agenda item under its
        meeting); by default the row's own id.
        ``noted``: what the change says besides the row's columns (why it was made), logged with the row as it
        is (free text by its digest, as a column of that name would be).
        A new row (``existing or Model(...)``) is added, and audited with nothing before.
        """
        new = instance_state(row).transient
        before = None if new else row.model_dump()
        if new:
            self.db.add(row)
        yield row
        self.db.flush()
        audited = primary_key(row) if entity_id is None else entity_id
        self.audit(action, entity, audited, before=before, after={**row.model_dump(), **noted} if noted else row)

    def add(self, row: Row) -> Row:
        """Insert ``row`` and give it its id."""
        self.db.add(row)
        self.db.flush()
        return row


def primary_key(row: SQLModel) -> int | None:
    """The id of a flushed row, whatever its column is called (an opening balance's is its member's);
    None for a row keyed otherwise (a setting, by its name)."""
    identity = instance_state(row).identity
    key = identity[0] if identity else None
    return key if isinstance(key, int) else None


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def id_of(row: _Stored) -> int:
    """The id of a row read from the database or flushed to it, which always has one (the model says
    ``int | None`` for the rows not yet inserted)."""
    assert row.id is not None, "the row is stored"
    return row.id
