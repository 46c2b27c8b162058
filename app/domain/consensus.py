"""Rules of decisions: positions, the tally, the outcome of a proposal and its lifecycle."""

import difflib
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.names import visible_length

MIN_BLOCK_REASON = 10

BLOCK_WITHOUT_REASON = QT_TRANSLATE_NOOP("Errors", "A block needs a reason of at least 10 characters.")
QUORUM_RANGE = QT_TRANSLATE_NOOP("Errors", "The quorum must be between 0 and 100%.")
CONSENSUS_WITHOUT_QUORUM = QT_TRANSLATE_NOOP("Errors", "A decision by consensus needs a quorum.")
ILLEGAL_TRANSITION = QT_TRANSLATE_NOOP("Errors", "A proposal cannot go from “{old}” to “{new}”.")

CONSENSUS_EXPLANATION = QT_TRANSLATE_NOOP(
    "Rules",
    "Adopted when nobody blocks and at least {percent}% of active members"
    " have taken a position on the current version.",
)
CONSENT_QUORUM_EXPLANATION = QT_TRANSLATE_NOOP(
    "Rules",
    "Adopted unless somebody blocks, provided at least {percent}% of active members"
    " have taken a position on the current version.",
)
CONSENT_EXPLANATION = QT_TRANSLATE_NOOP(
    "Rules", "Adopted unless somebody blocks: not taking a position counts as consent."
)


class Stance(StrEnum):
    AGREE = "agree"
    STAND_ASIDE = "stand_aside"
    ABSTAIN = "abstain"
    BLOCK = "block"


class Rule(StrEnum):
    CONSENSUS = "consensus"  # everyone is asked: a quorum of positions is required
    CONSENT = "consent"  # silence is consent: a quorum only if the team sets one


class Outcome(StrEnum):
    ADOPTED = "adopted"
    BLOCKED = "blocked"
    NO_QUORUM = "no_quorum"


@dataclass(frozen=True)
class Position:
    """One member's stance on one version of a proposal."""

    member_id: int
    version: int
    stance: Stance
    reason: str = ""


def validate_position(stance: Stance, reason: str) -> str:
    """Return the reason stripped, or raise RuleViolation when a block comes without a real reason: at least
    MIN_BLOCK_REASON characters that a reader sees."""
    reason = reason.strip()
    if stance == Stance.BLOCK and visible_length(reason) < MIN_BLOCK_REASON:
        raise RuleViolation(BLOCK_WITHOUT_REASON)
    return reason


@dataclass(frozen=True)
class Tally:
    """What the positions on the current version add up to."""

    agree: int
    stand_aside: int
    abstain: int
    block: int
    took_position: int
    active_members: int
    quorum_percent: int | None
    quorum_needed: int
    block_reasons: tuple[str, ...]

    @property
    def has_quorum(self) -> bool:
        return self.took_position >= self.quorum_needed


def _check_quorum(quorum_percent: int | None) -> None:
    if quorum_percent is not None and not 0 <= quorum_percent <= 100:
        raise RuleViolation(QUORUM_RANGE)


def quorum_needed(active_members: int, quorum_percent: int | None) -> int:
    """ceil(Q × n / 100) in integers (no float rounding at the boundary); no quorum needs nobody."""
    _check_quorum(quorum_percent)
    if quorum_percent is None:
        return 0
    return -(-quorum_percent * active_members // 100)


def counted_positions(
    positions: Iterable[Position], current_version: int, active_member_ids: Collection[int]
) -> list[Position]:
    """The positions that count: on the current version, from active members.

    The caller passes each member's current position only; two positions of one member on the
    current version mean a bug upstream, and are refused rather than counted twice.
    """
    current = [position for position in positions if position.version == current_version]
    duplicates = [member for member, count in Counter(p.member_id for p in current).items() if count > 1]
    if duplicates:
        raise ValueError(f"Several positions on version {current_version} for members {sorted(duplicates)}")
    active = set(active_member_ids)
    return [position for position in current if position.member_id in active]


def standing_blocks(positions: Iterable[Position], current_version: int) -> list[Position]:
    """The blocks on the current version, whoever made them: a block stands even when its author has left
    the team since, until the proposal is amended (a new version) or withdrawn."""
    return [p for p in positions if p.version == current_version and p.stance == Stance.BLOCK]


def tally(
    positions: Iterable[Position],
    current_version: int,
    active_member_ids: Collection[int],
    quorum_percent: int | None,
) -> Tally:
    """Count the positions that count (see ``counted_positions``), and every standing block."""
    positions = list(positions)
    counted = counted_positions(positions, current_version, active_member_ids)
    blocks = standing_blocks(positions, current_version)
    stances = Counter(position.stance for position in counted)
    active_members = len(set(active_member_ids))
    return Tally(
        agree=stances[Stance.AGREE],
        stand_aside=stances[Stance.STAND_ASIDE],
        abstain=stances[Stance.ABSTAIN],
        block=len(blocks),
        took_position=len(counted),
        active_members=active_members,
        quorum_percent=quorum_percent,
        quorum_needed=quorum_needed(active_members, quorum_percent),
        block_reasons=tuple(p.reason for p in blocks),
    )


def validate_rule(rule: Rule, quorum_percent: int | None) -> None:
    """Raise RuleViolation unless the quorum suits the rule (consensus always has one)."""
    if rule == Rule.CONSENSUS and quorum_percent is None:
        raise RuleViolation(CONSENSUS_WITHOUT_QUORUM)
    _check_quorum(quorum_percent)


def outcome(
    positions: Iterable[Position],
    current_version: int,
    active_member_ids: Collection[int],
    rule: Rule,
    quorum_percent: int | None,
) -> Outcome:
    """The outcome if the proposal closed now: any block wins, then the quorum decides."""
    validate_rule(rule, quorum_percent)
    counts = tally(positions, current_version, active_member_ids, quorum_percent)
    if counts.block:
        return Outcome.BLOCKED
    if not counts.has_quorum:
        return Outcome.NO_QUORUM
    return Outcome.ADOPTED


def rule_explanation(rule: Rule, quorum_percent: int | None) -> tuple[str, dict[str, object]]:
    """The untranslated template explaining the rule, and its parameters (the UI translates, then formats)."""
    validate_rule(rule, quorum_percent)
    if rule == Rule.CONSENSUS:
        return CONSENSUS_EXPLANATION, {"percent": quorum_percent}
    if quorum_percent is not None:
        return CONSENT_QUORUM_EXPLANATION, {"percent": quorum_percent}
    return CONSENT_EXPLANATION, {}


def explain_rule(rule: Rule, quorum_percent: int | None) -> str:
    """One plain English sentence saying when a proposal under this rule is adopted."""
    template, params = rule_explanation(rule, quorum_percent)
    return template.format(**params)


def can_open(endorsements_besides_author: int, needed: int) -> bool:
    """A proposal goes to the team once enough people other than its author endorse it."""
    return endorsements_besides_author >= needed


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SEEKING_ENDORSEMENT = "seeking_endorsement"
    OPEN = "open"
    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"
    WITHDRAWN = "withdrawn"


CLOSED: tuple[ProposalStatus, ...] = (ProposalStatus.ADOPTED, ProposalStatus.NOT_ADOPTED)  # decisions taken
IN_PROGRESS: tuple[ProposalStatus, ...] = (
    ProposalStatus.DRAFT,
    ProposalStatus.SEEKING_ENDORSEMENT,
    ProposalStatus.OPEN,
)  # neither closed nor withdrawn


ALLOWED_TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.DRAFT: frozenset({ProposalStatus.SEEKING_ENDORSEMENT, ProposalStatus.WITHDRAWN}),
    ProposalStatus.SEEKING_ENDORSEMENT: frozenset(
        {ProposalStatus.OPEN, ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN}
    ),
    ProposalStatus.OPEN: frozenset(
        {ProposalStatus.ADOPTED, ProposalStatus.NOT_ADOPTED, ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN}
    ),
    ProposalStatus.ADOPTED: frozenset({ProposalStatus.OPEN}),  # reopened
    ProposalStatus.NOT_ADOPTED: frozenset({ProposalStatus.OPEN}),  # reopened
    ProposalStatus.WITHDRAWN: frozenset(),  # final: nothing with history is deleted or revived
}


def check_transition(old: ProposalStatus, new: ProposalStatus) -> None:
    """Raise RuleViolation unless a proposal may go from ``old`` to ``new``."""
    if new not in ALLOWED_TRANSITIONS[old]:
        raise RuleViolation(ILLEGAL_TRANSITION, old=old.value, new=new.value)


_WORDS_AND_SPACES = re.compile(r"\s+|\S+")


def text_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level difference: ('equal'|'delete'|'insert', text) pieces.

    Whitespace is kept as its own tokens, so the 'equal' and 'delete' pieces join back into ``old``
    and the 'equal' and 'insert' pieces into ``new``. A replacement is a deletion then an insertion.
    """
    old_tokens = _WORDS_AND_SPACES.findall(old)
    new_tokens = _WORDS_AND_SPACES.findall(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    pieces: list[tuple[str, str]] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag in ("equal", "delete", "replace"):
            _append(pieces, "equal" if tag == "equal" else "delete", old_tokens[old_start:old_end])
        if tag in ("insert", "replace"):
            _append(pieces, "insert", new_tokens[new_start:new_end])
    return pieces


def _append(pieces: list[tuple[str, str]], kind: str, tokens: list[str]) -> None:
    """Add a piece, merged with the previous one when they are of the same kind."""
    text = "".join(tokens)
    if not text:
        return
    if pieces and pieces[-1][0] == kind:
        pieces[-1] = (kind, pieces[-1][1] + text)
    else:
        pieces.append((kind, text))
