"""rota tables: shift templates, closures, shifts, claims, swap offers, rota batches, members' rota settings

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('closure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closure')),
    sa.UniqueConstraint('day', name=op.f('uq_closure_day'))
    )
    op.create_table('shift_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_shift_template_times_order')),
    sa.CheckConstraint('seats >= 1', name=op.f('ck_shift_template_seats_positive')),
    sa.CheckConstraint('valid_until IS NULL OR valid_until >= valid_from', name=op.f('ck_shift_template_validity_order')),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_shift_template_weekday_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_template'))
    )
    op.create_table('member_rota',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('exempt', sa.Boolean(), nullable=False),
    sa.Column('preferences', sa.Text(), server_default='', nullable=False),
    sa.Column('unavailability', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_rota_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_rota')),
    sa.UniqueConstraint('member_id', name=op.f('uq_member_rota_member_id'))
    )
    op.create_table('rota_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('applied_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('by_member_id', sa.Integer(), nullable=True),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('undone_at', app.storage.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['by_member_id'], ['member.id'], name=op.f('fk_rota_batch_by_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rota_batch'))
    )
    op.create_table('shift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'cancelled')", name=op.f('ck_shift_status_known')),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_shift_times_order')),
    sa.CheckConstraint('seats >= 1', name=op.f('ck_shift_seats_positive')),
    sa.ForeignKeyConstraint(['template_id'], ['shift_template.id'], name=op.f('fk_shift_template_id_shift_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift')),
    sa.UniqueConstraint('day', 'start_time', 'template_id', name='uq_shift_day_start_template')
    )
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_day'), ['day'], unique=False)

    op.create_table('shift_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('claimed_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('no_show', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['rota_batch.id'], name=op.f('fk_shift_claim_batch_id_rota_batch')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_shift_claim_member_id_member')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_shift_claim_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_claim')),
    sa.UniqueConstraint('shift_id', 'member_id', name='uq_shift_claim_shift_member')
    )
    with op.batch_alter_table('shift_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_claim_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_claim_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_claim_shift_id'), ['shift_id'], unique=False)

    op.create_table('swap_offer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=False),
    sa.Column('from_member_id', sa.Integer(), nullable=False),
    sa.Column('to_member_id', sa.Integer(), nullable=True),
    sa.Column('wanted_shift_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('answered_at', app.storage.types.UTCDateTime(), nullable=True),
    sa.Column('answered_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('offered', 'accepted', 'declined', 'cancelled')", name=op.f('ck_swap_offer_status_known')),
    sa.ForeignKeyConstraint(['answered_by'], ['member.id'], name=op.f('fk_swap_offer_answered_by_member')),
    sa.ForeignKeyConstraint(['from_member_id'], ['member.id'], name=op.f('fk_swap_offer_from_member_id_member')),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_swap_offer_shift_id_shift')),
    sa.ForeignKeyConstraint(['to_member_id'], ['member.id'], name=op.f('fk_swap_offer_to_member_id_member')),
    sa.ForeignKeyConstraint(['wanted_shift_id'], ['shift.id'], name=op.f('fk_swap_offer_wanted_shift_id_shift')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_swap_offer'))
    )
    with op.batch_alter_table('swap_offer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_swap_offer_shift_id'), ['shift_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('swap_offer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_swap_offer_shift_id'))
    op.drop_table('swap_offer')
    with op.batch_alter_table('shift_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_claim_shift_id'))
        batch_op.drop_index(batch_op.f('ix_shift_claim_member_id'))
        batch_op.drop_index(batch_op.f('ix_shift_claim_batch_id'))
    op.drop_table('shift_claim')
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_day'))
    op.drop_table('shift')
    op.drop_table('rota_batch')
    op.drop_table('member_rota')
    op.drop_table('shift_template')
    op.drop_table('closure')
