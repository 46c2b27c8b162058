"""The activity report's "Cycles" section in the CSV and the PDF, the same after the cycle's people are erased."""

import csv
import subprocess
from datetime import date

from app.exports.activity import export_activity
from app.services import workshops as ws
from app.services.activity import year_period
from tests.services.test_workshop_cycles import cycle, held_cycle  # noqa: F401 - the fixture

YEAR = year_period(2026)


def csv_rows(path):
    return list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines(), delimiter=";"))


def test_csv_has_the_cycles_figures_and_keeps_them_after_erasure(ctx, cycle, french, tmp_path):  # noqa: F811
    held_cycle(ctx, cycle)
    rows = csv_rows(export_activity(ctx, tmp_path / "bilan.csv", "csv", *YEAR))
    title = "Travail social de groupe"
    for measure, value in (("Première séance", "05/02/2026"), ("Séances réalisées", "5"), ("Inscrit·es", "4"),
                           ("Allé·es au bout", "3"), ("Abandons", "1"), ("En attente", "0"),
                           ("Assiduité", "81,2")):
        assert ["Cycles", title, measure, value] in rows, measure
    ws.erase_expired_participants(ctx, date(2030, 1, 1))
    assert csv_rows(export_activity(ctx, tmp_path / "again.csv", "csv", *YEAR)) == rows


def test_pdf_shows_the_cycles_table(ctx, cycle, french, tmp_path):  # noqa: F811
    held_cycle(ctx, cycle)
    path = export_activity(ctx, tmp_path / "bilan.pdf", "pdf", *YEAR)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = " ".join(text.split())
    assert "Cycles" in words and "Travail social de groupe, du 05/02/2026 au 05/03/2026" in words
    assert "Allé·es au bout" in words and "81 %" in words
