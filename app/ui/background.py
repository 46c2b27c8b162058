"""Long work off the GUI thread, so that the window never freezes: the demo centre, exports, imports.

``run(parent, label, work, done, failed)`` calls ``work()`` in a thread of its own while the window
keeps painting. Under the wait cursor no click nor key reaches Cercle, and no window can be closed, until
the work ends: a double click cannot start it twice. Work that lasts more than SHOW_AFTER_MS also shows
``label`` in a progress window (a short export shows nothing). Its result goes to ``done``, a CercleError
it raised to ``failed`` (a file or folder the system refused too, said as app.file_errors says it), both
called on the GUI thread; any other error goes to the journal and the failure notice, as an uncaught one
does (app.logs).

``work`` touches no widget: what it needs from the window is read before and captured. It may call the
services: they open a session of their own per call on the engine, which SQLAlchemy lets threads share (the
SQLite connections are opened with check_same_thread=False, app.storage.engine).

Python's cycle collector runs in whichever thread happens to allocate: it is paused while the work runs, so
that no object of the window is collected, hence deleted, from the worker thread (PySide then deletes it
twice and Cercle crashes). Plain reference counting frees memory meanwhile, as always.
"""

import gc
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.domain.errors import CercleError
from app.file_errors import file_error

SHOW_AFTER_MS = 500

# What a person can do to the window: nothing of it reaches Cercle while the work runs.
BLOCKED = {
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Wheel,
}


@dataclass
class Task:
    """One work under way, from its start to ``done`` or ``failed``."""

    parent: QWidget
    label: str
    done: Callable[[Any], object]
    failed: Callable[[CercleError], None]
    progress: QProgressDialog | None = None


class _Desk(QObject):
    """The GUI thread's side, made once and kept: no object of a single work lives in two threads."""

    # Emitted by the worker thread (the result, or the error raised): Qt queues the call to the GUI thread.
    finished = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self.task: Task | None = None
        self.worker: threading.Thread | None = None  # the last one started (QObject.thread() is Qt's)
        self.collecting = True  # whether the cycle collector ran before the work (see the module)
        self.finished.connect(self._end, Qt.ConnectionType.QueuedConnection)
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.timeout.connect(self._show_progress)

    def start(self, task: Task, work: Callable[[], Any]) -> None:
        self.task = task
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        _application().installEventFilter(self)
        self.show_timer.start(SHOW_AFTER_MS)
        self.collecting = gc.isenabled()
        gc.disable()
        self.worker = threading.Thread(target=self._work, args=(work,), name="cercle-background")
        self.worker.start()

    def _work(self, work: Callable[[], Any]) -> None:
        """In the worker thread. Whatever it raises is sent back: the window never stays blocked."""
        try:
            result = work()
        except BaseException as error:  # noqa: BLE001 - shown or logged on the GUI thread
            self.finished.emit(None, error)
        else:
            self.finished.emit(result, None)

    def _show_progress(self) -> None:
        task = self.task
        assert task is not None, "the timer is stopped when the work ends"
        progress = task.progress = QProgressDialog(task.parent.window())
        progress.setWindowTitle("Cercle")
        progress.setLabelText(task.label)
        progress.setCancelButton(None)  # the work cannot be stopped half-way: nothing is left by halves
        progress.setRange(0, 0)  # busy: how long it takes is not known
        progress.setMinimumDuration(0)
        progress.show()

    def _end(self, result: Any, error: BaseException | None) -> None:
        task, self.task = self.task, None
        assert task is not None and self.worker is not None, "only a started work sends its result"
        self.worker.join()  # it has sent its result: it ends at once
        if self.collecting:
            gc.enable()
        self.show_timer.stop()
        _application().removeEventFilter(self)
        QApplication.restoreOverrideCursor()
        if task.progress is not None:
            task.progress.close()
            task.progress.deleteLater()
        if error is None:
            task.done(result)
        elif isinstance(error, CercleError):
            task.failed(error)
        elif isinstance(error, OSError):
            task.failed(file_error(error))
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in BLOCKED:
            return True
        if event.type() == QEvent.Type.Close and isinstance(watched, QWidget) and watched.isWindow():
            event.ignore()  # the window stays open: no work is left without its window
            return True
        return False


_desk: _Desk | None = None


def _application() -> QCoreApplication:
    application = QApplication.instance()
    assert application is not None, "a window exists, so the application does"
    return application


def run(parent: QWidget, label: str, work: Callable[[], Any], done: Callable[[Any], object],
        failed: Callable[[CercleError], None]) -> bool:
    """Start ``work`` off the GUI thread (see the module); False, and nothing started, while other work
    runs."""
    global _desk
    if _desk is None:
        _desk = _Desk()
    if _desk.task is not None:
        return False
    _desk.start(Task(parent, label, done, failed), work)
    return True


def current() -> Task | None:
    """The work under way, if any (its result not yet delivered)."""
    return _desk.task if _desk is not None else None


def wait_for_threads() -> None:
    """Until no worker thread runs (before the application ends)."""
    if _desk is not None and _desk.worker is not None:
        _desk.worker.join()
