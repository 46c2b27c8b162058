"""What every page shares: a title, the workspace it reads from, and a refresh on changes."""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTabWidget, QVBoxLayout, QWidget

from app.services.changes import Entity
from app.ui.hub import SignalHub
from app.ui.widgets import StatusLabel
from app.ui.workspace import Workspace


class ChangeFollower(QObject):
    """Keeps ``widget`` up to date: ``refresh()`` once per batch of changes to a ``watched`` entity, or when
    someone else takes the desk, if the widget is visible; a hidden one is only marked stale and refreshes
    when it is shown. So a change costs the page in front of the user, not every page built so far.

    While a cell of the widget is being typed in, a change from elsewhere waits until the cell is left: a
    refresh would close it under the typing. The widget's own action (``at_once``) refreshes at once.
    """

    def __init__(self, widget: QWidget, hub: SignalHub, watched: frozenset[Entity], refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.watched = watched
        self.refresh = refresh
        self.stale = False
        self._own_action = False
        self._edited: QAbstractItemView | None = None  # the view whose cell is awaited, if one is
        hub.batch.connect(self._on_batch)
        hub.actor_changed.connect(self._on_actor)
        widget.installEventFilter(self)

    @contextmanager
    def at_once(self) -> Iterator[None]:
        """The widget's own action: what it changed is shown now, even from inside the cell it records."""
        self._own_action = True
        try:
            yield
        finally:
            self._own_action = False

    def _on_batch(self, changes: dict[Entity, tuple[int, ...]]) -> None:
        if Entity.EVERYTHING in changes or not self.watched.isdisjoint(changes):
            self.changed()

    def _on_actor(self, _member_id: int | None) -> None:
        self.changed()

    def changed(self) -> None:
        """What the widget shows changed: refresh it now if it is seen, else when it is shown, or when the
        cell being typed in is left."""
        edited = None if self._own_action else self._cell_being_edited()
        if self.widget.isVisible() and edited is None:
            self.stale = False
            self.refresh()
            return
        self.stale = True
        if edited is not None and self._edited is None:
            self._edited = edited
            edited.itemDelegate().closeEditor.connect(self._cell_left)

    def _cell_being_edited(self) -> QAbstractItemView | None:
        state = QAbstractItemView.State.EditingState
        return next((view for view in self.widget.findChildren(QAbstractItemView) if view.state() == state), None)

    def _cell_left(self) -> None:
        assert self._edited is not None, "connected while a cell was awaited"
        self._edited.itemDelegate().closeEditor.disconnect(self._cell_left)
        self._edited = None
        QTimer.singleShot(0, self._catch_up)  # once the view has closed the editor (and maybe opened the next)

    def _catch_up(self) -> None:
        if self.stale and self.widget.isVisible():
            self.changed()

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
        with self.follower.at_once():
            self.workspace.hub.flush()
