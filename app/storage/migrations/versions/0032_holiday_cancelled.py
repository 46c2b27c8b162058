"""holiday cancelled: a shift records that a public holiday cancelled it, so that it comes back when its day is no
longer one without reading the audit log (which only records, and may be pruned or anonymised some day)

The shifts already cancelled get it when the audit log says so, the best known: a shift still cancelled, by no
closure, whose latest audit entry is its cancellation for a public holiday ("cancel_holiday", as the rota read it
until this revision). The database refuses the mark on a planned shift or on one a closure cancelled.

Revision ID: 0032
Revises: 0031
"""

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

HOLIDAY_CANCELLED = "NOT cancelled_for_holiday OR (status = 'cancelled' AND closure_id IS NULL)"  # as the model's
_SHIFT = sa.table("shift", sa.column("id", sa.Integer), sa.column("status", sa.String),
                  sa.column("closure_id", sa.Integer), sa.column("cancelled_for_holiday", sa.Boolean))
_AUDIT = sa.table("audit_entry", sa.column("id", sa.Integer), sa.column("action", sa.String),
                  sa.column("entity", sa.String), sa.column("entity_id", sa.Integer))


def upgrade() -> None:
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancelled_for_holiday", sa.Boolean(), server_default=sa.false(),
                                      nullable=False))
    latest = (sa.select(_AUDIT.c.action).where(_AUDIT.c.entity == "shift", _AUDIT.c.entity_id == _SHIFT.c.id)
              .order_by(_AUDIT.c.id.desc()).limit(1).scalar_subquery())
    op.execute(_SHIFT.update().where(_SHIFT.c.status == "cancelled", _SHIFT.c.closure_id.is_(None),
                                     latest == "cancel_holiday").values(cancelled_for_holiday=True))
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_shift_holiday_cancelled"), HOLIDAY_CANCELLED)


def downgrade() -> None:
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_shift_holiday_cancelled"), type_="check")
        batch_op.drop_column("cancelled_for_holiday")
