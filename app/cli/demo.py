"""``cercle demo create PATH``: the demo centre, or a synthetic one of many members and years."""

import argparse
from pathlib import Path

from app.cli.common import fail
from app.domain.errors import QT_TRANSLATE_NOOP


def add_commands(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser("demo", help=QT_TRANSLATE_NOOP("Cli", "the demo centre"))
    demo_commands = demo.add_subparsers(dest="demo_command", required=True, metavar="ACTION")
    create = demo_commands.add_parser("create", help=QT_TRANSLATE_NOOP(
        "Cli", "write a demo database to a new file"))
    create.add_argument("path", type=Path)
    create.add_argument("--members", type=int, help=QT_TRANSLATE_NOOP(
        "Cli", "a synthetic centre of this many members"))
    create.add_argument("--years", type=int, default=5, help=QT_TRANSLATE_NOOP(
        "Cli", "years of synthetic history (with --members)"))
    create.set_defaults(run=run_demo_create)


def run_demo_create(args: argparse.Namespace) -> int:
    from app.demo.centre import Synthetic, create_demo
    from app.domain.errors import CercleError

    synthetic = Synthetic(members=args.members, years=args.years) if args.members else None
    try:
        path = create_demo(args.path, synthetic)
    except CercleError as error:
        return fail(error)
    print(path)
    return 0
