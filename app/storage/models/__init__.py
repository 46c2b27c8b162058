"""All tables, imported here so that ``SQLModel.metadata`` knows every one of them."""

from app.storage.models.base import NAMING_CONVENTION, utc_now
from app.storage.models.core import AuditEntry, Centre, Member, Partner, Room, Setting
from app.storage.models.decisions import (  # noqa: F401
    Comment, Endorsement, Position, PositionHistory, Proposal, ProposalVersion,
)
from app.storage.models.hours import Absence, OpeningBalance, TimeCategory, TimeEntry, WeekValidation  # noqa: F401
from app.storage.models.rota import (  # noqa: F401
    Closure, MemberRota, RotaBatch, Shift, ShiftClaim, ShiftTemplate, SwapOffer,
)
from app.storage.models.notifications import Notification  # noqa: F401
from app.storage.models.workshops import (  # noqa: F401
    Registration, Workshop, WorkshopFacilitator, WorkshopPartner, WorkshopSession, WorkshopTheme,
)
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendance, MinutesErratum  # noqa: F401

__all__ = ["NAMING_CONVENTION", "utc_now", "AuditEntry", "Centre", "Member", "Partner", "Room", "Setting"]
