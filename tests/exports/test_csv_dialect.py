"""Every CSV Cercle writes is opened by LibreOffice Calc set to French: numbers and days come back typed."""

import shutil
import subprocess
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from odf import table as odf_table
from odf import teletype
from odf import text as odf_text
from odf.namespaces import OFFICENS
from odf.opendocument import load

from app.exports import decisions as decisions_export
from app.exports import hours as hours_export
from app.exports.csv_dialect import csv_cell, csv_text
from tests.exports.conftest import DEMO_TODAY

FRENCH_CSV = "CSV:59,34,76,1,,1036"  # ';', '"', UTF-8, from line 1, French (France) number and date formats
FIRST_WEEK = DEMO_TODAY - timedelta(weeks=3)
LAST_DAY = DEMO_TODAY - timedelta(days=1)


def test_cells_are_written_the_french_way():
    assert csv_cell(Decimal("1.50")) == "1,50" and csv_cell(-0.25) == "-0,25" and csv_cell(12) == "12"
    assert csv_cell(date(2026, 3, 7)) == "07/03/2026"
    assert csv_cell(datetime(2026, 3, 7, 9, 5)) == "07/03/2026 09:05"
    assert csv_cell(None) == "" and csv_cell("a;b") == "a;b"
    assert csv_text([["a;b", 'say "hi"', "two\nlines"]]) == '"a;b";"say ""hi""";"two\nlines"\r\n'


def test_text_a_spreadsheet_would_run_is_written_behind_a_quote():
    """CSV injection (OWASP): a member imported as « =HYPERLINK(…) » must not become a live formula; negative
    figures are numbers, never text, and stay as they are."""
    for text in ("=HYPERLINK(\"http://evil.example/\")", "+1", "-1", "@SUM(1)", "\tx", "\rx"):
        assert csv_cell(text) == "'" + text
    assert csv_cell(Decimal("-1.5")) == "-1,5" and csv_cell(-0.25) == "-0,25" and csv_cell(-3) == "-3"
    assert csv_cell("Amina – médecin") == "Amina – médecin" and csv_cell("") == ""


def test_calc_shows_formula_like_text_as_text_and_negative_figures_as_numbers(tmp_path):
    path = tmp_path / "injection.csv"
    path.write_bytes(csv_text([["=1+1", "@SUM(1;2)", Decimal("-1.5"), "-2"]]).encode("utf-8-sig"))
    assert calc_rows(path, tmp_path) == [[("string", "'=1+1"), ("string", "'@SUM(1;2)"), ("float", "-1.5"),
                                          ("string", "'-2")]]


def test_a_yes_or_no_must_be_a_word():
    with pytest.raises(TypeError):
        csv_cell(True)


def calc_rows(csv_path, tmp_path) -> list[list[tuple[str, str]]]:
    """The CSV opened by LibreOffice Calc in French, as (type, value) cells: ("float", "1.5"), ("date",
    "2026-11-23"), ("string", "Amina"). Skips when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", f"--infilter={FRENCH_CSV}",
         "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(csv_path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    converted = tmp_path / "ods" / csv_path.with_suffix(".ods").name
    assert converted.exists(), result.stderr
    rows = []
    for row in load(str(converted)).spreadsheet.getElementsByType(odf_table.TableRow):
        cells = []
        for cell in row.getElementsByType(odf_table.TableCell):
            kind = cell.getAttrNS(OFFICENS, "value-type") or ""
            value = {"float": cell.getAttrNS(OFFICENS, "value"),
                     "date": cell.getAttrNS(OFFICENS, "date-value")}.get(kind) or "\n".join(
                teletype.extractText(line) for line in cell.getElementsByType(odf_text.P))
            repeat = int(cell.getAttrNS(odf_table.TABLENS, "number-columns-repeated") or 1)
            cells += [(kind, value)] * min(repeat, 50)
        while cells and cells[-1] == ("", ""):
            cells.pop()
        rows.append(cells)
    return rows


def test_the_hours_report_opens_typed(centre_of_40, french, tmp_path):
    written = hours_export.export_report(centre_of_40, tmp_path / "heures.csv", "csv", FIRST_WEEK, LAST_DAY)
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = calc_rows(written, tmp_path)
    header, lines = rows[0], rows[1:]
    assert header[0] == ("string", "Membre") and ("string", "Objectif métier") in header
    assert len(lines) == 41 and lines[-1][0] == ("string", "Total")
    assert all(kind == "float" for line in lines for kind, _ in line[1:])
    assert all(len(line) == len(header) for line in lines)
    view = hours_export.hours.team_view(centre_of_40, FIRST_WEEK, LAST_DAY)
    first = view.rows[0]
    assert lines[0][0] == ("string", first.name)
    assert round(float(lines[0][1][1]) * 60) == first.total("target_profession")


def test_the_decision_register_opens_typed(centre_of_40, french, tmp_path):
    written = decisions_export.export_register(centre_of_40, tmp_path / "registre.csv", "csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = calc_rows(written, tmp_path)
    header, lines = rows[0], rows[1:]
    assert header[0] == ("string", "Close le") and header[-1][1] == "À revoir le"
    assert lines, "the demo centre has taken decisions"
    for line in lines:
        closed = line[0]
        assert closed[0] == "date" and date.fromisoformat(closed[1][:10]) <= DEMO_TODAY
        assert line[4][0] == "float"  # the version
        assert [kind for kind, _ in line[7:11]] == ["float"] * 4  # agree, stand aside, abstain, block
        assert len(line) < 12 or line[11][0] == "date"  # the review day, when there is one
    entries = decisions_export.decisions.register(centre_of_40)
    assert [line[1][1] for line in lines] == [entry.title for entry in entries]  # a line each, texts whole
    assert [line[5][1] for line in lines] == [entry.text.replace("\r\n", "\n") for entry in entries]
