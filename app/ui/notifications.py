"""The bell of the top bar, the list of notifications it opens, and the system-tray message when minimised."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.formatting import short_date
from app.services import notifications
from app.services.notifications import NotificationView


def notification_text(view: NotificationView) -> str:
    """The notification in the user's language: its template translated, then filled (dates formatted)."""
    template = QCoreApplication.translate("Notifications", view.text)
    params = {key: _shown(key, value) for key, value in view.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _shown(key: str, value: object) -> object:
    """A parameter as the reader writes it: a day written out, one of Cercle's words translated (never a name
    or a title the team typed, even one that reads like them), the rest as it is."""
    if isinstance(value, str) and key in notifications.WORD_PARAMETERS:
        return QCoreApplication.translate("Notifications", value)
    if isinstance(value, str) and len(value) == 10:
        try:
            return short_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


class BellButton(QToolButton):
    """The unread count of the member at the desk; a click opens the list."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.count = 0
        self.panel: NotificationsPanel | None = None
        self.setAccessibleName(self.tr("Notifications"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(self.open_panel)
        workspace.hub.changed.connect(self._on_changed)
        workspace.hub.actor_changed.connect(lambda _member: self.refresh())
        self.refresh()

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity in ("notification", "*"):
            self.refresh()

    def refresh(self) -> None:
        actor = self.workspace.actor_id
        self.count = notifications.unread_count(self.workspace.ctx, actor) if actor is not None else 0
        self.setText(self.tr("Notifications ({count})").format(count=self.count) if self.count
                     else self.tr("Notifications"))
        self.setToolTip(self.tr("{count} unread notifications").format(count=self.count))
        self.setProperty("unread", self.count > 0)

    def open_panel(self) -> "NotificationsPanel":
        if self.panel is None:
            self.panel = NotificationsPanel(self.workspace, self.window())
        self.panel.refresh()
        self.panel.show()
        return self.panel


class NotificationsPanel(QDialog):
    """The notifications of the member at the desk, newest first, unread in bold; marked read from here."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Notifications"))
        layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Nothing new."))
        layout.addWidget(self.empty)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemActivated.connect(lambda _item: self.mark_selected_read())
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.mark_button = QPushButton(self.tr("Mark as read"))
        self.mark_button.clicked.connect(self.mark_selected_read)
        self.mark_all_button = QPushButton(self.tr("Mark all as read"))
        self.mark_all_button.clicked.connect(self.mark_all_read)
        buttons.addButton(self.mark_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mark_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.hide)
        layout.addWidget(buttons)
        self.resize(540, 360)
        workspace.hub.changed.connect(self._on_changed)  # a bound method: queued to this thread

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity == "notification" and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        actor = self.workspace.actor_id
        views = notifications.list_notifications(self.workspace.ctx, actor) if actor is not None else []
        self.list.clear()
        for view in views:
            item = QListWidgetItem(notification_text(view))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            font = QFont(self.list.font())
            font.setBold(not view.is_read)
            item.setFont(font)
            if not view.is_read:  # bold is not read out
                item.setData(Qt.ItemDataRole.AccessibleTextRole,
                             self.tr("Unread: {text}").format(text=item.text()))
            self.list.addItem(item)
        self.empty.setVisible(not views)
        self.mark_button.setEnabled(bool(views))
        self.mark_all_button.setEnabled(any(not view.is_read for view in views))

    def mark_selected_read(self) -> None:
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]
        notifications.mark_read(self.workspace.ctx, ids)
        self.refresh()

    def mark_all_read(self) -> None:
        notifications.mark_all_read(self.workspace.ctx, self.workspace.actor_id)
        self.refresh()


class TrayNotifier(QObject):
    """A system-tray message for each new notification of the member at the desk, while minimised."""

    def __init__(self, workspace, window: QWidget) -> None:
        super().__init__(window)
        self.workspace = workspace
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(str(paths.resource_dir() / "icons" / "cercle.svg")), window)
            self.tray.setToolTip("Cercle")
            self.tray.show()
        self.seen = self._newest_id()
        workspace.hub.changed.connect(self._on_changed)

    def _newest_id(self) -> int:
        views = notifications.list_notifications(self.workspace.ctx, self.workspace.actor_id, limit=1)
        return views[0].id if views else 0

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity != "notification":
            return
        unread = notifications.list_notifications(self.workspace.ctx, self.workspace.actor_id,
                                                  unread_only=True, limit=5)
        fresh = [view for view in unread if view.id > self.seen]
        if not fresh:
            return
        self.seen = max(view.id for view in fresh)
        if self.tray is not None and self.window.isMinimized():
            self.tray.showMessage("Cercle", notification_text(fresh[0]),
                                  QSystemTrayIcon.MessageIcon.Information)

    def close(self) -> None:
        self.workspace.hub.changed.disconnect(self._on_changed)
        if self.tray is not None:
            self.tray.hide()
