"""A figure once printed never changes, on both engines: a workshop re-themed, given other partners or other
co-facilitators leaves the sessions already held or cancelled as they were done (the activity report of a past
period, the yearly summary, the people involved); only its sessions still planned follow it."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.people import PersonDraft, PersonRole
from app.domain.workshops import SessionStatus
from app.services import people
from app.services import workshops as ws
from app.services.activity import activity_report
from app.services.workshops.views import WorkshopDraft
from tests.services.test_activity import YEAR, centre, figures  # noqa: F401 - the fixture

SPRING = (date(2026, 3, 1), date(2026, 4, 30))
DECEMBER = (date(2026, 12, 1), date(2026, 12, 31))


def ids(ctx):
    """The hand-made centre's themes, partners and workshops, by name."""
    found = {t.name: t.id for t in ws.list_themes(ctx)}
    found |= {p.name: p.id for p in ws.list_partners(ctx)}
    return found | {w.title: w.id for w in ws.list_workshops(ctx)}


def edit(ctx, workshop_id, *, theme_id=..., partner_ids=None, co_facilitator_ids=None):
    """Save the workshop as the dialog does, with another theme, partners or co-facilitators."""
    draft: WorkshopDraft = ws.get_workshop(ctx, workshop_id).workshop.draft()
    if theme_id is not ...:
        draft = replace(draft, theme_id=theme_id)
    ws.update_workshop(ctx, workshop_id, draft, partner_ids=partner_ids, co_facilitator_ids=co_facilitator_ids)


def printed(ctx, period=YEAR):
    """What the team sent: the centre's report, each theme's and each partner's, and the yearly summary."""
    return [activity_report(ctx, *period),
            *(activity_report(ctx, *period, theme=t.name) for t in ws.list_themes(ctx)),
            *(activity_report(ctx, *period, partner=p.name) for p in ws.list_partners(ctx)),
            ws.yearly_summary(ctx, period[0].year)]


def later(ctx, day):
    """The same centre seen on ``day`` at noon."""
    return replace(ctx, clock=lambda: datetime(day.year, day.month, day.day, 11, tzinfo=UTC))


@pytest.fixture
def awa(centre):  # noqa: F811
    return people.create_person(centre, PersonDraft(name="Awa", role=PersonRole.RELAY)).id


def test_a_workshop_re_themed_leaves_its_sessions_held_under_their_theme(centre):  # noqa: F811
    before, spring = printed(centre), printed(centre, SPRING)
    assert [figures(line) for line in before[0].by_theme] == [("Nutrition", 2, 6, 2, 1), ("Sport", 1, 2, 2, 0)]
    found = ids(centre)
    edit(centre, found["Cuisine"], theme_id=found["Sport"])
    assert (printed(centre), printed(centre, SPRING)) == (before, spring)
    assert activity_report(centre, *YEAR).by_workshop[0].details == ("Nutrition",)


def test_a_workshop_re_themed_after_an_erasure_keeps_its_people_in_their_theme(centre):  # noqa: F811
    before = printed(centre)
    ws.erase_expired_participants(centre, date(2030, 1, 1))  # everybody: the tallies keep them
    assert printed(centre) == before
    found = ids(centre)
    edit(centre, found["Cuisine"], theme_id=None)
    edit(centre, found["Marche"], theme_id=found["Nutrition"])
    assert printed(centre) == before


def test_other_partners_leave_the_partners_lines_as_they_were(centre):  # noqa: F811
    before = printed(centre)
    assert [figures(line) for line in before[0].by_partner] == [("CPAM", 3, 8, 3, 1), ("PMI", 1, 2, 2, 0)]
    found = ids(centre)
    edit(centre, found["Marche"], partner_ids=[])
    edit(centre, found["Cuisine"], partner_ids=[found["PMI"]])
    edit(centre, found["Café"], partner_ids=[found["CPAM"], found["PMI"]])
    assert printed(centre) == before


def test_other_co_facilitators_leave_the_people_involved_as_they_were(centre, awa):  # noqa: F811
    found = ids(centre)
    bernard = people.create_person(centre, PersonDraft(name="Bernard", role=PersonRole.INHABITANT)).id
    cooking = ws.get_workshop(centre, found["Cuisine"]).sessions
    planned = next(s for s in cooking if s.status == SessionStatus.PLANNED and s.day < date(2026, 12, 2))
    before = printed(centre)
    assert {c.label: c.value for c in before[0].involved} == {"inhabitant": 0, "relay": 0, "partner_contact": 0}
    edit(centre, found["Cuisine"], co_facilitator_ids=[awa])  # after its spring sessions were held
    assert printed(centre) == before
    people.set_co_facilitators(centre, found["Marche"], [bernard])
    edit(centre, found["Cuisine"], co_facilitator_ids=[bernard])
    assert printed(centre) == before
    # the session still planned on 1 December follows the workshop: Bernard co-facilitates it, not Awa
    december = later(centre, date(2026, 12, 2))
    ws.record_attendance(december, planned.id, {}, 5)
    held = activity_report(december, *DECEMBER)
    involved = {c.label: c.value for c in held.involved}
    assert (involved["inhabitant"], involved["relay"]) == (1, 0)
    assert (people.get_person(december, bernard).last_came, people.get_person(december, awa).last_came) == (
        date(2026, 12, 1), None)  # Awa was named when the sessions of spring were history
    people.set_co_facilitators(december, found["Cuisine"], [awa])
    assert activity_report(december, *DECEMBER) == held


def test_the_sessions_still_planned_follow_the_workshop(centre):  # noqa: F811
    found = ids(centre)
    planned = next(s for s in ws.get_workshop(centre, found["Cuisine"]).sessions if s.day == date(2026, 12, 1))
    edit(centre, found["Cuisine"], theme_id=found["Sport"], partner_ids=[found["PMI"]])
    december = later(centre, date(2026, 12, 9))
    ws.record_attendance(december, planned.id, {}, 7)
    report = activity_report(december, *DECEMBER)
    assert [figures(line) for line in report.by_theme] == [("Nutrition", 0, 0, 0, 1), ("Sport", 1, 7, 0, 0)]
    assert [figures(line) for line in report.by_partner] == [("CPAM", 0, 0, 0, 1), ("PMI", 1, 7, 0, 0)]
    assert report.by_workshop[0].details == ("Nutrition", "Sport")  # cancelled on 8/12 under its theme then


def test_a_workshop_in_two_themes_in_a_year_keeps_its_people_in_each_after_erasure(centre):  # noqa: F811
    """The tallies kept at erasure count each person under the theme of the session they came to, as the report
    does: the theme lines and the yearly summary stay as printed once nobody is known by name."""
    found = ids(centre)
    planned = next(s for s in ws.get_workshop(centre, found["Cuisine"]).sessions if s.day == date(2026, 12, 1))
    came = {ws.enrol(centre, planned.id, name, phone).enrolment.id: True
            for name, phone in (("Nadia", "0612345678"), ("Inès", ""))}
    edit(centre, found["Cuisine"], theme_id=found["Sport"])
    ws.record_attendance(later(centre, date(2026, 12, 2)), planned.id, came)
    january = later(centre, date(2027, 1, 10))
    before = printed(january)
    assert [figures(line) for line in before[0].by_theme] == [("Nutrition", 2, 6, 2, 2), ("Sport", 2, 4, 3, 0)]
    assert figures(before[0].total) == ("", 4, 10, 5, 2)  # the one of 8/12 cancelled under Nutrition
    assert [(line.label, line.unique_participants) for line in before[-1][1]] == [("Nutrition", 2), ("Sport", 3)]
    ws.erase_expired_participants(january, date(2030, 1, 1))
    assert printed(january) == before


# --- any sequence of changes after a period leaves its report as printed -------------------------------

WORKSHOPS, THEMES, PARTNERS = ("Cuisine", "Marche", "Café"), ("Nutrition", "Sport", None), ("CPAM", "PMI")
changes = st.lists(st.one_of(
    st.tuples(st.just("theme"), st.sampled_from(WORKSHOPS), st.sampled_from(THEMES)),
    st.tuples(st.just("partners"), st.sampled_from(WORKSHOPS), st.sets(st.sampled_from(PARTNERS))),
    st.tuples(st.just("co-facilitators"), st.sampled_from(WORKSHOPS), st.booleans()),
    st.tuples(st.just("erase"), st.sampled_from(("Nadia", "Lou", "Yves")), st.none()),
), max_size=6)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=changes)
def test_no_change_to_the_workshops_after_a_period_changes_its_report(centre, awa, drawn):  # noqa: F811
    before, spring = printed(centre), printed(centre, SPRING)
    found = ids(centre)
    for change, workshop, value in drawn:
        if change == "theme":
            edit(centre, found[workshop], theme_id=found.get(value))
        elif change == "partners":
            edit(centre, found[workshop], partner_ids=[found[name] for name in sorted(value)])
        elif change == "co-facilitators":
            people.set_co_facilitators(centre, found[workshop], [awa] if value else [])
        else:
            ws.forget_participant(centre, workshop)
    assert printed(centre) == before
    if not any(change == "erase" for change, *_ in drawn):  # part of a year: erased people become unknown
        assert printed(centre, SPRING) == spring
