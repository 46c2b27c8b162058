"""partner tallies: the different people of a partner (those who came to the sessions done with it, each once a
year) are kept as a count when participants are erased, as those of a workshop and a theme are

Before this step a partner's line added up the people of each of its workshops over the whole year, sessions done
with another partner included. The people already erased can no longer be told apart: each partner's tally starts
from what its line printed for them, the tallies of the workshops it had a session held with that year.

Revision ID: 0031
Revises: 0030
"""

from collections import Counter

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None

TALLY = sa.table("participant_tally", sa.column("year", sa.Integer), sa.column("scope", sa.String),
                 sa.column("ref_id", sa.Integer), sa.column("people", sa.Integer))
SESSION = sa.table("workshop_session", sa.column("id", sa.Integer), sa.column("workshop_id", sa.Integer),
                   sa.column("day", sa.Date), sa.column("status", sa.String))
SESSION_PARTNER = sa.table("session_partner", sa.column("session_id", sa.Integer), sa.column("partner_id", sa.Integer))
CHECK = "ck_participant_tally_scope_known"


def upgrade() -> None:
    with op.batch_alter_table("participant_tally", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint(op.f(CHECK), "scope IN ('workshop', 'theme', 'partner')")
    bind = op.get_bind()
    erased = {(year, ref_id): people for year, ref_id, people in bind.execute(
        sa.select(TALLY.c.year, TALLY.c.ref_id, TALLY.c.people).where(TALLY.c.scope == "workshop"))}
    if not erased:
        return
    done_with = set()  # (year, workshop, partner) of the sessions held
    for day, workshop_id, partner_id in bind.execute(
            sa.select(SESSION.c.day, SESSION.c.workshop_id, SESSION_PARTNER.c.partner_id)
            .select_from(SESSION_PARTNER.join(SESSION, SESSION.c.id == SESSION_PARTNER.c.session_id))
            .where(SESSION.c.status == "held")):
        done_with.add((day.year, workshop_id, partner_id))
    counts: Counter = Counter()
    for year, workshop_id, partner_id in done_with:
        counts[(year, partner_id)] += erased.get((year, workshop_id), 0)
    rows = [{"year": year, "scope": "partner", "ref_id": partner_id, "people": people}
            for (year, partner_id), people in sorted(counts.items()) if people]
    if rows:
        op.bulk_insert(TALLY, rows)


def downgrade() -> None:
    op.execute(TALLY.delete().where(TALLY.c.scope == "partner"))
    with op.batch_alter_table("participant_tally", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint(op.f(CHECK), "scope IN ('workshop', 'theme')")
