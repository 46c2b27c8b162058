"""Two workstations race for the last seat of 200 shifts: never two people on a seat meant for one."""

import multiprocessing
from datetime import date, time, timedelta

from app.domain.members import MemberDraft
from app.services import members, rota
from app.services.context import Context
from app.services.errors import NotAllowed
from app.storage.engine import open_database
from app.storage.models.rota import Shift
from tests.conftest import TEST_NOW

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


def test_two_processes_never_seat_more_than_the_seats(ctx, database_url):
    amina = members.add_member(ctx, MemberDraft(name="Amina")).id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    with ctx.writing() as unit:
        shifts = [Shift(day=FIRST_DAY + timedelta(days=n // 4), start_time=time(8 + 2 * (n % 4)),
                        end_time=time(9 + 2 * (n % 4)), seats=1) for n in range(SHIFTS)]
        unit.db.add_all(shifts)
        unit.db.flush()
        shift_ids = [shift.id for shift in shifts]
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
