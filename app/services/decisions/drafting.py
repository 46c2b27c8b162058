"""Writing a proposal and bringing it to the team: drafts, endorsements, amendments, withdrawal, comments.

Each use case is one transaction, audited under the entity "proposal", and returns the proposal as that
transaction left it.
"""

from datetime import datetime

from sqlmodel import Session, select

from app.domain import consensus
from app.domain.consensus import IN_PROGRESS, ProposalStatus, Rule
from app.domain.errors import RuleViolation
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork, id_of
from app.services.decisions import checks
from app.services.decisions.messages import (
    ALREADY_ENDORSED,
    AUTHOR_ENDORSES,
    EMPTY_COMMENT,
    EMPTY_TEXT,
    SAME_TEXT,
)
from app.services.decisions.queries import detail
from app.services.decisions.rows import (
    changing,
    current_text,
    default_quorum,
    endorsements_needed,
    load_proposal,
    positions_on,
)
from app.services.decisions.views import CommentView, ProposalDetail
from app.services.errors import NotAllowed
from app.storage.models.decisions import Comment, EarlierOutcome, Endorsement, Proposal, ProposalVersion

# ---------------------------------------------------------------- drafts


def create_draft(
    ctx: Context,
    *,
    title: str,
    text: str = "",
    deadline: datetime,
    category: str = "",
    rule: Rule = Rule.CONSENSUS,
    quorum_percent: int | None = None,
) -> ProposalDetail:
    """A new draft by the acting member; a consensus without a quorum takes the centre's default."""
    title, category = checks.title(title), checks.category(category)
    deadline = checks.deadline(ctx, deadline)
    rule = Rule(rule)
    with ctx.writing() as unit:
        author = checks.acting_member(unit)
        if rule == Rule.CONSENSUS and quorum_percent is None:
            quorum_percent = default_quorum(unit.db)
        consensus.validate_rule(rule, quorum_percent)
        proposal = Proposal(
            title=title,
            category=category,
            author_id=id_of(author),
            status=ProposalStatus.DRAFT.value,
            rule=rule.value,
            quorum_percent=quorum_percent,
            deadline=deadline,
            created_at=ctx.now(),
        )
        unit.add(proposal)
        unit.add(ProposalVersion(proposal_id=id_of(proposal), number=1, text=text.strip(), created_at=ctx.now()))
        unit.audit("create", Entity.PROPOSAL, proposal.id, after=proposal)
        return detail(unit.db, id_of(proposal))


def edit_draft(
    ctx: Context,
    proposal_id: int,
    *,
    title: str,
    text: str,
    deadline: datetime,
    category: str = "",
    rule: Rule = Rule.CONSENSUS,
    quorum_percent: int | None = None,
    expected_version: int | None = None,
) -> ProposalDetail:
    """Change a draft (its author only). Text changed under earlier positions becomes a new version.

    With ``expected_version`` (the version the editor started from), a draft saved meanwhile by another
    workstation raises StaleEdit carrying the ProposalDetail as saved, and nothing is written."""
    title, category = checks.title(title), checks.category(category)
    deadline = checks.deadline(ctx, deadline)
    rule = Rule(rule)
    consensus.validate_rule(rule, quorum_percent)
    with ctx.writing() as unit:
        proposal, _ = checks.writable(
            unit, proposal_id, expected_version, ProposalStatus.DRAFT, author_only=True, stale_edit=True
        )
        with changing(unit, proposal, "edit"):
            proposal.title, proposal.deadline = title, deadline
            proposal.category = category
            proposal.rule, proposal.quorum_percent = rule.value, quorum_percent
            current = current_text(unit.db, proposal)
            if text.strip() != current.text:
                if positions_on(unit.db, proposal) or was_decided(unit.db, proposal):
                    new_version(unit, proposal, text.strip(), "")
                else:
                    current.text = text.strip()
        return detail(unit.db, proposal_id)


def was_decided(db: Session, proposal: Proposal) -> bool:
    """Whether the current text was the one decided before a reopening: it is then kept as it was."""
    return db.exec(select(EarlierOutcome.id).where(
        EarlierOutcome.proposal_id == proposal.id, EarlierOutcome.version == proposal.current_version)).first() is not None


def set_quorum(
    ctx: Context, proposal_id: int, quorum_percent: int | None, expected_version: int | None = None
) -> ProposalDetail:
    """Change the quorum of a proposal not yet closed (its author only)."""
    with ctx.writing() as unit:
        proposal, _ = checks.writable(unit, proposal_id, expected_version, *IN_PROGRESS, author_only=True)
        consensus.validate_rule(Rule(proposal.rule), quorum_percent)
        with changing(unit, proposal, "set_quorum"):
            proposal.quorum_percent = quorum_percent
        return detail(unit.db, proposal_id)


# ---------------------------------------------------------------- to the team


def submit(ctx: Context, proposal_id: int, expected_version: int | None = None) -> ProposalDetail:
    """Ask the team for endorsements; opens at once when the centre needs none."""
    with ctx.writing() as unit:
        proposal, _ = checks.writable(unit, proposal_id, expected_version, ProposalStatus.DRAFT, author_only=True)
        if not current_text(unit.db, proposal).text:
            raise RuleViolation(EMPTY_TEXT)
        checks.deadline(ctx, proposal.deadline)
        with changing(unit, proposal, "submit"):
            checks.move(proposal, ProposalStatus.SEEKING_ENDORSEMENT)
            proposal.status_note = ""
            _open_if_endorsed(unit, proposal)
        return detail(unit.db, proposal_id)


def endorse(ctx: Context, proposal_id: int) -> ProposalDetail:
    """The actor co-signs; the proposal opens once enough members besides its author have."""
    with ctx.writing() as unit:
        proposal, actor = checks.writable(unit, proposal_id, None, ProposalStatus.SEEKING_ENDORSEMENT)
        if actor.id == proposal.author_id:
            raise NotAllowed(AUTHOR_ENDORSES)
        if unit.db.exec(
            select(Endorsement).where(Endorsement.proposal_id == proposal.id, Endorsement.member_id == actor.id)
        ).first():
            raise NotAllowed(ALREADY_ENDORSED)
        with changing(unit, proposal, "endorse"):
            unit.add(Endorsement(proposal_id=proposal_id, member_id=id_of(actor), at=ctx.now()))
            _open_if_endorsed(unit, proposal)
        return detail(unit.db, proposal_id)


def _open_if_endorsed(unit: UnitOfWork, proposal: Proposal) -> None:
    endorsed = unit.db.exec(
        select(Endorsement.member_id).where(
            Endorsement.proposal_id == proposal.id, Endorsement.member_id != proposal.author_id
        )
    ).all()
    if consensus.can_open(len(endorsed), endorsements_needed(unit.db)):
        checks.move(proposal, ProposalStatus.OPEN)


# ---------------------------------------------------------------- amending, postponing, withdrawing


def amend(
    ctx: Context, proposal_id: int, *, text: str, change_note: str, expected_version: int | None = None
) -> ProposalDetail:
    """A new version (its author only): earlier positions stay visible but no longer count."""
    text = text.strip()
    change_note = checks.note(change_note)
    if not text:
        raise RuleViolation(EMPTY_TEXT)
    with ctx.writing() as unit:
        proposal, _ = checks.writable(
            unit,
            proposal_id,
            expected_version,
            ProposalStatus.SEEKING_ENDORSEMENT,
            ProposalStatus.OPEN,
            author_only=True,
        )
        if text == current_text(unit.db, proposal).text:
            raise RuleViolation(SAME_TEXT)
        with changing(unit, proposal, "amend"):
            new_version(unit, proposal, text, change_note)
        return detail(unit.db, proposal_id)


def new_version(unit: UnitOfWork, proposal: Proposal, text: str, note: str) -> None:
    """The next wording of ``proposal``: positions on the former one no longer count."""
    proposal.current_version += 1
    unit.add(
        ProposalVersion(
            proposal_id=id_of(proposal),
            number=proposal.current_version,
            text=text,
            change_note=note,
            created_at=unit.context.now(),
        )
    )


def postpone(
    ctx: Context, proposal_id: int, note: str, expected_version: int | None = None
) -> ProposalDetail:
    """Back to draft, with a note saying why (the author rethinks it)."""
    note = checks.note(note)
    with ctx.writing() as unit:
        proposal, _ = checks.writable(
            unit,
            proposal_id,
            expected_version,
            ProposalStatus.SEEKING_ENDORSEMENT,
            ProposalStatus.OPEN,
            author_only=True,
        )
        with changing(unit, proposal, "postpone"):
            checks.move(proposal, ProposalStatus.DRAFT)
            proposal.status_note = note
        return detail(unit.db, proposal_id)


def withdraw(
    ctx: Context, proposal_id: int, note: str = "", expected_version: int | None = None
) -> ProposalDetail:
    """The author takes the proposal back; it stays in the list as withdrawn."""
    with ctx.writing() as unit:
        proposal, _ = checks.writable(unit, proposal_id, expected_version, *IN_PROGRESS, author_only=True)
        with changing(unit, proposal, "withdraw"):
            checks.move(proposal, ProposalStatus.WITHDRAWN)
            proposal.status_note = note.strip()
        return detail(unit.db, proposal_id)


# ---------------------------------------------------------------- comments


def add_comment(ctx: Context, proposal_id: int, text: str) -> CommentView:
    text = text.strip()
    if not text:
        raise RuleViolation(EMPTY_COMMENT)
    with ctx.writing() as unit:
        actor = checks.acting_member(unit)
        proposal = load_proposal(unit.db, proposal_id)
        comment = Comment(proposal_id=id_of(proposal), member_id=id_of(actor), at=ctx.now(), text=text)
        unit.add(comment)
        unit.audit("comment", Entity.PROPOSAL, proposal.id, after=comment)
        return CommentView(id_of(comment), actor.name, comment.at, comment.text)
