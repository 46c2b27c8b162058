"""A write needs someone to answer for it: the member at the desk, or Cercle itself, named in the audit log."""

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlmodel import func, select

from app import scheduler
from app.domain.members import MemberDraft
from app.services import audit, members
from app.services.context import Context
from app.services.errors import NotAllowed
from app.storage.models import AuditEntry
from tests.services.test_decisions import open_proposal, team  # noqa: F401 - the fixture is used


def audit_rows(ctx: Context) -> int:
    with ctx.reading() as db:
        return db.exec(select(func.count()).select_from(AuditEntry)).one()


def test_a_window_with_nobody_at_the_desk_saves_nothing(ctx):
    window = Context(ctx.engine, clock=ctx.clock, events=ctx.events)  # the window's context, desk locked
    before = audit_rows(ctx)
    with pytest.raises(NotAllowed, match="Nobody is identified at the desk"):
        members.add_member(window, MemberDraft(name="Passer-by"))
    assert audit_rows(ctx) == before
    assert "Passer-by" not in [member.name for member in members.list_members(ctx)]
    window.actor_id = members.add_member(ctx, MemberDraft(name="Amina Benali")).id
    added = members.add_member(window, MemberDraft(name="Chloé Petit"))
    [entry] = [e for e in audit.recent_entries(ctx) if e.entity == "member" and e.entity_id == added.id]
    assert (entry.member_name, entry.system) == ("Amina Benali", None)


def test_the_scheduler_still_writes_and_the_audit_log_says_it_was_the_scheduler(ctx, team):  # noqa: F811
    due = open_proposal(ctx, team, deadline_days=2)
    window = replace(ctx, actor_id=None, system=None)  # the scheduler gets the window's context
    closed = scheduler.catch_up(window, ctx.now() + timedelta(days=3), backups=False)
    assert closed["close_proposals"] == [due]
    [entry] = [e for e in audit.recent_entries(ctx) if e.action == "close_at_deadline"]
    assert (entry.member_name, entry.system) == (None, "scheduler")
