"""``cercle hours absence list|add|cancel``, run as a user would, on a small centre's SQLite file.

The centre is built through the services with its clock in 2090, so that the command, on the real clock, finds
its reception shifts still to come whatever day the tests run.
"""

import sqlite3
from datetime import UTC, date, datetime, time

import pytest

from app.domain.members import MemberDraft
from app.services import centre, members, rota
from app.services.context import Context
from app.storage.engine import open_database
from tests.test_cli import cercle

MONDAY = date(2090, 1, 9)
TUESDAY, WEDNESDAY = date(2090, 1, 10), date(2090, 1, 11)


@pytest.fixture
def centre_file(tmp_path):
    """A centre of two members, Amina and Élodie (ids 1 and 2), with one afternoon seat a weekday: Amina holds
    Tuesday's and Wednesday's."""
    path = tmp_path / "centre.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: datetime(2090, 1, 2, 8, tzinfo=UTC), system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    amina = members_added(ctx, "Amina Benali", "Élodie Roux")[0]
    for weekday in range(5):
        rota.add_template(ctx, weekday, time(13, 30), time(17, 30), 1, "Accueil", valid_from=MONDAY)
    rota.create_shifts_ahead(ctx, weeks=2)
    for day in (TUESDAY, WEDNESDAY):
        rota.claim_shift(ctx, shift_on(ctx, day).id, amina)
    engine.dispose()
    return path


def members_added(ctx, *names: str) -> list[int]:
    return [members.add_member(ctx, MemberDraft(name=name)).id for name in names]


def shift_on(ctx, day):
    return rota.shifts_between(ctx, day, day)[0]


def rows(path, query: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(query).fetchall()


def absences(path) -> list[tuple]:
    return rows(path, "SELECT member_id, kind, first_day, last_day, cancelled FROM absence ORDER BY id")


def absence(path, *args: str, language: str = "en"):
    return cercle("--language", language, "hours", "absence", *args, "--database", str(path))


def test_add_list_and_cancel_an_absence_with_the_seats_it_frees_and_gives_back(centre_file):
    added = absence(centre_file, "add", "amina benali", "maladie", "2090-01-10", "2090-01-11")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [
        "1\tSick leave\t2090-01-10\t2090-01-11",
        "Amina Benali's seat on Tuesday 10 January 2090, 13:30–17:30, is open again.",
        "Amina Benali's seat on Wednesday 11 January 2090, 13:30–17:30, is open again.",
    ]
    assert absences(centre_file) == [(1, "sick", "2090-01-10", "2090-01-11", 0)]
    assert rows(centre_file, "SELECT system, member_id FROM audit_entry WHERE entity = 'absence'") == [
        ("command line", None)]
    holiday = absence(centre_file, "add", "1", "Congés", "2090-01-16", language="fr")  # by id, one day
    assert holiday.stdout.splitlines() == ["2\tCongés\t2090-01-16\t2090-01-16"], holiday.stderr

    engine = open_database(f"sqlite:///{centre_file}")  # meanwhile, Élodie takes Wednesday's seat
    ctx = Context(engine, clock=lambda: datetime(2090, 1, 2, 8, tzinfo=UTC), system="tests")
    rota.claim_shift(ctx, shift_on(ctx, WEDNESDAY).id, 2)
    engine.dispose()

    listed = absence(centre_file, "list", "AMINA BENALI", language="fr")
    assert listed.stdout.splitlines() == ["1\tArrêt maladie\t2090-01-10\t2090-01-11",
                                          "2\tCongés\t2090-01-16\t2090-01-16"]
    assert absence(centre_file, "list", "Amina Benali", "--from", "2090-01-12").stdout.splitlines() == [
        "2\tHoliday\t2090-01-16\t2090-01-16"]
    cancelled = absence(centre_file, "cancel", "1")
    assert cancelled.returncode == 0, cancelled.stderr
    said = cancelled.stdout.splitlines()
    assert said[:2] == ["Absence 1 cancelled: it no longer counts in the hours.",
                        "Amina Benali gets the seat on Tuesday 10 January 2090, 13:30–17:30, back."]
    assert said[2].startswith("Amina Benali does not get the seat on Wednesday 11 January 2090, 13:30–17:30, "
                              "back.") and len(said) == 3
    assert absences(centre_file)[0][-1] == 1
    assert absence(centre_file, "list", "Amina Benali").stdout.splitlines() == ["2\tHoliday\t2090-01-16\t2090-01-16"]


@pytest.mark.parametrize("words", ["congés", "Conges", "holiday", "vacances"])
def test_a_kind_is_typed_in_french_or_english(centre_file, words):
    added = absence(centre_file, "add", "Élodie Roux", words, "2090-01-12")
    assert added.returncode == 0, added.stderr
    assert absences(centre_file) == [(2, "holiday", "2090-01-12", "2090-01-12", 0)]


def test_an_unknown_member_is_said_and_nothing_is_written(centre_file):
    added = absence(centre_file, "add", "Nobody", "sick", "2090-01-10", language="fr")
    assert added.returncode == 1 and added.stdout == ""
    assert added.stderr.strip() == "cercle: Aucun membre actif ne s'appelle Nobody."
    listed = absence(centre_file, "list", "99")
    assert listed.returncode == 1 and listed.stderr.strip() == "cercle: No member is called 99."
    assert absences(centre_file) == []


def test_a_name_typed_without_its_accents_finds_the_one_member_it_can_be(centre_file):
    added = absence(centre_file, "add", "elodie roux", "holiday", "2090-01-12")  # a terminal without « É »
    assert added.returncode == 0, added.stderr
    assert absences(centre_file) == [(2, "holiday", "2090-01-12", "2090-01-12", 0)]


def test_a_name_typed_without_accents_that_two_members_may_bear_is_refused_naming_both(centre_file):
    engine = open_database(f"sqlite:///{centre_file}")
    members_added(Context(engine, clock=lambda: datetime(2090, 1, 2, 8, tzinfo=UTC), system="tests"),
                  "Hélène Petit", "Helene Petit")
    engine.dispose()
    ambiguous = absence(centre_file, "add", "Hélene Petit", "training", "2090-01-12")
    assert ambiguous.returncode == 1 and ambiguous.stdout == ""
    said = ambiguous.stderr.strip()
    assert said.startswith("cercle: Hélene Petit could be several members: ") and len(said.splitlines()) == 1
    assert said.endswith(". Type the name as it is written, accents included.")
    assert sorted(said.split(": ")[2].split(". ")[0].split(", ")) == ["Helene Petit", "Hélène Petit"]
    assert absences(centre_file) == []
    exact = absence(centre_file, "add", "HELENE PETIT", "training", "2090-01-12")  # one name is it, case aside
    assert exact.returncode == 0, exact.stderr
    assert absences(centre_file) == [(4, "training", "2090-01-12", "2090-01-12", 0)]


def test_a_first_name_typed_alone_finds_the_one_member_who_bears_it(centre_file):
    added = absence(centre_file, "add", "elodie", "holiday", "2090-01-12")  # « Élodie Roux », on a terminal
    assert added.returncode == 0, added.stderr
    assert absences(centre_file) == [(2, "holiday", "2090-01-12", "2090-01-12", 0)]
    assert absence(centre_file, "list", "ELODIE").stdout.splitlines() == ["1\tHoliday\t2090-01-12\t2090-01-12"]


def test_a_first_name_two_members_bear_is_refused_naming_both_and_a_last_name_finds_nobody(centre_file):
    engine = open_database(f"sqlite:///{centre_file}")
    members_added(Context(engine, clock=lambda: datetime(2090, 1, 2, 8, tzinfo=UTC), system="tests"),
                  "Elodie Martin")
    engine.dispose()
    ambiguous = absence(centre_file, "add", "Elodie", "training", "2090-01-12", language="fr")
    assert ambiguous.returncode == 1 and ambiguous.stdout == ""
    said = ambiguous.stderr.strip()
    assert said in {  # the members in either order; one line, its spaces plain (a terminal's)
        f"cercle: Elodie peut désigner plusieurs membres : {names}. Tapez le nom tel qu'il s'écrit, accents compris."
        for names in ("Élodie Roux, Elodie Martin", "Elodie Martin, Élodie Roux")}
    unknown = absence(centre_file, "add", "Benali", "training", "2090-01-12", language="fr")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "cercle: Aucun membre actif ne s'appelle Benali."
    assert absences(centre_file) == []


def test_half_days_and_a_note_are_recorded_and_only_the_halves_off_free_their_seats(centre_file):
    added = absence(centre_file, "add", "Amina Benali", "training", "2090-01-10", "2090-01-11",
                    "--half-day-start", "--half-day-end", "--note", " Congrès à Lyon ")
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [  # Wednesday afternoon's seat is kept: only its morning is off
        "1\tTraining\t2090-01-10, afternoon\t2090-01-11, morning\tCongrès à Lyon",
        "Amina Benali's seat on Tuesday 10 January 2090, 13:30–17:30, is open again."]
    assert rows(centre_file, "SELECT half_day_start, half_day_end, note FROM absence") == [(1, 1, "Congrès à Lyon")]
    assert rows(centre_file, "SELECT shift.day FROM shift_claim JOIN shift ON shift.id = shift_claim.shift_id") == [
        ("2090-01-11",)]


def test_both_half_days_of_a_one_day_absence_are_refused_and_nothing_is_written(centre_file):
    for language, said in (("en", "A one-day absence is either a full day or one half day, not both halves."),
                           ("fr", ("Une absence d'un jour porte soit sur la journée entière, soit sur une seule "
                                   "demi-journée, pas sur les deux."))):
        refused = absence(centre_file, "add", "Amina Benali", "holiday", "2090-01-10", "--half-day-start",
                          "--half-day-end", language=language)
        assert refused.returncode == 1 and refused.stdout == ""
        assert refused.stderr.strip() == f"cercle: {said}"
    assert absences(centre_file) == []
    assert len(rows(centre_file, "SELECT * FROM shift_claim")) == 2  # Amina keeps her seats


def test_an_unknown_kind_is_refused_by_the_parser(centre_file):
    added = absence(centre_file, "add", "Amina Benali", "sabbatical", "2090-01-10")
    assert added.returncode == 2 and added.stdout == ""
    assert added.stderr.splitlines()[-1] == ("cercle hours absence add: error: argument KIND: “sabbatical” is not a "
                                             "kind of absence: write holiday, sick, training or other.")
    assert absences(centre_file) == []


def test_a_last_day_before_the_first_or_a_day_that_is_none_is_refused(centre_file):
    backwards = absence(centre_file, "add", "Amina Benali", "formation", "2090-01-11", "2090-01-10",
                        language="fr")
    assert backwards.returncode == 1 and "Traceback" not in backwards.stderr
    assert backwards.stderr.strip() == "cercle: La date de fin ne peut pas précéder la date de début."
    not_a_day = absence(centre_file, "add", "Amina Benali", "training", "10/01/2090")
    assert not_a_day.returncode == 1
    assert not_a_day.stderr.strip().startswith("cercle: 10/01/2090 is not a date: write it as YYYY-MM-DD")
    assert absences(centre_file) == []
    assert len(rows(centre_file, "SELECT * FROM shift_claim")) == 2  # Amina keeps her seats


def test_cancelling_an_unknown_absence_or_one_cancelled_already(centre_file):
    unknown = absence(centre_file, "cancel", "7", language="fr")
    assert unknown.returncode == 1 and unknown.stderr.strip() == "cercle: Cette absence n'existe pas (ou plus)."
    assert absence(centre_file, "add", "Amina Benali", "other", "2090-01-20").returncode == 0
    assert absence(centre_file, "cancel", "1").returncode == 0
    again = absence(centre_file, "cancel", "1")
    assert again.returncode == 1 and again.stderr.strip() == "cercle: This absence does not exist (any more)."
    not_a_number = absence(centre_file, "cancel", "un")
    assert not_a_number.returncode == 2 and "invalid int value: 'un'" in not_a_number.stderr
