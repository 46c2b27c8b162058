"""Two workstations enrol people for the last place of 50 sessions at once: one gets it, one waits."""

import multiprocessing
from datetime import date, time, timedelta

from app.domain.workshops import EnrolmentStatus
from app.services import workshops as ws
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import TEST_NOW

SESSIONS = 50


def race(url: str, name: str, session_ids: list[int], barrier, results) -> None:
    engine = open_database(url)
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    barrier.wait()
    waiting = [ws.enrol(ctx, session_id, name).waiting for session_id in session_ids]
    engine.dispose()
    results.put((name, waiting))


def test_never_more_places_than_the_capacity(ctx, database_url):
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Atelier d'une place", capacity=1))
    first = date(2026, 11, 24)
    session_ids = [
        ws.add_session(ctx, workshop.id, ws.SessionDraft(first + timedelta(days=n), time(10), time(11))).sessions[0].id
        for n in range(SESSIONS)
    ]
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=race, args=(database_url, name, session_ids, barrier, results))
               for name in ("Nadia", "Yves")]
    for worker in workers:
        worker.start()
    outcomes = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    for index, session_id in enumerate(session_ids):
        enrolments = ws.list_enrolments(ctx, session_id)
        assert [r.status for r in enrolments] == [EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITING]
        assert outcomes["Nadia"][index] != outcomes["Yves"][index]
        assert len({r.id for r in enrolments}) == 2
