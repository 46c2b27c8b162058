"""people who are not staff: inhabitants, habitants-relais, partners' contacts; meeting guests and workshop
co-facilitators

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('last_active', sa.Date(), nullable=False),
    sa.Column('erased', sa.Boolean(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint("(phone = '' AND email = '') OR consent_on IS NOT NULL", name=op.f('ck_person_contact_with_consent')),
    sa.CheckConstraint("erased OR name <> ''", name=op.f('ck_person_named_unless_erased')),
    sa.CheckConstraint("partner_id IS NULL OR role = 'partner_contact'", name=op.f('ck_person_partner_for_contacts')),
    sa.CheckConstraint("role IN ('inhabitant', 'relay', 'partner_contact')", name=op.f('ck_person_role_known')),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], name=op.f('fk_person_partner_id_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_role'), ['role'], unique=False)

    op.create_table('meeting_guest',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_guest_meeting_id_meeting')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_meeting_guest_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_guest')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_meeting_guest_meeting_id_person_id'))
    )
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_guest_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_guest_person_id'), ['person_id'], unique=False)

    op.create_table('workshop_co_facilitator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_workshop_co_facilitator_person_id_person')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_co_facilitator_workshop_id_workshop')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_co_facilitator')),
    sa.UniqueConstraint('workshop_id', 'person_id', name=op.f('uq_workshop_co_facilitator_workshop_id_person_id'))
    )
    with op.batch_alter_table('workshop_co_facilitator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_co_facilitator_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_workshop_co_facilitator_workshop_id'), ['workshop_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('workshop_co_facilitator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_co_facilitator_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_workshop_co_facilitator_person_id'))

    op.drop_table('workshop_co_facilitator')
    with op.batch_alter_table('meeting_guest', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_guest_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_guest_meeting_id'))

    op.drop_table('meeting_guest')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_role'))
        batch_op.drop_index(batch_op.f('ix_person_partner_id'))

    op.drop_table('person')
