"""Cercle's files are its account's only (0600, folders 0700) whatever the umask, and written whole."""

import errno
import logging
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from app import logs, paths
from app.domain.errors import CercleError
from app.domain.members import MemberDraft
from app.services import backups, centre, members
from app.services.context import Context
from app.storage import backup
from app.storage.engine import open_database
from tests.conftest import TEST_NOW


@pytest.fixture(autouse=True)
def umask_022():
    """The usual umask: without care, every file would be readable by every account of the computer."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o777)


def database_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def open_centre(path: Path) -> Context:
    ctx = Context(open_database(f"sqlite:///{path}"), clock=lambda: TEST_NOW, system="tests")
    if centre.get_centre(ctx) is None:
        centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    members.add_member(ctx, MemberDraft(name=f"Membre {len(members.list_members(ctx))}"))
    return ctx


def test_a_new_database_and_its_log_files_are_private(tmp_path):
    path = tmp_path / "new folder" / "cercle.sqlite3"
    ctx = open_centre(path)
    try:
        assert [mode(file) for file in database_files(path)] == ["0o600"] * 3
        assert mode(path.parent) == "0o700"
    finally:
        ctx.engine.dispose()


def test_an_existing_readable_database_is_made_private_when_opened(tmp_path):
    path = tmp_path / "cercle.sqlite3"
    open_centre(path).engine.dispose()
    keeper = sqlite3.connect(path)  # keeps the -wal and -shm files in place, as another workstation would
    keeper.execute("SELECT count(*) FROM member").fetchone()
    for file in database_files(path):
        os.chmod(file, 0o644)
    ctx = open_centre(path)
    try:
        assert [mode(file) for file in database_files(path)] == ["0o600"] * 3
    finally:
        ctx.engine.dispose()
        keeper.close()


def test_the_data_folder_backups_and_restores_are_private(tmp_path):
    path = paths.data_dir() / "cercle.sqlite3"
    ctx = open_centre(path)
    written = backups.back_up_now(ctx)
    url = ctx.engine.url.render_as_string()
    ctx.engine.dispose()
    safety = backups.restore(url, written, TEST_NOW + timedelta(hours=1))
    assert mode(paths.data_dir()) == "0o700" and mode(backup.backups_dir()) == "0o700"
    assert [mode(written), mode(safety), mode(path)] == ["0o600"] * 3


def test_a_full_disk_at_the_flush_keeps_earlier_backups(tmp_path, monkeypatch):
    ctx = open_centre(tmp_path / "cercle.sqlite3")
    earlier = backups.back_up_now(ctx)
    content = earlier.read_bytes()

    def disk_full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    ctx.clock = lambda: TEST_NOW + timedelta(days=1)
    with pytest.raises(CercleError, match="full.*Earlier backups are intact"):
        backups.back_up_now(ctx)
    ctx.engine.dispose()
    assert [file.name for file in backup.backups_dir().iterdir()] == [earlier.name]
    assert earlier.read_bytes() == content


def test_the_log_and_its_rotated_files_are_private(tmp_path):
    log_file = logs.setup_logging(tmp_path)
    try:
        [handler] = [h for h in logging.getLogger().handlers if getattr(h, "cercle_log", None)]
        logging.getLogger("app").warning("a job ran")
        handler.doRollover()
        logging.getLogger("app").warning("another job ran")
    finally:
        logs.stop_logging()
    assert [mode(log_file), mode(Path(f"{log_file}.1"))] == ["0o600"] * 2


def test_the_preferences_are_private(qapp):
    from app.preferences import preferences

    settings = preferences()
    settings.setValue("language", "fr")
    settings.sync()
    assert mode(paths.data_dir() / "preferences.ini") == "0o600"
