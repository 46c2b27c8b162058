"""The roster on the wall and the workshops programme: legible colours, names on one line, the month, the
centre, holidays closed, real plurals; no empty line, no year alone."""

from datetime import date, time

import pytest

from app.domain.members import MemberDraft
from app.exports.roster import contrast_ratio, readable_colour, roster_html
from app.exports.workshops import programme_html
from app.services import members, rota
from app.services import workshops as ws

NEW_YEAR_WEEK = date(2026, 12, 28)  # Friday 1 January 2027 is a public holiday


@pytest.fixture
def french(qapp):
    from app import i18n

    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize("colour", ["#f39c12", "#27ae60", "#4a90d9", "#ffffff", "#000000", "#c0392b"])
def test_every_name_colour_is_darkened_to_at_least_4_5_to_1(colour):
    readable = readable_colour(colour)
    assert contrast_ratio(readable) >= 4.5
    if contrast_ratio(colour) >= 4.5:
        assert readable == colour  # a colour already legible is kept as it is


def test_the_contrast_ratio_is_wcag_s():
    assert contrast_ratio("#000000") == pytest.approx(21)
    assert contrast_ratio("#f39c12") == pytest.approx(2.2, abs=0.05)
    assert contrast_ratio("#27ae60") == pytest.approx(2.9, abs=0.05)


def test_the_roster_of_the_new_year_week(ctx, french):
    names = ("Fatou Diallo", "Élodie Roux", "David Leroy", "Thomas Lefèvre")
    team = {name: members.add_member(ctx, MemberDraft(name=name, colour="#f39c12")).id for name in names}
    for weekday in range(5):
        rota.add_template(ctx, weekday, time(8, 30), time(12, 30), 4, valid_from=date(2026, 11, 23))
        rota.add_template(ctx, weekday, time(13, 30), time(17, 30), 2, valid_from=date(2026, 11, 23))
    rota.create_shifts_ahead(ctx, weeks=8)
    morning, afternoon = rota.shifts_between(ctx, NEW_YEAR_WEEK, NEW_YEAR_WEEK)
    for name in ("Fatou Diallo", "Élodie Roux", "David Leroy"):
        rota.claim_shift(ctx, morning.id, team[name])
    rota.claim_shift(ctx, afternoon.id, team["Thomas Lefèvre"])
    html = roster_html(rota.week_view(ctx, NEW_YEAR_WEEK), "Centre de test")
    assert "Centre de test" in html
    assert "lundi 28 décembre" in html and "vendredi 1 janvier" in html
    assert "fermé" in html  # the holiday, not a blank column
    assert "1\u00a0place\u00a0libre" in html and "2\u00a0places\u00a0libres" in html
    assert "place(s)" not in html
    assert "Thomas\u00a0Lefèvre" in html  # never "Thomas / Lefèvre"
    assert html.index("David\u00a0Leroy") < html.index("Élodie\u00a0Roux") < html.index("Fatou\u00a0Diallo")
    assert "#f39c12" not in html and readable_colour("#f39c12") in html


def test_the_programme_has_no_empty_line_nor_a_year_alone(ctx, french):
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Marche du mardi"))
    ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 24), time(10), time(11, 30)))
    html = programme_html(ctx, date(2026, 11, 1), date(2026, 11, 30))
    assert "Centre de test" in html
    assert "Les ateliers de novembre\u00a02026" in html
    row = html[html.index("Marche du mardi"):]
    assert row[:row.index("</td>")].count("<br>") == 0  # no room, no partner: the title alone
