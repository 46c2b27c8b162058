"""What every page shares: a title, the workspace it reads from, and a refresh on changes."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services.changes import Entity
from app.ui.hub import SignalHub
from app.ui.widgets import StatusLabel
from app.ui.workspace import Workspace


class ChangeFollower(QObject):
    """Keeps ``widget`` up to date: ``refresh()`` once per batch of changes to a ``watched`` entity, or when
    someone else takes the desk, if the widget is visible; a hidden one is only marked stale and refreshes
    when it is shown. So a change costs the page in front of the user, not every page built so far.
    """

    def __init__(self, widget: QWidget, hub: SignalHub, watched: frozenset[Entity], refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.watched = watched
        self.refresh = refresh
        self.stale = False
        hub.batch.connect(self._on_batch)
        hub.actor_changed.connect(self._on_actor)
        widget.installEventFilter(self)

    def _on_batch(self, changes: dict[Entity, tuple[int, ...]]) -> None:
        if Entity.EVERYTHING in changes or not self.watched.isdisjoint(changes):
            self.changed()

    def _on_actor(self, _member_id: int | None) -> None:
        self.changed()

    def changed(self) -> None:
        """What the widget shows changed: refresh it now if it is seen, else when it is shown."""
        if self.widget.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


class TabsRefresher(QObject):
    """Refreshes the tab in sight of ``tabs`` (``refreshers[i]`` refreshes the i-th tab); the others are only
    marked stale and refresh when chosen. Choosing a tab again reads nothing when nothing changed: the page's
    ChangeFollower brings every change, from this workstation or another, through ``refresh``."""

    def __init__(self, tabs: QTabWidget, refreshers: Sequence[Callable[[], None]]) -> None:
        super().__init__(tabs)
        self.tabs, self.refreshers = tabs, refreshers
        self.stale: set[int] = set()
        tabs.currentChanged.connect(self._chosen)

    def refresh(self) -> None:
        current = self.tabs.currentIndex()
        self.stale = set(range(len(self.refreshers))) - {current}
        self.refreshers[current]()

    def _chosen(self, index: int) -> None:
        if index in self.stale:
            self.stale.discard(index)
            self.refreshers[index]()


class Page(QWidget):
    """A page of the main window. Subclasses fill ``body`` and implement ``refresh``.

    ``watched`` names the entities whose changes make the page refresh itself (see ChangeFollower).
    """

    watched: frozenset[Entity] = frozenset()
    message: StatusLabel  # made by the pages that ``say()`` what their actions did

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.follower = ChangeFollower(self, workspace.hub, self.watched, lambda: self.refresh())

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def say(self, text: str) -> None:
        """What the page's own action did, shown after the refresh that action brings (a refresh clears the
        page's last message: after another change it would be stale)."""
        self.took_effect()
        self.message.setText(text)

    def took_effect(self) -> None:
        """Deliver now what this page's own action changed (one refresh, after the service call), so that
        what the action says or selects next is not wiped by that refresh at the next turn."""
        self.workspace.hub.flush()
