"""Reading a centre's spreadsheet: headers in French or English, cells as people type them, errors by line."""

from datetime import date, time

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


def test_weekly_reception_slots_as_a_french_spreadsheet_writes_them():
    parsed = parse(Kind.RECEPTION, csv_rows(
        "Jour;Début;Fin;Places;Libellé\nLundi;8h30;12:30;2;Café-accueil\nmar.;14:00;18h;;\n"
        "Mercredi;08:30:00;12 h 30;1;\n"))
    assert parsed.errors == ()
    assert [(r.line, r.weekday, r.start, r.end, r.seats, r.label) for r in parsed.records] == [
        (2, 0, time(8, 30), time(12, 30), 2, "Café-accueil"),
        (3, 1, time(14), time(18), None, ""),  # no seats said: a new slot has one, a known one keeps its own
        (4, 2, time(8, 30), time(12, 30), 1, ""),
    ]
    english = parse(Kind.RECEPTION, csv_rows("Day,Start,End,Seats,Label\nfriday,09:00,12:00,3,Reception\n"))
    assert [(r.weekday, r.seats, r.label) for r in english.records] == [(4, 3, "Reception")]


def test_a_reception_slot_is_refused_with_its_line_and_the_rule_a_slot_typed_by_hand_follows():
    parsed = parse(Kind.RECEPTION, csv_rows(
        "Jour;Début;Fin;Places\nlundi;08:30;12:30;2\nfunday;08:30;12:30\nmardi;midi;14:00\n"
        "mercredi;14:00;12:00\njeudi;;12:00\nvendredi;08:30;12:30;0\nvendredi;08:30;12:30;21\n"
        "LUNDI;8h30;12h30;3\nlundi;8h30;12h;1\n"))
    assert [str(e) for e in parsed.errors] == [
        "Line 3: day “funday” cannot be read (write a day of the week, for example lundi)",
        "Line 4: time “midi” cannot be read (write HH:MM, for example 08:30)",
        "Line 5: A shift must end after it starts.",
        "Line 6: the “Début” cell is empty",
        "Line 7: seats “0” is not a number from 1 to 20",
        "Line 8: seats “21” is not a number from 1 to 20",
        "Line 9: the same weekly slot is already on line 2",
    ]
    assert [r.line for r in parsed.records] == [2, 10]  # the same day and start, another end: another slot
    missing = parse(Kind.RECEPTION, csv_rows("Jour;Début;Places\nlundi;08:30;2\n"))
    assert [str(e) for e in missing.errors] == ["The file has no “Fin” column (first line)."]


def test_time_categories_with_or_without_their_type():
    parsed = parse(Kind.CATEGORIES, csv_rows(
        "Libellé;Type\nRecherche-action;Autogestion\nTéléconsultation;métier\nPlaidoyer;\n"
        "recherche-action;\nFormation;bof\n;profession\n\u200b;\n"))
    assert [(r.line, r.name, r.is_self_management) for r in parsed.records] == [
        (2, "Recherche-action", True), (3, "Téléconsultation", False), (4, "Plaidoyer", None)]
    assert [str(e) for e in parsed.errors] == [
        "Line 5: recherche-action is already on line 2",
        "Line 6: type “bof” cannot be read (write autogestion or métier)",
        "Line 7: the name is empty",
        "Line 8: the name is empty",  # a zero-width space shows nothing
    ]
    english = parse(Kind.CATEGORIES, csv_rows("Category,Kind\nAdvocacy,self-management\n"))
    assert [(r.name, r.is_self_management) for r in english.records] == [("Advocacy", True)]
    assert [str(e) for e in parse(Kind.CATEGORIES, csv_rows("Type\nmétier\n")).errors] == [
        "The file has no “Libellé” column (first line)."]


def test_excel_s_sep_line_names_the_separator_and_is_no_line():
    """Excel writes « sep=; » first when asked to: the file was refused, saying it had no “Nom” column."""
    semicolons = parse(Kind.ROOMS, csv_rows("\ufeffsep=;\r\nNom;Places\r\nSalle bleue, rez-de-chaussée;12\r\nBureau;x\r\n"))
    assert [(r.line, r.name, r.capacity) for r in semicolons.records] == [(2, "Salle bleue, rez-de-chaussée", 12)]
    assert [str(e) for e in semicolons.errors] == ["Line 3: capacity “x” is not a number of places (1 or more)"]
    commas = csv_rows("sep=,\nNom;Places,Capacité\nSalle; bleue,3\n")  # the line says ',' though ';' is more
    assert commas == [["Nom;Places", "Capacité"], ["Salle; bleue", "3"]]
    assert csv_rows('"sep=\t"\nNom\tPlaces\n') == [["Nom", "Places"]]


def test_dates_as_excel_and_calc_save_them_in_french():
    """Calc in French shows and saves a date as 06/12/26; a date cell saved with its hour is « 06/12/2026 00:00 »,
    one formatted as a number is Excel's and Calc's day number: each was refused as unreadable."""
    for written in ("06/12/2026", "6/12/2026", "06/12/26", "6/12/26", "06.12.26", "2026-12-06", "06/12/2026 00:00",
                    "06/12/2026 00:00:00", "2026-12-06T00:00:00", "46362", "46362,0", "46362.0"):
        assert parse_date(written) == date(2026, 12, 6), written
    assert parse_date("01/09/95") == date(1995, 9, 1)  # two-digit years: 1930 to 2029, as both spreadsheets read them
    assert parse_date("01/09/29") == date(2029, 9, 1) and parse_date("01/09/30") == date(1930, 9, 1)
    for bad in ("31/02/26", "06/12/2026 14:30", "12345", "2958465", "06/12", "6 déc. 2026"):
        with pytest.raises(RuleViolation, match="cannot be read"):
            parse_date(bad)


def test_weekly_hours_as_a_spreadsheet_s_duration():
    assert parse_hours("35:00") == parse_hours("35:00:00") == 35 * 60
    assert parse_hours("7:30") == parse_hours("7h30") == parse_hours("7,5") == 7 * 60 + 30
    for bad in ("7:75", "7:3", "35 heures"):
        with pytest.raises(RuleViolation):
            parse_hours(bad)


def test_a_phone_number_whose_leading_zero_the_spreadsheet_dropped_gets_it_back():
    """Excel and Calc take 0612345678 for a number and save 612345678: every member's line was refused."""
    team = parse(Kind.MEMBERS, csv_rows("Nom;Heures;Téléphone\nAmina;28;612345678\nBruno;28;06 12 34 56 79\n"
                                        "Chloé;28;6,12E+08\nDavid;28;12345678\n"))
    assert [(m.name, m.draft.phone) for m in team.records] == [("Amina", "06 12 34 56 78"),
                                                                ("Bruno", "06 12 34 56 79")]
    assert [str(e) for e in team.errors] == ["Line 4: This is not a phone number: 6,12E+08",
                                             "Line 5: This is not a phone number: 12345678"]
    (cpam,) = parse(Kind.PARTNERS, csv_rows("Nom;Téléphone\nCPAM;476000001\n")).records
    (aicha,) = parse(Kind.PEOPLE, csv_rows("Nom;Téléphone;Accord\nAïcha;756781234;06/12/26\n")).records
    assert cpam.phone == "04 76 00 00 01" and aicha.draft.phone == "07 56 78 12 34"


def test_the_headers_are_found_below_a_title():
    """A title and a blank line above the headers, as a centre's spreadsheet often has: refused, the file said to
    have no “Nom” column."""
    rows = csv_rows("Équipe du centre — 2026;;\r\n;;\r\nNom;Fonction;Heures\r\nAmina Benali;Médecin;28\r\n")
    parsed = parse(Kind.MEMBERS, rows)
    assert parsed.errors == () and [(m.line, m.name) for m in parsed.records] == [(4, "Amina Benali")]
    assert [str(e) for e in parse(Kind.MEMBERS, csv_rows("Équipe;;\nNom;Fonction;\nAmina;Médecin;\n")).errors] \
        == ["The file has no “Heures” column (first line)."]  # no line names them all: the one naming most


def test_a_file_of_more_lines_than_a_centre_keeps_is_refused_before_its_lines_are_read():
    from app.domain.imports import MAX_LINES

    parsed = parse(Kind.ROOMS, [["Nom", "Places"], *[[f"Salle {i}", "x"] for i in range(MAX_LINES + 1)], ["", ""]])
    assert [str(e) for e in parsed.errors] == [
        f"The file has {MAX_LINES + 1} lines: Cercle imports at most {MAX_LINES} at a time. Is it the right file?"]
    assert parsed.records == ()
    just = parse(Kind.ROOMS, [["Nom"], *[[f"Salle {i}"] for i in range(MAX_LINES)], *([[""]] * 100)])
    assert just.errors == () and len(just.records) == MAX_LINES  # the blank rows saved after the data do not count


def test_a_name_written_with_other_accents_is_the_same_person_not_a_second():
    """« HELENE DUPRE » beside « Hélène Dupré »: two members, twice in the rota and the balance."""
    from app.domain.imports import Lookalikes

    parsed = parse(Kind.MEMBERS, csv_rows("Nom;Heures\nHélène Dupré;28\nHELENE DUPRE;28\nJean-Pierre Roux;35\n"
                                          "Jean Pierre Roux;35\nÉlodie Sow;30\n"))
    lookalikes = Lookalikes(["Élodie Sow", "Elodie Sow", "Amina Benali"])
    problems = []
    for record in parsed.records:
        try:
            lookalikes.check(record)
        except RuleViolation as problem:
            problems.append((record.line, str(problem)))
    assert problems == [
        (3, ("HELENE DUPRE differs from Hélène Dupré on line 2 only by accents, spaces or punctuation: write the "
             "same name the same way")),
        (5, ("Jean Pierre Roux differs from Jean-Pierre Roux on line 4 only by accents, spaces or punctuation: "
             "write the same name the same way")),
    ]  # Élodie Sow is in Cercle as written, beside an Elodie Sow: two people, each updated by her own name
    with pytest.raises(RuleViolation, match="AMINA BÉNALI differs from Amina Benali, already in Cercle"):
        Lookalikes(["Amina Benali"]).check(parse(Kind.MEMBERS, csv_rows("Nom;Heures\nAMINA BÉNALI;28\n")).records[0])


def test_headers_as_a_french_team_titles_its_columns():
    """« Heures par semaine », « Date d'arrivée », « Portable », « Adresse e-mail », « Nombre de places »: the file
    was refused as having no “Heures” column, or the column was ignored."""
    team = parse(Kind.MEMBERS, csv_rows(
        "Prénom;Nom;Heures par semaine;Jours travaillés;Date d'arrivée;Portable;Adresse e-mail\n"
        "Amina;Benali;28;lun-jeu;05/01/2026;06 12 34 56 78;amina@example.org\n"))
    (amina,) = team.records
    assert (amina.name, amina.draft.contract_minutes, amina.draft.working_days, amina.draft.start_date,
            amina.draft.phone, amina.draft.email) == ("Amina Benali", 28 * 60, frozenset(range(4)), date(2026, 1, 5),
                                                      "06 12 34 56 78", "amina@example.org")
    for header in ("Heures hebdomadaires", "Nb d'heures", "Temps de travail", "Heures / semaine"):
        assert parse(Kind.MEMBERS, csv_rows(f"Nom;{header}\nAmina;28\n")).records[0].draft.contract_minutes == 1680
    (room,) = parse(Kind.ROOMS, csv_rows("Nom de la salle;Nombre de places\nSalle bleue;12\n")).records
    assert (room.name, room.capacity) == ("Salle bleue", 12)
    (aicha,) = parse(Kind.PEOPLE, csv_rows("Nom;Mobile;Date d'accord\nAïcha;07 56 78 12 34;06/12/2026\n")).records
    assert (aicha.draft.phone, aicha.draft.consent_on) == ("07 56 78 12 34", date(2026, 12, 6))
