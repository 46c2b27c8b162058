"""The context every service call receives: database, acting member, clock, change events."""

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import Enum
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import Session, SQLModel

from app.storage.connection import server_guard
from app.storage.engine import read_only, writing_guard
from app.storage.watch import notify_statement

Listener = Callable[[str, tuple[int, ...]], None]


class Events:
    """Change notifications, published after a commit: ``(entity, ids)``.

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

    def publish(self, entity: str, ids: tuple[int, ...] = ()) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(entity, ids)


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Context:
    """Who acts, on which database, at what time. Tests replace ``clock`` to control time."""

    engine: Engine
    actor_id: int | None = None
    clock: Callable[[], datetime] = system_clock
    events: Events = field(default_factory=Events)
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Paris"))
    sender: str = field(default_factory=lambda: uuid.uuid4().hex)  # this workstation, in change notices

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.now().astimezone(self.timezone).date()

    def local_now(self) -> datetime:
        return self.now().astimezone(self.timezone)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; objects are turned into plain read objects before it closes."""
        with server_guard(self.engine), Session(read_only(self.engine), expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator["UnitOfWork"]:
        """One transaction: everything inside is committed together, with its audit entries, or not at all.

        A lost server raises ServerUnavailable (app.storage.connection), a file open read-only
        DatabaseReadOnly: nothing was written.
        """
        with server_guard(self.engine), writing_guard(self.engine), \
                Session(self.engine, expire_on_commit=False) as session:
            unit = UnitOfWork(session, self)
            with session.begin():
                yield unit
                if unit.changes and session.bind.dialect.name == "postgresql":
                    session.execute(notify_statement(self.sender, unit.changes))  # other workstations refresh
            for entity, ids in unit.changes.items():
                self.events.publish(entity, tuple(sorted(ids)))


def snapshot(row: SQLModel | dict | None) -> str | None:
    """A JSON picture of a row for the audit log (dates and enums as text, no PIN hash)."""
    if row is None:
        return None
    data = row if isinstance(row, dict) else row.model_dump()
    data = {key: value for key, value in data.items() if key != "pin_hash"}
    return json.dumps(data, default=_json_default, ensure_ascii=False, sort_keys=True)


def _json_default(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class UnitOfWork:
    """The session of one write transaction, which records what changed and audits it."""

    def __init__(self, session: Session, context: Context) -> None:
        self.session = session
        self.context = context
        self.changes: dict[str, set[int]] = {}

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None,
        before: SQLModel | dict | None = None,
        after: SQLModel | dict | None = None,
    ) -> None:
        """Append who did what to the audit log, and remember the change for the listeners."""
        from app.storage.models.audit import AuditEntry  # loaded with the first write

        self.session.add(
            AuditEntry(
                at=self.context.now(),
                member_id=self.context.actor_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                before=snapshot(before),
                after=snapshot(after),
            )
        )
        self.changes.setdefault(entity, set())
        if entity_id is not None:
            self.changes[entity].add(entity_id)

    def add(self, row: SQLModel) -> SQLModel:
        """Insert ``row`` and give it its id."""
        self.session.add(row)
        self.session.flush()
        return row
