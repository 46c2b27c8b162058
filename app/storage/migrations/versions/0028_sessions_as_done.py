"""sessions as done: each workshop session records the theme, the partners and the co-facilitators it is done
under, so that a change to the workshop leaves the sessions held or cancelled (and the reports printed) as
they were

Every session, whatever its status, gets its workshop's theme, partners and co-facilitators of today: for the
sessions still planned that is the rule; for those held or cancelled, today's links are the best knowledge there
is (the links had no dates).

Revision ID: 0028
Revises: 0027
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

SESSION = sa.table("workshop_session", sa.column("id", sa.Integer), sa.column("workshop_id", sa.Integer),
                   sa.column("theme_id", sa.Integer))
WORKSHOP = sa.table("workshop", sa.column("id", sa.Integer), sa.column("theme_id", sa.Integer))


def _link_table(name: str, column: str, refers_to: str) -> None:
    """A table of (session, ``column``) pairs, both foreign keys, the pair unique."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column(column, sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint([column], [f"{refers_to}.id"], name=op.f(f"fk_{name}_{column}_{refers_to}")),
        sa.ForeignKeyConstraint(["session_id"], ["workshop_session.id"],
                                name=op.f(f"fk_{name}_session_id_workshop_session")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("session_id", column, name=op.f(f"uq_{name}_session_id_{column}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f(f"ix_{name}_{column}"), [column], unique=False)


def _copy_links(name: str, column: str, workshop_links: str) -> None:
    """Each session gets the links its workshop has today."""
    links = sa.table(workshop_links, sa.column("workshop_id", sa.Integer), sa.column(column, sa.Integer))
    target = sa.table(name, sa.column("session_id", sa.Integer), sa.column(column, sa.Integer))
    pairs = sa.select(SESSION.c.id, links.c[column]).select_from(
        SESSION.join(links, links.c.workshop_id == SESSION.c.workshop_id))
    op.execute(target.insert().from_select(["session_id", column], pairs))


def upgrade() -> None:
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("theme_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_workshop_session_theme_id_workshop_theme"), "workshop_theme",
                                    ["theme_id"], ["id"])
    op.execute(SESSION.update().values(theme_id=sa.select(WORKSHOP.c.theme_id).where(
        WORKSHOP.c.id == SESSION.c.workshop_id).scalar_subquery()))
    _link_table("session_partner", "partner_id", "partner")
    _link_table("session_co_facilitator", "person_id", "person")
    _copy_links("session_partner", "partner_id", "workshop_partner")
    _copy_links("session_co_facilitator", "person_id", "workshop_co_facilitator")


def downgrade() -> None:
    for name, column in (("session_co_facilitator", "person_id"), ("session_partner", "partner_id")):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{name}_{column}"))
            batch_op.drop_index(batch_op.f(f"ix_{name}_session_id"))
        op.drop_table(name)
    with op.batch_alter_table("workshop_session", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_workshop_session_theme_id_workshop_theme"), type_="foreignkey")
        batch_op.drop_column("theme_id")
