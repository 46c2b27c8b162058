"""Errors the services raise about the state of the data (the rules' own errors are RuleViolation)."""

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError


class NotFound(CercleError):
    """The record asked for does not exist (any more)."""


class NotAllowed(CercleError):
    """The acting member may not do this, or the record's state does not allow it now."""


UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Errors", "This member does not exist.")
NO_ACTOR = QT_TRANSLATE_NOOP("Errors", "Say who you are before changing anything.")
NOBODY_AT_THE_DESK = QT_TRANSLATE_NOOP(
    "Errors", "Nobody is identified at the desk: nothing was saved. Choose your name, then save again.")
INACTIVE_MEMBER = QT_TRANSLATE_NOOP("Errors", "{name} is no longer an active member.")


class StaleEdit(CercleError):
    """Someone saved this record while it was being edited here; ``current`` is what they saved."""

    def __init__(self, current: object) -> None:
        super().__init__(EDITED_ELSEWHERE)
        self.current = current


EDITED_ELSEWHERE = QT_TRANSLATE_NOOP("Errors", "Someone else saved this record while you were editing it.")
