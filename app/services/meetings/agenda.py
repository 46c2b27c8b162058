"""A meeting's agenda: items added, submitted by members, built from what is pending, edited, moved, removed;
their notes (autosaved while the meeting runs) and the time spent on them."""

from datetime import datetime, time
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from app.domain.meetings import ItemKind, MeetingStatus
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.errors import NotAllowed, StaleEdit
from app.services.meetings.errors import DECIDED_IN_MEETING, EMPTY_ITEM_TITLE, NO_UPCOMING_MEETING
from app.services.meetings.rows import agenda, bump, check_minutes, check_title, editable, locked_item, touch
from app.services.meetings.views import AgendaItemView, item_view
from app.storage.models.decisions import Position, Proposal
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting

AGENDA_PROPOSAL_STATUSES = ("open", "seeking_endorsement")


def add_item(
    ctx: Context,
    meeting_id: int,
    title: str,
    kind: ItemKind = ItemKind.DISCUSSION,
    planned_minutes: int = 10,
    *,
    proposal_id: int | None = None,
) -> AgendaItemView:
    """Add an item at the end of the agenda; the actor is recorded as who submitted it."""
    title = check_title(title, EMPTY_ITEM_TITLE)
    planned_minutes = check_minutes(planned_minutes)
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        item = _append(unit, meeting, title=title, kind=ItemKind(kind), planned_minutes=planned_minutes,
                       proposal_id=proposal_id, submitted_by=ctx.actor_id)
        touch(unit, meeting)
        return item_view(item)


def submit_item(
    ctx: Context, title: str, kind: ItemKind = ItemKind.DISCUSSION, planned_minutes: int = 10
) -> AgendaItemView:
    """A member puts an item on the next planned meeting from today."""
    title = check_title(title, EMPTY_ITEM_TITLE)
    planned_minutes = check_minutes(planned_minutes)
    with ctx.writing() as unit:
        upcoming = unit.db.exec(
            select(Meeting)
            .where(col(Meeting.day) >= ctx.today(), Meeting.status == MeetingStatus.PLANNED.value)
            .order_by(col(Meeting.day), col(Meeting.start_time))
            .limit(1)
            .with_for_update()
        ).first()
        if upcoming is None:
            raise NotAllowed(NO_UPCOMING_MEETING)
        item = _append(unit, upcoming, title=title, kind=ItemKind(kind), planned_minutes=planned_minutes,
                       submitted_by=ctx.actor_id)
        touch(unit, upcoming)
        return item_view(item)


def _append(unit: UnitOfWork, meeting: Meeting, **values: Any) -> AgendaItem:
    last = unit.db.exec(
        select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting.id, ~col(AgendaItem.removed))
    ).one()
    item = AgendaItem(meeting_id=id_of(meeting), position=(last or 0) + 1, **values)
    unit.add(item)
    unit.audit("add_item", Entity.MEETING, meeting.id, after=item)
    return item


def update_item(
    ctx: Context,
    item_id: int,
    title: str,
    kind: ItemKind,
    planned_minutes: int,
    expected_version: int | None = None,
) -> AgendaItemView:
    """Change an item's title, kind or planned minutes. With ``expected_version``, an item saved meanwhile
    (its notes too) raises StaleEdit carrying what was saved, and nothing is written."""
    title = check_title(title, EMPTY_ITEM_TITLE)
    planned_minutes = check_minutes(planned_minutes)
    kind_value = ItemKind(kind).value
    with ctx.writing() as unit:
        item, meeting = locked_item(unit, item_id)
        if (item.title, item.kind, item.planned_minutes) == (title, kind_value, planned_minutes):
            return item_view(item)  # nothing to write, so nothing to conflict with
        if expected_version is not None and item.version != expected_version:
            raise StaleEdit(item_view(item))
        with unit.change(item, Entity.MEETING, "edit_item", entity_id=meeting.id):
            item.title, item.kind, item.planned_minutes = title, kind_value, planned_minutes
            bump(unit, item)
            touch(unit, meeting)
        return item_view(item)


def remove_item(ctx: Context, item_id: int) -> None:
    """Take an item off the agenda (kept, marked removed: the audit log can still show it).

    Refused for a proposal's item once positions were taken on it, or it was closed, from the meeting's day on
    (in the meeting or elsewhere during it): the minutes tell the decisions through the agenda, and would no
    longer say what the meeting decided."""
    with ctx.writing() as unit:
        item, meeting = locked_item(unit, item_id)
        its_day = datetime.combine(meeting.day, time(0), tzinfo=ctx.timezone)
        if item.proposal_id is not None and _treated_since(unit.db, item.proposal_id, its_day):
            raise NotAllowed(DECIDED_IN_MEETING)
        with unit.change(item, Entity.MEETING, "remove_item", entity_id=meeting.id):
            item.removed = True
            unit.db.add(item)
            touch(unit, meeting)
            _renumber(unit, agenda(unit.db, item.meeting_id))


def _treated_since(db: Session, proposal_id: int, since: datetime) -> bool:
    """Whether a position was taken on the proposal (any version: none is deleted), or it was closed, at
    ``since`` or later."""
    closed = db.exec(select(col(Proposal.closed_at)).where(Proposal.id == proposal_id)).first()
    if closed is not None and closed >= since:
        return True
    taken = select(col(Position.id)).where(Position.proposal_id == proposal_id, col(Position.given_at) >= since)
    return db.exec(taken.limit(1)).first() is not None


def move_item(ctx: Context, item_id: int, new_index: int) -> list[AgendaItemView]:
    """Put the item at ``new_index`` (0-based, clamped) of the agenda; returns the agenda in its new order."""
    with ctx.writing() as unit:
        item, meeting = locked_item(unit, item_id)
        before = agenda(unit.db, item.meeting_id)
        ordered = [other for other in before if other.id != item.id]
        ordered.insert(max(0, min(new_index, len(ordered))), item)
        _renumber(unit, ordered)
        touch(unit, meeting)
        unit.audit("reorder", Entity.MEETING, meeting.id, before={"order": [other.id for other in before]},
                   after={"order": [other.id for other in ordered]})
        return [item_view(other) for other in ordered]


def _renumber(unit: UnitOfWork, ordered: list[AgendaItem]) -> None:
    for position, item in enumerate(ordered, start=1):
        item.position = position
        unit.db.add(item)
    unit.db.flush()


def build_agenda(ctx: Context, meeting_id: int) -> list[AgendaItemView]:
    """Add what the team expects to treat: proposals open for positions or seeking endorsement, the open
    action items of earlier meetings (overdue first), and the items members submitted to earlier meetings
    that were not treated. Running it again adds only what is new."""
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        already = agenda(unit.db, meeting_id)
        _add_open_proposals(unit, meeting, already)
        _add_open_actions(unit, meeting, already)
        _add_untreated_items(unit, meeting, already)
        touch(unit, meeting)
        return [item_view(item) for item in agenda(unit.db, meeting_id)]


def _add_open_proposals(unit: UnitOfWork, meeting: Meeting, already: list[AgendaItem]) -> None:
    have = {item.proposal_id for item in already}
    proposals = unit.db.exec(
        select(Proposal)
        .where(col(Proposal.status).in_(AGENDA_PROPOSAL_STATUSES))
        .order_by(col(Proposal.deadline), col(Proposal.id))
    ).all()
    for proposal in proposals:
        if proposal.id not in have:
            _append(unit, meeting, title=proposal.title[:200], kind=ItemKind.DECISION.value, planned_minutes=20,
                    proposal_id=proposal.id)


def _add_open_actions(unit: UnitOfWork, meeting: Meeting, already: list[AgendaItem]) -> None:
    have = {item.source_action_id for item in already}
    actions = unit.db.exec(
        select(ActionItem)
        .join(Meeting, col(Meeting.id) == col(ActionItem.meeting_id))
        .where(ActionItem.status == "open", col(Meeting.day) < meeting.day)
        .order_by(col(ActionItem.due).is_(None), col(ActionItem.due), col(ActionItem.id))
    ).all()
    for action in actions:
        if action.id not in have:
            _append(unit, meeting, title=action.description[:200], kind=ItemKind.INFORMATION.value,
                    planned_minutes=5, source_action_id=action.id, submitted_by=action.owner_id)


def _add_untreated_items(unit: UnitOfWork, meeting: Meeting, already: list[AgendaItem]) -> None:
    """The items members submitted to earlier meetings still in draft, with neither notes nor time spent."""
    have = {(item.submitted_by, item.title) for item in already}
    untreated = unit.db.exec(
        select(AgendaItem)
        .join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
        .where(
            col(Meeting.day) < meeting.day,
            Meeting.status != MeetingStatus.APPROVED.value,
            col(AgendaItem.submitted_by).is_not(None),
            col(AgendaItem.source_action_id).is_(None),
            col(AgendaItem.proposal_id).is_(None),
            ~col(AgendaItem.removed),
            AgendaItem.spent_minutes == 0,
            AgendaItem.notes == "",
        )
        .order_by(col(Meeting.day), col(AgendaItem.position))
    ).all()
    for item in untreated:
        if (item.submitted_by, item.title) not in have:
            have.add((item.submitted_by, item.title))
            _append(unit, meeting, title=item.title, kind=item.kind, planned_minutes=item.planned_minutes,
                    submitted_by=item.submitted_by)


def save_notes(ctx: Context, item_id: int, notes: str, expected_version: int | None = None) -> AgendaItemView:
    """The autosave of an item's notes: one small transaction, nothing written when nothing changed.

    With ``expected_version`` (the version the notes were loaded or last saved at), notes saved meanwhile
    by another workstation raise StaleEdit carrying the saved item, and nothing is written. Returns the
    item as saved, with its new version.
    """
    with ctx.writing() as unit:
        item, meeting = locked_item(unit, item_id)
        if item.notes == notes:
            return item_view(item)  # the same text: quiet, whatever the version
        if expected_version is not None and item.version != expected_version:
            raise StaleEdit(item_view(item))
        # Not the whole row: the log of an autosave says whose notes changed, when, and which version.
        before = {"item_id": item.id, "notes": item.notes, "version": item.version}
        item.notes = notes
        bump(unit, item)
        after = {"item_id": item.id, "notes": notes, "version": item.version}
        unit.audit("notes", Entity.MEETING, meeting.id, before=before, after=after)
        return item_view(item)


def set_spent_minutes(ctx: Context, item_id: int, minutes: int) -> AgendaItemView:
    minutes = check_minutes(minutes)
    with ctx.writing() as unit:
        item, meeting = locked_item(unit, item_id)
        with unit.change(item, Entity.MEETING, "time_spent", entity_id=meeting.id):
            item.spent_minutes = minutes
            bump(unit, item)
        return item_view(item)
