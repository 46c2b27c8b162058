"""0029 keeps why a decision was reopened with the outcome it set aside: the earlier outcomes kept before get ""
(the reason was not asked then) and lose nothing else; the step goes back and up again."""

from dataclasses import replace
from datetime import timedelta

from alembic import command
from sqlalchemy import inspect, text

from app.domain.consensus import Outcome
from app.domain.members import MemberDraft
from app.services import decisions, members
from app.storage.engine import alembic_config, migrating, upgrade


def reasons(connection) -> list[str]:
    return list(connection.execute(text("SELECT reason FROM earlier_outcome ORDER BY id")).scalars())


def test_the_outcomes_reopened_before_keep_everything_and_get_no_reason(ctx):
    amina, bruno = (members.add_member(ctx, MemberDraft(name=name)).id for name in ("Amina", "Bruno"))
    ctx.actor_id = amina
    proposal_id = decisions.create_draft(ctx, title="Samedi", text="Ouvert le samedi.", quorum_percent=50,
                                         deadline=ctx.now() + timedelta(days=7)).summary.id
    decisions.submit(ctx, proposal_id)
    ctx.actor_id = bruno
    decisions.endorse(ctx, proposal_id)
    decisions.close(ctx, proposal_id, statement="Trop peu d’avis : à reprendre.")
    earlier, = decisions.reopen(ctx, proposal_id, ctx.now() + timedelta(days=7),
                                reason="Le bailleur ferme l'immeuble le samedi.").earlier_outcomes

    with migrating(ctx.engine) as connection:
        command.downgrade(alembic_config(connection), "0028")
        assert "reason" not in {column["name"] for column in inspect(connection).get_columns("earlier_outcome")}
    upgrade(ctx.engine)
    with ctx.engine.connect() as connection:
        assert reasons(connection) == [""]
    kept, = decisions.get_proposal(ctx, proposal_id).earlier_outcomes
    assert kept.outcome == Outcome.NO_QUORUM and kept.statement == "Trop peu d’avis : à reprendre."
    assert kept == replace(earlier, reason="")
