"""workshops: themes, workshops, facilitators, partners, sessions and registrations

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('workshop_theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_theme')),
    sa.UniqueConstraint('name', name=op.f('uq_workshop_theme_name'))
    )
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), server_default='', nullable=False),
    sa.Column('audience', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint("status IN ('idea', 'planned', 'confirmed', 'held', 'cancelled')", name=op.f('ck_workshop_status_known')),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_workshop_capacity_positive')),
    sa.ForeignKeyConstraint(['theme_id'], ['workshop_theme.id'], name=op.f('fk_workshop_theme_id_workshop_theme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_theme_id'), ['theme_id'], unique=False)

    op.create_table('workshop_facilitator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('preparation_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint('preparation_minutes >= 0', name=op.f('ck_workshop_facilitator_preparation_positive')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_workshop_facilitator_member_id_member')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_facilitator_workshop_id_workshop')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_facilitator')),
    sa.UniqueConstraint('workshop_id', 'member_id', name=op.f('uq_workshop_facilitator_workshop_id_member_id'))
    )
    with op.batch_alter_table('workshop_facilitator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_facilitator_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_facilitator_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('workshop_partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_workshop_partner_partner_id_partner')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_partner_workshop_id_workshop')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_partner')),
    sa.UniqueConstraint('workshop_id', 'partner_id', name=op.f('uq_workshop_partner_workshop_id_partner_id'))
    )
    with op.batch_alter_table('workshop_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_partner_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_partner_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('workshop_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('attendance_count', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), server_default='', nullable=False),
    sa.CheckConstraint("status IN ('planned', 'held', 'cancelled')", name=op.f('ck_workshop_session_status_known')),
    sa.CheckConstraint('attendance_count IS NULL OR attendance_count >= 0', name=op.f('ck_workshop_session_attendance_positive')),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_workshop_session_ends_after_start')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_workshop_session_room_id_room')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_session_workshop_id_workshop')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_session'))
    )
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_session_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_session_series_id'), ['series_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_session_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.CheckConstraint("status IN ('confirmed', 'waiting', 'cancelled')", name=op.f('ck_registration_status_known')),
    sa.CheckConstraint('places >= 1', name=op.f('ck_registration_places_positive')),
    sa.ForeignKeyConstraint(['session_id'], ['workshop_session.id'], name=op.f('fk_registration_session_id_workshop_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_registration')),
    sa.UniqueConstraint('session_id', 'seq', name=op.f('uq_registration_session_id_seq'))
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_session_id'), ['session_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_session_id'))

    op.drop_table('registration')
    with op.batch_alter_table('workshop_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_session_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_session_series_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_session_day'))

    op.drop_table('workshop_session')
    with op.batch_alter_table('workshop_partner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_partner_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_partner_partner_id'))

    op.drop_table('workshop_partner')
    with op.batch_alter_table('workshop_facilitator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_facilitator_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_facilitator_member_id'))

    op.drop_table('workshop_facilitator')
    with op.batch_alter_table('workshop', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_theme_id'))

    op.drop_table('workshop')
    op.drop_table('workshop_theme')
