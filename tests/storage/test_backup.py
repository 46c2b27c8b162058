"""Backups: a checked copy, restored row for row; the retention rule; refusals; a full disk."""

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from app.domain.errors import CercleError
from app.domain.members import MemberDraft
from app.services import backups, centre, members
from app.services.context import Context
from app.storage import backup
from app.storage.engine import open_database
from app.storage.errors import DatabaseRefused
from app.storage.models import AuditEntry
from app.storage.watch import EVERYTHING, ChangeWatcher
from tests.conftest import TEST_NOW


@pytest.fixture
def sqlite_ctx(tmp_path):
    """A SQLite centre with two members (backups and restores are about files)."""
    url = f"sqlite:///{tmp_path / 'centre.sqlite3'}"
    ctx = Context(open_database(url), clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    members.add_member(ctx, MemberDraft(name="Paul Girard"))
    yield ctx
    ctx.engine.dispose()


def database_file(ctx) -> Path:
    return Path(ctx.engine.url.database)


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_backup_is_named_by_local_time_checked_and_summarised(sqlite_ctx):
    written = backups.back_up_now(sqlite_ctx)
    assert written.name == "cercle-2026-11-23T0900.sqlite3"  # 08:00 UTC is 09:00 in Paris
    assert written.parent == backup.backups_dir()
    assert backup.integrity_problem(written) is None
    assert not Path(f"{written}-wal").exists()
    [info] = backups.list_backups()
    assert (info.moment, info.members, info.proposals, info.shifts) == (datetime(2026, 11, 23, 9, 0), 2, 0, 0)
    with sqlite_ctx.reading() as db:
        assert db.exec(select(AuditEntry).where(AuditEntry.action == "back up")).one().entity == "backup"
    assert backups.last_backup_moment() == datetime(2026, 11, 23, 9, 0)
    assert not backups.backup_overdue(sqlite_ctx)


def test_two_backups_in_one_minute_do_not_overwrite_each_other(sqlite_ctx):
    first = backups.back_up_now(sqlite_ctx, prune=False)
    second = backups.back_up_now(sqlite_ctx, prune=False)
    assert first != second and first.exists() and second.exists()


def test_round_trip_restores_every_row_of_every_table(sqlite_ctx, tmp_path):
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    expected = dump(written)
    members.add_member(sqlite_ctx, MemberDraft(name="Added after the backup"))
    url = sqlite_ctx.engine.url.render_as_string()
    sqlite_ctx.engine.dispose()
    safety = backups.restore(url, written, TEST_NOW + timedelta(hours=1))
    restored = dump(database_file(sqlite_ctx))
    audit_of_restore = [line for line in restored if line not in expected]
    assert len(audit_of_restore) == 1 and "'restore'" in audit_of_restore[0]
    assert [line for line in restored if line in expected] == expected
    assert any("Added after the backup" in line for line in dump(safety))


def test_another_cercle_open_on_the_file_goes_on_with_the_restored_centre(sqlite_ctx, tmp_path):
    """The backup is copied into the file where it is: a second window (or workstation) still open on it sees
    the restored centre, hears that it changed, and what it writes next is kept, not written unseen into
    a file put aside."""
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    members.add_member(sqlite_ctx, MemberDraft(name="Added after the backup"))
    url = sqlite_ctx.engine.url.render_as_string()
    other = Context(open_database(url), clock=lambda: TEST_NOW, system="the other window")
    watcher = ChangeWatcher(other.engine, other.sender)
    try:
        assert len(members.list_members(other)) == 3
        sqlite_ctx.engine.dispose()
        backups.restore(url, written, TEST_NOW + timedelta(hours=1))
        assert watcher.poll() == [(EVERYTHING, ())]
        assert [m.name for m in members.list_members(other)] == ["Amina Benali", "Paul Girard"]
        members.add_member(other, MemberDraft(name="Written after the restore"))
    finally:
        watcher.close()
        other.engine.dispose()
    reopened = Context(open_database(url), clock=lambda: TEST_NOW, system="tests")
    try:
        names = [m.name for m in members.list_members(reopened)]
    finally:
        reopened.engine.dispose()
    assert names == ["Amina Benali", "Paul Girard", "Written after the restore"]


def test_a_centre_sqlite_cannot_read_any_more_is_restored_and_kept_as_it_was(sqlite_ctx, tmp_path):
    """The centre's header damaged (the day a restore is needed most): replaced whole, and kept byte for byte,
    with its write-ahead log, beside it."""
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    database = database_file(sqlite_ctx)
    url = sqlite_ctx.engine.url.render_as_string()
    sqlite_ctx.engine.dispose()
    damaged = b"\xff" * 16 + database.read_bytes()[16:]
    database.write_bytes(damaged)
    log = Path(f"{database}-wal")
    log.write_bytes(b"what the log held")
    safety = backups.restore(url, written, TEST_NOW + timedelta(hours=1))
    assert safety is not None and safety.read_bytes() == damaged
    assert Path(f"{safety}-wal").read_bytes() == b"what the log held"
    restored = dump(database)
    assert [line for line in restored if "'restore'" not in line] == dump(written)


def test_a_backup_with_pages_of_another_size_is_restored_whole(sqlite_ctx, tmp_path):
    """SQLite copies into a file in write-ahead-log mode only between pages of one size: a backup another
    tool rewrote with 8 KiB pages replaces the file whole, as it did before the copy in place."""
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    rewritten = sqlite3.connect(written)
    rewritten.execute("PRAGMA page_size = 8192")
    rewritten.execute("VACUUM")
    assert rewritten.execute("PRAGMA page_size").fetchone() == (8192,)
    rewritten.close()
    members.add_member(sqlite_ctx, MemberDraft(name="Added after the backup"))
    url = sqlite_ctx.engine.url.render_as_string()
    sqlite_ctx.engine.dispose()
    backups.restore(url, written, TEST_NOW + timedelta(hours=1))
    assert [line for line in dump(database_file(sqlite_ctx)) if "'restore'" not in line] == dump(written)


def test_a_restore_onto_a_missing_file_is_refused_and_creates_nothing(sqlite_ctx, tmp_path):
    """A mistyped path: refused before any question, and nothing created."""
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    typo = tmp_path / "Cercel" / "centre.sqlite3"
    with pytest.raises(DatabaseRefused, match=f"{typo} does not exist"):
        backups.restore(f"sqlite:///{typo}", written, TEST_NOW, confirm=never_asked)
    assert not typo.parent.exists()


def never_asked() -> bool:
    raise AssertionError("a restore that is refused must refuse before its question")


def test_a_restore_declined_at_the_question_changes_nothing(sqlite_ctx, tmp_path):
    written = backups.back_up_now(sqlite_ctx, tmp_path / "copy.sqlite3")
    members.add_member(sqlite_ctx, MemberDraft(name="Added after the backup"))
    database = database_file(sqlite_ctx)
    sqlite_ctx.engine.dispose()
    before = database.read_bytes()
    asked = []
    url = f"sqlite:///{database}"
    assert backups.restore(url, written, TEST_NOW, confirm=lambda: asked.append(True) or False) is None
    assert asked == [True]
    assert database.read_bytes() == before
    assert sorted(path.name for path in database.parent.iterdir()) == ["centre.sqlite3", "copy.sqlite3"]


def test_a_corrupt_backup_is_refused_and_the_centre_left_untouched(sqlite_ctx, tmp_path):
    bad = tmp_path / "cercle-2026-11-20T0800.sqlite3"
    written = backups.back_up_now(sqlite_ctx, tmp_path / "good.sqlite3")
    connection = sqlite3.connect(written)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(written.read_bytes())
    start = (root - 1) * page_size
    data[start: start + 16] = b"\xff" * 16  # damage the header of the members' page
    bad.write_bytes(bytes(data))
    before = dump(database_file(sqlite_ctx))
    url = sqlite_ctx.engine.url.render_as_string()
    sqlite_ctx.engine.dispose()
    with pytest.raises(DatabaseRefused):
        backups.restore(url, bad, TEST_NOW, confirm=never_asked)
    assert dump(database_file(sqlite_ctx)) == before


def test_a_centre_damaged_inside_is_named_when_its_backup_fails_not_the_backup_file(sqlite_ctx, tmp_path):
    centre_file = database_file(sqlite_ctx)
    connection = sqlite3.connect(centre_file)
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'member'").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    sqlite_ctx.engine.dispose()
    data = bytearray(centre_file.read_bytes())
    data[(root - 1) * page_size: (root - 1) * page_size + 16] = b"\xff" * 16  # the members' page
    centre_file.write_bytes(bytes(data))
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(DatabaseRefused) as refused:
        backup.back_up_sqlite(centre_file, target)
    assert refused.value.params["path"] == str(centre_file) and not target.exists()


def test_a_file_that_is_not_a_centre_is_refused(sqlite_ctx, tmp_path):
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    sqlite_ctx.engine.dispose()
    with pytest.raises(DatabaseRefused, match="not a Cercle database"):
        backups.restore(sqlite_ctx.engine.url.render_as_string(), other, TEST_NOW, confirm=never_asked)


def test_a_database_without_its_centre_is_refused_and_the_centre_left_untouched(sqlite_ctx, tmp_path):
    """Every table and no centre (``cercle server init`` makes such a file): restored, it would replace the
    real centre by an empty one."""
    empty = tmp_path / "empty.sqlite3"
    open_database(f"sqlite:///{empty}").dispose()
    before = dump(database_file(sqlite_ctx))
    sqlite_ctx.engine.dispose()
    with pytest.raises(DatabaseRefused, match="holds no centre"):
        backups.check_backup(empty)
    with pytest.raises(DatabaseRefused, match="holds no centre"):
        backups.restore(sqlite_ctx.engine.url.render_as_string(), empty, TEST_NOW, confirm=never_asked)
    assert dump(database_file(sqlite_ctx)) == before


def test_a_copy_failing_its_check_is_deleted(sqlite_ctx, monkeypatch):
    monkeypatch.setattr(backup, "integrity_problem", lambda path: "page 2 is never used")
    with pytest.raises(DatabaseRefused, match="damaged"):
        backups.back_up_now(sqlite_ctx)
    assert list(backup.backups_dir().iterdir()) == []


def test_a_full_disk_leaves_earlier_backups_intact(sqlite_ctx, monkeypatch):
    earlier = backups.back_up_now(sqlite_ctx)
    content = earlier.read_bytes()

    def disk_full(source, target):
        target.write_bytes(b"SQLite format 3\x00 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", disk_full)
    sqlite_ctx.clock = lambda: TEST_NOW + timedelta(days=1)
    with pytest.raises(CercleError, match="full.*Earlier backups are intact"):
        backups.back_up_now(sqlite_ctx)
    assert [path.name for path in backup.backups_dir().iterdir()] == [earlier.name]
    assert earlier.read_bytes() == content


def test_prune_keeps_what_the_retention_rule_says(tmp_path):
    start = datetime(2026, 1, 1, 9, 0)
    for day in range(60):
        (tmp_path / backup.backup_path(tmp_path, start + timedelta(days=day)).name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not a backup")
    deleted = backup.prune(tmp_path)
    left = backup.backup_files(tmp_path)
    assert len(left) + len(deleted) == 60
    assert backup.moment_of(left[0]) == start + timedelta(days=59)
    assert len(left) <= 7 + 4 + 12
    assert (tmp_path / "notes.txt").exists()


def test_postgresql_without_pg_dump_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(backup.shutil, "which", lambda name: None)
    with pytest.raises(CercleError, match="pg_dump is not installed"):
        backup.back_up_postgresql("postgresql+psycopg://u@localhost/db", tmp_path / "x.dump")


def test_an_existing_output_file_is_never_overwritten(sqlite_ctx, tmp_path):
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("mine")
    with pytest.raises(CercleError, match="will not overwrite"):
        backups.back_up_now(sqlite_ctx, taken)
    assert taken.read_text() == "mine"


def test_a_backup_that_does_not_exist_is_said_so_not_to_hold_no_centre(sqlite_ctx, tmp_path):
    """A mistyped path (`cercle restore sauvegarde.sqlite3` from the wrong folder) was « holds no centre »."""
    before = dump(database_file(sqlite_ctx))
    sqlite_ctx.engine.dispose()
    missing = tmp_path / "sauvegarde.sqlite3"
    for attempt in (lambda: backups.check_backup(missing),
                    lambda: backups.restore(sqlite_ctx.engine.url.render_as_string(), missing, TEST_NOW,
                                            confirm=never_asked)):
        with pytest.raises(DatabaseRefused) as refused:
            attempt()
        assert str(refused.value) == f"There is no file {missing}: check its name and its folder."
    assert dump(database_file(sqlite_ctx)) == before and not missing.exists()


def test_a_second_backup_in_the_same_minute_is_the_one_kept(sqlite_ctx):
    """"Back up now" clicked again a minute after the automatic backup: the file just written, with the latest
    changes, stays (it was deleted as soon as written, its name sorting before the first one's)."""
    first = backups.back_up_now(sqlite_ctx)
    members.add_member(sqlite_ctx, MemberDraft(name="Chloé Martin"))
    second = backups.back_up_now(sqlite_ctx)
    assert second.exists() and not first.exists()
    [info] = backups.list_backups()
    assert (info.path, info.members) == (second, 3)


def test_the_tenth_backup_of_a_minute_counts_as_newer_than_the_ninth(tmp_path):
    moment = datetime(2026, 1, 1, 9, 0)
    written = []
    for _ in range(12):
        path = backup.backup_path(tmp_path, moment)
        path.write_bytes(b"x")
        written.append(path)
    assert backup.backup_files(tmp_path) == written[::-1]
    backup.prune(tmp_path)
    assert backup.backup_files(tmp_path) == [written[-1]]


KILLED_MID_BACKUP = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, os.getcwd())
from app.storage import backup
copied = backup._make_self_contained
def killed(path):
    copied(path)
    os.kill(os.getpid(), signal.SIGKILL)  # the copy is on the disk, not yet checked nor renamed
backup._make_self_contained = killed
backup.back_up_sqlite(Path(sys.argv[1]), backup.backups_dir() / "cercle-2026-11-23T0859.sqlite3")
"""


@pytest.mark.skipif(os.name != "posix", reason="a process killed as kill -9 does")
def test_a_backup_killed_half_way_leaves_no_copy_of_the_centre_behind(sqlite_ctx, monkeypatch):
    """Cercle killed (power cut, kill -9) while writing a backup: its hidden temporary copy, a whole centre
    with names and hours, went on lying in the backups folder, beyond every retention rule. The next backup
    sweeps it away; one that another Cercle may be writing right now (younger than an hour) stays."""
    process = subprocess.run([sys.executable, "-c", KILLED_MID_BACKUP, str(database_file(sqlite_ctx))],
                             check=False, cwd=Path(__file__).resolve().parents[2], env=os.environ,
                             capture_output=True)
    assert process.returncode == -9
    [left] = [path for path in backup.backups_dir().iterdir()]
    assert left.name.startswith(".cercle-2026-11-23T0859.sqlite3.") and left.name.endswith(".partial")
    being_written = backup.backups_dir() / ".cercle-2026-11-23T0900.sqlite3.abcd1234.partial"
    being_written.write_bytes(b"SQLite format 3\x00")
    an_hour_before = being_written.stat().st_mtime - 3700  # the disk's clock, which the sweep reads too
    os.utime(left, (an_hour_before, an_hour_before))
    written = backups.back_up_now(sqlite_ctx)
    assert sorted(path.name for path in backup.backups_dir().iterdir()) == sorted([being_written.name, written.name])
