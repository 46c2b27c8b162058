"""Fixtures for the widgets: a workspace on a real database, a member at the desk, French or English; a
second workstation on the same database, and an answer to the "Edited elsewhere" dialog; the real main window
on a copy of the demo centre. No test leaves work running off the GUI thread (app.ui.background)."""

import gc
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app import i18n
from app.domain.members import MemberDraft
from app.services import context, members
from app.services.context import Context
from app.storage.engine import open_database
from app.ui import background
from app.ui.application import Controller
from app.ui.dialogs.conflict import EditedElsewhereDialog
from app.ui.hub import SignalHub
from app.ui.mainwindow import MainWindow
from app.ui.pages.hours import HoursPage
from app.ui.workspace import Workspace
from tests.conftest import TEST_NOW


@pytest.fixture(autouse=True)
def no_work_left_running(qtbot):
    yield
    finish_background(qtbot)
    background.wait_for_threads()


def delivered() -> None:
    """Let the event loop turn once: the hub delivers the changes published so far, and the pages refresh
    (a page shows what an action changed at the next turn, never inside the service call)."""
    QApplication.processEvents()


def finish_background(qtbot) -> None:
    """Until the work under way off the GUI thread has ended and its result is delivered. A minute: a page
    loading the demo took over 30 s on two cores shared by several suites, and a task truly stuck still fails."""
    qtbot.waitUntil(lambda: background.current() is None, timeout=60_000)


def shown(qtbot, page, size: tuple[int, int] | None = None):
    """``page`` on screen (at ``size``, or its own), closed after the test."""
    qtbot.addWidget(page)
    if size:
        page.resize(*size)
    page.show()
    return page


@pytest.fixture
def hours_page(qtbot, workspace):
    """The Hours page of Amina's workspace, at the size of a laptop's window: the timesheet and its Total row
    are in view."""
    return shown(qtbot, HoursPage(workspace, "Hours"), (1280, 800))


@pytest.fixture
def english(qapp):
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def workspace(ctx, qapp, english):
    """A workspace on the test database with one member, Amina, at the desk."""
    amina = members.add_member(ctx, MemberDraft(name="Amina Benali", profession="Médecin généraliste",
                                                start_date=date(2026, 1, 5)))
    space = Workspace(ctx, SignalHub())
    space.set_actor(amina.id)
    yield space
    ctx.events.unsubscribe(space.hub.publish)


@pytest.fixture
def elsewhere(workspace, database_url):
    """A second workstation on the same database (its own engine), where Bruno Martin acts."""
    context = Context(open_database(database_url), clock=lambda: TEST_NOW, system="tests")
    context.actor_id = members.add_member(context, MemberDraft(name="Bruno Martin")).id
    yield context
    context.engine.dispose()


def when_modal(kind, action, tries: int = 250) -> None:
    """Call ``action(dialog)`` once a modal dialog of ``kind`` is open, polling every 20 ms for up to 5 s: a
    test drives a dialog inside its own event loop. Start it with ``QTimer.singleShot(0, lambda: ...)``."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, kind):
        if tries:
            QTimer.singleShot(20, lambda: when_modal(kind, action, tries - 1))
        return
    action(dialog)


@pytest.fixture
def answer_edited_elsewhere(qtbot):
    """``answer(button_text)`` clicks that button (or presses Escape for "Escape") in the next "Edited
    elsewhere" dialog, once it is open; returns the list that receives its text and differences then."""

    def answer(button_text: str) -> list[str]:
        seen: list[str] = []

        def click(tries: int = 250) -> None:  # 5 s: a dialog that never opens leaves ``seen`` empty
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, EditedElsewhereDialog):
                if tries:
                    QTimer.singleShot(20, lambda: click(tries - 1))
                return
            seen.append(dialog.message.text() + "\n" + dialog.differences.toPlainText())
            if button_text == "Escape":
                qtbot.keyClick(dialog, Qt.Key.Key_Escape)
                return
            buttons = [dialog.keep_button, dialog.take_button, dialog.back_button]
            qtbot.mouseClick(next(b for b in buttons if b.text() == button_text), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, click)
        return seen

    return answer


@pytest.fixture
def never_edited_elsewhere(monkeypatch):
    """Fails the test if an "Edited elsewhere" dialog opens (instead of waiting in its modal loop)."""
    monkeypatch.setattr(EditedElsewhereDialog, "exec", lambda self: pytest.fail("the dialog opened"))


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """The demo centre, built once (it takes seconds) on the tests' fixed day; each test opens its own copy."""
    from app.demo.centre import create_demo

    return create_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3", today=TEST_NOW.date())


def open_demo_copy(main: MainWindow, folder, demo_file) -> Controller:
    """A copy of the demo in ``folder``, opened in ``main`` (the clock already on the demo's day), the lock
    screen showing; no scheduler nor tray: only what the pages do."""
    copy = folder / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    controller = Controller(main, str(copy), interactive=False)
    controller._start_background = lambda: None
    assert controller.open()
    return controller


@pytest.fixture
def demo_controller(qtbot, tmp_path, demo_file, monkeypatch, english):
    """The real window's controller on a copy of the demo, on the demo's day, Amina at the desk, the window
    active (the focus needs it) and the focus on the list of pages."""
    from tests.ui.test_mainwindow import enter_as

    monkeypatch.setattr(context, "system_clock", lambda: TEST_NOW)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    controller = open_demo_copy(main, tmp_path, demo_file)
    enter_as(controller, "Amina")
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    main.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
    yield controller
    finish_background(qtbot)
    controller.close()


@pytest.fixture
def demo_window(demo_controller):
    """The real window of ``demo_controller``."""
    return demo_controller.window


@pytest.fixture
def demo_db(demo_window, tmp_path):
    """A connection of its own on the demo window's database, on the demo's day, as another workstation
    would read it: what it sees is written, not only kept in the window."""
    from zoneinfo import ZoneInfo

    from app.services.centre import get_centre

    engine = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}", create=False)
    reader = Context(engine, clock=lambda: TEST_NOW, system="tests")
    reader.timezone = ZoneInfo(get_centre(reader).timezone)
    yield reader
    engine.dispose()


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Free the last test's widgets and Qt wrappers now, with no event loop nested: the cycle collector running
    later, inside a modal dialog's loop, was seen to crash PySide6 6.11 while it freed them. pytest-qt closes a
    test's widgets with deleteLater, which no event loop of the suite's carries out (processEvents leaves it):
    deleted here, or every page ever shown stays alive with its database, and each collection grows slower
    (seconds by the end of a worker's run)."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
