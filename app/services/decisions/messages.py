"""What the decisions' services say when they refuse something (translated in the "Errors" context)."""

from app.domain.consensus import ProposalStatus
from app.domain.errors import QT_TRANSLATE_NOOP

UNKNOWN_PROPOSAL = QT_TRANSLATE_NOOP("Errors", "This proposal does not exist.")
EMPTY_TITLE = QT_TRANSLATE_NOOP("Errors", "A proposal needs a title.")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Errors", "A proposal needs a text before it goes to the team.")
DEADLINE_PAST = QT_TRANSLATE_NOOP("Errors", "The deadline must be in the future.")
DEADLINE_PASSED = QT_TRANSLATE_NOOP("Errors", "The deadline of this proposal has passed.")
NOT_AUTHOR = QT_TRANSLATE_NOOP("Errors", "Only the author of a proposal can do this.")
WRONG_STATE = QT_TRANSLATE_NOOP("Errors", "This cannot be done while the proposal is {status}.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors", "Someone changed this proposal meanwhile: look at it again before saving."
)
AMENDED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors", "This proposal was amended meanwhile: read its new text before taking a position."
)
ALREADY_ENDORSED = QT_TRANSLATE_NOOP("Errors", "You already endorse this proposal.")
AUTHOR_ENDORSES = QT_TRANSLATE_NOOP("Errors", "The author cannot endorse their own proposal.")
NOT_PRESENT = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not marked present: record only the positions of those present."
)
SAME_TEXT = QT_TRANSLATE_NOOP("Errors", "The amendment does not change the text.")
NOTE_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say in a few words why.")
EMPTY_COMMENT = QT_TRANSLATE_NOOP("Errors", "A comment cannot be empty.")
REOPEN_REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say why the proposal is reopened.")
STATEMENT_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say in a sentence what was decided.")
REVIEW_TOO_EARLY = QT_TRANSLATE_NOOP("Errors", "The review date must come after the decision.")
TITLE_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A title has at most 200 characters.")
CATEGORY_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A category has at most 80 characters.")

# Status words as WRONG_STATE shows them (translated in the "Errors" context with the message).
STATUS_WORDS = {
    ProposalStatus.DRAFT: QT_TRANSLATE_NOOP("Errors", "a draft"),
    ProposalStatus.SEEKING_ENDORSEMENT: QT_TRANSLATE_NOOP("Errors", "seeking endorsement"),
    ProposalStatus.OPEN: QT_TRANSLATE_NOOP("Errors", "open"),
    ProposalStatus.ADOPTED: QT_TRANSLATE_NOOP("Errors", "adopted"),
    ProposalStatus.NOT_ADOPTED: QT_TRANSLATE_NOOP("Errors", "not adopted"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Errors", "withdrawn"),
}
