"""The ``cercle`` command: the GUI by default, headless sub-commands for checks, demo, exports, backups.

Heavy modules are imported inside each command, so that the GUI can paint its window first.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import __version__

Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cercle", description="Cercle: coordination of a self-managed health centre")
    parser.add_argument("--version", action="version", version=f"Cercle {__version__}")
    parser.add_argument("--database", metavar="PATH_OR_URL", help="a SQLite file or a database URL")
    parser.add_argument("--language", choices=("fr", "en"), help="interface language (default: the system's)")
    parser.add_argument("--quit-after-start", action="store_true", help="quit once the window shows its data")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="check a database without changing it")
    check.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    check.set_defaults(run=run_check)

    demo = commands.add_parser("demo", help="the demo centre")
    demo_commands = demo.add_subparsers(dest="demo_command", required=True, metavar="ACTION")
    create = demo_commands.add_parser("create", help="write a demo database to a new file")
    create.add_argument("path", type=Path)
    create.add_argument("--members", type=int, help="a synthetic centre of this many members")
    create.add_argument("--years", type=int, default=5, help="years of synthetic history (with --members)")
    create.set_defaults(run=run_demo_create)

    server = commands.add_parser("server", help="the centre's PostgreSQL server")
    server_commands = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    init = server_commands.add_parser("init", help="create or upgrade Cercle's tables on the server")
    init.add_argument("--database", dest="sub_database", metavar="URL", required=True)
    init.set_defaults(run=run_server_init)

    migrate = commands.add_parser("migrate", help="copy a whole centre into another database, verified")
    migrate.add_argument("--from", dest="source", metavar="URL", required=True)
    migrate.add_argument("--to", dest="target", metavar="URL", required=True)
    migrate.add_argument("--replace", action="store_true", help="overwrite a centre already in the target")
    migrate.set_defaults(run=run_migrate)

    for register in EXTRA_COMMANDS:
        register(commands)
    return parser


# Each area adds its own sub-commands here: ``register(subparsers)`` setting ``run`` as a default.
EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []

from app import cli_decisions  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_decisions.register)
from app import cli_rota  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_rota.register)
from app import cli_hours  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_hours.register)
from app import cli_backup  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_backup.register)
from app import cli_meetings  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_meetings.register)
from app import cli_workshops  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_workshops.register)
from app import cli_import  # noqa: E402 - light: argparse only
EXTRA_COMMANDS.append(cli_import.register)


def database_option(args: argparse.Namespace) -> str:
    from app.storage.engine import resolve_url

    return resolve_url(getattr(args, "sub_database", None) or args.database)


def start_core(args: argparse.Namespace) -> None:
    """A (headless) Qt application with translations: messages in the user's language, documents rendered."""
    from PySide6.QtCore import QCoreApplication

    from app import i18n, paths
    from app.exports.documents import ensure_gui_application

    QCoreApplication.setOrganizationName(paths.ORGANISATION)
    QCoreApplication.setApplicationName(paths.APPLICATION)
    i18n.install(ensure_gui_application(), args.language)


def add_period_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--from`` and ``--to``, read by :func:`day` once the messages speak the user's language."""
    parser.add_argument("--from", dest="first", required=required, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="last", required=required, metavar="YYYY-MM-DD")


def day(text: str | None):
    """The date typed on the command line (None when not given); a clear CercleError otherwise."""
    from datetime import date

    from app.domain.errors import QT_TRANSLATE_NOOP, RuleViolation

    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "Errors", "{text} is not a date: write it as YYYY-MM-DD, for example 2026-11-23."), text=text) from None


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")


def run_on_centre(args: argparse.Namespace, action: Callable[..., object]) -> int:
    """Open the centre of ``args``, print what ``action(ctx)`` returns; any CercleError is one line on stderr."""
    from app.domain.errors import CercleError
    from app.services.context import Context
    from app.storage.engine import open_database

    try:
        ctx = Context(open_database(database_option(args)))
        try:
            result = action(ctx)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(result)
    return 0


def fail(error: Exception) -> int:
    from app import i18n

    print(f"cercle: {' '.join(i18n.message(error).split())}", file=sys.stderr)
    return 1


def run_check(args: argparse.Namespace) -> int:
    from app import i18n
    from app.domain.errors import CercleError
    from app.storage.check import check_database

    try:
        report = check_database(database_option(args))
    except CercleError as error:
        return fail(error)
    print(i18n.message(CercleError(report.template, **report.params)))
    return 0


def run_demo_create(args: argparse.Namespace) -> int:
    from app.domain.errors import CercleError
    from app.services.demo import Synthetic, create_demo

    synthetic = Synthetic(members=args.members, years=args.years) if args.members else None
    try:
        path = create_demo(args.path, synthetic)
    except CercleError as error:
        return fail(error)
    print(path)
    return 0


def run_server_init(args: argparse.Namespace) -> int:
    from app.domain.errors import CercleError
    from app.storage.engine import head_revision, open_database

    try:
        open_database(database_option(args)).dispose()
    except CercleError as error:
        return fail(error)
    print(f"schema {head_revision()}")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from app.domain.errors import CercleError
    from app.storage.engine import open_database, resolve_url
    from app.storage.transfer import copy_centre

    try:
        source = open_database(resolve_url(args.source))
        target = open_database(resolve_url(args.target))
        reports = copy_centre(source, target, replace=args.replace)
    except CercleError as error:
        return fail(error)
    for report in reports:
        print(f"{report.table}: {report.rows} rows, sha256 {report.checksum[:12]}")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    from app.ui.application import run

    return run(args)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command: Command | None = getattr(args, "run", None)
    if command is None:
        return run_gui(args)
    start_core(args)
    return command(args)
