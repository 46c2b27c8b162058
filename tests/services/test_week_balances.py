"""The weekly balances kept (app.services.balances): after any sequence of writes, a balance folded from the
weeks kept equals the balance folded from each member's start (both engines)."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import count

from hypothesis import HealthCheck, given
from hypothesis import settings as settings_of_hypothesis
from hypothesis import strategies as st
from sqlalchemy import delete, event, func, select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import centre, hours, members, settings
from app.storage.models.hours import WeekBalance
from tests.services.test_hours import ARRIVED, HOUR, add, category

TODAY = date(2026, 11, 23)  # TEST_NOW's day, a Monday
SPAN = 20  # weeks of history before today
FIRST = TODAY - timedelta(weeks=SPAN)
HOLIDAY = date(2026, 11, 11)  # a public holiday the centre may work
MEMBERS = 2
names = count()

day_offsets = st.integers(0, SPAN * 7 - 1)
member_indexes = st.integers(0, MEMBERS - 1)
writes = st.one_of(
    st.tuples(st.just("entry"), member_indexes, day_offsets, st.booleans(), st.integers(1, 8 * HOUR)),
    st.tuples(st.just("drop entry"), st.integers(0, 20)),
    st.tuples(st.just("absence"), member_indexes, day_offsets, st.integers(0, 9)),
    st.tuples(st.just("cancel absence"), st.integers(0, 20)),
    st.tuples(st.just("opening"), member_indexes, day_offsets, st.integers(-600, 600), st.integers(-600, 600)),
    st.tuples(st.just("assumed"), st.booleans()),
    st.tuples(st.just("worked holiday"), st.booleans()),
    st.tuples(st.just("leave"), member_indexes, day_offsets),
    st.tuples(st.just("come back"), member_indexes, day_offsets),
    st.tuples(st.just("contract"), member_indexes, day_offsets, st.integers(0, 48)),
)


def apply(ctx, team, made, write) -> None:
    """One write through its service; a write the rules refuse writes nothing."""
    kind, *args = write
    try:
        if kind == "entry":
            index, offset, is_self_management, minutes = args
            code = "training" if is_self_management else hours.PROFESSION
            made["entries"].append(hours.record_entry(ctx, team[index], FIRST + timedelta(days=offset),
                                                      category(ctx, code), minutes).id)
        elif kind == "drop entry" and made["entries"]:
            hours.delete_entry(ctx, made["entries"].pop(args[0] % len(made["entries"])))
        elif kind == "absence":
            index, offset, length = args
            first = FIRST + timedelta(days=offset)
            made["absences"].append(hours.add_absence(ctx, team[index], first, first + timedelta(days=length)).id)
        elif kind == "cancel absence" and made["absences"]:
            hours.cancel_absence(ctx, made["absences"].pop(args[0] % len(made["absences"])))
        elif kind == "opening":
            index, offset, profession, self_management = args
            hours.set_opening_balance(ctx, team[index], FIRST + timedelta(days=offset), profession, self_management)
        elif kind == "assumed":
            settings.put(ctx, "profession_hours_assumed", args[0])
        elif kind == "worked holiday":
            centre.set_worked_holidays(ctx, [HOLIDAY] if args[0] else [])
        elif kind == "leave":
            members.deactivate(ctx, team[args[0]], FIRST + timedelta(days=args[1]))
        elif kind == "come back":
            members.reactivate(ctx, team[args[0]], FIRST + timedelta(days=args[1]))
        elif kind == "contract":
            index, offset, contract_hours = args
            draft = replace(members.get_member(ctx, team[index]).draft(), contract_minutes=contract_hours * HOUR,
                            self_management_minutes=None)
            members.update_member(ctx, team[index], draft, contract_from=FIRST + timedelta(days=offset))
    except RuleViolation:
        pass


def balances_seen(ctx, team) -> dict:
    """What the pages ask: every member's running weeks at several weeks, and the team's balances."""
    seen = {}
    for weeks_back in (0, 3, 9):
        until = TODAY - timedelta(weeks=weeks_back)
        seen[("team", weeks_back)] = hours.team_balances(ctx, until)
        for member_id in team:
            seen[(member_id, weeks_back)] = hours.balance(ctx, member_id, until, weeks=4)
    return seen


def forget_kept_weeks(ctx) -> None:
    """Empty the cache itself (not a service write: the test's way to fold every balance from the start)."""
    with ctx.engine.begin() as connection:
        connection.execute(delete(WeekBalance))


def kept_weeks(ctx) -> int:
    with ctx.reading() as db:
        return db.execute(select(func.count()).select_from(WeekBalance)).scalar_one()


@settings_of_hypothesis(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(writes, min_size=1, max_size=8))
def test_balances_folded_from_the_kept_weeks_equal_balances_folded_from_the_start(ctx, sequence):
    team = [add(ctx, f"Membre {next(names)}", start_date=ARRIVED if index else FIRST + timedelta(weeks=3))
            for index in range(MEMBERS)]
    try:
        made = {"entries": [], "absences": []}
        balances_seen(ctx, team)  # keeps the weeks over
        for write in sequence:
            apply(ctx, team, made, write)
            from_kept = balances_seen(ctx, team)
            forget_kept_weeks(ctx)
            assert from_kept == balances_seen(ctx, team)
    finally:  # the next example starts from a team of its own
        for member_id in team:
            if members.get_member(ctx, member_id).active:
                apply(ctx, team, {}, ("leave", team.index(member_id), SPAN * 7))
        forget_kept_weeks(ctx)


def test_weeks_over_are_kept_and_a_change_forgets_them_from_its_week_on(ctx):
    member = add(ctx, "Alice")
    hours.team_balances(ctx, TODAY)
    kept = kept_weeks(ctx)
    assert kept > 40  # every week over since January, not the last one nor this one
    hours.record_entry(ctx, member, TODAY - timedelta(weeks=3), category(ctx, "training"), HOUR)
    assert kept_weeks(ctx) == kept - 2  # three weeks ago and two weeks ago; last week was never kept
    hours.record_entry(ctx, member, TODAY, category(ctx, "training"), HOUR)  # this week: nothing kept to forget
    assert kept_weeks(ctx) == kept - 2


def test_a_new_contract_forgets_that_members_weeks_kept_from_its_week_a_first_day_all_of_them(ctx):
    alice, bruno = add(ctx, "Alice"), add(ctx, "Bruno")
    hours.team_balances(ctx, TODAY)
    kept = kept_weeks(ctx)
    for draft, contract_from, forgotten in (
            (MemberDraft(name="Alice", contract_minutes=28 * HOUR, start_date=ARRIVED), TODAY, 0),  # not kept yet
            (MemberDraft(name="Alice", contract_minutes=24 * HOUR, start_date=ARRIVED), TODAY - timedelta(weeks=3),
             2),  # the weeks of 2 and of 9 November; that of 16 November is not kept yet
            (MemberDraft(name="Alice", contract_minutes=24 * HOUR, start_date=ARRIVED + timedelta(weeks=2)), TODAY,
             kept // 2)):  # all of Alice's, Bruno's stay
        members.update_member(ctx, alice, draft, contract_from=contract_from)
        assert kept_weeks(ctx) == kept - forgotten
        from_kept = [hours.balance(ctx, member, TODAY, weeks=50) for member in (alice, bruno)]
        forget_kept_weeks(ctx)
        assert from_kept == [hours.balance(ctx, member, TODAY, weeks=50) for member in (alice, bruno)]
        kept = kept_weeks(ctx)


def test_a_second_read_writes_nothing_whatever_the_day_of_the_week(ctx):
    """A week kept is found again the next time on every day: the reader does not store it again."""
    add(ctx, "Alice")
    writes = []

    def note_writes(_connection, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT INTO WEEK_BALANCE", "DELETE FROM WEEK_BALANCE")):
            writes.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", note_writes)
    try:
        for day in range(7):
            today = datetime.combine(TODAY + timedelta(days=day), time(12), tzinfo=UTC)
            ctx.clock = lambda moment=today: moment
            hours.team_balances(ctx, today.date())
            writes.clear()
            hours.team_balances(ctx, today.date())
            assert writes == [], today.strftime("%A")
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note_writes)
