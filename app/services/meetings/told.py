"""The decisions as a meeting's minutes tell them: while the minutes are a draft, each proposal on the agenda as
it stands; from their approval, as it stood then. The approval keeps them (``minutes_decision``): a proposal
closed at a later meeting, amended or reopened does not rewrite minutes the team approved."""

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from sqlmodel import Session, col, select

from app.domain import consensus
from app.domain.consensus import Stance
from app.domain.meetings import MeetingStatus
from app.services.context import id_of
from app.services.meetings.rows import active_ids, agenda, member_names
from app.services.meetings.views import BlockReason, DecisionView
from app.storage.models.decisions import Position, Proposal, ProposalVersion
from app.storage.models.meetings import Meeting, MinutesBlock, MinutesDecision


class _OnAgenda(Protocol):
    """An agenda item, as a row or as a view."""

    @property
    def proposal_id(self) -> int | None: ...


def meeting_decisions(db: Session, meeting: Meeting, items: Iterable[_OnAgenda],
                      names: dict[int, str]) -> tuple[DecisionView, ...]:
    """The decisions of ``meeting`` whose agenda is ``items``, in its order: as approved, or as they stand."""
    if meeting.status == MeetingStatus.APPROVED.value:
        return _kept(db, id_of(meeting))
    return tuple(decision_view(db, proposal_id, names) for proposal_id in _proposals(items))


def keep_decisions(db: Session, meeting_id: int) -> None:
    """Keep the decisions of the meeting as its minutes tell them now (at their approval, in its transaction)."""
    names = member_names(db)
    for position, proposal_id in enumerate(_proposals(agenda(db, meeting_id)), start=1):
        told = decision_view(db, proposal_id, names)
        row = MinutesDecision(
            meeting_id=meeting_id, position=position, proposal_id=proposal_id, title=told.title, text=told.text,
            status=told.status, outcome=told.outcome, statement=told.statement, count_agree=told.agree,
            count_stand_aside=told.stand_aside, count_abstain=told.abstain, count_block=told.block,
        )
        db.add(row)
        db.flush()
        db.add_all(MinutesBlock(decision_id=id_of(row), name=block.name, reason=block.reason)
                   for block in told.blocks)
    db.flush()


def decision_view(db: Session, proposal_id: int, names: dict[int, str]) -> DecisionView:
    """A proposal treated in the meeting as it stands: its current text, its count (kept at the close; while it
    is open, counted as the decisions page counts it: the active members, and every standing block), its
    standing blocks."""
    proposal = db.get(Proposal, proposal_id)
    assert proposal is not None, "an agenda item refers to an existing proposal"
    version = proposal.current_version
    text = db.exec(select(col(ProposalVersion.text)).where(
        ProposalVersion.proposal_id == proposal_id, ProposalVersion.number == version)).first() or ""
    rows = db.exec(select(col(Position.member_id), col(Position.stance), col(Position.reason))
                   .where(Position.proposal_id == proposal_id, Position.version == version)
                   .order_by(col(Position.id))).all()
    positions = [consensus.Position(member_id, version, Stance(stance), reason) for member_id, stance, reason in rows]
    if proposal.closed_at is None:
        tally = consensus.tally(positions, version, active_ids(db), proposal.quorum_percent)
        counts = (tally.agree, tally.stand_aside, tally.abstain, tally.block)
    else:
        counts = (proposal.count_agree, proposal.count_stand_aside, proposal.count_abstain, proposal.count_block)
    blocks = consensus.standing_blocks(positions, version)
    return DecisionView(
        proposal_id=proposal_id,
        title=proposal.title,
        text=text,
        version=version,
        status=proposal.status,
        outcome=proposal.outcome,
        statement=proposal.outcome_statement,
        agree=counts[0],
        stand_aside=counts[1],
        abstain=counts[2],
        block=counts[3],
        blocks=tuple(BlockReason(names.get(block.member_id, "?"), block.reason) for block in blocks),
    )


def _proposals(items: Iterable[_OnAgenda]) -> list[int]:
    """The proposals on an agenda, in its order, each once (an agenda may carry one twice)."""
    return list(dict.fromkeys(item.proposal_id for item in items if item.proposal_id is not None))


def _kept(db: Session, meeting_id: int) -> tuple[DecisionView, ...]:
    """The decisions as the approval kept them."""
    rows = db.exec(select(MinutesDecision).where(MinutesDecision.meeting_id == meeting_id)
                   .order_by(col(MinutesDecision.position))).all()
    blocks: defaultdict[int, list[BlockReason]] = defaultdict(list)
    for block in db.exec(select(MinutesBlock)
                         .join(MinutesDecision, col(MinutesDecision.id) == col(MinutesBlock.decision_id))
                         .where(MinutesDecision.meeting_id == meeting_id).order_by(col(MinutesBlock.id))):
        blocks[block.decision_id].append(BlockReason(block.name, block.reason))
    return tuple(
        DecisionView(
            proposal_id=row.proposal_id,
            title=row.title,
            text=row.text,
            version=None,  # approved minutes record no position
            status=row.status,
            outcome=row.outcome,
            statement=row.statement,
            agree=row.count_agree,
            stand_aside=row.count_stand_aside,
            abstain=row.count_abstain,
            block=row.count_block,
            blocks=tuple(blocks[id_of(row)]),
        )
        for row in rows
    )
