"""Backups of a SQLite centre: consistent copies, checked, kept by a retention rule, and restored safely.

A copy is made through SQLite's online backup API (other workstations may keep writing), written under
a temporary name, checked with ``PRAGMA integrity_check`` and only then renamed: a full disk or a bad
copy never replaces or removes an earlier backup. PostgreSQL centres are backed up with ``pg_dump``.
"""

import errno
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app import file_errors, files, paths
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.domain.retention import RetentionPolicy, backups_to_keep
from app.storage import errors
from app.storage.engine import (
    BUSY_TIMEOUT_MS,
    connect_read_only,
    copy_file_database,
    header_page_size,
    inspect_sqlite_file,
    is_damage,
    refusal,
    sqlite_cause,
    sqlite_reason,
)
from app.storage.errors import DatabaseRefused
from app.storage.models.core import Centre

DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk holding {folder} is full: the backup was not written. Earlier backups are intact."
)
WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {folder} ({reason}).")
NO_PG_DUMP = QT_TRANSLATE_NOOP(
    "Errors",
    "pg_dump is not installed on this computer: install PostgreSQL's client tools to back up the server.",
)
PG_DUMP_FAILED = QT_TRANSLATE_NOOP("Errors", "pg_dump failed: {reason}")
FILE_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} already exists; Cercle will not overwrite it.")
NOT_A_BACKUP = QT_TRANSLATE_NOOP("Errors", "{path} holds no centre: it cannot be restored.")
NO_BACKUP_FILE = QT_TRANSLATE_NOOP("Errors", "There is no file {path}: check its name and its folder.")
RESTORE_ON_SERVER = QT_TRANSLATE_NOOP(
    "Errors", "A centre on a PostgreSQL server is restored with pg_restore by its administrator."
)

PREFIX = "cercle-"
SUFFIX = ".sqlite3"
STAMP = "%Y-%m-%dT%H%M"
NAME = re.compile(r"^cercle-(\d{4}-\d{2}-\d{2}T\d{4})(?:-(\d+))?\.(?:sqlite3|dump)$")
SUMMARY_TABLES = ("member", "proposal", "shift")


def backups_dir() -> Path:
    """The folder of the automatic backups, in the data folder."""
    return files.private_folder(paths.data_dir() / "backups")


def backup_path(folder: Path, moment: datetime, suffix: str = SUFFIX) -> Path:
    """A new file name telling the (local) moment of the backup, numbered if that minute is taken."""
    stem = f"{PREFIX}{moment.strftime(STAMP)}"
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def moment_of(path: Path) -> datetime | None:
    """The local moment a backup file's name tells, or None for a file that is not a backup."""
    match = NAME.match(path.name)
    return datetime.strptime(match.group(1), STAMP) if match else None


# --- writing --------------------------------------------------------------------------------------
def _copy(source: Path, target: Path) -> None:
    """The raw copy (a seam for the tests, which simulate a full disk here)."""
    copy_file_database(source, target)


def integrity_problem(path: Path) -> str | None:
    """SQLite's complaint about a file, or None when ``PRAGMA integrity_check`` says ok."""
    try:
        connection = connect_read_only(path)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return sqlite_cause(error)
    return None if result == ["ok"] else sqlite_reason("; ".join(result[:3]))


def _is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(error, sqlite3.OperationalError) and "full" in str(error)


def back_up_sqlite(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to the new file ``target``, checked; returns ``target``.

    Raises CercleError (DISK_FULL / WRITE_FAILED) without leaving anything behind, and DatabaseRefused
    naming ``source`` when it is damaged: SQLite cannot read it, or the copy, page for page the same, fails its
    integrity check (the bad copy is deleted; the backup file was never the one to blame).
    """
    def check(partial: Path) -> None:
        problem = integrity_problem(partial)
        if problem is not None:
            raise DatabaseRefused(errors.CORRUPT, path=str(source), reason=problem)

    try:
        return files.write_atomically(target, lambda partial: _copy_self_contained(source, partial), check)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise refusal(str(source), error) from error
        raise _write_failed(error, target.parent) from error
    except OSError as error:
        raise _write_failed(error, target.parent) from error


def _write_failed(error: OSError | sqlite3.Error, folder: Path) -> CercleError:
    if _is_disk_full(error):
        return CercleError(DISK_FULL, folder=str(folder))
    cause = file_errors.reason(error) if isinstance(error, OSError) else str(error)
    return CercleError(WRITE_FAILED, folder=str(folder), reason=cause)


def _copy_self_contained(source: Path, partial: Path) -> None:
    _copy(source, partial)
    _make_self_contained(partial)


def _make_self_contained(path: Path) -> None:
    """One file, no write-ahead log beside it: a backup can be copied or mailed as it is."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def back_up_postgresql(url: str, target: Path) -> Path:
    """``pg_dump`` of the server's centre into ``target`` (custom format), when pg_dump is installed."""
    program = shutil.which("pg_dump")
    if program is None:
        raise CercleError(NO_PG_DUMP)
    parsed = make_url(url).set(drivername="postgresql")

    def dump(partial: Path) -> None:
        address = parsed.render_as_string(hide_password=False)
        command = [program, "--format=custom", f"--file={partial}", address]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise CercleError(PG_DUMP_FAILED, reason=result.stderr.strip() or str(result.returncode))

    try:
        return files.write_atomically(target, dump)
    except OSError as error:
        raise _write_failed(error, target.parent) from error


# --- listing and retention ------------------------------------------------------------------------
@dataclass(frozen=True)
class BackupInfo:
    """A backup file: when it was made, its size, and what it holds (tables it lacks count 0)."""

    path: Path
    moment: datetime
    size: int
    members: int
    proposals: int
    shifts: int


def summary(path: Path) -> dict[str, int]:
    """How many members, proposals and shifts a SQLite file holds (0 for a table it does not have)."""
    counts = dict.fromkeys(SUMMARY_TABLES, 0)
    connection = connect_read_only(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in SUMMARY_TABLES:
            if table in tables:
                counts[table] = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()
    return counts


def describe(path: Path) -> BackupInfo:
    try:
        counts = summary(path)
    except sqlite3.DatabaseError:
        counts = dict.fromkeys(SUMMARY_TABLES, 0)
    stat = path.stat()
    moment = moment_of(path) or datetime.fromtimestamp(stat.st_mtime)
    return BackupInfo(path, moment, stat.st_size, counts["member"], counts["proposal"], counts["shift"])


def _written_order(path: Path) -> tuple[datetime, int]:
    """A backup's minute, then its number in that minute (none for the first: ``-1`` is the second, ``-10``
    comes after ``-9``): the order the files were written in. Their names do not sort so (".sqlite3" after
    "-1.sqlite3"), and ``prune`` then deleted the backup just written."""
    match = NAME.match(path.name)
    assert match is not None, "a backup file's name"
    return datetime.strptime(match.group(1), STAMP), int(match.group(2) or 0)


def backup_files(folder: Path) -> list[Path]:
    """The backup files of a folder, newest first (temporary files are ignored)."""
    found = [path for path in folder.glob(f"{PREFIX}*") if moment_of(path) is not None]
    return sorted(found, key=_written_order, reverse=True)


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The SQLite backups of ``folder`` (default: the data folder's), newest first, with a summary."""
    folder = folder or backups_dir()
    return [describe(path) for path in backup_files(folder) if path.suffix == SUFFIX]


def prune(folder: Path, policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Delete the backups the retention rule does not keep; returns the deleted files."""
    files = backup_files(folder)
    newest_by_moment: dict[datetime, Path] = {}
    for path in files:  # newest first: several files of one minute count as one backup, the last written
        moment = moment_of(path)
        assert moment is not None, "backup_files lists backups only"
        newest_by_moment.setdefault(moment, path)
    keep = {newest_by_moment[moment] for moment in backups_to_keep(newest_by_moment, policy)}
    deleted = [path for path in files if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    if files:
        _sweep_abandoned(folder, files[0])
    return deleted


# A temporary backup file this old was abandoned: its Cercle was killed (power cut, kill -9) while writing it.
# A younger one may be another Cercle's backup under way, in this same folder.
ABANDONED_AFTER_S = 3600


def _sweep_abandoned(folder: Path, newest: Path) -> None:
    """Delete the temporary copies that killed backups left behind (see :func:`app.files.write_atomically`):
    each is a whole centre, names and hours, that no retention rule would ever delete. Their age is measured
    against the ``newest`` backup's, both stamped by the disk's clock: a shared folder's server may not keep
    this computer's time."""
    too_old = newest.stat().st_mtime - ABANDONED_AFTER_S
    for path in folder.glob(f".{PREFIX}*.partial"):
        try:
            if path.stat().st_mtime < too_old:
                path.unlink()
        except OSError:
            pass  # gone already, or not ours to delete: the next backup tries again


# --- restoring ------------------------------------------------------------------------------------
def check_restorable(backup: Path) -> None:
    """Refuse (DatabaseRefused) a file that is missing, is damaged, is not a Cercle database or holds no centre."""
    if not backup.exists():
        raise DatabaseRefused(NO_BACKUP_FILE, path=str(backup))
    found = inspect_sqlite_file(backup)
    if found.is_new:
        raise DatabaseRefused(NOT_A_BACKUP, path=str(backup))
    problem = integrity_problem(backup)
    if problem is not None:
        raise DatabaseRefused(errors.CORRUPT, path=str(backup), reason=problem)
    if not _holds_a_centre(backup):
        raise DatabaseRefused(NOT_A_BACKUP, path=str(backup))


def _holds_a_centre(path: Path) -> bool:
    """Whether the file has its centre's row: a database made by ``cercle server init`` has every table and
    no centre, and restored it would put an empty database in the real centre's place."""
    table = Centre.__tablename__
    try:
        connection = connect_read_only(path)
        try:
            if not connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                      (table,)).fetchone():
                return False
            return connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise refusal(str(path), error) from error


def restore_sqlite(backup: Path, database: Path, moment: datetime,
                   confirm: Callable[[], bool] = lambda: True) -> Path | None:
    """Replace the centre in the database file (which exists) by ``backup``; returns the safety copy of what
    it replaced, or None when ``confirm``, asked once the backup has passed its checks, says no.

    The backup is copied into the file where it is, through SQLite's backup API, in one transaction: another
    Cercle open on the file goes on with the restored centre, and sees it change, instead of writing unseen
    into a file that a swap would have put aside. A file SQLite cannot copy into is replaced whole instead:
    one it cannot read any more (its header damaged: nobody can be working on it), or one whose pages are
    of another size than the backup's (never a file Cercle wrote). The caller disposes of its own engine
    first and reopens the file afterwards with ``open_database`` (which migrates an older copy). Nothing is
    changed when the backup is refused or the restore not confirmed.
    """
    check_restorable(backup)
    if not confirm():
        return None
    stamp = moment.strftime("%Y-%m-%dT%H%M%S")
    safety = database.with_name(f"{database.stem}.before-restore-{stamp}{SUFFIX}")
    try:
        if not safety.exists():
            _keep_as_it_is(database, safety)
        if not _copied_in_place(backup, database):
            _replace_file(backup, database)
    except (OSError, sqlite3.DatabaseError) as error:
        if _is_disk_full(error):
            raise CercleError(DISK_FULL, folder=str(database.parent)) from error
        if isinstance(error, sqlite3.DatabaseError):
            raise refusal(str(database), error) from error
        raise file_errors.file_error(error, database) from error
    return safety


def _keep_as_it_is(database: Path, safety: Path) -> None:
    """The centre as it stands, what is still in its write-ahead log included; byte for byte, with that log
    beside it, when SQLite cannot read it any more."""
    try:
        files.write_atomically(safety, lambda partial: copy_file_database(database, partial))
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise
        files.write_atomically(safety, lambda partial: shutil.copyfile(database, partial))
        log = Path(f"{database}-wal")
        if log.exists():
            files.write_atomically(Path(f"{safety}-wal"), lambda partial: shutil.copyfile(log, partial))


def _copied_in_place(backup: Path, database: Path) -> bool:
    """Every page of ``backup`` into ``database``, in one write transaction that every connection sees;
    False, and nothing done, when the centre's file is damaged or its pages are of another size (SQLite
    copies into a file in write-ahead-log mode only between pages of one size)."""
    if _page_size(backup) != _page_size(database):
        return False
    reader = connect_read_only(backup)
    writer = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        writer.execute("PRAGMA synchronous=FULL")  # as every connection of Cercle's: durable once done
        reader.backup(writer)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return False
        raise
    finally:
        writer.close()
        reader.close()
    return True


def _page_size(path: Path) -> int:
    with path.open("rb") as handle:
        return header_page_size(handle.read(18))


def _replace_file(backup: Path, database: Path) -> None:
    """``database`` replaced by a copy of ``backup`` under its name; its old write-ahead log forgotten."""

    def forget_the_old_log(_incoming: Path) -> None:
        """Just before the swap: the old file's log must never be replayed onto the restored one."""
        for leftover in (Path(f"{database}-wal"), Path(f"{database}-shm")):
            leftover.unlink(missing_ok=True)

    files.write_atomically(database, lambda incoming: shutil.copyfile(backup, incoming), forget_the_old_log)
