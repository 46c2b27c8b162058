"""One signal hub for the whole window: the services' change events, re-emitted as a Qt signal."""

from PySide6.QtCore import QObject, Signal


class SignalHub(QObject):
    """``changed(entity, ids)`` after each commit; ``actor_changed(member_id)`` when someone else takes the desk.

    The services may publish from a scheduler thread: Qt queues the signal to the GUI thread.
    """

    changed = Signal(str, tuple)
    actor_changed = Signal(object)
    server_reachable = Signal(bool)  # the change watcher lost (False) or found again (True) the database

    def publish(self, entity: str, ids: tuple[int, ...]) -> None:
        self.changed.emit(entity, ids)
