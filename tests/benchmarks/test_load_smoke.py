"""The load benchmark runs briefly with three workstations on the PostgreSQL server, without errors."""

import pytest

from tests.benchmarks.load_workstations import report, run
from tests.conftest import POSTGRES_URL

pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not POSTGRES_URL, reason="CERCLE_TEST_POSTGRES_URL is not set")]


def test_three_workstations_for_three_seconds_make_no_errors():
    outcome, elapsed = run(POSTGRES_URL, seconds=3, workstations=3)
    assert not outcome.errors, report(outcome, elapsed, 3)
    assert {"team page", "member edit", "audit log"} <= set(outcome.latencies)
    assert len(outcome.all_latencies()) > 3
