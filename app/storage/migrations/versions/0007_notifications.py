"""notifications tables (filled in by the notifications work; a no-op until then)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
