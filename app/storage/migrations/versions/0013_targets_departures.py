"""departures: the times members were away from the team, so that nothing is owed while they were

A member deactivated before this revision gets a departure whose last day is the day of their latest
deactivation in the audit log (UTC day), or the day their record was created; never before their arrival.

Revision ID: 0013
Revises: 0012
"""

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "departure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("back_on", sa.Date(), nullable=True),
        sa.CheckConstraint("back_on IS NULL OR back_on > last_day",
                           name=op.f("ck_departure_back_after_leaving")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_departure_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departure")),
    )
    with op.batch_alter_table("departure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_departure_member_id"), ["member_id"], unique=False)
    _date_the_departures_of_those_who_left()


def _date_the_departures_of_those_who_left() -> None:
    connection = op.get_bind()
    member = sa.table("member", sa.column("id", sa.Integer), sa.column("active", sa.Boolean),
                      sa.column("start_date", sa.Date), sa.column("created_at", sa.DateTime))
    audit = sa.table("audit_entry", sa.column("entity", sa.String), sa.column("entity_id", sa.Integer),
                     sa.column("action", sa.String), sa.column("at", sa.DateTime))
    departure = sa.table("departure", sa.column("member_id", sa.Integer), sa.column("last_day", sa.Date))
    deactivated = dict(connection.execute(
        sa.select(audit.c.entity_id, sa.func.max(audit.c.at))
        .where(audit.c.entity == "member", audit.c.action == "deactivate").group_by(audit.c.entity_id)
    ).all())
    rows = []
    for member_id, start_date, created_at in connection.execute(
        sa.select(member.c.id, member.c.start_date, member.c.created_at).where(member.c.active == sa.false())
    ):
        last_day = _day(deactivated.get(member_id) or created_at)
        rows.append({"member_id": member_id, "last_day": max(last_day, _day(start_date) or last_day)})
    if rows:
        connection.execute(departure.insert(), rows)


def _day(value) -> date | None:
    """A day from what the driver gives back for a date or a moment (SQLite may give text)."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    with op.batch_alter_table("departure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_departure_member_id"))
    op.drop_table("departure")
