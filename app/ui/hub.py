"""One signal hub for the whole window: the services' change events, gathered and re-emitted as Qt signals."""

import threading

from PySide6.QtCore import QObject, Qt, Signal

from app.services.changes import Entity


class SignalHub(QObject):
    """``batch({entity: ids})`` then ``changed(entity, ids)`` for each entity, once per turn of the event loop.

    The changes published during one turn (a service call, a burst of writes, another workstation's
    notices) are gathered and delivered together at the next turn, on the GUI thread: a page refreshes
    once for all of them, never inside the service call, and a scheduler thread's change reaches the
    widgets safely. ``actor_changed(member_id)`` when someone else takes the desk.
    """

    batch = Signal(object)  # {Entity: tuple of ids}: what changed since the last delivery
    changed = Signal(str, tuple)
    actor_changed = Signal(object)
    server_reachable = Signal(bool)  # the change watcher lost (False) or found again (True) the database
    _flush_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: dict[Entity, set[int]] = {}
        self._closed = False
        self._flush_requested.connect(self.flush, Qt.ConnectionType.QueuedConnection)

    def close(self) -> None:
        """The centre is closed: what is still pending is dropped and nothing more is delivered, so that no
        widget of the closed centre reads it again (a demo's file is already deleted by then)."""
        with self._lock:
            self._closed = True
            self._pending = {}

    def publish(self, entity: Entity | str, ids: tuple[int, ...] = ()) -> None:
        """Remember the change; the first one of a turn asks for a delivery at the next turn."""
        with self._lock:
            if self._closed:
                return
            first = not self._pending
            self._pending.setdefault(_entity(entity), set()).update(ids)
        if first:
            self._flush_requested.emit()

    def flush(self) -> None:
        """Deliver what changed since the last delivery (nothing if it was delivered already)."""
        with self._lock:
            pending, self._pending = self._pending, {}
        if not pending:
            return
        changes = {entity: tuple(sorted(ids)) for entity, ids in pending.items()}
        self.batch.emit(changes)
        for entity, ids in changes.items():
            self.changed.emit(entity, ids)


def _entity(name: Entity | str) -> Entity:
    """``name`` as an Entity; a name this version does not know (a newer workstation's) changes everything."""
    try:
        return Entity(name)
    except ValueError:
        return Entity.EVERYTHING
