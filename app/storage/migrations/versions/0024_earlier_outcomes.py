"""earlier outcomes: what a closed proposal's outcome was when it was reopened (its statement was blanked)

Empty at first: the outcomes of proposals reopened before this revision were not kept.

Revision ID: 0024
Revises: 0023
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "earlier_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("statement", sa.Text(), server_default="", nullable=False),
        sa.Column("closed_at", app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("count_agree", sa.Integer(), nullable=False),
        sa.Column("count_stand_aside", sa.Integer(), nullable=False),
        sa.Column("count_abstain", sa.Integer(), nullable=False),
        sa.Column("count_block", sa.Integer(), nullable=False),
        sa.Column("reopened_at", app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("reopened_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], name=op.f("fk_earlier_outcome_proposal_id_proposal")),
        sa.ForeignKeyConstraint(["reopened_by_id"], ["member.id"], name=op.f("fk_earlier_outcome_reopened_by_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_earlier_outcome")),
    )
    with op.batch_alter_table("earlier_outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_earlier_outcome_proposal_id"), ["proposal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("earlier_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_earlier_outcome_proposal_id"))
    op.drop_table("earlier_outcome")
