"""Switching the Reception page from one week to the next with 5 years of shifts (40 members).

Goal (issue 4): median ≤ 16 ms for a week switch (service read, grid model reset and repaint). The figure is
recorded in ``extra_info`` and printed; a median above twice the goal fails.
"""

from datetime import timedelta

import pytest
from sqlalchemy import func
from sqlmodel import select

from app.demo import rota as rota_demo
from app.demo.centre import Synthetic
from app.domain.members import MemberDraft
from app.services import centre, members, rota
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.models.rota import Shift
from tests.conftest import TEST_NOW

GOAL_S = 0.016
MEMBERS = 40


@pytest.fixture(scope="module")
def five_years(tmp_path_factory):
    path = tmp_path_factory.mktemp("rota") / "rota.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
    arrival = TEST_NOW.date() - timedelta(days=6 * 366)  # before the five years of shifts: nobody is seated earlier
    for index in range(MEMBERS):
        members.add_member(ctx, MemberDraft(name=f"Membre {index:02d}", start_date=arrival))
    rota_demo.demo_step(ctx, {}, Synthetic(members=MEMBERS, years=5))
    with ctx.reading() as db:
        assert db.exec(select(func.count()).select_from(Shift)).one() > 2400
    yield ctx
    engine.dispose()


def test_week_switch_on_the_reception_page(benchmark, five_years, qapp):
    from app.ui.hub import SignalHub
    from app.ui.pages.reception import ReceptionPage
    from app.ui.workspace import Workspace

    workspace = Workspace(five_years, SignalHub())
    workspace.set_actor(1)
    page = ReceptionPage(workspace, "Reception")
    page.show()
    weeks = iter(range(10_000))
    start = page.monday - timedelta(weeks=100)

    def switch():
        page.show_week(start + timedelta(weeks=next(weeks) % 104))
        page.grid.viewport().repaint()  # painted too, not only read

    try:
        benchmark(switch)
        assert page.week_model.rowCount() == 2 and page.week_model.columnCount() == 5
        if benchmark.enabled:
            median = benchmark.stats.stats.median
            benchmark.extra_info["week_switch_median_ms"] = round(median * 1000, 1)
            print(f"week switch: median {median * 1000:.1f} ms (goal {GOAL_S * 1000:.0f} ms)")
            assert median <= 2 * GOAL_S, f"week switch took {median * 1000:.0f} ms"
    finally:
        page.close()
        page.deleteLater()
        five_years.events.unsubscribe(workspace.hub.publish)


def test_week_view_service_reads_held_seats(five_years):
    week = rota.week_view(five_years, TEST_NOW.date() - timedelta(weeks=30))
    assert week.shifts and all(len(shift.claimants) == shift.seats for shift in week.shifts)
