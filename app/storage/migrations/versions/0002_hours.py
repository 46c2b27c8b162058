"""hours tables (filled in by the hours work; a no-op until then)

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
