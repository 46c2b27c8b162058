"""A change of contract applies from a week on: the weeks before keep their contract, validated ones never move
(both engines; the clock is TEST_NOW, Monday 23 November 2026)."""

import json
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.imports import Kind
from app.services import hours, imports, members
from app.storage.models import AuditEntry
from tests.services.test_hours import HOUR, WEEK_46, WEEK_47, WEEK_48, add, category, once_over, targets

HALF_TIME = {"contract_minutes": 1050, "self_management_minutes": 300}  # 17 h 30: 12 h 30 + 5 h
JUNE = date(2026, 6, 1)  # a Monday


def change(ctx, member_id, contract_from=None, **contract):
    draft = replace(members.get_member(ctx, member_id).draft(), **(contract or HALF_TIME))
    return members.update_member(ctx, member_id, draft, contract_from=contract_from)


def balance_at(ctx, member_id, week):
    last = hours.balance(ctx, member_id, week, weeks=1)[-1]
    return last.balance_profession, last.balance_self_management


def test_a_change_of_contract_this_week_leaves_a_validated_week_and_its_balance_as_they_were(ctx):
    """The tester's case: half time from this week must not lower the targets of the week validated before."""
    amina = add(ctx, "Amina")
    hours.record_entry(ctx, amina, WEEK_47, category(ctx, "training"), 10 * HOUR)
    hours.validate_week(ctx, amina, WEEK_47)
    before = hours.week_totals(ctx, amina, WEEK_47), balance_at(ctx, amina, WEEK_47)
    change(ctx, amina)  # from this week, by default
    assert (hours.week_totals(ctx, amina, WEEK_47), balance_at(ctx, amina, WEEK_47)) == before
    assert (before[0].target_profession, before[0].target_self_management) == (1500, 600)
    once_over(ctx, WEEK_48)
    assert targets(ctx, amina, WEEK_48) == (12.5 * HOUR // HOUR, 5)  # the new contract from its week
    assert hours.week_totals(ctx, amina, WEEK_48).target_profession == 750


def test_a_part_time_change_mid_year_counts_each_side_with_its_own_contract(ctx):
    """Amina's weeks are those of a full-timer until June, then those of a 28-hour part-timer: public holidays
    and all; her balance adds the gaps of both."""
    amina, full_time, part_time = add(ctx, "Amina"), add(ctx, "Plein"), add(ctx, "Partiel", 28)
    change(ctx, amina, JUNE, contract_minutes=28 * HOUR, self_management_minutes=None)
    hours.record_entry(ctx, amina, JUNE - timedelta(days=3), category(ctx, "training"), 3 * HOUR)
    once_over(ctx, WEEK_48)
    assert (targets(ctx, amina, JUNE - timedelta(weeks=2)), targets(ctx, amina, JUNE)) == ((25, 10), (20, 8))
    history = hours.balance(ctx, amina, WEEK_48, weeks=100)
    assert history[0].totals.week_start == date(2026, 1, 5)
    for week in history:
        same_as = full_time if week.totals.week_start < JUNE else part_time
        assert _targets(week.totals) == _targets(hours.week_totals(ctx, same_as, week.totals.week_start))
    assert balance_at(ctx, amina, WEEK_48) == (
        sum(week.totals.gap_profession for week in history),
        3 * HOUR - sum(week.totals.target_self_management for week in history))


def _targets(totals):
    return totals.target_profession, totals.target_self_management


def test_a_change_into_a_validated_week_or_before_it_is_refused_and_writes_nothing(ctx):
    amina = add(ctx, "Amina")
    hours.validate_week(ctx, amina, WEEK_46)
    audited = _audit(ctx)
    for contract_from in (WEEK_46 - timedelta(weeks=3), WEEK_46 + timedelta(days=2)):
        with pytest.raises(RuleViolation, match="validated the week of 09/11/2026") as refused:
            change(ctx, amina, contract_from)
        assert refused.value.params["next"] == "16/11/2026"
    assert members.get_member(ctx, amina).contract_minutes == 35 * HOUR and _audit(ctx) == audited
    assert [term.effective_from for term in members.contract_history(ctx, amina)] == [date(2026, 1, 5)]
    change(ctx, amina, WEEK_47)  # the week after it
    hours.unlock_week(ctx, amina, WEEK_46, "Erreur de contrat")
    change(ctx, amina, WEEK_46, contract_minutes=30 * HOUR)  # once unlocked
    assert [term.effective_from for term in members.contract_history(ctx, amina)] == [date(2026, 1, 5), WEEK_46]


def test_a_change_replaces_the_terms_from_its_week_on_and_each_is_audited(ctx):
    amina = add(ctx, "Amina")
    change(ctx, amina, WEEK_48, contract_minutes=28 * HOUR, self_management_minutes=None)
    change(ctx, amina, WEEK_46 + timedelta(days=4))  # a Friday: from the Monday of its week
    history = members.contract_history(ctx, amina)
    assert [(term.effective_from, term.contract_minutes) for term in history] == [
        (date(2026, 1, 5), 35 * HOUR), (WEEK_46, 1050)]
    assert members.get_member(ctx, amina).contract_minutes == 1050  # the member's record says the latest
    audit = [(entry.action, entry.entity, json.loads(entry.before or "null"), json.loads(entry.after or "null"))
             for entry in _audit(ctx) if entry.entity == "contract_term"]
    assert [(action, before and before["effective_from"], after and after["contract_minutes"])
            for action, _, before, after in audit] == [
        ("change_contract", None, 28 * HOUR), ("supersede", WEEK_48.isoformat(), None),
        ("change_contract", None, 1050)]


def test_a_name_alone_changes_no_contract(ctx):
    amina = add(ctx, "Amina")
    hours.validate_week(ctx, amina, WEEK_48)  # even this week validated: the contract is not touched
    members.update_member(ctx, amina, replace(members.get_member(ctx, amina).draft(), name="Amina B."))
    assert len(members.contract_history(ctx, amina)) == 1


def test_the_week_grid_shows_the_working_days_of_the_weeks_own_contract(ctx):
    amina = add(ctx, "Amina")
    change(ctx, amina, WEEK_48, contract_minutes=28 * HOUR, self_management_minutes=None,
           working_days=frozenset(range(4)))
    assert hours.week_grid(ctx, amina, WEEK_47).working_days == frozenset(range(5))
    assert hours.week_grid(ctx, amina, WEEK_48).working_days == frozenset(range(4))


def test_an_imported_contract_applies_from_this_week(ctx, tmp_path):
    amina = add(ctx, "Amina Benali")
    file = tmp_path / "équipe.csv"
    file.write_text("Nom;Heures;Jours\nAmina Benali;28;lun mar mer jeu\n", encoding="utf-8")
    imports.import_file(ctx, Kind.MEMBERS, file)
    assert targets(ctx, amina, WEEK_47) == (25, 10)
    once_over(ctx, WEEK_48)
    assert targets(ctx, amina, WEEK_48) == (20, 8)


def _audit(ctx):
    with ctx.reading() as db:
        return list(db.exec(select(AuditEntry).order_by(AuditEntry.id)))
