"""``cercle backup`` and ``cercle restore``: a checked copy of the centre, and its safe replacement."""

import argparse
import sys
from pathlib import Path

from app.cli.common import database_option, fail, open_centre
from app.domain.errors import QT_TRANSLATE_NOOP

CONFIRM = QT_TRANSLATE_NOOP(
    "Errors", "Replace the centre {database} by {backup}? A safety copy of the current file is kept. [y/N] "
)
NEEDS_YES = QT_TRANSLATE_NOOP(
    "Errors", "Restoring replaces the whole centre: run it in a terminal to confirm, or add --yes."
)
CANCELLED = QT_TRANSLATE_NOOP("Errors", "Nothing was restored.")
RESTORED = QT_TRANSLATE_NOOP("Errors", "Restored {backup}; the previous file is kept as {safety}.")


def add_commands(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help=QT_TRANSLATE_NOOP("Cli", "write a checked copy of the centre"))
    backup.add_argument("--output", type=Path, metavar="FILE",
                        help=QT_TRANSLATE_NOOP("Cli", "where to write it (default: the backups folder)"))
    backup.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser("restore",
                                  help=QT_TRANSLATE_NOOP(
                                      "Cli", "replace the centre by a backup (the current file is kept aside)"))
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "do not ask for confirmation"))
    restore.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from app.domain.errors import CercleError
    from app.services.backups import back_up_now

    try:
        ctx = open_centre(args)
        try:
            written = back_up_now(ctx, args.output.resolve() if args.output else None)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    print(written)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app import i18n
    from app.domain.errors import CercleError
    from app.services.backups import restore
    from app.services.context import system_clock

    url = database_option(args)

    def confirmed() -> bool:
        """The question, asked by the restore once the centre and the backup have passed every check."""
        if args.yes:
            return True
        if not sys.stdin or not sys.stdin.isatty():
            raise CercleError(NEEDS_YES)
        question = i18n.message(CercleError(CONFIRM, database=url, backup=str(args.file)))
        return input(question).strip().lower() in {"y", "yes", "o", "oui"}

    try:
        safety = restore(url, args.file.resolve(), system_clock(), confirm=confirmed)
    except CercleError as error:
        return fail(error)
    if safety is None:
        print(i18n.message(CercleError(CANCELLED)))
        return 1
    print(i18n.message(CercleError(RESTORED, backup=str(args.file), safety=str(safety))))
    return 0
