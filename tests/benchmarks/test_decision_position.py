"""Taking a position on a proposal debated at length costs what it costs on the first day (issue 18: the cost
of a click does not grow with the centre's history).

Twenty members take positions in turn, each replacing their last one, as the twenty workstations of the
load benchmark do: on a proposal just opened, then on one whose positions have already been replaced
DEBATED times. The position returns the proposal's detail, whose changed positions and steps grow with the
debate: it carries the latest ones only (``queries.RECENT_CHANGES``), the whole history on demand. Asserted
on the processor time of the service call (SQLite runs in the process): the long debate within FACTOR of
the new one. Before the detail was cut short, it took 2.2 times as long after 500 changes.
"""

import statistics
import time
from datetime import timedelta

import pytest

from app.domain.consensus import ProposalStatus, Stance
from app.domain.members import MemberDraft
from app.services import centre, decisions, members
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import TEST_NOW

MEMBERS = 20
DEBATED = 600  # positions replaced before the long debate is timed
TIMED = 100  # positions timed on each proposal
FACTOR = 1.2
STANCES = (Stance.AGREE, Stance.STAND_ASIDE, Stance.ABSTAIN)


@pytest.fixture
def ctx(tmp_path):
    context = Context(open_database(f"sqlite:///{tmp_path / 'centre.sqlite3'}"), clock=lambda: TEST_NOW,
                      system="tests")
    centre.create_centre(context, centre.CentreDraft(name="Centre de test"))
    yield context
    context.engine.dispose()


def open_proposal(ctx: Context, team: list[int], title: str) -> int:
    ctx.actor_id = team[0]
    draft = decisions.create_draft(ctx, title=title, text="Open on Saturday mornings.",
                                   deadline=TEST_NOW + timedelta(days=14))
    decisions.submit(ctx, draft.summary.id)
    for member_id in team[1:]:
        ctx.actor_id = member_id
        if decisions.endorse(ctx, draft.summary.id).summary.status == ProposalStatus.OPEN:
            return draft.summary.id
    raise AssertionError("the proposal never opened")


def positions(ctx: Context, team: list[int], proposal_id: int, count: int) -> list[float]:
    """Processor seconds of each of ``count`` positions taken in turn by the team."""
    spent = []
    for turn in range(count):
        ctx.actor_id = team[turn % len(team)]
        started = time.process_time()
        decisions.take_position(ctx, proposal_id, STANCES[turn // len(team) % len(STANCES)])
        spent.append(time.process_time() - started)
    return spent


def test_a_position_costs_the_same_after_a_long_debate(benchmark, ctx):
    team = [members.add_member(ctx, MemberDraft(name=f"Member {number:02d}")).id for number in range(MEMBERS)]
    new, debated = open_proposal(ctx, team, "New"), open_proposal(ctx, team, "Debated")
    debate = DEBATED if benchmark.enabled else 2 * MEMBERS
    positions(ctx, team, debated, debate)
    positions(ctx, team, new, MEMBERS)  # everyone has a position to replace, as on the debated one
    spent: dict[str, list[float]] = {"new": [], "debated": []}

    def both():  # in turns of one round of the team, so that the machine's load weighs on both alike
        for _ in range(TIMED // MEMBERS):
            spent["new"] += positions(ctx, team, new, MEMBERS)
            spent["debated"] += positions(ctx, team, debated, MEMBERS)

    benchmark.pedantic(both, rounds=1, iterations=1)
    medians = {name: statistics.median(seconds) for name, seconds in spent.items()}
    figures = {"changes_before": debate, "new_ms": round(medians["new"] * 1000, 2),
               "debated_ms": round(medians["debated"] * 1000, 2)}
    benchmark.extra_info.update(figures)
    print(figures)
    shown = decisions.get_proposal(ctx, debated)
    assert shown.earlier_history and len(shown.history) == decisions.RECENT_CHANGES
    if benchmark.enabled:
        assert medians["debated"] <= FACTOR * medians["new"], figures
