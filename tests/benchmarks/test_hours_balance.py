"""The Team tab of Hours over five years of a 40-member centre, against a hand-written SQL aggregate.

Measured: what refreshing that tab does — everyone's running balance (one grouped sum of the minutes
done, the targets folded week by week in Python: contracts, absences, public holidays), the eight weeks
it shows, and its Qt model reset. The hand-written SQL only sums the recorded minutes. Both run here,
interleaved, on the same tables: the service must agree with the SQL to the minute, and its median is
recorded beside the SQL's (goal: at most twice).
"""

import statistics
import time
from datetime import timedelta

import pytest
from sqlalchemy import text

from app.services import centre, hours, members
from app.services.context import Context
from app.services.demo import Synthetic, demo_data
from app.services.hours_demo import demo_step, history_start
from app.storage.engine import open_database
from app.ui.pages.hours import TeamModel
from tests.conftest import TEST_NOW

MEMBERS, YEARS = 40, 5
GOAL_S = 1.0  # the Team tab and the balance of everyone, on a five-year-old centre
SQL_DONE = text("""
    SELECT e.member_id,
           SUM(CASE WHEN c.is_self_management THEN e.minutes ELSE 0 END) AS self_management,
           SUM(CASE WHEN c.is_self_management THEN 0 ELSE e.minutes END) AS profession
    FROM time_entry e JOIN time_category c ON c.id = e.category_id
    WHERE NOT e.pending AND e.day <= :last_day
    GROUP BY e.member_id
""")


@pytest.fixture(scope="module")
def big_centre(tmp_path_factory):
    path = tmp_path_factory.mktemp("hours") / "hours.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
    rows = demo_data()["members"]
    size = Synthetic(members=MEMBERS, years=YEARS)
    for index in range(MEMBERS):
        values = rows[index % len(rows)]
        draft = members.MemberDraft(name=f"Membre {index:02d}",
                                    contract_minutes=round(values["contract_hours"] * 60),
                                    start_date=history_start(ctx.today(), size))
        members.add_member(ctx, draft)
    demo_step(ctx, {}, size)
    yield ctx
    engine.dispose()


def sql_done(ctx, last_day):
    with ctx.reading() as session:
        return {row.member_id: (row.self_management, row.profession)
                for row in session.execute(SQL_DONE, {"last_day": last_day})}


def test_team_balance_agrees_with_the_sql_aggregate(benchmark, big_centre, qapp):
    until = TEST_NOW.date() - timedelta(weeks=1)
    last_day = hours.week_start(until) + timedelta(days=6)
    model = TeamModel()
    sql_seconds = []

    def refresh_team_tab():
        started = time.perf_counter()
        sql_done(big_centre, last_day)  # the baseline, interleaved with the measured refresh
        sql_seconds.append(time.perf_counter() - started)
        balances = hours.team_balances(big_centre, until)
        model.set_view(hours.team_view(big_centre, until - timedelta(weeks=7), until), balances)
        return balances

    balances = benchmark(refresh_team_tab)
    done = sql_done(big_centre, last_day)
    assert len(balances) == MEMBERS and model.rowCount() == MEMBERS
    for member_id in list(balances)[:3]:  # the full history of a few members, to check the sums
        history = hours.balance(big_centre, member_id, until, weeks=10**6)
        assert history[-1] == balances[member_id]
        targets = sum(week.totals.target_self_management for week in history)
        assert balances[member_id].balance_self_management + targets == done[member_id][0]
        assert sum(week.totals.done_profession - week.totals.target_profession for week in history) \
            == balances[member_id].balance_profession
    if benchmark.enabled:
        sql_median = statistics.median(sql_seconds)
        median = benchmark.stats.stats.median - sql_median  # the refresh alone
        benchmark.extra_info.update(goal_s=GOAL_S, median_s=median, sql_s=sql_median, ratio=median / sql_median)
        print(f"team tab refresh: median {median * 1000:.0f} ms, SQL aggregate {sql_median * 1000:.0f} ms, "
              f"ratio {median / sql_median:.2f}")
        assert median <= 2 * GOAL_S
