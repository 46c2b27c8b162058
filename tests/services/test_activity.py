"""The activity report for funders (issue 17, points 5 and 6): exact figures on a small hand-made centre,
the future left out, the same figures once participants are erased, one action over any period."""

from dataclasses import replace
from datetime import UTC, date, datetime, time
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.members import MemberDraft
from app.services import hours, members
from app.services import workshops as ws
from app.services.activity import Count, Reception, activity_report, year_period
from app.storage.models import decisions as decision_tables
from app.storage.models import meetings as meeting_tables
from app.storage.models import rota as rota_tables

YEAR = year_period(2026)  # the tests' today is Monday 23 November 2026


def session(ctx, workshop_id, day, came=(), count=None, cancel=False):
    """A session on ``day``: those who came (name, phone) recorded, or the session cancelled."""
    session_id = ws.add_session(ctx, workshop_id, ws.SessionDraft(day, time(14), time(16))).sessions[0].id
    registered = {ws.enrol(ctx, session_id, name, phone).enrolment.id: True for name, phone in came}
    if cancel:
        ws.cancel_session(ctx, session_id)
    elif came or count is not None:
        ws.record_attendance(ctx, session_id, registered, count)
    return session_id


@pytest.fixture
def centre(ctx):
    """Two themes, two partners, three workshops; a member, shifts, meetings and decisions."""
    nutrition, sport = ws.add_theme(ctx, "Nutrition"), ws.add_theme(ctx, "Sport")
    cpam = ws.add_partner(ctx, ws.PartnerDraft("CPAM")).id
    pmi = ws.add_partner(ctx, ws.PartnerDraft("PMI")).id
    cooking = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", 20, nutrition.id), partner_ids=[cpam]).id
    walking = ws.add_workshop(ctx, ws.WorkshopDraft("Marche", 20, sport.id), partner_ids=[cpam, pmi]).id
    coffee = ws.add_workshop(ctx, ws.WorkshopDraft("Café", 20)).id
    session(ctx, cooking, date(2026, 3, 10), [("Nadia", "0612345678"), ("Yves", "")])
    session(ctx, cooking, date(2026, 4, 14), [("nadia", "0612345678")], count=4)  # and three walk-ins
    session(ctx, cooking, date(2026, 5, 12), cancel=True)
    session(ctx, cooking, date(2026, 12, 1))  # planned: the future is not owed
    session(ctx, cooking, date(2026, 12, 8), cancel=True)
    session(ctx, walking, date(2026, 3, 12), [("Lou", ""), ("Nadia", "0612345678")])
    session(ctx, coffee, date(2025, 12, 20), [("Zoé", "")])  # the year before
    ada = members.add_member(ctx, MemberDraft("Ada", start_date=date(2026, 1, 5)))
    bob = members.add_member(ctx, MemberDraft("Bob", start_date=date(2026, 1, 5)))
    partnerships = next(c for c in hours.list_categories(ctx) if c.code == "partnerships")
    hours.record_entry(ctx, ada.id, date(2026, 11, 17), partnerships.id, 90)
    with ctx.writing() as unit:
        add_shifts(unit, ada.id, bob.id)
        add_meetings(unit)
        add_decisions(unit, ada.id)
    return ctx


def add_shifts(unit, ada, bob):
    shift = rota_tables.Shift
    morning = unit.add(shift(day=date(2026, 11, 20), start_time=time(9), end_time=time(12), seats=2))
    noon = unit.add(shift(day=date(2026, 11, 20), start_time=time(11), end_time=time(13), seats=1))
    unit.add(shift(day=date(2026, 11, 19), start_time=time(9), end_time=time(12), status="cancelled"))
    unit.add(shift(day=date(2026, 11, 24), start_time=time(9), end_time=time(12)))  # tomorrow
    for shift_id, member_id, no_show in ((morning.id, ada, False), (morning.id, bob, True), (noon.id, bob, False)):
        unit.add(rota_tables.ShiftClaim(shift_id=shift_id, member_id=member_id, no_show=no_show))


def add_meetings(unit):
    for kind, day, status in (("team", date(2026, 2, 2), "held"), ("general_assembly", date(2026, 6, 1), "approved"),
                              ("team", date(2026, 11, 20), "planned"), ("team", date(2026, 12, 7), "held"),
                              ("team", date(2025, 12, 1), "held")):
        unit.add(meeting_tables.Meeting(kind=kind, title=kind, day=day, start_time=time(12), end_time=time(13),
                                        status=status))


def add_decisions(unit, author):
    def closed(day):
        return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)

    for category, status, day in (("Budget", "adopted", date(2026, 3, 1)), ("", "adopted", date(2026, 5, 1)),
                                  ("Budget", "not_adopted", date(2026, 5, 2)),
                                  ("Budget", "adopted", date(2025, 12, 31))):
        unit.add(decision_tables.Proposal(title="P", category=category, author_id=author, status=status,
                                          deadline=closed(day), closed_at=closed(day),
                                          outcome="adopted" if status == "adopted" else "blocked"))


def figures(line):
    return (line.label, line.sessions_held, line.attendances, line.unique_participants, line.cancelled)


def test_the_year_of_a_small_centre(centre):
    report = activity_report(centre, *YEAR)
    assert report.counted_until == date(2026, 11, 23)
    assert [figures(line) for line in report.by_theme] == [("Nutrition", 2, 6, 2, 1), ("Sport", 1, 2, 2, 0)]
    # Nadia came to Cuisine and to Marche, both with the CPAM: once in its line (Nadia, Yves, Lou)
    assert [figures(line) for line in report.by_partner] == [("CPAM", 3, 8, 3, 1), ("PMI", 1, 2, 2, 0)]
    assert report.by_partner[0].details == ("Cuisine", "Marche")
    assert [figures(line) for line in report.by_workshop] == [("Cuisine", 2, 6, 2, 1), ("Marche", 1, 2, 2, 0)]
    assert figures(report.total) == ("", 3, 8, 4, 1)
    months = dict(report.attendances_by_month)
    assert list(months) == [date(2026, month, 1) for month in range(1, 12)]  # up to November: today's month
    assert (months[date(2026, 3, 1)], months[date(2026, 4, 1)], sum(months.values())) == (4, 4, 8)
    assert report.reception == Reception(minutes_open=240, seats=3, seats_filled=2)
    assert report.meetings == (Count("team", 1), Count("general_assembly", 1))
    assert report.decisions == (Count("Budget", 1), Count("", 1))
    assert Count("Partnerships", 90) in report.self_management


def test_self_management_hours_are_the_hours_reports(centre):
    view = hours.team_view(centre, *YEAR)
    report = activity_report(centre, *YEAR)
    expected = [(c.label, view.category_total(c.id)) for c in view.categories if c.is_self_management]
    assert [(c.label, c.value) for c in report.self_management] == expected


def test_one_theme_over_a_period(centre):
    report = activity_report(centre, date(2026, 3, 1), date(2026, 4, 30), theme=" nutrition ")
    assert (report.action.kind, report.action.name) == ("theme", "Nutrition")
    assert figures(report.total) == ("Nutrition", 2, 6, 2, 0)
    assert [figures(line) for line in report.by_partner] == [("CPAM", 2, 6, 2, 0)]
    assert report.reception is report.meetings is report.decisions is report.self_management is None


def test_one_partner_counts_only_its_workshops(centre):
    report = activity_report(centre, *YEAR, partner="PMI")
    assert figures(report.total) == ("PMI", 1, 2, 2, 0)
    assert report.total.details == ("Marche",)
    assert [figures(line) for line in report.by_theme] == [("Sport", 1, 2, 2, 0)]  # its workshops of the theme
    assert [line.label for line in report.by_partner] == ["PMI"]


def test_the_same_figures_after_the_participants_are_erased(centre):
    printed = activity_report(centre, *YEAR)
    whole = activity_report(centre, date(2025, 1, 1), date(2026, 12, 31))
    ws.erase_expired_participants(centre, date(2026, 12, 1))  # with 12 months kept: nothing of 2026 yet
    ws.forget_participant(centre, "Nadia", "0612345678")  # one person, wherever she came
    assert activity_report(centre, *YEAR) == printed
    ws.erase_expired_participants(centre, date(2030, 1, 1))  # everybody
    assert activity_report(centre, *YEAR) == printed
    assert activity_report(centre, date(2025, 1, 1), date(2026, 12, 31)) == whole


def test_part_of_a_year_says_unknown_rather_than_guess_once_names_are_erased(centre):
    spring = (date(2026, 3, 1), date(2026, 4, 30))
    assert activity_report(centre, *spring).by_theme[0].unique_participants == 2
    ws.erase_expired_participants(centre, date(2030, 1, 1))
    after = activity_report(centre, *spring)
    assert after.by_theme[0].unique_participants is None
    assert (after.by_theme[0].sessions_held, after.by_theme[0].attendances) == (2, 6)


def test_the_future_is_not_owed(centre):
    report = activity_report(centre, date(2026, 11, 1), date(2027, 6, 30))
    assert report.counted_until == date(2026, 11, 23)
    assert report.total.cancelled == 0  # the session cancelled in December is not reported yet
    assert replace(report.reception) == Reception(240, 3, 2)
    with pytest.raises(RuleViolation):
        activity_report(centre, date(2026, 11, 24), date(2026, 12, 31))


@pytest.mark.parametrize("wrong", [{"theme": "Yoga"}, {"partner": "ARS"}, {"theme": "Sport", "partner": "PMI"}])
def test_an_unknown_action_is_refused(centre, wrong):
    with pytest.raises(RuleViolation):
        activity_report(centre, *YEAR, **wrong)


def test_a_period_ending_before_it_starts_is_refused(ctx):
    with pytest.raises(RuleViolation):
        activity_report(ctx, date(2026, 5, 1), date(2026, 4, 1))


# --- reproducible whoever is erased, when, and in how many steps ---------------------------------------

PEOPLE = [("Nadia", "0612345678"), ("nadia", "0612345678"), ("Nadia", ""), ("Yves", ""), ("Lou", "0700000001")]
DAYS = [(2, 3), (2, 10), (3, 10), (9, 15)]  # (month, day), on both sides of the erasure cutoffs
drawn_registrations = st.lists(
    st.tuples(st.integers(0, 2), st.sampled_from(range(len(DAYS))), st.sampled_from(range(len(PEOPLE))),
              st.booleans()),
    max_size=20,
)


@pytest.fixture
def years():
    """Each example in a year of its own, in the same database, before today."""
    return count(2001)


def plan_year(ctx, year, drawn):
    """Three workshops: two of a theme (one with two partners), one without theme nor partner."""
    theme = ws.add_theme(ctx, f"Nutrition {year}").id
    partners = [ws.add_partner(ctx, ws.PartnerDraft(f"Partenaire {year}-{n}")).id for n in range(2)]
    workshops = [
        ws.add_workshop(ctx, ws.WorkshopDraft(f"Atelier {year}-0", 30, theme), partner_ids=partners).id,
        ws.add_workshop(ctx, ws.WorkshopDraft(f"Atelier {year}-1", 30, theme), partner_ids=partners[:1]).id,
        ws.add_workshop(ctx, ws.WorkshopDraft(f"Atelier {year}-2", 30)).id,
    ]
    sessions: dict[tuple[int, int], int] = {}
    came: dict[int, dict[int, bool]] = {}
    registered: set[tuple[int, int, str, str]] = set()
    for workshop, day, person, attended in drawn:
        name, phone = PEOPLE[person]
        if (workshop, day, name.casefold(), phone) in registered:
            continue  # one registration per person and session
        registered.add((workshop, day, name.casefold(), phone))
        if (workshop, day) not in sessions:
            draft = ws.SessionDraft(date(year, *DAYS[day]), time(14), time(16))
            sessions[workshop, day] = ws.add_session(ctx, workshops[workshop], draft).sessions[0].id
        registration = ws.enrol(ctx, sessions[workshop, day], name, phone).enrolment
        came.setdefault(sessions[workshop, day], {})[registration.id] = attended
    for session_id, attended in came.items():
        ws.record_attendance(ctx, session_id, attended)
    return partners


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=drawn_registrations, forgotten=st.sampled_from(range(len(PEOPLE))))
def test_a_years_report_is_the_same_before_and_after_erasure(ctx, years, drawn, forgotten):
    year = next(years)
    partners = plan_year(ctx, year, drawn)
    period = year_period(year)
    printed = [activity_report(ctx, *period), activity_report(ctx, *period, partner=f"Partenaire {year}-0"),
               activity_report(ctx, *period, theme=f"Nutrition {year}")]
    assert partners
    for erase in (lambda: ws.erase_expired_participants(ctx, date(year, 8, 15)),  # before mid-February
                  lambda: ws.forget_participant(ctx, *PEOPLE[forgotten]),
                  lambda: ws.erase_expired_participants(ctx, date(year + 1, 6, 30))):  # the whole year
        erase()
        assert [activity_report(ctx, *period), activity_report(ctx, *period, partner=f"Partenaire {year}-0"),
                activity_report(ctx, *period, theme=f"Nutrition {year}")] == printed
