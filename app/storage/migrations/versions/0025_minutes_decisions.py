"""minutes decisions: the decisions as approved minutes tell them, kept at the approval

Until now the minutes read each proposal as it stands, so approved minutes changed when the proposal was later
closed at another meeting, amended or reopened. From now on the approval keeps them in ``minutes_decision``
(one row per proposal on the agenda, in its order) and ``minutes_block`` (who blocked, and why).

For minutes approved before this step, what they said at their approval is no longer known: the best known is
kept, the proposals as they stand now, read as the minutes read them (the live count of an open proposal is
that of the active members, as the decisions page counts it).

Revision ID: 0025
Revises: 0024
"""

from collections import Counter

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

MEETING = sa.table("meeting", sa.column("id", sa.Integer), sa.column("status", sa.String))
ITEM = sa.table("agenda_item", sa.column("meeting_id", sa.Integer), sa.column("proposal_id", sa.Integer),
                sa.column("position", sa.Integer), sa.column("id", sa.Integer), sa.column("removed", sa.Boolean))
PROPOSAL = sa.table(
    "proposal", sa.column("id", sa.Integer), sa.column("title", sa.String), sa.column("status", sa.String),
    sa.column("outcome", sa.String), sa.column("outcome_statement", sa.Text), sa.column("closed_at", sa.String),
    sa.column("current_version", sa.Integer), sa.column("count_agree", sa.Integer),
    sa.column("count_stand_aside", sa.Integer), sa.column("count_abstain", sa.Integer),
    sa.column("count_block", sa.Integer),
)
VERSION = sa.table("proposal_version", sa.column("proposal_id", sa.Integer), sa.column("number", sa.Integer),
                   sa.column("text", sa.Text))
POSITION = sa.table("position", sa.column("proposal_id", sa.Integer), sa.column("version", sa.Integer),
                    sa.column("member_id", sa.Integer), sa.column("stance", sa.String), sa.column("reason", sa.Text),
                    sa.column("id", sa.Integer))
MEMBER = sa.table("member", sa.column("id", sa.Integer), sa.column("name", sa.String),
                  sa.column("active", sa.Boolean))


def upgrade() -> None:
    decision = op.create_table(
        "minutes_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("statement", sa.Text(), server_default="", nullable=False),
        sa.Column("count_agree", sa.Integer(), nullable=False),
        sa.Column("count_stand_aside", sa.Integer(), nullable=False),
        sa.Column("count_abstain", sa.Integer(), nullable=False),
        sa.Column("count_block", sa.Integer(), nullable=False),
        sa.CheckConstraint("status <> 'adopted' OR count_block = 0",
                           name=op.f("ck_minutes_decision_adopted_without_block")),
        sa.CheckConstraint(
            "count_agree >= 0 AND count_stand_aside >= 0 AND count_abstain >= 0 AND count_block >= 0",
            name=op.f("ck_minutes_decision_counts_positive"),
        ),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_decision_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"],
                                name=op.f("fk_minutes_decision_proposal_id_proposal")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_decision")),
        sa.UniqueConstraint("meeting_id", "position", name=op.f("uq_minutes_decision_meeting_id_position")),
        sa.UniqueConstraint("meeting_id", "proposal_id", name=op.f("uq_minutes_decision_meeting_id_proposal_id")),
    )
    with op.batch_alter_table("minutes_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_decision_meeting_id"), ["meeting_id"], unique=False)
    block = op.create_table(
        "minutes_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["decision_id"], ["minutes_decision.id"],
                                name=op.f("fk_minutes_block_decision_id_minutes_decision")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_block")),
    )
    with op.batch_alter_table("minutes_block", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_block_decision_id"), ["decision_id"], unique=False)
    _freeze_approved_minutes(decision, block)


def _freeze_approved_minutes(decision: sa.Table, block: sa.Table) -> None:
    """Each approved meeting's decisions, as its minutes read them today."""
    bind = op.get_bind()
    names, active = {}, set()
    for member_id, name, is_active in bind.execute(sa.select(MEMBER.c.id, MEMBER.c.name, MEMBER.c.active)):
        names[member_id] = name
        if is_active:
            active.add(member_id)
    on_agendas = bind.execute(
        sa.select(ITEM.c.meeting_id, ITEM.c.proposal_id)
        .join(MEETING, MEETING.c.id == ITEM.c.meeting_id)
        .where(MEETING.c.status == "approved", ITEM.c.proposal_id.is_not(None), sa.not_(ITEM.c.removed))
        .order_by(ITEM.c.meeting_id, ITEM.c.position, ITEM.c.id)
    ).all()
    positions: Counter = Counter()
    for meeting_id, proposal_id in dict.fromkeys(on_agendas):  # a proposal twice on an agenda is told once
        positions[meeting_id] += 1
        row, blocks = _told(bind, proposal_id, names, active)
        row.update(meeting_id=meeting_id, position=positions[meeting_id], proposal_id=proposal_id)
        decision_id = bind.execute(decision.insert().values(**row)).inserted_primary_key[0]
        if blocks:
            bind.execute(block.insert(), [{"decision_id": decision_id, "name": name, "reason": reason}
                                          for name, reason in blocks])


def _told(bind, proposal_id: int, names: dict, active: set) -> tuple[dict, list[tuple[str, str]]]:
    """The proposal as the minutes tell it: its current text, its count (kept at the close, else live among
    the active members), its standing blocks."""
    proposal = bind.execute(sa.select(PROPOSAL).where(PROPOSAL.c.id == proposal_id)).one()
    version = proposal.current_version
    text = bind.execute(sa.select(VERSION.c.text).where(VERSION.c.proposal_id == proposal_id,
                                                        VERSION.c.number == version)).scalar() or ""
    stances = bind.execute(
        sa.select(POSITION.c.member_id, POSITION.c.stance, POSITION.c.reason)
        .where(POSITION.c.proposal_id == proposal_id, POSITION.c.version == version)
        .order_by(POSITION.c.id)
    ).all()
    blocks = [(names.get(member_id, "?"), reason) for member_id, stance, reason in stances if stance == "block"]
    if proposal.closed_at is None:
        counted = Counter(stance for member_id, stance, _ in stances if member_id in active)
        counts = (counted["agree"], counted["stand_aside"], counted["abstain"], len(blocks))
    else:
        counts = (proposal.count_agree, proposal.count_stand_aside, proposal.count_abstain, proposal.count_block)
    row = {"title": proposal.title, "text": text, "status": proposal.status, "outcome": proposal.outcome,
           "statement": proposal.outcome_statement}
    row.update(zip(("count_agree", "count_stand_aside", "count_abstain", "count_block"), counts))
    return row, blocks


def downgrade() -> None:
    with op.batch_alter_table("minutes_block", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_block_decision_id"))
    op.drop_table("minutes_block")
    with op.batch_alter_table("minutes_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minutes_decision_meeting_id"))
    op.drop_table("minutes_decision")
