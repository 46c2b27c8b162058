"""reopen reason: why a decided proposal was reopened, kept with the outcome it set aside

The earlier outcomes kept before this revision get "": the reason was not asked then. The reason is free text
(marked so in the model): the audit log keeps only its digest and length, as of the other reasons, which 0011
already counts by the name ``reason``; no entry held this one before, so there is nothing to digest here.

Revision ID: 0029
Revises: 0028
"""

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("earlier_outcome", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("earlier_outcome", schema=None) as batch_op:
        batch_op.drop_column("reason")
