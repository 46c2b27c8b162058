"""``cercle workshops export`` on the demo centre, run as a user would."""

import pytest

from tests.test_cli import cercle, demo_years


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("workshops") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_ics_export_has_the_demo_sessions(demo_file, tmp_path):
    output = tmp_path / "ateliers.ics"
    start, end = demo_years()
    result = cercle(
        "workshops",
        "export",
        "--from",
        start,
        "--to",
        end,
        "--format",
        "ics",
        "--output",
        str(output),
        "--database",
        str(demo_file),
    )
    assert result.returncode == 0, result.stderr
    text = output.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") >= 15
    assert "Cuisine du march" in text and "Nadia" not in text  # never a participant


def test_pdf_programme_and_a_bad_period(demo_file, tmp_path):
    output = tmp_path / "programme.pdf"
    result = cercle(
        "workshops",
        "export",
        "--from",
        "2026-11-01",
        "--to",
        "2026-12-31",
        "--format",
        "pdf",
        "--output",
        str(output),
        "--database",
        str(demo_file),
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(b"%PDF")
    result = cercle(
        "workshops",
        "export",
        "--from",
        "2026-12-31",
        "--to",
        "2026-11-01",
        "--format",
        "pdf",
        "--output",
        str(tmp_path / "none.pdf"),
        "--database",
        str(demo_file),
    )
    assert result.returncode != 0 and "ends before it starts" in result.stderr
    assert not (tmp_path / "none.pdf").exists()
