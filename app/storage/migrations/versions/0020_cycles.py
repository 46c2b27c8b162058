"""closed cycles: a workshop whose people enrol once for all its sessions, with attendance per session

Every workshop stays as it was (``is_cycle`` false): nothing to move.

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

def upgrade() -> None:
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.add_column(sa.Column("is_cycle", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "cycle_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", app.storage.types.UTCDateTime(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("dropped_on", sa.Date(), nullable=True),
        sa.Column("erased", sa.Boolean(), nullable=False),
        sa.CheckConstraint("status IN ('enrolled', 'waiting', 'dropped_out')",
                           name=op.f("ck_cycle_enrolment_status_known")),
        sa.CheckConstraint("status <> 'enrolled' OR (joined_on IS NOT NULL AND dropped_on IS NULL)",
                           name=op.f("ck_cycle_enrolment_enrolled_has_seat")),
        sa.CheckConstraint("status <> 'waiting' OR (joined_on IS NULL AND dropped_on IS NULL)",
                           name=op.f("ck_cycle_enrolment_waiting_has_no_seat")),
        sa.CheckConstraint("status <> 'dropped_out' OR dropped_on IS NOT NULL",
                           name=op.f("ck_cycle_enrolment_dropped_out_dated")),
        sa.CheckConstraint("joined_on IS NULL OR dropped_on IS NULL OR dropped_on >= joined_on",
                           name=op.f("ck_cycle_enrolment_drops_out_after_joining")),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], name=op.f("fk_cycle_enrolment_workshop_id_workshop")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_enrolment")),
        sa.UniqueConstraint("workshop_id", "seq", name=op.f("uq_cycle_enrolment_workshop_id_seq")),
        sa.UniqueConstraint("workshop_id", "name_key", "phone",
                            name=op.f("uq_cycle_enrolment_workshop_id_name_key_phone")),
    )
    op.create_index(op.f("ix_cycle_enrolment_workshop_id"), "cycle_enrolment", ["workshop_id"])
    op.create_table(
        "cycle_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("cycle_enrolment_id", sa.Integer(), nullable=False),
        sa.Column("presence", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.CheckConstraint("presence IN ('present', 'absent', 'excused')",
                           name=op.f("ck_cycle_attendance_presence_known")),
        sa.ForeignKeyConstraint(["cycle_enrolment_id"], ["cycle_enrolment.id"],
                                name=op.f("fk_cycle_attendance_cycle_enrolment_id_cycle_enrolment")),
        sa.ForeignKeyConstraint(["session_id"], ["workshop_session.id"],
                                name=op.f("fk_cycle_attendance_session_id_workshop_session")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_attendance")),
        sa.UniqueConstraint("session_id", "cycle_enrolment_id",
                            name=op.f("uq_cycle_attendance_session_id_cycle_enrolment_id")),
    )
    op.create_index(op.f("ix_cycle_attendance_cycle_enrolment_id"), "cycle_attendance", ["cycle_enrolment_id"])
    op.create_index(op.f("ix_cycle_attendance_session_id"), "cycle_attendance", ["session_id"])


def downgrade() -> None:
    op.drop_table("cycle_attendance")
    op.drop_table("cycle_enrolment")
    with op.batch_alter_table("workshop") as batch_op:
        batch_op.drop_column("is_cycle")
