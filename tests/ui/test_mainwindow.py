"""The main window as a user meets it: first start, who are you, the pages, the idle lock."""

from PySide6.QtCore import Qt

from app.ui.application import Controller
from app.ui.mainwindow import PAGE_KEYS, MainWindow
from app.ui.pages.first_start import FirstMemberScreen
from app.ui.pages.lock import LockScreen
from app.ui.pages.welcome import WelcomeScreen
from tests.ui.conftest import finish_background


def start(qtbot, tmp_path, database=None) -> Controller:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, database or str(tmp_path / "centre.sqlite3"), interactive=False)
    assert controller.open()
    return controller


def open_demo(qtbot, controller: Controller) -> None:
    """Explore the demo centre, until it is shown (it is built off the GUI thread)."""
    assert controller.explore_demo()
    finish_background(qtbot)


def test_first_start_creates_the_centre(qtbot, tmp_path, english):
    controller = start(qtbot, tmp_path)
    welcome = controller.window.screens.currentWidget()
    assert isinstance(welcome, WelcomeScreen)
    welcome.create_button.click()
    assert welcome.error.isVisible() and "name" in welcome.error.text()
    welcome.name.setText("Centre de santé du Village")
    welcome.create_button.click()
    assert isinstance(controller.window.screens.currentWidget(), FirstMemberScreen)
    assert "Centre de santé du Village" in controller.window.windowTitle()


def test_explore_demo_never_touches_the_own_database(qtbot, tmp_path, english):
    own = tmp_path / "own.sqlite3"
    controller = start(qtbot, tmp_path, str(own))
    open_demo(qtbot, controller)
    assert "(demo)" in controller.window.windowTitle()
    assert controller.lock_screen.list.count() == 18
    assert str(own) not in str(controller.workspace.ctx.engine.url)


def enter_as(controller, name: str, pin: str = "") -> None:
    picker = controller.lock_screen
    row = next(i for i in range(picker.list.count()) if picker.list.item(i).text().startswith(name))
    picker.list.setCurrentRow(row)
    picker.pin.setText(pin)
    picker.enter_button.click()


def test_who_are_you_with_a_pin_then_pages_by_keyboard(qtbot, tmp_path, english):
    controller = start(qtbot, tmp_path)
    controller.window.screens.currentWidget().name.setText("Centre")
    controller.window.screens.currentWidget().create_button.click()
    first = controller.window.screens.currentWidget()
    first.name.setText("Fatou Diallo")
    first.pin.setText("2468")
    first.pin_again.setText("2468")
    first.continue_button.click()
    controller.setup_screen.later_button.click()  # the centre's set-up can wait
    controller.lock()
    assert isinstance(controller.window.screens.currentWidget(), LockScreen)
    enter_as(controller, "Fatou", "1111")
    assert controller.lock_screen.error.text() == "Wrong PIN."
    assert controller.workspace.actor_id is None
    enter_as(controller, "Fatou", "2468")
    assert controller.workspace.actor_id is not None
    assert controller.window.actor_label.text() == "Acting: Fatou Diallo"
    controller.setup_screen.later_button.click()  # offered again, and still waiting
    with qtbot.waitActive(controller.window):
        controller.window.activateWindow()
    for number, key in enumerate(PAGE_KEYS, start=1):
        qtbot.keyClick(controller.window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert controller.window.current_page() is controller.window.pages[key]
        assert controller.window.current_page().isVisible()


def test_idle_time_locks_back_to_the_picker(qtbot, tmp_path, english):
    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    assert not controller.idle.watching  # the lock screen has nothing to lock
    enter_as(controller, "Amina")
    assert controller.window.screens.currentWidget() is controller.area
    assert controller.idle.watching and controller.idle.timer.isActive()
    controller.idle.timer.timeout.emit()
    assert controller.window.screens.currentWidget() is controller.lock_screen
    assert controller.workspace.actor_id is None
    assert not controller.idle.watching


def test_closing_the_centre_stops_the_idle_lock(qtbot, tmp_path, english):
    """The timer of the idle lock would otherwise fire minutes later, on a controller without a centre."""
    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    enter_as(controller, "Amina")
    assert controller.idle.timer.isActive()
    controller.close()
    assert not controller.idle.watching and not controller.idle.timer.isActive()


def test_every_interactive_widget_has_an_accessible_name_or_text(qtbot, tmp_path, english):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    enter_as(controller, "Amina")
    unnamed = []
    fields = [
        w
        for kind in (QComboBox, QLineEdit, QAbstractItemView, QAbstractSpinBox)
        for w in controller.window.findChildren(kind)
    ]
    for widget in fields:  # the fields of a page, not the insides of a combo box or a spin box
        inner = (
            widget.window() is not controller.window
            or isinstance(widget, QHeaderView)
            or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))
        )
        if not inner and not widget.accessibleName():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    for button in controller.window.findChildren(QAbstractButton):
        if button.metaObject().className() == "QTableCornerButton":
            continue  # Qt's own "select all" corner of a table
        if not (button.text() or button.accessibleName() or button.toolTip()):
            unnamed.append(f"{type(button).__name__} {button.objectName()}")
    assert unnamed == []


def test_a_demo_folder_goes_with_its_demo_and_abandoned_ones_at_the_next_start(qtbot, tmp_path, english,
                                                                             monkeypatch):
    import subprocess
    import sys
    import tempfile

    from app.ui import application

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    first = controller.demo_folder
    assert (first / "demo.sqlite3").exists()
    open_demo(qtbot, controller)  # a fresh demo replaces the first
    second = controller.demo_folder
    assert not first.exists() and second.exists()
    controller.close()
    assert not second.exists() and list(tmp_path.glob("cercle-demo-*")) == []

    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()
    open_demo(qtbot, controller)
    in_use = controller.demo_folder
    left = tmp_path / "cercle-demo-left"
    left.mkdir()
    (left / "cercle.pid").write_text(str(killed.pid))
    application.remove_abandoned_demos()
    assert not left.exists() and in_use.exists()
    controller.close()


def answer_question(qtbot, yes: bool) -> list[str]:
    """Click Yes or No in the next question box, once it is open; returns the list that receives its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def click(tries: int = 250) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: click(tries - 1))
            return
        seen.append(box.text())
        button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)
    return seen


def test_a_missing_or_empty_file_is_made_a_centre_only_when_the_user_says_so(qtbot, tmp_path, french):
    missing, empty = tmp_path / "typo" / "centre.sqlite3", tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for path, said in ((missing, "n'existe pas"), (empty, "ne contient aucun centre")):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        seen = answer_question(qtbot, yes=False)
        assert not Controller(window, str(path), interactive=True).open()
        assert seen and said in seen[0] and "Créer un nouveau centre" in seen[0]
    assert not missing.parent.exists() and empty.stat().st_size == 0
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    seen = answer_question(qtbot, yes=True)
    controller = Controller(window, str(empty), interactive=True)
    assert controller.open() and seen
    assert isinstance(controller.window.screens.currentWidget(), WelcomeScreen)
    controller.workspace.close()


def test_the_first_start_on_the_data_folder_asks_nothing(qtbot, tmp_path, english, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, None, interactive=True)
    assert controller.open() and asked == []
    assert isinstance(controller.window.screens.currentWidget(), WelcomeScreen)
    controller.workspace.close()


def test_the_idle_lock_looks_away_from_the_events_of_a_click(qtbot):
    """An activity postpones the idle lock; then, for a second, the application's events are not watched: the
    hundreds of events of what the click opens (each one a call into Python) pass unseen. Then an activity
    postpones it again."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from app.ui.mainwindow import IdleWatcher

    class Counting(IdleWatcher):
        seen = 0

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            self.seen += 1
            return super().eventFilter(watched, event)

    desk = QWidget()
    qtbot.addWidget(desk)
    desk.show()
    watcher = Counting()
    watcher.timer.setTimerType(Qt.TimerType.PreciseTimer)  # its remaining time to the millisecond
    watcher.watch(5)
    try:
        for key in (Qt.Key.Key_A, Qt.Key.Key_B):
            QTest.qWait(20)
            waited = watcher.timer.remainingTime()
            QTest.keyClick(desk, key)
            assert watcher.timer.remainingTime() > waited  # postponed
            watcher.seen = 0
            dialog = QWidget()
            qtbot.addWidget(dialog)
            QVBoxLayout(dialog)
            for line in range(40):
                dialog.layout().addWidget(QLabel(f"Ligne {line}"))
            dialog.show()
            qtbot.waitExposed(dialog)
            assert watcher.seen == 0  # unseen, not a call into Python each
            assert watcher.looking_away.isActive()
            qtbot.waitUntil(lambda: not watcher.looking_away.isActive(), timeout=3000)
    finally:
        watcher.stop()
