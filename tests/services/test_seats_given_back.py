"""Reception seats follow what changes around them: a member's new dates free the seats outside them, a
cancelled absence gives back the seats it freed, a removed closure brings back the shifts it cancelled."""

import multiprocessing
from dataclasses import replace
from datetime import time, timedelta

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.imports import Kind
from app.domain.members import MemberDraft
from app.services import hours, imports, members, rota
from app.services.context import Context
from app.services.errors import NotFound
from app.storage.engine import open_database
from app.storage.models import AuditEntry
from tests.conftest import TEST_NOW
from tests.services import test_rota
from tests.services.test_rota import AFTERNOON, EVENING, MORNING, NOON_, TODAY, at, credits, shift_on
from tests.services.test_rota_race import FIRST_DAY, SHIFTS, add_shifts, race

team, templates = test_rota.team, test_rota.templates  # the fixtures: three members, two weekly shifts a day


def said(warnings):
    """Each warning as (its message, the day and start it names, and the reason it gives)."""
    return [(w.template, w.params.get("day"), str(w.params.get("start")),
             getattr(w.params.get("reason"), "template", None)) for w in warnings]


def holders(ctx, shift_id):
    return [c.name for c in rota.get_shift(ctx, shift_id).claimants]


# --- a member's dates ----------------------------------------------------------------------------------


def test_an_earlier_end_date_frees_the_seats_after_it_and_withdraws_their_swaps(ctx, team, templates):
    bruno = team["Bruno"]
    inside, last_day, after = (shift_on(ctx, TODAY + timedelta(days=days)) for days in (1, 7, 14))
    for shift in (inside, last_day, after):
        rota.claim_shift(ctx, shift.id, bruno)
    mine_inside, mine_after = (shift_on(ctx, TODAY + timedelta(days=days)) for days in (2, 9))
    rota.claim_shift(ctx, mine_inside.id)
    rota.claim_shift(ctx, mine_after.id)
    kept = rota.offer_swap(ctx, mine_inside.id, bruno)
    rota.offer_swap(ctx, mine_after.id, bruno)  # a day he is no longer in the team: he could not take it
    ctx.actor_id = bruno
    rota.offer_swap(ctx, after.id)
    ctx.actor_id = team["Amina"]
    record = members.get_member(ctx, bruno)
    saved = members.update_member(ctx, bruno, replace(record.draft(), end_date=last_day.day))
    assert said(saved.warnings) == [(rota.SEAT_FREED, after.day, "08:30", None)]
    assert holders(ctx, after.id) == [] and holders(ctx, last_day.id) == holders(ctx, inside.id) == ["Bruno"]
    assert credits(ctx, bruno) == [(inside.day, 240), (last_day.day, 240)]
    assert [offer.id for offer in rota.pending_swaps(ctx, bruno)] == [kept]
    with ctx.reading() as db:
        released = db.exec(select(AuditEntry).where(AuditEntry.action == "release")).all()
    assert [entry.entity_id for entry in released] == [after.id]


def test_a_later_start_date_frees_the_seats_before_it_and_a_started_one_is_a_no_show(ctx, team, templates):
    dana = members.add_member(ctx, MemberDraft(name="Dana", start_date=TODAY - timedelta(weeks=4))).id
    today, tomorrow, next_week = (shift_on(ctx, TODAY + timedelta(days=days)) for days in (0, 1, 7))
    at(ctx, TODAY, time(7))
    for shift in (today, tomorrow, next_week):
        rota.claim_shift(ctx, shift.id, dana)
    at(ctx, TODAY, time(10))  # this morning's shift has started
    record = members.get_member(ctx, dana)
    assert members.update_member(ctx, dana, replace(record.draft(), phone="06 12 34 56 78")).warnings == ()
    saved = members.update_member(ctx, dana, replace(record.draft(), start_date=next_week.day),
                                  expected_version=record.version + 1)
    assert said(saved.warnings) == [(rota.NO_SHOW_MARKED, TODAY, "08:30", None),
                                    (rota.SEAT_FREED, tomorrow.day, "08:30", None)]
    assert [(c.name, c.no_show) for c in rota.get_shift(ctx, today.id).claimants] == [("Dana", True)]
    assert holders(ctx, tomorrow.id) == [] and holders(ctx, next_week.id) == ["Dana"]
    assert credits(ctx, dana) == [(next_week.day, 240)]


def test_an_imported_start_date_frees_the_seats_before_it(ctx, team, templates):
    bruno = team["Bruno"]
    tomorrow, next_week = shift_on(ctx, TODAY + timedelta(days=1)), shift_on(ctx, TODAY + timedelta(days=7))
    for shift in (tomorrow, next_week):
        rota.claim_shift(ctx, shift.id, bruno)
    preview = imports.preview_rows(ctx, Kind.MEMBERS, [["Nom", "Heures", "Depuis"],
                                                       ["Bruno", "35", next_week.day.isoformat()]])
    imported = imports.import_records(ctx, Kind.MEMBERS, preview.records)
    assert imported.updated == 1
    assert said(imported.warnings) == [(rota.SEAT_FREED, tomorrow.day, "08:30", None)]
    assert holders(ctx, tomorrow.id) == [] and holders(ctx, next_week.id) == ["Bruno"]


# --- a cancelled absence ---------------------------------------------------------------------------------


def test_a_cancelled_absence_gives_back_the_seats_still_free_and_says_which_did_not(ctx, team, templates):
    amina, bruno = team["Amina"], team["Bruno"]
    monday, tuesday, wednesday, thursday = (TODAY + timedelta(days=days) for days in range(4))
    shifts = {(day, start): shift_on(ctx, day, start)
              for day, start in ((monday, MORNING), (monday, AFTERNOON), (tuesday, MORNING), (wednesday, MORNING),
                                 (wednesday, AFTERNOON), (thursday, MORNING))}
    at(ctx, TODAY, time(7))
    for shift in shifts.values():
        rota.claim_shift(ctx, shift.id)
    rota.claim_shift(ctx, shifts[(tuesday, MORNING)].id, bruno)  # the other seat that morning
    at(ctx, TODAY, time(10))  # Monday morning's shift has started: a no-show
    sick = hours.add_absence(ctx, amina, monday, thursday, "sick")
    assert len(sick.warnings) == 6 and credits(ctx, amina) == []
    rota.claim_shift(ctx, shifts[(wednesday, AFTERNOON)].id, bruno)  # her seat, taken meanwhile
    hours.add_absence(ctx, amina, thursday, thursday, "training")  # away on Thursday all the same
    at(ctx, TODAY, time(14))  # Monday afternoon's shift has started too
    given = hours.cancel_absence(ctx, sick.id)
    assert said(given) == [
        (rota.NO_SHOW_KEPT, monday, "08:30", None),
        (rota.SEAT_NOT_BACK, monday, "13:30", rota.SHIFT_STARTED),
        (rota.SEAT_BACK, tuesday, "08:30", None),
        (rota.SEAT_BACK, wednesday, "08:30", None),
        (rota.SEAT_NOT_BACK, wednesday, "13:30", rota.SHIFT_FULL),
        (rota.SEAT_NOT_BACK, thursday, "08:30", rota.ABSENT)]
    assert given[4].params["reason"].params["name"] == "Bruno"
    assert holders(ctx, shifts[(tuesday, MORNING)].id) == ["Bruno", "Amina"]
    assert holders(ctx, shifts[(wednesday, AFTERNOON)].id) == ["Bruno"]
    assert holders(ctx, shifts[(monday, AFTERNOON)].id) == holders(ctx, shifts[(thursday, MORNING)].id) == []
    assert credits(ctx, amina) == [(tuesday, 240), (wednesday, 240)]
    with pytest.raises(NotFound):
        hours.cancel_absence(ctx, sick.id)  # once only


def test_a_cancelled_half_day_absence_gives_back_only_the_seats_of_its_half_days(ctx, team, templates):
    amina = team["Amina"]
    tuesday = TODAY + timedelta(days=8)
    morning, afternoon = shift_on(ctx, tuesday), shift_on(ctx, tuesday, AFTERNOON)
    rota.claim_shift(ctx, morning.id)
    rota.claim_shift(ctx, afternoon.id)
    appointment = hours.add_absence(ctx, amina, tuesday, tuesday + timedelta(days=1), "other",
                                    half_day_start=True)  # from Tuesday noon
    rota.release_shift(ctx, morning.id)  # by hand, afterwards: not the absence's to give back
    assert said(hours.cancel_absence(ctx, appointment.id)) == [(rota.SEAT_BACK, tuesday, "13:30", None)]
    assert holders(ctx, morning.id) == [] and holders(ctx, afternoon.id) == ["Amina"]


# --- a cancelled absence, at two workstations ---------------------------------------------------------


def cancel_at_the_barrier(url: str, absence_id: int, barrier, results) -> None:
    """One workstation: cancel the absence once the other starts claiming; what each seat became."""
    engine = open_database(url)
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    barrier.wait()
    given = hours.cancel_absence(ctx, absence_id)
    engine.dispose()
    results.put((None, [warning.template for warning in given], []))


def test_an_absence_cancelled_while_someone_claims_its_seats_never_seats_two(ctx, database_url):
    amina = members.add_member(ctx, MemberDraft(name="Amina")).id
    bruno = members.add_member(ctx, MemberDraft(name="Bruno")).id
    shift_ids = add_shifts(ctx)[:60]
    for shift_id in shift_ids:
        rota.claim_shift(ctx, shift_id, amina)
    sick = hours.add_absence(ctx, amina, FIRST_DAY, FIRST_DAY + timedelta(days=SHIFTS), "sick")
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=race, args=(database_url, bruno, shift_ids, barrier, results)),
               spawn.Process(target=cancel_at_the_barrier, args=(database_url, sick.id, barrier, results))]
    for worker in workers:
        worker.start()
    outcomes = {member: said for member, said, _refusals in (results.get(timeout=120) for _ in workers)}
    for worker in workers:
        worker.join(timeout=30)
        assert worker.exitcode == 0
    held = {shift.id: [c.member_id for c in shift.claimants] for shift in rota.shifts_between(
        ctx, FIRST_DAY, FIRST_DAY + timedelta(days=SHIFTS)) if shift.id in shift_ids}
    assert all(len(holders) == 1 for holders in held.values()) and len(held) == len(shift_ids)
    given_back = [holders[0] for holders in held.values() if holders == [amina]]
    assert outcomes[None].count(rota.SEAT_BACK) == len(given_back)
    taken = len(shift_ids) - len(given_back)
    assert outcomes[None].count(rota.SEAT_NOT_BACK) == len(outcomes[bruno]) == taken


# --- a removed closure ---------------------------------------------------------------------------------


def test_a_removed_closure_brings_back_its_one_off_shifts_not_those_cancelled_by_hand(ctx, team, templates):
    bruno = team["Bruno"]
    saturday = TODAY + timedelta(days=12)
    open_day = rota.add_shift(ctx, saturday, time(10), time(12), 2, "Portes ouvertes")
    rota.claim_shift(ctx, open_day.id, bruno)
    dropped = rota.add_shift(ctx, saturday, time(14), time(16), 1, "Atelier annulé")
    rota.cancel_shift(ctx, dropped.id)
    friday = TODAY + timedelta(days=11)
    weekly = shift_on(ctx, friday, AFTERNOON)
    rota.claim_shift(ctx, weekly.id, bruno)
    by_hand = shift_on(ctx, friday)
    rota.cancel_shift(ctx, by_hand.id)  # before the closure: it stays cancelled after it
    closures = [rota.add_closure(ctx, day, "Travaux") for day in (friday, saturday)]
    assert credits(ctx, bruno) == []
    assert [rota.remove_closure(ctx, closure.id) for closure in closures] == [(), ()]
    assert [(s.start, s.status, [c.name for c in s.claimants])
            for s in rota.shifts_between(ctx, friday, saturday, include_cancelled=True)] == [
        (MORNING, rota.CANCELLED, []), (AFTERNOON, rota.PLANNED, ["Bruno"]),
        (time(10), rota.PLANNED, ["Bruno"]), (time(14), rota.CANCELLED, [])]
    assert credits(ctx, bruno) == [(friday, 240), (saturday, 120)]


def test_a_closure_removed_the_same_day_leaves_started_shifts_cancelled_and_no_seat_to_someone_away(
        ctx, team, templates):
    amina, bruno = team["Amina"], team["Bruno"]
    morning, afternoon = shift_on(ctx, TODAY), shift_on(ctx, TODAY, AFTERNOON)
    at(ctx, TODAY, time(7))
    rota.claim_shift(ctx, morning.id)
    rota.claim_shift(ctx, afternoon.id, bruno)
    closure = rota.add_closure(ctx, TODAY, "Panne de chauffage")
    hours.add_absence(ctx, bruno, TODAY, TODAY, "sick")  # while the centre was closed
    at(ctx, TODAY, time(10))
    warnings = rota.remove_closure(ctx, closure.id)
    assert said(warnings) == [(rota.STAYS_CANCELLED, TODAY, "08:30", None),
                              (rota.SEAT_NOT_BACK, TODAY, "13:30", rota.ABSENT)]
    shifts = rota.shifts_between(ctx, TODAY, TODAY, include_cancelled=True)
    assert [(s.start, s.status, s.open_seats) for s in shifts] == [
        (MORNING, rota.CANCELLED, 0), (AFTERNOON, rota.PLANNED, 1)]
    assert credits(ctx, amina) == credits(ctx, bruno) == []


def test_a_closure_of_a_day_gone_by_stays(ctx, team, templates):
    day = TODAY + timedelta(days=2)
    rota.claim_shift(ctx, shift_on(ctx, day).id)
    closure = rota.add_closure(ctx, day, "Formation")
    at(ctx, day + timedelta(days=1), time(9))
    with pytest.raises(RuleViolation, match="cannot be opened afterwards"):
        rota.remove_closure(ctx, closure.id)
    assert [c.day for c in rota.list_closures(ctx)] == [day] and credits(ctx, team["Amina"]) == []


def test_a_weekly_shift_changed_during_a_closure_moves_only_the_shifts_it_cancelled(ctx, team, templates):
    wednesday = TODAY + timedelta(days=9)
    morning = shift_on(ctx, wednesday)
    rota.cancel_shift(ctx, morning.id)
    closure = rota.add_closure(ctx, wednesday)
    template = next(t for t in rota.list_templates(ctx) if t.weekday == 2 and t.start == MORNING)
    rota.change_template(ctx, template.id, start=time(9), end=NOON_, seats=1, label="Café",
                         from_day=TODAY + timedelta(days=7))
    afternoon_template = next(t for t in rota.list_templates(ctx) if t.weekday == 2 and t.start == AFTERNOON)
    rota.change_template(ctx, afternoon_template.id, start=AFTERNOON, end=EVENING, seats=2,
                         label="Après-midi", from_day=TODAY + timedelta(days=7))
    rota.remove_closure(ctx, closure.id)
    assert [(s.start, s.seats, s.status) for s in rota.shifts_between(ctx, wednesday, wednesday,
                                                                       include_cancelled=True)] == [
        (MORNING, 2, rota.CANCELLED), (AFTERNOON, 2, rota.PLANNED)]
