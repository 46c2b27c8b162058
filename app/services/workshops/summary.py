"""The yearly summary of the workshops: sessions held, participants, different people, partners."""

from datetime import date

from sqlmodel import col, select

from app.domain.workshops import SessionStatus
from app.services.context import Context, id_of
from app.services.workshops.privacy import Group, known_people, tallies
from app.services.workshops.views import SummaryLine, theme_names
from app.storage.models import Partner
from app.storage.models.workshops import Workshop, WorkshopPartner, WorkshopSession


def yearly_summary(ctx: Context, year: int) -> tuple[list[SummaryLine], list[SummaryLine]]:
    """Per workshop and per theme: sessions held, participants (anonymous counts), different people
    (those still known by name, plus those counted when their names were erased), partners.

    Up to today only: a day to come has held nothing yet, whatever a row says.
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
        workshops = {id_of(w): w for w in db.exec(select(Workshop))}
        partners: dict[int, set[str]] = {}
        for workshop_id, name in db.exec(
            select(WorkshopPartner.workshop_id, Partner.name).join(
                Partner, col(Partner.id) == WorkshopPartner.partner_id
            )
        ):
            partners.setdefault(workshop_id, set()).add(name)
        known = known_people(db, {year}, last)
        counted = tallies(db, year)

    def line(label: str, group: Group, workshop_ids: set[int]) -> SummaryLine:
        rows = [row for row in held if row.workshop_id in workshop_ids]
        return SummaryLine(
            label=label,
            sessions_held=len(rows),
            participants=sum(row.attendance_count or 0 for row in rows),
            unique_participants=counted.get(group, 0) + len(known.get(group, ())),
            partners=tuple(sorted(set[str]().union(*(partners.get(w, set()) for w in workshop_ids)))),
        )

    active_ids = {row.workshop_id for row in held}
    by_workshop = [
        line(workshops[w].title, ("workshop", year, w), {w})
        for w in sorted(active_ids, key=lambda w: workshops[w].title)
    ]
    by_theme_ids: dict[int, set[int]] = {}
    for w in active_ids:
        by_theme_ids.setdefault(workshops[w].theme_id or 0, set()).add(w)
    by_theme = sorted(
        (line(themes.get(theme_id, ""), ("theme", year, theme_id), ids)
         for theme_id, ids in by_theme_ids.items()),
        key=lambda summary: summary.label,
    )
    return by_workshop, by_theme
