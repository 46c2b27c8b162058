"""Importing the team from a spreadsheet of 1,000 and of 10,000 members: the import grows as its file.

Each line of the file used to read the whole team twice (its name checked against every other, the colours in
use counted again): 10,000 members took 486 s of processor time, 124 times 1,000 (146 s on the wall clock of a
quieter machine). The team's names and colours are now read once per import, and the new members inserted in
one flush (app.services.members.Arrivals): 5.9 s.

Yardstick, in the same run: the same members inserted by a plain executemany INSERT through SQLAlchemy, which
must give the same rows. Goals, on processor time (the shared machine's wall clock ran two to five times over
the process's own time): 10,000 members in at most FACTOR times the yardstick's time, and at most GROWTH times
the time of 1,000 (ten times the rows: linear is 10). The import parses and checks each line, and adds a
contract term and an audit entry for each member as SQLModel rows: hence a factor, but a constant one.

``make bench`` imports 1,000 and 10,000 members; the suite (--benchmark-disable) 20 and 200, and asserts only
that the import and the yardstick agree.
"""

import shutil
import statistics
import time
from itertools import count
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlmodel import col, select

from app.domain.imports import Kind
from app.domain.members import PALETTE
from app.services import centre, imports
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.models import Member
from tests.conftest import TEST_NOW

SIZES = (1_000, 10_000)  # with --benchmark-disable: SUITE_SIZES
SUITE_SIZES = (20, 200)
ROUNDS = 3
FACTOR = 60.0  # measured: 32 to 42
GROWTH = 15.0  # measured: 8.6 to 11.9; when each line read the whole team, 124
HOURS, DAYS, PROFESSION = 35, "lun mar mer jeu ven", "Infirmière"
COMPARED = (Member.name, Member.profession, Member.colour, Member.contract_minutes, Member.self_management_minutes,
            Member.working_days, Member.start_date, Member.active)


def name(index: int) -> str:
    return f"Élodie Bérard-{index:05d}"  # accented capitals: every name goes through app.domain.names


def write_team(path: Path, size: int) -> Path:
    lines = [f"{name(index)};{PROFESSION};{HOURS};{DAYS}\n" for index in range(size)]
    path.write_text("Nom;Fonction;Heures;Jours\n" + "".join(lines), encoding="utf-8")
    return path


def yardstick_rows(size: int) -> list[dict[str, object]]:
    """The members the import makes of :func:`write_team`'s file: its colours in the palette's order, its first
    day the day of the import, 10 of their 35 hours for self-management."""
    today = TEST_NOW.date()
    return [{"name": name(index), "profession": PROFESSION, "colour": PALETTE[index % len(PALETTE)],
             "contract_minutes": HOURS * 60, "self_management_minutes": 10 * 60, "working_days": "01234",
             "start_date": today, "end_date": None, "phone": "", "email": "", "pin_hash": None, "active": True,
             "version": 1, "created_at": TEST_NOW} for index in range(size)]


@pytest.fixture(scope="module")
def empty_centre(tmp_path_factory) -> Path:
    """A migrated centre with nobody in its team, copied for each round (migrating takes seconds)."""
    path = tmp_path_factory.mktemp("import") / "empty.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    centre.create_centre(Context(engine, clock=lambda: TEST_NOW, system="tests"),
                         centre.CentreDraft(name="Centre de mesure"))
    engine.dispose()
    return path


class Centres:
    """Fresh copies of the empty centre, each opened in a context at TEST_NOW; all closed at the end."""

    def __init__(self, empty: Path, folder: Path) -> None:
        self.empty, self.folder, self.numbers, self.opened = empty, folder, count(), []

    def fresh(self) -> Context:
        path = self.folder / f"centre-{next(self.numbers)}.sqlite3"
        shutil.copyfile(self.empty, path)
        ctx = Context(open_database(f"sqlite:///{path}"), clock=lambda: TEST_NOW, system="tests")
        self.opened.append(ctx)
        return ctx

    def close(self) -> None:
        for ctx in self.opened:
            ctx.engine.dispose()


@pytest.fixture
def centres(empty_centre, tmp_path):
    made = Centres(empty_centre, tmp_path)
    yield made
    made.close()


def team_of(ctx: Context) -> list[tuple[object, ...]]:
    with ctx.reading() as db:
        return [tuple(row) for row in db.exec(select(*COMPARED).order_by(col(Member.name)))]


def test_importing_a_team_grows_as_its_file(benchmark, centres, tmp_path):
    small, large = SIZES if benchmark.enabled else SUITE_SIZES
    rounds = ROUNDS if benchmark.enabled else 1
    files = {size: write_team(tmp_path / f"équipe-{size}.csv", size) for size in (small, large)}
    processor: dict[str, list[float]] = {}

    def timed(case: str, action) -> None:
        started = time.process_time()
        action()
        processor.setdefault(case, []).append(time.process_time() - started)

    def import_team(ctx: Context, size: int) -> None:
        timed(f"import {size}", lambda: imports.import_file(ctx, Kind.MEMBERS, files[size]))

    def yardstick(ctx: Context, size: int) -> None:
        rows = yardstick_rows(size)

        def insert_rows() -> None:
            with ctx.engine.begin() as connection:
                connection.execute(insert(Member), rows)

        timed(f"yardstick {size}", insert_rows)

    for _ in range(rounds):
        import_team(centres.fresh(), small)
        yardstick(centres.fresh(), large)
    imported: list[Context] = []

    def fresh_centre():
        imported.append(centres.fresh())
        return (imported[-1], large), {}

    benchmark.pedantic(import_team, setup=fresh_centre, rounds=rounds, iterations=1)
    by_hand = centres.fresh()
    yardstick(by_hand, large)
    assert team_of(imported[-1]) == team_of(by_hand)  # the same members, colours and contracts
    if benchmark.enabled:
        report(benchmark, {case: statistics.median(seconds) for case, seconds in processor.items()}, small, large)


def report(benchmark, medians: dict[str, float], small: int, large: int) -> None:
    """Print and record the medians (processor time), then assert the goals."""
    benchmark.extra_info.update({f"processor_{case.replace(' ', '_')}_s": round(seconds, 3)
                                 for case, seconds in medians.items()})
    benchmark.extra_info["wall_clock_import_median_s"] = round(benchmark.stats.stats.median, 3)
    factor = medians[f"import {large}"] / medians[f"yardstick {large}"]
    growth = medians[f"import {large}"] / medians[f"import {small}"]
    print(f"Importing members, processor medians: {small:,} in {medians[f'import {small}']:.2f} s, {large:,} in "
          f"{medians[f'import {large}']:.2f} s ({growth:.1f}× for 10× the rows, goal ≤ {GROWTH}); the executemany "
          f"INSERT of {large:,}: {medians[f'yardstick {large}'] * 1000:.0f} ms ({factor:.0f}×, goal ≤ {FACTOR:.0f}×)")
    assert growth <= GROWTH, f"importing {large:,} members took {growth:.1f} times as long as {small:,}"
    assert factor <= FACTOR, f"importing {large:,} members took {factor:.0f} times the executemany INSERT"

