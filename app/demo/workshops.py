"""Demo workshops: themes, six workshops with partners, a six-week series around today, registrations with a
waiting list and attendance; or, for the benchmarks, years of workshops inserted in bulk."""

import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert
from sqlmodel import col

from app.domain.workshops import EnrolmentStatus, SessionStatus, WorkshopStatus, retention_cutoff
from app.services import members, settings
from app.services import workshops as ws
from app.services.context import Context, id_of
from app.storage.models.workshops import Enrolment, Workshop, WorkshopSession, WorkshopTheme

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

THEMES = ("Nutrition", "Activité physique", "Santé mentale", "Parentalité", "Accès aux droits", "Addictions")
FIRST_NAMES = (
    "Nadia",
    "Yves",
    "Fatou",
    "Lou",
    "Karim",
    "Mireille",
    "Sofiane",
    "Chantal",
    "Aïcha",
    "Bernard",
    "Inès",
    "Jo",
    "Malik",
    "Odile",
    "Rémi",
    "Samia",
    "Thérèse",
    "Vanessa",
    "Zohra",
    "Gérard",
)


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    team = [member.id for member in members.list_members(ctx)]
    if len(team) < 4:
        return
    if synthetic is None:
        _demo(ctx, team)
    else:
        generate(ctx, years=synthetic.years)


def _phone(rng: random.Random) -> str:
    return "06 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))


def _demo(ctx: Context, team: list[int]) -> None:
    rng = random.Random(6)
    today = ctx.today()
    monday = today - timedelta(days=today.weekday())
    themes = {name: ws.add_theme(ctx, name).id for name in THEMES}
    rooms = {room.name: room.id for room in ws.list_rooms(ctx)}
    partners = {partner.name: partner.id for partner in ws.list_partners(ctx)}

    def workshop(
        title: str,
        theme: str,
        capacity: int,
        facilitators: list[tuple[int, int]],
        partner_names: list[str],
        audience: str = "",
        status: WorkshopStatus = WorkshopStatus.CONFIRMED,
        text: str = "",
    ) -> int:
        return ws.add_workshop(
            ctx,
            ws.WorkshopDraft(title, capacity, themes[theme], text, audience, status),
            facilitators={team[i]: minutes for i, minutes in facilitators},
            partner_ids=[partners[name] for name in partner_names if name in partners],
        ).id

    cooking = workshop(
        "Cuisine du marché",
        "Nutrition",
        8,
        [(0, 30), (5, 45)],
        ["Épicerie solidaire La Passerelle", "CPAM de l'Isère"],
        "Adultes du quartier",
        text="On cuisine ensemble les légumes de saison, à petit budget.",
    )
    series = ws.add_series(
        ctx,
        cooking,
        ws.SessionDraft(
            monday - timedelta(weeks=3) + timedelta(days=3),
            time(14),
            time(16),
            rooms.get("Cuisine pédagogique"),
        ),
        count=6,
    ).sessions
    walk = workshop(
        "Marche du mardi",
        "Activité physique",
        15,
        [(2, 0)],
        ["Association Les Habitants-Relais"],
        "Tout public",
    )
    ws.add_series(
        ctx,
        walk,
        ws.SessionDraft(monday - timedelta(weeks=6) + timedelta(days=1), time(10), time(11, 30)),
        every_weeks=2,
        count=8,
    )
    parents = workshop(
        "Café des parents", "Parentalité", 6, [(3, 30)], ["PMI du quartier"], "Parents de jeunes enfants"
    )
    ws.add_series(
        ctx,
        parents,
        ws.SessionDraft(monday, time(9, 30), time(11), rooms.get("Petite salle")),
        dates=[monday - timedelta(days=12), monday + timedelta(days=2), monday + timedelta(days=16)],
    )
    rights = workshop(
        "Mes droits, mes démarches",
        "Accès aux droits",
        10,
        [(6 % len(team), 30)],
        ["Centre social Jean-Moulin", "CPAM de l'Isère"],
        "Tout public",
    )
    ws.add_session(
        ctx,
        rights,
        ws.SessionDraft(monday + timedelta(days=8), time(14), time(16, 30), rooms.get("Salle d'atelier")),
    )
    sleep = workshop(
        "Prendre soin de son sommeil",
        "Santé mentale",
        12,
        [(1, 60)],
        ["Maison des jeunes et de la culture"],
        "Adultes",
        status=WorkshopStatus.PLANNED,
    )
    ws.add_series(
        ctx,
        sleep,
        ws.SessionDraft(monday + timedelta(days=10), time(18), time(19, 30), rooms.get("Salle d'atelier")),
        count=2,
    )
    workshop("Parlons tabac", "Addictions", 10, [(4, 0)], [], status=WorkshopStatus.IDEA)

    names = iter(rng.sample(FIRST_NAMES, len(FIRST_NAMES)))
    for session in ws.sessions_between(ctx, today - timedelta(weeks=8), today + timedelta(weeks=3)):
        people = [rng.choice(FIRST_NAMES) for _ in range(rng.randrange(2, min(7, session.capacity)))]
        registered: set[tuple[str, str]] = set()
        for name in people:
            person = (name, _phone(rng) if rng.random() < 0.5 else "")
            if person not in registered:  # a name drawn twice with the same phone is one person, registered once
                ws.enrol(ctx, session.id, *person)
                registered.add(person)
        if session.day < today:
            registrations = ws.list_enrolments(ctx, session.id)
            ws.record_attendance(
                ctx,
                session.id,
                {r.id: rng.random() < 0.85 for r in registrations},
                count=sum(r.places for r in registrations) + rng.randrange(3),
            )
    upcoming = next(s for s in series if s.day >= today)  # the next cooking session fills up
    waiting = 0
    while waiting < 2:  # until two families wait for a place
        waiting += ws.enrol(ctx, upcoming.id, next(names), _phone(rng), rng.choice((1, 2))).waiting


def generate(ctx: Context, *, years: int) -> None:
    """``years`` of workshops up to today, a few sessions a week, with registrations (old ones erased)."""
    rng = random.Random(20261123)
    today = ctx.today()
    start = date(today.year - years, today.month, 1)
    rooms: list[int | None] = [room.id for room in ws.list_rooms(ctx)] or [None]
    slots = [
        (weekday, hour, rooms[i % len(rooms)])
        for i, (weekday, hour) in enumerate([(1, 10), (2, 14), (3, 14), (4, 9)])
    ]  # distinct slots: no room is booked twice
    cutoff = retention_cutoff(today, settings.get(ctx, "participant_retention_months"))
    now = datetime.now(UTC)
    with ctx.writing() as unit:
        db = unit.db
        theme_ids = [id_of(unit.add(WorkshopTheme(name=name))) for name in THEMES]
        workshop_rows, session_rows = [], []
        for number, first_day in enumerate(_quarters(start, today)):
            for weekday, hour, room_id in slots:
                workshop = Workshop(
                    title=f"{rng.choice(THEMES)} — cycle {number + 1}",
                    capacity=rng.randrange(6, 16),
                    theme_id=rng.choice(theme_ids),
                    status=WorkshopStatus.HELD,
                    created_at=now,
                )
                workshop_rows.append((workshop, first_day + timedelta(days=weekday), hour, room_id))
        db.add_all([row[0] for row in workshop_rows])
        db.flush()
        for workshop, first_day, hour, room_id in workshop_rows:
            for week in range(12):
                day = first_day + timedelta(weeks=week)
                session_rows.append(
                    {
                        "workshop_id": workshop.id,
                        "theme_id": workshop.theme_id,  # what it is done under: no partner, no co-facilitator
                        "day": day,
                        "start_time": time(hour),
                        "end_time": time(hour + 2),
                        "room_id": room_id,
                        "status": SessionStatus.HELD if day < today else SessionStatus.PLANNED,
                        "notes": "",
                        "attendance_count": rng.randrange(3, workshop.capacity + 3) if day < today else None,
                    }
                )
        ids = db.execute(
            insert(WorkshopSession).returning(
                col(WorkshopSession.id), col(WorkshopSession.day), col(WorkshopSession.workshop_id)),
            session_rows,
        ).all()
        # a theme id or 0, as the service counts them (every workshop here has a theme)
        themes = {id_of(workshop): workshop.theme_id or 0 for workshop, *_ in workshop_rows}
        registrations: list[dict[str, Any]] = []
        tallies: Counter[ws.Group] = Counter()
        for session_id, day, workshop_id in ids:
            for seq in range(1, rng.randrange(3, 10)):
                erased = day < cutoff
                registrations.append(
                    {
                        "session_id": session_id,
                        "name": "" if erased else rng.choice(FIRST_NAMES),
                        "phone": "",
                        "places": 1,
                        "created_at": now,
                        "seq": seq,
                        "status": EnrolmentStatus.CONFIRMED,
                        "attended": (rng.random() < 0.8) if day < today else None,
                        "erased": erased,
                    }
                )
                if erased and registrations[-1]["attended"]:  # nobody knows any more who they were
                    tallies[("workshop", day.year, workshop_id)] += 1
                    tallies[("theme", day.year, themes[workshop_id])] += 1
        db.execute(insert(Enrolment), registrations)
        ws.add_to_tallies(db, tallies)
        unit.audit(
            "generate",
            "workshop",
            None,
            after={"sessions": len(session_rows), "registrations": len(registrations)},
        )


def _quarters(start: date, today: date) -> list[date]:
    """The Monday starting each quarter of a cycle of workshops, from ``start`` to ``today``."""
    mondays, day = [], start - timedelta(days=start.weekday())
    while day <= today:
        mondays.append(day)
        day += timedelta(weeks=13)
    return mondays
