"""Each language its own conventions: hours, percentages, elision, plurals, days and durations in messages."""

from datetime import date

from app import formatting, i18n
from app.domain.hours import Minutes
from app.exports.roster import OPEN_SEAT, OPEN_SEATS
from app.services.rota import OVER_SHARE, RotaWarning


def test_english_conventions(english):
    assert formatting.duration(26 * 60 + 30) == "26 h 30 min" and formatting.duration(25 * 60) == "25 h"
    assert formatting.duration(-90) == "-1 h 30 min"
    assert [formatting.grid_duration(m) for m in (10 * 60 + 15, 8 * 60, -90)] == ["10:15", "8:00", "-1:30"]
    assert formatting.percent(75) == "75%" and formatting.percent_suffix() == "%"
    assert [i18n.plural(n, OPEN_SEAT, OPEN_SEATS) for n in (0, 1)] == ["0 open seats", "1 open seat"]
    assert i18n.fill("Block by {name}", name="Élodie") == "Block by Élodie"
    warning = RotaWarning(OVER_SHARE, name="Élodie", held=Minutes(8 * 60), share=Minutes(3 * 60 + 32))
    assert i18n.message(warning).endswith("usual share of 3 h 32 min.")


def test_french_conventions(french):
    assert formatting.duration(26 * 60 + 30) == "26 h 30" and formatting.duration(25 * 60) == "25 h"
    assert formatting.grid_duration(10 * 60 + 15) == "10 h 15" and formatting.grid_duration(8 * 60) == "8 h"
    assert formatting.percent(75) == "75 %"
    assert [i18n.plural(n, OPEN_SEAT, OPEN_SEATS) for n in (0, 1, 2)] == [
        "0 place libre", "1 place libre", "2 places libres"]
    warning = RotaWarning(OVER_SHARE, name="Élodie", held=Minutes(8 * 60), share=Minutes(3 * 60 + 32))
    assert i18n.message(warning) == ("Avec ce créneau, Élodie assure 8 h d'accueil cette semaine, "
                                     "plus que sa part habituelle de 3 h 32.")


def test_de_is_elided_before_a_vowel_or_a_mute_h_in_french(french):
    template = "Blocage de {name} : {reason}"
    assert i18n.fill(template, name="Élodie Roux", reason="non") == "Blocage d'Élodie Roux : non"
    assert i18n.fill(template, name="Hugo Lambert", reason="non") == "Blocage d'Hugo Lambert : non"
    assert i18n.fill(template, name="Thomas", reason="non") == "Blocage de Thomas : non"
    assert i18n.fill(template, name="Yasmine", reason="non") == "Blocage de Yasmine : non"
    assert i18n.fill("Les ateliers de {month}", month="avril 2027") == "Les ateliers d'avril 2027"
    assert i18n.fill("Grande {name}", name="Élodie") == "Grande Élodie"  # only the word "de"


def test_a_day_in_a_message_is_written_out(french):
    from app.services.workshops import PUBLIC_HOLIDAY, SessionWarning

    warning = SessionWarning(PUBLIC_HOLIDAY, day=date(2027, 5, 6))
    assert i18n.message(warning) == "Le jeudi 6 mai 2027 est un jour férié."


def test_the_hours_report_writes_decimals_the_reader_s_way(english, qapp):
    from app.exports.hours import decimal_hours, reader_hours

    assert reader_hours(90) == "1.50"
    i18n.install(qapp, "fr")
    assert reader_hours(90) == "1,50"
    assert decimal_hours(90) == "1,50"  # the CSV is for a French spreadsheet, whatever the language
