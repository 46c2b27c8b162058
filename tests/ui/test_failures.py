"""A failure nobody caught leaves a trace in cercle.log and a notice that lets the person go on."""

import logging
import stat
import sys
import threading

import pytest
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox

from app import cli, logs
from app.domain.members import MemberDraft
from app.services import members
from app.ui.failures import FailureNotice
from app.ui.mainwindow import MainWindow


@pytest.fixture
def journal(tmp_path, monkeypatch):
    """Cercle's journal in tmp_path and its hooks installed, as at program start; all undone afterwards."""
    monkeypatch.setattr(logs, "_listeners", [])  # no window's notice outlives its test
    level = logging.getLogger("app").level
    path = logs.setup_logging(tmp_path)
    logs.install_hooks()
    yield path
    logging.getLogger("app").setLevel(level)


def notices() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.qt_no_exception_capture  # Cercle's own hook must see the exception, not pytest-qt's
def test_an_exception_in_a_page_refresh_is_logged_and_shown_and_the_window_stays(qtbot, workspace, journal):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    FailureNotice(window)

    def refresh(entity, _ids):
        raise RuntimeError(f"the page could not show the {entity}")

    workspace.hub.changed.connect(refresh)
    members.add_member(workspace.ctx, MemberDraft(name="Chloé Petit"))
    members.add_member(workspace.ctx, MemberDraft(name="Dan Roux"))  # a second failure in a row
    # The hub delivers changes at the next turn of the event loop: wait for this window's own notice.
    qtbot.waitUntil(lambda: len([box for box in notices() if box.parent() is window]) == 1)
    text = journal.read_text(encoding="utf-8")
    assert "RuntimeError: the page could not show the member" in text and "Traceback" in text
    [notice] = [box for box in notices() if box.parent() is window]
    assert str(journal) in notice.text() and "carry on" in notice.text()
    assert not notice.isModal() and window.isVisible()
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600


def test_an_exception_in_another_thread_is_logged(journal):
    def job():
        raise ValueError("a job thread broke")

    thread = threading.Thread(target=job, name="job")
    thread.start()
    thread.join()
    assert "uncaught exception in thread job" in journal.read_text(encoding="utf-8")
    assert "ValueError: a job thread broke" in journal.read_text(encoding="utf-8")


def test_a_command_that_fails_says_where_the_journal_is_never_a_traceback(journal, capsys):
    try:
        raise KeyError("unexpected")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    error = capsys.readouterr().err
    assert error.startswith("cercle: Cercle ran into an error.") and str(journal) in error
    assert "Traceback" not in error and "Traceback" in journal.read_text(encoding="utf-8")


@pytest.mark.no_qt_log  # Cercle's handler replaces pytest-qt's here
def test_qt_warnings_go_to_the_journal(journal, qapp, capsys):
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(None)  # Qt's own printing behind ours, whatever an earlier test left installed
    logs.install_qt_message_handler()
    try:
        qWarning("a Qt warning for the journal")
    finally:
        qInstallMessageHandler(None)
    assert "WARNING app.qt: a Qt warning for the journal" in journal.read_text(encoding="utf-8")
    assert "a Qt warning for the journal" in capsys.readouterr().err


def test_log_level_is_an_option_of_the_window_and_of_every_command(tmp_path, capsys):
    try:
        assert cli.main(["--log-level", "debug", "demo", "create", str(tmp_path / "demo.sqlite3")]) == 0
        assert logging.getLogger("app").getEffectiveLevel() == logging.DEBUG
        assert logs.current_log_path() == tmp_path / "data" / "cercle.log"
        assert sys.excepthook is logs.log_uncaught
    finally:
        logging.getLogger("app").setLevel(logging.NOTSET)
