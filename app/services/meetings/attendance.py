"""Who came to a meeting: present members are credited its time, and told when they are booked elsewhere."""

from collections.abc import Mapping

from sqlmodel import Session, select

from app.domain.errors import CercleError
from app.domain.meetings import Attendance
from app.services import credits, members
from app.services.changes import Entity
from app.services.context import Context, id_of
from app.services.meetings.errors import AttendanceWarning
from app.services.meetings.rows import editable, member
from app.storage.models.meetings import Meeting, MeetingAttendance

CREDIT_SOURCE = credits.MEETING


def set_attendance(ctx: Context, meeting_id: int,
                   attendance: Mapping[int, Attendance]) -> tuple[CercleError, ...]:
    """Record who was present, excused or absent; present members are credited the meeting's time (once with
    their other activities at that time), and the credit of someone no longer present is withdrawn. Nobody is
    marked present on a day outside their time in the team (not arrived yet, contract ended, away).
    Returns a warning for each member marked present who is booked elsewhere at the same time."""
    with ctx.writing() as unit:
        meeting = editable(unit, meeting_id)
        rows = {
            row.member_id: row
            for row in unit.db.exec(select(MeetingAttendance).where(MeetingAttendance.meeting_id == meeting_id))
        }
        changed: set[int] = set()  # whose attendance this call changes: only their time is credited anew
        for member_id, state in attendance.items():
            state = Attendance(state)
            found = member(unit, member_id)
            if state == Attendance.PRESENT:  # credited the meeting's time: only in their time in the team
                members.check_in_team(unit.db, found, meeting.day)
            row = rows.get(member_id)
            if row is None:
                row = MeetingAttendance(meeting_id=meeting_id, member_id=member_id, attendance=state.value)
                unit.add(row)
                unit.audit("attendance", Entity.MEETING, meeting_id, after=row)
                changed.add(member_id)
            elif row.attendance != state.value:
                with unit.change(row, Entity.MEETING, "attendance", entity_id=meeting_id):
                    row.attendance = state.value
                changed.add(member_id)
        unit.db.flush()
        credits.resettle(unit, CREDIT_SOURCE, meeting_id, changed)
        present = [member_id for member_id, state in attendance.items()
                   if Attendance(state) == Attendance.PRESENT]
        return booked_elsewhere(unit.db, meeting, present)


def booked_elsewhere(db: Session, meeting: Meeting, member_ids: list[int]) -> tuple[CercleError, ...]:
    """For each of ``member_ids``, an AttendanceWarning per other activity they are booked for during the meeting."""
    return tuple(
        warning for member_id in member_ids
        for warning in credits.booked_twice(db, member_id, meeting.day, meeting.start_time, meeting.end_time,
                                            besides=(CREDIT_SOURCE, id_of(meeting)),
                                            warning=AttendanceWarning)
    )
