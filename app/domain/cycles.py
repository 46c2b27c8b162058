"""Rules of closed cycles: a workshop whose group enrols once for all its sessions (the "Travail Social de
Groupe" of February to June), with a waiting list on the cycle, drop-outs and attendance per session.

A member holds a seat from ``joined_on`` (the day they enrolled, or were let in from the waiting list) and,
when they drop out on ``dropped_on``, is still expected at a session of that very day but at none after.
Only the days that have happened are counted: a session not held has no attendance.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

DROP_OUT_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "A drop-out is recorded once it has happened.")
DROP_OUT_BEFORE_JOINING = QT_TRANSLATE_NOOP(
    "Errors", "{name} joined the cycle on {day}: the drop-out cannot be earlier.")


class CycleStatus(StrEnum):
    """A person's place in a cycle: holding a seat, on the waiting list, or gone."""

    ENROLLED = "enrolled"
    WAITING = "waiting"
    DROPPED_OUT = "dropped_out"  # gave up their seat, or left the waiting list (then never joined)


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


@dataclass(frozen=True)
class Member:
    """A person of a cycle as the counts see them (no name)."""

    id: int
    created_on: date
    joined_on: date | None  # None: never held a seat
    dropped_on: date | None


def expected_on(member: Member, day: date) -> bool:
    """Whether ``member`` holds a seat at a session on ``day``."""
    return (member.joined_on is not None and member.joined_on <= day
            and (member.dropped_on is None or day <= member.dropped_on))


def waiting_on(member: Member, day: date) -> bool:
    """Whether ``member`` was on the waiting list at the end of ``day``."""
    return (member.created_on <= day and (member.joined_on is None or day < member.joined_on)
            and (member.dropped_on is None or day < member.dropped_on))


def seats_taken(members: Iterable[Member], day: date) -> int:
    return sum(1 for member in members if expected_on(member, day))


def check_drop_out(name: str, joined_on: date | None, day: date, today: date) -> date:
    """The day a person drops out: not in the future, not before they joined."""
    if day > today:
        raise RuleViolation(DROP_OUT_IN_FUTURE)
    if joined_on is not None and day < joined_on:
        raise RuleViolation(DROP_OUT_BEFORE_JOINING, name=name, day=joined_on.strftime("%d/%m/%Y"))
    return day


@dataclass(frozen=True)
class Session:
    """A live (not cancelled) session of the cycle; ``marks`` the attendance taken, member id → presence."""

    id: int
    day: date
    held: bool
    marks: dict[int, Presence]


@dataclass(frozen=True)
class SessionCount:
    session_id: int
    day: date
    expected: int
    present: int | None  # None: the session has not happened (or its attendance was not taken)
    absent: int | None
    excused: int | None

    @property
    def unmarked(self) -> int | None:
        if self.present is None or self.absent is None or self.excused is None:
            return None
        return self.expected - self.present - self.absent - self.excused


@dataclass(frozen=True)
class CycleCount:
    sessions_held: int
    sessions_planned: int  # the live sessions, held or to come
    enrolled: int  # the people who held a seat by the day counted
    completed: int  # those who never dropped out, once the last session's day has passed (0 until then)
    dropped_out: int
    waiting: int
    present: int  # attendances over the sessions held
    expected: int  # seats expected over the sessions held

    @property
    def attendance_rate(self) -> float | None:
        """The share of the expected seats filled, over the sessions held (None before the first)."""
        return self.present / self.expected if self.expected else None

    @property
    def average_present(self) -> float | None:
        return self.present / self.sessions_held if self.sessions_held else None


def count_session(session: Session, members: Sequence[Member], until: date) -> SessionCount:
    """The expected seats of a session and, once held (by ``until``), how many came, were absent or excused.

    Only the marks of members expected that day count: a drop-out is never counted after their day.
    """
    expected = [m.id for m in members if expected_on(m, session.day)]
    if not session.held or session.day > until:
        return SessionCount(session.id, session.day, len(expected), None, None, None)
    marks = [session.marks[m] for m in expected if m in session.marks]
    return SessionCount(session.id, session.day, len(expected), marks.count(Presence.PRESENT),
                        marks.count(Presence.ABSENT), marks.count(Presence.EXCUSED))


def count_cycle(sessions: Sequence[Session], members: Sequence[Member], until: date) -> CycleCount:
    """A cycle's figures as they stood at the end of ``until``."""
    counts = [count_session(s, members, until) for s in sessions]
    held = [c for c in counts if c.present is not None]
    joined = [m for m in members if m.joined_on is not None and m.joined_on <= until]
    dropped = [m for m in joined if m.dropped_on is not None and m.dropped_on <= until]
    last_day = max((s.day for s in sessions), default=None)
    over = last_day is not None and last_day <= until
    return CycleCount(
        sessions_held=len(held),
        sessions_planned=len(sessions),
        enrolled=len(joined),
        completed=len(joined) - len(dropped) if over else 0,
        dropped_out=len(dropped),
        waiting=sum(1 for m in members if waiting_on(m, until)),
        present=sum(c.present or 0 for c in held),
        expected=sum(c.expected for c in held),
    )
