"""Team meetings: planning (one-off or repeating), roles, attendance, the agenda and its notes, decisions taken
in the meeting, action items, and the minutes (draft → approved, then corrected only by errata).

Every public use case is one transaction, audited under "meeting" (or "action_item" for the actions). The
notes are autosaved by the UI every few seconds: each save is one small transaction, so a crash loses
seconds at most.

The modules, by what changes together: ``views`` (the read objects), ``queries`` (reading), ``planning``
(meetings, series, moving, roles), ``attendance``, ``partners`` (the partner organisations present),
``guests`` (people who are not staff), ``agenda`` (items, notes), ``deciding`` (positions and close in the
meeting), ``actions`` (action items), ``minutes`` (held, approved, errata); ``rows`` and ``errors`` are what they
share. Callers use the package: ``from app.services import meetings``.
"""

from app.services.meetings.actions import add_action, set_action_done
from app.services.meetings.agenda import (
    AGENDA_PROPOSAL_STATUSES,
    add_item,
    build_agenda,
    move_item,
    remove_item,
    save_notes,
    set_spent_minutes,
    submit_item,
    update_item,
)
from app.services.meetings.attendance import CREDIT_SOURCE, set_attendance
from app.services.meetings.deciding import close_decision, record_position
from app.services.meetings.errors import MINUTES_LOCKED, AttendanceWarning
from app.services.meetings.guests import add_guest, guests, invite_relays, remove_guest
from app.services.meetings.minutes import add_erratum, approve_minutes, mark_held
from app.services.meetings.partners import set_meeting_partners
from app.services.meetings.planning import (
    create_meeting,
    create_series,
    create_weekly_series,
    set_roles,
    suggest_meeting_roles,
    update_meeting,
)
from app.services.meetings.queries import (
    get_meeting,
    list_meetings,
    meetings_page,
    next_meeting,
    open_actions,
    open_actions_for,
    present_member_ids,
    search_meetings,
    search_meetings_page,
)
from app.services.meetings.rows import MAX_ITEM_MINUTES, MAX_PLACE, MAX_TITLE
from app.services.meetings.views import (
    ActionView,
    AgendaItemView,
    BlockReason,
    DecisionView,
    ErratumView,
    GuestView,
    MeetingDetail,
    MeetingDraft,
    MeetingSummary,
    PartnerAttendance,
    PersonAttendance,
    duration_minutes,
)
from app.services.recurring import SeriesDays, series_days

__all__ = [
    "AGENDA_PROPOSAL_STATUSES",
    "CREDIT_SOURCE",
    "MAX_ITEM_MINUTES",
    "MAX_PLACE",
    "MAX_TITLE",
    "MINUTES_LOCKED",
    "ActionView",
    "AgendaItemView",
    "AttendanceWarning",
    "BlockReason",
    "DecisionView",
    "ErratumView",
    "GuestView",
    "MeetingDetail",
    "MeetingDraft",
    "MeetingSummary",
    "PartnerAttendance",
    "PersonAttendance",
    "SeriesDays",
    "add_action",
    "add_erratum",
    "add_guest",
    "add_item",
    "approve_minutes",
    "build_agenda",
    "close_decision",
    "create_meeting",
    "create_series",
    "create_weekly_series",
    "duration_minutes",
    "get_meeting",
    "guests",
    "invite_relays",
    "list_meetings",
    "mark_held",
    "meetings_page",
    "move_item",
    "next_meeting",
    "open_actions",
    "open_actions_for",
    "present_member_ids",
    "record_position",
    "remove_guest",
    "remove_item",
    "save_notes",
    "search_meetings",
    "search_meetings_page",
    "series_days",
    "set_action_done",
    "set_attendance",
    "set_meeting_partners",
    "set_roles",
    "set_spent_minutes",
    "submit_item",
    "suggest_meeting_roles",
    "update_item",
    "update_meeting",
]
