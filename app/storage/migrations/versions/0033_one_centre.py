"""one centre: a database holds one centre, by constraint (its id is 1)

Two workstations creating the centre of a new database at the same moment each found none on PostgreSQL, and
each inserted one; every later save of the centre's details then failed on the second. A centre that is not
the first is removed here (its details stay in the audit log, which recorded its creation): the readers took
the first one already. The one kept gets the id 1.

Revision ID: 0033
Revises: 0032
"""

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None

CENTRE = sa.table("centre", sa.column("id", sa.Integer))
CHECK = "ck_centre_one_centre"


def upgrade() -> None:
    bind = op.get_bind()
    first = bind.execute(sa.select(sa.func.min(CENTRE.c.id))).scalar()
    if first is not None:
        op.execute(CENTRE.delete().where(CENTRE.c.id != first))
        op.execute(CENTRE.update().values(id=1))
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f(CHECK), "id = 1")


def downgrade() -> None:
    with op.batch_alter_table("centre", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
