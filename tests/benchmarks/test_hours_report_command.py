"""``cercle hours report`` over four weeks, a new process each time, on a synthetic centre of 40 members
(goal of issue 18: under 0.5 s with ten years of history).

The centre is made once for the module by the demo's synthetic generator (what ``cercle demo create PATH
--members 40 --years N`` runs), on a fixed day: ten years when the benchmarks run, one year otherwise (the
ten take half a minute to write). The report covers the four ISO weeks before that day, as CSV and PDF;
the medians go in ``extra_info``, beside the floor of any command (cli_processes.FLOOR) timed in turn.
"""

from datetime import timedelta

import pytest

from app.demo.centre import Synthetic, create_demo
from app.domain.hours import monday_of
from tests.benchmarks.cli_processes import (
    FLOOR,
    ROUNDS,
    byte_compile_cercle,
    cercle_command,
    interleaved_medians,
    person_environment,
    run_timed,
)
from tests.conftest import TEST_NOW

MEMBERS, YEARS = 40, 10
GOAL_S = 0.5
TODAY = TEST_NOW.date()


@pytest.fixture(scope="module")
def synthetic_centre(request, tmp_path_factory):
    years = 1 if request.config.getoption("benchmark_disable") else YEARS
    path = create_demo(tmp_path_factory.mktemp("report") / "centre.sqlite3", Synthetic(MEMBERS, years), TODAY)
    return path, years


def test_hours_report_over_four_weeks(benchmark, synthetic_centre, tmp_path):
    database, years = synthetic_centre
    last = monday_of(TODAY) - timedelta(days=1)
    first = last - timedelta(weeks=4) + timedelta(days=1)
    env = person_environment(tmp_path / "home")

    def report(fmt: str) -> list[str]:
        return cercle_command("hours", "report", "--from", first.isoformat(), "--to", last.isoformat(),
                              "--format", fmt, "--output", str(tmp_path / f"hours.{fmt}"), "--database",
                              str(database))

    byte_compile_cercle()
    run_timed(report("csv"), env)  # Cercle's first start (its settings file, the system's caches): not timed
    rounds = ROUNDS if benchmark.enabled else 1
    medians = {}

    def both():
        medians.update(interleaved_medians({"csv": lambda: run_timed(report("csv"), env),
                                            "pdf": lambda: run_timed(report("pdf"), env),
                                            "floor": lambda: run_timed(FLOOR, env)}, rounds))

    benchmark.pedantic(both, rounds=1, iterations=1)
    rows = (tmp_path / "hours.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) > MEMBERS  # a header, then every member
    assert (tmp_path / "hours.pdf").read_bytes().startswith(b"%PDF")
    figures = {"years": years, "members": MEMBERS, "weeks": f"{first}..{last}", "rounds": rounds,
               "csv_s": round(medians["csv"], 3), "pdf_s": round(medians["pdf"], 3),
               "floor_s": round(medians["floor"], 3)}
    benchmark.extra_info.update(figures)
    print(figures)
    if benchmark.enabled:
        assert figures["csv_s"] < GOAL_S and figures["pdf_s"] < GOAL_S, figures
