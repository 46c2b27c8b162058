"""French is complete: every English source string of the code has its French, compiled and in use."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import paths
from tests.french import typeset

TRANSLATIONS = paths.resource_dir() / "translations"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def messages(ts: Path):
    """(context, source, translation element, its texts: one, or one per plural form)."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            yield context.findtext("name"), message.findtext("source"), translation, forms


def refreshed(tmp_path_factory, name: str, *options: str) -> Path:
    """The committed .ts brought up to date with the code by lupdate, in a temporary copy."""
    copy = tmp_path_factory.mktemp("ts") / name
    shutil.copy(TRANSLATIONS / name, copy)
    subprocess.run([TOOLS / "pyside6-lupdate", "-extensions", "py", "-no-obsolete", *options,
                    str(paths.REPO_ROOT / "app"), "-ts", str(copy)], check=True, capture_output=True)
    return copy


@pytest.fixture(scope="module")
def refreshed_ts(tmp_path_factory) -> Path:
    return refreshed(tmp_path_factory, "cercle_fr.ts")


@pytest.fixture(scope="module")
def refreshed_plurals(tmp_path_factory) -> Path:
    """English is the source language: its file holds the plural forms only ("1 member", "2 members")."""
    return refreshed(tmp_path_factory, "cercle_en.ts", "-pluralonly")


@pytest.mark.parametrize("ts", ["refreshed_ts", "refreshed_plurals"])
def test_every_string_of_the_code_is_translated(request, ts):
    untranslated = [f"{context}: {source}"
                    for context, source, translation, forms in messages(request.getfixturevalue(ts))
                    if translation.get("type") == "unfinished" or not all(forms)]
    assert untranslated == [], "run `make translations` and translate these in resources/translations/"


@pytest.mark.parametrize("name", ["cercle_fr.ts", "cercle_en.ts"])
def test_translations_keep_their_placeholders(name):
    wrong = [source for _context, source, _translation, forms in messages(TRANSLATIONS / name) for text in forms
             if text and set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text))]
    assert wrong == []


def test_french_punctuation_is_not_left_alone_at_a_line_start():
    loose = [text for _context, _source, _translation, forms in messages(TRANSLATIONS / "cercle_fr.ts")
             for text in forms if text and typeset(text) != text]
    assert loose == [], "a non-breaking space (U+00A0) goes before ? ! : ; and inside « » (tests/french.py)"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_compiled_translations_are_up_to_date(tmp_path, language):
    compiled = tmp_path / f"cercle_{language}.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", str(TRANSLATIONS / f"cercle_{language}.ts"), "-qm", str(compiled)],
                   check=True, capture_output=True)
    assert compiled.read_bytes() == (TRANSLATIONS / f"cercle_{language}.qm").read_bytes(), "run `make translations`"


def test_the_window_speaks_french(qapp):
    from app import i18n
    from app.formatting import long_date
    from app.ui.mainwindow import page_titles

    try:
        assert i18n.install(qapp, "fr") == "fr"
        assert page_titles()["my_week"] == "Ma semaine"
        from datetime import date

        assert long_date(date(2026, 11, 23)) == "lundi 23 novembre 2026"
    finally:
        i18n.install(qapp, "en")


def marked_in_code(*packages: str):
    """Every QT_TRANSLATE_NOOP(context, text) written in these packages, as (context, text)."""
    import ast

    for package in packages:
        for source in sorted((paths.REPO_ROOT / "app" / package).rglob("*.py")):
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                    context, text = (ast.literal_eval(argument) for argument in node.args)
                    yield context, text


def french_of() -> dict[tuple[str, str], str]:
    return {(context, source): translation.text
            for context, source, translation, _forms in messages(TRANSLATIONS / "cercle_fr.ts")
            if translation.text and translation.get("type") != "unfinished"}


def test_every_service_message_has_its_french_under_its_own_context():
    french = french_of()
    missing = [f"{context}: {text}" for context, text in marked_in_code("domain", "services")
               if (context, text) not in french]
    assert missing == []


def test_a_marked_text_is_translated_with_the_context_it_was_marked_with(qapp):
    """Warnings, rules, notifications…: each under its own context, not all as "Errors"."""
    import importlib
    import pkgutil

    import app.domain
    import app.services
    from app import i18n
    from app.domain.errors import Marked

    modules = [importlib.import_module(info.name) for package in (app.domain, app.services)
               for info in pkgutil.iter_modules(package.__path__, package.__name__ + ".")]
    marked = {value for module in modules for value in vars(module).values() if isinstance(value, Marked)}
    assert {"Warnings", "Rules", "Errors"} <= {text.context for text in marked}
    french = french_of()
    try:
        i18n.install(qapp, "fr")
        wrong = [f"{text.context}: {text}" for text in marked
                 if i18n.translate(text) != french[(text.context, text)]]
    finally:
        i18n.install(qapp, "en")
    assert wrong == []


def test_a_rota_warning_reads_in_french_with_its_day_written_out(qapp):
    from datetime import date

    from app import i18n
    from app.services.rota import NOT_WORKING_DAY, RotaWarning

    try:
        i18n.install(qapp, "fr")
        text = i18n.message(RotaWarning(NOT_WORKING_DAY, day=date(2027, 5, 6), name="Élodie"))
    finally:
        i18n.install(qapp, "en")
    assert text == "Le jeudi 6 mai 2027 ne fait pas partie des jours de travail habituels d'Élodie."


def test_qt_own_dialogs_speak_french(qapp):
    """The file dialogs and standard buttons come from Qt's own translations (qtbase_fr)."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from app import i18n

    try:
        i18n.install(qapp, "fr")
        dialog = QFileDialog(None)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        dialog.deleteLater()
    finally:
        i18n.install(qapp, "en")
    assert "Voir dans\u00a0:" in labels and "Fichiers de type\u00a0:" in labels
