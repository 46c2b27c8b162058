"""Exporting the minutes of a long meeting (20 items, 10 decisions) to PDF and ODT, and, when LibreOffice
is installed, converting that ODT to PDF with ``soffice --headless`` for comparison.

The durations and the ratio soffice / Cercle are recorded in ``extra_info``.
"""

import shutil
import subprocess
import time

import pytest

from app.exports.minutes import export_minutes
from app.services import centre
from app.services.context import Context
from app.storage.engine import open_database
from tests.conftest import TEST_NOW
from tests.exports.test_minutes import full_meeting


@pytest.fixture(scope="module")
def long_meeting(tmp_path_factory):
    path = tmp_path_factory.mktemp("minutes") / "minutes.sqlite3"
    engine = open_database(f"sqlite:///{path}")
    ctx = Context(engine, clock=lambda: TEST_NOW, system="tests")
    centre.create_centre(ctx, centre.CentreDraft(name="Centre de mesure"))
    meeting_id = full_meeting(ctx, items=20, decided=10)
    yield ctx, meeting_id
    engine.dispose()


@pytest.mark.parametrize("fmt", ["pdf", "odt"])
def test_minutes_export(benchmark, qapp, long_meeting, tmp_path, fmt):
    ctx, meeting_id = long_meeting
    target = tmp_path / f"minutes.{fmt}"
    path = benchmark(export_minutes, ctx, meeting_id, target, fmt)
    assert path.read_bytes()[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")
    benchmark.extra_info["format"] = fmt


def test_soffice_conversion_compared(benchmark, qapp, long_meeting, tmp_path):
    """Cercle's own PDF against LibreOffice converting Cercle's ODT; skipped without soffice."""
    ctx, meeting_id = long_meeting
    odt = export_minutes(ctx, meeting_id, tmp_path / "minutes.odt", "odt")
    started = time.perf_counter()
    export_minutes(ctx, meeting_id, tmp_path / "minutes.pdf", "pdf")
    ours = time.perf_counter() - started
    benchmark.extra_info["cercle_pdf_s"] = round(ours, 4)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        benchmark.extra_info["soffice"] = "absent"
        pytest.skip("soffice is not installed")
    out = tmp_path / "soffice"

    def convert():
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(out), str(odt)],
            check=True,
            capture_output=True,
            timeout=120,
        )

    benchmark.pedantic(convert, rounds=1, iterations=1)
    assert (out / "minutes.pdf").read_bytes().startswith(b"%PDF")
    theirs = benchmark.stats.stats.mean if benchmark.enabled else None
    if theirs:
        benchmark.extra_info["soffice_s"] = round(theirs, 4)
        benchmark.extra_info["ratio_soffice_to_cercle"] = round(theirs / ours, 1)
