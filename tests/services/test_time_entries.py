"""Automatic credits: idempotent, never counted twice, waiting as pending in a validated week."""

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import members, time_entries
from app.storage.models import AuditEntry, TimeEntry, WeekValidation

MONDAY = date(2026, 11, 16)


@pytest.fixture
def amina(ctx):
    return members.add_member(ctx, MemberDraft(name="Amina")).id


def entries(ctx, member_id):
    with ctx.reading() as db:
        rows = db.exec(select(TimeEntry).where(TimeEntry.member_id == member_id).order_by(TimeEntry.id))
        return [(row.day, row.minutes, row.pending) for row in rows]


def credit(ctx, member_id, minutes, day=MONDAY, source_id=1, category="reception"):
    with ctx.writing() as unit:
        time_entries.credit(unit, source="shift", source_id=source_id, member_id=member_id, day=day,
                            minutes=minutes, category=category)


def lock(ctx, member_id, week_start=MONDAY):
    with ctx.writing() as unit:
        unit.add(WeekValidation(member_id=member_id, week_start=week_start,
                                validated_at=datetime(2026, 11, 22, tzinfo=UTC)))


def test_credit_twice_is_counted_once_and_follows_its_source(ctx, amina):
    credit(ctx, amina, 120)
    credit(ctx, amina, 120)
    assert entries(ctx, amina) == [(MONDAY, 120, False)]
    credit(ctx, amina, 90, day=date(2026, 11, 17))
    assert entries(ctx, amina) == [(date(2026, 11, 17), 90, False)]


def test_withdraw_removes_the_credit_of_one_or_all_members(ctx, amina):
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    credit(ctx, amina, 60)
    credit(ctx, bruno, 60)
    with ctx.writing() as unit:
        time_entries.withdraw(unit, source="shift", source_id=1, member_id=amina)
    assert entries(ctx, amina) == [] and entries(ctx, bruno) == [(MONDAY, 60, False)]
    with ctx.writing() as unit:
        time_entries.withdraw(unit, source="shift", source_id=1)
    assert entries(ctx, bruno) == []


def test_a_credit_into_a_locked_week_waits_until_unlocked(ctx, amina):
    credit(ctx, amina, 60)
    lock(ctx, amina)
    credit(ctx, amina, 150)
    assert entries(ctx, amina) == [(MONDAY, 60, False), (MONDAY, 150, True)]
    credit(ctx, amina, 60)  # back to what was counted: nothing waits any more
    assert entries(ctx, amina) == [(MONDAY, 60, False)]
    with ctx.writing() as unit:
        time_entries.withdraw(unit, source="shift", source_id=1)
    assert entries(ctx, amina) == [(MONDAY, 60, False), (MONDAY, 0, True)]
    with ctx.writing() as unit:
        unit.db.exec(select(WeekValidation)).one().unlocked = True
        assert time_entries.apply_pending(unit, amina) == 1
    assert entries(ctx, amina) == []


def test_pending_credit_replaces_the_counted_one_when_applied(ctx, amina):
    credit(ctx, amina, 60)
    lock(ctx, amina)
    credit(ctx, amina, 45, category="meetings")
    with ctx.writing() as unit:
        unit.db.exec(select(WeekValidation)).one().unlocked = True
        time_entries.apply_pending(unit, amina)
    assert entries(ctx, amina) == [(MONDAY, 45, False)]


def test_bad_credits_write_nothing(ctx, amina):
    with pytest.raises(RuleViolation):
        credit(ctx, amina, 60, category="gardening")
    with pytest.raises(RuleViolation):
        credit(ctx, amina, -5)
    assert entries(ctx, amina) == []


def test_credits_are_audited(ctx, amina):
    credit(ctx, amina, 60)
    with ctx.reading() as db:
        audit = db.exec(select(AuditEntry).where(AuditEntry.entity == "time_entry"))
        actions = [row.action for row in audit]
    assert actions == ["credit"]


# Any sequence of credits, withdrawals, validations and unlockings: the member ends with exactly what the
# source last said, counted once, as soon as no validated week holds it back.
OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("credit"), st.integers(0, 13), st.integers(0, 600),
              st.sampled_from(["reception", "meetings"])),
    st.tuples(st.just("withdraw")),
    st.tuples(st.just("lock"), st.integers(0, 1)),
    st.tuples(st.just("unlock"), st.integers(0, 1)),
), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_credits_follow_their_source_whatever_the_order(ctx, operations):
    member_id = members.add_member(ctx, MemberDraft(name=f"Membre {uuid.uuid4().hex[:8]}")).id
    expected = None
    for operation in operations:
        with ctx.writing() as unit:
            if operation[0] == "credit":
                _, offset, minutes, category = operation
                day = MONDAY + timedelta(days=offset)
                expected = (day, minutes) if minutes else None  # 0 minutes: no hours, no entry
                time_entries.credit(unit, source="shift", source_id=1, member_id=member_id,
                                    day=day, minutes=minutes, category=category)
            elif operation[0] == "withdraw":
                expected = None
                time_entries.withdraw(unit, source="shift", source_id=1, member_id=member_id)
            else:
                _set_lock(unit, member_id, MONDAY + timedelta(weeks=operation[1]), operation[0] == "lock")
        rows = entries(ctx, member_id)
        assert len([row for row in rows if not row[2]]) <= 1 and len([row for row in rows if row[2]]) <= 1
    with ctx.writing() as unit:
        for week in (0, 1):
            _set_lock(unit, member_id, MONDAY + timedelta(weeks=week), False)
    rows = entries(ctx, member_id)
    assert rows == ([] if expected is None else [(expected[0], expected[1], False)])


def _set_lock(unit, member_id, week_start, locked):
    row = unit.db.exec(select(WeekValidation).where(
        WeekValidation.member_id == member_id, WeekValidation.week_start == week_start)).first()
    if row is None:
        row = unit.add(WeekValidation(member_id=member_id, week_start=week_start,
                                      validated_at=datetime(2026, 11, 22, tzinfo=UTC)))
    row.unlocked = not locked
    unit.db.flush()
    if not locked:
        time_entries.apply_pending(unit, member_id)


def test_a_credit_of_no_minutes_is_a_withdrawal(ctx, amina):
    credit(ctx, amina, 60)
    credit(ctx, amina, 0)
    assert entries(ctx, amina) == []
    lock(ctx, amina)
    credit(ctx, amina, 0)
    assert entries(ctx, amina) == []
