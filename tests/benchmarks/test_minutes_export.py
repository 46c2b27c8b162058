"""Exporting the minutes of a long meeting (20 items, 10 decisions) to PDF and ODT, and, process against
process, ``cercle minutes export … --format pdf`` against LibreOffice converting that meeting's ODT with
``soffice --headless --convert-to pdf`` (goal of issue 18: Cercle at least 5 times faster).

LibreOffice's user profile is made first, by one conversion that is not timed, in a folder of its own
(``-env:UserInstallation``): every timed conversion then starts like a second one on a person's computer.
The two processes are timed in turn in the same run; the medians and their ratio go in ``extra_info``, with
the floor of any command (cli_processes.FLOOR), timed in turn too: the best ratio reading through SQLModel.
"""

import shutil

import pytest

from app.exports.minutes import export_minutes
from app.services import centre
from app.services.context import Context
from app.storage.engine import open_database
from tests.benchmarks.cli_processes import (
    FLOOR,
    ROUNDS,
    byte_compile_cercle,
    cercle_command,
    interleaved_medians,
    person_environment,
    run_timed,
)
from tests.conftest import TEST_NOW
from tests.exports.test_minutes import full_meeting

GOAL_RATIO = 5  # soffice / cercle, process against process


@pytest.fixture(scope="module")
def long_meeting(tmp_path_factory):
    path = tmp_path_factory.mktemp("minutes") / "minutes.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
    meeting_id = full_meeting(ctx, items=20, decided=10)
    yield ctx, meeting_id, path
    engine.dispose()


@pytest.mark.parametrize("fmt", ["pdf", "odt"])
def test_minutes_export(benchmark, qapp, long_meeting, tmp_path, fmt):
    ctx, meeting_id, _ = long_meeting
    target = tmp_path / f"minutes.{fmt}"
    path = benchmark(export_minutes, ctx, meeting_id, target, fmt)
    assert path.read_bytes()[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
    benchmark.extra_info["format"] = fmt


def test_cercle_command_against_soffice(benchmark, qapp, long_meeting, tmp_path):
    """``cercle minutes export`` against soffice converting the same meeting's ODT; skipped without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: nothing to compare with")
    ctx, meeting_id, database = long_meeting
    odt = export_minutes(ctx, meeting_id, tmp_path / "minutes.odt", "odt")
    profile, converted = tmp_path / "libreoffice-profile", tmp_path / "converted"
    convert = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
               "--outdir", str(converted), str(odt)]
    ours = tmp_path / "cercle.pdf"
    export = cercle_command("minutes", "export", str(meeting_id), "--format", "pdf", "--output", str(ours),
                            "--database", str(database))
    env = person_environment(tmp_path / "home")
    byte_compile_cercle()
    run_timed(convert)  # makes LibreOffice's profile: not timed
    run_timed(export, env)  # and Cercle's first start (its settings file, the system's caches)
    rounds = ROUNDS if benchmark.enabled else 1
    medians = {}

    def both():
        medians.update(interleaved_medians({"cercle": lambda: run_timed(export, env),
                                            "soffice": lambda: run_timed(convert),
                                            "floor": lambda: run_timed(FLOOR, env)}, rounds))

    benchmark.pedantic(both, rounds=1, iterations=1)
    assert ours.read_bytes().startswith(b"%PDF") and (converted / "minutes.pdf").read_bytes().startswith(b"%PDF")
    figures = {"cercle_s": round(medians["cercle"], 3), "soffice_s": round(medians["soffice"], 3),
               "ratio_soffice_to_cercle": round(medians["soffice"] / medians["cercle"], 2), "rounds": rounds,
               "floor_s": round(medians["floor"], 3),
               "ratio_soffice_to_floor": round(medians["soffice"] / medians["floor"], 2)}
    benchmark.extra_info.update(figures)
    print(figures)
    if benchmark.enabled:
        assert figures["ratio_soffice_to_cercle"] >= GOAL_RATIO, figures
