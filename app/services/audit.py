"""Reading the audit log: who did what, when. Everyone may read it: there is no admin, only openness."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import or_, select
from sqlmodel.sql.expression import Select

from app.domain.names import like_pattern, mentions
from app.services.context import Context
from app.services.paging import kept_page
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
    """The next ``limit`` entries older than ``after`` (the newest when None) that ``search`` finds in the
    action, the entity or the recorded values, case set aside in every alphabet: SQL narrows with
    ``like_pattern``, since its lower() leaves « É » as it is on SQLite, and ``mentions`` decides."""
    query = (
        _narrowed(select(AuditEntry, Member.name), search)
        .join(Member, AuditEntry.member_id == Member.id, isouter=True)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )

    def newest_before(entry: AuditView | None) -> list[AuditView]:
        older = query if entry is None else query.where(AuditEntry.id < entry.id)
        return [
            AuditView(row.id, row.at, name, row.system, row.action, row.entity, row.entity_id, row.before, row.after)
            for row, name in db.exec(older)
        ]

    wanted = search.strip()

    def found(entry: AuditView) -> bool:  # no search: every entry, without folding their texts
        return not wanted or mentions((entry.action, entry.entity, entry.before or "", entry.after or ""), wanted)

    with ctx.reading() as db:
        return kept_page(newest_before, found, after, limit)


def _narrowed(query: Query, search: str) -> Query:
    if not search.strip():
        return query
    pattern = like_pattern(search.strip())
    return query.where(or_(AuditEntry.action.ilike(pattern), AuditEntry.entity.ilike(pattern),
                           AuditEntry.after.ilike(pattern), AuditEntry.before.ilike(pattern)))
