"""the different people of a year are kept as counts when workshop participants are erased

Registrations erased before this step each count as one person, as the yearly summary counted them until
now: a summary printed before the step gives the same numbers after it.

Revision ID: 0014
Revises: 0013
"""

from collections import Counter

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SESSION = sa.table("workshop_session", sa.column("id", sa.Integer), sa.column("workshop_id", sa.Integer),
                   sa.column("day", sa.Date), sa.column("status", sa.String))
WORKSHOP = sa.table("workshop", sa.column("id", sa.Integer), sa.column("theme_id", sa.Integer))
REGISTRATION = sa.table("registration", sa.column("session_id", sa.Integer),
                        sa.column("attended", sa.Boolean), sa.column("erased", sa.Boolean))


def upgrade() -> None:
    tally = op.create_table(
        "participant_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.CheckConstraint("scope IN ('workshop', 'theme')", name=op.f("ck_participant_tally_scope_known")),
        sa.CheckConstraint("people >= 0", name=op.f("ck_participant_tally_people_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_tally")),
        sa.UniqueConstraint("year", "scope", "ref_id", name=op.f("uq_participant_tally_year_scope_ref_id")),
    )
    erased = sa.select(SESSION.c.day, SESSION.c.workshop_id, WORKSHOP.c.theme_id).select_from(
        REGISTRATION.join(SESSION, SESSION.c.id == REGISTRATION.c.session_id)
        .join(WORKSHOP, WORKSHOP.c.id == SESSION.c.workshop_id)
    ).where(SESSION.c.status == "held", REGISTRATION.c.attended.is_(True), REGISTRATION.c.erased.is_(True))
    counts: Counter = Counter()
    for day, workshop_id, theme_id in op.get_bind().execute(erased):
        counts[(day.year, "workshop", workshop_id)] += 1
        counts[(day.year, "theme", theme_id or 0)] += 1
    if counts:
        op.bulk_insert(tally, [{"year": year, "scope": scope, "ref_id": ref_id, "people": people}
                               for (year, scope, ref_id), people in counts.items()])


def downgrade() -> None:
    op.drop_table("participant_tally")
