"""Demo folders: removed with their demo, and those of a killed Cercle at a later start; never one in use."""

import os
import subprocess
import sys
import tempfile
import time

import pytest

from app.demo import folders as demo_folders


@pytest.fixture(autouse=True)
def own_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def finished_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def folder_of(pid: int | None, age_hours: float = 0):
    folder = demo_folders.create()
    if pid is None:
        (folder / demo_folders.OWNER).unlink()
    else:
        (folder / demo_folders.OWNER).write_text(str(pid))
    moment = time.time() - age_hours * 3600
    os.utime(folder, (moment, moment))
    return folder


def test_a_demo_folder_is_private_and_names_its_cercle(tmp_path):
    folder = demo_folders.create()
    assert folder.parent == tmp_path and folder.name.startswith("cercle-demo-")
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert (folder / demo_folders.OWNER).read_text() == str(os.getpid())


def test_only_the_folders_of_cercles_no_longer_running_are_removed(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        dead = folder_of(finished_pid(), age_hours=0.1)
        dead_long_ago = folder_of(finished_pid(), age_hours=30)
        mine = folder_of(os.getpid(), age_hours=48)
        other_running = folder_of(sleeper.pid, age_hours=48)
        unmarked_new = folder_of(None, age_hours=1)
        unmarked_old = folder_of(None, age_hours=25)
        (tmp_path / "cercle-demo-file").write_text("not a folder")
        removed = demo_folders.remove_abandoned()
    finally:
        sleeper.kill()
        sleeper.wait()
    assert sorted(removed) == sorted([dead, dead_long_ago, unmarked_old])
    assert not any(folder.exists() for folder in removed)
    assert all(folder.exists() for folder in (mine, other_running, unmarked_new))
    assert (tmp_path / "cercle-demo-file").exists()
