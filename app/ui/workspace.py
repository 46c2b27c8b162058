"""The open centre as the window sees it: service context, signal hub, acting member, preferences."""

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer

from app.services import database
from app.services.changes import Entity
from app.services.context import Context
from app.services.database import ChangeWatcher
from app.services.members import PinGuard
from app.ui.hub import SignalHub

# While the server is lost, the window tries to listen again after 1, 2, 4 then every 8 polls: a server
# whose computer does not answer holds each attempt for the watcher's connect timeout.
MAX_POLLS_BETWEEN_RETRIES = 8


@dataclass
class Workspace:
    ctx: Context
    hub: SignalHub
    is_demo: bool = False
    guard: PinGuard = field(default_factory=PinGuard)
    # Set by the window's controller: close the centre, restore ``backup`` over it, reopen it (False: not now).
    restore_backup: Callable[[Path], bool] | None = None

    def __post_init__(self) -> None:
        self.ctx.events.subscribe(self.hub.publish)
        self.watcher: ChangeWatcher | None = None
        self._poll_timer: QTimer | None = None
        self.server_reachable = True
        self._retry_every = 0  # polls between two attempts to listen again (0: not lost)
        self._polls_to_skip = 0

    def watch_other_workstations(self, interval_ms: int = 1000) -> None:
        """Poll the database for other workstations' commits; pages refresh within about a second."""
        self.watcher = database.watch_other_workstations(self.ctx)
        self._poll_timer = QTimer(self.hub)
        self._poll_timer.timeout.connect(self._tick)
        self._poll_timer.start(interval_ms)

    def _tick(self) -> None:
        """The timer: poll, or while the server is lost, wait longer and longer between attempts."""
        if self._polls_to_skip:
            self._polls_to_skip -= 1
            return
        self._poll()

    def _poll(self) -> None:
        try:
            if self.watcher is None:  # lost earlier: listen again, and refresh what changed meanwhile
                self.watcher = database.watch_other_workstations(self.ctx)
                changes: list[tuple[str, tuple[int, ...]]] = [(Entity.EVERYTHING, ())]
            else:
                changes = self.watcher.poll()
        except Exception:
            logging.getLogger(__name__).warning("change watcher failed", exc_info=True)
            if self.watcher is None:  # the attempt to listen again failed too
                self._retry_every = min(max(2 * self._retry_every, 1), MAX_POLLS_BETWEEN_RETRIES)
                self._polls_to_skip = self._retry_every
            self._lose_watcher()
            return
        self._retry_every = self._polls_to_skip = 0
        self._set_reachable(True)
        for entity, ids in changes:
            self.hub.publish(entity, ids)

    def _lose_watcher(self) -> None:
        """The next poll connects again; until it succeeds the window says the server is unreachable."""
        if self.watcher is not None:
            with contextlib.suppress(Exception):  # the connection is already broken
                self.watcher.close()
            self.watcher = None
        self._set_reachable(False)

    def _set_reachable(self, reachable: bool) -> None:
        if reachable != self.server_reachable:
            self.server_reachable = reachable
            self.hub.server_reachable.emit(reachable)

    @property
    def actor_id(self) -> int | None:
        return self.ctx.actor_id

    def set_actor(self, member_id: int | None) -> None:
        self.ctx.actor_id = member_id
        self.hub.actor_changed.emit(member_id)

    def close(self) -> None:
        self.hub.close()
        if self._poll_timer is not None:
            self._poll_timer.stop()
        if self.watcher is not None:
            self.watcher.close()
        self.ctx.events.unsubscribe(self.hub.publish)
        self.ctx.engine.dispose()
