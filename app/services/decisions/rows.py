"""The rows of decisions inside a transaction: read for the queries and the commands, changed under audit."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

import sqlalchemy as sql
from sqlalchemy.orm import Mapped, Mapper
from sqlalchemy.sql import FromClause
from sqlmodel import Session, SQLModel, col, select

from app.domain import consensus
from app.domain.consensus import Stance
from app.services import settings
from app.services.changes import Entity
from app.services.context import UnitOfWork
from app.services.decisions.messages import UNKNOWN_PROPOSAL
from app.services.errors import NotFound
from app.storage.models import Member
from app.storage.models.decisions import Position, PositionHistory, Proposal, ProposalVersion

# A primary key read back is never NULL: the models say ``int | None`` for the rows not inserted yet.
MEMBER_ID = cast("Mapped[int]", col(Member.id))
PROPOSAL_ID = cast("Mapped[int]", col(Proposal.id))




def load_proposal(db: Session, proposal_id: int, *, lock: bool = False, shared: bool = False) -> Proposal:
    """The proposal; with ``lock``, locked until the commit (PostgreSQL: concurrent writers wait; SQLite
    writers already queue): ``shared`` lets other shared lockers (positions) through, not changes."""
    query = select(Proposal).where(Proposal.id == proposal_id)
    if lock:
        query = query.with_for_update(read=shared)
    proposal = db.exec(query).first()
    if proposal is None:
        raise NotFound(UNKNOWN_PROPOSAL)
    return proposal


def proposal_in(db: Session, proposal_id: int) -> Proposal:
    """The proposal: the one this transaction already loaded (locked, maybe changed), else read."""
    proposal = db.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(UNKNOWN_PROPOSAL)
    return proposal


def plain(model: type[SQLModel]) -> FromClause:
    """The table of ``model``: a select of it gives plain rows (attributes named as the model's), not ORM
    objects, which cost several times as much to make."""
    return cast("Mapper[SQLModel]", sql.inspect(model)).local_table


def member_names(db: Session) -> dict[int, str]:
    return dict(db.connection().execute(sql.select(MEMBER_ID, col(Member.name))).tuples().all())


def names_and_active(db: Session) -> tuple[dict[int, str], list[int]]:
    """Every member's name, and the active members' ids, in one query."""
    rows = db.connection().execute(sql.select(MEMBER_ID, col(Member.name), col(Member.active))).all()
    return {row.id: row.name for row in rows}, [row.id for row in rows if row.active]


def active_member_ids(db: Session) -> list[int]:
    return list(db.connection().execute(sql.select(MEMBER_ID).where(col(Member.active))).scalars())


def current_text(db: Session, proposal: Proposal) -> ProposalVersion:
    return db.exec(
        select(ProposalVersion).where(
            ProposalVersion.proposal_id == proposal.id, ProposalVersion.number == proposal.current_version
        )
    ).one()


def positions_on(db: Session, proposal: Proposal) -> list[Position]:
    """The positions on the proposal's current version."""
    return list(
        db.exec(
            select(Position).where(
                Position.proposal_id == proposal.id, Position.version == proposal.current_version
            )
        ).all()
    )


def domain_positions(
    rows: Iterable[Position | PositionHistory | sql.Row[Any]], current_version: int
) -> list[consensus.Position]:
    return [
        consensus.Position(row.member_id, row.version, Stance(row.stance), row.reason)
        for row in rows
        if row.version == current_version
    ]


def endorsements_needed(db: Session) -> int:
    return _number_setting(db, "endorsements_needed")


def default_quorum(db: Session) -> int:
    return _number_setting(db, "quorum_percent")


def _number_setting(db: Session, key: str) -> int:
    """A centre setting that is a whole number, read inside the current transaction."""
    number: int = settings.read(db, key)
    return number


@contextmanager
def changing(unit: UnitOfWork, proposal: Proposal, action: str, **noted: str) -> Iterator[Proposal]:
    """Change ``proposal`` inside the block: leaving it, its version goes up (an editor who started from the
    former one is told), and the audit log records the proposal as it was and as it is, under ``action``,
    with what is ``noted`` (a reopening's reason)."""
    with unit.change(proposal, Entity.PROPOSAL, action=action, noted=noted):
        yield proposal
        proposal.version += 1
