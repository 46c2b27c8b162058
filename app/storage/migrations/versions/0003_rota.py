"""rota tables (filled in by the rota work; a no-op until then)

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
import sqlmodel

import app.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
