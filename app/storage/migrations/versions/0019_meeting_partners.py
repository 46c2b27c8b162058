"""meeting partners: the partner organisations present at a meeting

One row per (meeting, partner organisation), both foreign keys, the pair unique. The partners' contacts (people)
are not here: they belong to the directory of people who are not staff.

Revision ID: 0019
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_partner_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"], name=op.f("fk_meeting_partner_partner_id_partner")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_partner")),
        sa.UniqueConstraint("meeting_id", "partner_id", name=op.f("uq_meeting_partner_meeting_id_partner_id")),
    )
    with op.batch_alter_table("meeting_partner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_partner_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_partner_partner_id"), ["partner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_partner_partner_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_partner_meeting_id"))
    op.drop_table("meeting_partner")
