"""The different people of a partner's line count those who came to the sessions done with it, each once: a
workshop given another partner mid-period leaves the people of its other sessions out of the first partner's line
(the sessions record the partners they were done with), and a person who came to two workshops of one partner counts
once in its line; the figures stay once the names are erased."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import workshops as ws
from app.services.activity import activity_report, year_period
from tests.services.test_activity import YEAR, figures, session, years  # noqa: F401 - the fixture
from tests.services.test_activity_as_done import edit

SPRING = (date(2026, 3, 1), date(2026, 4, 30))


@pytest.fixture
def changed(ctx):
    """Cuisine done with the CPAM on 10 March, given the PMI instead before 14 April."""
    theme = ws.add_theme(ctx, "Nutrition").id
    cpam, pmi = (ws.add_partner(ctx, ws.PartnerDraft(name)).id for name in ("CPAM", "PMI"))
    cooking = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", 20, theme), partner_ids=[cpam]).id
    session(ctx, cooking, date(2026, 3, 10), [("Nadia", "0612345678"), ("Yves", "")])
    edit(ctx, cooking, partner_ids=[pmi])
    session(ctx, cooking, date(2026, 4, 14), [("Lou", ""), ("Inès", "")])
    return ctx


def partner_figures(ctx, period):
    report = activity_report(ctx, *period)
    return ([figures(line) for line in report.by_partner],
            [figures(line.workshops) for line in report.partners],
            [figures(activity_report(ctx, *period, partner=name).total) for name in ("CPAM", "PMI")])


def test_a_partner_changed_mid_period_counts_only_the_people_of_its_sessions(changed):
    each = [("CPAM", 1, 2, 2, 0), ("PMI", 1, 2, 2, 0)]  # not 4 each: the workshop's people of the year
    assert partner_figures(changed, YEAR) == (each, each, each)
    assert partner_figures(changed, SPRING) == (each, each, each)
    assert figures(activity_report(changed, *YEAR).total) == ("", 2, 4, 4, 0)


def test_a_partner_changed_mid_year_keeps_its_figures_once_names_are_erased(changed):
    before = partner_figures(changed, YEAR)
    ws.forget_participant(changed, "Nadia", "0612345678")
    assert partner_figures(changed, YEAR) == before
    ws.erase_expired_participants(changed, date(2030, 1, 1))
    assert partner_figures(changed, YEAR) == before


def test_the_lines_of_one_partner_or_one_theme_count_the_people_of_their_sessions(changed):
    cpam, nutrition = activity_report(changed, *YEAR, partner="CPAM"), activity_report(changed, *YEAR, theme="Nutrition")
    assert ([figures(line) for line in cpam.by_workshop], [figures(line) for line in cpam.by_theme]) == (
        [("Cuisine", 1, 2, 2, 0)], [("Nutrition", 1, 2, 2, 0)])
    assert [figures(line) for line in nutrition.by_partner] == [("CPAM", 1, 2, 2, 0), ("PMI", 1, 2, 2, 0)]
    ws.erase_expired_participants(changed, date(2030, 1, 1))  # each line is all the sessions of one partner
    assert activity_report(changed, *YEAR, partner="CPAM") == cpam
    assert activity_report(changed, *YEAR, theme="Nutrition") == nutrition


def test_a_person_at_two_workshops_of_a_partner_counts_once_in_its_line(changed):
    found = {p.name: p.id for p in ws.list_partners(changed)}
    walking = ws.add_workshop(changed, ws.WorkshopDraft("Marche", 20), partner_ids=[found["PMI"]]).id
    session(changed, walking, date(2026, 5, 5), [("lou", ""), ("Zoé", "")])
    pmi = [("PMI", 2, 4, 3, 0)]  # Lou, Inès, Zoé
    assert [figures(line) for line in activity_report(changed, *YEAR).by_partner][1:] == pmi
    assert [figures(activity_report(changed, *YEAR, partner="PMI").total)] == pmi
    # Cuisine with the PMI: its session of 14 April only, neither a whole workshop, theme nor partner. Over the
    # year no tally can keep its people apart from those of 10 March: unknown, never guessed; over part of a
    # year, those known by name until some are erased (as any line over part of a year).
    spring = (date(2026, 3, 1), date(2026, 5, 31))
    split = [("Cuisine", 1, 2, None, 0), ("Marche", 1, 2, 2, 0)]
    assert [figures(line) for line in activity_report(changed, *YEAR, partner="PMI").by_workshop] == split
    assert [figures(line) for line in activity_report(changed, *spring, partner="PMI").by_workshop] == [
        ("Cuisine", 1, 2, 2, 0), ("Marche", 1, 2, 2, 0)]
    ws.erase_expired_participants(changed, date(2030, 1, 1))
    assert [figures(activity_report(changed, *YEAR, partner="PMI").total)] == pmi
    assert [figures(line) for line in activity_report(changed, *YEAR, partner="PMI").by_workshop] == split
    assert [figures(line) for line in activity_report(changed, *spring, partner="PMI").by_workshop] == [
        ("Cuisine", 1, 2, None, 0), ("Marche", 1, 2, None, 0)]


# --- the rule: a partner's different people are those of its sessions, each once --------------------------

NAMES = ("Nadia", "Yves", "Lou", "Inès")
drawn_sessions = st.lists(  # (workshop, partners of the session, who came), a month each
    st.tuples(st.integers(0, 1), st.sets(st.integers(0, 1)),
              st.sets(st.sampled_from(NAMES), min_size=1)),
    min_size=1, max_size=6)  # months 1 to 6 of a year of its own


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=drawn_sessions)
def test_a_partner_s_people_are_those_of_its_sessions_whatever_the_changes(ctx, years, drawn):  # noqa: F811
    year = next(years)
    partners = [ws.add_partner(ctx, ws.PartnerDraft(f"P{year}-{n}")).id for n in range(2)]
    workshops = [ws.add_workshop(ctx, ws.WorkshopDraft(f"W{year}-{n}", 20)).id for n in range(2)]
    expected: dict[int, set[str]] = {p: set() for p in partners}
    for month, (workshop, with_, came) in enumerate(drawn, start=1):
        edit(ctx, workshops[workshop], partner_ids=[partners[p] for p in sorted(with_)])
        session(ctx, workshops[workshop], date(year, month, 10), [(name, "") for name in sorted(came)])
        for p in with_:
            expected[partners[p]] |= came
    period = year_period(year)

    def counted():
        return {p.id: activity_report(ctx, *period, partner=p.name).total.unique_participants
                for p in ws.list_partners(ctx) if p.id in expected}

    assert counted() == {p: len(people) for p, people in expected.items()}
    ws.erase_expired_participants(ctx, date(2030, 1, 1))
    assert counted() == {p: len(people) for p, people in expected.items()}
