"""Reading the team, the rooms, the partners, the people who are not staff, the reception's weekly hours and the
time categories from the spreadsheet a centre already keeps.

Pure: rows of text in (the first one the headers, French or English), validated records or errors out.
Each error names its line as the spreadsheet numbers it (the headers are line 1), so that the person
finds the cell to correct. The files themselves are read by ``app.services.imports``.
"""

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from app.domain.clock_time import parse_clock
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, RuleViolation
from app.domain.members import (
    MAX_NAME_LENGTH,
    MAX_PROFESSION_LENGTH,
    MemberDraft,
    validate_email,
    validate_member,
)
from app.domain.names import bare, fold, tidy
from app.domain.people import PARTNER_CONTACT_ONLY, PersonDraft, PersonRole, clean_draft
from app.domain.rota import MAX_SEATS, check_times
from app.domain.workshops import normalise_phone

LINE = QT_TRANSLATE_NOOP("Errors", "Line {line}: {problem}")
EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "The file is empty: the first line must name the columns.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Errors", "The file has no “{column}” column (first line).")
NO_ROWS = QT_TRANSLATE_NOOP("Errors", "The file has headers but no line to import.")
NAME_MISSING = QT_TRANSLATE_NOOP("Errors", "the name is empty")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "“{value}” is longer than {limit} characters")
BAD_ROLE = QT_TRANSLATE_NOOP(
    "Errors", "role “{value}” cannot be read (write habitant, habitant-relais or contact partenaire)")
TWICE = QT_TRANSLATE_NOOP("Errors", "{name} is already on line {first}")
BAD_HOURS = QT_TRANSLATE_NOOP("Errors", "hours “{value}” cannot be read")
HOURS_MISSING = QT_TRANSLATE_NOOP("Errors", "the weekly hours are missing")
BAD_DAYS = QT_TRANSLATE_NOOP("Errors", "days “{value}” cannot be read (write for example: lun mar jeu)")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "date “{value}” cannot be read (write dd/mm/yyyy)")
BAD_CAPACITY = QT_TRANSLATE_NOOP("Errors", "capacity “{value}” is not a number of places (1 or more)")
CAPACITY_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "capacity “{value}” is more than {limit} places")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "“{value}” is longer than {limit} characters")
UNPAIRED_QUOTES = QT_TRANSLATE_NOOP("Errors", "the quotation marks (\") of this line do not pair up")
EMPTY_CELL = QT_TRANSLATE_NOOP("Errors", "the “{column}” cell is empty")
BAD_WEEKDAY = QT_TRANSLATE_NOOP("Errors", "day “{value}” cannot be read (write a day of the week, for example lundi)")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "time “{value}” cannot be read (write HH:MM, for example 08:30)")
BAD_SEATS = QT_TRANSLATE_NOOP("Errors", "seats “{value}” is not a number from 1 to {limit}")
SLOT_TWICE = QT_TRANSLATE_NOOP("Errors", "the same weekly slot is already on line {first}")
BAD_CATEGORY_TYPE = QT_TRANSLATE_NOOP(
    "Errors", "type “{value}” cannot be read (write autogestion or métier)")

DEFAULT_ROOM_CAPACITY = 10
# A centre's rooms, or a hall the town lends, seat a few hundred at most: a larger figure is a mistyping (a
# 20-digit one overflowed the database's integer), and the room dialog must show any capacity it saves back.
MAX_ROOM_CAPACITY = 9999
NAME_LIMITS = {"members": MAX_NAME_LENGTH, "rooms": 80, "partners": 120, "people": 80, "categories": 80}
TEXT_LIMITS = {"profession": MAX_PROFESSION_LENGTH, "kind": 80, "contact_person": 120, "label": 80}
DEFAULT_SEATS = 1


class Kind(StrEnum):
    """What a file imports."""

    MEMBERS = "members"
    ROOMS = "rooms"
    PARTNERS = "partners"
    PEOPLE = "people"  # inhabitants, habitants-relais, partners' contacts
    RECEPTION = "reception"  # the weekly reception slots
    CATEGORIES = "categories"  # of hours


class RowError(CercleError):
    """A line of the file that cannot be imported: « Ligne 4 : heures « abc » illisibles »."""

    def __init__(self, line: int, problem: CercleError) -> None:
        super().__init__(LINE, line=line, problem=problem)
        self.line = line


@dataclass(frozen=True)
class MemberRecord:
    line: int
    draft: MemberDraft  # validated; its start date, phone and e-mail are empty when the file gives none

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class RoomRecord:
    line: int
    name: str
    capacity: int


@dataclass(frozen=True)
class PartnerRecord:
    line: int
    name: str
    kind: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonRecord:
    """A person who is not staff; ``partner`` is the partner's name as typed, found by the service."""

    line: int
    draft: PersonDraft  # validated, without its partner
    partner: str = ""

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class ReceptionRecord:
    """A weekly reception slot; ``seats`` None and an empty ``label``: the file does not say (a new slot has
    one seat, a slot Cercle knows keeps its own)."""

    line: int
    weekday: int  # Monday = 0
    start: time
    end: time
    seats: int | None = None
    label: str = ""


@dataclass(frozen=True)
class CategoryRecord:
    """A time category; ``is_self_management`` None: the file does not say (a new one is of self-management,
    as one added by hand)."""

    line: int
    name: str
    is_self_management: bool | None = None


Record = MemberRecord | RoomRecord | PartnerRecord | PersonRecord | ReceptionRecord | CategoryRecord


@dataclass(frozen=True)
class Parsed:
    """The records to write, in the file's order, and every error found; nothing is written while ``errors``."""

    records: tuple[Record, ...]
    errors: tuple[CercleError, ...]


# --- headers -----------------------------------------------------------------------------------------

# field -> the headers that name it (compared without case, accents, spaces or punctuation)
HEADERS: dict[Kind, dict[str, tuple[str, ...]]] = {
    Kind.MEMBERS: {
        "name": ("nom", "name", "prenomnom", "nomprenom", "nomdefamille", "lastname", "surname"),
        "first_name": ("prenom", "firstname"),
        "profession": ("fonction", "profession", "metier", "job"),
        "hours": ("heures", "hours", "heureshebdo", "weeklyhours", "contrat", "contract"),
        "days": ("jours", "days", "joursdetravail", "workingdays"),
        "since": ("depuis", "since", "debut", "start", "datedentree", "startdate"),
        "phone": ("telephone", "phone", "tel"),
        "email": ("courriel", "email", "mail", "adressemail"),
    },
    Kind.ROOMS: {
        "name": ("nom", "name", "salle", "room"),
        "capacity": ("capacite", "capacity", "places", "seats"),
    },
    Kind.PARTNERS: {
        "name": ("nom", "name", "partenaire", "partner"),
        "kind": ("type", "kind"),
        "contact_person": ("contact", "personnecontact", "contactperson", "interlocuteur"),
        "phone": ("telephone", "phone", "tel"),
        "email": ("courriel", "email", "mail"),
        "notes": ("notes", "remarques", "commentaires", "comments"),
    },
    Kind.PEOPLE: {
        "name": ("nom", "name", "pseudonyme", "nomoupseudonyme", "pseudonym", "nomdefamille", "lastname"),
        "first_name": ("prenom", "firstname"),
        "role": ("role", "qualite", "statut"),
        "partner": ("partenaire", "partner", "structure", "organisme"),
        "phone": ("telephone", "phone", "tel"),
        "email": ("courriel", "email", "mail"),
        "consent": ("accord", "accordle", "consentement", "consent", "dateaccord", "dateduconsentement"),
    },
    Kind.RECEPTION: {
        "weekday": ("jour", "day", "weekday", "jourdelasemaine", "dayoftheweek"),
        "start": ("debut", "start", "de", "from", "heurededebut", "starttime", "starts"),
        "end": ("fin", "end", "a", "to", "heuredefin", "endtime", "ends"),
        "seats": ("places", "seats", "nombredeplaces", "personnes"),
        "label": ("libelle", "label", "intitule", "nom", "name"),
    },
    Kind.CATEGORIES: {
        "name": ("libelle", "label", "nom", "name", "categorie", "category"),
        "type": ("type", "genre", "kind"),
    },
}
REQUIRED: dict[Kind, tuple[tuple[str, str], ...]] = {  # (field, the column named in the message)
    Kind.MEMBERS: (("name", "Nom"), ("hours", "Heures")),
    Kind.ROOMS: (("name", "Nom"),),
    Kind.PARTNERS: (("name", "Nom"),),
    Kind.PEOPLE: (("name", "Nom"),),
    Kind.RECEPTION: (("weekday", "Jour"), ("start", "Début"), ("end", "Fin")),
    Kind.CATEGORIES: (("name", "Libellé"),),
}
NAMED = frozenset(kind for kind, fields in HEADERS.items() if "name" in fields)  # a line without a name is refused
ROLE_WORDS = {  # folded as the headers are
    PersonRole.INHABITANT: ("habitant", "habitante", "inhabitant", "benevole", "volunteer"),
    PersonRole.RELAY: ("habitantrelais", "habitanterelais", "relais", "relay"),
    PersonRole.PARTNER_CONTACT: ("contactpartenaire", "partenaire", "contact", "partnercontact", "partner"),
}
CATEGORY_TYPES = {  # is_self_management, folded as the headers are
    True: ("autogestion", "autogere", "autogeree", "selfmanagement", "selfmanaged"),
    False: ("profession", "metier", "soin", "soins", "clinique"),
}


def columns(kind: Kind, header: Sequence[str]) -> dict[str, int]:
    """Field -> its column index; unknown columns are ignored (a spreadsheet often has more)."""
    names = {alias: field for field, aliases in HEADERS[kind].items() for alias in aliases}
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        field = names.get(bare(title))
        if field is not None and field not in found:
            found[field] = index
    return found


# --- cells -------------------------------------------------------------------------------------------

_HOURS = re.compile(r"(\d{1,2})(?:[.,](\d+))?\s*h?|(\d{1,2})\s*h\s*(\d{2})")
DAY_NAMES = {
    **{name: index for index, name in enumerate(("lun", "mar", "mer", "jeu", "ven", "sam", "dim"))},
    **{name: index for index, name in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                                  "dimanche"))},
    **{name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{name: index for index, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                                  "saturday", "sunday"))},
    "tues": 1, "thur": 3, "thurs": 3,
}
_DAY_SEPARATORS = re.compile(r"[\s,;/+]+")


def parse_hours(text: str) -> int:
    """Weekly hours to minutes: "28", "28,5", "28.5", "28 h", "28h30"."""
    match = _HOURS.fullmatch(text.strip().casefold())
    if match is None:
        raise RuleViolation(BAD_HOURS, value=text.strip())
    whole, fraction, hours, minutes = match.groups()
    if hours is not None:
        if int(minutes) >= 60:
            raise RuleViolation(BAD_HOURS, value=text.strip())
        return int(hours) * 60 + int(minutes)
    return round((int(whole) + (float(f"0.{fraction}") if fraction else 0.0)) * 60)


def parse_days(text: str) -> frozenset[int]:
    """Working days from "lun mar mer jeu ven", "mon, tue", "lundi-jeudi" (a range)."""
    days: set[int] = set()
    for token in _DAY_SEPARATORS.split(_folded_words(text)):
        if not token:
            continue
        first, dash, last = token.partition("-")
        if first not in DAY_NAMES or (dash and last not in DAY_NAMES):
            raise RuleViolation(BAD_DAYS, value=text.strip())
        end = DAY_NAMES[last] if dash else DAY_NAMES[first]
        if end < DAY_NAMES[first]:
            raise RuleViolation(BAD_DAYS, value=text.strip())
        days.update(range(DAY_NAMES[first], end + 1))
    if not days:
        raise RuleViolation(BAD_DAYS, value=text.strip())
    return frozenset(days)


def _folded_words(text: str) -> str:
    """Lower case without accents or a final dot ("Mer." -> "mer"), separators kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace(".", " ")


def parse_date(text: str) -> date:
    """A first day written dd/mm/yyyy (also with dashes or dots) or yyyy-mm-dd."""
    text = text.strip()
    for pattern in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RuleViolation(BAD_DATE, value=text)


def parse_weekday(text: str) -> int:
    """One day of the week: "lundi", "Lun.", "monday", "mon" (Monday = 0)."""
    day = DAY_NAMES.get(_folded_words(text).strip())
    if day is None:
        raise RuleViolation(BAD_WEEKDAY, value=text.strip())
    return day


def parse_time(text: str) -> time:
    try:
        return parse_clock(text)
    except ValueError:
        raise RuleViolation(BAD_TIME, value=text.strip()) from None


def parse_seats(text: str) -> int | None:
    """The seats of a slot; None when the cell is empty."""
    text = text.strip()
    if not text:
        return None
    if not text.isdecimal() or not 1 <= int(text) <= MAX_SEATS:
        raise RuleViolation(BAD_SEATS, value=text, limit=MAX_SEATS)
    return int(text)


def parse_category_type(text: str) -> bool | None:
    """Whether a category is of self-management (True) or of the profession; None when the cell is empty."""
    if not text.strip():
        return None
    folded = bare(text)
    for self_management, words in CATEGORY_TYPES.items():
        if folded in words:
            return self_management
    raise RuleViolation(BAD_CATEGORY_TYPE, value=text.strip())


_LOST_ZERO = re.compile(r"[1-9]\d{8}")


def phone_cell(text: str) -> str:
    """A phone number as the file gives it, the 0 a spreadsheet dropped given back: typed in a cell left as a
    number (LibreOffice's and Excel's default), « 06 12 45 78 90 » is kept, and exported, as 612457890. Nine
    digits not starting with 0 are no other French number, which has ten; anything else is left as it is."""
    return f"0{text.strip()}" if _LOST_ZERO.fullmatch(text.strip()) else text


def parse_capacity(text: str) -> int:
    text = text.strip()
    if not text:
        return DEFAULT_ROOM_CAPACITY
    if not text.isdecimal() or int(text) < 1:  # isdigit() would let "²" through to int()
        raise RuleViolation(BAD_CAPACITY, value=text)
    if int(text) > MAX_ROOM_CAPACITY:
        raise RuleViolation(CAPACITY_TOO_LARGE, value=text, limit=MAX_ROOM_CAPACITY)
    return int(text)


def _limited(text: str, limit: int, message: str = TOO_LONG) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        raise RuleViolation(message, value=text, limit=limit)
    return text


# --- rows --------------------------------------------------------------------------------------------


def _member(line: int, cell: Callable[[str], str]) -> MemberRecord:
    hours = cell("hours")
    if not hours.strip():
        raise RuleViolation(HOURS_MISSING)
    since = cell("since")
    draft = validate_member(MemberDraft(
        name=_limited(cell("name"), NAME_LIMITS[Kind.MEMBERS], NAME_TOO_LONG),
        profession=_limited(cell("profession"), TEXT_LIMITS["profession"]),
        contract_minutes=parse_hours(hours),
        working_days=parse_days(cell("days")) if cell("days").strip() else frozenset(range(5)),
        start_date=parse_date(since) if since.strip() else None,
        phone=phone_cell(cell("phone")),
        email=cell("email"),
    ))
    return MemberRecord(line, draft)


def _room(line: int, cell: Callable[[str], str]) -> RoomRecord:
    return RoomRecord(line, _limited(cell("name"), NAME_LIMITS[Kind.ROOMS], NAME_TOO_LONG),
                      parse_capacity(cell("capacity")))


def _partner(line: int, cell: Callable[[str], str]) -> PartnerRecord:
    return PartnerRecord(
        line,
        _limited(cell("name"), NAME_LIMITS[Kind.PARTNERS], NAME_TOO_LONG),
        _limited(cell("kind"), TEXT_LIMITS["kind"]),
        _limited(cell("contact_person"), TEXT_LIMITS["contact_person"]),
        normalise_phone(phone_cell(cell("phone"))),
        validate_email(cell("email")),
        cell("notes").strip(),
    )


def parse_role(text: str, with_partner: bool) -> PersonRole:
    """A role as a centre writes it ("Habitante-relais", "contact partenaire"); empty: a partner's contact
    when the line names a partner, an inhabitant otherwise."""
    if not text.strip():
        return PersonRole.PARTNER_CONTACT if with_partner else PersonRole.INHABITANT
    folded = bare(text)
    for role, words in ROLE_WORDS.items():
        if folded in words:
            return role
    raise RuleViolation(BAD_ROLE, value=text.strip())


def _person(line: int, cell: Callable[[str], str]) -> PersonRecord:
    partner = " ".join(cell("partner").split())
    role = parse_role(cell("role"), bool(partner))
    if partner and role != PersonRole.PARTNER_CONTACT:
        raise RuleViolation(PARTNER_CONTACT_ONLY)
    consent = cell("consent")
    draft = PersonDraft(name=cell("name"), role=role, phone=phone_cell(cell("phone")), email=cell("email"),
                        consent_on=parse_date(consent) if consent.strip() else None)
    return PersonRecord(line, clean_draft(draft, date.max), partner)  # a consent after today: the service says


def _filled(cell: Callable[[str], str], kind: Kind, field: str) -> str:
    """A required cell's text; an empty one is named by its column, as the file's first line names it."""
    text = cell(field)
    if not text.strip():
        raise RuleViolation(EMPTY_CELL, column=dict(REQUIRED[kind])[field])
    return text


def _reception(line: int, cell: Callable[[str], str]) -> ReceptionRecord:
    weekday = parse_weekday(_filled(cell, Kind.RECEPTION, "weekday"))
    start = parse_time(_filled(cell, Kind.RECEPTION, "start"))
    end = parse_time(_filled(cell, Kind.RECEPTION, "end"))
    seats = parse_seats(cell("seats"))
    check_times(start, end, DEFAULT_SEATS if seats is None else seats)  # the rule of a slot typed by hand
    return ReceptionRecord(line, weekday, start, end, seats, _limited(cell("label"), TEXT_LIMITS["label"]))


def _category(line: int, cell: Callable[[str], str]) -> CategoryRecord:
    name = tidy(_limited(cell("name"), NAME_LIMITS[Kind.CATEGORIES], NAME_TOO_LONG))
    if not name:  # invisible characters only
        raise RuleViolation(NAME_MISSING)
    return CategoryRecord(line, name, parse_category_type(cell("type")))


READERS: dict[Kind, Callable[[int, Callable[[str], str]], Record]] = {
    Kind.MEMBERS: _member, Kind.ROOMS: _room, Kind.PARTNERS: _partner, Kind.PEOPLE: _person,
    Kind.RECEPTION: _reception, Kind.CATEGORIES: _category,
}


def key(record: Record) -> Hashable:
    """What makes two lines, or a line and a record Cercle keeps, the same one: a name as names are compared
    (``names.fold``), a weekly slot's day and times."""
    if isinstance(record, ReceptionRecord):
        return (record.weekday, record.start, record.end)
    return fold(record.name)


def _twice(record: Record, first: int) -> RuleViolation:
    if isinstance(record, ReceptionRecord):
        return RuleViolation(SLOT_TWICE, first=first)
    return RuleViolation(TWICE, name=record.name, first=first)


def _blank(row: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in row)


def parse(kind: Kind, rows: Sequence[Sequence[str]]) -> Parsed:
    """Validate every line of ``rows`` (headers first, below any blank line); blank lines are skipped but keep
    their number."""
    header = next((index for index, row in enumerate(rows) if not _blank(row)), None)
    if header is None:
        return Parsed((), (RuleViolation(EMPTY_FILE),))
    found = columns(kind, rows[header])
    missing = [RuleViolation(MISSING_COLUMN, column=title) for field, title in REQUIRED[kind]
               if field not in found and not (field == "name" and "first_name" in found)]
    if missing:
        return Parsed((), tuple(missing))
    records: list[Record] = []
    errors: list[CercleError] = []
    first_line: dict[Hashable, int] = {}
    for line, row in enumerate(rows[header + 1:], start=header + 2):
        if _blank(row):
            continue

        def raw(field: str, row: Sequence[str] = row) -> str:
            index = found.get(field)
            return row[index] if index is not None and index < len(row) else ""

        def cell(field: str, raw: Callable[[str], str] = raw) -> str:
            if field == "name":  # a first name in a column of its own goes before the last name
                return " ".join(f"{raw('first_name')} {raw('name')}".split())
            return raw(field)

        try:
            if kind in NAMED and not cell("name").strip():
                raise RuleViolation(NAME_MISSING)
            record = READERS[kind](line, cell)
            same = key(record)
            if same in first_line:
                raise _twice(record, first_line[same])
        except RuleViolation as problem:
            errors.append(RowError(line, problem))
            continue
        first_line[same] = line
        records.append(record)
    if not records and not errors:
        errors.append(RuleViolation(NO_ROWS))
    return Parsed(tuple(records), tuple(errors))


# "sep=;" alone on the first line: Excel's own note of the separator, which it reads and does not show.
_SEPARATOR_LINE = re.compile(r'"?sep=([^\r\n"])"?[^\r\n]*(?:\r\n|\r|\n|$)', re.IGNORECASE)


def csv_rows(text: str) -> list[list[str]]:
    """The rows of a CSV text, its separator (';' from a French spreadsheet, ',' or a tab) read from its header,
    or from the "sep=" line before it, which is then no row (the headers stay line 1, as Excel shows them).

    Quotation marks that do not pair up raise a RowError naming their line: read leniently, an unclosed one
    made the rest of the file a single cell, its lines silently not imported."""
    text = text.removeprefix("\ufeff")
    if declared := _SEPARATOR_LINE.match(text):
        delimiter, text = declared.group(1), text[declared.end():]
    else:
        header = text.lstrip("\r\n").split("\n", 1)[0]
        delimiter = max(";,\t", key=header.count)  # ties (a single column) go to ';', the French default
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            rows.append(list(row))
    except csv.Error:  # also a cell over the csv module's size limit: an unclosed quotation mark, in practice
        raise RowError(len(rows) + 1, RuleViolation(UNPAIRED_QUOTES)) from None
    return rows
