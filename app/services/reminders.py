"""Reminders the scheduler creates as notifications; each one has a dedupe key, so a second run adds nothing.

Each function takes ``(ctx, now)`` and returns how many notifications it created. The services of the
other areas are imported inside the functions, when the scheduler first runs them.
"""

from datetime import date, datetime, time, timedelta

from app.domain.errors import QT_TRANSLATE_NOOP
from app.services import members, notifications
from app.services.context import Context, UnitOfWork

SHIFT_TOMORROW = QT_TRANSLATE_NOOP("Notifications", "Your reception shift tomorrow ({day}), {start}–{end}.")
OPEN_SEATS = QT_TRANSLATE_NOOP("Notifications", "{count} reception seats are still free in the next 7 days.")
POSITION_MISSING = QT_TRANSLATE_NOOP(
    "Notifications", "Take your position on “{title}”: the proposal closes within 24 hours.")
ACTION_DUE = QT_TRANSLATE_NOOP("Notifications", "Action item due {day}: {text}")
VALIDATE_WEEK = QT_TRANSLATE_NOOP("Notifications", "Validate your hours of the week of {day}.")
REVIEW_DUE = QT_TRANSLATE_NOOP("Notifications", "The decision “{title}” is due for review ({day}).")
PROMOTED = QT_TRANSLATE_NOOP(
    "Notifications", "A participant moves up from the waiting list of “{title}” ({day}): let them know.")
VALIDATE_FROM = time(15, 0)  # Friday afternoon


def _active_ids(ctx: Context) -> list[int]:
    return [member.id for member in members.list_members(ctx)]


def shift_tomorrow(ctx: Context, now: datetime) -> int:
    """Each member holding a seat of a planned shift tomorrow is reminded of it once."""
    from app.services.rota import shifts_between

    tomorrow = now.astimezone(ctx.timezone).date() + timedelta(days=1)
    created = 0
    for shift in shifts_between(ctx, tomorrow, tomorrow):
        for claimant in shift.claimants:
            created += notifications.notify(
                ctx, kind="shift", text=SHIFT_TOMORROW, member_id=claimant.member_id,
                params={"day": tomorrow.isoformat(), "start": shift.start.strftime("%H:%M"),
                        "end": shift.end.strftime("%H:%M")},
                dedupe_key=f"shift-tomorrow:{shift.id}:{claimant.member_id}",
            ) is not None
    return created


def open_seats(ctx: Context, now: datetime) -> int:
    """Once a day, the whole desk hears how many reception seats are free in the next 7 days."""
    from app.services.rota import shifts_between

    today = now.astimezone(ctx.timezone).date()
    free = sum(shift.open_seats for shift in shifts_between(ctx, today, today + timedelta(days=6)))
    if not free:
        return 0
    return notifications.notify(ctx, kind="seats", text=OPEN_SEATS, params={"count": free},
                                dedupe_key=f"open-seats:{today.isoformat()}") is not None


def position_missing(ctx: Context, now: datetime) -> int:
    """Members without a position on a proposal that closes within 24 hours are reminded once per version."""
    from app.domain.consensus import ProposalStatus
    from app.services import decisions

    created = 0
    for proposal in decisions.list_proposals(ctx, ProposalStatus.OPEN):
        if not now < proposal.deadline <= now + timedelta(hours=24):
            continue
        for member in decisions.members_without_position(ctx, proposal.id):
            created += notifications.notify(
                ctx, kind="position", text=POSITION_MISSING, member_id=member.id,
                params={"title": proposal.title, "proposal_id": proposal.id},
                dedupe_key=f"position-missing:{proposal.id}:{proposal.current_version}:{member.id}",
            ) is not None
    return created


def review_due(ctx: Context, now: datetime) -> int:
    """The whole desk hears once that an adopted decision has come to its review date."""
    from app.services import decisions

    created = 0
    for entry in decisions.reviews_due(ctx, now.astimezone(ctx.timezone).date()):
        assert entry.review_date is not None, "a review is due on its date"
        day = entry.review_date.isoformat()
        created += notifications.notify(
            ctx, kind="review", text=REVIEW_DUE,
            params={"title": entry.title, "day": day, "proposal_id": entry.id},
            dedupe_key=f"review:{entry.id}:{day}",
        ) is not None
    return created


def validate_week(ctx: Context, now: datetime) -> int:
    """From Friday 15:00 to Sunday, each member whose week is not validated is reminded once."""
    from app.services import hours

    local = now.astimezone(ctx.timezone)
    if local.weekday() < 4 or (local.weekday() == 4 and local.time() < VALIDATE_FROM):
        return 0
    week = hours.week_start(local.date())
    created = 0
    for member_id in _active_ids(ctx):
        if hours.is_validated(ctx, member_id, week):
            continue
        created += notifications.notify(
            ctx, kind="week", text=VALIDATE_WEEK, member_id=member_id, params={"day": week.isoformat()},
            dedupe_key=f"validate-week:{week.isoformat()}:{member_id}",
        ) is not None
    return created


def actions_due(ctx: Context, now: datetime) -> int:
    """Each member is reminded once of their open action items due by tomorrow (from the meetings)."""
    from app.services.meetings import open_actions_for

    horizon = now.astimezone(ctx.timezone).date() + timedelta(days=1)
    created = 0
    for member_id in _active_ids(ctx):
        for item in open_actions_for(ctx, member_id):
            if item.due is None or item.due > horizon:
                continue
            created += notifications.notify(
                ctx, kind="action", text=ACTION_DUE, member_id=member_id,
                params={"day": item.due.isoformat(), "text": item.description},
                dedupe_key=f"action-due:{item.id}:{member_id}:{item.due.isoformat()}",
            ) is not None
    return created


def waiting_list_promoted(unit: UnitOfWork, *, member_id: int | None, participant_id: int, title: str,
                          day: date, list_name: str = "waiting-list-promoted") -> int | None:
    """For the workshops' service, inside its promotion transaction: tell the organiser once.

    No personal data goes into the notification (participants' data are erased after a while). A cycle's
    waiting list gives its own ``list_name``, its people being numbered apart from a session's.
    """
    return notifications.add_notification(
        unit, kind="waiting-list", text=PROMOTED, member_id=member_id,
        params={"title": title, "day": day.isoformat()}, dedupe_key=f"{list_name}:{participant_id}",
    )


REMINDERS = (shift_tomorrow, open_seats, position_missing, review_due, validate_week, actions_due)


def send_reminders(ctx: Context, now: datetime) -> dict[str, int]:
    """Every reminder due at ``now``; how many notifications each created. Safe to run any number of times."""
    return {reminder.__name__: reminder(ctx, now) for reminder in REMINDERS}
