"""Everyone's running balance over five years of a 40-member centre, against a hand-written SQL that gives
the same numbers (issue 15, point 12; issue 18: "team_balances no slower than a hand-written SQL").

The service folds a balance from the last week kept (app.services.balances: each member's balance at the
end of a week over, stored once computed) and computes only the weeks since. The yardstick is the query a
competent hand-written SQL would make of the same stored data: it starts from each member's latest week kept
before the week asked (the row the service reads, found through the primary key), else from the member's
start (opening balance, arrival, else first entry), and computes in the database only the weeks after it:
the halves of each day worked (the working days of the contract term in force that week, contract dates,
times away from the team between a last day and a return, absences and their half days, public holidays
given as a VALUES list), the targets of each week rounded to the minute exactly as the domain rounds them
(half to even) from that term's hours, the minutes done since on the days of each member's time in the team,
and the balance carried. The same SQL told to read no week kept folds every member's whole history: it checks
that the weeks kept are right, and its time is recorded, not compared.

A first call keeps every member's weeks over; then each round runs the SQLs (pytest-benchmark's setup,
not timed by it) and the Team tab's refresh (balances, eight weeks, Qt model reset), which is what
pytest-benchmark records. The three must agree to the minute for every member, on SQLite and on a copy on
PostgreSQL (the SQL in each engine's words). On SQLite, where all the work is in this process and its
processor time is measured, the service's median must be no slower than the SQL's from the weeks kept; on
PostgreSQL the wall-clock ratio is recorded, not asserted.
"""

import random
import statistics
import time
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, text
from sqlmodel import select

from app.demo.centre import Synthetic, demo_data
from app.demo.hours import demo_step, history_start
from app.domain import hours as rules
from app.services import centre, hours, members, settings
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.models.hours import Absence, WeekBalance
from app.ui.pages.hours import TeamModel
from tests.conftest import ENGINES, TEST_NOW, copied_to_postgres

MEMBERS, YEARS = 40, 5
ROUNDS = 7
FACTOR = 1.0  # the goal of issue 18: the service no slower than the SQL that gives the same numbers
WORKING_DAYS = [frozenset(range(5)), frozenset({0, 1, 3, 4}), frozenset({0, 1, 2}),
                frozenset({1, 2, 3, 4, 5})]

# round(n / d) half to even, as Python rounds the domain's fractions: n, d >= 0 integers
ROUNDED = "({n}) / ({d}) + CASE WHEN 2 * (({n}) % ({d})) > ({d}) " \
          "OR (2 * (({n}) % ({d})) = ({d}) AND (({n}) / ({d})) % 2 = 1) THEN 1 ELSE 0 END"
# What the two engines write differently: a weekday (Monday = 0), the Monday of a day's week, the next day,
# whether a member's working days ("0134") hold a weekday, the smaller and the larger of two days, the day a
# week later, a day written in
SQLITE_DAYS = {
    "weekday": "((CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7)",
    "monday": "date({day}, '-' || ((CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7) || ' days')",
    "next_day": "date({day}, '+1 day')",
    "works_on": "instr({days}, {weekday}) > 0",
    "earlier": "MIN({a}, {b})",
    "later": "MAX({a}, {b})",
    "next_week": "date({day}, '+7 days')",
    "literal": "'{day}'",
}
POSTGRESQL_DAYS = {
    "weekday": "(CAST(EXTRACT(ISODOW FROM {day}) AS INTEGER) - 1)",
    "monday": "CAST(date_trunc('week', {day}) AS DATE)",
    "next_day": "({day} + 1)",
    "works_on": "strpos({days}, CAST({weekday} AS TEXT)) > 0",
    "earlier": "LEAST({a}, {b})",
    "later": "GREATEST({a}, {b})",
    "next_week": "({day} + 7)",
    "literal": "DATE '{day}'",
}
SQL_BALANCES = """
WITH RECURSIVE
holiday(day) AS (VALUES {holidays}),
self_management AS (SELECT id FROM time_category WHERE is_self_management),
term AS (  -- each contract term from its Monday until the next one's; the first stands for the weeks before it
    SELECT member_id, contract_minutes, self_management_minutes, working_days,
           CASE WHEN ROW_NUMBER() OVER (PARTITION BY member_id ORDER BY effective_from) = 1 THEN {ever}
                ELSE effective_from END AS from_day,
           COALESCE(LEAD(effective_from) OVER (PARTITION BY member_id ORDER BY effective_from), {never}) AS until_day
    FROM contract_term
),
team AS (  -- where each balance starts: the opening balance, else the arrival, else the first entry
    SELECT m.id AS member_id, m.start_date, m.end_date, COALESCE(o.profession_minutes, 0) AS opening_profession,
           COALESCE(o.self_management_minutes, 0) AS opening_self_management,
           COALESCE(o.week_start, {start_monday}, {first_entry_monday}) AS start_week
    FROM member m LEFT JOIN opening_balance o ON o.member_id = m.id
    WHERE m.active
),
kept AS (  -- each member's latest week kept since their start before the weeks folded, if any
    SELECT t.*, (SELECT MAX(w.week_start) FROM week_balance w WHERE w.member_id = t.member_id
                 AND w.week_start < :kept_before AND w.week_start >= t.start_week) AS kept_week
    FROM team t WHERE t.start_week <= :last_week
),
started AS (  -- folded from the week after the week kept with the balance kept, else from the start
    SELECT k.*, COALESCE({week_after_kept}, k.start_week) AS first_week,
           COALESCE((SELECT w.profession_minutes FROM week_balance w
                     WHERE w.member_id = k.member_id AND w.week_start = k.kept_week), k.opening_profession)
               AS carried_profession,
           COALESCE((SELECT w.self_management_minutes FROM week_balance w
                     WHERE w.member_id = k.member_id AND w.week_start = k.kept_week), k.opening_self_management)
               AS carried_self_management
    FROM kept k
),
folded_from(day) AS (SELECT MIN(first_week) FROM started),
days(day) AS (
    SELECT day FROM folded_from
    UNION ALL SELECT {next_day} FROM days WHERE day < :last_counted
),
absent(member_id, day, first_day, last_day, half_day_start, half_day_end) AS (  -- their days folded
    SELECT member_id, {later_first_day}, first_day, last_day, half_day_start, half_day_end
    FROM absence, folded_from f WHERE NOT cancelled AND first_day <= :last_counted AND last_day >= f.day
    UNION ALL
    SELECT member_id, {next_day}, first_day, last_day, half_day_start, half_day_end
    FROM absent WHERE day < last_day AND day < :last_counted
),
off AS (  -- the halves of each day off; two absences taking the same morning lose it once
    SELECT member_id, day,
           MAX(CASE WHEN day = first_day AND half_day_start THEN 0 ELSE 1 END) AS morning,
           MAX(CASE WHEN day = last_day AND half_day_end THEN 0 ELSE 1 END) AS afternoon
    FROM absent GROUP BY member_id, day
),
away(member_id, day, back_on) AS (  -- the days folded after a member's last day, until they came back
    SELECT member_id, {later_after_last_day}, back_on FROM departure, folded_from f
    WHERE last_day < :last_counted AND {later_after_last_day} < COALESCE(back_on, {never})
    UNION ALL
    SELECT member_id, {next_day}, back_on FROM away
    WHERE {next_day} < COALESCE(back_on, {never}) AND day < :last_counted
),
halves AS (  -- 2, 1 or 0 halves of each day worked, by the contract term of its week
    SELECT t.member_id, c.contract_minutes, c.self_management_minutes, length(c.working_days) AS days_a_week,
           {day_monday} AS week,
           CASE WHEN NOT {works_on}
                     OR h.day IS NOT NULL OR a.day IS NOT NULL
                     OR d.day < COALESCE(t.start_date, d.day) OR d.day > COALESCE(t.end_date, d.day) THEN 0
                ELSE 2 - COALESCE(o.morning, 0) - COALESCE(o.afternoon, 0) END AS worked
    FROM started t JOIN days d ON d.day >= t.first_week
         JOIN term c ON c.member_id = t.member_id AND d.day >= c.from_day AND d.day < c.until_day
         LEFT JOIN holiday h ON h.day = d.day
         LEFT JOIN off o ON o.member_id = t.member_id AND o.day = d.day
         LEFT JOIN away a ON a.member_id = t.member_id AND a.day = d.day
),
shares AS (  -- the contract's minutes times the halves of the week, over twice the working days
    SELECT member_id, contract_minutes * SUM(worked) AS total, self_management_minutes * SUM(worked)
           AS self_management, 2 * days_a_week AS halves_a_week
    FROM halves GROUP BY member_id, week, contract_minutes, self_management_minutes, days_a_week
),
targets AS (
    SELECT member_id, SUM({total}) - SUM({self_management}) AS profession,
           SUM({self_management}) AS self_management
    FROM shares GROUP BY member_id
),
done AS (  -- each member's own range of the (member, day) index, whatever a planner guesses of the weeks kept;
           -- only the days of their time in the team (nothing counts before arrival, after the contract, away)
    SELECT t.member_id,
           (SELECT SUM(e.minutes) FROM time_entry e WHERE e.member_id = t.member_id AND e.day >= t.first_week
            AND e.day <= :last_done AND NOT e.pending AND e.category_id NOT IN (SELECT id FROM self_management)
            {in_team}) AS profession,
           (SELECT SUM(e.minutes) FROM time_entry e WHERE e.member_id = t.member_id AND e.day >= t.first_week
            AND e.day <= :last_done AND NOT e.pending AND e.category_id IN (SELECT id FROM self_management)
            {in_team}) AS self_management
    FROM started t
)
SELECT t.member_id,
       t.carried_profession + COALESCE(d.profession, 0) + (:assumed - 1) * COALESCE(g.profession, 0),
       t.carried_self_management + COALESCE(d.self_management, 0) - COALESCE(g.self_management, 0)
FROM started t LEFT JOIN targets g ON g.member_id = t.member_id LEFT JOIN done d ON d.member_id = t.member_id
"""


IN_TEAM = """AND e.day >= COALESCE(t.start_date, e.day) AND e.day <= COALESCE(t.end_date, e.day)
            AND NOT EXISTS (SELECT 1 FROM departure d WHERE d.member_id = e.member_id AND d.last_day < e.day
                            AND (d.back_on IS NULL OR e.day < d.back_on))"""


def balances_sql(holidays: list[date], dialect: str) -> str:
    """The SQL in the engine's words, with its public holidays written in (dates made here, never typed by
    anyone)."""
    words = POSTGRESQL_DAYS if dialect == "postgresql" else SQLITE_DAYS
    first_entry = words["earlier"].format(
        a="COALESCE((SELECT MIN(day) FROM time_entry WHERE member_id = m.id), :until)", b=":until")
    return SQL_BALANCES.format(
        holidays=", ".join(f"({words['literal'].format(day=day.isoformat())})" for day in holidays),
        never=words["literal"].format(day="9999-12-31"),
        ever=words["literal"].format(day="0001-01-01"),
        next_day=words["next_day"].format(day="day"),
        week_after_kept=words["next_week"].format(day="k.kept_week"),
        later_first_day=words["later"].format(a="first_day", b="f.day"),
        later_after_last_day=words["later"].format(a=words["next_day"].format(day="last_day"), b="f.day"),
        works_on=words["works_on"].format(days="c.working_days", weekday=words["weekday"].format(day="d.day")),
        start_monday=words["monday"].format(day="m.start_date"),
        first_entry_monday=words["monday"].format(day=first_entry),
        day_monday=words["monday"].format(day="d.day"),
        in_team=IN_TEAM,
        total=ROUNDED.format(n="total", d="halves_a_week"),
        self_management=ROUNDED.format(n="self_management", d="halves_a_week"),
    )


@pytest.fixture(scope="module", params=ENGINES)
def big_centre(request, sqlite_big_centre):
    """The centre on the engine of the test: its SQLite file, or a copy on PostgreSQL."""
    urls = iter([sqlite_big_centre]) if request.param == "sqlite" else copied_to_postgres(sqlite_big_centre)
    for url in urls:
        engine = open_database(url)
        yield Context(engine, clock=lambda: TEST_NOW, system="tests")
        engine.dispose()


@pytest.fixture(scope="module")
def sqlite_big_centre(tmp_path_factory):
    """Five years of entries; members on 3 to 6 days, some arriving later, one gone, one with an opening
    balance, two who left and came back, three who changed contract on the way; absences with half days, some
    cancelled; contracts of odd minutes, to round."""
    path = tmp_path_factory.mktemp("hours") / "hours.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
    rows = demo_data()["members"]
    size = Synthetic(members=MEMBERS, years=YEARS)
    start = history_start(ctx.today(), size)
    for index in range(MEMBERS):
        values = rows[index % len(rows)]
        arrival = start + timedelta(days=index * 19) if index % 3 else start
        draft = members.MemberDraft(
            name=f"Membre {index:02d}", contract_minutes=round(values["contract_hours"] * 60) + index % 7,
            working_days=WORKING_DAYS[index % len(WORKING_DAYS)], start_date=arrival,
            end_date=ctx.today() - timedelta(days=200) if index == 7 else None)
        members.add_member(ctx, draft)
    demo_step(ctx, {}, size)
    hours.set_opening_balance(ctx, 1, start + timedelta(weeks=30), -95, 125)
    add_absences(ctx, start)
    leave_and_come_back(ctx)
    change_contracts(ctx, start)
    engine.dispose()
    return f"sqlite:///{path}"


def leave_and_come_back(ctx):
    """A member away for a hundred days last year; another away across the last week counted, back today."""
    today = ctx.today()
    for member_id, last_day, back_on in ((12, today - timedelta(days=400), today - timedelta(days=300)),
                                         (21, today - timedelta(days=10), today)):
        members.deactivate(ctx, member_id, last_day)
        members.reactivate(ctx, member_id, back_on)


def change_contracts(ctx, start):
    """Some members change contract on the way: to part time on fewer days, one back to full time later."""
    for member_id, weeks, contract_minutes, working_days in (
            (3, 60, 28 * 60 + 5, frozenset({0, 1, 2, 3})), (10, 90, 24 * 60, frozenset({0, 2, 4})),
            (10, 200, 35 * 60 + 1, frozenset(range(5))), (33, 230, 30 * 60, frozenset({1, 2, 3, 4}))):
        member = members.get_member(ctx, member_id)
        draft = replace(member.draft(), contract_minutes=contract_minutes, self_management_minutes=None,
                        working_days=working_days)
        members.update_member(ctx, member_id, draft, contract_from=start + timedelta(weeks=weeks))


def add_absences(ctx, start):
    """A few absences a year for each member, some of them beginning or ending with half a day."""
    rng = random.Random(18)
    rows = []
    for member_id in range(1, MEMBERS + 1):
        for _ in range(4 * YEARS):
            first = start + timedelta(days=rng.randrange(52 * 7 * YEARS))
            rows.append({"member_id": member_id, "first_day": first, "kind": rng.choice(rules.ABSENCE_KINDS),
                         "last_day": first + timedelta(days=rng.choice((0, 1, 4, 11))),
                         "half_day_start": rng.random() < 0.3, "half_day_end": rng.random() < 0.3,
                         "cancelled": rng.random() < 0.1, "note": "", "created_at": ctx.now()})
    rows = [row for row in rows if not (row["first_day"] == row["last_day"] and row["half_day_start"]
                                        and row["half_day_end"])]  # the domain refuses both halves of one day
    with ctx.writing() as unit:
        unit.db.execute(insert(Absence), rows)
        unit.audit("generate", "absence", None, after={"absences": len(rows)})


def sql_balances(ctx, until: date, *, from_kept: bool = True) -> dict[int, tuple[int, int]]:
    """Each started member's balance at the end of the week of ``until``, by the SQL, in one transaction:
    folded from the week kept that the service starts from (the latest before the week of ``until`` and
    over by a week, as balances.kept finds it), or, ``from_kept`` False, from every member's start."""
    last_week = hours.week_start(until)
    last_counted = min(last_week + timedelta(days=6), ctx.today())
    kept_before = min(last_week, ctx.today() - timedelta(days=7)) if from_kept else date.min
    dialect = ctx.engine.dialect.name
    days = {"until": until, "last_week": last_week, "last_counted": last_counted, "last_done": last_counted,
            "kept_before": kept_before}
    if dialect == "sqlite":  # SQLite keeps days as text
        days = {name: day.isoformat() for name, day in days.items()}
    with ctx.reading() as db:
        region = centre.holiday_region(db)
        holidays = sorted(day for year in range(2000, last_counted.year + 1)
                          for day in rules.public_holidays(year, region))
        params = {**days, "assumed": int(bool(settings.read(db, hours.ASSUMED)))}
        rows = db.execute(text(balances_sql(holidays, dialect)), params)
        return {member_id: (profession, self_management) for member_id, profession, self_management in rows}


def kept_weeks(ctx, week: date) -> int:
    """How many members have their balance of ``week`` kept."""
    with ctx.reading() as db:
        return db.exec(select(func.count()).select_from(WeekBalance).where(WeekBalance.week_start == week)).one()


def test_team_balance_agrees_with_the_hand_written_sql(benchmark, big_centre, qapp):
    until = TEST_NOW.date() - timedelta(weeks=1)
    model = TeamModel()
    # SQLite works in this process: its processor time, which the load of the shared machine hardly skews;
    # PostgreSQL works in its server: the wall clock
    clock = time.process_time if big_centre.engine.dialect.name == "sqlite" else time.perf_counter
    seconds: dict[str, list[float]] = {"service": [], "sql": [], "whole_history_sql": []}
    found = {}

    def timed(name, work):
        started = clock()
        found[name] = work()
        seconds[name].append(clock() - started)

    def hand_written_sql():  # the yardsticks, run before each round (pytest-benchmark does not time them)
        timed("sql", lambda: sql_balances(big_centre, until))
        timed("whole_history_sql", lambda: sql_balances(big_centre, until, from_kept=False))

    def refresh_team_tab():
        timed("service", lambda: hours.team_balances(big_centre, until))
        model.set_view(hours.team_view(big_centre, until - timedelta(weeks=7), until), found["service"])

    hours.team_balances(big_centre, until)  # keeps every member's weeks over, which both folds start from
    assert kept_weeks(big_centre, hours.week_start(until) - timedelta(weeks=1)) == MEMBERS
    benchmark.pedantic(refresh_team_tab, setup=hand_written_sql, rounds=ROUNDS, warmup_rounds=1)
    balances = {member_id: (found.balance_profession, found.balance_self_management)
                for member_id, found in found["service"].items()}
    assert len(balances) == MEMBERS and model.rowCount() == MEMBERS
    assert balances == found["sql"] == found["whole_history_sql"]
    history = hours.balance(big_centre, 2, until, weeks=10**6)  # and the week-by-week fold, for one member
    assert (history[-1].balance_profession, history[-1].balance_self_management) == balances[2]
    if benchmark.enabled:
        service, sql, whole = (statistics.median(seconds[name][-ROUNDS:])
                               for name in ("service", "sql", "whole_history_sql"))
        benchmark.extra_info.update(service_s=service, sql_s=sql, whole_history_sql_s=whole,
                                    ratio=service / sql, goal_ratio=FACTOR)
        print(f"\nteam balances ({clock.__name__}): service {service * 1000:.1f} ms, hand-written SQL from the "
              f"weeks kept {sql * 1000:.1f} ms, ratio {service / sql:.2f} (goal: at most {FACTOR:g}); "
              f"SQL over the whole history {whole * 1000:.1f} ms; "
              f"Team tab refresh {benchmark.stats.stats.median * 1000:.0f} ms")
        if big_centre.engine.dialect.name == "sqlite":
            assert service <= FACTOR * sql
