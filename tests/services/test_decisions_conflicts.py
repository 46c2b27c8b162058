"""No lost drafts, on both engines: a draft saved over a newer version (typed on another workstation) is
refused with StaleEdit carrying the draft as saved, and nothing is written; one-click actions on a stale
version keep their plain refusal."""

from datetime import timedelta

import pytest
from sqlmodel import select

from app.domain.consensus import ProposalStatus, Rule
from app.domain.members import MemberDraft
from app.services import decisions, members
from app.services.context import Context
from app.services.decisions import ProposalDetail
from app.services.errors import NotAllowed, StaleEdit
from app.storage.engine import open_database
from app.storage.models import AuditEntry
from tests.conftest import TEST_NOW

TEXT = "We open the café-accueil at 8:30 on Saturdays."


@pytest.fixture
def draft(ctx) -> ProposalDetail:
    ctx.actor_id = members.add_member(ctx, MemberDraft(name="Amina")).id
    return decisions.create_draft(
        ctx, title="Saturday opening", text=TEXT, category="Reception", deadline=ctx.now() + timedelta(days=7)
    )


@pytest.fixture
def other(ctx, database_url, draft):
    """Amina's draft open on a second workstation (its own engine and connections)."""
    engine = open_database(database_url)
    context = Context(engine, clock=lambda: TEST_NOW, system="tests")
    context.actor_id = ctx.actor_id
    yield context
    engine.dispose()


def edit(ctx, detail: ProposalDetail, expected_version: int, **changes) -> ProposalDetail:
    summary = detail.summary
    values = {
        "title": summary.title,
        "text": detail.text,
        "category": summary.category,
        "deadline": summary.deadline,
        "rule": summary.rule,
        "quorum_percent": summary.quorum_percent,
    }
    return decisions.edit_draft(ctx, summary.id, expected_version=expected_version, **values | changes)


def edits(ctx) -> int:
    with ctx.reading() as db:
        return len(db.exec(select(AuditEntry).where(AuditEntry.action == "edit")).all())


def test_a_draft_saved_over_a_newer_version_is_refused_with_what_was_saved(ctx, other, draft):
    theirs = edit(other, draft, draft.summary.version, title="Saturday mornings", quorum_percent=50)
    assert theirs.summary.version == draft.summary.version + 1

    with pytest.raises(StaleEdit) as conflict:
        edit(ctx, draft, draft.summary.version, text=TEXT + " From January.", rule=Rule.CONSENT)
    current = conflict.value.current
    assert isinstance(current, ProposalDetail)
    assert (current.summary.title, current.summary.quorum_percent, current.text) == (
        "Saturday mornings",
        50,
        TEXT,
    )
    assert current.summary.version == theirs.summary.version
    assert decisions.get_proposal(ctx, draft.summary.id) == theirs  # nothing written
    assert edits(ctx) == 1

    # Keep mine: saved again over the version now known, it goes through.
    mine = edit(ctx, current, current.summary.version, text=TEXT + " From January.", rule=Rule.CONSENT)
    assert (mine.summary.title, mine.text, mine.summary.rule) == (
        "Saturday mornings",
        TEXT + " From January.",
        Rule.CONSENT,
    )
    assert mine.summary.version == theirs.summary.version + 1


def test_a_stale_edit_of_a_draft_no_longer_a_draft_says_so(ctx, other, draft):
    decisions.submit(other, draft.summary.id)
    with pytest.raises(NotAllowed, match="seeking endorsement"):
        edit(ctx, draft, draft.summary.version, title="Saturday mornings")
    assert decisions.get_proposal(ctx, draft.summary.id).summary.title == "Saturday opening"


def test_one_click_actions_on_a_stale_version_keep_their_plain_refusal(ctx, other, draft):
    edit(other, draft, draft.summary.version, title="Saturday mornings")
    with pytest.raises(NotAllowed, match="changed this proposal meanwhile"):
        decisions.submit(ctx, draft.summary.id, expected_version=draft.summary.version)
    with pytest.raises(NotAllowed, match="changed this proposal meanwhile"):
        decisions.set_quorum(ctx, draft.summary.id, 60, expected_version=draft.summary.version)
    saved = decisions.get_proposal(ctx, draft.summary.id).summary
    assert (saved.status, saved.quorum_percent) == (ProposalStatus.DRAFT, 75)
