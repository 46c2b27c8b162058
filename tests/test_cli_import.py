"""``cercle import members|rooms|partners|reception|categories FILE``, run as a user would, on a new centre's database."""

import sqlite3

import pytest

from tests.french import typeset
from tests.test_cli import cercle


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "centre.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def names(database, table: str) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute(f"SELECT name FROM {table} ORDER BY name")]


def test_import_members_twice_updates_by_name(database, tmp_path):
    team = tmp_path / "équipe.csv"
    team.write_text("\ufeffNom;Fonction;Heures;Jours;Depuis\nZoé Import;Sage-femme;28;lun mar mer jeu;05/01/2026\n",
                    encoding="utf-8")
    before = len(names(database, "member"))
    first = cercle("import", "members", str(team), "--database", str(database))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported: 1 created, 0 updated, 0 unchanged."
    again = cercle("import", "members", str(team), "--database", str(database))
    assert again.stdout.strip() == "Imported: 0 created, 0 updated, 1 unchanged."
    assert len(names(database, "member")) == before + 1


def test_a_bad_line_is_named_in_french_and_nothing_is_written(database, tmp_path):
    rooms = tmp_path / "salles.csv"
    rooms.write_text("Nom,Places\nSalle neuve,8\nSalle trop petite,zéro\n", encoding="utf-8")
    before = names(database, "room")
    result = cercle("--language", "fr", "import", "rooms", str(rooms), "--database", str(database))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == typeset(
        "cercle: Ligne 3 : capacité « zéro » : ce n'est pas un nombre de places (1 ou plus)")
    assert "Rien n'a été importé" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr
    assert names(database, "room") == before


def test_partners_and_an_unknown_kind(database, tmp_path):
    partners = tmp_path / "partenaires.csv"
    partners.write_text("Name,Type,Contact,Phone,Email\nMaison des habitants,association,Léa,,lea@example.org\n",
                        encoding="utf-8")
    result = cercle("import", "partners", str(partners), "--database", str(database))
    assert result.returncode == 0, result.stderr
    assert "Maison des habitants" in names(database, "partner")
    assert cercle("import", "patients", str(partners), "--database", str(database)).returncode == 2


def test_reception_slots_once_then_unchanged(database, tmp_path):
    slots = tmp_path / "accueil.csv"
    slots.write_text("sep=;\nJour;Début;Fin;Places;Libellé\ndimanche;10h;11h30;2;Permanence du dimanche\n",
                     encoding="utf-8")
    first = cercle("import", "reception", str(slots), "--database", str(database))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "Imported: 1 created, 0 updated, 0 unchanged."
    again = cercle("import", "reception", str(slots), "--database", str(database))
    assert again.stdout.strip() == "Imported: 0 created, 0 updated, 1 unchanged."
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT weekday, start_time, seats, label FROM shift_template "
                                  "WHERE label = 'Permanence du dimanche'").fetchall() == [
            (6, "10:00:00.000000", 2, "Permanence du dimanche")]


def test_time_categories_refused_by_line_then_imported(database, tmp_path):
    categories = tmp_path / "categories.csv"
    categories.write_text("Libellé,Type\nPlaidoyer,autogestion\nProfession,autogestion\n", encoding="utf-8")
    refused = cercle("import", "categories", str(categories), "--database", str(database))
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == ("cercle: Line 3: Profession is built into Cercle as the category of "
                                              "the profession: its kind cannot be changed.")
    assert "Traceback" not in refused.stderr
    categories.write_text("Libellé,Type\nPlaidoyer,autogestion\nProfession,\n", encoding="utf-8")
    result = cercle("import", "categories", str(categories), "--database", str(database))
    assert result.stdout.strip() == "Imported: 1 created, 0 updated, 1 unchanged."
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT is_self_management, active FROM time_category "
                                  "WHERE label = 'Plaidoyer'").fetchall() == [(1, 1)]
