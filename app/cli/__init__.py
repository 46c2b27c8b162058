"""The ``cercle`` command: the GUI by default, headless sub-commands for checks, demo, exports, backups.

One module per area adds its sub-commands (``add_commands(subparsers)`` setting ``run``); what they share
is in app.cli.common. Heavy modules are imported inside each command, so that the GUI can paint its window
first and a command loads only what it uses. Only ``init``, ``demo create`` and ``server init`` create a
database: every other command refuses one that does not exist or holds no centre (a mistyped path never
becomes an empty centre).
"""

import argparse
import sys
from importlib import import_module
from typing import NoReturn

from app import __version__, start_up
from app.cli import translation
from app.cli.common import Command, database_option, fail
from app.domain.errors import QT_TRANSLATE_NOOP

LOG_LEVELS = ("debug", "info", "warning", "error")  # app.logs.LEVELS, without loading logging here
# The modules of app.cli that add commands, in the order of the help; the one that adds each command, so
# that a command typed builds only its own area's parser (the eleven cost a command a sixtieth of a second).
AREAS = ("database", "demo", "decisions", "rota", "hours", "backup", "meetings", "workshops", "people", "imports",
         "report")
AREA_OF_COMMAND = {
    "check": "database", "init": "database", "server": "database", "migrate": "database", "demo": "demo",
    "decisions": "decisions", "roster": "rota", "hours": "hours", "backup": "backup", "restore": "backup",
    "minutes": "meetings", "meetings": "meetings", "workshops": "workshops", "people": "people",
    "import": "imports", "report": "report",
}
OPTIONS_WITH_VALUE = ("--database", "--language", "--log-level")  # the program's options read before a command


def typed_command(argv: list[str]) -> str | None:
    """The command's name in ``argv`` (its first word that is neither an option nor an option's value)."""
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def areas_for(argv: list[str]) -> tuple[str, ...]:
    """The areas the parser needs: the one of the command typed, or all of them (the help, a mistyped name)."""
    area = AREA_OF_COMMAND.get(typed_command(argv) or "")
    return (area,) if area else AREAS


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the whole program, or only of the command ``argv`` names (when given)."""
    description = QT_TRANSLATE_NOOP("Cli", "Cercle: coordination of a self-managed health centre")
    parser = translation.Parser(prog="cercle", description=description)
    add_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS if argv is None else areas_for(argv):
        import_module(f"app.cli.{area}").add_commands(commands)
    return parser


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of the program itself, before any command."""
    parser.add_argument("--version", action="version", version=f"Cercle {__version__}")
    parser.add_argument("--database", metavar="PATH_OR_URL",
                        help=QT_TRANSLATE_NOOP("Cli", "a SQLite file or a database URL"))
    parser.add_argument("--language", choices=("fr", "en"), help=QT_TRANSLATE_NOOP(
        "Cli", "interface language (default: the one chosen in Cercle's settings, else the system's)"))
    parser.add_argument("--quit-after-start", action="store_true",
                        help=QT_TRANSLATE_NOOP("Cli", "quit once the window shows its data"))
    parser.add_argument("--log-level", choices=LOG_LEVELS, default="info", type=str.lower, help=QT_TRANSLATE_NOOP(
        "Cli", "how much goes into cercle.log, in the data folder (default: info)"))


class ProgramOptions(argparse.ArgumentParser):
    """The program's options, read before the command: a mistake in them is left to the whole parser to say
    (argparse would say some itself, in English, with a usage without the commands)."""

    def __init__(self) -> None:
        super().__init__(prog="cercle", add_help=False, exit_on_error=False)
        add_options(self)

    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The arguments of ``argv``; the window's options alone when they are all there is.

    Building every area's commands costs a twentieth of a bare window's start: the window paints without
    them. A command is parsed by its area's parser; ``--help`` or a mistake by the whole one, which says them
    in the language read first (``--language``, else the preferred one: app.cli.translation).
    """
    try:
        args, rest = ProgramOptions().parse_known_args(argv)
    except argparse.ArgumentError:
        args, rest = argparse.Namespace(language=None), ["the whole parser says what is wrong"]
    translation.use(args.language)
    if rest:
        parser = build_parser(argv)
        with translation.speaking():
            return parser.parse_args(argv)
    args.command = None
    return args


def start_core(args: argparse.Namespace) -> None:
    """A (headless) Qt application with translations: messages in the user's language, documents rendered."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n, paths

    QCoreApplication.setOrganizationName(paths.ORGANISATION)
    QCoreApplication.setApplicationName(paths.APPLICATION)
    if getattr(args, "widgets", False):  # a command that draws charts: Qt Widgets, before any other application
        from app.exports.activity import ensure_widgets_application

        ensure_widgets_application()
    if lays_out_text(args):
        from app.exports.documents import ensure_gui_application

        application = ensure_gui_application()
    else:
        application = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(application, args.language)


def lays_out_text(args: argparse.Namespace) -> bool:
    """Whether the command lays text out (a PDF, a chart), hence needs fonts and a QGuiApplication; a CSV
    or a message needs only Qt Core's translations, without loading Qt's graphics (``fonts`` False, or a
    function of the arguments, in the command's defaults)."""
    fonts = getattr(args, "fonts", True)
    return bool(fonts(args) if callable(fonts) else fonts)


def run_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run

    return run(args)


def main(argv: list[str] | None = None) -> int:
    """Run the command of ``argv`` (the program's arguments when None, then the process ends with it)."""
    if argv is None:
        start_up.begin()
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    command: Command | None = getattr(args, "run", None)
    if command is not None:
        load_before_qt(args)  # before the journal: finding the data folder asks Qt (QStandardPaths)
    from app import logs

    logs.start(args.log_level)
    if command is None:
        return run_gui(args)
    code = run_headless(command, args)
    if argv is None:
        end_process(code)
    return code


def load_before_qt(args: argparse.Namespace) -> None:
    """The database layer, its driver and the command's modules, imported before anything loads PySide6.

    Every command works on a database, through services. Once PySide6 is loaded, its import hook reads the
    source of every module imported after it (a tenth of a second for SQLAlchemy and pydantic, as much again
    for the services and tables of a command). A command's ``before_qt`` (or a function of its arguments
    giving them) may end with its export, which loads Qt Core itself.
    """
    import_module("sqlmodel")
    load_driver(args)
    before_qt = getattr(args, "before_qt", ())
    for module in before_qt(args) if callable(before_qt) else before_qt:
        import_module(module)


def run_headless(command: Command, args: argparse.Namespace) -> int:
    """Qt for the messages and documents, then the command; a file refused or a driver's error said plainly."""
    start_core(args)
    start_up.end()
    try:
        return command(args)
    except OSError as error:  # a file or folder the system refused: said in the user's language
        return fail(error)
    except Exception as error:
        from sqlalchemy.exc import DBAPIError

        if not isinstance(error, DBAPIError):
            raise
        from app.services.database import driver_failure

        return fail(driver_failure(error, database_option(args)))  # not the driver's English


def load_driver(args: argparse.Namespace) -> None:
    """The database's SQLAlchemy dialect and driver, imported before Qt too (see load_before_qt)."""
    from sqlalchemy.engine import make_url

    try:
        make_url(database_option(args)).get_dialect()
    except Exception:  # noqa: BLE001 - a wrong URL is the command's to report, in the user's language
        return


def end_process(code: int) -> NoReturn:
    """End the process at once: tearing down Qt and every module would add a fifth of a second to a command.

    Safe because a command leaves nothing open: its files are written and renamed, its engines disposed
    (a SQLite connection left open would leave its -wal file behind). Only the journal and the terminal
    still hold text to flush.
    """
    import logging
    import os

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
