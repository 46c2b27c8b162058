"""``cercle check``, ``init``, ``server init`` and ``migrate``: a centre's database itself."""

import argparse

from app.cli.common import add_database_option, database_option, fail
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help=QT_TRANSLATE_NOOP("Cli", "check a database without changing it"))
    add_database_option(check)
    check.set_defaults(run=run_check)

    init = commands.add_parser("init", help=QT_TRANSLATE_NOOP("Cli", "create a new, empty centre"))
    init.add_argument("--database", dest="sub_database", metavar="PATH_OR_URL", required=True)
    init.add_argument("--name", required=True, help=QT_TRANSLATE_NOOP("Cli", "the centre's name"))
    init.add_argument("--region", default="metropole", metavar="metropole|alsace-moselle",
                      help=QT_TRANSLATE_NOOP("Cli", "the public holidays of the centre (default: metropole)"))
    init.set_defaults(run=run_init)

    server = commands.add_parser("server", help=QT_TRANSLATE_NOOP("Cli", "the centre's PostgreSQL server"))
    server_commands = server.add_subparsers(dest="server_command", required=True, metavar="ACTION")
    server_init = server_commands.add_parser("init", help=QT_TRANSLATE_NOOP(
        "Cli", "create or upgrade Cercle's tables on the server"))
    server_init.add_argument("--database", dest="sub_database", metavar="URL", required=True)
    server_init.set_defaults(run=run_server_init)

    migrate = commands.add_parser("migrate", help=QT_TRANSLATE_NOOP(
        "Cli", "copy a whole centre into another database, verified"))
    migrate.add_argument("--from", dest="source", metavar="URL", required=True)
    migrate.add_argument("--to", dest="target", metavar="URL", required=True)
    migrate.add_argument("--replace", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "overwrite a centre already in the target"))
    migrate.set_defaults(run=run_migrate)


def run_check(args: argparse.Namespace) -> int:
    from app import i18n
    from app.domain.errors import CercleError
    from app.services import database

    try:
        report = database.check(database_option(args))
    except CercleError as error:
        return fail(error)
    print(i18n.message(CercleError(report.template, **report.params)))
    if report.findings:  # the database is sound (exit 0): these are rows for the team to correct
        print(i18n.plural(len(report.findings), TO_CORRECT_ONE, TO_CORRECT_MANY))
        for template, params in report.findings:
            print("- " + i18n.message(CercleError(template, **params)))
    return 0


TO_CORRECT_ONE = QT_TRANSLATE_NOOP("Cli", "{count} date to correct:")
TO_CORRECT_MANY = QT_TRANSLATE_NOOP("Cli", "{count} dates to correct:")


def run_init(args: argparse.Namespace) -> int:
    """A new, empty centre: in a file that does not exist or is empty, or on a server without a centre."""
    from app import i18n
    from app.domain.errors import CercleError
    from app.services import database
    from app.services.centre import CentreDraft, create_centre, validate
    from app.services.context import Context

    try:
        draft = validate(CentreDraft(name=args.name, holiday_region=args.region))  # before creating a file
        ctx = Context(database.open_centre(database_option(args)), system="command line")
        try:
            current = create_centre(ctx, draft)
        finally:
            ctx.engine.dispose()
    except CercleError as error:
        return fail(error)
    created = QT_TRANSLATE_NOOP("Errors", "The centre {name} is ready in {database}.")
    shown = database.shown(database_option(args))
    print(i18n.message(CercleError(created, name=current.name, database=shown)))
    return 0


def run_server_init(args: argparse.Namespace) -> int:
    from app import i18n
    from app.domain.errors import CercleError
    from app.services import database

    try:
        database.open_centre(database_option(args)).dispose()
    except CercleError as error:
        return fail(error)
    ready = QT_TRANSLATE_NOOP("Errors", "The database {database} is ready for a centre (schema {revision}).")
    shown = database.shown(database_option(args))
    print(i18n.message(CercleError(ready, database=shown, revision=database.schema_revision())))
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    """Copy a whole centre into another database, verified, and audited in the target."""
    from app import i18n
    from app.domain.errors import CercleError
    from app.services import database

    try:
        reports = database.migrate(database.resolve_url(args.source), database.resolve_url(args.target),
                                   replace=args.replace, system="command line")
    except CercleError as error:
        return fail(error)
    copied = QT_TRANSLATE_NOOP("Errors", "{table}: {rows} row(s) copied, checksum (SHA-256) {checksum}")
    for report in reports:
        print(i18n.message(CercleError(copied, table=report.table, rows=report.rows,
                                       checksum=report.checksum[:12])))
    return 0
