"""The activity report (bilan d'activité) for funders: what the centre did over a period, from what Cercle records.

``activity_report(ctx, first, last)`` covers the whole centre; with ``theme=`` or ``partner=`` it covers one
funded action (the sessions done under a theme; those done with a partner and the meetings where it was
present). It reads once and gives plain frozen objects, no patient data and no participant's name: counts only.

Rules:
- only the days that have happened count (up to the context's today): the future is not owed;
- a session counts under the theme, with the partners and co-facilitators it was done under (recorded on it,
  kept once it is held or cancelled): a workshop re-themed or given other partners later leaves the figures
  printed as they were;
- reproducible: printed again after participants were erased (retention, or a person forgotten), it gives the
  same figures. Sessions and attendances are anonymous counts that stay. The different people of a whole year
  are those still known by name plus the anonymous tallies kept at erasure (``ParticipantTally``, per year and
  workshop, theme or partner, counted from the sessions as they were done). Over part of a year only the people
  still known by name can be told apart: once some of them were erased, the figure is unknown (None), never
  guessed. A line that is neither a whole workshop, theme or partner nor made of whole workshops (in the report
  of one action, a workshop whose theme or partners changed during the year) is unknown over a whole year: no
  tally could keep its people (see ``_Lines``).

Closed cycles (a group enrolled once for all the sessions of a workshop) have a line each: sessions held,
people enrolled, completed, dropped out, still waiting, attendance; counted over the cycle's whole course up to
the last day counted (a cycle begun before the period included), from rows that erasure leaves anonymous.

Partners (``PartnerLine``): per organisation, the meetings held where it was present (by kind), the time
credited to the members present there, and the workshops done with it (its sessions as they were done, and the
different people who came to them, each once a year whatever the workshop); in the report of one partner, that
partner's line. Meetings and credits are not erased with participants: the figures stay.

The inhabitants involved are the different people of the directory (``app.services.people``) who attended a
meeting held or co-facilitated a session held, by the role they were counted in there: each guest and each
co-facilitator of a session records the person's role, kept current while the meeting or the session is planned
(as a session's co-facilitators follow its workshop), kept as it was once it is held or cancelled; a guest added
to a meeting already held is recorded in their role of that moment. A person made a habitant-relais stays an
inhabitant in the reports of before; someone who took part in two roles over the period counts in each. An
erased person keeps their row and the links their roles, so the figure stays.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from sqlalchemy import func, true
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session, col, select

from app.domain import names
from app.domain.consensus import ProposalStatus
from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation
from app.domain.meetings import MeetingKind, MeetingStatus
from app.domain.members import name_key
from app.domain.rota import ShiftStatus
from app.domain.workshops import SessionStatus
from app.services import credits, hours, people
from app.services.context import Context, id_of
from app.services.workshops import cycle_counts
from app.services.workshops.privacy import attendees, tally_groups
from app.storage.models import decisions as decision_tables
from app.storage.models import hours as hours_tables
from app.storage.models import meetings as meeting_tables
from app.storage.models import partners as partner_tables
from app.storage.models import rota as rota_tables
from app.storage.models import workshops as workshop_tables

END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The period ends before it starts.")
NOT_BEGUN = QT_TRANSLATE_NOOP(
    "Errors", "The period starts on {day}, after today: nothing has happened in it yet.")
UNKNOWN_THEME = QT_TRANSLATE_NOOP("Errors", "No workshop theme is called {name}.")
UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "No partner is called {name}.")
ONE_ACTION = QT_TRANSLATE_NOOP("Errors", "Choose a theme or a partner, not both.")

HELD_MEETINGS = (MeetingStatus.HELD.value, MeetingStatus.APPROVED.value)
Group = tuple[str, int, int]  # as workshops' tallies: ("workshop" or "theme", year, id; a theme 0 for none)
Named = TypeVar("Named", workshop_tables.WorkshopTheme, partner_tables.Partner)  # a funded action's table


@dataclass(frozen=True)
class Action:
    """One funded action: a workshop theme or a partner."""

    kind: str  # "theme" or "partner"
    id: int
    name: str


@dataclass(frozen=True)
class WorkshopLine:
    """The workshops of a theme, a partner or one workshop over the period.

    ``unique_participants``: the different people, each counted once a year and per line; None when some
    were erased over part of a year (then nobody can tell them apart any more).
    """

    label: str
    sessions_held: int
    attendances: int
    unique_participants: int | None
    cancelled: int
    details: tuple[str, ...] = ()  # a partner's workshops, a workshop's themes (of its sessions)


@dataclass(frozen=True)
class CycleLine:
    """A closed cycle with sessions in the period, over its whole course up to the last day counted."""

    label: str
    first_session: date
    last_session: date
    sessions_held: int
    sessions_planned: int
    enrolled: int
    completed: int | None  # None while the cycle goes on
    dropped_out: int
    waiting: int
    attendance_rate: float | None  # present / expected over the sessions held


@dataclass(frozen=True)
class Reception:
    """The reception desk's shifts that took place: hours open, seats held by someone who came."""

    minutes_open: int
    seats: int
    seats_filled: int

    @property
    def share_filled(self) -> float | None:
        return self.seats_filled / self.seats if self.seats else None


@dataclass(frozen=True)
class Count:
    label: str  # a meeting kind's value, a decision category as typed ("" for none), a category's label
    value: int  # a count, or minutes for hours


@dataclass(frozen=True)
class PartnerLine:
    """What the centre did with one partner organisation over the period.

    ``meetings``: the meetings held where it was present, by kind; ``team_minutes``: the time credited to the
    members present at them, as their balances count it (a meeting with two organisations counts for each);
    ``workshops``: its line of the workshops done with it, None when none was held or cancelled.
    """

    name: str
    meetings: tuple[Count, ...]
    team_minutes: int
    workshops: WorkshopLine | None

    @property
    def meetings_held(self) -> int:
        return sum(count.value for count in self.meetings)


@dataclass(frozen=True)
class ActivityReport:
    first_day: date
    last_day: date
    counted_until: date  # the last day counted: the period's last, or today when it ends later
    action: Action | None
    by_theme: tuple[WorkshopLine, ...]
    by_partner: tuple[WorkshopLine, ...]
    by_workshop: tuple[WorkshopLine, ...]
    total: WorkshopLine
    attendances_by_month: tuple[tuple[date, int], ...]  # the first of each month of the period
    whole_years: bool  # the different people are counted over whole years only
    cycles: tuple[CycleLine, ...] = ()
    # The whole centre's work; None in the report of one action.
    reception: Reception | None = None
    self_management: tuple[Count, ...] | None = None  # minutes by category
    meetings: tuple[Count, ...] | None = None  # by kind
    decisions: tuple[Count, ...] | None = None  # adopted, by category
    # The partner organisations (of the centre, or the one partner reported); None in a theme's report.
    partners: tuple[PartnerLine, ...] | None = None
    # people who are not staff who attended a meeting or co-facilitated a workshop, by role (a PersonRole's value)
    involved: tuple[Count, ...] | None = None


def year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def activity_report(ctx: Context, first: date, last: date, *, theme: str | None = None,
                    partner: str | None = None) -> ActivityReport:
    """The activity from ``first`` to ``last`` (up to today), of the centre or of one theme or partner."""
    if last < first:
        raise RuleViolation(END_BEFORE_START)
    if first > ctx.today():
        raise RuleViolation(NOT_BEGUN, day=first.strftime("%d/%m/%Y"))
    if theme and partner:
        raise RuleViolation(ONE_ACTION)
    counted_until = min(last, ctx.today())
    with ctx.reading() as db:
        action = _action(db, theme, partner)
        report = _read(ctx, db, first, last, counted_until, action)
    if action is None:  # the team's hours, exactly as the hours report counts them
        report = _with_team_hours(report, hours.team_view(ctx, first, last))
    return report


# --- the action ------------------------------------------------------------------------------------


def _action(db: Session, theme: str | None, partner: str | None) -> Action | None:
    if theme:
        return _named(db, "theme", workshop_tables.WorkshopTheme, theme, UNKNOWN_THEME)
    if partner:
        return _named(db, "partner", partner_tables.Partner, partner, UNKNOWN_PARTNER)
    return None


def _named(db: Session, kind: str, table: type[Named], name: str, unknown: str) -> Action:
    wanted = " ".join(name.split())
    found = names.named(db.exec(select(table).order_by(col(table.id))), wanted, lambda row: row.name)
    if not found:
        raise RuleViolation(unknown, name=wanted)
    return Action(kind, id_of(found[0]), found[0].name)


# --- one read --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Session:
    """A session held or cancelled, with what it was done under (kept once held or cancelled)."""

    id: int
    workshop_id: int
    day: date
    status: str
    attendance: int
    theme_id: int  # 0: no theme
    partner_ids: frozenset[int]


@dataclass
class _People:
    """Who came to each session held: those still known by name, and how many erased; the tallies kept at
    erasure of the years."""

    known: dict[int, set[tuple[str, str]]]
    erased: dict[int, int]
    tallies: dict[Group, int]


def _read(ctx: Context, db: Session, first: date, last: date, counted_until: date,
          action: Action | None) -> ActivityReport:
    """Everything but the team's hours, in one database session."""
    everything = _sessions(db, first, counted_until)
    sessions = [s for s in everything if _is_of(s, action)]
    titles = dict(db.exec(select(workshop_tables.Workshop.id, workshop_tables.Workshop.title)).all())
    themes = dict(db.exec(select(workshop_tables.WorkshopTheme.id, workshop_tables.WorkshopTheme.name)).all())
    partners = dict(db.exec(select(partner_tables.Partner.id, partner_tables.Partner.name)).all())
    lines = _Lines(first, last, _people(db, first, counted_until), everything)
    by_theme = sorted((lines.line(themes.get(theme_id, ""), mine, own=("theme", theme_id))
                       for theme_id, mine in _grouped(sessions, lambda s: (s.theme_id,)).items()),
                      key=lambda line: name_key(line.label))
    with_partner = {partner_id: lines.line(partners[partner_id], mine,
                                           *_names(titles, (s.workshop_id for s in mine)),
                                           own=("partner", partner_id))
                    for partner_id, mine in _grouped(sessions, lambda s: s.partner_ids).items()
                    if action is None or action.kind != "partner" or partner_id == action.id}
    by_partner = sorted(with_partner.values(), key=lambda line: name_key(line.label))
    by_workshop = sorted((lines.line(titles[workshop_id], mine, *_names(themes, (s.theme_id for s in mine)),
                                     own=("workshop", workshop_id))
                          for workshop_id, mine in _grouped(sessions, lambda s: (s.workshop_id,)).items()),
                         key=lambda line: name_key(line.label))
    report = ActivityReport(
        first_day=first, last_day=last, counted_until=counted_until, action=action,
        by_theme=tuple(by_theme), by_partner=tuple(by_partner), by_workshop=tuple(by_workshop),
        total=_total(lines, sessions, by_theme, action, titles),
        attendances_by_month=_by_month(first, counted_until, sessions),
        whole_years=_whole_years(first, last),
        cycles=_cycles(db, first, counted_until, action),
    )
    if action is None or action.kind == "partner":
        report = replace(report, partners=_partner_lines(db, first, counted_until, partners, action, with_partner))
    if action is not None:
        return report
    return _with_centre(report, ctx, db, counted_until)


def _names(by_id: Mapping[int | None, str], ids: Iterable[int]) -> list[str]:
    """The names of ``ids``, once each, in alphabetical order ("" for an id without one: no theme)."""
    return sorted({by_id.get(i, "") for i in ids}, key=name_key)


def _happened(line: WorkshopLine) -> bool:
    return bool(line.sessions_held or line.cancelled)


def _total(lines: "_Lines", sessions: list[_Session], by_theme: list[WorkshopLine],
           action: Action | None, titles: Mapping[int | None, str]) -> WorkshopLine:
    """All the sessions reported; a person in two themes counts in each (the tallies are per theme)."""
    if action is not None and action.kind == "theme":
        return lines.line(action.name, sessions, own=("theme", action.id))
    if action is not None:  # a partner's sessions, as its line
        return lines.line(action.name, sessions, *_names(titles, (s.workshop_id for s in sessions)),
                          own=("partner", action.id))
    every = lines.line("", sessions)
    uniques = [line.unique_participants for line in by_theme]
    unique = None if None in uniques else sum(u for u in uniques if u is not None)
    return WorkshopLine("", every.sessions_held, every.attendances, unique, every.cancelled)


def _done_in(action: Action | None) -> ColumnElement[bool]:
    """The condition on a session to be part of ``action``: done under its theme, or with its partner."""
    session, linked = workshop_tables.WorkshopSession, workshop_tables.SessionPartner
    if action is None:
        return true()
    if action.kind == "theme":
        return col(session.theme_id) == action.id
    return col(session.id).in_(select(linked.session_id).where(linked.partner_id == action.id))


def _is_of(session: _Session, action: Action | None) -> bool:
    """Whether ``session`` is part of ``action`` (as ``_done_in`` says in SQL)."""
    if action is None:
        return True
    return session.theme_id == action.id if action.kind == "theme" else action.id in session.partner_ids


def _sessions(db: Session, first: date, until: date) -> list[_Session]:
    """The sessions held or cancelled from ``first`` to ``until`` (a planned session past its day, with no
    attendance taken, is not counted as held)."""
    table, linked = workshop_tables.WorkshopSession, workshop_tables.SessionPartner
    in_period = (table.day >= first, table.day <= until,
                 col(table.status).in_((SessionStatus.HELD, SessionStatus.CANCELLED)))
    partner_ids: dict[int, set[int]] = defaultdict(set)
    for session_id, partner_id in db.exec(select(linked.session_id, linked.partner_id)
                                          .join(table, col(table.id) == linked.session_id).where(*in_period)):
        partner_ids[session_id].add(partner_id)
    return [_Session(id_of(row), row.workshop_id, row.day, row.status, row.attendance_count or 0, row.theme_id or 0,
                     frozenset(partner_ids[id_of(row)])) for row in db.exec(select(table).where(*in_period))]


def _people(db: Session, first: date, until: date) -> _People:
    """The people who came to each held session of the period, and the tallies of the years it touches."""
    people = _People(defaultdict(set), defaultdict(int), {})
    for session_id, person in attendees(db, first, until):
        if person.erased:
            people.erased[session_id] += 1
        else:  # one person: the same name (whatever its case) and phone, as the tallies count them
            people.known[session_id].add((names.fold(person.name), person.phone))
    tally = workshop_tables.ParticipantTally
    people.tallies = {
        (row.scope, row.year, row.ref_id): row.people
        for row in db.exec(select(tally).where(tally.year >= first.year, tally.year <= until.year))
    }
    return people


def _cycles(db: Session, first: date, until: date, action: Action | None) -> tuple[CycleLine, ...]:
    """The cycles with a session of ``action`` (not cancelled) from ``first`` to ``until``."""
    session, workshop = workshop_tables.WorkshopSession, workshop_tables.Workshop
    found = db.exec(select(col(session.workshop_id), col(workshop.title)).distinct()
                    .join(session, col(session.workshop_id) == workshop.id)
                    .where(col(workshop.is_cycle).is_(True), session.status != SessionStatus.CANCELLED,
                           session.day >= first, session.day <= until, _done_in(action))).all()
    lines = []
    for workshop_id, title in found:
        per_session, count = cycle_counts(db, workshop_id, until)
        lines.append(CycleLine(
            title, per_session[0].day, per_session[-1].day, count.sessions_held, count.sessions_planned,
            count.enrolled, count.completed if per_session[-1].day <= until else None, count.dropped_out,
            count.waiting, count.attendance_rate))
    return tuple(sorted(lines, key=lambda line: (line.first_session, name_key(line.label))))


def _whole_years(first: date, last: date) -> bool:
    return (first.month, first.day) == (1, 1) and (last.month, last.day) == (12, 31)


class _Lines:
    """Adds up sessions and the different people who came to them.

    The different people of a line are counted year by year, from the sessions as they were done, so that the
    figure stays once names are erased. A line whose sessions of the year are all those of a workshop, a theme
    or a partner counts as that group: over a whole year, its tally kept at erasure plus those still known by
    name; over part of a year, those known, unless some were erased (then unknown). A line made of whole
    workshops adds up their people (a person who came to two of them counts in each). Any other line (the
    sessions of a workshop done under one theme, or with one partner, of several over the year) counts those
    known over part of a year, unless some were erased; over a whole year it is unknown (None): no tally could
    keep it, and a figure once printed must not change.
    """

    def __init__(self, first: date, last: date, people: _People, everything: list[_Session]) -> None:
        self.first, self.last, self.people = first, last, people
        members: dict[Group, set[int]] = defaultdict(set)  # each group's sessions held in the period
        for s in everything:
            if s.status == SessionStatus.HELD:
                for group in tally_groups(s.day, s.workshop_id, s.theme_id, s.partner_ids):
                    members[group].add(s.id)
        self.sessions_of = {group: frozenset(ids) for group, ids in members.items()}
        self.groups_of: dict[frozenset[int], list[Group]] = defaultdict(list)
        for group, ids in sorted(self.sessions_of.items()):
            self.groups_of[ids].append(group)

    def line(self, label: str, sessions: list[_Session], *details: str,
             own: tuple[str, int] | None = None) -> WorkshopLine:
        """``own``: the group the line is, when it is one ("theme", its id): its tallies first."""
        held = [s for s in sessions if s.status == SessionStatus.HELD]
        counts = [self._year_count(year, frozenset(s.id for s in held if s.day.year == year), own)
                  for year in range(self.first.year, self.last.year + 1)]
        unique = None if None in counts else sum(c for c in counts if c is not None)
        return WorkshopLine(label, len(held), sum(s.attendance for s in held), unique,
                            len(sessions) - len(held), details)

    def _year_count(self, year: int, mine: frozenset[int], own: tuple[str, int] | None) -> int | None:
        if not mine:
            return 0
        whole = [(own[0], year, own[1])] if own else []
        for group in [*whole, *self.groups_of.get(mine, ())]:
            if self.sessions_of.get(group) == mine:
                return self._group_count(group, mine)
        workshops = {("workshop", year, w) for w in self._workshops(mine)}
        if all(self.sessions_of[group] <= mine for group in workshops):
            counts = [self._group_count(group, self.sessions_of[group]) for group in sorted(workshops)]
            return None if None in counts else sum(c for c in counts if c is not None)
        return None if self._whole(year) or self._erased(mine) else self._known(mine)

    def _whole(self, year: int) -> bool:
        return self.first <= date(year, 1, 1) and date(year, 12, 31) <= self.last

    def _workshops(self, ids: frozenset[int]) -> set[int]:
        return {group[2] for group, members in self.sessions_of.items()
                if group[0] == "workshop" and members & ids}

    def _known(self, ids: Iterable[int]) -> int:
        return len(set[tuple[str, str]]().union(*(self.people.known.get(i, set()) for i in ids)))

    def _erased(self, ids: Iterable[int]) -> bool:
        return any(self.people.erased.get(i) for i in ids)

    def _group_count(self, group: Group, ids: frozenset[int]) -> int | None:
        """Over a whole year, the tally kept at erasure plus those still known; over part of a year, those
        known, unless some were erased (then unknown)."""
        _scope, year, _ref = group
        if self._whole(year):
            return self.people.tallies.get(group, 0) + self._known(ids)
        return None if self._erased(ids) else self._known(ids)


def _grouped(sessions: list[_Session], keys: Callable[[_Session], Iterable[int]]) -> dict[int, list[_Session]]:
    groups: dict[int, list[_Session]] = defaultdict(list)
    for session in sessions:
        for key in keys(session):
            groups[key].append(session)
    return groups


def _months(first: date, last: date) -> Iterable[date]:
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def _by_month(first: date, until: date, sessions: list[_Session]) -> tuple[tuple[date, int], ...]:
    counts = dict.fromkeys(_months(first, until), 0)
    for session in sessions:
        if session.status == SessionStatus.HELD:
            counts[session.day.replace(day=1)] += session.attendance
    return tuple(counts.items())


# --- the partners ----------------------------------------------------------------------------------


def _partner_lines(db: Session, first: date, until: date, names: dict[int | None, str], action: Action | None,
                   workshops: dict[int, WorkshopLine]) -> tuple[PartnerLine, ...]:
    """Each organisation met or worked with over the period (the one partner of an action, even idle)."""
    meeting, present = meeting_tables.Meeting, meeting_tables.MeetingPartner
    rows = db.exec(
        select(present.partner_id, meeting.id, meeting.kind)
        .join(meeting, col(meeting.id) == present.meeting_id)
        .where(meeting.day >= first, meeting.day <= until, col(meeting.status).in_(HELD_MEETINGS))
    ).all()
    met: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for partner_id, meeting_id, kind in rows:
        met[partner_id].append((meeting_id or 0, kind))
    credited = _credited_minutes(db, {meeting_id for _p, meeting_id, _k in rows if meeting_id})
    wanted = {action.id} if action is not None else set(met) | {p for p, line in workshops.items() if _happened(line)}
    found = (PartnerLine(
        names[partner_id],
        _in_kind_order(Counter(kind for _m, kind in met[partner_id])),
        sum(credited.get(meeting_id, 0) for meeting_id, _k in met[partner_id]),
        line if (line := workshops.get(partner_id)) is not None and _happened(line) else None,
    ) for partner_id in wanted)
    return tuple(sorted(found, key=lambda line: name_key(line.name)))


def _credited_minutes(db: Session, meeting_ids: set[int]) -> dict[int, int]:
    """Meeting → the minutes credited to the members present, as counted in their balances (not pending)."""
    if not meeting_ids:
        return {}
    entry = hours_tables.TimeEntry
    rows = db.exec(
        select(col(entry.source_id), func.sum(entry.minutes))
        .where(entry.source == credits.MEETING, col(entry.source_id).in_(meeting_ids), col(entry.automatic),
               ~col(entry.pending), hours.in_team_time(entry.member_id, entry.day))
        .group_by(col(entry.source_id))
    )
    return {meeting_id: minutes for meeting_id, minutes in rows if meeting_id is not None}


def _in_kind_order(counts: Mapping[str, int]) -> tuple[Count, ...]:
    """Counts by meeting kind, the kinds in their usual order (any other after them)."""
    order = [kind.value for kind in MeetingKind]
    return tuple(Count(kind, counts[kind])
                 for kind in sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k)))


# --- the whole centre ------------------------------------------------------------------------------


def _with_centre(report: ActivityReport, ctx: Context, db: Session, until: date) -> ActivityReport:
    return replace(report, reception=_reception(db, report.first_day, until),
                   meetings=_meetings(db, report.first_day, until),
                   decisions=_decisions(ctx, db, report.first_day, until),
                   involved=tuple(Count(role.value, count) for role, count
                                  in people.involved(db, report.first_day, until, HELD_MEETINGS).items()))


def _reception(db: Session, first: date, until: date) -> Reception:
    shift, claim = rota_tables.Shift, rota_tables.ShiftClaim
    came = (select(col(claim.shift_id), func.count()).where(col(claim.no_show).is_(False))
            .group_by(col(claim.shift_id)).subquery())
    rows = db.exec(
        select(shift, func.coalesce(came.c[1], 0))
        .outerjoin(came, came.c.shift_id == shift.id)
        .where(shift.day >= first, shift.day <= until, shift.status == ShiftStatus.PLANNED)
    ).all()
    open_by_day: dict[date, list[tuple[time, time]]] = defaultdict(list)
    for row, _filled in rows:
        open_by_day[row.day].append((row.start_time, row.end_time))
    return Reception(
        minutes_open=sum(_covered_minutes(spans) for spans in open_by_day.values()),
        seats=sum(row.seats for row, _filled in rows),
        seats_filled=sum(min(row.seats, filled) for row, filled in rows),
    )


def _covered_minutes(spans: list[tuple[time, time]]) -> int:
    """The minutes of a day covered by at least one shift (two shifts side by side count once)."""
    total, reached = 0, 0
    for start, end in sorted((s.hour * 60 + s.minute, e.hour * 60 + e.minute) for s, e in spans):
        if end > reached:
            total += end - max(start, reached)
            reached = end
    return total


def _meetings(db: Session, first: date, until: date) -> tuple[Count, ...]:
    meeting = meeting_tables.Meeting
    return _in_kind_order(dict(db.exec(
        select(meeting.kind, func.count())
        .where(meeting.day >= first, meeting.day <= until, col(meeting.status).in_(HELD_MEETINGS))
        .group_by(meeting.kind)
    ).all()))


def _decisions(ctx: Context, db: Session, first: date, until: date) -> tuple[Count, ...]:
    """The decisions adopted (closed) on the days of the period, by category ("" without one)."""
    proposal = decision_tables.Proposal
    start = datetime.combine(first, time(), tzinfo=ctx.timezone)
    end = datetime.combine(until + timedelta(days=1), time(), tzinfo=ctx.timezone)
    counts = db.exec(
        select(proposal.category, func.count())
        .where(proposal.status == ProposalStatus.ADOPTED.value, col(proposal.closed_at) >= start,
               col(proposal.closed_at) < end)
        .group_by(proposal.category)
    ).all()
    by_name = sorted(counts, key=lambda row: (row[0] == "", name_key(row[0])))  # "without a category" last
    return tuple(Count(category, count) for category, count in by_name)


def _with_team_hours(report: ActivityReport, view: hours.TeamView) -> ActivityReport:
    """The self-management hours by category, as the hours report totals them (up to today)."""
    done = tuple(Count(category.label, view.category_total(category.id)) for category in view.categories
                 if category.is_self_management and (category.active or view.category_total(category.id)))
    return replace(report, self_management=done)
