"""Demo hours: the past weeks of every member, an absence, a validated week; years of them for benchmarks.

Reception, meetings and workshops are credited automatically by their own areas; the demo records
by hand only the other self-management work, and a few differences in profession hours.
"""

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlmodel import col, select

from app.domain import hours as rules
from app.services import hours
from app.services.context import Context, id_of
from app.storage.models import Member, TimeCategory, TimeEntry

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

DEMO_WEEKS = 10
MANUAL_CATEGORIES = ("partnerships", "internal_management", "complex_care_reviews", "thematic_projects")
PROFESSION_NOTES = ("Consultations prolongées", "Parti plus tôt (rendez-vous personnel)", "Visite à domicile")


def history_start(today: date, synthetic: "Synthetic | None") -> date:
    """The Monday the demo's history begins: the day its members arrived."""
    weeks = DEMO_WEEKS if synthetic is None else 52 * synthetic.years
    return hours.week_start(today) - timedelta(weeks=weeks)


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    """Hours for the demo centre's past weeks, or ``synthetic.years`` of history for the benchmarks."""
    today = ctx.today()
    first_week = history_start(today, synthetic)
    _generate(ctx, first_week, today - timedelta(days=1), seed=2026 if synthetic is None else synthetic.members)
    if synthetic is None:
        _demo_extras(ctx, today)


def entry_rows(team: list[Member], categories: dict[str, int], first_day: date, last_day: date, seed: int,
               now: datetime) -> list[dict[str, Any]]:
    """Plausible manual entries: each member's self-management share spread over their working days, on the
    days they are in the team (an entry outside them would be refused, and would count nowhere)."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    holidays = {day for year in range(first_day.year, last_day.year + 1)
                for day in rules.public_holidays(year, "metropole")}
    day = first_day
    while day <= last_day:
        for member in [] if day in holidays else team:
            working_days = [int(char) for char in member.working_days]
            in_team = rules.in_team(day, day, member.start_date, member.end_date, ())
            if day.weekday() not in working_days or not in_team:
                continue
            daily = member.self_management_minutes / max(len(working_days), 1)
            for code in rng.sample(MANUAL_CATEGORIES, 2):
                minutes = round(daily * rng.uniform(0.2, 0.4) / 15) * 15
                if minutes:
                    rows.append(_row(id_of(member), day, categories[code], minutes, "", now))
            if rng.random() < 0.08:
                difference = rng.choice((-60, -30, 30, 60, 90))
                note = PROFESSION_NOTES[1] if difference < 0 else rng.choice(PROFESSION_NOTES[::2])
                rows.append(_row(id_of(member), day, categories[hours.PROFESSION], difference, note, now))
        day += timedelta(days=1)
    return rows


def _row(member_id: int, day: date, category_id: int, minutes: int, note: str,
         now: datetime) -> dict[str, Any]:
    return {"member_id": member_id, "day": day, "category_id": category_id, "minutes": minutes, "note": note,
            "automatic": False, "source": None, "source_id": None, "pending": False, "created_at": now}


def _generate(ctx: Context, first_day: date, last_day: date, seed: int) -> None:
    """All the entries in one transaction, with one audit entry for the whole generation."""
    with ctx.writing() as unit:
        team = list(unit.db.exec(select(Member).where(Member.active)))
        categories = {row.code: row.id for row in unit.db.exec(select(TimeCategory))}
        rows = entry_rows(team, categories, first_day, last_day, seed, ctx.now())
        if rows:
            unit.db.execute(insert(TimeEntry), rows)
        unit.audit("generate_demo", "time_entry", None,
                   after={"entries": len(rows), "from": first_day, "to": last_day})


def _demo_extras(ctx: Context, today: date) -> None:
    """A holiday next week for one member, last week validated by another."""
    team = _active(ctx)
    if len(team) < 2:
        return
    next_monday = hours.week_start(today) + timedelta(weeks=1)
    hours.add_absence(ctx, id_of(team[1]), next_monday, next_monday + timedelta(days=2), "holiday",
                      note="Congés")
    hours.validate_week(ctx, id_of(team[0]), hours.week_start(today) - timedelta(weeks=1))


def _active(ctx: Context) -> list[Member]:
    with ctx.reading() as db:
        return list(db.exec(select(Member).where(Member.active).order_by(col(Member.id))))

