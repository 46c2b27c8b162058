"""Decisions taken in the meeting: the positions those present state aloud, then the close, each checked
against the meeting (on its agenda, minutes still a draft) in the same transaction as the decision's write."""

from collections.abc import Collection
from datetime import date

from app.domain.consensus import Stance
from app.domain.meetings import takes_positions
from app.services.context import Context, UnitOfWork
from app.services.errors import NotAllowed
from app.services.meetings.errors import BEFORE_THE_DAY, NOT_ON_AGENDA
from app.services.meetings.rows import agenda, editable, member_names, present
from app.services.meetings.told import decision_view
from app.services.meetings.views import DecisionView


def record_position(
    ctx: Context,
    meeting_id: int,
    proposal_id: int,
    member_id: int,
    stance: Stance,
    reason: str = "",
    *,
    text_version: int | None = None,
) -> DecisionView:
    """The minute-taker records the position a present member states aloud (through the decisions service),
    on the version of the text read out in the meeting (``text_version``: refused once amended since);
    returns the decision as the minutes now tell it."""
    from app.services import decisions  # with the writes: reading the minutes loads no register

    with ctx.writing() as unit:
        present_ids = _on_agenda(unit, meeting_id, proposal_id)
        decisions.record_position_in(unit, proposal_id, member_id, Stance(stance), reason,
                                     present_member_ids=present_ids, text_version=text_version)
        return _decision(unit, proposal_id)


def close_decision(
    ctx: Context, meeting_id: int, proposal_id: int, statement: str, review_date: date | None = None
) -> DecisionView:
    """Close a proposal treated in the meeting: the outcome from the rules, the statement from the team."""
    from app.services import decisions  # with the writes: reading the minutes loads no register

    with ctx.writing() as unit:
        _on_agenda(unit, meeting_id, proposal_id)
        decisions.close_in(unit, proposal_id, statement=statement, review_date=review_date)
        return _decision(unit, proposal_id)


def _on_agenda(unit: UnitOfWork, meeting_id: int, proposal_id: int) -> Collection[int]:
    """Those present at the meeting, locked while its minutes are a draft, provided the meeting's day has come
    and the proposal is on its agenda."""
    meeting = editable(unit, meeting_id)
    if not takes_positions(meeting.day, unit.context.today()):
        raise NotAllowed(BEFORE_THE_DAY, day=meeting.day)
    if proposal_id not in {item.proposal_id for item in agenda(unit.db, meeting_id)}:
        raise NotAllowed(NOT_ON_AGENDA)
    return present(unit.db, meeting_id)


def _decision(unit: UnitOfWork, proposal_id: int) -> DecisionView:
    return decision_view(unit.db, proposal_id, member_names(unit.db))
