"""The command line's help and argparse's own words (« usage: », « invalid choice ») in the user's language.

The help texts are marked ``QT_TRANSLATE_NOOP("Cli", …)`` where the commands are declared, and argparse's
own texts are listed below under the same context: cercle_fr.ts translates them all, as it does every other
text of Cercle. argparse words its messages through gettext's ``_``, for which Python ships no French; rather
than a second translation system beside Qt's, argparse's ``_`` (and its naming of an argument in an error)
is pointed at Qt's translations while the parser parses (:func:`speaking`), and the parser's
:class:`Formatter` then translates the texts the parser holds when it writes a help or a usage.

Only then, never while the parser is built (argparse formats metavars and usages to check them): argparse
calls ``_`` while parsing only to word a mistake, so a command typed right does not load Qt before its
database layer (see app.cli.load_before_qt), and ``--language en`` never loads Qt for a help.
"""

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, Marked

CONTEXT = "Cli"
# The texts of Python 3.11's argparse that Cercle's commands can show, as argparse writes them (a test checks
# that they still are its own).
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
)
# argparse writes a heading followed by a colon, before which French puts a space: the colon is translated too.
HEADINGS = (QT_TRANSLATE_NOOP("Cli", "positional arguments:"), QT_TRANSLATE_NOOP("Cli", "options:"))
# The placeholders of the values in the usage, the help and the errors: the metavars given, and those argparse
# makes of an option's destination in capitals and of a positional argument's as it is. Only these are
# translated: a command's name or a choice is typed as it is written.
PLACEHOLDERS = frozenset({
    QT_TRANSLATE_NOOP("Cli", "COMMAND"),
    QT_TRANSLATE_NOOP("Cli", "ACTION"),
    QT_TRANSLATE_NOOP("Cli", "PATH_OR_URL"),
    QT_TRANSLATE_NOOP("Cli", "URL"),
    QT_TRANSLATE_NOOP("Cli", "FILE"),
    QT_TRANSLATE_NOOP("Cli", "YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("Cli", "YYYY"),
    QT_TRANSLATE_NOOP("Cli", "NAME"),
    QT_TRANSLATE_NOOP("Cli", "MEETING_ID"),
    QT_TRANSLATE_NOOP("Cli", "SHIFT_ID"),
    QT_TRANSLATE_NOOP("Cli", "START"),
    QT_TRANSLATE_NOOP("Cli", "END"),
    QT_TRANSLATE_NOOP("Cli", "SEATS"),
    QT_TRANSLATE_NOOP("Cli", "LABEL"),
    QT_TRANSLATE_NOOP("Cli", "CATEGORY"),
    QT_TRANSLATE_NOOP("Cli", "SEARCH"),
    QT_TRANSLATE_NOOP("Cli", "MEMBERS"),
    QT_TRANSLATE_NOOP("Cli", "YEARS"),
    QT_TRANSLATE_NOOP("Cli", "PARTNER"),
    QT_TRANSLATE_NOOP("Cli", "PHONE"),
    QT_TRANSLATE_NOOP("Cli", "EMAIL"),
    QT_TRANSLATE_NOOP("Cli", "WEEK"),
    QT_TRANSLATE_NOOP("Cli", "MEMBER"),
    QT_TRANSLATE_NOOP("Cli", "KIND"),
    QT_TRANSLATE_NOOP("Cli", "FIRST_DAY"),
    QT_TRANSLATE_NOOP("Cli", "LAST_DAY"),
    QT_TRANSLATE_NOOP("Cli", "ABSENCE_ID"),
    QT_TRANSLATE_NOOP("Cli", "NOTE"),
    QT_TRANSLATE_NOOP("Cli", "name"),
    QT_TRANSLATE_NOOP("Cli", "id"),
    QT_TRANSLATE_NOOP("Cli", "path"),
    QT_TRANSLATE_NOOP("Cli", "kind"),
})

_language: str | None = None  # --language; None: the one chosen in the settings, else the system's
_speaking = False  # whether the parser is parsing, hence maybe writing a help or a mistake
_installed = False  # whether that language's translations are installed (when a first text needs them)


def use(language: str | None) -> None:
    """The language of the command line's words from now on: the one typed (--language), None for the
    preferred one; its translations are installed when first needed."""
    global _language, _installed
    _language, _installed = language, False


def translated(text: str) -> str:
    """``text`` (a marked source text, or argparse's) in the command line's language, while the parser
    speaks; as it is while the parser is built."""
    if not _speaking or _language == "en":  # the source language: no need to load Qt
        return text
    _install_translations()
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def said(error: CercleError) -> str:
    """An error of Cercle's met while parsing (an argument's type refusing a value), in the user's language."""
    _install_translations()
    from app import i18n

    return i18n.message(error)


def _install_translations() -> None:
    """Cercle's and Qt's translations for the language in use, installed the first time they are needed."""
    global _installed
    if not _installed:
        from PySide6.QtCore import QCoreApplication

        from app import i18n

        i18n.install(QCoreApplication.instance() or QCoreApplication([sys.argv[0]]), _language)
        _installed = True


def _placeholder(word: str) -> str:
    return translated(word) if word in PLACEHOLDERS else word


@contextmanager
def speaking() -> Iterator[None]:
    """Meanwhile, the help, argparse's own messages and the arguments they name speak the user's language."""
    global _speaking
    module = vars(argparse)
    saved = module["_"], module["_get_action_name"]
    name_of: Callable[[argparse.Action | None], str | None] = saved[1]

    def translated_name(argument: argparse.Action | None) -> str | None:
        name = name_of(argument)
        return name and _placeholder(name)

    module.update(_=translated, _get_action_name=translated_name)
    _speaking = True
    try:
        yield
    finally:
        _speaking = False
        module.update(_=saved[0], _get_action_name=saved[1])


class Formatter(argparse.HelpFormatter):
    """Writes the help and the usage with the texts the parser holds, translated."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(heading and translated(f"{heading}:").removesuffix(":"))

    def add_text(self, text: str | None) -> None:
        """The description, translated; not the version, which would load Qt for nothing."""
        super().add_text(translated(text) if isinstance(text, Marked) else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return action.help and translated(action.help)

    def _metavar_formatter(self, action: argparse.Action,
                           default_metavar: str) -> Callable[[int], tuple[str, ...]]:
        written = super()._metavar_formatter(action, default_metavar)
        return lambda size: tuple(_placeholder(word) for word in written(size))


class Parser(argparse.ArgumentParser):
    """A parser, and its sub-commands' parsers, whose help is written by :class:`Formatter`."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**{**kwargs, "formatter_class": Formatter})
