"""roles as counted: each meeting guest and each session co-facilitator records the person's role they are counted
in among the people involved, so that a role changed later leaves the reports printed as they were

Every row gets the person's role of today: for the meetings and sessions still planned that is the rule; for
those held or cancelled, today's role is the best knowledge there is (the role had no history).

Revision ID: 0030
Revises: 0029
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

ROLES = "('inhabitant', 'relay', 'partner_contact')"
LINKS = ("meeting_guest", "session_co_facilitator")
PERSON = sa.table("person", sa.column("id", sa.Integer), sa.column("role", sa.String))
ROLE_TYPE = sqlmodel.sql.sqltypes.AutoString(length=16)


def upgrade() -> None:
    for name in LINKS:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(sa.Column("role", ROLE_TYPE, nullable=True))
        link = sa.table(name, sa.column("person_id", sa.Integer), sa.column("role", sa.String))
        op.execute(link.update().values(role=sa.select(PERSON.c.role).where(
            PERSON.c.id == link.c.person_id).scalar_subquery()))
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.alter_column("role", existing_type=ROLE_TYPE, nullable=False)
            batch_op.create_check_constraint(op.f(f"ck_{name}_role_known"), f"role IN {ROLES}")


def downgrade() -> None:
    for name in LINKS:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{name}_role_known"), type_="check")
            batch_op.drop_column("role")
