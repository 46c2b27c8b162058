"""Soak benchmark: the real window on a 40-member, 5-year centre, every page visited over and over.

    python -m tests.soak.soak_window [--rounds 500] [--members 40] [--years 5] [--database PATH]

It builds the centre once (``python -m app demo create``) in a temporary folder, unless ``--database``
names one, opens it as the program does (MainWindow and its Controller, offscreen), enters as a member,
then does ``--rounds`` rounds. A round shows every page and every tab of it (the decisions register
among them), and clicks through the event loop the previous/next buttons of reception (week and month),
of hours (week) and of the workshops' calendar (month).

It prints the resident memory at rounds 1, 50, 100, 250 and the last, and the time a round takes; it
exits with 1 if the memory after the last round exceeds the one after round 50 by more than 10 %, or if
Qt warned. A crash of the binding (``Fatal Python error``) ends the process with its own code.

Not collected by pytest (no ``test_`` prefix): ``make soak`` runs it, ``make test`` does not.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere

CHECKPOINTS = (1, 50, 100, 250, 500)
ALLOWED_GROWTH = 0.10  # after the last round, over round 50


def resident_mb() -> float:
    """The process's resident memory, from /proc/self/statm (pages)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def build_centre(folder: Path, members: int, years: int) -> Path:
    path = folder / "soak.sqlite3"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app", "demo", "create", str(path), "--members", str(members),
                    "--years", str(years)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    print(f"centre of {members} members × {years} years built in {time.perf_counter() - started:.0f} s")
    return path


class Soak:
    """The window as the program builds it, and the clicks of its rounds.

    The clicks run inside ``app.exec()``, one click per turn of the event loop, as a person's would: what
    Qt deletes later, repaints and timers happen between them as they do in the program.
    """

    def __init__(self, database: Path) -> None:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler

        from app.ui.application import Controller, create_application
        from app.ui.mainwindow import MainWindow

        self.warnings: list[str] = []
        self._warning_types = {QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg}
        qInstallMessageHandler(self._on_message)
        self.app = create_application("en")
        self.window = MainWindow()
        self.window.show()
        self.controller = Controller(self.window, str(database), interactive=False)
        if not self.controller.open():
            raise SystemExit("the centre cannot be opened")

    def _on_message(self, kind, _context, text: str) -> None:
        if kind in self._warning_types:
            self.warnings.append(text)

    def run(self, steps: Iterator[None]) -> None:
        """Take the steps inside the event loop, one per turn; re-raise what failed there."""
        from PySide6.QtCore import QTimer

        failure: list[BaseException] = []

        def take_step() -> None:
            try:
                next(steps)
            except StopIteration:
                self.app.quit()
            except BaseException as error:  # noqa: BLE001 - raised again once the loop is left
                failure.append(error)
                self.app.quit()

        driver = QTimer()
        driver.timeout.connect(take_step)
        driver.start(0)
        self.app.exec()
        driver.stop()
        if failure:
            raise failure[0]

    # --- clicking --------------------------------------------------------------------------------

    def click(self, widget, position=None) -> Iterator[None]:
        """Click ``widget`` (at ``position``, else in its middle), then let the event loop turn."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be clicked"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         position or QPoint())
        yield

    def click_row(self, view, row: int) -> Iterator[None]:
        """Click the row ``row`` of the list ``view``."""
        yield from self.click(view.viewport(), view.visualItemRect(view.item(row)).center())

    def enter(self) -> Iterator[None]:
        """The first member without a PIN takes the desk through the lock screen."""
        from PySide6.QtCore import Qt

        picker = self.controller.lock_screen
        row = next(i for i in range(picker.list.count())
                   if not picker.list.item(i).data(Qt.ItemDataRole.UserRole).has_pin)
        yield from self.click_row(picker.list, row)
        yield from self.click(picker.enter_button)
        assert self.controller.workspace.actor_id is not None, "nobody could enter"

    def show_page(self, key: str) -> Iterator[None]:
        """Click the page's entry in the sidebar."""
        from app.ui.mainwindow import PAGE_KEYS

        yield from self.click_row(self.window.sidebar, PAGE_KEYS.index(key))
        assert self.window.current_page() is self.window.pages[key], f"the sidebar did not show {key}"

    def visit_tabs(self, page) -> Iterator[None]:
        """Click every tab of every tab bar of ``page``, then come back to the first."""
        from PySide6.QtWidgets import QTabWidget

        for tabs in page.findChildren(QTabWidget):
            for index in [*range(1, tabs.count()), 0]:
                yield from self.click(tabs.tabBar(), tabs.tabBar().tabRect(index).center())
                assert tabs.currentIndex() == index

    # --- a round ---------------------------------------------------------------------------------

    def round(self) -> Iterator[None]:
        from app.ui.mainwindow import PAGE_KEYS

        for key in PAGE_KEYS:
            yield from self.show_page(key)
            page = self.window.pages[key]
            yield from self.visit_tabs(page)
            steps = getattr(self, f"_steps_{key}", None)
            if steps is not None:
                yield from steps(page)

    def _steps_reception(self, page) -> Iterator[None]:
        for widget in (page.next_button, page.previous_button, page.month_view,  # weeks, then months
                       page.next_button, page.previous_button, page.month_view):
            yield from self.click(widget)

    def _steps_hours(self, page) -> Iterator[None]:
        yield from self.click(page.next_button)
        yield from self.click(page.previous_button)

    def _steps_workshops(self, page) -> Iterator[None]:
        from PySide6.QtWidgets import QToolButton

        bar = page.tabs.tabBar()
        yield from self.click(bar, bar.tabRect(1).center())  # the calendar
        for name in ("qt_calendar_nextmonth", "qt_calendar_prevmonth"):
            yield from self.click(page.calendar.findChild(QToolButton, name))
        yield from self.click(bar, bar.tabRect(0).center())

    def close(self) -> None:
        self.controller.stop_background()
        self.controller.workspace.close()
        self.window.close()


def run(database: Path, rounds: int) -> int:
    soak = Soak(database)
    checkpoints = sorted({point for point in CHECKPOINTS if point <= rounds} | {rounds})
    resident: dict[int, float] = {}
    clock = Clock()

    def steps() -> Iterator[None]:
        yield from soak.enter()
        print(f"rounds: {rounds}; resident memory before the first: {resident_mb():.0f} MB", flush=True)
        clock.start()
        for number in range(1, rounds + 1):
            yield from soak.round()
            if number in checkpoints:
                resident[number] = resident_mb()
                print(f"round {number:4d}: {resident[number]:6.1f} MB resident, {clock.per_round(number)}",
                      flush=True)

    soak.run(steps())
    print(f"time per round: {clock.per_round(rounds)}")
    soak.close()
    return verdict(resident, rounds, soak.warnings)


class Clock:
    """Wall time and processor time per round: on a busy machine the wall time says little."""

    def start(self) -> None:
        self.wall, self.processor = time.perf_counter(), time.process_time()

    def per_round(self, rounds: int) -> str:
        wall = (time.perf_counter() - self.wall) / rounds
        processor = (time.process_time() - self.processor) / rounds
        return f"{wall:.2f} s per round ({processor:.2f} s of processor)"


def verdict(resident: dict[int, float], rounds: int, warnings: list[str]) -> int:
    failed = False
    if warnings:
        print(f"Qt warned {len(warnings)} times, first: {warnings[0]}")
        failed = True
    base = 50 if rounds >= 100 else 1
    growth = resident[rounds] / resident[base] - 1
    print(f"resident memory after round {rounds}: {growth:+.1%} over round {base} "
          f"(allowed {ALLOWED_GROWTH:+.0%})")
    if growth > ALLOWED_GROWTH:
        failed = True
    print("FAILED" if failed else "passed")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=500)
    parser.add_argument("--members", type=int, default=40)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--database", type=Path, help="an existing centre (else one is built)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cercle-soak-") as folder:
        os.environ["CERCLE_DATA_DIR"] = str(Path(folder) / "data")  # preferences and backups stay here
        if args.database:  # a copy: the scheduler of the window may write to the centre
            database = Path(folder) / "soak.sqlite3"
            shutil.copyfile(args.database, database)
        else:
            database = build_centre(Path(folder), args.members, args.years)
        return run(database, args.rounds)


if __name__ == "__main__":
    sys.exit(main())
