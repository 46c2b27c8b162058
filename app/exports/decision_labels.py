"""The words of a decision's status, outcome and stance, in the reader's language.

Apart from app.exports.decisions so that the minutes (and the pages) name them without loading the register.
"""

from PySide6.QtCore import QCoreApplication

from app.domain.consensus import Outcome, ProposalStatus, Stance
from app.domain.errors import QT_TRANSLATE_NOOP

CONTEXT = "Decisions"

STATUS_LABELS = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("Decisions", "Draft"),
    ProposalStatus.SEEKING_ENDORSEMENT: QT_TRANSLATE_NOOP("Decisions", "Seeking endorsement"),
    ProposalStatus.OPEN: QT_TRANSLATE_NOOP("Decisions", "Open"),
    ProposalStatus.ADOPTED: QT_TRANSLATE_NOOP("Decisions", "Adopted"),
    ProposalStatus.NOT_ADOPTED: QT_TRANSLATE_NOOP("Decisions", "Not adopted"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Decisions", "Withdrawn"),
}
OUTCOME_LABELS = {
    Outcome.ADOPTED: QT_TRANSLATE_NOOP("Decisions", "adopted"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("Decisions", "blocked"),
    Outcome.NO_QUORUM: QT_TRANSLATE_NOOP("Decisions", "not enough positions (no quorum)"),
}
STANCE_LABELS = {
    Stance.AGREE: QT_TRANSLATE_NOOP("Decisions", "Agree"),
    Stance.STAND_ASIDE: QT_TRANSLATE_NOOP("Decisions", "Stand aside"),
    Stance.ABSTAIN: QT_TRANSLATE_NOOP("Decisions", "Abstain"),
    Stance.BLOCK: QT_TRANSLATE_NOOP("Decisions", "Block"),
}


def translated(marked: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Decisions", ...), in the reader's language."""
    return QCoreApplication.translate(CONTEXT, marked)


def status_label(status: ProposalStatus) -> str:
    return translated(STATUS_LABELS[status])


def outcome_label(outcome: Outcome | None) -> str:
    return translated(OUTCOME_LABELS[outcome]) if outcome else ""


def stance_label(stance: Stance) -> str:
    return translated(STANCE_LABELS[stance])
