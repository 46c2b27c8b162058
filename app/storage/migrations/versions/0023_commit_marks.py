"""commit marks: on a SQLite file, each workstation's latest write, so that its own are not echoed to it

Empty at first: the first write of each workstation adds its row.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commit_mark",
        sa.Column("sender", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sender", name=op.f("pk_commit_mark")),
    )


def downgrade() -> None:
    op.drop_table("commit_mark")
