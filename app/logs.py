"""Cercle's journal: a rotating ``cercle.log`` in the data folder, and every uncaught failure written to it.

Set up once at program start (the window and the commands alike): each module logs to
``logging.getLogger(__name__)``; an exception nobody caught, in any thread, and Qt's own warnings end up in
the journal, so that a crash at the desk leaves a trace. The window adds :class:`FailureNotice`: it tells
the person in French that something failed and that they may go on, without closing anything.
"""

import logging
import os
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)

LOG_FILE = "cercle.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 3  # at most 8 MB of journal
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files only their owner may read: the journal names members and records."""

    cercle_log: Path | None = None  # the journal's path, on Cercle's own handler

    def _open(self):
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # a file made by an older Cercle may have been wider
        return os.fdopen(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def log_path(folder: Path | None = None) -> Path:
    return (folder or paths.data_dir()) / LOG_FILE


def setup_logging(folder: Path | None = None, level: str = "info") -> Path:
    """Write Cercle's logs (``level`` and above) and every library's warnings to the journal, one per process."""
    path = log_path(folder)
    root = logging.getLogger()
    if current_log_path() != path:
        stop_logging()  # another data folder (tests): one journal at a time
        handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        handler.cercle_log = path
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)  # the libraries' warnings, not their chatter
    logging.getLogger("app").setLevel(level.upper())
    return path


def stop_logging() -> None:
    """Close the journal's handlers (tests, and a process that lets go of its data folder)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "cercle_log", None)]:
        root.removeHandler(handler)
        handler.close()


def current_log_path() -> Path | None:
    """The journal being written, None before :func:`setup_logging`."""
    return next((h.cercle_log for h in logging.getLogger().handlers
                 if isinstance(h, PrivateRotatingFileHandler) and h.cercle_log), None)


# --- uncaught failures -------------------------------------------------------------------------------
_listeners: list = []  # called with no argument after an uncaught failure was logged (the window's notice)


def on_failure(listener) -> None:
    """Call ``listener()`` after each uncaught failure has been logged (from whichever thread)."""
    _listeners.append(listener)


def forget_failure_listener(listener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def failure_text() -> str:
    """What the person reads after an uncaught failure, in their language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Failure", "Cercle ran into an error. The details are in the journal: {path}. You can carry on."
    ).format(path=current_log_path() or log_path())


def log_uncaught(kind, value, trace) -> None:
    """``sys.excepthook``: the failure in the journal, then whoever listens tells the person."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    log.critical("uncaught exception", exc_info=(kind, value, trace))
    _tell()


def log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """``threading.excepthook``: the same, for a thread of Cercle's own or of a library."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "?"
    log.critical("uncaught exception in thread %s", name, exc_info=args.exc_value)
    _tell()


def _tell() -> None:
    """The window's notice when there is one; otherwise one line on stderr, never a traceback."""
    if not _listeners:
        print(f"cercle: {failure_text()}", file=sys.stderr)
    for listener in tuple(_listeners):  # a copy: a listener may unsubscribe
        listener()


def install_hooks() -> None:
    """Every exception nobody caught, in the main thread or another, is logged."""
    sys.excepthook = log_uncaught
    threading.excepthook = log_uncaught_in_thread


def start(level: str = "info") -> Path:
    """At program start, for the window and the commands: the journal, and the hooks that feed it."""
    path = setup_logging(level=level)
    install_hooks()
    from app import __version__

    log.info("Cercle %s starts", __version__)  # not its arguments: a database URL may hold a password
    return path


# --- Qt's own messages -------------------------------------------------------------------------------
qt_log = logging.getLogger("app.qt")


def qt_message_level(kind) -> int:
    from PySide6.QtCore import QtMsgType

    return {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)


def install_qt_message_handler() -> None:
    """Qt's warnings and errors go to the journal, and still to stderr as Qt would print them."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        qt_log.log(qt_message_level(kind), "%s", message)
        if previous is not None:
            previous(kind, context, message)
        elif qt_message_level(kind) >= logging.WARNING:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
