"""A centre this computer may only read is opened read-only, never called damaged.

The suite runs as root, and root ignores file permissions: the commands run here without the
capabilities that let it (setpriv), so that a file mode or a folder mode bites as it does for a user.
"""

import hashlib
import os
import shutil
import subprocess
import sys

import pytest

from tests.test_cli import cercle

DROPPED = "-dac_override,-dac_read_search,-fowner"


@pytest.fixture(scope="module")
def as_a_user() -> list[str]:
    """The prefix that runs a command under file permissions like any user's."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    prefix = [setpriv, f"--bounding-set={DROPPED}", f"--inh-caps={DROPPED}"] if setpriv else []
    if not prefix or subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("running as root, and setpriv cannot drop the capabilities that ignore file permissions")
    return prefix


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("readonly") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def read_only_centre(demo_file, tmp_path):
    """A copy of the demo, mode 0444, in a folder that cannot be written either (mode 0555)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "centre.sqlite3"
    shutil.copy(demo_file, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


def run(prefix: list[str], *args: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    return subprocess.run([*prefix, sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=environment, timeout=120, check=False)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_centre_is_checked_not_called_damaged(as_a_user, read_only_centre):
    result = run(as_a_user, "check", "--database", str(read_only_centre))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: schema") and "18 members" in result.stdout


def test_a_read_only_centre_is_backed_up_without_a_record(as_a_user, read_only_centre, tmp_path):
    before = digest(read_only_centre)
    output = tmp_path / "backup.sqlite3"
    result = run(as_a_user, "backup", "--output", str(output), "--database", str(read_only_centre))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(output) and result.stderr == ""
    assert digest(read_only_centre) == before
    assert os.listdir(read_only_centre.parent) == [read_only_centre.name]  # no log left beside it
    assert cercle("check", "--database", str(output)).returncode == 0


def test_a_command_that_must_write_says_so_in_one_line_in_french(as_a_user, read_only_centre, tmp_path):
    before = digest(read_only_centre)
    result = run(as_a_user, "--language", "fr", "roster", "create-ahead", "--weeks", "40",
                 "--database", str(read_only_centre))
    assert result.returncode == 1
    assert result.stderr.strip() == (f"cercle: {read_only_centre} ne peut qu'être lu sur cet ordinateur "
                                     "(permissions ou disque en lecture seule) : rien n'a été enregistré.")
    assert digest(read_only_centre) == before


def test_an_export_from_a_read_only_centre_works(as_a_user, read_only_centre, tmp_path):
    output = tmp_path / "register.csv"
    result = run(as_a_user, "decisions", "export", "--format", "csv", "--output", str(output),
                 "--database", str(read_only_centre))
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8-sig").count("\n") > 1


def test_a_file_that_may_not_be_read_is_not_called_damaged(as_a_user, demo_file, tmp_path):
    path = tmp_path / "private.sqlite3"
    shutil.copy(demo_file, path)
    path.chmod(0o000)
    result = run(as_a_user, "--language", "fr", "check", "--database", str(path))
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "permission refusée" in result.stderr and "endommagé" not in result.stderr


def test_the_window_opens_a_read_only_centre_with_a_banner_in_french(as_a_user, read_only_centre):
    script = (
        "from app.ui.application import Controller, create_application\n"
        "from app.ui.mainwindow import MainWindow\n"
        "create_application('fr')\n"
        "window = MainWindow()\n"
        "window.show()\n"
        f"controller = Controller(window, {str(read_only_centre)!r}, interactive=False)\n"
        "assert controller.open()\n"
        "banner = window.read_only_banner\n"
        "print(banner.isHidden(), banner.text())\n"
        "controller.workspace.close()\n"
    )
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([*as_a_user, sys.executable, "-c", script], capture_output=True, text=True,
                            env=environment, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("False Lecture seule")
