"""``cercle people list|add|erase``: the directory of people who are not staff (inhabitants, habitants-relais,
partners' contacts)."""

import argparse

from app.cli.common import add_database_option, day, run_on_centre
from app.domain.errors import QT_TRANSLATE_NOOP

UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "No partner is called {name}.")
ERASED = QT_TRANSLATE_NOOP("People", "Person {id} erased: name and contact details forgotten.")
ROLES = ("inhabitant", "relay", "partner_contact")


def add_commands(commands: argparse._SubParsersAction) -> None:
    people = commands.add_parser("people", help=QT_TRANSLATE_NOOP(
        "Cli", "inhabitants, habitants-relais and partners' contacts"))
    actions = people.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP(
        "Cli", "the directory, one person a line (id, name, role, partner)"))
    listing.add_argument("--search", default="", help=QT_TRANSLATE_NOOP("Cli", "words of a name or a partner"))
    listing.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "with the people no longer active and the erased"))
    add_database_option(listing)
    listing.set_defaults(run=run_list)
    add = actions.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add a person to the directory"))
    add.add_argument("name", help=QT_TRANSLATE_NOOP("Cli", "a name or a pseudonym"))
    add.add_argument("--role", choices=ROLES, default="inhabitant")
    add.add_argument("--partner", help=QT_TRANSLATE_NOOP("Cli", "the partner of a partner's contact"))
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--consent", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "the day the person agreed to be contacted"))
    add_database_option(add)
    add.set_defaults(run=run_add)
    erase = actions.add_parser("erase", help=QT_TRANSLATE_NOOP(
        "Cli", "forget a person's name and contact details (counts stay)"))
    erase.add_argument("id", type=int)
    add_database_option(erase)
    erase.set_defaults(run=run_erase)


def _line(person) -> str:
    from PySide6.QtCore import QCoreApplication

    from app.domain.people import ROLE_LABELS

    name = person.name or QCoreApplication.translate("People", "Erased person")
    role = QCoreApplication.translate("People", ROLE_LABELS[person.role])
    return "\t".join(str(value) for value in (person.id, name, role, person.partner_name) if value != "")


def run_list(args: argparse.Namespace) -> int:
    from app.services import people

    return run_on_centre(args, lambda ctx: "\n".join(
        _line(p) for p in people.list_people(ctx, search=args.search, include_inactive=args.all)))


def _partner_id(ctx, name: str | None) -> int | None:
    from app.domain.errors import RuleViolation
    from app.domain.names import fold
    from app.services import workshops

    if not name:
        return None
    for partner in workshops.list_partners(ctx, include_inactive=True):
        if fold(partner.name) == fold(name):
            return partner.id
    raise RuleViolation(UNKNOWN_PARTNER, name=name)


def run_add(args: argparse.Namespace) -> int:
    from app.domain.people import PersonDraft, PersonRole
    from app.services import people

    def add(ctx) -> str:
        draft = PersonDraft(name=args.name, role=PersonRole(args.role), phone=args.phone, email=args.email,
                            consent_on=day(args.consent), partner_id=_partner_id(ctx, args.partner))
        return _line(people.create_person(ctx, draft))

    return run_on_centre(args, add)


def run_erase(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.services import people

    def erase(ctx) -> str:
        people.erase_person(ctx, args.id)
        return QCoreApplication.translate("People", ERASED).format(id=args.id)

    return run_on_centre(args, erase)
