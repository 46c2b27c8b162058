"""meetings tables (filled in by the meetings work; a no-op until then)

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
