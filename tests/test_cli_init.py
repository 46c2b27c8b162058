"""No centre by accident: only ``cercle init`` (and ``demo create``, ``server init``) creates a database."""

import pytest

from tests.test_cli import cercle

COMMANDS = [
    ("check",),
    ("backup", "--output", "{folder}/backup.sqlite3"),
    ("restore", "--yes", "{folder}/backup.sqlite3"),
    ("decisions", "close-due"),
    ("roster", "create-ahead"),
    ("hours", "report", "--from", "2026-11-02", "--to", "2026-11-29", "--format", "csv",
     "--output", "{folder}/hours.csv"),
    ("roster", "export", "--member", "Amina Benali", "--format", "ics", "--output", "{folder}/shifts.ics"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: "-".join(command[:2]))
def test_a_mistyped_path_is_refused_and_nothing_is_created(tmp_path, command):
    folder = tmp_path / "out"
    folder.mkdir()
    typo = tmp_path / "Cercel" / "cercle.sqlite3"
    result = cercle("--language", "fr", *(part.format(folder=folder) for part in command), "--database", str(typo))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"cercle: {typo} n'existe pas. Vérifiez le chemin ; cercle init crée "
                                     "un nouveau centre. Rien n'a été créé.")
    assert not typo.parent.exists() and list(folder.iterdir()) == []


def test_an_empty_file_is_not_made_a_centre(tmp_path):
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    output = tmp_path / "register.csv"
    result = cercle("decisions", "export", "--format", "csv", "--output", str(output), "--database", str(empty))
    assert result.returncode == 1 and "holds no centre" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert empty.stat().st_size == 0 and not output.exists()


def test_init_creates_an_empty_centre_once(database_url):
    before = cercle("decisions", "close-due", "--database", database_url)
    assert before.returncode == 1 and ("holds no centre" in before.stderr or "does not exist" in before.stderr)
    created = cercle("init", "--database", database_url, "--name", "  Maison de santé  du Port ",
                     "--region", "alsace-moselle")
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("The centre Maison de santé du Port is ready in ")
    assert "password" not in created.stdout
    after = cercle("decisions", "close-due", "--database", database_url)
    assert after.returncode == 0 and after.stdout.strip() == "0"
    again = cercle("init", "--database", database_url, "--name", "Autre centre")
    assert again.returncode == 1 and again.stderr.strip() == "cercle: This database already holds a centre."


def test_init_refuses_a_bad_region_before_creating_anything(tmp_path):
    path = tmp_path / "new" / "centre.sqlite3"
    result = cercle("--language", "fr", "init", "--database", str(path), "--name", "Centre", "--region", "corse")
    assert result.returncode == 1 and result.stderr.strip() == "cercle: Région de jours fériés inconnue : corse."
    assert not path.parent.exists()


def test_init_refuses_a_file_of_another_program(tmp_path):
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"not a database at all, but someone's notes")
    result = cercle("init", "--database", str(other), "--name", "Centre")
    assert result.returncode == 1 and "is not a Cercle database" in result.stderr
    assert other.read_bytes() == b"not a database at all, but someone's notes"


def test_migrate_refuses_a_source_that_does_not_exist(tmp_path):
    source, target = tmp_path / "typo" / "centre.sqlite3", tmp_path / "copy.sqlite3"
    result = cercle("migrate", "--from", f"sqlite:///{source}", "--to", f"sqlite:///{target}")
    assert result.returncode == 1 and "does not exist" in result.stderr
    assert not source.parent.exists() and not target.exists()


def test_server_init_and_migrate_report_in_the_reader_s_words(tmp_path):
    """Not « schema 0023 » nor « balance_stamp: 1 rows, sha256 … »: sentences, translated like every other."""
    empty, copy = tmp_path / "empty.sqlite3", tmp_path / "copy.sqlite3"
    ready = cercle("server", "init", "--database", f"sqlite:///{empty}")
    assert ready.returncode == 0
    assert ready.stdout.startswith(f"The database {empty} is ready for a centre (schema ")
    source = tmp_path / "centre.sqlite3"
    assert cercle("init", "--database", str(source), "--name", "Centre").returncode == 0
    moved = cercle("migrate", "--from", f"sqlite:///{source}", "--to", f"sqlite:///{copy}")
    assert moved.returncode == 0
    assert any(line.startswith("centre: 1 row(s) copied, checksum (SHA-256) ") for line in moved.stdout.splitlines())

