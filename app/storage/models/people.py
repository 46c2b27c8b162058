"""People who are not staff (inhabitants, habitants-relais, partners' contacts), the meetings they attend and
the workshops they co-facilitate.

A person is kept with the least data possible and erased after the retention period (or on request): the
name and the contact data go, the row stays with its role and organisation, so that the counts of people
involved stay the same.
"""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel

import app.storage.models.meetings
import app.storage.models.partners
import app.storage.models.workshops  # noqa: F401 - people attend meetings, co-facilitate workshops
from app.storage.models.base import utc_now
from app.storage.types import UTCDateTime

# app.domain.people.PersonRole, as the database checks it (a test keeps the two the same)
PERSON_ROLES = "('inhabitant', 'relay', 'partner_contact')"


class Person(SQLModel, table=True):
    """Someone who is not staff. Contact data only with a consent date; an erased person has no name."""

    __table_args__ = (
        CheckConstraint(f"role IN {PERSON_ROLES}", name="role_known"),
        CheckConstraint("(phone = '' AND email = '') OR consent_on IS NOT NULL", name="contact_with_consent"),
        CheckConstraint("erased OR name <> ''", name="named_unless_erased"),
        CheckConstraint("partner_id IS NULL OR role = 'partner_contact'", name="partner_for_contacts"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80)  # a name or a pseudonym, "" once erased
    role: str = Field(default="inhabitant", max_length=16, index=True)
    phone: str = Field(default="", max_length=32)
    email: str = Field(default="", max_length=120)
    consent_on: date | None = None
    partner_id: int | None = Field(default=None, foreign_key="partner.id", index=True)
    active: bool = True
    last_active: date  # the last day the person took part (or was entered): the retention counts from it
    erased: bool = False
    created_at: datetime = Field(default_factory=utc_now, sa_type=UTCDateTime)


class MeetingGuest(SQLModel, table=True):
    """A person present at a meeting: named in the minutes, never counted in a quorum, credited nothing.

    ``role`` is the person's role they are counted in among the people involved: their role of the moment while
    the meeting is planned, kept once it is held (see ``app.services.people.involved``)."""

    __tablename__ = "meeting_guest"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),
                      CheckConstraint(f"role IN {PERSON_ROLES}", name="role_known"))

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=16)


class WorkshopCoFacilitator(SQLModel, table=True):
    """A person co-facilitating a workshop with the team's facilitators."""

    __tablename__ = "workshop_co_facilitator"
    __table_args__ = (UniqueConstraint("workshop_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    workshop_id: int = Field(foreign_key="workshop.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)


class SessionCoFacilitator(SQLModel, table=True):
    """A person who co-facilitates a session: the workshop's while it is planned, kept once it is held or
    cancelled (see ``WorkshopSession``); so is ``role``, the person's role they are counted in."""

    __tablename__ = "session_co_facilitator"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),
                      CheckConstraint(f"role IN {PERSON_ROLES}", name="role_known"))

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="workshop_session.id", index=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    role: str = Field(max_length=16)
