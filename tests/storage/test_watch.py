"""Another workstation's change is noticed: two contexts on one database, as two computers would be."""

import time

from app.domain.members import MemberDraft
from app.services import members
from app.services.context import Context
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


def test_own_writes_are_not_echoed_on_the_server(ctx):
    watcher = ChangeWatcher(ctx.engine, ctx.sender)
    try:
        members.add_member(ctx, MemberDraft(name="Bruno Petit"))
        if not watcher.is_sqlite:
            assert wait_for_changes(watcher, 0.5) == []
    finally:
        watcher.close()
