"""Backing up a synthetic centre of 40 members: time and size.

The centre holds one year of history (``years=1``): five years take several seconds to generate, too
slow for ``make test``, where the benchmarks run once. The time and the size are in ``extra_info``.
"""

import itertools

import pytest

from app.demo.centre import Synthetic, create_demo
from app.storage.backup import back_up_sqlite, integrity_problem

MEMBERS, YEARS = 40, 1


@pytest.fixture(scope="module")
def synthetic_centre(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic") / "centre.sqlite3"
    return create_demo(path, Synthetic(members=MEMBERS, years=YEARS))


def test_backup_of_a_synthetic_centre(benchmark, synthetic_centre, tmp_path):
    numbers = itertools.count()

    def back_up():
        return back_up_sqlite(synthetic_centre, tmp_path / f"cercle-2026-11-23T0800-{next(numbers)}.sqlite3")

    written = benchmark.pedantic(back_up, rounds=5, iterations=1)
    assert integrity_problem(written) is None
    benchmark.extra_info.update({
        "members": MEMBERS, "years": YEARS, "database_bytes": synthetic_centre.stat().st_size,
        "backup_bytes": written.stat().st_size,
    })
    if benchmark.stats:
        benchmark.extra_info["median_s"] = benchmark.stats.stats.median
        median_ms = benchmark.stats.stats.median * 1000
        print(f"backup of {written.stat().st_size / 1e6:.1f} MB in {median_ms:.0f} ms")
