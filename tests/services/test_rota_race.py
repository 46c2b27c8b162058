"""Two workstations race for the last seat of 200 shifts: never two people on a seat meant for one. A member
claims shifts while another workstation records her departure or absence: no seat is left held by her. A day is
closed at one workstation while another adds shifts to it: no shift is left on the closed day."""

import multiprocessing
import time as clock
from datetime import date, time, timedelta

import pytest

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import hours, members, rota
from app.services.context import Context
from app.services.errors import NotAllowed
from app.storage.engine import open_database
from app.storage.models.rota import Shift
from tests.conftest import TEST_NOW, at_the_first_commit, other_workstation

SHIFTS = 200
FIRST_DAY = date(2026, 11, 24)


def race(url: str, member_id: int, shift_ids: list[int], barrier, results) -> None:
    """One workstation: claim every shift in turn, noting what it won and the refusals it read."""
    engine = open_database(url)
    ctx = Context(engine, actor_id=member_id, clock=lambda: TEST_NOW, system="tests")
    won, refusals = [], []
    barrier.wait()
    for shift_id in shift_ids:
        try:
            rota.claim_shift(ctx, shift_id)
            won.append(shift_id)
        except NotAllowed as refused:
            refusals.append(str(refused))
    engine.dispose()
    results.put((member_id, won, refusals))


def add_shifts(ctx: Context) -> list[int]:
    """SHIFTS shifts of one seat from FIRST_DAY, four a day."""
    with ctx.writing() as unit:
        shifts = [Shift(day=FIRST_DAY + timedelta(days=n // 4), start_time=time(8 + 2 * (n % 4)),
                        end_time=time(9 + 2 * (n % 4)), seats=1) for n in range(SHIFTS)]
        unit.db.add_all(shifts)
        unit.db.flush()
        return [shift.id for shift in shifts]


def test_two_processes_never_seat_more_than_the_seats(ctx, database_url):
    amina = members.add_member(ctx, MemberDraft(name="Amina")).id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    shift_ids = add_shifts(ctx)
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=race, args=(database_url, member, shift_ids, barrier, results))
               for member in (amina, bruno)]
    for worker in workers:
        worker.start()
    outcomes = {member: (won, refusals) for member, won, refusals in (results.get(timeout=120) for _ in workers)}
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    held = rota.shifts_between(ctx, FIRST_DAY, FIRST_DAY + timedelta(days=SHIFTS))
    assert len(held) == SHIFTS and all(len(shift.claimants) == 1 for shift in held)
    assert len(outcomes[amina][0]) + len(outcomes[bruno][0]) == SHIFTS
    names = {amina: "Amina", bruno: "Bruno"}
    for member, (won, refusals) in outcomes.items():
        winner = names[bruno if member == amina else amina]
        assert len(refusals) == SHIFTS - len(won)
        assert all(refusal == f"This shift is full: {winner} took the last seat." for refusal in refusals)


def claim_until_refused(url: str, member_id: int, shift_ids: list[int], claiming, results) -> None:
    """The member's workstation: claim each shift in turn (``claiming`` set once one is won); how many it won."""
    engine = open_database(url)
    ctx = Context(engine, actor_id=member_id, clock=lambda: TEST_NOW, system="tests")
    won = 0
    for shift_id in shift_ids:
        try:
            rota.claim_shift(ctx, shift_id)
            won += 1
            claiming.set()
        except RuleViolation:
            pass
        clock.sleep(0.02)  # a person's next click: SQLite's busy handler is not fair to a writer that waits
    engine.dispose()
    results.put(won)


def take_off(url: str, member_id: int, leaving: str, claiming) -> None:
    """Another workstation, while the claims go on: her departure, or an absence over every shift."""
    engine = open_database(url)
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    claiming.wait(timeout=60)
    clock.sleep(0.1)
    if leaving == "departure":
        members.deactivate(ctx, member_id)
    else:
        hours.add_absence(ctx, member_id, FIRST_DAY, FIRST_DAY + timedelta(days=SHIFTS), "sick")
    engine.dispose()


@pytest.mark.parametrize("leaving", ["departure", "absence"])
def test_a_member_taken_off_the_desk_while_claiming_holds_no_seat_after(ctx, database_url, leaving):
    amina = members.add_member(ctx, MemberDraft(name="Amina")).id
    shift_ids = add_shifts(ctx)
    spawn = multiprocessing.get_context("spawn")
    claiming, results = spawn.Event(), spawn.Queue()
    workers = [spawn.Process(target=claim_until_refused, args=(database_url, amina, shift_ids, claiming, results)),
               spawn.Process(target=take_off, args=(database_url, amina, leaving, claiming))]
    for worker in workers:
        worker.start()
    won = results.get(timeout=120)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    assert 0 < won < SHIFTS  # the claims began before, and ended with, her departure or absence
    assert rota.member_shifts(ctx, amina, FIRST_DAY, FIRST_DAY + timedelta(days=SHIFTS)) == []


CLOSED_DAY = date(2026, 11, 25)  # the Wednesday after TEST_NOW
CLOSE = ("close", lambda ctx: rota.add_closure(ctx, CLOSED_DAY, "Inventaire"))
ADD_SHIFT = ("add a shift", lambda ctx: rota.add_shift(ctx, CLOSED_DAY, time(14), time(17)))
CREATE_AHEAD = ("create shifts ahead", lambda ctx: rota.create_shifts_ahead(ctx, 2))


@pytest.mark.parametrize(("first", "second"), [(CLOSE, ADD_SHIFT), (ADD_SHIFT, CLOSE),
                                               (CLOSE, CREATE_AHEAD), (CREATE_AHEAD, CLOSE)],
                         ids=lambda step: step[0])
def test_a_day_closed_while_another_workstation_adds_shifts_to_it_keeps_none(ctx, database_url, monkeypatch,
                                                                             first, second):
    """The first workstation's transaction, its checks and writes done, waits before its commit until the second
    one has finished, or waits for it: on PostgreSQL the second would otherwise check the day before the first
    commits, and a shift would stay on the closed day."""
    rota.add_template(ctx, CLOSED_DAY.weekday(), time(9), time(12))
    other, application = other_workstation(ctx, database_url)
    raised = at_the_first_commit(ctx, other, application, monkeypatch, lambda: first[1](ctx),
                                 lambda: second[1](other))
    assert [error for error in raised if not isinstance(error, RuleViolation)] == []  # refused: the day is closed
    assert [closure.day for closure in rota.list_closures(ctx)] == [CLOSED_DAY]
    assert rota.shifts_between(ctx, CLOSED_DAY, CLOSED_DAY) == []
