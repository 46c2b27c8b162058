"""Import the team, the rooms, the partners, the people who are not staff, the reception's weekly slots or the
time categories from a .csv or .ods file: read, preview, write in one go.

A new centre starts from the spreadsheet it already keeps. Nothing is written unless every line is valid,
and importing the same file again updates the records of the same names (a weekly slot: of the same day and
times) instead of adding them twice.
"""

import codecs
import os
import zipfile
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeAlias

from sqlmodel import Session, col, select

from app import file_errors
from app.domain import imports as rules
from app.domain import people as people_rules
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError
from app.domain.imports import (
    CategoryRecord,
    Kind,
    MemberRecord,
    PartnerRecord,
    PersonRecord,
    ReceptionRecord,
    Record,
    RoomRecord,
    RowError,
)
from app.domain.members import working_days_text
from app.domain.names import fold
from app.domain.people import PersonDraft, PersonRole
from app.services import hours, members, people, rooms, rota
from app.services.changes import Entity
from app.services.context import Context, UnitOfWork
from app.storage.models import Member, Partner, Room
from app.storage.models.hours import TimeCategory
from app.storage.models.people import Person
from app.storage.models.rota import ShiftTemplate

UNSUPPORTED = QT_TRANSLATE_NOOP("Errors", "Cercle imports .csv, .txt and .ods files, not “{name}”.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {reason}")
NOT_A_SPREADSHEET = QT_TRANSLATE_NOOP("Errors", "it is not an OpenDocument spreadsheet")
A_WORKBOOK = QT_TRANSLATE_NOOP("Errors", "it is a workbook (such as .xlsx), not CSV text: save it as .ods or as CSV")
NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "it is not a text file")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”, or as .ods."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The file {name} is too large for an import (more than {limit} MB of text): is it the right file?")
REFUSED = QT_TRANSLATE_NOOP("Errors", "Nothing was imported: correct the {count} error(s) in the file first.")
UNKNOWN_PARTNER = QT_TRANSLATE_NOOP("Errors", "No partner is called {name}.")
SUMMARY = QT_TRANSLATE_NOOP("Errors", "Imported: {created} created, {updated} updated, {unchanged} unchanged.")

CREATE, UPDATE, SAME = "create", "update", "same"
Named: TypeAlias = Member | Room | Partner | Person  # the rows a file names
Existing: TypeAlias = Named | ShiftTemplate | TimeCategory  # the rows a line may update
TABLES: dict[Kind, type[Named]] = {Kind.MEMBERS: Member, Kind.ROOMS: Room, Kind.PARTNERS: Partner,
                                   Kind.PEOPLE: Person}
ENTITIES = {Kind.MEMBERS: Entity.MEMBER, Kind.ROOMS: Entity.ROOM, Kind.PARTNERS: Entity.PARTNER,
            Kind.PEOPLE: Entity.PERSON}


class ImportRefused(CercleError):
    """The file has errors: ``errors`` lists them all (each naming its line); nothing was written."""

    def __init__(self, errors: Sequence[CercleError]) -> None:
        super().__init__(REFUSED, count=len(errors))
        self.errors = tuple(errors)


@dataclass(frozen=True)
class PlannedRow:
    """A line of the file and what importing it does: ``create``, ``update`` (the record ``existing_id``: its
    fields ``changes``) or ``same`` (that record already says so)."""

    record: Record
    action: str
    existing_id: int | None = None
    changes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Preview:
    kind: Kind
    rows: tuple[PlannedRow, ...]
    errors: tuple[CercleError, ...]

    @property
    def records(self) -> tuple[Record, ...]:
        return tuple(row.record for row in self.rows)

    def count(self, action: str) -> int:
        return sum(row.action == action for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    kind: Kind
    created: int
    updated: int
    unchanged: int
    warnings: tuple[CercleError, ...] = ()  # the reception seats of members whose start date moved, freed


# --- reading files -----------------------------------------------------------------------------------


TEXT_SUFFIXES = (".csv", ".txt", ".tsv")  # .txt: Excel's « Texte Unicode » and « Texte (séparateur : tabulation) »
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".numbers")
# The text a list to import may hold: rules.MAX_LINES lines of a spreadsheet, with room to spare. More is another
# file, refused before it is read: a CSV of hundreds of megabytes, or the XML of an .ods, which odfpy holds in
# memory many times over.
MAX_MEGABYTES = 20
# A few kilobytes of an .ods unzip to megabytes of XML (a row repeated, a style per cell): measured unzipped.
MAX_ODS_MEGABYTES = 4 * MAX_MEGABYTES
# Byte order marks: UTF-16 is Excel's « Texte Unicode » (tab-separated) and Calc's CSV in « Unicode ».
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_rows(path: Path) -> list[list[str]]:
    """The cells of a .csv or .txt (UTF-8 with or without BOM, UTF-16 with its BOM, or Windows-1252; ';', ',' or a
    tab) or of the first sheet of an .ods file."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix in WORKBOOK_SUFFIXES:
        raise CercleError(UNREADABLE, name=path.name, reason=A_WORKBOOK)
    if suffix not in (*TEXT_SUFFIXES, ".ods"):
        raise CercleError(UNSUPPORTED, name=path.name)
    try:
        if suffix != ".ods":
            return rules.csv_rows(_csv_text(path))
        return _ods_rows(path)
    except CercleError:
        raise
    except OSError as error:
        raise CercleError(UNREADABLE, name=path.name, reason=file_errors.reason(error)) from None
    except Exception:  # noqa: BLE001 - odfpy raises many kinds (zipfile's, XML's) on a file that is not a spreadsheet
        raise CercleError(UNREADABLE, name=path.name, reason=NOT_A_SPREADSHEET) from None


def _csv_text(path: Path) -> str:
    """The text of a .csv file: UTF-8, UTF-16 with its BOM, or else Windows-1252, in which Excel saves its French
    « CSV (séparateur : point-virgule) » (tried last: accents in Windows-1252 are hardly ever valid UTF-8)."""
    with path.open("rb") as file:  # the size of the file read, whatever happens to the path meanwhile
        if os.fstat(file.fileno()).st_size > MAX_MEGABYTES * 1_000_000:
            raise CercleError(TOO_LARGE, name=path.name, limit=MAX_MEGABYTES)
        data = file.read()
    if data.startswith(b"PK\x03\x04"):  # a zip: an .xlsx or .ods renamed
        raise CercleError(UNREADABLE, name=path.name, reason=A_WORKBOOK)
    encodings = ("utf-16",) if data.startswith(UTF16_BOMS) else ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:  # a binary file, or UTF-16 text without its BOM: never a spreadsheet's CSV
            raise CercleError(UNREADABLE, name=path.name, reason=NOT_TEXT)
        return text
    raise CercleError(NOT_UTF8, name=path.name)


def _ods_rows(path: Path) -> list[list[str]]:
    """The rows of the first sheet; repeated rows and columns are expanded, but the endless empty ones that
    a spreadsheet writes after its data (a million rows, a thousand columns) are not."""
    from odf.opendocument import load
    from odf.table import Table, TableRow

    with zipfile.ZipFile(path) as package:  # not a zip: refused by read_rows as no spreadsheet
        unzipped = sum(entry.file_size for entry in package.infolist() if entry.filename.endswith(".xml"))
    if unzipped > MAX_ODS_MEGABYTES * 1_000_000:
        raise CercleError(TOO_LARGE, name=path.name, limit=MAX_ODS_MEGABYTES)
    sheets = load(str(path)).spreadsheet.getElementsByType(Table)
    if not sheets:
        return []
    rows: list[list[str]] = []
    pending_blank = 0
    for row in sheets[0].getElementsByType(TableRow):
        cells = list(_ods_cells(row))
        repeat = int(row.getAttribute("numberrowsrepeated") or 1)
        if not cells:
            pending_blank += repeat
            continue
        rows.extend([] for _ in range(pending_blank))
        pending_blank = 0
        rows.extend(list(cells) for _ in range(repeat))
    return rows


def _ods_cells(row: Any) -> Iterator[str]:  # odfpy's elements are untyped
    """The values of a row, trailing empty cells left out."""
    from odf.namespaces import TABLENS

    pending_blank = 0
    for cell in row.childNodes:
        if cell.qname not in ((TABLENS, "table-cell"), (TABLENS, "covered-table-cell")):
            continue
        value = _ods_value(cell)
        repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
        if not value:
            pending_blank += repeat
            continue
        yield from [""] * pending_blank
        pending_blank = 0
        yield from [value] * repeat


def _ods_value(cell: Any) -> str:
    """A date cell as yyyy-mm-dd, a number as its exact value (not as shown), anything else as its text."""
    from odf import teletype
    from odf.text import P

    kind = cell.getAttribute("valuetype")
    if kind == "date" and cell.getAttribute("datevalue"):
        return str(cell.getAttribute("datevalue"))[:10]
    if kind in ("float", "percentage", "currency") and cell.getAttribute("value"):
        return str(cell.getAttribute("value"))
    return "\n".join(teletype.extractText(paragraph) for paragraph in cell.getElementsByType(P)).strip()


# --- matching and writing ----------------------------------------------------------------------------


def _existing(ctx: Context, db: Session, kind: Kind) -> dict[Hashable, Existing]:
    """The records of ``kind`` by ``rules.key``: "salle bleue" updates "Salle bleue", as their uniqueness sees
    them; a weekly slot in force today or later, by its day and times (the latest, when it changes ahead); a
    category by its label as stored or as read (« Réunions » is the built-in "Meetings")."""
    if kind == Kind.RECEPTION:
        in_force = select(ShiftTemplate).where(
            (col(ShiftTemplate.valid_until) == None) | (col(ShiftTemplate.valid_until) >= ctx.today()))  # noqa: E711 - SQL
        ordered = in_force.order_by(col(ShiftTemplate.valid_from), col(ShiftTemplate.id))
        return {(row.weekday, row.start_time, row.end_time): row for row in db.exec(ordered)}
    if kind == Kind.CATEGORIES:
        return {key: row for row in db.exec(select(TimeCategory)) for key in hours.label_keys(row.label)}
    return {fold(row.name): row for row in db.exec(select(TABLES[kind]))}


def _member_values(record: MemberRecord, current: Member | None) -> dict[str, Any]:
    draft = record.draft
    values: dict[str, Any] = {
        "name": draft.name,
        "contract_minutes": draft.contract_minutes,
        "working_days": working_days_text(draft.working_days),
    }
    if draft.profession or current is None:
        values["profession"] = draft.profession
    if current is None or current.contract_minutes != draft.contract_minutes:
        values["self_management_minutes"] = draft.effective_self_management()  # else: their own split stays
    for key in ("start_date", "phone", "email"):  # an empty cell keeps what Cercle knows
        if getattr(draft, key) or current is None:
            values[key] = getattr(draft, key)
    return values


def _room_values(record: RoomRecord, current: Room | None) -> dict[str, Any]:
    return {"name": record.name, "capacity": record.capacity}


def _partner_values(record: PartnerRecord, current: Partner | None) -> dict[str, Any]:
    """The name, and every detail the file gives: an empty cell keeps what Cercle knows."""
    values: dict[str, Any] = {"name": record.name}
    for key in ("kind", "contact_person", "phone", "email", "notes"):
        if getattr(record, key) or current is None:
            values[key] = getattr(record, key)
    return values


def _person_values(record: PersonRecord, current: Person | None) -> dict[str, Any]:
    """The name, role and partner, and the contact details the file gives: an empty cell keeps them."""
    draft = record.draft
    values: dict[str, Any] = {"name": draft.name, "role": draft.role.value, "partner_id": draft.partner_id}
    for key in ("phone", "email", "consent_on"):
        if getattr(draft, key) or current is None:
            values[key] = getattr(draft, key)
    return values


def _reception_values(record: ReceptionRecord, current: ShiftTemplate | None) -> dict[str, Any]:
    """The day and times, and the seats and label the file gives: an empty cell keeps them."""
    values: dict[str, Any] = {"weekday": record.weekday, "start_time": record.start, "end_time": record.end}
    if record.seats is not None or current is None:
        values["seats"] = rules.DEFAULT_SEATS if record.seats is None else record.seats
    if record.label or current is None:
        values["label"] = record.label
    return values


def _category_values(record: CategoryRecord, current: TimeCategory | None) -> dict[str, Any]:
    """A new category as the file names it; one Cercle knows keeps its label (the built-in ones are stored in
    English, shown translated), is brought back if it was retired, and takes the type the file gives, when its
    type may change (see _type_checked)."""
    if current is not None:
        if record.is_self_management is None:
            return {"active": True}
        return {"active": True, "is_self_management": record.is_self_management}
    return {"label": record.name, "active": True,
            "is_self_management": True if record.is_self_management is None else record.is_self_management}


# Each takes its kind's record and row.
VALUES: dict[Kind, Callable[[Any, Any], dict[str, Any]]] = {
    Kind.MEMBERS: _member_values, Kind.ROOMS: _room_values, Kind.PARTNERS: _partner_values,
    Kind.PEOPLE: _person_values, Kind.RECEPTION: _reception_values, Kind.CATEGORIES: _category_values,
}


def _with_partner(partners: dict[str, int | None], record: Record) -> Record:
    """A person's line with their partner found by name; a partner Cercle does not know is refused."""
    if not isinstance(record, PersonRecord) or not record.partner:
        return record
    partner_id = partners.get(fold(record.partner))
    if partner_id is None:
        raise CercleError(UNKNOWN_PARTNER, name=record.partner)
    return replace(record, draft=replace(record.draft, partner_id=partner_id))


def _agreed_by_today(ctx: Context, record: Record) -> Record:
    """A person's line checked by the rules of the day (a consent dated after today is refused), as the service
    checks it when it writes: in the preview, with its line, not once importing with none."""
    if isinstance(record, PersonRecord):
        people_rules.clean_draft(record.draft, ctx.today())
    return record


def _type_checked(db: Session, existing: dict[Hashable, Existing], record: Record) -> Record:
    """A category Cercle knows takes another type only as the service would change it (none of its hours would
    change sides); refused with the service's reason otherwise."""
    current = existing.get(rules.key(record))
    if isinstance(record, CategoryRecord) and isinstance(current, TimeCategory) \
            and record.is_self_management not in (None, current.is_self_management):
        problem = hours.kind_refusal(db, current, record.is_self_management)
        if problem is not None:
            raise problem
    return record


def _checked(parsed: rules.Parsed, check: Callable[[Record], Record]) -> rules.Parsed:
    """``parsed`` with each record through ``check``, which may complete it; one it refuses is its line's
    error, among the others in the order of the lines."""
    records: list[Record] = []
    errors = list(parsed.errors)
    for record in parsed.records:
        try:
            records.append(check(record))
        except CercleError as problem:
            errors.append(RowError(record.line, problem))
    return rules.Parsed(tuple(records), tuple(sorted(errors, key=lambda e: getattr(e, "line", 0))))


def _parse(ctx: Context, db: Session, kind: Kind, rows: Sequence[Sequence[str]]) -> rules.Parsed:
    """The lines of ``rows``, checked against what Cercle already knows."""
    parsed = rules.parse(kind, rows)
    if kind in TABLES:  # a name Cercle or an earlier line has with other accents: the same person, not a second
        lookalikes = rules.Lookalikes(row.name for row in db.exec(select(TABLES[kind])))
        parsed = _checked(parsed, lookalikes.check)
    if kind == Kind.PEOPLE:
        partners = {fold(row.name): row.id for row in db.exec(select(Partner))}
        return _checked(parsed, lambda record: _with_partner(partners, _agreed_by_today(ctx, record)))
    if kind == Kind.CATEGORIES:
        existing = _existing(ctx, db, kind)
        return _checked(parsed, lambda record: _type_checked(db, existing, record))
    return parsed


def _plan(ctx: Context, db: Session, kind: Kind,
          records: Sequence[Record]) -> list[tuple[Record, Existing | None, dict[str, Any]]]:
    """Each record with the row it updates (None: a new one) and the values that change."""
    existing = _existing(ctx, db, kind)
    planned = []
    for record in records:
        current = existing.get(rules.key(record))
        values = VALUES[kind](record, current)
        if current is not None:
            values = {key: value for key, value in values.items() if getattr(current, key) != value}
        planned.append((record, current, values))
    return planned


def _action(current: Existing | None, changes: dict[str, Any]) -> str:
    return CREATE if current is None else UPDATE if changes else SAME


def preview_rows(ctx: Context, kind: Kind, rows: Sequence[Sequence[str]]) -> Preview:
    """What importing ``rows`` (headers first) would do, and every error; nothing is written."""
    with ctx.reading() as db:
        parsed = _parse(ctx, db, kind, rows)
        planned = _plan(ctx, db, kind, parsed.records)
    return Preview(
        kind,
        tuple(PlannedRow(record, _action(current, changes), current.id if current else None,
                         frozenset(changes) if current else frozenset())
              for record, current, changes in planned),
        parsed.errors,
    )


def preview(ctx: Context, kind: Kind, path: Path) -> Preview:
    """What importing the file would do; a file that cannot be read at all raises CercleError."""
    return preview_rows(ctx, Kind(kind), read_rows(path))


def import_records(ctx: Context, kind: Kind, records: Sequence[Record]) -> ImportResult:
    """Create or update every record in one transaction, each audited; matched by name, never duplicated."""
    kind = Kind(kind)
    warnings: list[CercleError] = []
    with ctx.writing() as unit:
        planned = _plan(ctx, unit.db, kind, records)
        for record, current, changes in planned:
            # A line the rules refuse now (a category's hours came since the preview, a name taken meanwhile):
            # nothing is written, and the line is named.
            try:
                if current is not None and changes:
                    warnings += _update(unit, kind, current, changes)
                elif current is None and not isinstance(record, MemberRecord):
                    _create(unit, kind, record, changes)
            except CercleError as problem:
                raise ImportRefused([RowError(record.line, problem)]) from problem
        # The new members together (a colour of their own and a first day, as when added by hand): the team's
        # names and colours read once, not for each line, which made an import of n members cost n².
        arrivals = [record.draft for record, current, _changes in planned
                    if current is None and isinstance(record, MemberRecord)]
        if arrivals:
            members.Arrivals(unit).add_all(arrivals)
    actions = [_action(current, changes) for _record, current, changes in planned]
    return ImportResult(kind, actions.count(CREATE), actions.count(UPDATE), actions.count(SAME), tuple(warnings))


def _create(unit: UnitOfWork, kind: Kind, record: Record, values: dict[str, Any]) -> None:
    if isinstance(record, RoomRecord):
        rooms.create(unit, record.name, record.capacity)
        return
    if isinstance(record, ReceptionRecord):  # from today on, as a slot added by hand
        rota.insert_template(unit, record.weekday, record.start, record.end, values["seats"], values["label"],
                             unit.context.today())
        return
    if isinstance(record, CategoryRecord):  # placed last, its label checked again as one typed in
        hours.insert_category(unit, record.name, values["is_self_management"])
        return
    if isinstance(record, PersonRecord):  # checked, and audited without the name nor the contact data
        people.insert(unit, record.draft)
        return
    row = unit.add(TABLES[kind](**values))
    unit.audit("add", ENTITIES[kind], row.id, after=row)


def _update(unit: UnitOfWork, kind: Kind, row: Existing, changes: dict[str, Any]) -> tuple[CercleError, ...]:
    """Write ``changes`` to ``row``; returns what they changed besides, to tell (a member's freed seats)."""
    if isinstance(row, Room):
        rooms.change(unit, row, **changes)
        return ()
    if isinstance(row, ShiftTemplate):  # from today on, as a slot changed by hand: its shifts nobody holds follow
        rota.replace_template(unit, row, start=row.start_time, end=row.end_time,
                              seats=changes.get("seats", row.seats), label=changes.get("label", row.label),
                              from_day=unit.context.today())
        return ()
    if isinstance(row, TimeCategory):  # brought back, its type changed: see _category_values
        if "is_self_management" in changes:  # checked again, the row locked: hours may have come since the preview
            hours.change_kind(unit, hours.locked(unit.db, row), changes["is_self_management"])
        if "active" in changes:
            hours.change_active(unit, row, True)
        return ()
    if isinstance(row, Person):
        values = {key: getattr(row, key) for key in ("name", "role", "phone", "email", "consent_on", "partner_id")}
        values.update(changes)
        people.change(unit, row, PersonDraft(**{**values, "role": PersonRole(values["role"])}))
        return ()
    dates = members.contract_dates(row) if isinstance(row, Member) else None
    with unit.change(row, ENTITIES[kind]):
        if isinstance(row, Member):
            _date_contract(unit, row, changes)
        for key, value in changes.items():
            setattr(row, key, value)
        if isinstance(row, Member):
            row.version += 1  # an editor open on this member elsewhere is told, not overwritten
    if isinstance(row, Member) and dates is not None:  # a later start date: she leaves the shifts before it
        return members.dates_changed(unit, row, dates)
    return ()


def _date_contract(unit: UnitOfWork, member: Member, changes: dict[str, Any]) -> None:
    """A new contract in the file applies from this week on, as one typed in the member's record by default:
    the weeks before keep the contract they had."""
    if any(name in changes for name in members.CONTRACT_COLUMNS):
        contract = {name: changes.get(name, getattr(member, name)) for name in members.CONTRACT_COLUMNS}
        members.record_contract(unit, member, contract, unit.context.today())


def import_file(ctx: Context, kind: Kind, path: Path) -> ImportResult:
    """Read, check and import ``path``; raises ImportRefused (every error, nothing written) on a bad line."""
    kind = Kind(kind)
    with ctx.reading() as db:
        parsed = _parse(ctx, db, kind, read_rows(path))
    if parsed.errors:
        raise ImportRefused(parsed.errors)
    return import_records(ctx, kind, parsed.records)
