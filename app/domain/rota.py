"""Rules of the rotating reception desk: who may hold a seat, fair shares, and a draft rota.

Everyone takes turns at reception, in proportion to their self-management hours. ``draft_rota``
hands the open seats of a period to the team with OR-Tools CP-SAT: first it fills every seat that
can be filled without breaking a rule, then it brings each member's reception time (already held in
the rolling window + proposed) close to their fair share, varies everyone's half-days and honours
preferences, as ``Weights`` says.
"""

from __future__ import annotations  # the solver's types appear in annotations only

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from math import gcd
from time import perf_counter
from typing import TYPE_CHECKING, Literal

from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

if TYPE_CHECKING:  # OR-Tools takes half a second to load: only a draft rota waits for it
    from ortools.sat.python import cp_model

Half = Literal["am", "pm"]
Slot = tuple[int, Half]  # (weekday with Monday = 0, half of the day)
Status = Literal["optimal", "feasible", "infeasible"]


class ShiftStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"  # a closure, or the end of its weekly shift


class SwapStatus(StrEnum):
    OFFERED = "offered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CANCELLED = "cancelled"  # by its author, or because they released the shift

NOON = time(12, 0)
NUM_WORKERS = 2  # the centre's machine has two cores
# Deterministic seconds (the same under any load) per 1,000 choices of a member for a shift: twice
# what 40 members × 12 weeks need. Never less than QUICK_PROOF_LEAST, what loading a model costs.
QUICK_PROOF_WORK, QUICK_PROOF_LEAST = 0.15, 0.05
RANDOM_SEED = 20160101

# Shifts are created at most two years ahead: enough for any rota a team plans, while a typing slip (100000
# weeks) would write a million empty shifts, all shown open, and slow every screen of the rota for good.
MAX_WEEKS_AHEAD = 104

# The seats of a shift: the set-up dialog offers up to this many, and must show any number a shift keeps (one
# kept from before the rule below). A whole team is about 25 people: more seats are a typing slip (100000000),
# which the proposed rota and the reception page would try to fill seat by seat, for good.
MAX_SEATS = 20
# A shift's label, like "Vaccination day": what the database column keeps (PostgreSQL refuses more).
MAX_LABEL = 80
# Why the centre closes a day, like "Team away day": likewise.
MAX_CLOSURE_REASON = 120

SEAT_END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "A reception seat must end after it starts.")
BAD_SEATS = QT_TRANSLATE_NOOP("Errors", "A shift has at least one seat.")
TOO_MANY_SEATS = QT_TRANSLATE_NOOP("Errors", "A shift has at most {most} seats, not {seats}.")
LABEL_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "A shift's label has at most {limit} characters.")
REASON_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The reason for a closure has at most {limit} characters.")
BAD_TIMES = QT_TRANSLATE_NOOP("Errors", "A shift must end after it starts.")
WEEKS_AHEAD_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "Shifts are created from 1 to {most} weeks ahead, not {weeks}.")
NEGATIVE_WEIGHT = QT_TRANSLATE_NOOP("Errors", "The weights of the rota cannot be negative.")


@dataclass(frozen=True)
class Seat:
    """One place at the desk: a shift (a morning, an afternoon) has one or more seats."""

    shift_id: int
    seat_index: int
    day: date
    start: time
    end: time

    @property
    def minutes(self) -> int:
        return minutes_between(self.start, self.end)

    @property
    def slot(self) -> Slot:
        return self.day.weekday(), half_of_day(self.start)


@dataclass(frozen=True)
class Candidate:
    """A member who may be put on the rota, with everything the rules need to know about them.

    ``past_minutes`` is the reception time already held or claimed in the rolling window;
    ``busy`` lists the shifts they already hold in the period (date, start, end).
    """

    member_id: int
    self_management_minutes: int  # weekly
    working_days: frozenset[int]  # Monday = 0
    unavailable: frozenset[Slot]
    absent_days: frozenset[date]
    exempt: bool
    past_minutes: int
    preferred: frozenset[Slot] = frozenset()
    busy: tuple[tuple[date, time, time], ...] = ()


@dataclass(frozen=True)
class Weights:
    """How the draft chooses between rotas that fill the same seats.

    Filling every seat that can be filled always comes first; these weights only settle the rest.
    They are counted in points, and a point is worth one minute away from a fair share:

    - ``fairness``: points for each minute that a member's reception time (already held plus
      proposed) is above or below their fair share. Raise it to make the shares more even.
    - ``spread``: points each time a member gets the same half-day of the week (say, Tuesday
      morning) once more in the period. Raise it so that everyone's shifts vary more.
    - ``preference``: points won for each shift given on a half-day its member prefers. Raise it
      to follow preferences even at some cost to fairness.
    """

    fairness: int = 1
    spread: int = 30
    preference: int = 20

    def __post_init__(self) -> None:
        if min(self.fairness, self.spread, self.preference) < 0:
            raise RuleViolation(NEGATIVE_WEIGHT)


@dataclass(frozen=True)
class Assignment:
    shift_id: int
    seat_index: int
    member_id: int


@dataclass(frozen=True)
class MemberLoad:
    """A member's reception time in the rolling window before and after the draft."""

    member_id: int
    fair_share_minutes: float
    before_minutes: int
    after_minutes: int

    @property
    def deviation_minutes(self) -> float:
        return self.after_minutes - self.fair_share_minutes


@dataclass(frozen=True)
class DraftRota:
    """The draft rota, the seats no rota can fill, and each member's load before and after.

    ``status`` is 'optimal' (proven best), 'feasible' (the best found in the time given: its
    objective is at most ``gap``, a fraction, worse than the best possible) or 'infeasible' (no
    rota: the solver failed, which the rules never cause). Every status keeps every rule.
    """

    assignments: tuple[Assignment, ...]
    status: Status
    gap: float
    wall_seconds: float
    loads: tuple[MemberLoad, ...]
    unfilled: tuple[Seat, ...]


def check_weeks_ahead(weeks: int) -> None:
    """Refuse to create shifts for no week, or for more than :data:`MAX_WEEKS_AHEAD`."""
    if not 1 <= weeks <= MAX_WEEKS_AHEAD:
        raise RuleViolation(WEEKS_AHEAD_RANGE, most=MAX_WEEKS_AHEAD, weeks=weeks)


def check_times(start: time, end: time, seats: int) -> None:
    """A shift, weekly or one-off, typed or imported: it ends after it starts and has from 1 to
    :data:`MAX_SEATS` seats."""
    if end <= start:
        raise RuleViolation(BAD_TIMES)
    if seats < 1:
        raise RuleViolation(BAD_SEATS)
    if seats > MAX_SEATS:
        raise RuleViolation(TOO_MANY_SEATS, most=MAX_SEATS, seats=seats)


def check_closure_reason(reason: str) -> str:
    """Why the centre closes a day, as kept: at most :data:`MAX_CLOSURE_REASON` characters."""
    reason = reason.strip()
    if len(reason) > MAX_CLOSURE_REASON:
        raise RuleViolation(REASON_TOO_LONG, limit=MAX_CLOSURE_REASON)
    return reason


def check_label(label: str) -> str:
    """A shift's label, weekly or one-off, as kept: on one line, at most :data:`MAX_LABEL` characters."""
    label = " ".join(label.split())
    if len(label) > MAX_LABEL:
        raise RuleViolation(LABEL_TOO_LONG, limit=MAX_LABEL)
    return label


def minutes_between(start: time, end: time) -> int:
    """Whole minutes from ``start`` to ``end`` on the same day."""
    return (datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds // 60


def half_of_day(start: time) -> Half:
    """'am' for what starts before noon, 'pm' from 12:00."""
    return "am" if start < NOON else "pm"


def half_days(opens: time, closes: time) -> tuple[tuple[time, time], ...]:
    """The reception shifts of a day the centre is open from ``opens`` to ``closes``: a morning and an
    afternoon that meet halfway (to the quarter hour), or a single shift when it opens only half a day."""
    if not opens < NOON < closes:
        return ((opens, closes),)
    middle = (minutes_between(time(0), opens) + minutes_between(time(0), closes)) // 2 // 15 * 15
    split = time(middle // 60, middle % 60)
    return ((opens, split), (split, closes))


def fair_shares(total_reception_minutes: int, candidates: Iterable[Candidate]) -> dict[int, float]:
    """Split the total between members in proportion to their weekly self-management minutes.

    Exempt members get 0 and do not count in the split. If nobody has self-management time,
    everybody's share is 0.
    """
    candidates = list(candidates)
    team_minutes = sum(c.self_management_minutes for c in candidates if not c.exempt)
    return {
        c.member_id: 0.0
        if c.exempt or team_minutes == 0
        else total_reception_minutes * c.self_management_minutes / team_minutes
        for c in candidates
    }


def may_hold(candidate: Candidate, seat: Seat) -> bool:
    """Whether the rules let this member sit at this seat, given the shifts they already hold.

    Not exempt, on a working day, not absent, not unavailable that half-day, and no other shift
    that day (one shift a day at most, which also rules out any overlap).
    """
    return (
        not candidate.exempt
        and seat.day.weekday() in candidate.working_days
        and seat.day not in candidate.absent_days
        and seat.slot not in candidate.unavailable
        and all(day != seat.day for day, _, _ in candidate.busy)
    )


@dataclass(frozen=True)
class _Shift:
    """The seats of one shift, interchangeable, so the model only decides who is on the shift."""

    seats: tuple[Seat, ...]

    @property
    def first(self) -> Seat:
        return self.seats[0]


def _group_into_shifts(seats: Sequence[Seat]) -> list[_Shift]:
    """The seats of each shift, checked, in the order of the calendar."""
    by_shift: dict[int, list[Seat]] = defaultdict(list)
    for seat in seats:
        if seat.end <= seat.start:
            raise RuleViolation(SEAT_END_BEFORE_START)
        by_shift[seat.shift_id].append(seat)
    shifts = []
    for shift_id, group in by_shift.items():
        group.sort(key=lambda seat: seat.seat_index)
        # Broken data from the caller, not a rule a user can break: no message to translate.
        if len({seat.seat_index for seat in group}) < len(group):
            raise ValueError(f"a seat of shift {shift_id} is listed twice")
        if len({(seat.day, seat.start, seat.end) for seat in group}) > 1:
            raise ValueError(f"the seats of shift {shift_id} differ in day or hours")
        shifts.append(_Shift(tuple(group)))
    return sorted(shifts, key=lambda shift: (shift.first.day, shift.first.start, shift.first.shift_id))


def _check_candidates(candidates: Sequence[Candidate]) -> None:
    """Broken data from the caller, not a rule a user can break: no message to translate."""
    if len({c.member_id for c in candidates}) < len(candidates):
        raise ValueError("a member is listed twice")
    if any(c.past_minutes < 0 or c.self_management_minutes < 0 for c in candidates):
        raise ValueError("minutes cannot be negative")


def _fill_greedily(
    shifts: list[_Shift], of_shift: Mapping[int, list[int]], need: list[float]
) -> dict[int, list[int]]:
    """Fill as many seats as can be filled, day by day: member indexes on each shift index.

    Nobody holds two shifts a day, so days are independent and filling a day is a bipartite
    matching of members to seats, whose maximum ``_fill_day`` finds: no rota fills more seats.
    Whoever is furthest below their fair share is seated first, on the half-day they have held
    least: a fair enough rota to fall back on if the solver runs out of time.
    """
    on_shift: dict[int, list[int]] = defaultdict(list)
    times_held: dict[tuple[int, Slot], int] = defaultdict(int)
    for day_shifts in _by_day(shifts).values():
        for m, s in _fill_day(shifts, day_shifts, of_shift, need, times_held).items():
            on_shift[s].append(m)
            need[m] -= shifts[s].first.minutes
            times_held[m, shifts[s].first.slot] += 1
    return on_shift


def _fill_day(
    shifts: list[_Shift],
    day_shifts: list[int],
    of_shift: Mapping[int, list[int]],
    need: list[float],
    times_held: Mapping[tuple[int, Slot], int],
) -> dict[int, int]:
    """A maximum matching of the day's members to its seats (augmenting paths): member → shift."""
    seat_of: dict[int, int] = {}

    def seat(m: int, visited: set[int]) -> bool:
        """Seat m somewhere, moving others to another shift if need be (an augmenting path)."""
        allowed = [s for s in day_shifts if m in of_shift[s]]
        for s in sorted(allowed, key=lambda s: times_held[m, shifts[s].first.slot]):
            if s in visited:
                continue
            visited.add(s)
            holders = [other for other, held in seat_of.items() if held == s]
            if len(holders) < len(shifts[s].seats) or any(seat(other, visited) for other in holders):
                seat_of[m] = s
                return True
        return False

    seats = sum(len(shifts[s].seats) for s in day_shifts)
    for m in sorted({m for s in day_shifts for m in of_shift[s]}, key=lambda m: -need[m]):
        if len(seat_of) == seats:  # a full day: the others need not look for a seat
            break
        seat(m, set())
    return seat_of


def _by_day(shifts: list[_Shift]) -> dict[date, list[int]]:
    by_day: dict[date, list[int]] = defaultdict(list)
    for s, shift in enumerate(shifts):
        by_day[shift.first.day].append(s)
    return by_day


class _RotaModel:
    """The CP-SAT model: one boolean per (member, shift) that the rules allow.

    Filling the most seats is a hard constraint (each day must fill as many as the greedy filling,
    which is the most possible); then it minimises, in units of 1/``scale`` of a minute so that
    fair shares stay whole numbers: fairness × deviations + spread × repeats − preference × hits.
    """

    def __init__(self, shifts: list[_Shift], candidates: Sequence[Candidate], weights: Weights) -> None:
        from ortools.sat.python import cp_model

        self.model = cp_model.CpModel()
        self.shifts = shifts
        self.candidates = candidates
        self.on: dict[tuple[int, int], cp_model.IntVar] = {}  # (candidate index, shift index)
        self.of_member: dict[int, list[int]] = defaultdict(list)  # shift indexes allowed to a member
        self.of_shift: dict[int, list[int]] = defaultdict(list)  # members allowed on a shift
        for m, candidate in enumerate(candidates):
            for s, shift in enumerate(shifts):
                if may_hold(candidate, shift.first):
                    self.on[m, s] = self.model.new_bool_var(f"m{candidate.member_id}_s{s}")
                    self.of_member[m].append(s)
                    self.of_shift[s].append(m)
        self.minutes = [shift.first.minutes for shift in shifts]
        self.filled = [sum(self.on[m, s] for m in self.of_shift[s]) for s in range(len(shifts))]
        for s, filled in enumerate(self.filled):
            if len(self.of_shift[s]) > len(shifts[s].seats):
                self.model.add(filled <= len(shifts[s].seats))
        self._one_shift_a_day()
        self.greedy = _fill_greedily(shifts, self.of_shift, self._needs())
        for day_shifts in _by_day(shifts).values():
            most = sum(len(self.greedy[s]) for s in day_shifts)
            self.model.add(sum(self.filled[s] for s in day_shifts) == most)
        scale, deviations = self._fairness()
        self.model.minimize(
            weights.fairness * sum(deviations)
            + scale * weights.spread * sum(self._spread())
            - scale * weights.preference * sum(self._preferred())
        )

    def _needs(self) -> list[float]:
        """Minutes each member lacks to reach their fair share, were every seat filled."""
        team_past = sum(c.past_minutes for c in self.candidates if not c.exempt)
        total = team_past + sum(
            minutes * len(shift.seats) for minutes, shift in zip(self.minutes, self.shifts)
        )
        shares = fair_shares(total, self.candidates)
        return [shares[c.member_id] - c.past_minutes for c in self.candidates]

    def _one_shift_a_day(self) -> None:
        for m, allowed in self.of_member.items():
            by_day: dict[date, list[cp_model.IntVar]] = defaultdict(list)
            for s in allowed:
                by_day[self.shifts[s].first.day].append(self.on[m, s])
            for group in by_day.values():
                if len(group) > 1:
                    self.model.add_at_most_one(group)

    def _fairness(self) -> tuple[int, list[cp_model.IntVar]]:
        """scale × |past + new − fair share| for each member, in whole numbers.

        With weight = self-management minutes ÷ their gcd and scale = the team's sum of weights,
        scale × fair share = weight × team total. The team total counts the seats the greedy rota
        fills: every rota fills as many, and as many minutes unless a day mixes shift lengths.
        """
        counted = [(m, c) for m, c in enumerate(self.candidates) if not c.exempt]
        unit = gcd(*(c.self_management_minutes for _, c in counted)) or 1
        scale = sum(c.self_management_minutes for _, c in counted) // unit or 1
        team_total = sum(c.past_minutes for _, c in counted) + sum(
            self.minutes[s] * len(members) for s, members in self.greedy.items()
        )
        deviations = []
        for m, candidate in counted:
            target = candidate.self_management_minutes // unit * team_total - scale * candidate.past_minutes
            deviations.append(self._deviation(m, scale, target))
        return scale, deviations

    def _deviation(self, m: int, scale: int, target: int) -> cp_model.IntVar:
        """A variable for |scale × new minutes − target|, as tight as the shift lengths allow.

        New minutes come in steps of ``step`` (the gcd of the member's shift lengths), which one
        variable counts: the deviation is then a convex function of that count, bounded at its ends,
        and between the two counts around the target the line joining their deviations is a valid
        lower bound too. It tells the solver early what rounding to whole shifts costs, which proves
        optimality fast.
        """
        shifts = self.of_member[m]
        step = gcd(*(self.minutes[s] for s in shifts)) or 1
        most = sum(self.minutes[s] for s in shifts) // step
        steps = self.model.new_int_var(0, most, f"steps_{m}")
        self.model.add(step * steps == sum(self.minutes[s] * self.on[m, s] for s in shifts))
        unit = scale * step
        deviation = self.model.new_int_var(0, max(target, unit * most - target, -target), f"deviation_{m}")
        self.model.add(deviation >= unit * steps - target)
        self.model.add(deviation >= target - unit * steps)
        below = target // unit  # the last count at or below the target
        at_below, at_above = target - unit * below, unit * (below + 1) - target
        self.model.add(deviation >= at_below + (at_above - at_below) * (steps - below))
        return deviation

    def _spread(self) -> list[cp_model.IntVar]:
        """A repeat for each shift on a half-day of the week the member already holds in the period."""
        repeats = []
        for m, candidate in enumerate(self.candidates):
            held: dict[Slot, int] = defaultdict(int)
            for day, start, _ in candidate.busy:
                held[day.weekday(), half_of_day(start)] += 1
            by_slot: dict[Slot, list[cp_model.IntVar]] = defaultdict(list)
            for s in self.of_member[m]:
                by_slot[self.shifts[s].first.slot].append(self.on[m, s])
            for slot, group in by_slot.items():
                most = len(group) + held[slot] - 1
                if most > 0:
                    repeat = self.model.new_int_var(0, most, f"repeat_{m}_{slot}")
                    self.model.add(repeat >= sum(group) + held[slot] - 1)
                    repeats.append(repeat)
        return repeats

    def _preferred(self) -> list[cp_model.IntVar]:
        return [
            var
            for (m, s), var in self.on.items()
            if self.shifts[s].first.slot in self.candidates[m].preferred
        ]


def _solve(rota: _RotaModel, time_limit_s: float) -> tuple[cp_model.CpSolver, cp_model.CpSolverStatus]:
    """Solve in two rounds, the second only when the first proves nothing.

    When shifts are the same length, the linear relaxation (one shift a day included) is tight and
    nearly whole: one worker that follows it (LP_SEARCH) proves the optimum with little work, in
    proportion to the model. Shifts of several lengths leave it fractional, and following it may
    not even find a rota: then both cores search freely for the time left, from the first round's
    rota if it found one.
    """
    from ortools.sat.python import cp_model

    started = perf_counter()
    quick = _solver(time_limit_s, workers=1)
    quick.parameters.search_branching = cp_model.LP_SEARCH
    quick.parameters.linearization_level = 2
    quick.parameters.max_deterministic_time = max(QUICK_PROOF_LEAST, QUICK_PROOF_WORK * len(rota.on) / 1000)
    outcome = quick.solve(rota.model)
    if outcome == cp_model.OPTIMAL:
        return quick, outcome
    if outcome == cp_model.FEASIBLE:
        rota.model.clear_hints()
        for index, value in enumerate(quick.response_proto.solution):
            rota.model.add_hint(rota.model.get_int_var_from_proto_index(index), value)
    free = _solver(time_limit_s - (perf_counter() - started), workers=NUM_WORKERS)
    free_outcome = free.solve(rota.model)
    if free_outcome == cp_model.UNKNOWN:  # no time left for a second round
        return quick, outcome
    return free, free_outcome


def _solver(time_limit_s: float, workers: int) -> cp_model.CpSolver:
    """CP-SAT for this model: every constraint in the relaxation from the start; presolve skips
    probing and symmetries (members are seldom interchangeable), which cost more than they save."""
    from ortools.sat.python import cp_model

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.0, time_limit_s)
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = RANDOM_SEED
    solver.parameters.add_lp_constraints_lazily = False
    solver.parameters.cp_model_probing_level = 0
    solver.parameters.symmetry_level = 0
    return solver


def draft_rota(
    seats: Sequence[Seat],
    candidates: Sequence[Candidate],
    *,
    time_limit_s: float = 2.0,
    weights: Weights = Weights(),
) -> DraftRota:
    """Propose who holds each seat; never break a rule, fill every seat that can be filled.

    A seat nobody may hold is returned in ``unfilled``, never an error. Within ``time_limit_s``
    seconds the best rota found is returned, with its status and relative optimality gap.
    """
    from ortools.sat.python import cp_model

    started = perf_counter()
    shifts = _group_into_shifts(seats)
    _check_candidates(candidates)
    rota = _RotaModel(shifts, candidates, weights)
    solver, outcome = _solve(rota, time_limit_s)
    on_shift: dict[int, list[int]] = defaultdict(list)
    if outcome in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for (m, s), var in rota.on.items():
            if solver.boolean_value(var):
                on_shift[s].append(candidates[m].member_id)
        objective, bound = solver.objective_value, solver.best_objective_bound
        optimal = outcome == cp_model.OPTIMAL
        gap = 0.0 if optimal else max(0.0, objective - bound) / max(1.0, abs(objective))
        status: Status = "optimal" if optimal else "feasible"
    elif outcome == cp_model.UNKNOWN:  # no time to find anything: the greedy rota breaks no rule either
        for s, members in rota.greedy.items():
            on_shift[s] = [candidates[m].member_id for m in members]
        gap, status = 1.0, "feasible"
    else:  # the model is never infeasible (an empty rota fits), so this is a bug: say so
        gap, status = 1.0, "infeasible"
    return _draft(shifts, candidates, on_shift, status, gap, perf_counter() - started)


def _draft(
    shifts: list[_Shift],
    candidates: Sequence[Candidate],
    on_shift: Mapping[int, list[int]],
    status: Status,
    gap: float,
    wall_seconds: float,
) -> DraftRota:
    """Seat the members of each shift in the order of their ids; the seats left over are unfilled."""
    assignments: list[Assignment] = []
    unfilled: list[Seat] = []
    new_minutes: dict[int, int] = defaultdict(int)
    for s, shift in enumerate(shifts):
        members = sorted(on_shift.get(s, ()))
        for seat, member_id in zip(shift.seats, members):
            assignments.append(Assignment(seat.shift_id, seat.seat_index, member_id))
            new_minutes[member_id] += seat.minutes
        unfilled.extend(shift.seats[len(members) :])
    team_past = sum(c.past_minutes for c in candidates if not c.exempt)
    shares = fair_shares(team_past + sum(new_minutes.values()), candidates)
    loads = tuple(
        MemberLoad(
            c.member_id, shares[c.member_id], c.past_minutes, c.past_minutes + new_minutes[c.member_id]
        )
        for c in candidates
    )
    assignments.sort(key=lambda a: (a.shift_id, a.seat_index))
    return DraftRota(tuple(assignments), status, gap, wall_seconds, loads, tuple(unfilled))
