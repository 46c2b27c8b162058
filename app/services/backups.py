"""Back up now, list the backups, restore one: for the Settings page, the CLI and the scheduler."""

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from app.domain.errors import CercleError
from app.services.context import Context
from app.storage import backup
from app.storage.backup import BackupInfo
from app.storage.engine import is_read_only, open_database, sqlite_path
from app.storage.errors import NO_FILE, READ_ONLY, DatabaseReadOnly, DatabaseRefused

BACKUP_INTERVAL = timedelta(hours=24)


def _local_moment(ctx: Context, now: datetime | None = None) -> datetime:
    return (now or ctx.now()).astimezone(ctx.timezone).replace(tzinfo=None)


def back_up_now(
    ctx: Context, output: Path | None = None, *, prune: bool = True, now: datetime | None = None
) -> Path:
    """A checked copy of the open centre: to ``output``, or into the backups folder (then pruned).

    Audited, unless the centre's file can only be read here. Raises CercleError with a clear message when
    the disk is full or pg_dump is missing.
    """
    url = ctx.engine.url.render_as_string(hide_password=False)
    database = sqlite_path(url)
    folder = backup.backups_dir() if output is None else output.parent
    if database is None:
        target = output or backup.backup_path(folder, _local_moment(ctx, now), suffix=".dump")
        written = backup.back_up_postgresql(url, target)
    else:
        target = output or backup.backup_path(folder, _local_moment(ctx, now))
        if target.exists():
            raise CercleError(backup.FILE_EXISTS, path=str(target))
        written = backup.back_up_sqlite(database, target)
    if not is_read_only(url):  # a file this computer may only read is copied without a record in it
        with ctx.writing() as unit:
            unit.audit("back up", "backup", None, after={"file": str(written)})
    if output is None and prune:
        backup.prune(folder)
    return written


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The backups of the data folder, newest first, with their date and a summary of what they hold."""
    return backup.list_backups(folder)


def last_backup_moment(folder: Path | None = None) -> datetime | None:
    """The local moment of the newest backup of the data folder (any engine), or None."""
    files = backup.backup_files(folder or backup.backups_dir())
    return backup.moment_of(files[0]) if files else None


def backup_overdue(ctx: Context, now: datetime | None = None, folder: Path | None = None) -> bool:
    """True when the newest backup is older than a day (or there is none)."""
    last = last_backup_moment(folder)
    return last is None or _local_moment(ctx, now) - last >= BACKUP_INTERVAL


def check_backup(backup_file: Path) -> None:
    """Refuse (DatabaseRefused) a backup that is damaged or is not a Cercle database, before anyone is asked
    whether to restore it; :func:`restore` checks it again."""
    backup.check_restorable(backup_file)


def restore(url: str, backup_file: Path, now: datetime, actor_id: int | None = None,
            confirm: Callable[[], bool] = lambda: True) -> Path | None:
    """Replace the centre at ``url`` (an existing SQLite file) by ``backup_file``; returns the safety copy.

    The caller disposes of its engine on ``url`` before calling, and reopens the centre after (which migrates
    an older backup); another Cercle open on the file goes on with the restored centre (see
    ``backup.restore_sqlite``). The restore is audited in the restored centre. ``confirm`` (the command line's
    question) is asked once the centre and the backup have passed every check, so that a refusal never
    follows a yes; when it says no, nothing is changed and None is returned. A server, a file that does
    not exist (a mistyped path: nothing is created) or a read-only one is refused.
    """
    database = sqlite_path(url)
    if database is None:
        raise CercleError(backup.RESTORE_ON_SERVER)
    if not database.exists():
        raise DatabaseRefused(NO_FILE, path=str(database))
    if is_read_only(url):
        raise DatabaseReadOnly(READ_ONLY, path=str(database))
    safety = backup.restore_sqlite(backup_file, database, now, confirm)
    if safety is None:
        return None
    engine: Engine = open_database(url)
    try:
        ctx = Context(engine, clock=lambda: now, system="restore")  # the member may not exist in the copy
        with ctx.writing() as unit:
            unit.audit("restore", "backup", None,
                       after={"file": str(backup_file), "safety_copy": str(safety), "by_member": actor_id})
    finally:
        engine.dispose()
    return safety
