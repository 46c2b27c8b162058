"""week balances: a cache of each member's running balance at the end of the weeks that are over

Empty at first: balances are folded once from each member's start, then from the last week kept.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "week_balance",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("profession_minutes", sa.Integer(), nullable=False),
        sa.Column("self_management_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_week_balance_member_id_member")),
        sa.PrimaryKeyConstraint("member_id", "week_start", name=op.f("pk_week_balance")),
    )
    stamp = op.create_table(
        "balance_stamp",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_balance_stamp")),
    )
    op.bulk_insert(stamp, [{"id": 1, "generation": 0}])


def downgrade() -> None:
    op.drop_table("balance_stamp")
    op.drop_table("week_balance")
