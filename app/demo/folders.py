"""The temporary folders of the demo centres opened from the window.

Each one holds the pid of the Cercle that uses it. It is removed when that Cercle closes the demo; one
left behind by a Cercle that was killed is removed at a later start, once its process is gone. A
folder without a readable pid (being created, or from an older Cercle) is left alone for a day.
"""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from app import files

PREFIX = "cercle-demo-"
OWNER = "cercle.pid"
GRACE_SECONDS = 24 * 3600


def create() -> Path:
    """A new private folder for a demo centre, marked as this process's."""
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    files.write_atomically(folder / OWNER, lambda temporary: temporary.write_text(str(os.getpid())))
    return folder


def remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def remove_abandoned() -> list[Path]:
    """Remove the demo folders of this account whose Cercle is no longer running; returns them."""
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        if _is_abandoned(folder):
            remove(folder)
            removed.append(folder)
    return removed


def _is_abandoned(folder: Path) -> bool:
    try:
        status = folder.lstat()
    except OSError:
        return False
    if not folder.is_dir() or folder.is_symlink() or not _is_mine(status):
        return False
    try:
        pid = int((folder / OWNER).read_text())
    except (OSError, ValueError):
        return time.time() - status.st_mtime > GRACE_SECONDS
    return pid != os.getpid() and not is_running(pid)


def _is_mine(status: os.stat_result) -> bool:
    """Another account's demo is none of our business (root included)."""
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()


def is_running(pid: int) -> bool:
    if os.name == "nt":
        return _windows_process_runs(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another account
    return True


def _windows_process_runs(pid: int) -> bool:
    if sys.platform != "win32":  # never so; and the type checker reads what follows as Windows code
        raise OSError("Windows only")
    import ctypes

    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return kernel32.GetLastError() == access_denied
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
