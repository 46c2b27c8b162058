"""Opening a centre costs the same at any size: a small centre against one forty times larger.

The yardstick is the same opening on the small file, in the same run and by turns (one opening of each,
then the next), so that a change in the machine's speed weighs on both alike; SQLite's page-by-page quick
check of the large file (what every opening cost before, and still costs after an unclean shutdown) is
printed beside it. Goal: the large file opens within 1.2× the small one.
"""

import sqlite3
import statistics
import time

import pytest

from app.services import centre
from app.services.context import Context
from app.storage.engine import open_database
from tests.benchmarks.cli_processes import interleaved_medians
from tests.conftest import TEST_NOW

GOAL_RATIO = 1.2
ROUNDS = 30
AUDIT_ROWS = 300_000  # about ten years of a busy centre's audit log


def make_centre(path, audit_rows: int):
    engine = open_database(f"sqlite:///{path}")
    centre.create_centre(Context(engine, clock=lambda: TEST_NOW, system="tests"), centre.CentreDraft(name="C"))
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO audit_entry (at, system, action, entity, entity_id, after) "
            "SELECT '2026-01-01 00:00:00', 'tests', 'update', 'member', i, "
            "'{\"name\": \"Amina Benali\", \"hours\": 35}' FROM n WHERE ? > 0", (audit_rows, audit_rows))
    engine.dispose()
    return path


def seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_seconds(action) -> float:
    return statistics.median(seconds(action) for _ in range(ROUNDS))


def opening(path):
    return lambda: open_database(f"sqlite:///{path}", create=False).dispose()


@pytest.fixture(scope="module")
def centres(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opening")
    return make_centre(folder / "small.sqlite3", 0), make_centre(folder / "large.sqlite3", AUDIT_ROWS)


def test_opening_costs_the_same_at_any_size(benchmark, centres):
    small, large = centres
    assert large.stat().st_size > 40 * small.stat().st_size
    rounds = ROUNDS if benchmark.enabled else 1
    medians = {}

    def both():
        medians.update(interleaved_medians({"large": lambda: seconds(opening(large)),
                                            "small": lambda: seconds(opening(small))}, rounds))

    benchmark.pedantic(both, rounds=1, iterations=1)
    if benchmark.enabled:
        large_s, small_s = medians["large"], medians["small"]
        check = sqlite3.connect(large)
        quick_check_s = median_seconds(lambda: check.execute("PRAGMA quick_check").fetchall())
        check.close()
        ratio = large_s / small_s
        benchmark.extra_info.update(large_s=large_s, small_s=small_s, quick_check_s=quick_check_s, ratio=ratio)
        print(f"opening: {small.stat().st_size >> 10} KiB in {small_s * 1000:.1f} ms, "
              f"{large.stat().st_size >> 20} MiB in {large_s * 1000:.1f} ms (ratio {ratio:.2f}, goal "
              f"{GOAL_RATIO}); a quick check of the large file alone: {quick_check_s * 1000:.0f} ms")
        assert ratio <= GOAL_RATIO
