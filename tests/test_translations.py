"""French is complete: every English source string of the code has its French, compiled and in use."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import paths

TRANSLATIONS = paths.resource_dir() / "translations"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory) -> Path:
    """The committed .ts brought up to date with the code by lupdate, in a temporary copy."""
    copy = tmp_path_factory.mktemp("ts") / "cercle_fr.ts"
    shutil.copy(TRANSLATIONS / "cercle_fr.ts", copy)
    subprocess.run([TOOLS / "pyside6-lupdate", "-extensions", "py", "-no-obsolete", str(paths.REPO_ROOT / "app"),
                    "-ts", str(copy)], check=True, capture_output=True)
    return copy


def test_every_string_of_the_code_is_translated(refreshed_ts):
    untranslated = [f"{context}: {source}" for context, source, translation in messages(refreshed_ts)
                    if translation.get("type") == "unfinished" or not translation.text]
    assert untranslated == [], "run `make translations` and translate these in resources/translations/cercle_fr.ts"


def test_translations_keep_their_placeholders():
    wrong = [source for _context, source, translation in messages(TRANSLATIONS / "cercle_fr.ts")
             if translation.text and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(translation.text))]
    assert wrong == []


def test_compiled_translations_are_up_to_date(tmp_path):
    compiled = tmp_path / "cercle_fr.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", str(TRANSLATIONS / "cercle_fr.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (TRANSLATIONS / "cercle_fr.qm").read_bytes(), "run `make translations`"


def test_the_window_speaks_french(qapp):
    from app import i18n
    from app.ui.formatting import long_date
    from app.ui.mainwindow import page_titles

    try:
        assert i18n.install(qapp, "fr") == "fr"
        assert page_titles()["my_week"] == "Ma semaine"
        from datetime import date

        assert long_date(date(2026, 11, 23)) == "lundi 23 novembre 2026"
    finally:
        i18n.install(qapp, "en")
