"""The meeting rules: fair rotation of the roles, weekly dates, and a first merge of notes typed twice."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from app.domain.meetings import ROLES, has_begun, merge_notes, suggest_roles, takes_positions

MONDAY = date(2026, 1, 5)
member_ids = st.sets(st.integers(min_value=1, max_value=10_000), min_size=1, max_size=25)


def hold_meetings(attendances):
    """Run one meeting per week with the suggested roles; return the suggestions in order."""
    history, suggestions = [], []
    for week, present in enumerate(attendances):
        roles = suggest_roles(sorted(present), history)
        suggestions.append(roles)
        history += [(MONDAY + timedelta(weeks=week), role, member) for role, member in roles.items()]
    return suggestions


@given(team=member_ids, turns=st.integers(min_value=1, max_value=3), shuffle=st.randoms())
def test_with_everyone_present_each_member_holds_each_role_within_n_meetings(team, turns, shuffle):
    present = list(team)
    shuffle.shuffle(present)  # the order people are listed in changes nothing
    n = len(team)
    suggestions = hold_meetings([present] * (n * turns + 2))
    for start in range(len(suggestions) - n + 1):
        window = suggestions[start : start + n]
        for role in ROLES:
            assert {roles[role] for roles in window} == team


@given(
    team=st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=25, unique=True),
    data=st.data(),
)
def test_suggestions_come_from_those_present_and_nobody_holds_two_roles(team, data):
    attendances = data.draw(st.lists(st.lists(st.sampled_from(team), unique=True), max_size=12))
    for present, roles in zip(attendances, hold_meetings(attendances), strict=True):
        assert set(roles.values()) <= set(present)
        if len(present) >= len(ROLES):
            assert len(set(roles.values())) == len(ROLES)
        assert len(roles) == (len(ROLES) if present else 0)


@given(
    present=st.sets(st.integers(min_value=1, max_value=40), min_size=1, max_size=15),
    history=st.lists(
        st.tuples(st.dates(date(2024, 1, 1), date(2025, 12, 31)), st.sampled_from(ROLES), st.integers(1, 40))
    ),
)
def test_the_facilitator_is_whoever_facilitated_least_recently(present, history):
    last = {
        member: max((d for d, role, m in history if role == "facilitator" and m == member), default=date.min)
        for member in present
    }
    chosen = suggest_roles(sorted(present), history)["facilitator"]
    assert last[chosen] == min(last.values())


def test_someone_who_never_held_a_role_comes_first():
    history = [(MONDAY, "facilitator", 1), (MONDAY, "minute_taker", 2), (MONDAY, "time_keeper", 3)]
    assert suggest_roles([1, 2, 3, 4], history) == {"facilitator": 2, "minute_taker": 3, "time_keeper": 4}


def test_the_least_recent_holder_wins_over_ids():
    history = [
        (MONDAY, "facilitator", 1),
        (MONDAY - timedelta(weeks=5), "facilitator", 3),
        (MONDAY - timedelta(weeks=2), "facilitator", 2),
    ]
    assert suggest_roles([1, 2, 3], history)["facilitator"] == 3


def test_with_fewer_people_than_roles_someone_holds_two():
    assert suggest_roles([7, 9], []) == {"facilitator": 7, "minute_taker": 9, "time_keeper": 7}
    assert suggest_roles([], []) == {}


def test_merged_notes_are_theirs_then_the_lines_of_mine_they_lack():
    base = "Le loyer augmente."
    theirs = base + "\nLe chauffagiste passe jeudi."
    mine = base + "\nBudget voté à l'unanimité.\n"
    assert merge_notes(mine, theirs) == theirs + "\nBudget voté à l'unanimité."
    assert merge_notes(theirs, theirs) == theirs
    assert merge_notes(base, theirs) == theirs  # nothing of mine is missing from theirs
    assert merge_notes(mine, "") == mine
    assert merge_notes("", theirs) == theirs


mine_lines = st.lists(st.text(alphabet="abc é\n", max_size=12), max_size=6).map("\n".join)


@given(mine_lines, mine_lines)
def test_a_merge_keeps_every_line_either_side_typed(mine, theirs):
    merged = merge_notes(mine, theirs).splitlines()
    kept = {line.strip() for line in merged}
    assert all(line.strip() in kept for line in (mine + "\n" + theirs).splitlines() if line.strip())
    assert merge_notes(mine, theirs).startswith(theirs.rstrip("\n")) or not theirs.strip()


def test_a_meeting_takes_positions_from_its_day_and_is_held_from_its_start():
    thursday, paris = date(2026, 11, 26), ZoneInfo("Europe/Paris")
    assert not takes_positions(thursday, thursday - timedelta(days=1))
    assert takes_positions(thursday, thursday) and takes_positions(thursday, thursday + timedelta(days=30))
    just_before = datetime(2026, 11, 26, 13, 59, tzinfo=paris)
    assert not has_begun(thursday, time(14), just_before)
    assert has_begun(thursday, time(14), just_before + timedelta(minutes=1))
    assert has_begun(thursday - timedelta(days=1), time(23), just_before)
