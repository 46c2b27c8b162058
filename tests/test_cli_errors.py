"""What the command says when a file, a folder or the server fails it: one line, in the user's language."""

import pytest

from tests.test_cli import cercle


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("errors") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def one_french_line(result) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_folder_given_as_the_database_is_said_so_in_french(tmp_path):
    line = one_french_line(cercle("--language", "fr", "check", "--database", str(tmp_path)))
    assert str(tmp_path) in line and "c'est un dossier, pas un fichier" in line
    assert "Is a directory" not in line


def test_an_export_onto_a_folder_is_said_so_in_french(demo_file, tmp_path):
    target = tmp_path / "register.csv"
    target.mkdir()
    line = one_french_line(cercle("--language", "fr", "decisions", "export", "--format", "csv",
                                  "--output", str(target), "--database", str(demo_file)))
    assert line == f"cercle: Impossible d'écrire {target} : c'est un dossier, pas un fichier."


def test_an_unreachable_server_is_said_so_in_french():
    line = one_french_line(cercle("--language", "fr", "check", "--database",
                                  "postgresql+psycopg://postgres@127.0.0.1:1/test"))
    assert line.startswith("cercle: Le serveur 127.0.0.1 (port 1)"), line
    assert "Connection refused" not in line and "connection failed" not in line


def test_a_command_speaks_the_language_chosen_in_the_settings(tmp_path):
    """French chosen in the window's settings on this computer: the command speaks it on an English system."""
    from app.preferences import preferences

    chosen = preferences()
    chosen.setValue("language", "fr")
    chosen.sync()
    line = one_french_line(cercle("check", "--database", str(tmp_path)))
    assert "c'est un dossier, pas un fichier" in line
    english = cercle("--language", "en", "check", "--database", str(tmp_path))
    assert "is a folder, not a file" in english.stderr, english.stderr
