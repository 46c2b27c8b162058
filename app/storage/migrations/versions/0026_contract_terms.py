"""contract terms: each member's contract from the Monday it applies, so that a change of contract leaves the
weeks before it as they were

Each member gets one term with their current contract, from the Monday of the earliest day their balance
uses (their start date, opening balance or first entry; else the day their record was created).

Revision ID: 0026
Revises: 0025
"""

from datetime import date, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract_term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("contract_minutes", sa.Integer(), nullable=False),
        sa.Column("self_management_minutes", sa.Integer(), nullable=False),
        sa.Column("working_days", sa.String(length=7), nullable=False),
        sa.CheckConstraint("contract_minutes BETWEEN 0 AND 2880", name=op.f("ck_contract_term_contract_range")),
        sa.CheckConstraint("self_management_minutes >= 0 AND self_management_minutes <= contract_minutes",
                           name=op.f("ck_contract_term_self_management_range")),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_contract_term_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_term")),
        sa.UniqueConstraint("member_id", "effective_from",
                            name=op.f("uq_contract_term_member_id_effective_from")),
    )
    with op.batch_alter_table("contract_term", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_term_member_id"), ["member_id"], unique=False)
    _give_each_member_their_contract()


def _give_each_member_their_contract() -> None:
    connection = op.get_bind()
    member = sa.table("member", sa.column("id", sa.Integer), sa.column("contract_minutes", sa.Integer),
                      sa.column("self_management_minutes", sa.Integer), sa.column("working_days", sa.String),
                      sa.column("start_date", sa.Date), sa.column("created_at", sa.DateTime))
    opening = sa.table("opening_balance", sa.column("member_id", sa.Integer), sa.column("week_start", sa.Date))
    entry = sa.table("time_entry", sa.column("member_id", sa.Integer), sa.column("day", sa.Date))
    openings = dict(connection.execute(sa.select(opening.c.member_id, opening.c.week_start)).all())
    first_entries = dict(connection.execute(
        sa.select(entry.c.member_id, sa.func.min(entry.c.day)).group_by(entry.c.member_id)).all())
    terms = []
    for row in connection.execute(sa.select(member)).all():
        known = [_day(day) for day in (row.start_date, openings.get(row.id), first_entries.get(row.id))]
        first = min((day for day in known if day is not None), default=None) or _day(row.created_at)
        assert first is not None, "a member's record has its creation moment"
        terms.append({"member_id": row.id, "effective_from": first - timedelta(days=first.weekday()),
                      "contract_minutes": row.contract_minutes,
                      "self_management_minutes": row.self_management_minutes, "working_days": row.working_days})
    if terms:
        connection.execute(_TERM.insert(), terms)


_TERM = sa.table("contract_term", sa.column("member_id", sa.Integer), sa.column("effective_from", sa.Date),
                 sa.column("contract_minutes", sa.Integer), sa.column("self_management_minutes", sa.Integer),
                 sa.column("working_days", sa.String))


def _day(value) -> date | None:
    """A day from what the driver gives back for a date or a moment (SQLite may give text)."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    with op.batch_alter_table("contract_term", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_term_member_id"))
    op.drop_table("contract_term")
