"""Reading the audit log: who did what, when. Everyone may read it: there is no admin, only openness."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import or_, select
from sqlmodel.sql.expression import Select

from app.services.context import Context
from app.storage.models import AuditEntry, Member

Query = TypeVar("Query", bound=Select[*tuple[Any, ...]])


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    member_name: str | None
    system: str | None  # what of Cercle acted when no member did: "scheduler", "command line"...
    action: str
    entity: str
    entity_id: int | None
    before: str | None
    after: str | None


def recent_entries(ctx: Context, *, limit: int = 500, search: str = "") -> list[AuditView]:
    """The newest entries first; ``search`` filters on the action, the entity or the recorded values."""
    return entries_page(ctx, search, None, limit)


def entries_page(ctx: Context, search: str, after: AuditView | None, limit: int) -> list[AuditView]:
    """The next ``limit`` entries older than ``after`` (the newest when None) that ``search`` finds."""
    query = (
        _matching(select(AuditEntry, Member.name), search)
        .join(Member, AuditEntry.member_id == Member.id, isouter=True)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    if after is not None:
        query = query.where(AuditEntry.id < after.id)
    with ctx.reading() as db:
        return [
            AuditView(entry.id, entry.at, name, entry.system, entry.action, entry.entity, entry.entity_id,
                      entry.before, entry.after)
            for entry, name in db.exec(query)
        ]


def _matching(query: Query, search: str) -> Query:
    if not search.strip():
        return query
    pattern = f"%{search.strip()}%"
    return query.where(or_(AuditEntry.action.ilike(pattern), AuditEntry.entity.ilike(pattern),
                           AuditEntry.after.ilike(pattern), AuditEntry.before.ilike(pattern)))
