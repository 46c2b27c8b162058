"""Reading a centre's spreadsheet: headers in French or English, cells as people type them, errors by line."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import RuleViolation
from app.domain.imports import (
    Kind,
    RowError,
    csv_rows,
    parse,
    parse_capacity,
    parse_date,
    parse_days,
    parse_hours,
)


def test_a_french_team_file():
    rows = csv_rows(
        "\ufeffNom;Fonction;Heures;Jours;Depuis;Téléphone;Courriel\n"
        "Amina Benali;Médecin généraliste;28;lun mar mer jeu;05/01/2026;06 12 34 56 78;amina@example.org\n"
    )
    parsed = parse(Kind.MEMBERS, rows)
    assert parsed.errors == ()
    (amina,) = parsed.records
    assert amina.line == 2 and amina.name == "Amina Benali"
    assert amina.draft.profession == "Médecin généraliste"
    assert amina.draft.contract_minutes == 28 * 60
    assert amina.draft.self_management_minutes == 8 * 60  # the standard share: 28 × 10/35
    assert amina.draft.working_days == frozenset({0, 1, 2, 3})
    assert amina.draft.start_date == date(2026, 1, 5)
    assert (amina.draft.phone, amina.draft.email) == ("06 12 34 56 78", "amina@example.org")


def test_english_headers_commas_and_any_column_order():
    rows = csv_rows("Email,Since,Days,Hours,Profession,Name\n,2026-01-05,mon tue,\"24,5\",Nurse,Bruno Martin\n")
    (bruno,) = parse(Kind.MEMBERS, rows).records
    assert bruno.name == "Bruno Martin" and bruno.draft.profession == "Nurse"
    assert bruno.draft.contract_minutes == 24 * 60 + 30
    assert bruno.draft.working_days == frozenset({0, 1})
    assert bruno.draft.start_date == date(2026, 1, 5)


def test_every_bad_line_is_named_and_blank_lines_keep_their_number():
    rows = csv_rows("Nom;Heures;Jours;Depuis\nA;35;;\n;;;\nB;abc;;\nC;35;lun foo;\nD;35;;31/02/2026\n;35;;\nA;30;;\n")
    parsed = parse(Kind.MEMBERS, rows)
    assert [(error.line, str(error)) for error in parsed.errors] == [
        (4, "Line 4: hours “abc” cannot be read"),
        (5, "Line 5: days “lun foo” cannot be read (write for example: lun mar jeu)"),
        (6, "Line 6: date “31/02/2026” cannot be read (write dd/mm/yyyy)"),
        (7, "Line 7: the name is empty"),
        (8, "Line 8: A is already on line 2"),
    ]
    assert all(isinstance(error, RowError) for error in parsed.errors)


def test_the_member_rules_apply_to_each_line():
    parsed = parse(Kind.MEMBERS, [["Nom", "Heures"], ["A", "50"]])
    assert [str(error) for error in parsed.errors] == ["Line 2: Contract hours must be between 0 and 48 a week."]


def test_a_file_without_the_needed_columns_says_which():
    assert [str(e) for e in parse(Kind.MEMBERS, [["Nom", "Fonction"]]).errors] == [
        "The file has no “Heures” column (first line)."
    ]
    assert [str(e) for e in parse(Kind.ROOMS, []).errors] == [
        "The file is empty: the first line must name the columns."
    ]
    assert str(parse(Kind.ROOMS, [["Nom"]]).errors[0]) == "The file has headers but no line to import."


def test_rooms_and_partners():
    rooms = parse(Kind.ROOMS, csv_rows("Nom;Places\nSalle bleue;12\nBureau 2;\n"))
    assert [(r.name, r.capacity) for r in rooms.records] == [("Salle bleue", 12), ("Bureau 2", 10)]
    bad = parse(Kind.ROOMS, csv_rows("Name,Capacity\nSalle,0\n"))
    assert [str(e) for e in bad.errors] == ["Line 2: capacity “0” is not a number of places (1 or more)"]
    partners = parse(Kind.PARTNERS, csv_rows(
        "Nom;Type;Contact;Téléphone;Courriel\nCPAM de l'Isère;assurance maladie;Mme Roux;04.76.00.00.01;"
        "contact@cpam.fr\nPMI;;;;pas-une-adresse\n"
    ))
    (cpam,) = partners.records
    assert (cpam.kind, cpam.contact_person, cpam.phone) == ("assurance maladie", "Mme Roux", "04 76 00 00 01")
    assert [str(e) for e in partners.errors] == ["Line 3: “pas-une-adresse” is not an e-mail address"]


def test_cells_as_people_write_them():
    assert parse_hours("28") == parse_hours("28 h") == parse_hours("28,0") == 28 * 60
    assert parse_hours("17.5") == parse_hours("17h30") == 17 * 60 + 30
    assert parse_days("lundi-jeudi") == parse_days("Mon, Tue, Wed, Thu") == parse_days("lun. mar. mer. jeu.")
    assert parse_days("ven sam") == frozenset({4, 5})
    assert parse_date("2026-01-05") == parse_date("05/01/2026") == date(2026, 1, 5)
    assert parse_capacity(" 8 ") == 8
    for bad in ("abc", "", "28h75", "-3"):
        with pytest.raises(RuleViolation):
            parse_hours(bad)
    for bad in ("jeu-lun", "lun-", "everyday"):
        with pytest.raises(RuleViolation):
            parse_days(bad)


@given(st.integers(0, 48 * 4))
def test_hours_with_a_decimal_comma_or_point_read_as_written(quarters):
    hours = quarters / 4
    written = f"{hours:g}"
    assert parse_hours(written) == parse_hours(written.replace(".", ",")) == quarters * 15


@given(st.sets(st.integers(0, 6), min_size=1), st.sampled_from([("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
                                                               ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]))
def test_days_read_back_in_french_or_english(days, names):
    assert parse_days(" ".join(names[day] for day in sorted(days))) == frozenset(days)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"),
                        max_size=12), min_size=2, max_size=5))
def test_csv_cells_come_back_whatever_they_hold(cells):
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows([["Nom", "Capacité"], cells])
    assert csv_rows(buffer.getvalue())[1] == cells


@given(st.lists(st.sampled_from(["", "abc", "12", "0", "-1", "1 2"]), min_size=1, max_size=8))
def test_a_line_is_a_record_or_an_error_never_both_nor_lost(capacities):
    rows = [["Nom", "Capacité"], *[[f"Salle {i}", text] for i, text in enumerate(capacities)]]
    parsed = parse(Kind.ROOMS, rows)
    lines = sorted([r.line for r in parsed.records] + [e.line for e in parsed.errors])
    assert lines == list(range(2, len(capacities) + 2))


def test_a_quotation_mark_never_closed_is_refused_with_its_line_not_swallowing_the_file():
    """An unclosed « " » made every following line a part of one partner's notes, imported without a word."""
    with pytest.raises(RowError) as refused:
        csv_rows('Nom;Notes\nCPAM;à rappeler\nPMI;"attention\nMaison des habitants;\nMission locale;\n')
    assert str(refused.value) == 'Line 3: the quotation marks (") of this line do not pair up'


def test_blank_lines_above_the_headers_are_skipped_and_lines_keep_their_number():
    parsed = parse(Kind.ROOMS, csv_rows("\n;\nNom;Places\nSalle bleue;12\nBureau;zéro\n"))
    assert [(room.line, room.name) for room in parsed.records] == [(4, "Salle bleue")]
    assert [str(error) for error in parsed.errors] == ["Line 5: capacity “zéro” is not a number of places (1 or more)"]


def test_a_first_name_and_a_last_name_in_two_columns_make_the_name():
    """« Prénom ; Nom » kept only the last names: two Martins refused as one, or the first names lost."""
    team = parse(Kind.MEMBERS, csv_rows("NOM;Prenom;Heures\nMartin;Anne;28\nMartin;Paul;35\nSow;;35\n"))
    assert team.errors == ()
    assert [member.name for member in team.records] == ["Anne Martin", "Paul Martin", "Sow"]
    people = parse(Kind.PEOPLE, csv_rows("Prénom\nAïcha\n"))  # a first name alone, as inhabitants often give
    assert [person.name for person in people.records] == ["Aïcha"]
