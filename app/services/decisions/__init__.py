"""Consensus decisions: draft, endorse, open, amend, take positions, close, reopen; the register.

The rules themselves (tally, outcome, lifecycle) live in ``app.domain.consensus``; this package loads,
checks state and stores. Its modules, by what changes together:

- ``views``: the read objects the callers receive;
- ``queries``: the lists of proposals, one proposal in full, where a member stands, the register;
- ``drafting``: drafts, endorsements, amendments (versions), postponing, withdrawing, comments;
- ``positions``: taking a position, or recording a present member's, side by side with others;
- ``closing``: closing now or at the deadline, the outcome statement, reopening;
- ``checks`` (who acts, state, version, typed words), ``rows`` (reading rows in a transaction) and
  ``messages`` (what a refusal says), shared by the others.

Every write is one transaction (one ``ctx.writing()``), audited under the entity "proposal", and returns
what that transaction left. Callers use the package: ``from app.services import decisions``.
"""

from app.services.decisions.checks import MAX_CATEGORY, MAX_TITLE
from app.services.decisions.closing import close, close_due, close_in, reopen, update_outcome
from app.services.decisions.drafting import (
    add_comment,
    amend,
    create_draft,
    edit_draft,
    endorse,
    postpone,
    set_quorum,
    submit,
    withdraw,
)
from app.services.decisions.positions import record_position, record_position_in, take_position
from app.services.decisions.queries import (
    RECENT_CHANGES,
    awaiting_position,
    categories,
    get_proposal,
    list_proposals,
    members_without_position,
    proposal_status,
    proposals_page,
    register,
    register_page,
    reviews_due,
    stands_of,
)
from app.services.decisions.views import (
    EVERY_DECISION,
    CommentView,
    EventView,
    MemberName,
    MemberStand,
    PositionView,
    ProposalDetail,
    ProposalSummary,
    RegisterEntry,
    RegisterFilter,
    VersionView,
)

__all__ = [
    "EVERY_DECISION",
    "MAX_CATEGORY",
    "MAX_TITLE",
    "RECENT_CHANGES",
    "CommentView",
    "EventView",
    "MemberName",
    "MemberStand",
    "PositionView",
    "ProposalDetail",
    "ProposalSummary",
    "RegisterEntry",
    "RegisterFilter",
    "VersionView",
    "add_comment",
    "amend",
    "awaiting_position",
    "categories",
    "close",
    "close_due",
    "close_in",
    "create_draft",
    "edit_draft",
    "endorse",
    "get_proposal",
    "list_proposals",
    "members_without_position",
    "postpone",
    "proposal_status",
    "proposals_page",
    "record_position",
    "record_position_in",
    "register",
    "register_page",
    "reopen",
    "reviews_due",
    "set_quorum",
    "stands_of",
    "submit",
    "take_position",
    "update_outcome",
    "withdraw",
]
