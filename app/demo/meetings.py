"""Demo meetings: a weekly Monday team meeting around today (earlier ones approved, last one held with
its notes, the next one planned with a partial agenda), action items (one overdue), a steering committee
held with the CPAM, the ARS and the CPAM's contact, a partner meeting planned with the social centre, the
habitants-relais' monthly meeting (second Tuesday) with its guests; or, for the
benchmarks, years of weekly meetings inserted in bulk."""

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import insert, update
from sqlmodel import col, select

from app.domain.meetings import Attendance, ItemKind, MeetingKind
from app.domain.people import PersonRole
from app.domain.recurrence import Frequency, Recurrence
from app.services import meetings, members, people, rota
from app.services import workshops as ws
from app.services.context import Context
from app.services.meetings import MeetingDraft
from app.storage.models.decisions import Proposal
from app.storage.models.meetings import ActionItem, AgendaItem, Meeting, MeetingAttendance

if TYPE_CHECKING:  # for the hints only: the centre imports this module to register its step
    from app.demo.centre import Synthetic

START, END = time(12, 30), time(14, 0)
PLACE = "Salle commune"
TITLE = "Réunion d'équipe"
RELAYS_TITLE = "Réunion des habitants-relais"
# The team's professions at the habitants-relais' meetings: the health mediators and the community educator.
RELAYS_TEAM = ("Médiat", "Animat")
NOTES = (
    "Tour de table : l'accueil du matin est chargé depuis la rentrée ; on renforce le café-accueil.",
    "Point partenaires : le centre social propose un atelier commun sur l'accès aux droits.",
    "Retour sur les parcours complexes : deux situations à revoir avec l'assistante sociale.",
    "Budget : la subvention de l'ARS est confirmée pour l'an prochain ; le loyer augmente de 2 %.",
)


def demo_step(ctx: Context, data: dict[str, Any], synthetic: "Synthetic | None") -> None:
    team = [member.id for member in members.list_members(ctx)]
    if len(team) < 4:
        return
    if synthetic is None:
        _demo(ctx, team)
    else:
        generate(ctx, team, years=synthetic.years)


def acting(ctx: Context, member_id: int, day: date, hour: int = 14) -> Context:
    """``ctx`` as ``member_id`` acting on ``day`` at ``hour``: the demo's records carry the day they happened."""
    moment = datetime.combine(day, time(hour, 0), tzinfo=ctx.timezone).astimezone(UTC)
    return replace(ctx, actor_id=member_id, clock=lambda: moment)


def _demo(ctx: Context, team: list[int]) -> None:
    today = ctx.today()
    this_monday = today - timedelta(days=today.weekday())
    first = this_monday - timedelta(weeks=4)
    last = [m for m in range(5) if first + timedelta(weeks=m) < today][-1]  # the latest Monday before today
    draft = MeetingDraft(title=TITLE, day=first, start=START, end=END, place=PLACE)
    series = meetings.create_weekly_series(acting(ctx, team[0], first - timedelta(days=7)), draft, 12)
    rng = random.Random(20261123)
    actions: list[int] = []
    for index, meeting in enumerate(series[: last + 1]):
        at = acting(ctx, team[index % len(team)], meeting.day)
        excused = set(rng.sample(team, k=min(3, len(team) - 3)))
        meetings.set_attendance(
            at,
            meeting.id,
            {member: Attendance.EXCUSED if member in excused else Attendance.PRESENT for member in team},
        )
        meetings.set_roles(at, meeting.id, meetings.suggest_meeting_roles(at, meeting.id))
        for number, notes in enumerate(rng.sample(NOTES, k=2)):
            item = meetings.add_item(at, meeting.id, notes.split(" :")[0], ItemKind.DISCUSSION, 20)
            meetings.save_notes(at, item.id, notes)
            meetings.set_spent_minutes(at, item.id, 15 + 5 * number)
        if index == last:
            _discuss_blocked_proposal(ctx, at, meeting.id)
            actions.append(
                meetings.add_action(
                    at,
                    meeting.id,
                    team[2],
                    "Appeler la CPAM pour l'atelier nutrition",
                    due=meeting.day + timedelta(days=3),
                ).id
            )  # overdue by now
            actions.append(
                meetings.add_action(
                    at,
                    meeting.id,
                    team[3],
                    "Préparer le planning d'accueil de janvier",
                    due=meeting.day + timedelta(days=14),
                ).id
            )
        elif index == last - 1:
            done = meetings.add_action(
                at,
                meeting.id,
                team[1],
                "Réserver la petite salle pour la commission",
                due=meeting.day + timedelta(days=2),
            )
            meetings.set_action_done(acting(ctx, team[1], meeting.day + timedelta(days=1)), done.id)
        meetings.mark_held(at, meeting.id)
        if index < last:
            meetings.approve_minutes(acting(ctx, team[0], meeting.day + timedelta(days=7), hour=12), meeting.id)
    upcoming = series[last + 1]
    before = acting(ctx, team[-1], upcoming.day - timedelta(days=2), hour=10)
    meetings.add_item(before, upcoming.id, "Chauffage de la salle d'atelier", ItemKind.DISCUSSION, 10)
    meetings.build_agenda(acting(ctx, team[0], today, hour=9), upcoming.id)
    _invite(ctx, series[last].id, PersonRole.RELAY, count=1)  # a habitant-relais came to the last one
    _partner_meetings(ctx, team, this_monday)
    _relays_meetings(ctx, by_profession(ctx, RELAYS_TEAM) or team[:2])


def _invite(ctx: Context, meeting_id: int, role: PersonRole, count: int) -> None:
    """The first ``count`` people of ``role`` in the directory come to the meeting as guests."""
    for person in people.list_people(ctx, roles=[role])[:count]:
        meetings.add_guest(ctx, meeting_id, person.id)


def by_profession(ctx: Context, beginnings: tuple[str, ...]) -> list[int]:
    """The members whose profession begins with one of ``beginnings``, in the team's order."""
    return [member.id for member in members.list_members(ctx) if member.profession.startswith(beginnings)]


def arrival(ctx: Context, member_ids: list[int]) -> date:
    """The day the last of ``member_ids`` joined the team: the demo's activities with them begin then, as
    nothing credits a member before (see app.services.credits.settle)."""
    days = [members.get_member(ctx, member_id).start_date for member_id in member_ids]
    return max((day for day in days if day is not None), default=date.min)


def _second_tuesday(month: date) -> date:
    return month + timedelta(days=(1 - month.weekday()) % 7 + 7)


def _relays_meetings(ctx: Context, team: list[int]) -> None:
    """The habitants-relais' monthly meeting, on the second Tuesday of the month at 18:00, from three months
    before today's month (or from the first after the members of the team who go there arrived): those held
    with the habitants-relais and those members, the next ones planned."""
    today = ctx.today()
    month = date(today.year, today.month, 1) - relativedelta(months=3)
    while _second_tuesday(month) < arrival(ctx, team):
        month += relativedelta(months=1)
    first = _second_tuesday(month)
    draft = MeetingDraft(title=RELAYS_TITLE, day=first, start=time(18), end=time(19, 30),
                         kind=MeetingKind.RELAYS, place=PLACE)
    rule = Recurrence(Frequency.MONTHLY_WEEKDAY, count=6, position=2)
    series = meetings.create_series(acting(ctx, team[0], first - timedelta(days=10)), draft, rule)
    held = [meeting for meeting in series if meeting.day < today]
    for meeting in held:
        at = acting(ctx, team[0], meeting.day, hour=20)
        meetings.set_attendance(at, meeting.id, {member: Attendance.PRESENT for member in team})
        meetings.invite_relays(at, meeting.id)
        meetings.set_roles(at, meeting.id, meetings.suggest_meeting_roles(at, meeting.id))
        item = meetings.add_item(at, meeting.id, "Fête de quartier", ItemKind.DISCUSSION, 30)
        meetings.save_notes(at, item.id, "Les habitants-relais tiendront le stand prévention ; affiches à "
                                         "déposer à la boulangerie et à l'école.")
        meetings.mark_held(at, meeting.id)
    if held:  # an inhabitant came along to the latest one
        _invite(ctx, held[-1].id, PersonRole.INHABITANT, count=1)
    for meeting in held[:-1]:  # the latest minutes are still to be read again
        meetings.approve_minutes(acting(ctx, team[-1], meeting.day + timedelta(days=2)), meeting.id)


def _partner_meetings(ctx: Context, team: list[int], this_monday: date) -> None:
    """A steering committee held on the Thursday three weeks ago, with the CPAM and the ARS, its minutes
    approved; a partner meeting planned with the social centre on Thursday next week."""
    partners = {partner.name: partner.id for partner in ws.list_partners(ctx)}
    day = this_monday - timedelta(days=18)
    at = acting(ctx, team[0], day - timedelta(days=14))
    draft = MeetingDraft(title="Comité de pilotage du centre", day=day, start=time(9, 30), end=time(11, 30),
                         kind=MeetingKind.STEERING_COMMITTEE, place="Mairie annexe")
    steering = meetings.create_meeting(at, draft)
    at = acting(ctx, team[0], day, hour=12)
    present = free_members(ctx, team, day, draft.start, draft.end)[:3]
    meetings.set_attendance(at, steering.id, {member: Attendance.PRESENT for member in present})
    meetings.set_meeting_partners(at, steering.id, [partners[name] for name in (
        "CPAM de l'Isère", "ARS Auvergne-Rhône-Alpes") if name in partners])
    _invite(at, steering.id, PersonRole.PARTNER_CONTACT, count=1)  # the CPAM's contact
    meetings.set_roles(at, steering.id, meetings.suggest_meeting_roles(at, steering.id))
    item = meetings.add_item(at, steering.id, "Bilan des ateliers de l'année", ItemKind.INFORMATION, 30)
    meetings.save_notes(at, item.id, "Les ateliers nutrition ont réuni plus de familles que prévu ; la CPAM "
                                     "propose de financer deux cycles supplémentaires.")
    meetings.mark_held(at, steering.id)
    meetings.approve_minutes(acting(ctx, team[0], day + timedelta(days=4)), steering.id)
    draft = MeetingDraft(title="Rencontre accès aux droits", day=this_monday + timedelta(days=10),
                         start=time(14), end=time(15, 30), kind=MeetingKind.PARTNER, place=PLACE)
    planned = meetings.create_meeting(acting(ctx, team[1], this_monday), draft)
    if "Centre social Jean-Moulin" in partners:
        meetings.set_meeting_partners(acting(ctx, team[1], this_monday), planned.id,
                                      [partners["Centre social Jean-Moulin"]])


def free_members(ctx: Context, team: list[int], day: date, start: time, end: time) -> list[int]:
    """The members of ``team`` not on a reception shift between ``start`` and ``end`` on ``day``: someone at the
    desk cannot also sit in a meeting, whose time would then be credited to reception only."""
    return [member for member in team
            if not any(shift.start < end and start < shift.end
                       for shift in rota.member_shifts(ctx, member, day, day))]


def _discuss_blocked_proposal(ctx: Context, at: Context, meeting_id: int) -> None:
    """Last week's closed proposal (from the decisions demo), on the agenda with its outcome and block."""
    with ctx.reading() as db:
        proposal = db.exec(
            select(Proposal)
            .where(col(Proposal.closed_at).is_not(None))
            .order_by(col(Proposal.closed_at).desc())
            .limit(1)
        ).first()
    if proposal is not None:
        item = meetings.add_item(
            at, meeting_id, proposal.title, ItemKind.DECISION, 20, proposal_id=proposal.id
        )
        meetings.save_notes(
            at, item.id, "Le blocage est entendu : nous cherchons une autre solution pour l'accueil."
        )


def generate(ctx: Context, team: list[int], *, years: int) -> int:
    """``years`` of weekly Monday meetings up to last week, approved, with attendance, notes and actions,
    inserted in bulk with one audit entry. Returns how many meetings."""
    today = ctx.today()
    last_monday = today - timedelta(days=today.weekday() or 7)
    weeks = years * 52
    rng = random.Random(5)
    with ctx.writing() as unit:
        db = unit.db
        approved = datetime.combine(last_monday, time(12), tzinfo=UTC)
        meeting_rows, attendance_rows, item_rows, action_rows = [], [], [], []
        days = [last_monday - timedelta(weeks=weeks - 1 - week) for week in range(weeks)]
        for day in days:
            roles = rng.sample(team, k=3)
            meeting_rows.append(
                {
                    "kind": "team",
                    "title": TITLE,
                    "day": day,
                    "start_time": START,
                    "end_time": END,
                    "place": PLACE,
                    "status": "approved",
                    "facilitator_id": roles[0],
                    "minute_taker_id": roles[1],
                    "time_keeper_id": roles[2],
                    "series_id": None,
                    "approved_at": approved,
                    "version": 1,
                    "room_id": None,
                }
            )
        returning = insert(Meeting).returning(col(Meeting.id), sort_by_parameter_order=True)
        ids = db.execute(returning, meeting_rows).scalars().all()
        db.execute(update(Meeting).where(col(Meeting.id).in_(ids)).values(series_id=ids[0]))
        for week, (meeting_id, day) in enumerate(zip(ids, days)):
            attendance_rows += [
                {
                    "meeting_id": meeting_id,
                    "member_id": member,
                    "attendance": "present" if rng.random() < 0.85 else "excused",
                }
                for member in team
            ]
            item_rows += [
                {
                    "meeting_id": meeting_id,
                    "position": position,
                    "kind": "discussion",
                    "title": notes.split(" :")[0],
                    "planned_minutes": 20,
                    "spent_minutes": 20,
                    "notes": notes,
                    "removed": False,
                }
                for position, notes in enumerate(rng.sample(NOTES, k=3), start=1)
            ]
            action_rows.append(
                {
                    "meeting_id": meeting_id,
                    "owner_id": rng.choice(team),
                    "description": f"Suivi de la semaine {week + 1}",
                    "due": day + timedelta(days=7),
                    "status": "done",
                    "done_at": approved,
                }
            )
        db.execute(insert(MeetingAttendance), attendance_rows)
        db.execute(insert(AgendaItem), item_rows)
        db.execute(insert(ActionItem), action_rows)
        unit.audit("generate", "meeting", None, after={"meetings": weeks, "from": meeting_rows[0]["day"]})
    return weeks
