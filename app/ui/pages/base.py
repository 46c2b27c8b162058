"""What every page shares: a title, the workspace it reads from, and a refresh on changes."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window. Subclasses fill ``body`` and implement ``refresh``.

    ``watched`` names the entities whose changes make the page refresh itself.
    """

    watched: frozenset[str] = frozenset()

    def __init__(self, workspace, title: str, parent: QWidget | None = None) -> None:
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
        workspace.hub.changed.connect(self._on_changed)
        workspace.hub.actor_changed.connect(lambda _member: self.refresh())

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity != "*" and entity not in self.watched:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload what the page shows from the services."""
