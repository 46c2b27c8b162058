"""The weekly page-by-page check of the centre's SQLite file, from the scheduler.

Opening a centre only checks what costs the same at any size (app.storage.engine.inspect_sqlite_file); this
check reads every page, in a background thread, once a week. Its result is kept in the audit log, which
says when the file was last found sound; damage is told to the whole desk at once, and so is each day saved
outside the years Cercle keeps (by a version that did not refuse it), for the team to correct.
"""

from datetime import datetime, timedelta

from sqlmodel import select

from app.domain.errors import QT_TRANSLATE_NOOP
from app.services.context import Context
from app.storage.backup import integrity_problem
from app.storage.engine import is_read_only, sqlite_path
from app.storage.models import AuditEntry
from app.storage.outside_calendar import OutsideDay, outside_calendar

CHECK_INTERVAL = timedelta(days=7)
TOLD_AT_MOST = 20  # days outside the calendar told at one check: the next check tells the others
ACTION = "check integrity"
DAMAGED = QT_TRANSLATE_NOOP(
    "Notifications",
    "The centre's file is damaged ({reason}). Stop entering data and restore the latest backup from "
    "Settings, or ask for help.")


def last_check(ctx: Context) -> datetime | None:
    """When the file was last checked page by page (whatever the result), or None."""
    with ctx.reading() as db:
        statement = select(AuditEntry.at).where(AuditEntry.action == ACTION).order_by(AuditEntry.id.desc())
        return db.exec(statement.limit(1)).first()


def check_due(ctx: Context, now: datetime) -> bool:
    """A SQLite file this computer may write, not checked these seven days (a server checks itself)."""
    url = ctx.engine.url.render_as_string(hide_password=False)
    if sqlite_path(url) is None or is_read_only(url):
        return False
    last = last_check(ctx)
    return last is None or now - last >= CHECK_INTERVAL


def check_now(ctx: Context) -> str | None:
    """Check every page of the file; SQLite's complaint (also notified to the desk), or None when sound."""
    path = sqlite_path(ctx.engine.url.render_as_string(hide_password=False))
    assert path is not None, "only a centre's SQLite file is checked"
    problem = integrity_problem(path)
    with ctx.writing() as unit:
        unit.audit(ACTION, "database", None, after={"result": problem or "ok"})
    if problem is not None:
        from app.services.notifications import notify

        notify(ctx, kind="damaged", text=DAMAGED, params={"reason": problem},
               dedupe_key=f"damaged:{ctx.now().date().isoformat()}")
    else:
        tell_outside_calendar(ctx)
    return problem


def tell_outside_calendar(ctx: Context) -> list[OutsideDay]:
    """Tell the whole desk, once each, the days saved outside the years Cercle keeps (at most TOLD_AT_MOST not
    told yet); all those found."""
    from app.services.notifications import notify

    with ctx.reading() as db:
        found = outside_calendar(db.connection())
    told = 0
    for row in found:
        template, params = row.said()
        key = f"outside calendar:{row.table}:{row.column}:{row.key}:{row.day.isoformat()}"
        if told < TOLD_AT_MOST and notify(ctx, kind="outside calendar", text=template, params=params,
                                          dedupe_key=key[:200]) is not None:
            told += 1
    return found


def check_if_due(ctx: Context, now: datetime) -> str | None:
    return check_now(ctx) if check_due(ctx, now) else None
