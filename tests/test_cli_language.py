"""The command's help and argparse's own messages speak the user's language: French on a French system or
with ``--language fr``, English with ``--language en`` (app.cli.translation)."""

import argparse
import inspect
import json
import re
import subprocess
import sys

from app.cli import build_parser, translation
from app.domain.errors import Marked
from tests.french import typeset
from tests.test_cli import cercle
from tests.test_cli_imports import database_of, imports_of

FRENCH_SYSTEM = {"LANGUAGE": "fr"}  # what Qt reads as the system's language (LC_ALL is C.UTF-8 in cercle())
MISTAKES = {  # a usage mistake of each kind, and what French says of it
    "missing argument": (["people", "add"], "arguments obligatoires manquants : nom"),
    "invalid choice": (["people", "add", "Awa", "--role", "mayor"], "argument --role : choix invalide : « mayor »"),
    "invalid value": (["people", "erase", "first"], "argument numéro : valeur invalide : « first »"),
}


def every_parser(parser: argparse.ArgumentParser):
    """``parser`` and its sub-commands' parsers, at every depth."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield from every_parser(command)


def helps(parser: argparse.ArgumentParser) -> list[str]:
    """The help texts ``parser`` shows: its arguments', and its sub-commands' in its list of them."""
    commands = [choice for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                for choice in action._choices_actions]
    return [action.help for action in [*parser._actions, *commands] if action.help]


def squeezed(text: str) -> str:
    return " ".join(text.split())


def placeholder(action: argparse.Action) -> str | None:
    """What the usage shows for the value of ``action``, when it is a word to translate: not the choices nor
    a range (``--region metropole|alsace-moselle``, ``--weeks 1..104``), typed as they are written."""
    if action.nargs == 0 or (action.metavar is None and action.choices is not None):
        return None
    shown = action.metavar or (action.dest.upper() if action.option_strings else action.dest)
    return None if "|" in shown or ".." in shown else shown


def test_every_text_of_the_help_is_marked_for_translation():
    """A help, a heading or a value's placeholder added without its mark would stay in English."""
    unmarked = []
    for parser in every_parser(build_parser()):
        unmarked += [group.title for group in parser._action_groups if f"{group.title}:" not in translation.HEADINGS]
        unmarked += [text for text in helps(parser)
                     if not (isinstance(text, Marked) and text.context == "Cli") and text not in translation.ARGPARSE_TEXTS]
        unmarked += [word for word in map(placeholder, parser._actions) if word and word not in translation.PLACEHOLDERS]
    assert unmarked == []
    assert isinstance(build_parser().description, Marked)


def test_argparse_still_words_its_messages_as_they_are_translated():
    """A Python whose argparse words a message otherwise would show it in English again."""
    source = inspect.getsource(argparse)
    texts = [*translation.ARGPARSE_TEXTS, *(heading.removesuffix(":") for heading in translation.HEADINGS)]
    assert [text for text in texts if repr(text) not in source and f'"{text}"' not in source] == []


def test_the_help_stays_english_with_language_en():
    result = cercle("--language", "en", "--help", env=FRENCH_SYSTEM)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: cercle [-h]")
    for text in ("positional arguments:", "show this help message and exit", "check a database without changing it"):
        assert text in result.stdout


def test_usage_mistakes_stay_english_with_language_en():
    for arguments, _french in MISTAKES.values():
        result = cercle("--language", "en", *arguments, env=FRENCH_SYSTEM)
        assert result.returncode == 2
        assert result.stderr.startswith("usage: cercle people")
    english = cercle("--language", "en", "people", "add", "Awa", "--role", "mayor").stderr
    assert "error: argument --role: invalid choice: 'mayor'" in english


def test_a_refused_number_of_weeks_is_said_in_french():
    """The type of ``--weeks`` refuses a value with the domain's message, in French: it gave its English."""
    result = cercle("--language", "fr", "roster", "create-ahead", "--weeks", "500")
    assert result.returncode == 2
    assert "Les créneaux se créent de 1 à 104 semaines à l'avance, pas 500." in result.stderr


def test_a_mistake_in_the_program_options_is_said_by_the_whole_parser():
    """An ambiguous option among the program's own was said by the options read first: in English, with a
    usage that had no commands."""
    result = cercle("--l", "fr", "check")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: cercle [-h]") and "COMMAND ..." in result.stderr
    assert "ambiguous option: --l could match --language, --log-level" in result.stderr


def test_a_help_in_english_loads_no_qt():
    script = ("import json, sys\nfrom app.cli import main\n"
              "try:\n    main(['--language', 'en', 'people', 'add', '--help'])\nexcept SystemExit:\n    pass\n"
              "print(json.dumps('PySide6.QtCore' in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) is False


def test_a_command_typed_right_in_french_loads_qt_after_its_database_layer(ctx, tmp_path):
    """Its parser is built and read without a word translated: Qt comes after SQLModel, as in English."""
    loaded = imports_of(["--language", "fr", "check", "--database", database_of(ctx)], tmp_path)
    assert loaded.index("sqlmodel") < loaded.index("PySide6.QtCore")


# The tests below read the command line's strings in French: they pass once cercle_fr.ts has them.

def test_the_help_speaks_french_on_a_french_system():
    result = cercle("--help", env=FRENCH_SYSTEM)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(typeset("utilisation : cercle [-h]"))
    for text in ("COMMANDE ...", typeset("arguments :"), typeset("options :"), "afficher cette aide et quitter",
                 "vérifier une base de données sans la modifier", "--database CHEMIN_OU_URL"):
        assert text in result.stdout
    assert "usage" not in result.stdout and "show this help" not in result.stdout


def test_every_command_help_reads_in_french(qapp):
    """No help, heading nor argparse text of any command left in English."""
    from app import i18n

    parsers = list(every_parser(build_parser()))
    try:
        translation.use("fr")
        with translation.speaking():
            pages = {parser.prog: " ".join(parser.format_help().split()) for parser in parsers}
    finally:
        translation.use(None)
        i18n.install(qapp, "en")
    # split() takes no-break spaces for spaces too
    assert [prog for prog, page in pages.items() if not page.startswith("utilisation : ")] == []
    left_in_english = [text for parser in parsers for text in [*helps(parser), *translation.HEADINGS]
                       if squeezed(text) in pages[parser.prog]]
    assert left_in_english == []


def test_usage_mistakes_are_said_in_french():
    for arguments, french in MISTAKES.values():
        for language in (["--language", "fr"], []):
            result = cercle(*language, *arguments, env=FRENCH_SYSTEM)
            assert result.returncode == 2
            assert result.stderr.startswith(typeset("utilisation : cercle people"))
            assert typeset(f"cercle people {arguments[1]} : erreur : {french}") in result.stderr


def test_argparse_texts_keep_their_placeholders_in_french(qapp):
    """argparse fills its French with the values of its English: a placeholder lost or added would fail."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n

    def placeholders(text: str) -> tuple[list[str], int]:
        return sorted(re.findall(r"%\((\w+)\)", text)), len(re.findall(r"%[sr]", text))

    try:
        i18n.install(qapp, "fr")
        french = {text: QCoreApplication.translate("Cli", text) for text in translation.ARGPARSE_TEXTS}
    finally:
        i18n.install(qapp, "en")
    assert [text for text in french if text == french[text]] == []
    assert {text: french[text] for text in french
            if placeholders(french[text])[1] != placeholders(text)[1]
            or not set(placeholders(french[text])[0]) <= set(placeholders(text)[0])} == {}
