"""``cercle decisions export`` and ``close-due``, run as a user would."""

import csv
import io

import pytest

from tests.test_cli import cercle


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("decisions") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_export_csv_lists_the_decisions_taken(demo_file, tmp_path):
    output = tmp_path / "register.csv"
    result = cercle(
        "decisions", "export", "--format", "csv", "--output", str(output), "--database", str(demo_file)
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:2] == ["Closed on", "Title"]
    titles = {row[1] for row in rows[1:]}
    assert "Café-accueil le samedi matin" in titles and "Prise de rendez-vous uniquement en ligne" in titles
    assert "Atelier nutrition avec la CPAM" not in titles  # still open


@pytest.mark.parametrize("fmt, magic", [("pdf", b"%PDF"), ("odt", b"PK")])
def test_export_documents(demo_file, tmp_path, fmt, magic):
    output = tmp_path / f"register.{fmt}"
    result = cercle(
        "decisions",
        "export",
        "--format",
        fmt,
        "--output",
        str(output),
        "--database",
        str(demo_file),
        "--search",
        "café",
    )
    assert result.returncode == 0, result.stderr
    assert output.read_bytes().startswith(magic)


def test_export_to_an_unwritable_place_fails_cleanly(demo_file, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = cercle(
        "decisions",
        "export",
        "--format",
        "csv",
        "--output",
        str(blocker / "register.csv"),
        "--database",
        str(demo_file),
    )
    assert result.returncode == 1
    assert result.stderr.startswith("cercle: Cannot write")


def test_close_due_is_idempotent(demo_file):
    first = cercle("decisions", "close-due", "--database", str(demo_file))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "0"  # the demo's open proposal runs for nine more days
