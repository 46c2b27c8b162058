"""seats given back: the shifts an absence took its member off, and the closure that cancelled a shift, so that
cancelling the absence or removing the closure gives them back

Empty for the absences recorded before this revision: which seats they freed was not kept. A shift cancelled on the
day of a closure in force is taken as cancelled by it when the audit log says so (its latest cancellation follows
the closure's latest addition), so that a shift cancelled by hand before stays cancelled.

Revision ID: 0027
Revises: 0026
"""

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "absence_seat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("absence_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["absence_id"], ["absence.id"], name=op.f("fk_absence_seat_absence_id_absence")),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name=op.f("fk_absence_seat_shift_id_shift")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absence_seat")),
        sa.UniqueConstraint("absence_id", "shift_id", name="uq_absence_seat_absence_shift"),
    )
    with op.batch_alter_table("absence_seat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_absence_seat_absence_id"), ["absence_id"], unique=False)
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closure_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_shift_closure_id_closure"), "closure", ["closure_id"], ["id"])
    _link_the_shifts_closures_cancelled()


_SHIFT = sa.table("shift", sa.column("id", sa.Integer), sa.column("day", sa.Date), sa.column("status", sa.String),
                  sa.column("closure_id", sa.Integer))
_CLOSURE = sa.table("closure", sa.column("id", sa.Integer), sa.column("day", sa.Date),
                    sa.column("cancelled", sa.Boolean))
_AUDIT = sa.table("audit_entry", sa.column("id", sa.Integer), sa.column("action", sa.String),
                  sa.column("entity", sa.String), sa.column("entity_id", sa.Integer))


def _latest(action: str, entity: str) -> sa.ScalarSelect:
    """The id of the latest audit entry of ``action`` on the row of ``entity`` (correlated)."""
    table = {"shift": _SHIFT, "closure": _CLOSURE}[entity]
    return (sa.select(sa.func.max(_AUDIT.c.id))
            .where(_AUDIT.c.action == action, _AUDIT.c.entity == entity, _AUDIT.c.entity_id == table.c.id)
            .scalar_subquery())


def _link_the_shifts_closures_cancelled() -> None:
    connection = op.get_bind()
    found = connection.execute(
        sa.select(_SHIFT.c.id, _CLOSURE.c.id, _latest("cancel", "shift"), _latest("add", "closure"))
        .join(_CLOSURE, _CLOSURE.c.day == _SHIFT.c.day)
        .where(_SHIFT.c.status == "cancelled", _CLOSURE.c.cancelled == sa.false())).all()
    for shift_id, closure_id, cancelled, closed in found:
        if cancelled is not None and closed is not None and cancelled > closed:
            connection.execute(_SHIFT.update().where(_SHIFT.c.id == shift_id).values(closure_id=closure_id))


def downgrade() -> None:
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_shift_closure_id_closure"), type_="foreignkey")
        batch_op.drop_column("closure_id")
    with op.batch_alter_table("absence_seat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_absence_seat_absence_id"))
    op.drop_table("absence_seat")
