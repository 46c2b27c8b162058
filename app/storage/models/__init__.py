"""The tables. The core ones (the centre, its members) load with this package; the others
load with their module (``app.storage.models.decisions``, ...), when a service that uses them is first
imported: a start on the lock screen builds only the classes it needs.

An area's table is also reachable here by name (``from app.storage.models import TimeEntry``), which
loads its module. Whatever needs every table on ``SQLModel.metadata`` (migrations, transfers, schema
checks) calls ``load_all_models()``. A module whose tables refer to another area's tables imports that
module, so that every foreign key of a loaded table can be resolved.
"""

from importlib import import_module

from sqlalchemy import MetaData
from sqlmodel import SQLModel

from app.storage.models.base import NAMING_CONVENTION, utc_now
from app.storage.models.core import Centre, ContractTerm, Departure, Member

# module -> its tables
AREAS: dict[str, tuple[str, ...]] = {
    "settings": ("Setting",),
    "audit": ("AuditEntry", "CommitMark"),
    "rooms": ("Room",),
    "partners": ("Partner",),
    "decisions": ("Comment", "EarlierOutcome", "Endorsement", "Position", "PositionHistory", "Proposal",
                  "ProposalVersion"),
    "hours": ("Absence", "BalanceStamp", "OpeningBalance", "TimeCategory", "TimeEntry", "WeekBalance",
              "WeekValidation"),
    "rota": ("AbsenceSeat", "Closure", "MemberRota", "RotaBatch", "Shift", "ShiftClaim", "ShiftTemplate",
             "SwapOffer"),
    "notifications": ("Notification",),
    "workshops": ("CycleAttendance", "CycleEnrolment", "Enrolment", "ParticipantTally", "SessionPartner",
                  "Workshop", "WorkshopFacilitator", "WorkshopPartner", "WorkshopSession", "WorkshopTheme"),
    "meetings": ("ActionItem", "AgendaItem", "Meeting", "MeetingAttendance", "MeetingPartner", "MinutesBlock",
                 "MinutesDecision", "MinutesErratum"),
    "people": ("MeetingGuest", "Person", "SessionCoFacilitator", "WorkshopCoFacilitator"),
}
_AREA_OF = {table: area for area, tables in AREAS.items() for table in tables}


def load_all_models() -> MetaData:
    """Import every area's tables; returns the metadata that then describes the whole schema."""
    for area in AREAS:
        import_module(f"{__name__}.{area}")
    return SQLModel.metadata


def __getattr__(name: str):
    """An area's table by name, loading its module on first use."""
    area = _AREA_OF.get(name)
    if area is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{area}"), name)


__all__ = ["NAMING_CONVENTION", "Centre", "ContractTerm", "Departure", "Member", "load_all_models", "utc_now"]
__all__ += list(_AREA_OF)  # every area's tables, loaded on first use
