"""``cercle hours report``, run as a user would, on the demo centre."""

import csv
from datetime import date, timedelta

import pytest

from tests.test_cli import cercle

LAST_MONDAY = date.today() - timedelta(days=date.today().weekday() + 7)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hours") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def report(demo_file, output, fmt, first=LAST_MONDAY - timedelta(weeks=3), last=LAST_MONDAY):
    return cercle("hours", "report", "--from", first.isoformat(), "--to", last.isoformat(), "--format", fmt,
                  "--output", str(output), "--database", str(demo_file))


def test_csv_report_opens_in_a_french_spreadsheet(demo_file, tmp_path):
    output = tmp_path / "hours.csv"
    result = report(demo_file, output, "csv")
    assert result.returncode == 0, result.stderr
    data = output.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Member", "Profession target", "Profession done"]
    assert rows[-1][0] == "Total" and len(rows) > 10
    assert all("," in value and "." not in value for value in rows[1][1:])  # decimal comma
    names = {row[0] for row in rows[1:-1]}
    assert "Amina Benali" in names


def test_pdf_report(demo_file, tmp_path):
    output = tmp_path / "hours.pdf"
    result = report(demo_file, output, "pdf")
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")


def test_a_period_ending_before_it_starts_fails_cleanly(demo_file, tmp_path):
    output = tmp_path / "hours.csv"
    result = report(demo_file, output, "csv", first=LAST_MONDAY, last=LAST_MONDAY - timedelta(days=10))
    assert result.returncode == 1 and "end date" in result.stderr
    assert not output.exists()


def test_a_date_that_is_not_one_is_said_so_in_the_users_language(demo_file, tmp_path):
    output = tmp_path / "hours.csv"
    result = cercle("--language", "fr", "hours", "report", "--from", "2026-13-01", "--to", "2026-12-31",
                    "--format", "csv", "--output", str(output), "--database", str(demo_file))
    assert result.returncode == 1 and not output.exists()
    assert result.stderr.strip() == ("cercle: 2026-13-01 n'est pas une date : écrivez-la sous la forme "
                                     "AAAA-MM-JJ, par exemple 2026-11-23.")


@pytest.mark.parametrize("first, last", [("9999-12-01", "9999-12-31"), ("1899-12-25", "2026-11-30")])
def test_a_period_outside_the_years_cercle_keeps_is_refused(demo_file, tmp_path, first, last):
    output = tmp_path / "hours.csv"
    result = cercle("hours", "report", "--from", first, "--to", last, "--format", "csv", "--output", str(output),
                    "--database", str(demo_file))
    assert result.returncode == 1 and not output.exists()
    assert "is outside the years Cercle keeps: 2000 to 9998." in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # said in one line, not "Cercle met an error"
