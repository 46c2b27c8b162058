"""The decision register after 1 and 10 years (1,000 decisions and 20,000 positions a year): opening it by a
click on its tab, and reading it through the service.

Goal (issue 18): the Register tab opens, painted, in ≤ 16 ms (median) at 10 years, and no slower than at
1 year (the yardstick, measured in the same run): the list reads the page it shows, not the whole history.
Measured when nothing changed since it was last shown (it reads nothing) and after a change (it reads its
first page again), on the wall clock and in processor time; the goal is asserted on processor time (see
``report_register_opening``). The figures are recorded in ``extra_info`` and printed.
"""

import statistics
import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func
from sqlmodel import select

from app.demo.decisions import DECISIONS_PER_YEAR, generate
from app.domain.members import MemberDraft
from app.services import centre, decisions, members
from app.services.context import Context
from app.services.decisions import RegisterFilter
from app.storage.engine import open_database
from app.storage.models.decisions import Position
from tests.conftest import TEST_NOW

FRAME_S = 0.016
GROWTH = 1.25  # 10 years against 1: the same cost, give or take the machine's noise
SERVICE_GOAL_S = 0.050  # the whole register through the service (the export reads it so), issue 5
MEMBERS = 40  # half of them take a position on each decision
YEARS = (1, 10)
ROUNDS = 25
WARM_UP = 5  # the first clicks fill Qt's and SQLAlchemy's caches


@pytest.fixture(scope="module")
def centres(tmp_path_factory) -> dict[int, Context]:
    """A centre per length of history, each with its decisions."""
    made = {}
    for years in YEARS:
        path = tmp_path_factory.mktemp(f"register-{years}") / "register.sqlite3"
        ctx = Context(open_database(f"sqlite:///{path}"), clock=lambda: TEST_NOW, system="tests")
        centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
        team = [members.add_member(ctx, MemberDraft(name=f"Membre {index:02d}")).id for index in range(MEMBERS)]
        assert generate(ctx, team, years=years) == years * DECISIONS_PER_YEAR
        with ctx.reading() as db:
            positions = db.exec(select(func.count()).select_from(Position)).one()
        assert positions == years * DECISIONS_PER_YEAR * MEMBERS // 2
        made[years] = ctx
    yield made
    for ctx in made.values():
        ctx.engine.dispose()


class Painted(QObject):
    """Notes when a widget has painted itself."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def click_tab(page, index: int, painted: Painted) -> None:
    """Click the ``index``-th tab of the page, then let the event loop run until the register is painted
    (for the Register tab) or has nothing left to do."""
    bar = page.tabs.tabBar()
    painted.seen = False
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index
    deadline = time.perf_counter() + 5
    while index == 1 and not painted.seen and time.perf_counter() < deadline:
        QApplication.processEvents()
    QApplication.processEvents()
    assert index == 0 or painted.seen


@pytest.fixture
def register_pages(centres, qtbot):
    """For each centre, its Decisions page shown on the Proposals tab, and what notes the register painted."""
    from app.ui.hub import SignalHub
    from app.ui.pages.decisions import DecisionsPage
    from app.ui.workspace import Workspace

    pages = {}
    for years, ctx in centres.items():
        workspace = Workspace(ctx, SignalHub())
        page = DecisionsPage(workspace, "Decisions")
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitExposed(page)
        pages[years] = (page, Painted(page.register_table.viewport()))
    yield pages
    for years, (page, _painted) in pages.items():
        centres[years].events.unsubscribe(page.workspace.hub.publish)


def test_register_tab_opens_in_a_frame_at_ten_years(benchmark, register_pages):
    processor: dict[str, list[float]] = {}  # the clicks' processor seconds, by centre and case

    def open_register(years: int, case: str = "unchanged") -> None:
        page, painted = register_pages[years]
        started = time.process_time()
        click_tab(page, 1, painted)
        processor.setdefault(f"{years}:{case}", []).append(time.process_time() - started)

    def back_to_proposals(years: int, changed: bool = False):
        page, painted = register_pages[years]
        click_tab(page, 0, painted)
        if changed:
            page.refresh()  # a change came while the proposals were in sight: the register reads again
        return (years,), {}

    rounds, warm_up = (ROUNDS, WARM_UP) if benchmark.enabled else (1, 0)
    yardstick = []
    for _ in range(warm_up + rounds):
        back_to_proposals(1)
        started = time.perf_counter()
        open_register(1)
        yardstick.append(time.perf_counter() - started)
    del yardstick[:warm_up]
    benchmark.pedantic(open_register, setup=lambda: back_to_proposals(10), rounds=rounds, warmup_rounds=warm_up)
    for years in YEARS:
        for _ in range(rounds):
            back_to_proposals(years, changed=True)
            open_register(years, "after a change")
    for years, (page, _painted) in register_pages.items():  # the first page only, newest first
        shown = [page.register_model.index(row, 0).data(Qt.ItemDataRole.UserRole).id
                 for row in range(page.register_model.rowCount())]
        assert 0 < len(shown) < years * DECISIONS_PER_YEAR
        assert shown == [entry.id for entry in decisions.register(page.ctx)[: len(shown)]]
    if benchmark.enabled:
        report_register_opening(benchmark, statistics.median(yardstick), {
            key: statistics.median(seconds[-rounds:]) for key, seconds in processor.items()})


def report_register_opening(benchmark, one_year_wall: float, processor: dict[str, float]) -> None:
    """Print and record the medians; assert the goal on processor time, as the page switches do: the shared
    machine's wall clock ran two to five times over the process's own time."""
    ten_years_wall = benchmark.stats.stats.median
    benchmark.extra_info.update(open_1_year_median_ms=round(one_year_wall * 1000, 1),
                                open_10_years_median_ms=round(ten_years_wall * 1000, 1))
    benchmark.extra_info.update({f"processor_{key}_ms": round(seconds * 1000, 1) for key, seconds in processor.items()})
    print(f"Register tab opened, painted: median wall clock {one_year_wall * 1000:.1f} ms at 1 year, "
          f"{ten_years_wall * 1000:.1f} ms at 10 years; processor "
          + ", ".join(f"{seconds * 1000:.1f} ms ({key.replace(':', ' years, ')})"
                      for key, seconds in processor.items())
          + f" (goal {FRAME_S * 1000:.0f} ms, ≤ {GROWTH}× 1 year)")
    for case in ("unchanged", "after a change"):
        one_year, ten_years = processor[f"1:{case}"], processor[f"10:{case}"]
        assert ten_years <= FRAME_S, f"the register took {ten_years * 1000:.1f} ms to open ({case}) at 10 years"
        assert ten_years <= GROWTH * one_year + 0.001, f"opening the register ({case}) grows with the history"


@pytest.mark.parametrize("years", YEARS)
def test_register_first_page_through_the_service(benchmark, centres, years):
    entries = benchmark(decisions.register_page, centres[years], RegisterFilter(), None, 100)
    assert len(entries) == 100
    if benchmark.enabled:
        record(benchmark, f"first_page_{years}_years", FRAME_S / 4)


def test_register_filters_by_text(benchmark, centres):
    entries = benchmark(decisions.register, centres[1], RegisterFilter(text="NUTRITION"))
    assert entries and all("nutrition" in (e.title + e.text).lower() for e in entries)
    if benchmark.enabled:
        record(benchmark, "whole_filtered_1_year", SERVICE_GOAL_S)


def record(benchmark, name: str, goal: float) -> None:
    median = benchmark.stats.stats.median
    benchmark.extra_info[f"{name}_median_ms"] = round(median * 1000, 1)
    print(f"{name}: median {median * 1000:.1f} ms (goal {goal * 1000:.0f} ms)")
    assert median <= goal, f"{name} took {median * 1000:.0f} ms"
