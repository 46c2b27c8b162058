"""Two workstations enrol people in the last seat of 30 cycles at once: one gets it, the other waits."""

import multiprocessing
from datetime import date, time

from app.domain.cycles import CycleStatus
from app.services import workshops as ws
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import TEST_NOW

CYCLES = 30


def race(url: str, name: str, workshop_ids: list[int], barrier, results) -> None:
    engine = open_database(url)
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    barrier.wait()
    waiting = [ws.enrol_in_cycle(ctx, workshop_id, name).waiting for workshop_id in workshop_ids]
    engine.dispose()
    results.put((name, waiting))


def test_never_more_seats_than_the_capacity(ctx, database_url):
    workshop_ids = []
    for n in range(CYCLES):
        workshop = ws.add_workshop(ctx, ws.WorkshopDraft(f"Groupe {n}", capacity=1, is_cycle=True))
        ws.add_series(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 26), time(14), time(16)), count=3)
        workshop_ids.append(workshop.id)
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=race, args=(database_url, name, workshop_ids, barrier, results))
               for name in ("Nadia", "Yves")]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    for index, workshop_id in enumerate(workshop_ids):
        cycle = ws.get_cycle(ctx, workshop_id)
        assert [m.status for m in cycle.members] == [CycleStatus.ENROLLED, CycleStatus.WAITING]
        assert outcomes["Nadia"][index] != outcomes["Yves"][index]
        assert {s.expected for s in cycle.sessions} == {1}
