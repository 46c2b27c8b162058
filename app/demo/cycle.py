"""The demo's closed cycle: a "Travail Social de Groupe" led by the two social workers with the CPAM, every
other week (on Tuesdays, unless they are busy then), ten sessions planned from the third week after they joined
the team (the demo's history begins then, and nothing credits a member before it): some are held, the others
still to come. Ten people enrolled in the days after the social workers arrived for eight seats (two wait),
one dropped out after the second session and the first waiting moved up; attendance taken on each session
held. Nothing for the synthetic centres."""

import random
from dataclasses import replace
from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

from app.demo.meetings import acting, arrival, by_profession
from app.domain.cycles import Presence
from app.domain.recurrence import Recurrence
from app.domain.workshops import WorkshopStatus
from app.services import credits, members
from app.services import workshops as ws
from app.services.context import Context

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

TITLE = "Travail Social de Groupe"
TEXT = ("Un groupe d'échanges pour les personnes en arrêt de travail long : s'exprimer en confiance, "
        "confronter les expériences, préparer la reprise.")
SOCIAL_WORKERS = ("Assistant",)  # the professions leading the group: the team's social workers
CAPACITY = 8
SESSIONS = 10
WEEKDAYS = (1, 3, 4, 0, 2)  # the cycle's day, in the order tried: Tuesday first
NAMES = ("Martine L.", "Farid", "Nathalie P.", "Joël", "Sandrine M.", "Kader", "Isabelle", "Patrick R.",
         "Hélène", "Mourad")


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    leaders = by_profession(ctx, SOCIAL_WORKERS) or [member.id for member in members.list_members(ctx)][:2]
    if synthetic is not None or not leaders:
        return
    arrived = arrival(ctx, leaders)
    leader = leaders[0]
    workshop = _plan(acting(ctx, leader, arrived, hour=10), leaders, arrived)
    rng = random.Random(2026)
    for index, name in enumerate(NAMES):
        ws.enrol_in_cycle(acting(ctx, leader, arrived + timedelta(days=1 + index), hour=11), workshop, name,
                          f"06 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} 00")
    _take_attendance(ctx, leader, workshop, rng)


def _plan(ctx: Context, leaders: list[int], arrived: date) -> int:
    themes = {theme.name: theme.id for theme in ws.list_themes(ctx)}
    partners = [p.id for p in ws.list_partners(ctx) if "CPAM" in p.name]
    rooms = {room.name: room.id for room in ws.list_rooms(ctx)}
    draft = ws.WorkshopDraft(TITLE, CAPACITY, themes.get("Accès aux droits"), TEXT,
                             "Assurés en arrêt de travail long", WorkshopStatus.CONFIRMED, is_cycle=True)
    workshop = ws.add_workshop(ctx, draft, facilitators={leader: 30 for leader in leaders},
                               partner_ids=partners).id
    session = ws.SessionDraft(arrived + timedelta(weeks=2), time(14), time(16), rooms.get("Petite salle"))
    ws.add_series(ctx, workshop, _on_a_free_weekday(ctx, workshop, session),
                  rule=Recurrence(interval=2, count=SESSIONS))
    return workshop


def _on_a_free_weekday(ctx: Context, workshop: int, session: ws.SessionDraft) -> ws.SessionDraft:
    """``session`` on the first Tuesday from its day (else Thursday, Friday...) on which the social workers are
    neither at the reception desk nor leading another workshop at its time, every other week: the rota held
    since they arrived does not know of the cycle."""
    booked = {credits.ON_SHIFT, credits.IN_MEETING, credits.LEADING_WORKSHOP}
    for weekday in WEEKDAYS:
        first = replace(session, day=session.day + timedelta(days=(weekday - session.day.weekday()) % 7))
        days = (replace(first, day=first.day + timedelta(weeks=2 * index)) for index in range(SESSIONS))
        warnings = (warning for draft in days for warning in ws.session_warnings(ctx, workshop, draft))
        if not any(warning.template in booked for warning in warnings):
            return first
    return session


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
