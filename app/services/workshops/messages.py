"""What the workshops services say: their error messages and warnings, and the checks shared by every module
of the package (a row that must exist, a name that must be given, a session still to come)."""

from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from app.domain import names
from app.domain import workshops as rules
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.workshops import SessionStatus
from app.services import credits
from app.services.errors import NotAllowed, NotFound
from app.storage.models import Partner
from app.storage.models.workshops import Enrolment, Workshop, WorkshopSession, WorkshopTheme

CATEGORY = credits.WORKSHOP_CATEGORY
TIME_SOURCE = credits.WORKSHOP

UNKNOWN_WORKSHOP = QT_TRANSLATE_NOOP("Errors", "This workshop does not exist.")
UNKNOWN_SESSION = QT_TRANSLATE_NOOP("Errors", "This workshop session does not exist.")
UNKNOWN_ENROLMENT = QT_TRANSLATE_NOOP("Errors", "This registration does not exist.")
UNKNOWN_THEME = QT_TRANSLATE_NOOP("Errors", "This workshop theme does not exist.")
UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "This partner does not exist.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Errors", "This member does not exist.")
FACILITATOR_LEFT = QT_TRANSLATE_NOOP("Errors", "{name} has left the team: they cannot facilitate a workshop.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give a name.")
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Give the workshop a title.")
DUPLICATE_THEME = QT_TRANSLATE_NOOP("Errors", "There is already a theme called {name}.")
DUPLICATE_PARTNER = QT_TRANSLATE_NOOP("Errors", "There is already a partner called {name}.")
BAD_STATUS = QT_TRANSLATE_NOOP("Errors", "Unknown workshop status: {status}.")
BAD_PREPARATION = QT_TRANSLATE_NOOP("Errors", "Preparation takes between 0 and 24 hours.")
SESSION_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This session is cancelled.")
NOT_YET_HELD = QT_TRANSLATE_NOOP("Errors", "Attendance is recorded once the session has taken place.")
SESSION_HELD = QT_TRANSLATE_NOOP("Errors", "This session has already taken place.")
SESSION_STARTED = QT_TRANSLATE_NOOP("Errors", "This session has already started.")
NOT_OFFERED = QT_TRANSLATE_NOOP(
    "Errors", "This workshop is cancelled or still an idea: it takes no registration.")
ENROLMENT_CANCELLED = QT_TRANSLATE_NOOP("Errors", "This registration is already cancelled.")
CYCLE_SESSION = QT_TRANSLATE_NOOP(
    "Errors", "This session belongs to a closed cycle: record the presence of each of its members.")
FACILITATOR_ABSENT = QT_TRANSLATE_NOOP("Errors", "{name} is absent that day.")
BOOKED_ON_DAY = QT_TRANSLATE_NOOP("Errors", "{day}: {warning}")
ABOVE_ROOM = QT_TRANSLATE_NOOP(
    "Errors", "The workshop takes {capacity} people but {room} only {room_capacity}."
)
PUBLIC_HOLIDAY = QT_TRANSLATE_NOOP("Errors", "{day} is a public holiday.")
CLOSED_DAY = QT_TRANSLATE_NOOP("Errors", "The centre is closed on {day}.")
IS_A_CYCLE = QT_TRANSLATE_NOOP("Errors", "This workshop is a closed cycle: enrol people in the whole cycle.")
SESSION_ENROLMENTS_KEPT = QT_TRANSLATE_NOOP(
    "Errors", "People are already enrolled in sessions of this workshop: it cannot become a closed cycle.")
CYCLE_ENROLMENTS_KEPT = QT_TRANSLATE_NOOP(
    "Errors", "People are already enrolled in this cycle: it cannot stop being a closed cycle.")
ERASED_NAME = QT_TRANSLATE_NOOP("Workshops", "(erased)")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "“{start}…” is too long: at most {limit} characters.")


class SessionWarning(CercleError):
    """Something worth telling about a session that does not stop planning it."""



Model = TypeVar("Model", bound=SQLModel)



def get_row(db: Session, model: type[Model], row_id: int, message: str, *, lock: bool = False) -> Model:
    """The row ``row_id`` of ``model`` (locked for update with ``lock``), or NotFound saying ``message``."""
    row = db.get(model, row_id, with_for_update=lock) if lock else db.get(model, row_id)
    if row is None:
        raise NotFound(message)
    return row


def check_not_held(row: WorkshopSession) -> None:
    """A session held is history: its day, its people and its facilitators' hours stay as recorded."""
    if row.status == SessionStatus.HELD:
        raise NotAllowed(SESSION_HELD)


def check_to_come(row: WorkshopSession, now: datetime) -> None:
    """A session is moved only before it starts (``now``: the centre's local time): moved afterwards, it
    would leave the day it took place (and, held, be counted on a day to come)."""
    check_not_held(row)
    if rules.has_started(row.day, row.start_time, now):
        raise NotAllowed(SESSION_STARTED)


def check_offered(workshop: Workshop) -> None:
    if not rules.is_offered(workshop.status):
        raise NotAllowed(NOT_OFFERED)


def clean_text(text: str, message: str = NAME_REQUIRED, *, limit: int | None = None) -> str:
    """``text`` tidied as a name (``names.tidy``); RuleViolation saying ``message`` when nothing is left, or
    that it is longer than ``limit``."""
    text = names.tidy(text)
    if not text:
        raise RuleViolation(message)
    return text if limit is None else limited(text, limit)


def limited(text: str, limit: int) -> str:
    """``text``, or RuleViolation when it is longer than ``limit`` (its column's length): PostgreSQL would
    refuse it with an English error, SQLite keep it whole."""
    if len(text) > limit:
        raise RuleViolation(TOO_LONG, start=text[:24].rstrip(), limit=limit)
    return text


def column_length(column: Any) -> int:
    """The length of a text column (VARCHAR(n)): the most it keeps."""
    length = column.type.length  # a model's attribute, as SQLAlchemy instruments it
    assert isinstance(length, int), "a text column of bounded length"
    return length


# What the text fields keep, for the services' checks and the dialogs' limits.
TITLE_LENGTH = column_length(Workshop.title)
AUDIENCE_LENGTH = column_length(Workshop.audience)
THEME_LENGTH = column_length(WorkshopTheme.name)
PARTICIPANT_NAME_LENGTH = column_length(Enrolment.name)
PARTNER_LENGTHS = {field: column_length(getattr(Partner, field)) for field in ("name", "kind", "contact_person",
                                                                                "email")}
