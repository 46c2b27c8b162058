"""The yearly summary of the workshops: sessions held, participants, different people, partners."""

from datetime import date

from sqlmodel import col, select

from app.domain.workshops import SessionStatus
from app.services.context import Context, id_of
from app.services.workshops.privacy import Group, known_people, tallies
from app.services.workshops.views import SummaryLine, theme_names
from app.storage.models import Partner
from app.storage.models.workshops import SessionPartner, Workshop, WorkshopSession


def yearly_summary(ctx: Context, year: int) -> tuple[list[SummaryLine], list[SummaryLine]]:
    """Per workshop and per theme: sessions held, participants (anonymous counts), different people
    (those still known by name, plus those counted when their names were erased), partners.

    Up to today only: a day to come has held nothing yet, whatever a row says. Each session counts under the
    theme and with the partners it was done under, whatever its workshop says now.
    """
    first, last = date(year, 1, 1), min(date(year, 12, 31), ctx.today())
    with ctx.reading() as db:
        themes = theme_names(db)
        held = list(
            db.exec(
                select(WorkshopSession).where(
                    WorkshopSession.day >= first,
                    WorkshopSession.day <= last,
                    WorkshopSession.status == SessionStatus.HELD,
                )
            )
        )
        titles = dict(db.exec(select(Workshop.id, Workshop.title)).all())
        partners: dict[int, set[str]] = {}
        for session_id, name in db.exec(
            select(SessionPartner.session_id, Partner.name)
            .join(Partner, col(Partner.id) == SessionPartner.partner_id)
            .join(WorkshopSession, col(WorkshopSession.id) == SessionPartner.session_id)
            .where(WorkshopSession.day >= first, WorkshopSession.day <= last)
        ):
            partners.setdefault(session_id, set()).add(name)
        known = known_people(db, {year}, last)
        counted = tallies(db, year)

    def line(label: str, group: Group) -> SummaryLine:
        scope, _year, ref_id = group
        rows = [row for row in held if (row.workshop_id if scope == "workshop" else row.theme_id or 0) == ref_id]
        return SummaryLine(
            label=label,
            sessions_held=len(rows),
            participants=sum(row.attendance_count or 0 for row in rows),
            unique_participants=counted.get(group, 0) + len(known.get(group, ())),
            partners=tuple(sorted(set[str]().union(*(partners.get(id_of(row), set()) for row in rows)))),
        )

    by_workshop = [
        line(titles[w], ("workshop", year, w))
        for w in sorted({row.workshop_id for row in held}, key=lambda w: titles[w])
    ]
    by_theme = sorted(
        (line(themes.get(theme_id, ""), ("theme", year, theme_id)) for theme_id in {row.theme_id or 0 for row in held}),
        key=lambda summary: summary.label,
    )
    return by_workshop, by_theme
