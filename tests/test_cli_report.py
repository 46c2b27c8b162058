"""``cercle report activity``, run as a user would, on the demo centre: each format, and bad input said in
French without a traceback."""

import csv
import subprocess
from datetime import date

import pytest

from tests.test_cli import cercle

YEAR = str(date.today().year)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("activity") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def report(demo_file, output, *options):
    fmt = output.suffix.removeprefix(".")
    return cercle("--language", "fr", "report", "activity", *options, "--format", fmt, "--output", str(output),
                  "--database", str(demo_file))


def test_csv_in_french(demo_file, tmp_path):
    output = tmp_path / "bilan.csv"
    result = report(demo_file, output, "--year", YEAR)
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(output.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Rubrique", "Élément", "Mesure", "Valeur"]
    sections = {row[0] for row in rows[1:]}
    assert {"Par thème", "Accueil", "Réunions tenues", "Heures d'autogestion de l'équipe"} <= sections
    assert any(row[2] == "Présences" and int(row[3]) > 0 for row in rows if row[0] == "Par thème")


def test_pdf_reads_back_in_french_with_its_charts(demo_file, tmp_path):
    output = tmp_path / "bilan.pdf"
    result = report(demo_file, output, "--year", YEAR)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(output), "-"], capture_output=True, text=True,
                          check=True).stdout
    for words in (f"Bilan d'activité {YEAR}", "Ateliers", "Par thème", "Personnes", "Accueil",
                  "Heures d'autogestion de l'équipe", "Présences aux ateliers, mois par mois.", "Page 1 sur"):
        assert words in text, words
    images = subprocess.run(["pdfimages", "-list", str(output)], capture_output=True, text=True, check=True)
    assert len(images.stdout.splitlines()) - 2 >= 2  # the two charts


def test_odt_of_one_theme_over_a_period(demo_file, tmp_path):
    output = tmp_path / "nutrition.odt"
    result = report(demo_file, output, "--from", f"{YEAR}-01-01", "--to", f"{YEAR}-06-30", "--theme", "nutrition")
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"PK")


@pytest.mark.parametrize(("options", "message"), [
    (("--year", "26"), "26 n'est pas une année : écrivez-la en quatre chiffres, par exemple 2026."),
    (("--year", YEAR, "--theme", "Yoga"), "Aucun thème d'atelier ne s'appelle Yoga."),
    (("--year", YEAR, "--partner", "Nulle part"), "Aucun partenaire ne s'appelle Nulle part."),
    (("--year", "2099"), "La période commence le 01/01/2099, après aujourd'hui : rien n'y a encore eu lieu."),
    ((), "Donnez une année (--year) ou une période (--from et --to)."),
])
def test_bad_input_is_said_in_french(demo_file, tmp_path, options, message):
    output = tmp_path / "bilan.csv"
    result = report(demo_file, output, *options)
    assert result.returncode == 1 and not output.exists()
    assert result.stderr.strip() == f"cercle: {message}"
