"""Rules of meetings: kinds, attendance, agenda items, rotating roles, weekly dates."""

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP

ROLES = ("facilitator", "minute_taker", "time_keeper")


class Attendance(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"
    CARE_REVIEW = "care_review"


class MeetingKind(StrEnum):
    TEAM = "team"
    GENERAL_ASSEMBLY = "general_assembly"
    COMMISSION = "commission"
    CARE_REVIEW = "care_review"
    PARTNER = "partner"
    STEERING_COMMITTEE = "steering_committee"
    RELAYS = "relays"  # the habitants-relais' monthly meeting, with the team members who come


# The kinds where the centre meets outside organisations: their time goes to partnerships by default.
PARTNER_KINDS = frozenset({MeetingKind.PARTNER, MeetingKind.STEERING_COMMITTEE})


MEETING_KIND_LABELS = {
    MeetingKind.TEAM: QT_TRANSLATE_NOOP("MeetingKinds", "Team meeting"),
    MeetingKind.GENERAL_ASSEMBLY: QT_TRANSLATE_NOOP("MeetingKinds", "General assembly"),
    MeetingKind.COMMISSION: QT_TRANSLATE_NOOP("MeetingKinds", "Thematic commission"),
    MeetingKind.CARE_REVIEW: QT_TRANSLATE_NOOP("MeetingKinds", "Care pathway review"),
    MeetingKind.PARTNER: QT_TRANSLATE_NOOP("MeetingKinds", "Partner meeting"),
    MeetingKind.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("MeetingKinds", "Steering committee"),
    MeetingKind.RELAYS: QT_TRANSLATE_NOOP("MeetingKinds", "Habitants-relais meeting"),
}


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    APPROVED = "approved"


def takes_positions(day: date, today: date) -> bool:
    """Whether positions can be recorded in a meeting on ``day``: from its day on, never ahead of it (a
    position stated aloud is one stated in the meeting, which has not taken place before its day)."""
    return day <= today


def has_begun(day: date, start: time, local_now: datetime) -> bool:
    """Whether a meeting on ``day`` from ``start`` has begun at ``local_now`` (the centre's time): it cannot
    be held, nor its minutes approved, before."""
    return (day, start) <= (local_now.date(), local_now.time())


def suggest_roles(
    present_member_ids: Sequence[int],
    history: Iterable[tuple[date, str, int]],
    roles: Sequence[str] = ROLES,
) -> dict[str, int]:
    """Suggest who holds each role: among those present, whoever held it least recently.

    ``history`` holds (meeting date, role, member id); someone who never held a role comes first.
    Roles are filled in order, each by someone without a role yet as long as enough people are
    present (with fewer, some hold two; with nobody, the result is empty).

    Ties go by member id, starting after the member given the previous role and wrapping round
    (the first role starts from the lowest id). This makes the roles turn together like a wheel:
    this week's minute-taker facilitates next week. Plain lowest-id ties would let a member wait
    longer than one full turn of the team for a role.
    """
    last_held: dict[tuple[str, int], date] = {}
    for day, role, member_id in history:
        last_held[role, member_id] = max(day, last_held.get((role, member_id), day))
    present = sorted(set(present_member_ids))
    if not present:
        return {}
    suggestion: dict[str, int] = {}
    previous = -1  # index in ``present`` of the member given the previous role
    for role in roles:
        free = [i for i, member in enumerate(present) if member not in suggestion.values()]
        turn = [
            (last_held.get((role, member), date.min), (index - previous - 1) % len(present))
            for index, member in enumerate(present)
        ]
        previous = min(free or range(len(present)), key=turn.__getitem__)
        suggestion[role] = present[previous]
    return suggestion


def merge_notes(mine: str, theirs: str) -> str:
    """A first merge of two versions of an item's notes, for the person to check: the notes saved
    elsewhere, then the lines of mine that they do not have (in my order). Nothing either side typed is
    left out; a line both typed appears once."""
    if not theirs.strip():
        return mine
    have = {line.strip() for line in theirs.splitlines()}
    extra = [line for line in mine.splitlines() if line.strip() and line.strip() not in have]
    if not extra:
        return theirs
    return theirs.rstrip("\n") + "\n" + "\n".join(extra)
