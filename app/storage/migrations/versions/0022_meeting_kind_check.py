"""meeting kind check: the database knows the kinds of meeting, as it knows every other status and kind

The kind decides who is in the quorum and where the time is credited (partnerships for partner meetings),
so an unknown kind written by a faulty import or a newer workstation is refused by the database too.

Revision ID: 0022
Revises: 0021
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

KINDS = "('team', 'general_assembly', 'commission', 'care_review', 'partner', 'steering_committee', 'relays')"


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_meeting_kind_known"), f"kind IN {KINDS}")


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_kind_known"), type_="check")
