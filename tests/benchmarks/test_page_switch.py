"""A page switch and a week step, as a real key press or click through the real window (issue 18, point 3).

Goal: every page switch and every week or month step ≤ 16 ms median at 40 members × 10 years, asserted
for each action, on 1 year and on 10 (``CERCLE_BENCH_YEARS`` for other sizes). Each action is a QTest key
press (Ctrl+1 … Ctrl+8 in the sidebar) or mouse click (the week buttons), then the event loop runs until
nothing is left to do: the queued change deliveries and the paint of what changed. The window is painted
with Cercle's style sheet. The table of medians is printed for every size.

Each action is measured on the wall clock and in the process's processor time. The shared machine runs
several suites at once, and its wall-clock medians were two to five times the processor's time of the same
actions: the goal is asserted on the median processor time of an action (its Python, its queries, SQLite
being in the process, and its paint), and both figures are printed.
"""

import os
import statistics
import time
from datetime import datetime
from datetime import time as clock_time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.demo.centre import Synthetic, create_demo
from app.ui.application import Controller, load_style
from app.ui.mainwindow import PAGE_KEYS, MainWindow
from tests.benchmarks import in_suite
from tests.conftest import TEST_NOW
from tests.ui.conftest import english, finish_background  # noqa: F401 - english: a fixture

GOAL_MS = 16.0
MEMBERS = 40
YEARS = tuple(int(years) for years in os.environ.get("CERCLE_BENCH_YEARS", "1,10").split(","))
ROUNDS = 15
# Measured on a quiet 2-core machine at 10 years (processor ms): switches 3-11, the Hours week steps 11-14
# (their reads: week_grid, the balance, one team week), the month step 10. Each action paints once (each page
# laid out before its paint, Qt's painting thread pool off). Under a load of 5 to 15 the week steps reached
# 16-22 ms: run ``make bench`` on a quiet machine.


@pytest.fixture(scope="module", params=YEARS, ids=lambda years: f"{years}y")
def centre_file(request, tmp_path_factory):
    if in_suite(request.config) and request.param != min(YEARS):
        pytest.skip("the suite switches pages on the smallest centre; make bench on each size")
    path = tmp_path_factory.mktemp("switch") / f"centre-{request.param}y.sqlite3"
    create_demo(path, Synthetic(members=MEMBERS, years=request.param), today=TEST_NOW.date())
    return request.param, path


@pytest.fixture
def window(centre_file, qtbot, qapp, english):  # noqa: F811 - the fixture imported above
    _years, path = centre_file
    palette = qapp.palette()
    load_style(qapp)  # as Cercle paints: its style sheet and palette (undone after, the application is shared)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    controller = Controller(main, str(path), interactive=False)
    assert controller.open()
    moment = datetime.combine(TEST_NOW.date(), clock_time(10, 0), tzinfo=controller.workspace.ctx.timezone)
    controller.workspace.ctx.clock = lambda: moment  # the centre's "today", not the machine's
    picker = controller.lock_screen
    picker.list.setCurrentRow(0)
    picker.enter_button.click()
    assert main.screens.currentWidget() is controller.area
    controller.stop_background()  # the scheduler's catch-up writes would make the pages stale while measured
    finish_background(qtbot)
    yield main
    controller.close()
    finish_background(qtbot)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def settled() -> None:
    """Run the event loop until what the action posted (deliveries, layouts, paints) is done."""
    for _ in range(3):
        QApplication.processEvents()


def timed(action) -> tuple[float, float]:
    """Milliseconds of processor time and on the wall clock."""
    start, wall = time.process_time(), time.perf_counter()
    action()
    settled()
    return (time.process_time() - start) * 1000, (time.perf_counter() - wall) * 1000


def press(window, number: int):
    return lambda: QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)


def click(button):
    return lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def page_switches(window, figures: dict[str, list[tuple[float, float]]]) -> None:
    """Ctrl+1 … Ctrl+8 round the sidebar; the Hours page stays on its Balance tab (and its chart)."""
    for row in range(len(PAGE_KEYS)):
        figures.setdefault(f"→ {window.sidebar.item(row).text()}", []).append(timed(press(window, row + 1)))


def week_steps(window, name: str, previous, following, figures: dict[str, list[tuple[float, float]]]) -> None:
    """A step forward then back, so that the weeks shown stay those of the centre's history."""
    figures.setdefault(name, []).append(timed(click(following)))
    figures.setdefault(name, []).append(timed(click(previous)))


def test_page_switches_and_week_steps(window, centre_file, benchmark):
    years, _path = centre_file
    QTest.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    settled()
    hours_page = window.pages["hours"]
    hours_page.tabs.setCurrentIndex(1)  # Balance: the chart
    for number in range(1, len(PAGE_KEYS) + 1):  # every page built once, not measured
        press(window, number)()
        settled()
    figures: dict[str, list[tuple[float, float]]] = {}
    for _ in range(ROUNDS):
        page_switches(window, figures)
    reception = window.pages["reception"]
    tabs = (("Hours My week: week step", 0), ("Hours Balance: week step", 1), ("Hours Team: week step", 2))
    press(window, PAGE_KEYS.index("hours") + 1)()
    for name, tab in tabs:
        hours_page.tabs.setCurrentIndex(tab)
        settled()
        for _ in range(ROUNDS):
            week_steps(window, name, hours_page.previous_button, hours_page.next_button, figures)
    press(window, PAGE_KEYS.index("reception") + 1)()
    settled()
    for _ in range(ROUNDS):
        week_steps(window, "Reception: week step", reception.previous_button, reception.next_button, figures)
    reception.month_view.click()
    settled()
    for _ in range(ROUNDS):
        week_steps(window, "Reception: month step", reception.previous_button, reception.next_button, figures)

    medians = {name: statistics.median(cpu for cpu, _wall in values) for name, values in figures.items()}
    walls = {name: statistics.median(wall for _cpu, wall in values) for name, values in figures.items()}
    print(f"\n{MEMBERS} members × {years} years (median of {2 * ROUNDS} steps, {ROUNDS} switches; "
          f"processor / wall clock, ms)")
    for name, median in medians.items():
        verdict = "ok" if median <= GOAL_MS else "OVER"
        print(f"  {name:<28} {median:7.1f} / {walls[name]:7.1f}  {verdict}")
    benchmark.extra_info.update({f"{name} (ms)": round(median, 1) for name, median in medians.items()})
    benchmark.extra_info.update({f"{name} (wall ms)": round(wall, 1) for name, wall in walls.items()})
    benchmark.pedantic(press(window, 1), rounds=1, iterations=1)  # records the run; the table is the figure
    if benchmark.enabled:
        over = {name: round(median, 1) for name, median in medians.items() if median > GOAL_MS}
        assert not over, f"over {GOAL_MS:.0f} ms: {over}"
