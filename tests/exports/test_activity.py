"""The activity report's documents on the hand-made centre of tests/services/test_activity.py: the CSV's exact
figures, the PDF read back and its charts, the ODT opened by LibreOffice."""

import csv
import shutil
import subprocess
import zipfile

import pytest

from app.exports.activity import export_activity
from tests.services.test_activity import YEAR, centre  # noqa: F401 - the fixture


def test_csv_holds_the_exact_figures(centre, french, tmp_path):  # noqa: F811
    path = export_activity(centre, tmp_path / "bilan.csv", "csv", *YEAR)
    rows = list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Par thème", "Nutrition", "Présences", "6"] in rows
    assert ["Par thème", "Total", "Personnes différentes", "4"] in rows
    assert ["Avec les partenaires", "CPAM", "Séances annulées", "1"] in rows
    assert ["Accueil", "", "Heures d'ouverture", "4,0"] in rows
    assert ["Accueil", "", "Part des places tenues", "66,7"] in rows
    assert ["Réunions tenues", "Assemblée générale", "Nombre", "1"] in rows
    assert ["Décisions adoptées", "Sans catégorie", "Nombre", "1"] in rows
    assert ["Heures d'autogestion de l'équipe", "Partenariats", "Heures", "1,5"] in rows
    assert not any("Nadia" in cell for row in rows for cell in row)  # counts only


def test_pdf_in_french_with_its_charts(centre, french, tmp_path):  # noqa: F811
    path = export_activity(centre, tmp_path / "bilan.pdf", "pdf", *YEAR)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("Bilan d'activité 2026", "Compté jusqu'au 23/11/2026", "Présences aux ateliers, mois par mois.",
                  "Heures d'autogestion de l'équipe, par catégorie.", "Page 1 sur"):
        assert words in text, words
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    assert len(images.stdout.splitlines()) - 2 == 2


def test_one_partners_report_names_it(centre, french, tmp_path):  # noqa: F811
    path = export_activity(centre, tmp_path / "pmi.pdf", "pdf", *YEAR, partner="PMI")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Partenaire « PMI »" in text and "Accueil" not in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_odt(centre, french, tmp_path):  # noqa: F811
    path = export_activity(centre, tmp_path / "bilan.odt", "odt", *YEAR)
    with zipfile.ZipFile(path) as odt:
        assert sum(name.startswith("Pictures/") for name in odt.namelist()) == 2
    converted = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "lo-out"), str(path)], check=False, capture_output=True, text=True, timeout=180)
    assert converted.returncode == 0, converted.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "lo-out" / "bilan.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Bilan d'activité 2026" in text and "Présences aux ateliers, mois par mois." in text
