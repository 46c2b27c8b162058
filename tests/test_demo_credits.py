"""The demo centre's hours: nobody is credited outside their time in the team, and its hours report counts
what its balances count."""

import sqlite3
from datetime import date, datetime, time, timedelta

from app.demo.centre import create_demo
from app.services import hours
from app.services.context import Context
from app.storage.engine import open_database

TODAY = date(2026, 12, 3)  # the day of the screenshots

OUTSIDE = """
SELECT m.name, t.day, t.source FROM time_entry t JOIN member m ON m.id = t.member_id
WHERE t.day < m.start_date OR t.day > m.end_date OR EXISTS (
    SELECT 1 FROM departure d WHERE d.member_id = t.member_id AND d.last_day < t.day
    AND (d.back_on IS NULL OR t.day < d.back_on))
"""


def test_the_demo_credits_nobody_outside_their_time_in_the_team_and_its_report_counts_its_balances(tmp_path):
    # The demo's reception history began two weeks before its members arrived, its cycle and the habitants-relais'
    # first meeting months before: 53 credits, counted by the hours report of the year and not by the balances.
    path = create_demo(tmp_path / "demo.sqlite3", today=TODAY)
    with sqlite3.connect(path) as db:
        assert db.execute(OUTSIDE).fetchall() == []
    engine = open_database(f"sqlite:///{path}", create=False)
    ctx = Context(engine, system="tests")
    ctx.clock = lambda: datetime.combine(TODAY, time(9), tzinfo=ctx.timezone)
    last_week = hours.week_start(TODAY) - timedelta(weeks=1)
    view = hours.team_view(ctx, date(2026, 1, 5), last_week + timedelta(days=6))  # the year's whole weeks so far
    for row in view.rows:
        balance = hours.balance(ctx, row.member_id, last_week, weeks=1)[-1]
        assert (row.total("gap_profession"), row.total("gap_self_management")) == (
            balance.balance_profession, balance.balance_self_management), row.name
    engine.dispose()
