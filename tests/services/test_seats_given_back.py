"""Reception seats follow what changes around them: a member's new dates free the seats outside them, a
cancelled absence gives back the seats it freed, a removed closure brings back the shifts it cancelled."""

from dataclasses import replace
from datetime import time, timedelta

from sqlmodel import select

from app.domain.imports import Kind
from app.domain.members import MemberDraft
from app.services import imports, members, rota
from app.storage.models import AuditEntry
from tests.services import test_rota
from tests.services.test_rota import TODAY, at, credits, shift_on

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
