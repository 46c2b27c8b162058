"""Clicks of a day at the desk, beyond page switches and week steps, through the real window on a 40-member
centre of 1 year and of 10 years (issue 18: "no click that waits"; ``CERCLE_BENCH_YEARS`` for other sizes).

Each is a QTest key press or click, then the event loop runs until nothing is left to do (as in
test_page_switch): choosing "All" proposals (ten years of decisions, read a page at a time) and going back to
those in progress; marking a member Excused then Present at today's meeting (only their time credited anew);
choosing the Hours › Team tab after a cell typed on My week (the weeks read again, not measured again).

Goals, asserted on the median processor time when the benchmark is enabled: at 10 years no more than
GROWTH × the same click at 1 year (the yardstick, measured in the same run) plus SLACK_MS of noise, and under
GOAL_MS. The table of medians (processor / wall clock) is printed for each size. Before these fixes, at 10
years: "All" 0.4 to 0.8 s (and 0.7 s a click on a header), Excused 270 ms at either size.
"""

import os
import statistics
import time
from datetime import datetime
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.demo.centre import Synthetic, create_demo
from app.domain.meetings import Attendance
from app.services import meetings, members
from app.services.centre import get_centre
from app.services.context import Context
from app.services.meetings import MeetingDraft
from app.storage.engine import open_database
from app.ui.application import Controller, load_style
from app.ui.mainwindow import PAGE_KEYS, MainWindow
from tests.benchmarks import in_suite
from tests.conftest import TEST_NOW
from tests.ui.conftest import english, finish_background  # noqa: F401 - english: a fixture

MEMBERS = 40
YEARS = tuple(int(years) for years in os.environ.get("CERCLE_BENCH_YEARS", "1,10").split(","))
ROUNDS = 9
GOAL_MS = 100.0  # a click that does not wait: within the tenth of a second felt as instant
GROWTH = 1.25  # the history's years against one: the same cost, give or take the machine's noise
SLACK_MS = 5.0  # the noise of a shared two-core machine on a median of a few tens of milliseconds
# Measured on the shared 2-core machine under load, processor ms, 1 year → 10 years: "All" 29 → 34, back to those
# in progress 5 → 6 (the synthetic centre has none), Excused 35 → 40, Present 36 → 43, the Team tab after a cell
# typed 33 → 25.


@pytest.fixture(scope="module")
def centre_files(request, tmp_path_factory) -> dict[int, object]:
    """A synthetic centre per size, with today's team meeting (everyone present) to mark attendance at; the
    suite measures the smallest only."""
    sizes = (min(YEARS),) if in_suite(request.config) else YEARS
    made = {}
    for years in sizes:
        path = tmp_path_factory.mktemp("clicks") / f"centre-{years}y.sqlite3"
        create_demo(path, Synthetic(members=MEMBERS, years=years), today=TEST_NOW.date())
        ctx = Context(open_database(f"sqlite:///{path}", create=False), system="tests")
        ctx.timezone = ZoneInfo(get_centre(ctx).timezone)
        moment = datetime.combine(TEST_NOW.date(), clock_time(9, 0), tzinfo=ctx.timezone)
        ctx.clock = lambda moment=moment: moment
        team = [member.id for member in members.list_members(ctx)]
        ctx.actor_id = team[0]
        meeting = meetings.create_meeting(
            ctx,
            MeetingDraft(
                title="Réunion d'équipe du jour",
                day=TEST_NOW.date(),
                start=clock_time(12, 30),
                end=clock_time(14),
            ),
        )
        meetings.set_attendance(ctx, meeting.id, {member: Attendance.PRESENT for member in team})
        ctx.engine.dispose()
        made[years] = path
    return made


def settled() -> None:
    for _ in range(3):
        QApplication.processEvents()


def timed(figures: dict[str, list[tuple[float, float]]], name: str, action) -> None:
    start, wall = time.process_time(), time.perf_counter()
    action()
    settled()
    figures.setdefault(name, []).append(
        ((time.process_time() - start) * 1000, (time.perf_counter() - wall) * 1000)
    )


def press(widget, key) -> None:
    QTest.keyClick(widget, key)


def click(widget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())


def click_row(view, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    click(view.viewport(), view.visualRect(index).center())


def click_tab(tabs, index: int) -> None:
    click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())


def show_page(window, key: str):
    window.activateWindow()
    window.sidebar.setCurrentRow(PAGE_KEYS.index(key))
    settled()
    return window.pages[key]


def choose_by_key(combo, index: int) -> None:
    """One key press onto the ``index``-th choice of ``combo``, from its neighbour (chosen silently)."""
    neighbour = index - 1 if index > 0 else index + 1
    combo.blockSignals(True)
    combo.setCurrentIndex(neighbour)
    combo.blockSignals(False)
    press(combo, Qt.Key.Key_Down if neighbour < index else Qt.Key.Key_Up)
    assert combo.currentIndex() == index


def clicks_of_a_day(window) -> dict[str, list[tuple[float, float]]]:
    figures: dict[str, list[tuple[float, float]]] = {}
    decisions_page = show_page(window, "decisions")
    everything = decisions_page.status_filter.findData(None)
    for _ in range(ROUNDS):
        timed(figures, "Decisions: show All", lambda: choose_by_key(decisions_page.status_filter, everything))
        timed(
            figures, "Decisions: back to in progress", lambda: choose_by_key(decisions_page.status_filter, 0)
        )
    meetings_page = show_page(window, "meetings")
    today = meetings_page.list_model.find(lambda meeting: meeting.day == TEST_NOW.date())
    click_row(meetings_page.list_view, today)
    click_tab(meetings_page.tabs, 1)
    settled()
    attendance = meetings_page.attendance
    for round_ in range(ROUNDS):
        click_row(attendance.people_view, 1 + round_ % 5)
        settled()
        timed(figures, "Meetings: mark Excused", lambda: click(attendance.excused_button))
        click_row(attendance.people_view, 1 + round_ % 5)  # the list read again: chosen again
        settled()
        timed(figures, "Meetings: mark Present", lambda: click(attendance.present_button))
    hours_page = show_page(window, "hours")
    click_tab(hours_page.tabs, 2)
    click_tab(hours_page.tabs, 0)  # the Team tab read once (its weeks kept), then My week
    settled()
    grid, model = hours_page.grid_view, hours_page.week_model
    column = TEST_NOW.date().weekday()
    row = next(
        r for r in range(model.rowCount()) if model.flags(model.index(r, column)) & Qt.ItemFlag.ItemIsEditable
    )
    for round_ in range(ROUNDS):
        grid.setFocus()
        grid.setCurrentIndex(model.index(row, column))
        press(grid, Qt.Key.Key_F2)
        editor = next(field for field in grid.findChildren(QLineEdit) if field.isVisible())
        editor.selectAll()
        QTest.keyClicks(editor, f"{1 + round_ % 3}")
        press(editor, Qt.Key.Key_Return)
        settled()
        timed(figures, "Hours: Team tab after a cell typed", lambda: click_tab(hours_page.tabs, 2))
        click_tab(hours_page.tabs, 0)
        settled()
    return figures


def measured(path, qtbot, qapp) -> dict[str, list[tuple[float, float]]]:
    """The clicks of a day in the real window on the centre at ``path``, painted with Cercle's style."""
    palette = qapp.palette()
    load_style(qapp)
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    controller = Controller(main, str(path), interactive=False)
    try:
        assert controller.open()
        moment = datetime.combine(
            TEST_NOW.date(), clock_time(10, 0), tzinfo=controller.workspace.ctx.timezone
        )
        controller.workspace.ctx.clock = lambda: moment
        controller.lock_screen.list.setCurrentRow(0)
        controller.lock_screen.enter_button.click()
        controller.stop_background()
        finish_background(qtbot)
        for key in PAGE_KEYS:  # each page built once, not measured
            show_page(main, key)
        return clicks_of_a_day(main)
    finally:
        controller.close()
        finish_background(qtbot)
        qapp.setStyleSheet("")
        qapp.setPalette(palette)


def test_clicks_of_a_day_cost_the_same_after_ten_years(centre_files, qtbot, qapp, english, benchmark):  # noqa: F811
    medians: dict[int, dict[str, tuple[float, float]]] = {}
    for years, path in centre_files.items():
        figures = measured(path, qtbot, qapp)
        medians[years] = {
            name: (statistics.median(cpu for cpu, _ in values), statistics.median(w for _, w in values))
            for name, values in figures.items()
        }
        print(f"\n{MEMBERS} members × {years} years (median of {ROUNDS}; processor / wall clock, ms)")
        for name, (cpu, wall) in medians[years].items():
            print(f"  {name:<36} {cpu:7.1f} / {wall:7.1f}")
    largest = max(medians)
    benchmark.extra_info.update(
        {
            f"{name} {years}y (ms)": round(cpu, 1)
            for years, figures in medians.items()
            for name, (cpu, _wall) in figures.items()
        }
    )
    benchmark.pedantic(settled, rounds=1, iterations=1)  # records the run; the table is the figure
    if benchmark.enabled:
        smallest = min(medians)
        over = {name: round(cpu, 1) for name, (cpu, _wall) in medians[largest].items() if cpu > GOAL_MS}
        grown = {
            name: (round(medians[smallest][name][0], 1), round(cpu, 1))
            for name, (cpu, _wall) in medians[largest].items()
            if cpu > GROWTH * medians[smallest][name][0] + SLACK_MS
        }
        assert not over, f"over {GOAL_MS:.0f} ms at {largest} years: {over}"
        assert not grown, f"grows from {smallest} to {largest} years (ms): {grown}"
