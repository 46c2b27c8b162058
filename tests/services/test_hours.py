"""Hours: targets, entries, balances, the team view and its report, validation (both engines)."""

import csv
import io
import json
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_of_hypothesis
from hypothesis import strategies as st
from sqlmodel import select

from app import i18n
from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.exports.hours import report_csv, report_title
from app.services import credits, hours, members, settings, time_entries
from app.services.context import free_text_digest
from app.services.errors import NotAllowed, NotFound
from app.storage.models import AuditEntry, TimeEntry

WEEK_46 = date(2026, 11, 9)  # Wednesday 11 November is a public holiday
WEEK_47 = date(2026, 11, 16)
WEEK_48 = date(2026, 11, 23)
HOUR = 60
ARRIVED = date(2026, 1, 5)  # the team's first day, unless a test says otherwise


def add(ctx, name, contract_hours=35, days=range(5), **extra):
    extra.setdefault("start_date", ARRIVED)
    draft = MemberDraft(name=name, contract_minutes=contract_hours * HOUR, working_days=frozenset(days),
                        **extra)
    return members.add_member(ctx, draft).id


def once_over(ctx, week):
    """Move the clock to the Sunday evening of ``week``: all its days have happened."""
    ctx.clock = lambda: datetime.combine(week + timedelta(days=6), time(20, 0), tzinfo=ctx.timezone)


def category(ctx, code):
    return next(c.id for c in hours.list_categories(ctx, include_retired=True) if c.code == code)


def targets(ctx, member_id, week):
    totals = hours.week_totals(ctx, member_id, week)
    return totals.target_profession // HOUR, totals.target_self_management // HOUR


def entry_count(ctx):
    with ctx.reading() as db:
        return len(list(db.exec(select(TimeEntry.id))))


def audit_count(ctx):
    with ctx.reading() as db:
        return len(list(db.exec(select(AuditEntry.id))))


def test_a_28_hour_part_timer_sees_20_and_8_reduced_for_a_holiday(ctx):
    full = add(ctx, "Amina")
    monday_to_thursday = add(ctx, "Marc", 28, days=range(4))
    wednesday_off = add(ctx, "Claire", 28, days=(0, 1, 3, 4))
    assert targets(ctx, full, WEEK_47) == (25, 10)
    assert targets(ctx, monday_to_thursday, WEEK_47) == (20, 8)
    assert targets(ctx, full, WEEK_46) == (20, 8)  # 4/5 of normal
    assert targets(ctx, monday_to_thursday, WEEK_46) == (15, 6)  # the holiday is one of their 4 days
    assert targets(ctx, wednesday_off, WEEK_46) == (20, 8)  # their day off: nothing missing


def test_absences_half_days_and_contract_dates_reduce_the_targets(ctx):
    amina = add(ctx, "Amina")
    hours.add_absence(ctx, amina, WEEK_47, WEEK_47 + timedelta(days=2), "sick", half_day_end=True)
    totals = hours.week_totals(ctx, amina, WEEK_47)
    assert (totals.target_profession, totals.target_self_management) == (25 * HOUR // 2, 5 * HOUR)
    newcomer = add(ctx, "Bruno", start_date=WEEK_47 + timedelta(days=3))  # starts on Thursday
    assert targets(ctx, newcomer, WEEK_47) == (10, 4)
    assert targets(ctx, newcomer, WEEK_46) == (0, 0)


def test_a_cancelled_absence_no_longer_counts(ctx):
    amina = add(ctx, "Amina")
    absence = hours.add_absence(ctx, amina, WEEK_47, WEEK_47 + timedelta(days=4), "holiday")
    assert targets(ctx, amina, WEEK_47) == (0, 0)
    hours.cancel_absence(ctx, absence.id)
    assert targets(ctx, amina, WEEK_47) == (25, 10)


@pytest.mark.parametrize("kind, first, last, half_start, half_end", [
    ("holiday", WEEK_47 + timedelta(days=1), WEEK_47, False, False),
    ("party", WEEK_47, WEEK_47, False, False),
    ("holiday", WEEK_47, WEEK_47, True, True),
    ("holiday", date(9999, 12, 30), date(9999, 12, 31), False, False),  # its week runs off the calendar
    ("sick", date(1999, 12, 31), WEEK_47, False, False),
])
def test_bad_absences_are_refused(ctx, kind, first, last, half_start, half_end):
    amina = add(ctx, "Amina")
    with pytest.raises(RuleViolation):
        hours.add_absence(ctx, amina, first, last, kind, half_day_start=half_start, half_day_end=half_end)
    assert hours.list_absences(ctx, amina) == []


def test_an_absence_is_neither_added_nor_cancelled_in_a_validated_week(ctx):
    amina = add(ctx, "Amina")
    sick = hours.add_absence(ctx, amina, WEEK_47 + timedelta(days=3), WEEK_47 + timedelta(days=4), "sick")
    hours.validate_week(ctx, amina, WEEK_47)
    locked, before = targets(ctx, amina, WEEK_47), audit_count(ctx)
    with pytest.raises(RuleViolation, match="The week of 2026-11-16 is validated"):
        hours.add_absence(ctx, amina, WEEK_46 + timedelta(days=4), WEEK_48, "holiday")  # over the locked week
    with pytest.raises(RuleViolation, match="The week of 2026-11-16 is validated"):
        hours.cancel_absence(ctx, sick.id)
    assert targets(ctx, amina, WEEK_47) == locked == (15, 6) and audit_count(ctx) == before
    assert [absence.id for absence in hours.list_absences(ctx, amina)] == [sick.id]
    hours.add_absence(ctx, amina, WEEK_48, WEEK_48, "training")  # the weeks around it stay open
    hours.unlock_week(ctx, amina, WEEK_47, "the sick leave ended on Thursday")
    hours.cancel_absence(ctx, sick.id)
    assert targets(ctx, amina, WEEK_47) == (25, 10)


def test_why_an_absence_cannot_be_cancelled_is_told_before_trying_and_is_what_cancelling_says(ctx):
    amina = add(ctx, "Amina")
    sick = hours.add_absence(ctx, amina, WEEK_47 + timedelta(days=3), WEEK_48, "sick")
    assert hours.cancel_absence_refusal(ctx, sick.id) is None
    hours.validate_week(ctx, amina, WEEK_48)
    before = audit_count(ctx)
    told = hours.cancel_absence_refusal(ctx, sick.id)
    with pytest.raises(RuleViolation) as refused:
        hours.cancel_absence(ctx, sick.id)
    assert isinstance(told, RuleViolation) and (told.template, told.params) == (
        refused.value.template, refused.value.params) == (hours.WEEK_LOCKED, {"day": WEEK_48})
    assert audit_count(ctx) == before  # asking wrote nothing
    hours.unlock_week(ctx, amina, WEEK_48, "the sick leave was entered for Bruno")
    hours.cancel_absence(ctx, sick.id)
    assert isinstance(hours.cancel_absence_refusal(ctx, sick.id), NotFound)  # cancelled already
    assert isinstance(hours.cancel_absence_refusal(ctx, sick.id + 1), NotFound)  # never was


def test_recorded_hours_count_towards_self_management(ctx):
    amina = add(ctx, "Amina")
    hours.record_entry(ctx, amina, WEEK_47, category(ctx, "partnerships"), 90, "CPAM")
    hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=1), category(ctx, "training"), 3 * HOUR)
    totals = hours.week_totals(ctx, amina, WEEK_47)
    assert totals.done_self_management == 4 * HOUR + 30
    assert totals.gap_self_management == -(5 * HOUR + 30)
    assert totals.done_profession == 25 * HOUR  # assumed as planned by default
    assert totals.minutes_of(category(ctx, "partnerships")) == 90


def test_profession_differences_when_assumed_and_full_records_otherwise(ctx):
    amina = add(ctx, "Amina")
    profession = category(ctx, "profession")
    hours.record_entry(ctx, amina, WEEK_47, profession, -HOUR, "left early")
    assert hours.week_totals(ctx, amina, WEEK_47).done_profession == 24 * HOUR
    settings.put(ctx, "profession_hours_assumed", False)
    with pytest.raises(RuleViolation):
        hours.record_entry(ctx, amina, WEEK_47, profession, -HOUR)
    hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=1), profession, 8 * HOUR)
    assert hours.week_totals(ctx, amina, WEEK_47).done_profession == 7 * HOUR


def test_a_profession_difference_takes_off_no_more_than_was_planned_that_day(ctx):
    amina = add(ctx, "Amina")  # full time: 5 h of profession planned each weekday
    profession, tuesday = category(ctx, "profession"), WEEK_47 + timedelta(days=1)
    hours.record_entry(ctx, amina, WEEK_47, profession, -3 * HOUR)
    with pytest.raises(RuleViolation, match="Only 5 h of profession hours were planned that day"):
        hours.record_entry(ctx, amina, WEEK_47, profession, -2 * HOUR - 1)
    rest_of_day = hours.record_entry(ctx, amina, WEEK_47, profession, -2 * HOUR)  # the whole day not worked
    with pytest.raises(RuleViolation, match="Only 5 h"):
        hours.edit_entry(ctx, rest_of_day.id, -2 * HOUR - 30)
    with pytest.raises(RuleViolation, match="No profession hours were planned that day"):
        hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=5), profession, -HOUR)  # a Saturday
    hours.add_absence(ctx, amina, tuesday, tuesday, "sick", half_day_end=True)  # off on Tuesday morning
    with pytest.raises(RuleViolation, match="Only 2 h 30 of profession"):
        hours.set_cell(ctx, amina, tuesday, profession, -3 * HOUR)
    hours.set_cell(ctx, amina, tuesday, profession, -150)
    for _ in range(3):  # a day's worth taken off again and again: refused each time
        with pytest.raises(RuleViolation):
            hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=2), profession, -24 * HOUR)
    assert hours.week_totals(ctx, amina, WEEK_47).done_profession == 3 * 5 * HOUR  # Wednesday to Friday


@pytest.mark.parametrize("code, minutes", [("partnerships", -30), ("training", 25 * HOUR)])
def test_impossible_durations_write_nothing(ctx, code, minutes):
    amina = add(ctx, "Amina")
    before = audit_count(ctx)
    with pytest.raises(RuleViolation):
        hours.record_entry(ctx, amina, WEEK_47, category(ctx, code), minutes)
    assert entry_count(ctx) == 0 and audit_count(ctx) == before


def test_more_than_24_hours_a_day_is_refused(ctx):
    amina = add(ctx, "Amina")
    hours.record_entry(ctx, amina, WEEK_47, category(ctx, "training"), 20 * HOUR)
    with pytest.raises(RuleViolation, match="24 hours"):
        hours.record_entry(ctx, amina, WEEK_47, category(ctx, "partnerships"), 5 * HOUR)
    hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=1), category(ctx, "partnerships"), 5 * HOUR)
    assert entry_count(ctx) == 2


def test_a_deactivated_member_or_a_validated_week_takes_no_entry(ctx):
    amina, bruno = add(ctx, "Amina"), add(ctx, "Bruno")
    members.set_active(ctx, bruno, False)
    with pytest.raises(RuleViolation, match="no longer an active member"):
        hours.record_entry(ctx, bruno, WEEK_47, category(ctx, "training"), HOUR)
    hours.validate_week(ctx, amina, WEEK_47)
    with pytest.raises(RuleViolation, match="validated"):
        hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=4), category(ctx, "training"), HOUR)
    assert entry_count(ctx) == 0


def test_hours_are_recorded_from_the_arrival_to_the_end_of_the_contract(ctx):
    wednesday, thursday = WEEK_47 + timedelta(days=2), WEEK_47 + timedelta(days=3)
    claire = add(ctx, "Claire", start_date=wednesday, end_date=thursday)
    training = category(ctx, "training")
    for day, said in [(wednesday - timedelta(days=1), "Claire arrived on 2026-11-18"),
                      (date(1900, 1, 1), "outside the years Cercle keeps"),
                      (thursday + timedelta(days=1), "Claire's contract ended on 2026-11-19")]:
        with pytest.raises(RuleViolation, match=said):
            hours.record_entry(ctx, claire, day, training, HOUR)
        with pytest.raises(RuleViolation, match=said):
            hours.set_cell(ctx, claire, day, training, HOUR)
    assert entry_count(ctx) == 0
    hours.record_entry(ctx, claire, wednesday, training, HOUR)
    hours.set_cell(ctx, claire, thursday, training, HOUR)
    once_over(ctx, WEEK_47)
    report = hours.team_view(ctx, WEEK_46, WEEK_47 + timedelta(days=6)).rows[0]
    assert report.total("done_self_management") == hours.week_totals(ctx, claire, WEEK_47).done_self_management


def test_an_entry_recorded_before_the_arrival_by_an_older_cercle_can_be_deleted(ctx):
    amina = add(ctx, "Amina", start_date=WEEK_47)
    with ctx.writing() as unit:
        row = unit.add(TimeEntry(member_id=amina, day=date(1900, 1, 1), category_id=category(ctx, "training"),
                                 minutes=HOUR, created_at=ctx.now()))
    hours.set_cell(ctx, amina, date(1900, 1, 1), category(ctx, "training"), 0)
    assert entry_count(ctx) == 0
    with ctx.writing() as unit:
        row = unit.add(TimeEntry(member_id=amina, day=WEEK_46, category_id=category(ctx, "training"),
                                 minutes=HOUR, created_at=ctx.now()))
    hours.delete_entry(ctx, row.id)
    assert entry_count(ctx) == 0


def test_deleting_is_audited_and_automatic_entries_cannot_be_deleted(ctx):
    amina = add(ctx, "Amina")
    entry = hours.record_entry(ctx, amina, WEEK_47, category(ctx, "training"), HOUR)
    hours.edit_entry(ctx, entry.id, 2 * HOUR, "first-aid course")
    hours.delete_entry(ctx, entry.id)
    with ctx.reading() as db:
        audit = db.exec(select(AuditEntry).where(AuditEntry.entity == "time_entry")).all()
    assert [row.action for row in audit] == ["record", "edit", "delete"]
    assert json.loads(audit[-1].before)["note"] == free_text_digest("first-aid course")
    with ctx.writing() as unit:
        time_entries.credit(unit, source="shift", source_id=7, member_id=amina, day=WEEK_47, minutes=HOUR,
                            category="reception")
    automatic = hours.list_entries(ctx, amina, WEEK_47, WEEK_47)[0]
    with pytest.raises(NotAllowed):
        hours.delete_entry(ctx, automatic.id)


def test_a_credit_from_another_source_is_counted_once(ctx):
    amina = add(ctx, "Amina")
    for _ in range(3):
        with ctx.writing() as unit:
            time_entries.credit(unit, source="meeting", source_id=3, member_id=amina, day=WEEK_47,
                                minutes=2 * HOUR, category="meetings")
    grid = hours.week_grid(ctx, amina, WEEK_47)
    meetings = category(ctx, "meetings")
    assert grid.cell(WEEK_47, meetings) == 2 * HOUR and grid.automatic[(WEEK_47, meetings)] == 2 * HOUR
    assert grid.totals.done_self_management == 2 * HOUR
    hours.set_cell(ctx, amina, WEEK_47, meetings, 3 * HOUR)  # one more hour by hand
    assert hours.week_totals(ctx, amina, WEEK_47).done_self_management == 3 * HOUR
    with pytest.raises(RuleViolation, match="automatically"):
        hours.set_cell(ctx, amina, WEEK_47, meetings, HOUR)


def test_the_grid_cell_sets_and_clears_the_manual_part(ctx):
    amina = add(ctx, "Amina")
    training = category(ctx, "training")
    hours.set_cell(ctx, amina, WEEK_47, training, 90)
    hours.set_cell(ctx, amina, WEEK_47, training, 120)
    assert [e.minutes for e in hours.list_entries(ctx, amina, WEEK_47, WEEK_47)] == [120]
    hours.set_cell(ctx, amina, WEEK_47, training, 0)
    assert hours.list_entries(ctx, amina, WEEK_47, WEEK_47) == []


def test_the_balance_carries_each_gap_into_the_next_week(ctx):
    amina = add(ctx, "Amina")
    hours.set_opening_balance(ctx, amina, WEEK_46, profession_minutes=HOUR, self_management_minutes=-30)
    training = category(ctx, "training")
    hours.record_entry(ctx, amina, WEEK_46, training, 8 * HOUR)  # target 8 h: on target
    hours.record_entry(ctx, amina, WEEK_47, training, 8 * HOUR)  # target 10 h: 2 h behind
    hours.record_entry(ctx, amina, WEEK_48, training, 11 * HOUR)  # 1 h ahead
    once_over(ctx, WEEK_48)
    history = hours.balance(ctx, amina, WEEK_48)
    assert [week.totals.week_start for week in history] == [WEEK_46, WEEK_47, WEEK_48]
    assert [week.balance_self_management for week in history] == [-30, -150, -90]
    assert [week.balance_profession for week in history] == [HOUR, HOUR, HOUR]
    assert hours.team_balances(ctx, WEEK_48)[amina] == history[-1]
    assert hours.week_grid(ctx, amina, WEEK_48).balance_self_management == -90


def test_team_view_and_report_agree_to_the_minute(ctx):
    amina, marc = add(ctx, "Amina"), add(ctx, "Marc", 28, days=range(4))
    hours.record_entry(ctx, amina, WEEK_46, category(ctx, "partnerships"), 97)
    hours.record_entry(ctx, marc, WEEK_47, category(ctx, "thematic_projects"), 61)
    with ctx.writing() as unit:
        time_entries.credit(unit, source="shift", source_id=1, member_id=marc, day=WEEK_47, minutes=211,
                            category="reception")
    view = hours.team_view(ctx, WEEK_46, WEEK_47 + timedelta(days=6))
    assert [row.name for row in view.rows] == ["Amina", "Marc"]
    table = list(csv.reader(io.StringIO(report_csv(view)), delimiter=";"))
    header, lines = table[0], {line[0]: line[1:] for line in table[1:]}

    def minutes(name, column):
        return round(float(lines[name][header.index(column) - 1].replace(",", ".")) * 60)

    for row in view.rows:
        assert minutes(row.name, "Self-management done") == row.total("done_self_management")
        assert minutes(row.name, "Profession target") == row.total("target_profession")
        assert minutes(row.name, "Self-management gap") == row.total("gap_self_management")
    assert minutes("Marc", "Reception") == 211 and minutes("Marc", "Thematic projects") == 61
    assert minutes("Total", "Self-management done") == 97 + 61 + 211
    assert view.category_total(category(ctx, "reception")) == 211


def test_a_category_is_unique_whatever_the_case_of_its_accented_letters(ctx):
    hours.add_category(ctx, "Écriture de projets")
    for again in ("ÉCRITURE DE PROJETS", "écriture de projets"):
        with pytest.raises(RuleViolation, match="already called Écriture de projets"):
            hours.add_category(ctx, again)


def test_a_built_in_category_is_unique_as_the_user_reads_it(ctx, qapp):
    """The built-in categories are stored in English and read in French: « Réunions » is "Meetings", and the
    refusal names it as she reads it."""
    meetings = next(c for c in hours.list_categories(ctx) if c.label == "Meetings")
    i18n.install(qapp, "fr")
    try:
        for typed in ("Réunions", "RÉUNIONS", "meetings"):
            with pytest.raises(RuleViolation) as refused:
                hours.add_category(ctx, typed)
            assert i18n.message(refused.value) == "Une autre catégorie s'appelle déjà Réunions."
        with pytest.raises(RuleViolation):
            hours.rename_category(ctx, hours.add_category(ctx, "Jardin").id, "accueil")
        hours.rename_category(ctx, meetings.id, "réunions")  # its own name
    finally:
        i18n.install(qapp, "en")


def test_categories_are_added_renamed_retired_and_never_deleted_once_used(ctx):
    amina = add(ctx, "Amina")
    added = hours.add_category(ctx, "Recherche-action")
    assert added.code == "recherche_action" and added.is_self_management
    with pytest.raises(RuleViolation):
        hours.add_category(ctx, "  recherche-ACTION ")
    renamed = hours.rename_category(ctx, added.id, "Recherche action")
    assert renamed.label == "Recherche action" and renamed.code == "recherche_action"
    hours.record_entry(ctx, amina, WEEK_47, added.id, HOUR)
    with pytest.raises(RuleViolation, match="retire it"):
        hours.delete_category(ctx, added.id)
    hours.set_category_active(ctx, added.id, False)
    assert added.id not in {c.id for c in hours.list_categories(ctx)}
    with pytest.raises(RuleViolation, match="retired"):
        hours.record_entry(ctx, amina, WEEK_48, added.id, HOUR)
    assert hours.week_totals(ctx, amina, WEEK_47).done_self_management == HOUR  # its hours still count
    unused = hours.add_category(ctx, "Jardin partagé")
    hours.delete_category(ctx, unused.id)
    with pytest.raises(RuleViolation):
        hours.set_category_active(ctx, category(ctx, "profession"), False)


def kind_audit(ctx):
    with ctx.reading() as db:
        return [(json.loads(e.before)["is_self_management"], json.loads(e.after)["is_self_management"])
                for e in db.exec(select(AuditEntry).where(AuditEntry.action == "change_kind").order_by(AuditEntry.id))]


def test_a_category_changes_kind_only_while_it_holds_no_hours(ctx):
    """Created on the wrong side, a category is moved while nothing is recorded in it: nothing counted moves.
    Once it holds hours (by hand, or credited, even pending), it is refused and the person told what to do."""
    amina = add(ctx, "Amina")
    hours.record_entry(ctx, amina, WEEK_47, category(ctx, "training"), 2 * HOUR)
    before = hours.week_totals(ctx, amina, WEEK_47)
    added = hours.add_category(ctx, "Téléconsultation")
    moved = hours.change_category_kind(ctx, added.id, False)
    assert not moved.is_self_management and moved.label == "Téléconsultation" and moved.code == added.code
    assert hours.change_category_kind(ctx, added.id, False) == moved  # the kind it has: nothing written
    assert kind_audit(ctx) == [(True, False)]
    assert hours.week_totals(ctx, amina, WEEK_47) == before  # nothing counted moved
    hours.record_entry(ctx, amina, WEEK_47, added.id, HOUR)
    with pytest.raises(RuleViolation) as refused:
        hours.change_category_kind(ctx, added.id, True)
    assert str(refused.value) == (
        "Téléconsultation already holds hours: changing its kind would move them to the other count. Retire it "
        "and create another category of the right kind instead.")
    assert not next(c for c in hours.list_categories(ctx) if c.id == added.id).is_self_management
    assert hours.week_totals(ctx, amina, WEEK_47).done_profession == before.done_profession + HOUR
    assert kind_audit(ctx) == [(True, False)]
    assert set(hours.kind_refusals(ctx)) >= {added.id, category(ctx, "training")}


def test_a_credited_entry_even_pending_keeps_a_category_on_its_side(ctx):
    amina = add(ctx, "Amina")
    supervision = hours.add_category(ctx, "Supervision")
    hours.validate_week(ctx, amina, WEEK_47)
    with ctx.writing() as unit:  # the week is validated: the credit waits, pending
        time_entries.credit(unit, source="meeting", source_id=7, member_id=amina, day=WEEK_47, minutes=HOUR,
                            category=supervision.code)
    assert hours.week_totals(ctx, amina, WEEK_47).done_self_management == 0
    with pytest.raises(RuleViolation, match="already holds hours"):
        hours.change_category_kind(ctx, supervision.id, False)


def test_the_built_in_categories_and_those_meetings_credit_keep_their_kind(ctx):
    """Profession hours are the 25 h; reception, meetings and workshops are credited by Cercle to the 10 h.
    A category meetings credit (partner meetings go to Partnerships) stays of self-management while they do."""
    for code, said in (("profession", "Profession is built into Cercle as the category of the profession"),
                       ("reception", "Reception is built into Cercle as a category of self-management"),
                       ("meetings", "Meetings is built into Cercle"), ("workshops", "Workshops is built into")):
        with pytest.raises(RuleViolation) as refused:
            hours.change_category_kind(ctx, category(ctx, code), code == "profession")
        assert str(refused.value).startswith(said) and "its kind cannot be changed" in str(refused.value)
    with pytest.raises(RuleViolation) as refused:
        hours.change_category_kind(ctx, category(ctx, "partnerships"), False)
    assert str(refused.value) == (
        "Meetings credit their time to Partnerships: in Settings, choose another category for them first.")
    assert not hours.change_category_kind(ctx, category(ctx, "training"), False).is_self_management
    assert hours.change_category_kind(ctx, category(ctx, "training"), True).is_self_management  # and back
    assert kind_audit(ctx) == [(True, False), (False, True)]
    assert {credits.RECEPTION_CATEGORY, credits.MEETING_CATEGORY, credits.WORKSHOP_CATEGORY} < hours.FIXED_KINDS.keys()
    refusals = hours.kind_refusals(ctx)
    assert {category(ctx, code) for code in ("profession", "reception", "meetings", "workshops", "partnerships",
                                             "complex_care_reviews")} == set(refusals)
    with pytest.raises(NotFound):
        hours.change_category_kind(ctx, 9999, False)


def test_validating_locks_and_unlocking_needs_a_reason_and_applies_what_waited(ctx):
    amina = add(ctx, "Amina")
    hours.validate_week(ctx, amina, WEEK_47 + timedelta(days=3))
    assert hours.is_validated(ctx, amina, WEEK_47)
    with pytest.raises(RuleViolation):
        hours.validate_week(ctx, amina, WEEK_47)
    with ctx.writing() as unit:
        time_entries.credit(unit, source="workshop", source_id=5, member_id=amina, day=WEEK_47, minutes=HOUR,
                            category="workshops")
    grid = hours.week_grid(ctx, amina, WEEK_47)
    assert [(e.minutes, e.pending) for e in grid.pending] == [(HOUR, True)]
    assert grid.totals.done_self_management == 0  # a locked week does not change
    with pytest.raises(RuleViolation, match="why"):
        hours.unlock_week(ctx, amina, WEEK_47, "   ")
    assert hours.unlock_week(ctx, amina, WEEK_47, "the workshop of Monday was missing") == 1
    assert hours.week_totals(ctx, amina, WEEK_47).done_self_management == HOUR
    with ctx.reading() as db:
        unlock = db.exec(select(AuditEntry).where(AuditEntry.action == "unlock")).one()
    assert json.loads(unlock.after)["unlock_reason"] == free_text_digest("the workshop of Monday was missing")
    hours.validate_week(ctx, amina, WEEK_47)
    assert hours.is_validated(ctx, amina, WEEK_47)


def test_a_week_that_has_not_begun_cannot_be_validated(ctx):
    amina = add(ctx, "Amina")
    for week in (WEEK_48 + timedelta(weeks=1), date(9999, 12, 31)):
        with pytest.raises(RuleViolation, match="has not begun"):
            hours.validate_week(ctx, amina, week)
    assert not hours.is_validated(ctx, amina, WEEK_48 + timedelta(weeks=1))
    hours.validate_week(ctx, amina, WEEK_48 + timedelta(days=6))  # this week, begun this morning
    assert hours.is_validated(ctx, amina, WEEK_48)


def test_the_team_view_keeps_who_left_only_where_they_owed_or_recorded_hours(ctx):
    # Bruno's last week owed hours he did not record: a report naming only those who recorded hours left them
    # out, and its targets and gaps were short of what his balance counted for the same weeks.
    amina, bruno = add(ctx, "Amina"), add(ctx, "Bruno")
    hours.record_entry(ctx, bruno, WEEK_46, category(ctx, "training"), HOUR)
    members.deactivate(ctx, bruno, WEEK_47 + timedelta(days=4))
    assert [row.name for row in hours.team_view(ctx, WEEK_46, WEEK_46).rows] == ["Amina", "Bruno"]
    owed = hours.team_view(ctx, WEEK_47, WEEK_47 + timedelta(days=6))
    assert [row.name for row in owed.rows] == ["Amina", "Bruno"]
    last_week = hours.balance(ctx, bruno, WEEK_47, weeks=1)[0].totals
    assert owed.rows[1].total("target_profession") == last_week.target_profession > 0
    assert [row.member_id for row in hours.team_view(ctx, WEEK_48, WEEK_48).rows] == [amina]


SPAN_START = date(2026, 9, 7)  # a Monday; the 12 weeks after it hold 1 and 11 November
day_in_span = st.integers(min_value=0, max_value=12 * 7 - 1).map(lambda offset: SPAN_START + timedelta(days=offset))
entries = st.lists(st.tuples(day_in_span, st.booleans(), st.integers(min_value=1, max_value=8 * HOUR)),
                   max_size=12)
absences = st.lists(st.tuples(day_in_span, st.integers(min_value=0, max_value=9)), max_size=3)
openings = st.none() | st.tuples(day_in_span, st.integers(-50 * HOUR, 50 * HOUR), st.integers(-50 * HOUR, 50 * HOUR))
members_made = iter(range(10**6))


@settings_of_hypothesis(max_examples=20, deadline=None,
                        suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries, absences, openings, st.none() | day_in_span, st.booleans())
def test_the_team_balance_is_each_members_own_running_balance(ctx, recorded, away, opening, start, assumed):
    """The team's balances sum the minutes in one query and fold only the targets: whatever the entries,
    absences, opening balance, start date and profession setting, they agree with each member's weeks."""
    settings.put(ctx, "profession_hours_assumed", assumed)
    until = SPAN_START + timedelta(weeks=11)
    once_over(ctx, until)
    member = add(ctx, f"Membre {next(members_made)}", start_date=start)  # None: arrives today
    self_management, profession = category(ctx, "training"), category(ctx, hours.PROFESSION)
    for day, is_self_management, minutes in recorded:
        if day >= (start or ctx.today()):
            hours.record_entry(ctx, member, day, self_management if is_self_management else profession, minutes)
    for first_day, length in away:
        hours.add_absence(ctx, member, first_day, first_day + timedelta(days=length))
    if opening is not None:
        hours.set_opening_balance(ctx, member, *opening)
    history = hours.balance(ctx, member, until, weeks=10**6)
    assert hours.team_balances(ctx, until).get(member) == (history[-1] if history else None)


@settings_of_hypothesis(max_examples=10, deadline=None,
                        suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries, absences, openings, st.lists(st.sampled_from((-1, 1)), min_size=1, max_size=4), st.booleans())
def test_a_team_week_step_reads_one_week_and_shows_what_a_whole_read_shows(ctx, recorded, away, opening, steps,
                                                                            departed):
    """The Team tab's read (team_weeks) is team_view and team_balances together; on a week step it takes the
    weeks the step before read again and reads only the new one: what it shows is a whole read's all the same,
    whoever left, whatever the weeks, entries, absences or starting balance."""
    today = SPAN_START + timedelta(weeks=10, days=2)  # a Wednesday: steps go through the week under way
    ctx.clock = lambda: datetime.combine(today, time(20, 0), tzinfo=ctx.timezone)
    member = add(ctx, f"Membre {next(members_made)}")
    self_management, profession = category(ctx, "training"), category(ctx, hours.PROFESSION)
    for day, is_self_management, minutes in recorded:
        if day <= today:
            hours.record_entry(ctx, member, day, self_management if is_self_management else profession, minutes)
    for first_day, length in away:
        hours.add_absence(ctx, member, first_day, first_day + timedelta(days=length))
    if opening is not None:
        hours.set_opening_balance(ctx, member, *opening)
    if departed:
        members.set_active(ctx, member, False)
    week = SPAN_START + timedelta(weeks=8)
    read = hours.team_weeks(ctx, week, 8)
    for step in steps:
        week += timedelta(weeks=step)
        read = hours.team_weeks(ctx, week, 8, read)
        whole = hours.team_weeks(ctx, week, 8)
        assert (read.view, read.balances) == (whole.view, whole.balances)
        assert read.view == hours.team_view(ctx, week - timedelta(weeks=7), week + timedelta(days=6))
        assert balance_figures(read.balances) == balance_figures(hours.team_balances(ctx, week))


def balance_figures(found: dict[int, hours.BalanceWeek]) -> dict[int, tuple[date, int, int]]:
    """The balances without their week's categories (team_balances does not sum them by category)."""
    return {member_id: (week.totals.week_start, week.balance_profession, week.balance_self_management)
            for member_id, week in found.items()}


# --- only the days that have happened, from the member's first day, inside the period asked ---------


def test_a_member_added_today_owes_nothing_for_the_weeks_before(ctx):
    newcomer = members.add_member(ctx, MemberDraft(name="Nadia"))  # no first day typed: today
    assert members.get_member(ctx, newcomer.id).start_date == ctx.today() == WEEK_48
    view = hours.team_view(ctx, WEEK_48 - timedelta(weeks=7), WEEK_48)
    [row] = view.rows
    assert [week.target_self_management for week in row.weeks] == [0] * 7 + [2 * HOUR]  # Monday alone


def test_days_after_today_are_neither_owed_nor_done(ctx):
    amina = add(ctx, "Amina")
    settings.put(ctx, "profession_hours_assumed", True)
    tomorrow = ctx.today() + timedelta(days=1)
    with pytest.raises(RuleViolation, match="has not come yet"):
        hours.record_entry(ctx, amina, tomorrow, category(ctx, "training"), HOUR)
    february = hours.team_view(ctx, date(2027, 2, 1), date(2027, 2, 28))
    [row] = february.rows
    assert (row.total("target_profession"), row.total("done_profession"), row.total("target_self_management")) \
        == (0, 0, 0)
    assert february.counted_until == ctx.today()
    this_week = hours.week_totals(ctx, amina, WEEK_48)
    assert (this_week.target_profession, this_week.done_profession) == (5 * HOUR, 5 * HOUR)  # assumed: Monday


def test_a_shift_ahead_is_credited_once_its_day_has_come(ctx):
    from datetime import time as clock

    from app.services import rota

    amina = add(ctx, "Amina")
    thursday = WEEK_48 + timedelta(days=3)
    shift = rota.add_shift(ctx, thursday, clock(8, 30), clock(12, 30), seats=1)
    rota.claim_shift(ctx, shift.id, amina)
    assert hours.week_totals(ctx, amina, WEEK_48).done_self_management == 0
    assert hours.week_grid(ctx, amina, WEEK_48).day_total(thursday) == 0
    once_over(ctx, WEEK_48)
    assert hours.week_totals(ctx, amina, WEEK_48).done_self_management == 4 * HOUR
    grid = hours.week_grid(ctx, amina, WEEK_48)
    assert grid.planned[thursday] == 5 * HOUR  # the profession hours assumed as planned, shown in a row too
    assert grid.day_total(thursday) == 4 * HOUR + 5 * HOUR


def test_a_report_counts_exactly_the_days_of_its_period(ctx):
    amina = add(ctx, "Amina")
    training = category(ctx, "training")
    hours.record_entry(ctx, amina, WEEK_46, training, HOUR)  # Monday: before the period
    hours.record_entry(ctx, amina, WEEK_46 + timedelta(days=3), training, 2 * HOUR)  # Thursday: inside
    hours.record_entry(ctx, amina, WEEK_47 + timedelta(days=2), training, 4 * HOUR)  # Wednesday: after it
    view = hours.team_view(ctx, WEEK_46 + timedelta(days=2), WEEK_47 + timedelta(days=1))  # Wed 11 → Tue 17
    [row] = view.rows
    assert (view.first_day, view.last_day) == (WEEK_46 + timedelta(days=2), WEEK_47 + timedelta(days=1))
    # Wednesday 11 November is a holiday: Thursday, Friday, then Monday and Tuesday, 2 h of self-management each
    assert row.total("target_self_management") == 4 * 2 * HOUR
    assert row.total("done_self_management") == 2 * HOUR
    assert report_title(view) == "Hours from 11/11/2026 to 17/11/2026"
def test_the_week_so_far_counts_the_days_up_to_today_as_due(ctx):
    amina = add(ctx, "Amina")
    hours.record_entry(ctx, amina, WEEK_46, category(ctx, "partnerships"), 3 * HOUR)
    hours.add_absence(ctx, amina, WEEK_46 + timedelta(days=1), WEEK_46 + timedelta(days=1), "sick")
    thursday = hours.week_so_far(ctx, amina, WEEK_46 + timedelta(days=3))  # Tuesday off, Wednesday a holiday
    assert (thursday.due_profession, thursday.due_self_management) == (10 * HOUR, 4 * HOUR)  # Monday, Thursday
    assert (thursday.target_profession, thursday.target_self_management) == (15 * HOUR, 6 * HOUR)
    assert (thursday.done_profession, thursday.done_self_management) == (10 * HOUR, 3 * HOUR)  # as planned
    sunday = hours.week_so_far(ctx, amina, WEEK_46 + timedelta(days=6))
    assert (sunday.due_profession, sunday.due_self_management) == (15 * HOUR, 6 * HOUR)  # the whole week
