"""The desktop entry and the AppStream metadata validate where the validators are installed."""

import shutil
import subprocess
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parent.parent / "packaging" / "linux"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(LINUX / "fr.cercle.Cercle.desktop")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="Debian's appstream package is not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(LINUX / "fr.cercle.Cercle.metainfo.xml")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_speaks_french_and_english():
    entry = (LINUX / "fr.cercle.Cercle.desktop").read_text(encoding="utf-8")
    for key in ("Name", "Comment", "GenericName"):
        assert f"\n{key}=" in "\n" + entry and f"\n{key}[fr]=" in "\n" + entry


def test_icons_in_every_size():
    sizes = {path.parent.parent.name for path in (LINUX / "icons" / "hicolor").glob("*/apps/fr.cercle.Cercle.*")}
    assert {"scalable", "16x16", "32x32", "48x48", "64x64", "128x128", "256x256"} <= sizes
