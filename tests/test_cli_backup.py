"""``cercle backup`` and ``cercle restore``, run as a user would."""

import os
import sqlite3
import subprocess
import sys

import pytest

from app.domain.members import MemberDraft
from app.services import centre, members
from app.services.context import Context
from app.storage.engine import open_database
from tests.test_cli import cercle


@pytest.fixture
def centre_file(tmp_path):
    path = tmp_path / "centre.sqlite3"
    ctx = Context(open_database(f"sqlite:///{path}"), system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de test"))
    members.add_member(ctx, MemberDraft(name="Amina Benali"))
    ctx.engine.dispose()
    return path


def member_names(path):
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM member ORDER BY id")]
    finally:
        connection.close()


def test_backup_then_restore_with_yes(centre_file, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    result = cercle("backup", "--output", str(copy), "--database", str(centre_file))
    assert result.returncode == 0, result.stderr
    assert member_names(copy) == ["Amina Benali"]
    connection = sqlite3.connect(centre_file)
    connection.execute("UPDATE member SET name = 'Changed'")
    connection.commit()
    connection.close()
    result = cercle("restore", str(copy), "--yes", "--database", str(centre_file))
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout
    assert member_names(centre_file) == ["Amina Benali"]
    assert member_names(next(tmp_path.glob("centre.before-restore-*.sqlite3"))) == ["Changed"]


def restore_without_a_terminal(backup, database) -> subprocess.CompletedProcess:
    """``cercle restore`` without --yes, its input not a terminal: nobody can confirm."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    command = [sys.executable, "-m", "app", "restore", str(backup), "--database", str(database)]
    return subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          env=environment, timeout=120, check=False)


def test_restore_without_a_terminal_and_without_yes_is_refused(centre_file, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    assert cercle("backup", "--output", str(copy), "--database", str(centre_file)).returncode == 0
    result = restore_without_a_terminal(copy, centre_file)
    assert result.returncode == 1
    assert "--yes" in result.stderr
    assert not list(tmp_path.glob("centre.before-restore-*"))


def test_a_mistyped_database_is_refused_before_any_confirmation(centre_file, tmp_path):
    copy = tmp_path / "copy.sqlite3"
    assert cercle("backup", "--output", str(copy), "--database", str(centre_file)).returncode == 0
    typo = tmp_path / "Cercel" / "centre.sqlite3"
    result = restore_without_a_terminal(copy, typo)
    assert result.returncode == 1
    assert result.stderr.strip() == (f"cercle: {typo} does not exist. Check the path; cercle init creates a new "
                                     "centre. Nothing was created.")
    assert not typo.parent.exists()


def test_backup_to_the_data_folder_by_default(centre_file, tmp_path):
    data = tmp_path / "data"
    result = cercle("backup", "--database", str(centre_file), env={"CERCLE_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    [written] = (data / "backups").glob("cercle-*.sqlite3")
    assert str(written) == result.stdout.strip()


def test_a_missing_backup_is_refused_before_any_confirmation(centre_file, tmp_path):
    result = restore_without_a_terminal(tmp_path / "cercle-2026-11-20T0800.sqlite3", centre_file)
    assert result.returncode == 1
    assert "There is no file" in result.stderr and "--yes" not in result.stderr
    assert member_names(centre_file) == ["Amina Benali"]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a terminal of its own needs a POSIX system")
def test_the_question_answered_no_restores_nothing(centre_file, tmp_path):
    """In a terminal, the question comes once the backup has been checked; "n" leaves the centre as it was."""
    copy = tmp_path / "copy.sqlite3"
    assert cercle("backup", "--output", str(copy), "--database", str(centre_file)).returncode == 0
    before = centre_file.read_bytes()
    controller, terminal = os.openpty()
    try:
        os.write(controller, b"n\n")
        environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
        result = subprocess.run([sys.executable, "-m", "app", "restore", str(copy), "--database",
                                 str(centre_file)], stdin=terminal, capture_output=True, text=True,
                                env=environment, timeout=120, check=False)
    finally:
        os.close(terminal)
        os.close(controller)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(f"Replace the centre sqlite:///{centre_file} by {copy}?")
    assert result.stdout.rstrip().endswith("Nothing was restored.")
    assert centre_file.read_bytes() == before
    assert not list(tmp_path.glob("centre.before-restore-*"))
