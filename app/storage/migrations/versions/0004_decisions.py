"""decisions tables: proposals, versions, endorsements, positions and their history, comments

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('proposal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('rule', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('quorum_percent', sa.Integer(), nullable=True),
    sa.Column('deadline', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('closed_at', app.storage.types.UTCDateTime(), nullable=True),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
    sa.Column('outcome_statement', sa.Text(), server_default='', nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('status_note', sa.Text(), server_default='', nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('count_agree', sa.Integer(), nullable=False),
    sa.Column('count_stand_aside', sa.Integer(), nullable=False),
    sa.Column('count_abstain', sa.Integer(), nullable=False),
    sa.Column('count_block', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("rule IN ('consensus', 'consent')", name=op.f('ck_proposal_rule_known')),
    sa.CheckConstraint("status <> 'adopted' OR count_block = 0", name=op.f('ck_proposal_adopted_without_block')),
    sa.CheckConstraint("status IN ('draft', 'seeking_endorsement', 'open', 'adopted', 'not_adopted', 'withdrawn')", name=op.f('ck_proposal_status_known')),
    sa.CheckConstraint('current_version >= 1', name=op.f('ck_proposal_current_version_positive')),
    sa.CheckConstraint('quorum_percent IS NULL OR quorum_percent BETWEEN 0 AND 100', name=op.f('ck_proposal_quorum_range')),
    sa.ForeignKeyConstraint(['author_id'], ['member.id'], name=op.f('fk_proposal_author_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal'))
    )
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proposal_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_closed_at'), ['closed_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_review_date'), ['review_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_proposal_status'), ['status'], unique=False)

    op.create_table('comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_comment_member_id_member')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_comment_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment'))
    )
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comment_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('endorsement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('at', app.storage.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_endorsement_member_id_member')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_endorsement_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_endorsement')),
    sa.UniqueConstraint('proposal_id', 'member_id', name=op.f('uq_endorsement_proposal_id_member_id'))
    )
    op.create_table('position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('stance', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.Column('given_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('is_current', sa.Boolean(), nullable=False),
    sa.CheckConstraint("stance <> 'block' OR length(reason) >= 10", name=op.f('ck_position_block_has_reason')),
    sa.CheckConstraint("stance IN ('agree', 'stand_aside', 'abstain', 'block')", name=op.f('ck_position_stance_known')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_position_member_id_member')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_position_proposal_id_proposal')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['member.id'], name=op.f('fk_position_recorded_by_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position')),
    sa.UniqueConstraint('proposal_id', 'version', 'member_id', name=op.f('uq_position_proposal_id_version_member_id'))
    )
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_member_id'), ['member_id'], unique=False)

    op.create_table('position_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('stance', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('reason', sa.Text(), server_default='', nullable=False),
    sa.Column('given_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('replaced_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint("stance IN ('agree', 'stand_aside', 'abstain', 'block')", name=op.f('ck_position_history_stance_known')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_position_history_member_id_member')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_position_history_proposal_id_proposal')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['member.id'], name=op.f('fk_position_history_recorded_by_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_position_history'))
    )
    with op.batch_alter_table('position_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_position_history_proposal_id'), ['proposal_id'], unique=False)

    op.create_table('proposal_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('change_note', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_proposal_version_number_positive')),
    sa.ForeignKeyConstraint(['proposal_id'], ['proposal.id'], name=op.f('fk_proposal_version_proposal_id_proposal')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proposal_version')),
    sa.UniqueConstraint('proposal_id', 'number', name=op.f('uq_proposal_version_proposal_id_number'))
    )


def downgrade() -> None:
    op.drop_table('proposal_version')
    with op.batch_alter_table('position_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_history_proposal_id'))

    op.drop_table('position_history')
    with op.batch_alter_table('position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_position_member_id'))

    op.drop_table('position')
    op.drop_table('endorsement')
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_proposal_id'))

    op.drop_table('comment')
    with op.batch_alter_table('proposal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proposal_status'))
        batch_op.drop_index(batch_op.f('ix_proposal_review_date'))
        batch_op.drop_index(batch_op.f('ix_proposal_deadline'))
        batch_op.drop_index(batch_op.f('ix_proposal_closed_at'))
        batch_op.drop_index(batch_op.f('ix_proposal_category'))

    op.drop_table('proposal')
