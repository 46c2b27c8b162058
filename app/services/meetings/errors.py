"""What the meetings' use cases refuse or warn of: the messages (translated in the "Errors" context) and the
warning an attendance can carry."""

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError

UNKNOWN_MEETING = QT_TRANSLATE_NOOP("Errors", "This meeting does not exist.")
UNKNOWN_ITEM = QT_TRANSLATE_NOOP("Errors", "This agenda item does not exist.")
UNKNOWN_ACTION = QT_TRANSLATE_NOOP("Errors", "This action item does not exist.")
EMPTY_MEETING_TITLE = QT_TRANSLATE_NOOP("Errors", "A meeting needs a title.")
EMPTY_ITEM_TITLE = QT_TRANSLATE_NOOP("Errors", "An agenda item needs a title.")
EMPTY_ACTION = QT_TRANSLATE_NOOP("Errors", "Say what is to be done.")
EMPTY_ERRATUM = QT_TRANSLATE_NOOP("Errors", "Say what the correction is.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A title has at most 200 characters.")
PLACE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A place has at most {limit} characters.")
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "A meeting must end after it starts.")
BAD_MINUTES = QT_TRANSLATE_NOOP("Errors", "A duration is between 0 and 600 minutes.")
MINUTES_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The minutes of this meeting are approved: add an erratum to correct them."
)
NOT_APPROVED = QT_TRANSLATE_NOOP("Errors", "Errata are for approved minutes; edit the draft instead.")
NOT_HELD_YET = QT_TRANSLATE_NOOP("Errors", "Minutes are approved once the meeting has been held.")
BEFORE_THE_DAY = QT_TRANSLATE_NOOP(
    "Errors", "This meeting takes place on {day}: positions are recorded in it from that day on."
)
NOT_BEGUN = QT_TRANSLATE_NOOP(
    "Errors", "This meeting begins on {day} at {start}: it is marked held, and its minutes approved, once it has begun."
)
NOT_PRESENT = QT_TRANSLATE_NOOP("Errors", "{name} is not marked present at this meeting.")
NOT_ON_AGENDA = QT_TRANSLATE_NOOP("Errors", "This proposal is not on the agenda of this meeting.")
DECIDED_IN_MEETING = QT_TRANSLATE_NOOP(
    "Errors", "Positions were taken on this proposal, or it was closed, on or after the day of this meeting: "
              "its item stays on the agenda so that the minutes say what was decided."
)
NO_UPCOMING_MEETING = QT_TRANSLATE_NOOP("Errors", "No meeting is planned yet to put this item on.")


class AttendanceWarning(CercleError):
    """Something worth telling about an attendance, that does not stop it."""
