"""Demo rota: café-accueil mornings (2 seats) and afternoons (1 seat), Monday to Friday.

The past weeks since the members arrived (the history of app.demo.hours) are held fairly by those in the
team that day, with their reception hours credited; the next weeks are partly claimed, leaving some open
seats in red, and one swap offer waits for an answer.
"""

import random
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlmodel import col, select

from app.demo.hours import history_start
from app.domain.errors import CercleError
from app.domain.hours import in_team
from app.domain.rota import minutes_between
from app.services import rota
from app.services.context import Context, id_of
from app.storage.models import Member, TimeCategory, TimeEntry
from app.storage.models.rota import Shift, ShiftClaim, ShiftTemplate

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

TEMPLATES = (("Café-accueil", time(8, 30), time(12, 30), 2), ("Accueil après-midi", time(13, 30), time(17, 30), 1))
WEEKS_AHEAD = 8
CLAIMED_WEEKS = 3


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    today = ctx.today()
    _history(ctx, history_start(today, synthetic), today, seed=2026 if synthetic is None else synthetic.members)
    rota.create_shifts_ahead(ctx, WEEKS_AHEAD)
    if synthetic is None:
        _claim_coming_weeks(ctx, today)


def _history(ctx: Context, first: date, last: date, seed: int) -> None:
    """Templates from ``first``, and every shift up to ``last`` held by whoever is furthest below
    their share; one transaction, one audit entry."""
    rng = random.Random(seed)
    with ctx.writing() as unit:
        db = unit.db
        templates = [ShiftTemplate(weekday=weekday, start_time=start, end_time=end, seats=seats, label=label,
                                   valid_from=first)
                     for weekday in range(5) for label, start, end, seats in TEMPLATES]
        db.add_all(templates)
        db.flush()
        team = list(db.exec(select(Member).where(Member.active).order_by(col(Member.id))))
        closed = rota._closed_days(db, first, last)
        shifts, holders = [], []
        held = {member.id: rng.uniform(0, 60) for member in team}
        day = first
        while day <= last:
            if day not in closed:
                working = [m for m in team if str(day.weekday()) in m.working_days and m.self_management_minutes
                           and in_team(day, day, m.start_date, m.end_date, ())]
                taken: set[int] = set()
                for template in (t for t in templates if t.weekday == day.weekday()):
                    shift = Shift(day=day, start_time=template.start_time, end_time=template.end_time,
                                  seats=template.seats, label=template.label, template_id=template.id)
                    minutes = minutes_between(template.start_time, template.end_time)
                    free = sorted((m for m in working if m.id not in taken),
                                  key=lambda m: held[m.id] / m.self_management_minutes)
                    chosen = free[:template.seats]
                    for member in chosen:
                        taken.add(id_of(member))
                        held[member.id] += minutes
                    shifts.append(shift)
                    holders.append((shift, [id_of(m) for m in chosen], minutes))
            day += timedelta(days=1)
        db.add_all(shifts)
        db.flush()
        moment = ctx.now()
        claims = [(ShiftClaim(shift_id=id_of(shift), member_id=member_id, claimed_at=moment), shift.day,
                   minutes)
                  for shift, member_ids, minutes in holders for member_id in member_ids]
        db.add_all([claim for claim, _, _ in claims])
        db.flush()
        category = db.exec(select(TimeCategory.id).where(TimeCategory.code == rota.CATEGORY)).first()
        if category is not None and claims:
            db.execute(insert(TimeEntry), [
                {"member_id": claim.member_id, "day": day, "category_id": category, "minutes": minutes, "note": "",
                 "automatic": True, "source": rota.SOURCE, "source_id": claim.id, "pending": False,
                 "created_at": moment}
                for claim, day, minutes in claims])
        unit.audit("generate_demo", "shift", None, after={"shifts": len(shifts), "claims": len(claims),
                                                          "from": first, "to": last})


def _claim_coming_weeks(ctx: Context, today: date) -> None:
    """Most seats of the coming weeks claimed through the service, some left open; one swap offered."""
    rng = random.Random(1123)
    with ctx.reading() as db:
        team = [m.id for m in db.exec(select(Member).where(Member.active).order_by(col(Member.id)))]
    if not team:
        return
    coming = rota.shifts_between(ctx, today, today + timedelta(weeks=CLAIMED_WEEKS))
    for shift in coming:
        for _seat in range(shift.seats):
            if rng.random() < 0.3:
                continue  # an open seat, shown in red
            for member_id in rng.sample(team, min(4, len(team))):
                try:
                    rota.claim_shift(ctx, shift.id, member_id)
                    break
                except CercleError:
                    continue
    offered = next((s for s in rota.shifts_between(ctx, today + timedelta(days=7), today + timedelta(days=14))
                    if s.claimants), None)
    if offered is not None:
        actor, ctx.actor_id = ctx.actor_id, offered.claimants[0].member_id
        try:
            rota.offer_swap(ctx, offered.id)
        finally:
            ctx.actor_id = actor
