"""Long work runs off the GUI thread: the window keeps living and says what it does, a second click starts
nothing, and what the work returns or raises comes back to the window."""

import threading
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import i18n
from app.domain.imports import Kind
from app.services import imports, rooms
from app.ui import background
from app.ui.dialogs.imports import ImportDialog
from app.ui.exporting import ExportedMessage, export_with_dialog
from tests.ui.conftest import finish_background
from tests.ui.test_mainwindow import start


def a_window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_demo_is_built_in_a_worker_while_the_window_lives_and_takes_no_second_click(
    qtbot, tmp_path, english, monkeypatch
):
    from app.demo import centre as demo

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    window_lived = threading.Event()  # set by a timer of the GUI thread, once the progress window shows
    builds = []
    build = demo.create_demo

    def build_once_the_window_lived(path, *args, **kwargs):
        builds.append(threading.current_thread() is threading.main_thread())
        window_lived.wait(30)  # a frozen window would never set it: the demo would open without it
        builds.append(window_lived.is_set())
        return build(path, *args, **kwargs)

    monkeypatch.setattr(demo, "create_demo", build_once_the_window_lived)
    controller = start(qtbot, tmp_path)
    welcome = controller.window.screens.currentWidget()
    seen = []

    def tick() -> None:
        progress = background.current().progress if background.current() else None
        if progress is None or not progress.isVisible() or window_lived.is_set():
            return
        seen.append((progress.labelText(), QApplication.overrideCursor().shape()))
        qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)  # never reaches the button
        welcome.demo_button.click()  # nor starts a second demo if it did
        window_lived.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    timer.stop()
    assert builds == [False, True]  # built once, in a worker thread, while the window's timer ran
    assert seen == [("Preparing the demo centre…", Qt.CursorShape.WaitCursor)]
    assert "(demo)" in controller.window.windowTitle() and controller.lock_screen.list.count() == 18
    assert QApplication.overrideCursor() is None and not background.current()


def test_an_export_is_written_in_a_worker_then_its_message_appears(qtbot, tmp_path, english, monkeypatch):
    window = a_window(qtbot)
    monkeypatch.setattr("app.ui.exporting.QFileDialog.getSaveFileName",
                        lambda *args: (str(tmp_path / "notes.txt"), "Text (*.txt)"))
    in_main_thread = []

    def write(path, chosen):
        in_main_thread.append(threading.current_thread() is threading.main_thread())
        path.write_text(chosen, encoding="utf-8")
        return path

    export_with_dialog(window, "Export", "notes.txt", "Text (*.txt)", write)
    finish_background(qtbot)
    assert in_main_thread == [False]
    message = window.findChild(ExportedMessage)
    assert message.isVisible() and message.text() == "“notes.txt” is saved."
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "Text (*.txt)"


def test_a_refused_import_says_why_in_french_in_its_dialog(qtbot, workspace, tmp_path, french):
    path = tmp_path / "salles.csv"
    path.write_text("Nom;Places\nSalle bleue;12\n", encoding="utf-8")
    nobody = replace(workspace.ctx, actor_id=None, system=None)  # the desk locked: nobody may import
    dialog = ImportDialog(nobody, imports.preview(nobody, Kind.ROOMS, path), path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ok_button.click()
    finish_background(qtbot)
    assert dialog.error.isVisible() and dialog.error.text().startswith("Personne n'est identifié·e au poste")
    assert dialog.isVisible() and dialog.result_view is None
    assert rooms.list_rooms(workspace.ctx) == []


def test_an_unexpected_error_goes_to_the_journal_and_frees_the_window(qtbot, english):
    window = a_window(qtbot)
    done, failed = [], []

    def broken():
        raise RuntimeError("a bug")

    with qtbot.captureExceptions() as uncaught:  # what the journal and the failure notice receive
        assert background.run(window, "Working…", broken, done.append, failed.append)
        assert not background.run(window, "Working…", lambda: 1, done.append, failed.append)
        finish_background(qtbot)
    assert [str(error) for _kind, error, _trace in uncaught] == ["a bug"]
    assert done == failed == [] and QApplication.overrideCursor() is None
    assert background.run(window, "Working…", lambda: 42, done.append, failed.append)
    finish_background(qtbot)
    assert done == [42]


def test_a_file_the_system_refuses_is_said_as_a_refusal(qtbot, tmp_path, english):
    """An OSError from the work (a folder that cannot be made, a disk that refuses) reaches ``failed`` in
    plain words naming the file, as the command line says it, not the failure notice."""
    window = a_window(qtbot)
    done, failed = [], []
    blocker = tmp_path / "backups"
    blocker.write_text("a file where a folder should be")
    with qtbot.captureExceptions() as uncaught:
        assert background.run(window, "Working…", lambda: (blocker / "inside").mkdir(), done.append,
                              failed.append)
        finish_background(qtbot)
    assert uncaught == [] and done == []
    assert [i18n.message(error) for error in failed] == [
        f"Cannot use {blocker / 'inside'}: a part of the path is a file, not a folder."]
