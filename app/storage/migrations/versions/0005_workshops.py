"""workshops tables (filled in by the workshops work; a no-op until then)

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
