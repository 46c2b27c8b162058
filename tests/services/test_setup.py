"""The first start of a real centre: the coordinator, then the guided set-up, left and resumed."""

import json
from datetime import time, timedelta

import pytest
from sqlmodel import select

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.domain.rota import half_days
from app.services import centre, members, rota, settings, setup
from app.services.context import Context
from app.storage.engine import open_database
from app.storage.models import AuditEntry, Centre
from tests.conftest import TEST_NOW, at_the_first_commit, other_workstation


@pytest.fixture
def empty(database_url):
    """A migrated database without a centre."""
    engine = open_database(database_url)
    yield Context(engine, clock=lambda: TEST_NOW, system="tests")
    engine.dispose()


def test_a_guided_centre_starts_its_set_up(empty):
    setup.create_centre(empty, centre.CentreDraft(name="Centre du Village", timezone="America/Cayenne"))
    assert setup.current_step(empty) == "centre"
    assert str(empty.timezone) == "America/Cayenne"
    assert members.list_members(empty) == []


def test_a_centre_made_without_the_set_up_has_none_to_do(ctx):
    assert setup.current_step(ctx) == setup.DONE  # the CLI, the demo, a centre made before it existed


def test_the_coordinator_needs_a_pin_and_comes_only_first(ctx):
    with pytest.raises(RuleViolation, match="choose a PIN"):
        setup.add_coordinator(ctx, MemberDraft(name="Amina"), pin="")
    assert members.list_members(ctx) == []
    amina = setup.add_coordinator(ctx, MemberDraft(name="Amina"), pin="2468")
    assert amina.has_pin
    assert settings.get(ctx, "setup_coordinator") == amina.id
    with pytest.raises(RuleViolation, match="already has members"):
        setup.add_coordinator(ctx, MemberDraft(name="Bruno"), pin="1357")
    assert [m.name for m in members.list_members(ctx)] == ["Amina"]


def test_the_set_up_goes_step_by_step_and_is_offered_to_its_coordinator(empty):
    setup.create_centre(empty, centre.CentreDraft(name="Centre du Village"))
    amina = setup.add_coordinator(empty, MemberDraft(name="Amina"), pin="2468")
    bruno = members.add_member(empty, MemberDraft(name="Bruno"))
    assert setup.offered_to(empty, amina.id) and not setup.offered_to(empty, bruno.id)
    setup.save_centre(empty, centre.CentreDraft(name="Centre du Village", holiday_region="alsace-moselle",
                                                 opens_at=time(9), closes_at=time(17)))
    assert setup.current_step(empty) == "reception"
    assert centre.get_centre(empty).holiday_region == "alsace-moselle"
    setup.save_centre(empty, centre.CentreDraft(name="Centre du Village"))  # a step done again
    assert setup.current_step(empty) == "reception"  # moves nothing back
    setup.skip_reception(empty)
    assert setup.current_step(empty) == "members"
    members.set_active(empty, amina.id, False)
    assert setup.offered_to(empty, bruno.id)  # whoever is left may finish it
    setup.finish(empty)
    assert setup.current_step(empty) == setup.DONE and not setup.offered_to(empty, bruno.id)


def test_the_reception_is_made_from_the_opening_hours_in_one_go(ctx):
    shifts = half_days(time(8, 30), time(18, 30))
    assert shifts == ((time(8, 30), time(13, 30)), (time(13, 30), time(18, 30)))
    settings.put(ctx, "setup_step", "reception")
    with pytest.raises(RuleViolation, match="end after it starts"):
        setup.create_reception(ctx, range(5), [*shifts, (time(14), time(13))], seats=1)
    assert rota.list_templates(ctx) == [] and setup.current_step(ctx) == "reception"
    with pytest.raises(RuleViolation, match="at least one day"):
        setup.create_reception(ctx, [], shifts, seats=1)
    created = setup.create_reception(ctx, range(5), shifts, seats=2)
    # 23 November 2026 to 17 January 2027, Monday to Friday, but Christmas and New Year's Day
    assert created == (8 * 5 - 2) * 2
    assert len(rota.list_templates(ctx)) == 10 and setup.current_step(ctx) == "members"
    week = rota.week_view(ctx, TEST_NOW.date())
    assert {(s.start, s.end, s.seats) for s in week.shifts} == {(*shift, 2) for shift in shifts}
    with ctx.reading() as db:
        actions = [(a.action, a.entity) for a in db.exec(select(AuditEntry))]
    assert ("create_ahead", "shift") in actions
    assert ("set", "setting") in actions


def test_a_centre_that_opens_half_a_day_has_one_shift():
    assert half_days(time(13), time(19)) == ((time(13), time(19)),)
    assert half_days(time(8), time(12)) == ((time(8), time(12)),)


def test_the_centre_edited_without_change_is_not_audited(ctx):
    current = centre.get_centre(ctx)
    centre.update_centre(ctx, centre.CentreDraft(current.name))
    with ctx.reading() as db:
        assert [a.action for a in db.exec(select(AuditEntry).where(AuditEntry.entity == "centre"))] == [
            "create"]
    centre.update_centre(ctx, centre.CentreDraft(current.name, opens_at=time(9)))
    with ctx.reading() as db:
        edit = db.exec(select(AuditEntry).where(AuditEntry.action == "edit")).one()
    assert json.loads(edit.after)["opens_at"] == "09:00:00"


def test_the_reception_step_done_at_two_workstations_creates_each_slot_once(empty, database_url):
    """The coordinator at two workstations, both at step 2: the second « Create the shifts » is refused
    instead of doubling every reception shift."""
    setup.create_centre(empty, centre.CentreDraft(name="Centre du Village"))
    setup.add_coordinator(empty, MemberDraft(name="Amina"), pin="2468")
    other = Context(open_database(database_url), clock=lambda: TEST_NOW, system="tests")
    try:
        shifts = [(time(8, 30), time(12, 30))]
        created = setup.create_reception(empty, range(5), shifts, 1)
        with pytest.raises(RuleViolation, match="already has weekly slots"):
            setup.create_reception(other, range(5), shifts, 1)
    finally:
        other.engine.dispose()
    assert len(rota.list_templates(empty)) == 5
    assert len(rota.shifts_between(empty, TEST_NOW.date(), TEST_NOW.date() + timedelta(weeks=52))) == created
    assert setup.current_step(empty) == "members"


def test_the_centre_saved_again_after_the_reception_keeps_the_progress_and_the_shifts(empty):
    """The set-up's Back: the first step done again once the shifts are made. The new hours are saved (and
    audited), the set-up stays at the step still to do, and the shifts made keep their hours."""
    setup.create_centre(empty, centre.CentreDraft(name="Centre du Village"))
    setup.add_coordinator(empty, MemberDraft(name="Amina"), pin="2468")
    setup.save_centre(empty, centre.CentreDraft(name="Centre du Village"))
    created = setup.create_reception(empty, range(5), half_days(time(8, 30), time(18, 30)), 1)
    templates = rota.list_templates(empty)
    setup.save_centre(empty, centre.CentreDraft(name="Centre du Village", holiday_region="alsace-moselle",
                                                 opens_at=time(10), closes_at=time(17)))
    assert setup.current_step(empty) == "members"
    saved = centre.get_centre(empty)
    assert (saved.holiday_region, saved.opens_at, saved.closes_at) == ("alsace-moselle", time(10), time(17))
    assert rota.list_templates(empty) == templates
    assert rota.create_shifts_ahead(empty) == 0 and created > 0  # nothing missing, nothing doubled
    with empty.reading() as db:
        changes = db.exec(select(AuditEntry).where(AuditEntry.entity == "centre")).all()
    assert [entry.action for entry in changes][-1] == "edit"


def test_the_centre_created_at_two_workstations_at_once_is_created_once(empty, database_url, monkeypatch):
    """On PostgreSQL each found no centre and made one: every later save of the centre's details failed."""
    draft = centre.CentreDraft(name="Centre du Village")
    other, application = other_workstation(empty, database_url)
    raised = at_the_first_commit(empty, other, application, monkeypatch,
                                 lambda: setup.create_centre(empty, draft),
                                 lambda: setup.create_centre(other, centre.CentreDraft(name="Centre de la Plaine")))
    assert [str(error) for error in raised] == ["This database already holds a centre."]
    with empty.reading() as db:
        assert db.exec(select(Centre.name)).all() == ["Centre du Village"]
    centre.update_centre(empty, centre.CentreDraft(name="Centre du Village", opens_at=time(9)))


def test_the_first_member_made_at_two_workstations_at_once_is_made_once(empty, database_url, monkeypatch):
    """On PostgreSQL each found no member and made theirs: two coordinators, each holding the whole centre."""
    setup.create_centre(empty, centre.CentreDraft(name="Centre du Village"))
    other, application = other_workstation(empty, database_url)
    raised = at_the_first_commit(empty, other, application, monkeypatch,
                                 lambda: setup.add_coordinator(empty, MemberDraft(name="Amina"), pin="2468"),
                                 lambda: setup.add_coordinator(other, MemberDraft(name="Bruno"), pin="1357"))
    assert [str(error) for error in raised] == ["The centre already has members: enter as one of them."]
    assert [m.name for m in members.list_members(empty)] == ["Amina"]
