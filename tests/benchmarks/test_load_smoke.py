"""The load benchmark on the PostgreSQL server: briefly with three workstations, without errors; and, with
``--benchmark-enable`` (``make bench``), twenty workstations flat out (no pauses between actions) for
``LOAD_SECONDS``: every kind of action answers within ``GOAL_P95_S`` at the 95th percentile, and nothing fails.

The figures printed (and kept in the benchmark's extra info) say per action the latencies, the SQL statements
sent and the processor time spent, and where the server's time went (row locks, disk, waiting for the
workstations), each action's floor on this computer and its latency for one workstation alone: see
tests/benchmarks/load_workstations.py, which says why GOAL_P95_S cannot be met by 20 workstation processes
sharing 2 processors with the server (an average floor of ~112 ms); the goal is kept, not lowered.
"""

import pytest

from tests.benchmarks.load_workstations import percentile, report, run
from tests.conftest import POSTGRES_URL

pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not POSTGRES_URL, reason="CERCLE_TEST_POSTGRES_URL is not set")]

WORKSTATIONS = 20
LOAD_SECONDS = 30
GOAL_P95_S = 0.100
ALONE_SECONDS = 5  # then one workstation alone: the latency without 19 others on the same processors


def test_three_workstations_for_three_seconds_make_no_errors():
    outcome, elapsed = run(POSTGRES_URL, seconds=3, workstations=3)
    assert not outcome.errors, report(outcome, elapsed, 3)
    assert {"team page", "member edit", "audit log"} <= set(outcome.latencies)
    assert len(outcome.all_latencies()) > 3
    assert all(count > 0 for counts in outcome.statements.values() for count in counts)  # counted


def test_twenty_workstations_flat_out_answer_every_action_quickly(benchmark):
    if not benchmark.enabled:
        pytest.skip("half a minute of full load: run with --benchmark-enable (make bench)")
    outcome, elapsed = benchmark.pedantic(run, args=(POSTGRES_URL, LOAD_SECONDS, WORKSTATIONS),
                                          kwargs={"alone_seconds": ALONE_SECONDS}, rounds=1, iterations=1)
    figures = report(outcome, elapsed, WORKSTATIONS)
    print(figures)
    benchmark.extra_info.update({f"{action} p95 ms": round(percentile(values, 0.95) * 1000, 1)
                                 for action, values in outcome.latencies.items()})
    assert not outcome.errors, figures
    assert not outcome.slow_actions(GOAL_P95_S), figures
