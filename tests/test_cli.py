"""The ``cercle`` command, run as a user would, in a separate process."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from app import __version__


def cercle(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8",
                   **(env or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=environment, timeout=120, check=False)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def demo_years() -> tuple[str, str]:
    """``--from`` and ``--to`` around the demo centre, which is built around the day it is made."""
    today = date.today()
    return date(today.year - 5, 1, 1).isoformat(), date(today.year + 5, 12, 31).isoformat()


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version():
    result = cercle("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Cercle {__version__}"


def test_check_on_the_demo(demo_file):
    before = digest(demo_file)
    result = cercle("check", "--database", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: schema")
    assert "18 members" in result.stdout
    assert digest(demo_file) == before


def test_demo_create_refuses_to_overwrite(demo_file):
    before = digest(demo_file)
    result = cercle("demo", "create", str(demo_file))
    assert result.returncode != 0
    assert "already exists" in result.stderr
    assert digest(demo_file) == before


def test_check_refuses_a_corrupt_file_and_leaves_it(demo_file, tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    shutil.copy(demo_file, path)
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2: page * 2 + 2048] = bytes(range(256)) * 8
    path.write_bytes(bytes(data))
    before = digest(path)
    result = cercle("check", "--database", str(path))
    assert result.returncode != 0
    assert "damaged" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert digest(path) == before


def test_check_refuses_a_newer_schema_and_leaves_it(demo_file, tmp_path):
    path = tmp_path / "newer.sqlite3"
    shutil.copy(demo_file, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = digest(path)
    result = cercle("check", "--database", str(path))
    assert result.returncode != 0
    assert "newer version of Cercle" in result.stderr
    assert digest(path) == before
    gui = cercle("--database", str(path), "--quit-after-start")
    assert gui.returncode != 0
    assert digest(path) == before


def test_messages_follow_the_language(demo_file):
    result = cercle("--language", "fr", "demo", "create", str(demo_file))
    assert "existe déjà" in result.stderr


def test_quit_after_start_paints_the_demo(demo_file, tmp_path):
    result = cercle("--database", str(demo_file), "--quit-after-start", env={"CERCLE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr


def test_the_lock_screen_loads_no_area_and_no_background_work(demo_file, tmp_path):
    """A start builds what the lock screen shows; the areas, the scheduler and PIN hashing load later."""
    later = ["app.storage.models.settings", "app.storage.models.audit", "app.storage.models.rooms", "app.storage.models.partners",
             "app.storage.models.decisions", "app.storage.models.hours", "app.storage.models.meetings",
             "app.storage.models.notifications", "app.storage.models.rota", "app.storage.models.workshops",
             "app.services.decisions", "app.scheduler", "apscheduler", "argon2", "alembic", "ortools", "holidays"]
    script = ("import sys\nfrom app.cli import main\n"
              f"code = main(['--database', {str(demo_file)!r}, '--quit-after-start'])\n"
              f"print(sorted(name for name in {later!r} if name in sys.modules))\nsys.exit(code)\n")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CERCLE_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_synthetic_centre(tmp_path):
    path = tmp_path / "synthetic.sqlite3"
    result = cercle("demo", "create", str(path), "--members", "40", "--years", "1")
    assert result.returncode == 0, result.stderr
    assert "40 members" in cercle("check", "--database", str(path)).stdout
