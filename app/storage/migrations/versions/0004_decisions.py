"""decisions tables (filled in by the decisions work; a no-op until then)

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
