"""hours tables: time categories (seeded), time entries, absences, validated weeks, opening balances

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import app.storage.types
from app.domain.errors import QT_TRANSLATE_NOOP

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The categories a new centre starts with: (code, English label translated by the UI, self-management?).
DEFAULT_CATEGORIES = [
    ("profession", QT_TRANSLATE_NOOP("Categories", "Profession"), False),
    ("reception", QT_TRANSLATE_NOOP("Categories", "Reception"), True),
    ("meetings", QT_TRANSLATE_NOOP("Categories", "Meetings"), True),
    ("workshops", QT_TRANSLATE_NOOP("Categories", "Workshops"), True),
    ("partnerships", QT_TRANSLATE_NOOP("Categories", "Partnerships"), True),
    ("internal_management", QT_TRANSLATE_NOOP("Categories", "Internal management"), True),
    ("complex_care_reviews", QT_TRANSLATE_NOOP("Categories", "Complex care reviews"), True),
    ("thematic_projects", QT_TRANSLATE_NOOP("Categories", "Thematic projects"), True),
    ("training", QT_TRANSLATE_NOOP("Categories", "Training"), True),
]


def upgrade() -> None:
    category = op.create_table('time_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('is_self_management', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_category')),
    sa.UniqueConstraint('code', name=op.f('uq_time_category_code'))
    )
    op.bulk_insert(category, [
        {"code": code, "label": label, "is_self_management": self_management, "active": True, "position": position}
        for position, (code, label, self_management) in enumerate(DEFAULT_CATEGORIES)
    ])
    op.create_table('absence',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('half_day_start', sa.Boolean(), nullable=False),
    sa.Column('half_day_end', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('holiday', 'sick', 'training', 'other')", name=op.f('ck_absence_kind_known')),
    sa.CheckConstraint('last_day >= first_day', name=op.f('ck_absence_days_order')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_absence_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absence'))
    )
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absence_member_id'), ['member_id'], unique=False)

    op.create_table('opening_balance',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('profession_minutes', sa.Integer(), nullable=False),
    sa.Column('self_management_minutes', sa.Integer(), nullable=False),
    sa.CheckConstraint('profession_minutes BETWEEN -100000 AND 100000', name=op.f('ck_opening_balance_profession_range')),
    sa.CheckConstraint('self_management_minutes BETWEEN -100000 AND 100000', name=op.f('ck_opening_balance_self_management_range')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_opening_balance_member_id_member')),
    sa.PrimaryKeyConstraint('member_id', name=op.f('pk_opening_balance'))
    )
    op.create_table('time_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('automatic', sa.Boolean(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('pending', sa.Boolean(), nullable=False),
    sa.Column('created_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.CheckConstraint('(automatic AND source IS NOT NULL AND source_id IS NOT NULL) OR (NOT automatic AND source IS NULL)', name=op.f('ck_time_entry_automatic_has_source')),
    sa.CheckConstraint('automatic OR NOT pending', name=op.f('ck_time_entry_only_automatic_pending')),
    sa.CheckConstraint('minutes BETWEEN -1440 AND 1440', name=op.f('ck_time_entry_minutes_range')),
    sa.ForeignKeyConstraint(['category_id'], ['time_category.id'], name=op.f('fk_time_entry_category_id_time_category')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_time_entry_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_time_entry')),
    sa.UniqueConstraint('source', 'source_id', 'member_id', 'pending', name='uq_time_entry_source_member_pending')
    )
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_time_entry_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entry_day'), ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_time_entry_member_id'), ['member_id'], unique=False)

    op.create_table('week_validation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('validated_at', app.storage.types.UTCDateTime(), nullable=False),
    sa.Column('unlocked', sa.Boolean(), nullable=False),
    sa.Column('unlock_reason', sa.Text(), server_default='', nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_week_validation_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_week_validation')),
    sa.UniqueConstraint('member_id', 'week_start', name='uq_week_validation_member_week')
    )


def downgrade() -> None:
    op.drop_table('week_validation')
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_time_entry_member_id'))
        batch_op.drop_index(batch_op.f('ix_time_entry_day'))
        batch_op.drop_index(batch_op.f('ix_time_entry_category_id'))

    op.drop_table('time_entry')
    op.drop_table('opening_balance')
    with op.batch_alter_table('absence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absence_member_id'))

    op.drop_table('absence')
    op.drop_table('time_category')
