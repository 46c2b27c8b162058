"""The demo's closed cycle: a "Travail Social de Groupe" led by the two social workers with the CPAM, from
February to June (the latest one begun by April, so that some of its sessions are held), every other
Thursday. Ten people enrolled in January for eight seats (two wait), one dropped out after the second
session and the first waiting moved up; attendance taken on each session held. Nothing for the synthetic
centres."""

import random
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from app.demo.meetings import acting, by_profession
from app.domain.cycles import Presence
from app.domain.recurrence import Recurrence
from app.domain.workshops import WorkshopStatus
from app.services import members
from app.services import workshops as ws
from app.services.context import Context

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

TITLE = "Travail Social de Groupe"
TEXT = ("Un groupe d'échanges pour les personnes en arrêt de travail long : s'exprimer en confiance, "
        "confronter les expériences, préparer la reprise.")
SOCIAL_WORKERS = ("Assistant",)  # the professions leading the group: the team's social workers
CAPACITY = 8
NAMES = ("Martine L.", "Farid", "Nathalie P.", "Joël", "Sandrine M.", "Kader", "Isabelle", "Patrick R.",
         "Hélène", "Mourad")


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    leaders = by_profession(ctx, SOCIAL_WORKERS) or [member.id for member in members.list_members(ctx)][:2]
    if synthetic is not None or not leaders:
        return
    today = ctx.today()
    year = today.year if today >= date(today.year, 4, 1) else today.year - 1
    leader = leaders[0]
    planning = acting(ctx, leader, date(year, 1, 12), hour=10)
    workshop = _plan(planning, leaders, year)
    rng = random.Random(2026)
    for index, name in enumerate(NAMES):
        ws.enrol_in_cycle(acting(ctx, leader, date(year, 1, 15 + index), hour=11), workshop, name,
                          f"06 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} 00")
    _take_attendance(ctx, leader, workshop, rng)


def _plan(ctx: Context, leaders: list[int], year: int) -> int:
    themes = {theme.name: theme.id for theme in ws.list_themes(ctx)}
    partners = [p.id for p in ws.list_partners(ctx) if "CPAM" in p.name]
    rooms = {room.name: room.id for room in ws.list_rooms(ctx)}
    draft = ws.WorkshopDraft(TITLE, CAPACITY, themes.get("Accès aux droits"), TEXT,
                             "Assurés en arrêt de travail long", WorkshopStatus.CONFIRMED, is_cycle=True)
    workshop = ws.add_workshop(ctx, draft, facilitators={leader: 30 for leader in leaders},
                               partner_ids=partners).id
    february = date(year, 2, 1)
    first = february + timedelta(days=(3 - february.weekday()) % 7)  # the first Thursday of February
    session = ws.SessionDraft(first, time(14), time(16), rooms.get("Petite salle"))
    ws.add_series(ctx, workshop, session, rule=Recurrence(interval=2, until=date(year, 6, 30)))
    return workshop


def _take_attendance(ctx: Context, leader: int, workshop: int, rng: random.Random) -> None:
    """Each session held: most come, a few excused or absent; the fifth enrolled leaves after the second."""
    today = ctx.today()
    held = [s for s in ws.get_cycle(ctx, workshop).sessions if s.day < today]
    for number, session in enumerate(held):
        at = acting(ctx, leader, session.day, hour=17)
        roll = ws.session_roll(at, session.session_id)
        marks = {line.member_id: rng.choices(list(Presence), weights=(85, 8, 7))[0] for line in roll}
        ws.record_cycle_attendance(at, session.session_id, marks)
        if number == 1:
            leaving = next(m for m in ws.get_cycle(at, workshop).members if m.name == NAMES[4])
            ws.drop_out(acting(ctx, leader, session.day + timedelta(days=3), hour=10), leaving.id)
