"""How Cercle writes its files: private to the person's account, and never by halves.

The files hold a whole centre (names, hours, minutes): they are readable by their owner only
(0600, folders 0700), whatever the umask. A file is written under a temporary name in its own folder,
flushed to the disk and only then renamed over the earlier one: a full disk or a crash leaves the
earlier file as it was, and no partial file behind.
"""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its missing parents) readable by this account only; tighten it if it exists."""
    folder = Path(folder)
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if folder.stat().st_mode & 0o777 != PRIVATE_FOLDER:
        os.chmod(folder, PRIVATE_FOLDER)
    return folder


def make_private(path: Path) -> None:
    """Make an existing file readable by its owner only (nothing when it does not exist)."""
    try:
        os.chmod(path, PRIVATE_FILE)
    except FileNotFoundError:
        pass


def private_file(path: Path) -> Path:
    """Create ``path`` empty and private when it does not exist, so that whoever fills it keeps it private."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        pass
    make_private(path)
    return Path(path)


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for open(): a file it creates (or opens) is private."""
    descriptor = os.open(path, flags, PRIVATE_FILE)
    os.chmod(path, PRIVATE_FILE)  # also a file made before Cercle kept its files private
    return descriptor


def sync_file(path: Path) -> None:
    """Flush ``path`` to the disk: a full disk often shows only here (opened for writing: Windows asks it)."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no folder handles to flush)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(
    path: Path,
    produce: Callable[[Path], object],
    check: Callable[[Path], None] | None = None,
) -> Path:
    """``produce(temporary)``, fsync, ``check(temporary)``, and rename to ``path``; returns ``path``.

    The temporary file exists (empty, private) in the folder of ``path`` when ``produce`` is called;
    ``check`` is the last step before the rename.
    Any OSError (from ``produce``, ``check``, the flush or the rename) is raised after the temporary
    file is removed: ``path`` is then exactly as it was before.
    """
    path = Path(path)
    if not path.parent.exists():
        private_folder(path.parent)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        produce(temporary)
        make_private(temporary)
        sync_file(temporary)
        if check is not None:
            check(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    sync_folder(path.parent)
    return path
