"""Planning meetings: one, or a series repeating by a rule around the public holidays and closures; moving one (its attendance credits
follow); who holds its roles."""

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from sqlmodel import col, select

from app.domain import meetings as rules
from app.domain.recurrence import Recurrence
from app.services import credits, recurring
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.meetings.attendance import CREDIT_SOURCE, booked_elsewhere
from app.services.meetings.rows import check_draft, editable, load, member, present, touch
from app.services.meetings.views import MeetingDraft, MeetingSummary, summary_of
from app.storage.models import Member
from app.storage.models.meetings import Meeting


def _new_meeting(draft: MeetingDraft, day: date, series_id: int | None = None) -> Meeting:
    return Meeting(
        kind=draft.kind.value,
        title=draft.title,
        day=day,
        start_time=draft.start,
        end_time=draft.end,
        place=draft.place,
        room_id=draft.room_id,
        series_id=series_id,
    )


def create_meeting(ctx: Context, draft: MeetingDraft) -> MeetingSummary:
    from app.services import rooms  # with the writes: reading the minutes loads no room

    draft = check_draft(draft)
    with ctx.writing() as unit:
        rooms.check_bookable(unit.db, draft.room_id)
        rooms.check_free(unit.db, draft.room_id, draft.day, draft.start, draft.end)
        meeting = _new_meeting(draft, draft.day)
        unit.add(meeting)
        unit.audit("add", Entity.MEETING, meeting.id, after=meeting)
        return summary_of(meeting)


def create_series(
    ctx: Context, draft: MeetingDraft, rule: Recurrence, chosen: Iterable[date] = ()
) -> list[MeetingSummary]:
    """A meeting at the same hours on each day of ``rule`` from ``draft.day``, but on the public holidays,
    closures and ``chosen`` days (see :func:`app.services.recurring.series_days`); the first one names the
    series. All or nothing: one room booked refuses the whole series."""
    from app.services import rooms  # with the writes: reading the minutes loads no room

    draft = check_draft(draft)
    with ctx.writing() as unit:
        rooms.check_bookable(unit.db, draft.room_id)
        days = recurring.plan_days(unit.db, draft.day, rule, chosen).to_plan()
        for day in days:
            rooms.check_free(unit.db, draft.room_id, day, draft.start, draft.end)
        first = _new_meeting(draft, days[0])
        unit.add(first)
        first.series_id = first.id
        created = [first]
        for day in days[1:]:
            meeting = _new_meeting(draft, day, first.id)
            unit.add(meeting)
            created.append(meeting)
        for meeting in created:
            unit.audit("add", Entity.MEETING, meeting.id, after=meeting)
        return [summary_of(m) for m in created]


def create_weekly_series(ctx: Context, draft: MeetingDraft, weeks: int) -> list[MeetingSummary]:
    """:func:`create_series` every week for ``weeks`` weeks."""
    return create_series(ctx, draft, Recurrence(count=weeks))


def update_meeting(
    ctx: Context, meeting_id: int, draft: MeetingDraft, expected_version: int | None = None
) -> MeetingSummary:
    """Change the title, day, hours or place; present members are credited the new duration, and warned of
    when they are booked elsewhere at the meeting's new time."""
    from app.services import rooms  # with the writes: reading the minutes loads no room

    draft = check_draft(draft)
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id, expected_version)
        rooms.check_bookable(unit.db, draft.room_id, meeting.room_id)
        rooms.check_free(unit.db, draft.room_id, draft.day, draft.start, draft.end,
                         exclude_meetings=(meeting_id,))
        moved = (meeting.day, meeting.start_time, meeting.end_time) != (draft.day, draft.start, draft.end)
        with unit.change(meeting, Entity.MEETING):
            meeting.kind, meeting.title, meeting.day = draft.kind.value, draft.title, draft.day
            meeting.start_time, meeting.end_time = draft.start, draft.end
            meeting.place, meeting.room_id = draft.place, draft.room_id
            touch(unit, meeting)
        credits.resettle(unit, CREDIT_SOURCE, meeting_id)
        warnings = booked_elsewhere(unit.db, meeting, present(unit.db, meeting_id) if moved else [])
        return replace(summary_of(meeting), warnings=warnings)


def set_roles(ctx: Context, meeting_id: int, roles: Mapping[str, int | None]) -> MeetingSummary:
    """Facilitator, minute-taker, time-keeper (keys of ``rules.ROLES``; missing keys stay as they are)."""
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        with unit.change(meeting, Entity.MEETING, "set_roles"):
            for role, member_id in roles.items():
                if role not in rules.ROLES:
                    raise ValueError(role)
                if member_id is not None:
                    member(unit, member_id)
                setattr(meeting, f"{role}_id", member_id)
            touch(unit, meeting)
        return summary_of(meeting)


def suggest_meeting_roles(ctx: Context, meeting_id: int) -> dict[str, int]:
    """Who should hold each role: among those present (everyone active if nobody is marked yet),
    whoever held it least recently."""
    with ctx.reading() as db:
        meeting = load(db, meeting_id)
        candidates = present(db, meeting_id) or [
            id_of(active) for active in db.exec(select(Member).where(col(Member.active)))
        ]
        earlier = db.exec(
            select(col(Meeting.day), col(Meeting.facilitator_id), col(Meeting.minute_taker_id),
                   col(Meeting.time_keeper_id)).where(col(Meeting.day) < meeting.day)
        ).all()
        history = [
            (day, role, holder)
            for day, *holders in earlier
            for role, holder in zip(rules.ROLES, holders)
            if holder is not None
        ]
    return rules.suggest_roles(candidates, history)
