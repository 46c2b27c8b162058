"""members have a phone and an e-mail address (the team's spreadsheet has them; imported with it)

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("phone", sa.String(length=32), nullable=False, server_default=""))
        batch.add_column(sa.Column("email", sa.String(length=120), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("member") as batch:
        batch.drop_column("email")
        batch.drop_column("phone")
