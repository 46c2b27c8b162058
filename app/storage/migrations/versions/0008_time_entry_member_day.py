"""time entries indexed by member and day: a member's week, first entry and balance without a scan

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_time_entry_member_day", "time_entry", ["member_id", "day"])


def downgrade() -> None:
    op.drop_index("ix_time_entry_member_day", table_name="time_entry")
