"""The cycle collector while Cercle starts (app.start_up): rare during the start, as usual once started."""

import gc
import os
import subprocess
import sys

import pytest

from app import start_up
from tests.test_cli import demo_file  # noqa: F401 - the fixture: a demo centre made by ``cercle demo create``


@pytest.fixture
def collector():
    """Python's collector as the test found it, given back whatever the test did to it."""
    usual = gc.get_threshold()
    yield usual
    start_up._usual = None
    gc.set_threshold(*usual)
    gc.unfreeze()


def test_a_start_collects_rarely_then_freezes_what_it_made(collector):
    start_up.begin()
    assert gc.get_threshold() == (start_up.START_THRESHOLD, *collector[1:])
    start_up.begin()  # a second call changes nothing: the usual thresholds are still known
    start_up.end()
    assert gc.get_threshold() == collector
    assert gc.get_freeze_count() > 0


def test_an_end_without_a_start_changes_nothing(collector):
    frozen = gc.get_freeze_count()
    start_up.end()
    assert gc.get_threshold() == collector
    assert gc.get_freeze_count() == frozen


def run_python(script: str, data_dir) -> list[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CERCLE_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def test_the_window_collects_as_usual_once_started(demo_file, tmp_path):  # noqa: F811 - the fixture
    script = ("import gc, sys\nfrom app.cli import main\n"
              f"sys.argv = ['cercle', '--database', {str(demo_file)!r}, '--quit-after-start']\n"
              "assert main() == 0\nprint(gc.get_threshold()[0], gc.get_freeze_count() > 0)\n")
    assert run_python(script, tmp_path)[-1] == f"{gc.get_threshold()[0]} True"


def test_a_command_works_with_the_usual_collector(demo_file, tmp_path):  # noqa: F811 - the fixture
    """The start's threshold is for loading the modules only: the command's own work collects as usual."""
    script = ("import gc, sys\nfrom app import cli\nreal = cli.run_headless\n"
              "def observed(command, args):\n"
              "    def seen(arguments):\n"
              "        print(gc.get_threshold()[0], gc.get_freeze_count() > 0, flush=True)\n"
              "        return command(arguments)\n"
              "    return real(seen, args)\n"
              "cli.run_headless = observed\n"
              f"sys.argv = ['cercle', 'check', '--database', {str(demo_file)!r}]\ncli.main()\n")
    printed = run_python(script, tmp_path)
    assert printed[0] == f"{gc.get_threshold()[0]} True"
    assert "members" in printed[1]  # the check's own words: the command ran
