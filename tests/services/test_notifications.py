"""Notifications: created once per dedupe key, counted per member, marked read."""

import pytest
from sqlmodel import select

from app.domain.members import MemberDraft
from app.services import members, notifications
from app.storage.models import AuditEntry


@pytest.fixture
def two(ctx):
    amina = members.add_member(ctx, MemberDraft(name="Amina Benali"))
    paul = members.add_member(ctx, MemberDraft(name="Paul Girard"))
    return amina.id, paul.id


def test_notify_is_idempotent_by_its_key(ctx, two):
    amina, _ = two
    seen = []
    ctx.events.subscribe(lambda entity, ids: seen.append(entity))
    first = notifications.notify(ctx, kind="shift", text="Your shift is tomorrow at {time}.",
                                 params={"time": "08:30"}, member_id=amina, dedupe_key="shift:1:amina")
    again = notifications.notify(ctx, kind="shift", text="Your shift is tomorrow at {time}.",
                                 params={"time": "08:30"}, member_id=amina, dedupe_key="shift:1:amina")
    assert first is not None and again is None
    [view] = notifications.list_notifications(ctx, amina)
    assert (view.kind, view.params, view.is_read) == ("shift", {"time": "08:30"}, False)
    assert seen == ["notification"]
    with ctx.reading() as db:
        assert len(db.exec(select(AuditEntry).where(AuditEntry.entity == "notification")).all()) == 1


def test_each_member_sees_their_own_and_the_whole_desks(ctx, two):
    amina, paul = two
    notifications.notify(ctx, kind="shift", text="For Amina", member_id=amina, dedupe_key="a")
    notifications.notify(ctx, kind="job", text="For everyone", dedupe_key="all")
    assert notifications.unread_count(ctx, amina) == 2
    assert notifications.unread_count(ctx, paul) == 1
    assert [view.text for view in notifications.list_notifications(ctx, paul)] == ["For everyone"]


def test_mark_read_and_mark_all_read(ctx, two):
    amina, paul = two
    first = notifications.notify(ctx, kind="shift", text="One", member_id=amina, dedupe_key="1")
    notifications.notify(ctx, kind="shift", text="Two", member_id=amina, dedupe_key="2")
    notifications.notify(ctx, kind="shift", text="Paul's", member_id=paul, dedupe_key="3")
    notifications.mark_read(ctx, [first])
    assert notifications.unread_count(ctx, amina) == 1
    assert notifications.list_notifications(ctx, amina, unread_only=True)[0].text == "Two"
    assert notifications.mark_all_read(ctx, amina) == 1
    assert notifications.unread_count(ctx, amina) == 0
    assert notifications.unread_count(ctx, paul) == 1
    read = notifications.list_notifications(ctx, amina)
    assert all(view.read_at == ctx.now() for view in read)
