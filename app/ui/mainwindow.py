"""The main window: a sidebar to the pages, the acting member always visible, lock when idle.

This module imports only Qt, so that the window can paint before the database layer is loaded (and before
the shared widgets of app.ui.widgets, whose Qt classes take a while to set up). It does not even name
``Qt``: its 130 enums take a tenth of the time a bare window takes to paint (the opening label is centred
by the style sheet).
"""

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

PAGE_KEYS = ("my_week", "reception", "decisions", "workshops", "meetings", "hours", "team", "settings")


def page_titles() -> dict[str, str]:
    return {
        "my_week": QApplication.translate("MainWindow", "My week"),
        "reception": QApplication.translate("MainWindow", "Reception"),
        "decisions": QApplication.translate("MainWindow", "Decisions"),
        "workshops": QApplication.translate("MainWindow", "Workshops"),
        "meetings": QApplication.translate("MainWindow", "Meetings"),
        "hours": QApplication.translate("MainWindow", "Hours"),
        "team": QApplication.translate("MainWindow", "Team"),
        "settings": QApplication.translate("MainWindow", "Settings"),
    }


class IdleWatcher(QObject):
    """Emits ``idle`` after some minutes without a key press or a mouse action anywhere in Cercle.

    It watches only between ``watch()`` and ``stop()``, while someone is at the desk: the lock screen has
    nothing to lock. Every event of the application goes through its filter while it watches, so after each
    activity it looks away for a second (``BLIND_MS``): the events of the click just made (a dialog built,
    laid out and painted: thousands, each a call into Python, which was a third to a half of opening a dialog)
    pass unseen. An activity in that second is taken for the one that began it: the lock comes at most a second
    early, after minutes.
    """

    idle = Signal()
    ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel, QEvent.Type.MouseMove})
    BLIND_MS = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.looking_away = QTimer(self)  # after an activity, until the filter is installed again
        self.looking_away.setSingleShot(True)
        self.looking_away.setInterval(self.BLIND_MS)
        self.looking_away.timeout.connect(self._look_again)
        self.watching = False

    def watch(self, minutes: int) -> None:
        """Emit ``idle`` after ``minutes`` without activity, from now on."""
        if not self.watching:
            self.watching = True
            _application().installEventFilter(self)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        if self.watching:
            self.timer.start()

    def stop(self) -> None:
        if self.watching:
            self.watching = False
            _application().removeEventFilter(self)
        self.looking_away.stop()
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self.ACTIVITY:
            self.timer.start()
            _application().removeEventFilter(self)  # until a second has passed: see the class
            self.looking_away.start()
        return False

    def _look_again(self) -> None:
        if self.watching:
            _application().installEventFilter(self)


class _LayoutRequests(QObject):
    """Counts the layout requests delivered while it filters the application's events."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def lay_out_before_painting(most_levels: int = 32) -> None:
    """Deliver now the layout requests and the updates that showing a page has just posted, so that the
    page is painted once, laid out.

    A widget shown posts an update of its own, and a layout request that climbs the tree one turn of the
    event loop per level (the page's tab widget, the page, its holder, the stack, the window). Left to the
    event loop, the page was painted at the first turn, again when the updates came, and its tab widget a
    third time when the request reached it: three paints of the whole page per switch instead of one.
    Each pass delivers one level (what a delivery posts waits for the next pass).
    """
    requests = _LayoutRequests()
    application = _application()
    application.installEventFilter(requests)
    for _level in range(most_levels):
        delivered = requests.count
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if requests.count == delivered:
            break
    application.removeEventFilter(requests)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)


def _application() -> QCoreApplication:
    application = QApplication.instance()
    assert application is not None, "a window exists, so the application does"
    return application


class MainWindow(QMainWindow):
    """Screens: opening → welcome (no centre yet) → who are you? → the pages."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Cercle")
        self.setMinimumSize(960, 640)
        self.resize(1280, 800)
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        opening = QLabel(self.tr("Opening the centre…"))
        opening.setObjectName("opening")
        self.screens.addWidget(opening)
        self.pages: dict[str, QWidget] = {}
        self.sidebar = QListWidget()
        self.page_stack = QStackedWidget()
        self.actor_label = QLabel()
        self.switch_button = QPushButton(self.tr("Switch member"))
        self.lock_screen: QWidget | None = None
        self.server_banner = QLabel(self.tr("The centre's server cannot be reached. Cercle keeps trying; "
                                            "what you type stays in its window until it can be saved."))
        self.server_banner.setObjectName("serverBanner")
        self.server_banner.setAccessibleName(self.tr("Server unreachable"))
        self.server_banner.setWordWrap(True)
        self.server_banner.hide()
        self.read_only_banner = QLabel(self.tr("Read only: this computer may not write the centre's file "
                                               "(permissions or a read-only disk). Nothing can be saved."))
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setAccessibleName(self.tr("Read only"))
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()
        self._shortcuts: list[QShortcut] = []
        # Ctrl+Q on every system (Windows has no standard key to quit); closing the window ends Cercle.
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self, self.close)

    # --- screens -----------------------------------------------------------------------------------
    def show_screen(self, widget: QWidget) -> None:
        if self.screens.indexOf(widget) < 0:
            self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)

    def build_workspace(self, centre_name: str, make_page: Callable[[str], QWidget]) -> QWidget:
        """The sidebar and the pages; ``make_page(key)`` builds each page."""
        area = QWidget()
        layout = QHBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+8 open the pages; Ctrl+Q closes Cercle."))
        self.sidebar.setFixedWidth(200)
        titles = page_titles()
        self._make_page = make_page
        for index, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(titles[key])
            item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=titles[key], number=index))
            self.sidebar.addItem(item)
            holder = QWidget()  # the page itself is built the first time it is shown
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.page_stack.addWidget(holder)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index}"), self)
            shortcut.activated.connect(lambda row=index - 1: self.sidebar.setCurrentRow(row))
            self._shortcuts.append(shortcut)
        self.sidebar.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._top_bar(centre_name))
        right.addWidget(self.server_banner)
        right.addWidget(self.read_only_banner)
        right.addWidget(self.page_stack, 1)
        layout.addLayout(right, 1)
        return area  # no page is built until someone says who they are

    def _top_bar(self, centre_name: str) -> QWidget:
        from app.ui.widgets import WrappingLabel  # with the pages, once the window is painted: see above

        bar = QWidget()
        bar.setObjectName("topBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(24, 8, 16, 8)
        name = WrappingLabel(centre_name)  # on two lines in a narrow window
        name.setObjectName("centreName")
        layout.addWidget(name)
        layout.addStretch(1)
        self.actor_label.setObjectName("actorLabel")
        self.actor_label.setAccessibleName(self.tr("Acting member"))
        layout.addWidget(self.actor_label)
        self.switch_button.setAccessibleName(self.tr("Switch member"))
        self.switch_button.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_button.setToolTip(self.tr("Hand over the computer to someone else (Ctrl+L)"))
        layout.addWidget(self.switch_button)
        self.top_bar_layout = layout
        return bar

    def show_actor(self, name: str, colour: str) -> None:
        self.actor_label.setText(self.tr("Acting: {name}").format(name=name))
        self.actor_label.setAccessibleName(self.actor_label.text())  # who is at the desk, not only "who"
        self.actor_label.setStyleSheet(f"border-left: 6px solid {colour}; padding-left: 8px;")

    def show_server_reachable(self, reachable: bool) -> None:
        self.server_banner.setVisible(not reachable)

    def show_read_only(self, read_only: bool) -> None:
        self.read_only_banner.setVisible(read_only)

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def page(self, key: str) -> QWidget:
        """The page of ``key``, built on first use (a start builds only the page it shows)."""
        if key not in self.pages:
            from app.ui.widgets import label_combo_boxes  # here: the window paints before the widgets load

            self.pages[key] = self._make_page(key)
            holder = self.page_stack.widget(PAGE_KEYS.index(key))
            holder_layout = holder.layout() if holder is not None else None
            assert holder_layout is not None, "build_workspace() made a holder with a layout for each page"
            holder_layout.addWidget(self.pages[key])
            label_combo_boxes(self.pages[key])
        return self.pages[key]

    def current_page(self) -> QWidget | None:
        row = self.sidebar.currentRow()
        return self.pages.get(PAGE_KEYS[row]) if row >= 0 else None

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(PAGE_KEYS[row])
            self.page_stack.setCurrentIndex(row)
            lay_out_before_painting()

    # --- geometry ----------------------------------------------------------------------------------
    def restore_geometry_from(self, stored: QByteArray | None) -> None:
        if stored:
            self.restoreGeometry(stored)
