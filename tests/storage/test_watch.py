"""Another workstation's change is noticed: two contexts on one database, as two computers would be."""

import sqlite3
import time

import pytest

from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
from app.storage import watch
from app.storage.engine import open_database
from app.storage.watch import ChangeWatcher


def wait_for_changes(watcher, seconds: float = 2.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        changes = watcher.poll()
        if changes:
            return changes
        time.sleep(0.05)
    return []


def test_a_change_elsewhere_is_seen_within_two_seconds(ctx, database_url):
    other = Context(open_database(database_url), system="tests")
    watcher = ChangeWatcher(ctx.engine, ctx.sender)
    try:
        assert watcher.poll() == []
        members.add_member(other, MemberDraft(name="Karim Bensaïd"))
        changes = wait_for_changes(watcher)
        assert changes and changes[0][0] in ("*", "member")
        assert watcher.poll() == []
    finally:
        watcher.close()
        other.engine.dispose()


def test_a_server_url_with_several_options_still_hears_the_others(ctx, database_url):
    """A workstation whose PostgreSQL URL sets more than the schema (a statement timeout) listens on its own
    schema's channel all the same."""
    if ctx.engine.dialect.name != "postgresql":
        pytest.skip("options of a PostgreSQL URL")
    other = Context(open_database(database_url), system="tests")
    engine = open_database(f"{database_url}%20-cstatement_timeout%3D60000")
    watcher = ChangeWatcher(engine, "this workstation")
    try:
        members.add_member(other, MemberDraft(name="Karim Bensaïd"))
        assert wait_for_changes(watcher)
    finally:
        watcher.close()
        engine.dispose()
        other.engine.dispose()


def test_own_writes_are_not_echoed(ctx):
    """Each write of this workstation would otherwise refresh every page again a second later, closing the
    cell being typed in; on SQLite, data_version moves for the process's own commits too."""
    watcher = ChangeWatcher(ctx.engine, ctx.sender)
    try:
        for name in ("Bruno Petit", "Chloé Martin"):
            members.add_member(ctx, MemberDraft(name=name))
            assert wait_for_changes(watcher, 0.3) == []
    finally:
        watcher.close()


def test_a_change_elsewhere_between_two_own_writes_is_seen(ctx, database_url):
    other = Context(open_database(database_url), system="tests")
    watcher = ChangeWatcher(ctx.engine, ctx.sender)
    try:
        members.add_member(ctx, MemberDraft(name="Bruno Petit"))
        members.add_member(other, MemberDraft(name="Karim Bensaïd"))
        members.add_member(ctx, MemberDraft(name="Chloé Martin"))
        assert wait_for_changes(watcher)
        assert watcher.poll() == []
    finally:
        watcher.close()
        other.engine.dispose()


@pytest.fixture
def sqlite_ctx(tmp_path):
    ctx = Context(open_database(f"sqlite:///{tmp_path / 'centre.sqlite3'}"), system="tests")
    yield ctx
    ctx.engine.dispose()


def test_a_file_changed_without_a_mark_is_seen(sqlite_ctx):
    """A write that no workstation marked (another program, an older tool): everything is read again."""
    watcher = ChangeWatcher(sqlite_ctx.engine, sqlite_ctx.sender)
    try:
        connection = sqlite3.connect(sqlite_ctx.engine.url.database)
        connection.execute("INSERT INTO setting (key, value) VALUES ('written_elsewhere', '1')")
        connection.commit()
        connection.close()
        assert wait_for_changes(watcher) == [("*", ())]
    finally:
        watcher.close()


def test_only_the_latest_marks_are_kept(sqlite_ctx):
    for number in range(3):  # three workstations
        members.add_member(Context(sqlite_ctx.engine, system="tests"), MemberDraft(name=f"Member {number}"))
    with sqlite_ctx.engine.begin() as marks:
        rows = marks.exec_driver_sql("SELECT sender, seq FROM commit_mark ORDER BY seq").all()
        assert [seq for _sender, seq in rows] == [1, 2, 3] and len({sender for sender, _seq in rows}) == 3
        marks.exec_driver_sql(f"UPDATE commit_mark SET seq = seq + {watch.KEPT_MARKS} WHERE seq = 3")
    members.add_member(sqlite_ctx, MemberDraft(name="After a thousand writes"))
    with sqlite_ctx.engine.connect() as marks:
        kept = marks.exec_driver_sql("SELECT seq FROM commit_mark ORDER BY seq").scalars().all()
    assert kept == [watch.KEPT_MARKS + 3, watch.KEPT_MARKS + 4]  # the two oldest forgotten; numbers only grow
