"""Action items: who does what by when, decided in a meeting, done (or open again) even after its minutes are
approved."""

from datetime import date

from sqlmodel import col, select

from app.domain.errors import RuleViolation
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.errors import NotFound
from app.services.meetings.errors import EMPTY_ACTION, UNKNOWN_ACTION
from app.services.meetings.rows import editable, member
from app.services.meetings.views import ActionView, action_view
from app.storage.models.meetings import ActionItem


def add_action(
    ctx: Context, meeting_id: int, owner_id: int, description: str, due: date | None = None
) -> ActionView:
    description = description.strip()
    if not description:
        raise RuleViolation(EMPTY_ACTION)
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        member(unit, owner_id)
        action = ActionItem(meeting_id=id_of(meeting), owner_id=owner_id, description=description, due=due)
        unit.add(action)
        unit.audit("add", Entity.ACTION_ITEM, action.id, after=action)
        unit.audit("add_action", Entity.MEETING, meeting.id, after=action)
        return action_view(unit.db, action)


def set_action_done(ctx: Context, action_id: int, done: bool = True) -> ActionView:
    """Mark an action done (or open again). Allowed after the minutes are approved: the action lives on."""
    with ctx.writing() as unit:
        action = unit.db.exec(select(ActionItem).where(col(ActionItem.id) == action_id).with_for_update()).first()
        if action is None:
            raise NotFound(UNKNOWN_ACTION)
        with unit.change(action, Entity.ACTION_ITEM, "done" if done else "reopen"):
            action.status = "done" if done else "open"
            action.done_at = ctx.now() if done else None
            unit.db.add(action)
        return action_view(unit.db, action)
