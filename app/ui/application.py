"""Start the GUI: paint the window first, then open the database, then ask who is at the desk."""

from __future__ import annotations  # the types of the lazily loaded modules appear in annotations only

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import i18n, paths, start_up
from app.ui import desk
from app.ui.mainwindow import IdleWatcher, MainWindow

if TYPE_CHECKING:  # loaded when first needed, after the window has painted (see the module)
    import argparse
    from pathlib import Path

    from sqlalchemy import Engine

    from app.domain.errors import CercleError
    from app.scheduler import CercleScheduler
    from app.services.centre import CentreDraft, CentreView
    from app.services.database import ServerAddress
    from app.ui.notifications import TrayNotifier
    from app.ui.pages.first_start import FirstMemberScreen, SetupScreen
    from app.ui.workspace import Workspace

log = logging.getLogger(__name__)


# Qt's grey hint text in empty fields reads at 3.9:1 only on white; this one at 5.9:1 (WCAG AA: 4.5:1).
PLACEHOLDER = "#596670"


def load_style(app: QApplication) -> None:
    style = paths.resource_dir() / "styles" / "cercle.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
    app.setPalette(palette)


def create_application(language: str | None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication), "Cercle's windows need a QApplication, not a bare QCoreApplication"
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APPLICATION)
    app.setApplicationDisplayName("Cercle")
    app.setDesktopFileName("fr.cercle.Cercle")
    app.setWindowIcon(QIcon(str(paths.resource_dir() / "icons" / "cercle.svg")))
    i18n.install(app, language)
    load_style(app)
    return app


class Controller:
    """Drives the screens of the main window; owns the open workspace."""

    # The bell, the tray messages and the scheduler start this long after the window has shown its data,
    # or as soon as someone enters: setting them up (the scheduler plans the proposals' deadlines, which
    # loads the decisions area) never delays the lock screen. The scheduler's catch-up comes later still.
    BACKGROUND_DELAY_MS = 1500

    def __init__(self, window: MainWindow, database: str | None, interactive: bool = True) -> None:
        self.window = window
        self.database = database
        self.interactive = interactive
        self.workspace: Workspace | None = None
        self.idle = IdleWatcher(window)  # watches while someone is at the desk
        self.idle.idle.connect(self.lock)
        self.scheduler: CercleScheduler | None = None
        self.tray: TrayNotifier | None = None
        self._background_timer: QTimer | None = None
        self.demo_folder: Path | None = None  # the temporary folder of the demo centre open, removed when it closes
        self.ready = False

    @property
    def open_workspace(self) -> Workspace:
        """The workspace of the open centre, for what runs only while one is open."""
        assert self.workspace is not None, "a centre is open"
        return self.workspace

    # --- opening -----------------------------------------------------------------------------------
    def open(self) -> bool:
        """Open the database given (or the default one); False after telling the user why it cannot be."""
        from app.domain.errors import CercleError
        from app.services import database
        from app.ui.connection import chosen_url

        try:
            url = chosen_url(self.database, self._ask_password)
            if not self._may_create_centre(url):
                return False
            engine = database.open_centre(url)
        except CercleError as error:
            log.warning("cannot open the centre: %s", error)
            text = i18n.message(error)
            print(f"cercle: {' '.join(text.split())}", file=sys.stderr)
            if self.interactive:
                title = QApplication.translate("Controller", "Cercle cannot open this centre")
                QMessageBox.critical(self.window, title, text)
            return False
        current = self._attach(engine, is_demo=False)
        if current is None:
            self._show_welcome()
        else:
            self._show_centre(current)
        return True

    def _may_create_centre(self, url: str) -> bool:
        """Ask before a centre is created in a file named on purpose that is missing or empty: often a typo.

        The data folder's own file at a first start needs no question (the welcome screen follows), nor
        does a start without anyone to answer (benchmarks, smoke tests).
        """
        from app.services import database

        path = database.file_of(url)
        if path is None or not self.interactive or path == paths.default_database_path().resolve():
            return True
        if not database.holds_no_centre(url):
            return True
        found = (QApplication.translate("Controller", "{path} holds no centre.") if path.exists()
                 else QApplication.translate("Controller", "{path} does not exist."))
        question = QApplication.translate("Controller", "Create a new centre there?")
        answer = QMessageBox.question(
            self.window, QApplication.translate("Controller", "Create a new centre?"),
            f"{found.format(path=path)}\n\n{question}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_password(self, server: ServerAddress) -> str | None:
        """The password of ``server``, asked in a dialog; never when not interactive."""
        if not self.interactive:
            return None
        from app.ui.dialogs.connection import ask_password

        return ask_password(self.window, server)

    def _attach(self, engine: Engine, is_demo: bool) -> CentreView | None:
        """Make ``engine`` the open centre; returns the centre's record, None when it has none yet."""
        from zoneinfo import ZoneInfo

        from app.services.centre import get_centre
        from app.services.context import Context
        from app.ui.hub import SignalHub
        from app.ui.workspace import Workspace

        desk.discard_all()  # nobody comes back to a dialog of the centre that closes
        self.close()
        self.workspace = Workspace(Context(engine), SignalHub(), is_demo=is_demo)
        current = get_centre(self.workspace.ctx)
        if current:
            self.workspace.ctx.timezone = ZoneInfo(current.timezone)
        return current

    def _show_welcome(self) -> None:
        from app.ui.pages.welcome import WelcomeScreen

        welcome = WelcomeScreen()
        welcome.create_requested.connect(self._create_centre)
        welcome.demo_requested.connect(self.explore_demo)
        self.window.show_screen(welcome)
        self.ready = True

    def _create_centre(self, draft: CentreDraft) -> None:
        """Create the centre; the lock then asks for its first member, who goes on to its guided set-up."""
        from app.domain.errors import CercleError
        from app.services import centre, setup

        # Nobody can be at the desk of a centre not yet created: Cercle itself records its creation.
        ctx = self.open_workspace.ctx
        try:
            created = setup.create_centre(ctx.as_system("first start"), draft)
        except CercleError as error:
            self._centre_not_created(error)
            return
        centre.apply_timezone(ctx, created)
        self._show_centre(created)

    def _centre_not_created(self, error: CercleError) -> None:
        """Another window or workstation may have created the centre meanwhile: go on to that one, saying why
        this one was not made; otherwise the welcome screen says what is wrong, and stays."""
        from app.domain.errors import CercleError
        from app.services import centre
        from app.ui.pages.welcome import WelcomeScreen

        try:
            existing = centre.get_centre(self.open_workspace.ctx)
        except CercleError:
            existing = None
        if existing is None:
            welcome = self.window.screens.currentWidget()
            assert isinstance(welcome, WelcomeScreen), "a centre is created from the welcome screen"
            welcome.error.show_error(error)
            return
        centre.apply_timezone(self.open_workspace.ctx, existing)
        self._show_centre(existing)
        (self.first_member_screen or self.lock_screen).error.show_error(error)  # the screen lock() showed

    def explore_demo(self) -> bool:
        """Open a fresh copy of the demo centre in a temporary folder; never the user's own database.

        It is built off the GUI thread (3 to 8 seconds), then shown; False when other work is under way.
        """
        from app.ui import background

        label = QApplication.translate("Controller", "Preparing the demo centre…")
        return background.run(self.window, label, build_demo, self._show_demo, self._demo_failed)

    def _show_demo(self, built: tuple[Engine, Path]) -> None:
        engine, folder = built
        current = self._attach(engine, is_demo=True)
        assert current is not None, "the demo centre is made with its record"
        self.demo_folder = folder
        self._show_centre(current)

    def _demo_failed(self, error: CercleError) -> None:
        from app.ui.widgets import show_error

        show_error(self.window, QApplication.translate("Controller", "Explore the demo centre"), error)

    def close(self) -> None:
        """Close the open centre (its background work first); a demo's temporary folder goes with it."""
        self.idle.stop()  # nobody is at the desk of a closed centre: no idle lock may come minutes later
        if self.workspace is not None:
            self.stop_background()
            self.workspace.close()
            self.workspace = None
        if self.demo_folder is not None:
            from app.demo import folders as demo_folders

            demo_folders.remove(self.demo_folder)
            self.demo_folder = None

    def _show_centre(self, current: CentreView) -> None:
        """The lock screen over the pages of the centre ``current``."""
        from app.services import database
        from app.ui.pages.factory import make_page
        from app.ui.pages.lock import LockScreen

        workspace = self.open_workspace
        title = current.name + (QApplication.translate("Controller", " (demo)") if workspace.is_demo else "")
        self.window.setWindowTitle(title)  # Qt adds " — Cercle", the application's display name
        area = self.window.build_workspace(title, lambda key: make_page(workspace, key))
        self.window.switch_button.clicked.connect(self.lock)
        workspace.hub.changed.connect(self._on_changed)
        workspace.hub.server_reachable.connect(self.window.show_server_reachable)
        url = workspace.ctx.engine.url.render_as_string(hide_password=False)
        self.window.show_read_only(database.is_read_only(url))
        self.area = area
        self.lock_screen = LockScreen(workspace)
        self.lock_screen.entered.connect(self._enter)
        # Made when a centre needs them.
        self.first_member_screen: FirstMemberScreen | None = None
        self.setup_screen: SetupScreen | None = None
        workspace.watch_other_workstations()
        workspace.restore_backup = self.restore_backup
        self._schedule_background()
        self.lock()
        self.ready = True

    # --- background work, notifications, restore -----------------------------------------------------
    def _schedule_background(self) -> None:
        """Start the background work BACKGROUND_DELAY_MS from now, or when someone enters if sooner."""
        if self._background_timer is None:
            self._background_timer = QTimer(self.window)
            self._background_timer.setSingleShot(True)
            self._background_timer.timeout.connect(self._start_background)
        self._background_timer.start(self.BACKGROUND_DELAY_MS)
        if getattr(self, "_stop_on_close", None) is None:
            self._stop_on_close = OnClose(self.window, self.stop_background)  # no job outlives the window

    def _start_background(self) -> None:
        """The bell, the tray messages and the scheduler (its catch-up pass runs off the GUI thread)."""
        if self._background_timer is not None:
            self._background_timer.stop()
        if self.workspace is None or self.scheduler is not None:
            return  # closed, or started already
        from app.scheduler import CercleScheduler
        from app.ui.notifications import BellButton, TrayNotifier

        self.bell = BellButton(self.workspace)
        layout = self.window.top_bar_layout
        layout.insertWidget(layout.indexOf(self.window.actor_label), self.bell)
        self.tray = TrayNotifier(self.workspace, self.window)
        self.scheduler = CercleScheduler(self.workspace.ctx, backups=not self.workspace.is_demo)
        self.scheduler.start()

    def stop_background(self) -> None:
        """Stop the scheduler (waiting for a job under way) and the tray messages."""
        if self._background_timer is not None:
            self._background_timer.stop()
        if self.scheduler is not None:
            self.scheduler.shutdown()
            self.scheduler = None
        if self.tray is not None:
            self.tray.close()
            self.tray = None

    def restore_backup(self, backup: Path) -> bool:
        """Close the centre, replace its file by ``backup`` off the GUI thread (a safety copy is kept), and
        reopen it; False when other work is under way, and the centre stays open."""
        from app.services.backups import restore
        from app.services.context import system_clock
        from app.ui import background

        if background.current() is not None:
            return False
        workspace = self.open_workspace
        url = workspace.ctx.engine.url.render_as_string(hide_password=False)
        actor = workspace.actor_id
        demo_folder, self.demo_folder = self.demo_folder, None  # a demo restored stays in its folder
        self.close()  # its pages and engine go: the centre reopens restored (and migrated, if older)

        def reopen(safety: Path | None = None) -> None:
            self.database = url
            self.open()
            self.demo_folder = demo_folder
            if safety is not None and self.window.screens.currentWidget() is getattr(self, "lock_screen", None):
                self.lock_screen.say_restored(str(safety))

        def refused(error: CercleError) -> None:
            if self.interactive:
                QMessageBox.warning(self.window, QApplication.translate("Controller", "Restore a backup"),
                                    i18n.message(error))
            reopen()

        label = QApplication.translate("Controller", "Restoring the backup…")
        return background.run(self.window, label, lambda: restore(url, backup, system_clock(), actor), reopen,
                              refused)

    # --- identity ----------------------------------------------------------------------------------
    def lock(self) -> None:
        """Back to "Who are you?" (the dialogs open now wait for their member's return, app.ui.desk); to the
        first member's creation while nobody can enter the centre."""
        self.idle.stop()
        workspace = self.open_workspace
        log.info("desk locked (member %s was at the desk)", workspace.actor_id)
        desk.put_away(workspace.actor_id, self.window)
        workspace.set_actor(None)
        self.lock_screen.refresh()
        nobody = self.lock_screen.list.count() == 0  # no active member
        self.window.show_screen(self._first_member_screen() if nobody else self.lock_screen)

    def _first_member_screen(self) -> FirstMemberScreen:
        if self.first_member_screen is None:
            from app.ui.pages.first_start import FirstMemberScreen

            self.first_member_screen = FirstMemberScreen(self.open_workspace)
            self.first_member_screen.created.connect(self._enter)
            self.first_member_screen.opened_elsewhere.connect(self._opened_elsewhere)
        self.first_member_screen.refresh()
        return self.first_member_screen

    def _opened_elsewhere(self, error: CercleError) -> None:
        """Someone became the first member at another window or workstation: enter as one of the members."""
        self.lock()
        self.lock_screen.error.show_error(error)

    def _setup_screen(self, again: bool) -> SetupScreen:
        """The guided set-up at the step still to do; ``again`` when it was left earlier."""
        if self.setup_screen is None:
            from app.ui.pages.first_start import SetupScreen

            self.setup_screen = SetupScreen(self.open_workspace)
            self.setup_screen.left.connect(self._leave_setup)
        self.setup_screen.resume(again)
        return self.setup_screen

    def _leave_setup(self, finished: bool) -> None:
        if finished:
            self.window.show_page("reception")  # where the shifts just created are taken
        self.window.show_screen(self.area)
        self.window.sidebar.setFocus()

    def _enter(self, member_id: int) -> None:
        """``member_id`` is at the desk; the one who began the centre's set-up is offered to carry on."""
        from app.services import settings, setup
        from app.services.members import get_member

        workspace = self.open_workspace
        member = get_member(workspace.ctx, member_id)
        self._start_background()  # the bell is there for whoever is at the desk
        workspace.set_actor(member.id)
        log.info("member %s at the desk", member.id)
        self.window.show_actor(member.name, member.colour)
        if self.window.sidebar.currentRow() < 0:
            self.window.show_page("my_week")
        self.idle.watch(settings.get(workspace.ctx, "idle_lock_minutes"))
        if setup.offered_to(workspace.ctx, member.id):
            again = self.window.screens.currentWidget() is not self.first_member_screen
            self.window.show_screen(self._setup_screen(again))
            return
        self.window.show_screen(self.area)
        self.window.sidebar.setFocus()  # the keyboard starts in the navigation
        desk.come_back(member.id)  # their own dialogs as they left them; someone else's are gone

    def _on_changed(self, entity: str, _ids: tuple[int, ...]) -> None:
        from app.services.changes import Entity

        if entity == Entity.SETTING and self.idle.watching:
            from app.services import settings

            self.idle.set_minutes(settings.get(self.open_workspace.ctx, "idle_lock_minutes"))
        if entity in (Entity.MEMBER, Entity.EVERYTHING) and not self._actor_still_active():
            self.lock()
            self.lock_screen.say_member_left()
        elif entity in (Entity.MEMBER, Entity.EVERYTHING) and self._first_member_made_elsewhere():
            self.lock()  # "Who are you?" now lists them

    def _first_member_made_elsewhere(self) -> bool:
        """Whether the first member's screen shows while the centre has members now (made at another window or
        workstation): it would only refuse to make another."""
        from app.domain.errors import CercleError
        from app.services.members import list_members

        if self.first_member_screen is None or self.window.screens.currentWidget() is not self.first_member_screen:
            return False
        if self.open_workspace.actor_id is not None:  # someone entered meanwhile: the desk is theirs
            return False
        try:
            return bool(list_members(self.open_workspace.ctx))
        except CercleError:  # the centre out of reach for now: the screen stays
            return False

    def _actor_still_active(self) -> bool:
        """Whether the member at the desk, if any, is still an active member: their departure recorded on
        another workstation, or a backup restored without them, sends the desk back to "Who are you?"."""
        from app.domain.errors import CercleError
        from app.services.errors import NotFound
        from app.services.members import get_member

        workspace = self.open_workspace
        if workspace.actor_id is None:
            return True
        try:
            return get_member(workspace.ctx, workspace.actor_id).active
        except NotFound:
            return False
        except CercleError:  # the centre out of reach for now (a lost server): nothing is known, nothing changes
            return True


class OnClose(QObject):
    """Calls ``then`` when ``window`` is closed."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self.then()
        return False


class AfterFirstPaint(QObject):
    """Runs ``then`` once the window has painted itself, so that a person sees Cercle at once.

    With CERCLE_TRACE_STARTUP=1 it also prints ``first-paint`` on stderr, for the start-up benchmark.
    """

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if os.environ.get("CERCLE_TRACE_STARTUP"):
                print("first-paint", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.then)
        return False


def run(args: argparse.Namespace) -> int:
    """The GUI's main: returns the exit code."""
    from app import platform_check

    problem = platform_check.window_problem()
    if problem:  # Qt would stop with a misleading message: name what to install instead
        log.error("Qt's X11 plugin cannot load:\n%s", problem)
        print(problem, file=sys.stderr)
        return platform_check.EXIT_CODE
    app = create_application(args.language)
    from app import logs
    from app.ui.failures import FailureNotice

    logs.install_qt_message_handler()
    window = MainWindow()
    FailureNotice(window)
    from app.preferences import preferences

    window.restore_geometry_from(preferences().value("geometry"))
    window.show()
    controller = Controller(window, args.database, interactive=not args.quit_after_start)
    outcome = {"code": 0}

    def start() -> None:
        start_up.end()  # what is frozen is what lives as long as the process: modules, classes, this window
        if not controller.open():
            outcome["code"] = 2
            app.quit()
            return
        QTimer.singleShot(0, remove_abandoned_demos)  # after the centre shows: it never delays the start
        if args.quit_after_start:
            finish_after_paint(window)

    AfterFirstPaint(window, start)
    app.aboutToQuit.connect(lambda: preferences().setValue("geometry", window.saveGeometry()))
    exit_code = app.exec()
    from app.ui import background

    background.wait_for_threads()  # no work is cut off half-way
    controller.close()
    return outcome["code"] or exit_code


def build_demo() -> tuple[Engine, Path]:
    """A new demo centre in a temporary folder of its own, off the GUI thread: (its engine, the folder)."""
    from app.demo import folders as demo_folders
    from app.demo.centre import create_demo
    from app.services import database

    folder = demo_folders.create()
    try:
        return database.open_centre(f"sqlite:///{create_demo(folder / 'demo.sqlite3')}"), folder
    except BaseException:
        demo_folders.remove(folder)
        raise


def remove_abandoned_demos() -> None:
    """The demo folders a Cercle that was killed left behind (never one another Cercle still uses)."""
    from app.demo import folders as demo_folders

    demo_folders.remove_abandoned()


def finish_after_paint(window: QWidget) -> None:
    """Quit once the window has been painted with its data (benchmarks and smoke tests).

    With CERCLE_TRACE_STARTUP=1 it prints ``ready`` on stderr then, for the start-up benchmark.
    """
    window.repaint()
    QApplication.processEvents()
    if os.environ.get("CERCLE_TRACE_STARTUP"):
        print("ready", file=sys.stderr, flush=True)
    QTimer.singleShot(0, QApplication.quit)
