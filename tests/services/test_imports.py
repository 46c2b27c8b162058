"""Importing the team, rooms, partners, reception slots and time categories from .csv and .ods files, on both
engines: all or nothing, by name (a reception slot: by its day and times)."""

import codecs
import shutil
import subprocess
import unicodedata
import zipfile
from datetime import date, time, timedelta

import pytest
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import CoveredTableCell, Table, TableCell, TableRow
from odf.text import P
from sqlmodel import select

from app.domain.imports import Kind, PersonRecord
from app.domain.members import MemberDraft
from app.domain.people import PersonDraft, PersonRole
from app.services import hours, imports, members, rooms, rota
from app.services import workshops as ws
from app.storage.models import AuditEntry, Member
from app.storage.models.people import Person

WEEK_47 = date(2026, 11, 16)


def write_csv(path, text: str, *, bom: bool = False):
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def write_ods(path, rows: list[list]):
    """A real spreadsheet: text cells, number and date cells, repeated cells and rows, a merged cell."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Équipe")
    for cells in rows:
        row = TableRow()
        for value in cells:
            row.addElement(_ods_cell(value))
        row.addElement(TableCell(numbercolumnsrepeated=1020))  # the empty columns a spreadsheet writes
        table.addElement(row)
    table.addElement(TableRow(numberrowsrepeated=1048000))  # and the empty rows
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _ods_cell(value):
    if isinstance(value, tuple):  # (value, times): one cell repeated
        cell = _ods_cell(value[0])
        cell.setAttribute("numbercolumnsrepeated", str(value[1]))
        return cell
    if value is None:
        return CoveredTableCell()
    if isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
        cell.addElement(P(text=value.strftime("%d/%m/%Y")))
    elif isinstance(value, float | int):
        cell = TableCell(valuetype="float", value=str(value))
        cell.addElement(P(text=str(value).replace(".", ",")))
    else:
        cell = TableCell(valuetype="string")
        if value:
            cell.addElement(P(text=value))
    return cell


def test_a_28_hour_member_from_monday_to_thursday_owes_20_and_8_hours_in_week_47(ctx, tmp_path):
    team = write_csv(tmp_path / "équipe.csv",
                     "Nom;Fonction;Heures;Jours;Depuis\nAmina Benali;Médecin;28;lun mar mer jeu;05/01/2026\n", bom=True)
    result = imports.import_file(ctx, Kind.MEMBERS, team)
    assert (result.created, result.updated) == (1, 0)
    (amina,) = members.list_members(ctx)
    assert (amina.name, amina.profession, amina.working_days, amina.start_date) == (
        "Amina Benali", "Médecin", frozenset({0, 1, 2, 3}), date(2026, 1, 5)
    )
    week = hours.week_totals(ctx, amina.id, WEEK_47)
    assert (week.target_profession, week.target_self_management) == (20 * 60, 8 * 60)


def test_importing_again_updates_by_name_and_never_duplicates(ctx, tmp_path):
    first = write_csv(tmp_path / "a.csv", "Name,Profession,Hours,Days\nAmina Benali,Médecin,28,mon tue wed thu\n"
                                          "Bruno Martin,Infirmier,35,mon tue wed thu fri\n")
    imports.import_file(ctx, Kind.MEMBERS, first)
    bruno = next(m for m in members.list_members(ctx) if m.name == "Bruno Martin")
    members.update_member(ctx, bruno.id, MemberDraft(**{**bruno.draft().__dict__, "self_management_minutes": 300}))
    again = write_csv(tmp_path / "b.csv", "Name,Profession,Hours,Days\namina benali,Médecin,30,mon tue wed thu\n"
                                          "Bruno Martin,,35,mon tue wed thu fri\nChloé Petit,Kiné,24,mon tue wed\n")
    preview = imports.preview(ctx, Kind.MEMBERS, again)
    assert [(row.record.name, row.action) for row in preview.rows] == [
        ("amina benali", "update"), ("Bruno Martin", "same"), ("Chloé Petit", "create")
    ]
    result = imports.import_file(ctx, Kind.MEMBERS, again)
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    team = {m.name: m for m in members.list_members(ctx)}
    assert sorted(team) == ["Bruno Martin", "Chloé Petit", "amina benali"]
    assert team["amina benali"].contract_minutes == 30 * 60 and team["amina benali"].version == 2
    assert team["Bruno Martin"].profession == "Infirmier"  # an empty cell keeps what Cercle knows
    assert team["Bruno Martin"].self_management_minutes == 300  # their own split, the contract unchanged
    with ctx.reading() as db:
        audit = [(e.action, e.entity) for e in db.exec(select(AuditEntry).order_by(AuditEntry.id))]
    assert audit.count(("add", "member")) == 3 and audit.count(("edit", "member")) == 2  # one by hand


def test_nothing_is_written_unless_every_line_is_valid(ctx, tmp_path):
    bad = write_csv(tmp_path / "team.csv", "Nom;Heures\nAmina;28\nBruno;abc\nChloé;35\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.MEMBERS, bad)
    assert [str(e) for e in refused.value.errors] == ["Line 3: hours “abc” cannot be read"]
    assert members.list_members(ctx) == []
    with ctx.reading() as db:
        assert db.exec(select(Member)).all() == []


def test_an_ods_file_with_repeated_and_merged_cells(ctx, tmp_path):
    path = write_ods(tmp_path / "équipe.ods", [
        ["Nom", "Fonction", "Heures", "Jours", "Depuis"],
        ["Amina Benali", "Médecin", 28, "lun mar mer jeu", date(2026, 1, 5)],
        [],
        ["Bruno Martin", None, 17.5, "", "2026-02-02"],
        [("", 2), "Heures", ("", 2)],  # a line with only a stray value: its name is missing
    ])
    preview = imports.preview(ctx, Kind.MEMBERS, path)
    assert [str(e) for e in preview.errors] == ["Line 5: the name is empty"]
    assert [(r.record.line, r.record.name) for r in preview.rows] == [(2, "Amina Benali"), (4, "Bruno Martin")]
    bruno = preview.rows[1].record.draft
    assert (bruno.contract_minutes, bruno.start_date, bruno.working_days) == (
        17 * 60 + 30, date(2026, 2, 2), frozenset(range(5))
    )
    assert imports.import_records(ctx, Kind.MEMBERS, preview.records).created == 2
    amina = next(m for m in members.list_members(ctx) if m.name == "Amina Benali")
    assert (amina.contract_minutes, amina.start_date) == (28 * 60, date(2026, 1, 5))


def test_rooms_and_partners_import_the_same_way(ctx, tmp_path):
    rooms.add_room(ctx, "Salle bleue", 6)
    imported = imports.import_file(ctx, Kind.ROOMS, write_csv(tmp_path / "salles.csv",
                                                              "Nom,Capacité\nsalle bleue,14\nBureau 2,\n"))
    assert (imported.created, imported.updated) == (1, 1)
    assert [(r.name, r.capacity) for r in rooms.list_rooms(ctx)] == [("Bureau 2", 10), ("salle bleue", 14)]
    ws.add_partner(ctx, ws.PartnerDraft(name="PMI", kind="PMI", phone="0476000002"))
    partners = write_ods(tmp_path / "partenaires.ods", [
        ["Nom", "Type", "Contact", "Téléphone", "Courriel"],
        ["CPAM de l'Isère", "assurance maladie", "Mme Roux", "04.76.00.00.01", "contact@cpam.fr"],
        ["PMI", "", "M. Blanc", "", ""],
    ])
    result = imports.import_file(ctx, Kind.PARTNERS, partners)
    assert (result.created, result.updated) == (1, 1)
    found = {p.name: p for p in ws.list_partners(ctx)}
    assert found["CPAM de l'Isère"].phone == "04 76 00 00 01"
    assert (found["PMI"].kind, found["PMI"].contact_person, found["PMI"].phone) == ("PMI", "M. Blanc", "04 76 00 00 02")
    assert imports.import_file(ctx, Kind.PARTNERS, partners).unchanged == 2


def test_files_that_cannot_be_read_say_why(ctx, tmp_path):
    from app.domain.errors import CercleError

    for path, message in [
        (tmp_path / "team.docx", r"Cercle imports \.csv, \.txt and \.ods files, not “team\.docx”"),
        (tmp_path / "team.xlsx", r"cannot be read: it is a workbook \(such as \.xlsx\), not CSV text: save it as \.ods"),
        (write_csv(tmp_path / "binary.csv", "x"), None),
        (tmp_path / "absent.csv", "cannot be read"),
        (tmp_path / "broken.ods", "cannot be read"),
    ]:
        if path.name == "binary.csv":
            path.write_bytes(b"Nom;Heures\n\x81\x8d\x90;35\n")  # neither UTF-8 nor Windows-1252
            message = "is not UTF-8 text"
        if path.name == "broken.ods":
            path.write_bytes(b"not a zip")
        with pytest.raises(CercleError, match=message):
            imports.preview(ctx, Kind.MEMBERS, path)


def test_a_csv_file_as_excel_saves_it_in_france_is_read(ctx, tmp_path):
    """Excel's « CSV (séparateur : point-virgule) » is in Windows-1252, not UTF-8: it was refused whole."""
    team = tmp_path / "équipe.csv"
    team.write_bytes("Nom;Fonction;Heures\r\nHélène Dupré;Médecin généraliste;28\r\nŒdipe Lœuf;Infirmier;35\r\n"
                     .encode("cp1252"))
    assert imports.import_file(ctx, Kind.MEMBERS, team).created == 2
    assert [(m.name, m.profession) for m in members.list_members(ctx)] == [
        ("Hélène Dupré", "Médecin généraliste"), ("Œdipe Lœuf", "Infirmier")]


def test_a_workbook_or_a_binary_file_named_csv_is_refused_saying_what_it_is(ctx, tmp_path):
    """A renamed .xlsx was « not UTF-8 text »; an unclosed quotation mark in a long file was « not an
    OpenDocument spreadsheet »."""
    from app.domain.errors import CercleError

    workbook = tmp_path / "équipe.csv"
    workbook.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"Nom;Places\nSalle\x00;3\n")
    long_note = write_csv(tmp_path / "partners.csv", 'Nom;Notes\nPMI;"attention\n' + "Partenaire;" + "x" * 200_000)
    for path, reason in [(workbook, "it is a workbook (such as .xlsx), not CSV text: save it as .ods or as CSV"),
                         (binary, "it is not a text file")]:
        with pytest.raises(CercleError) as refused:
            imports.preview(ctx, Kind.ROOMS, path)
        assert refused.value.params["reason"] == reason
    with pytest.raises(CercleError, match=r'Line 2: the quotation marks \(\"\) of this line do not pair up'):
        imports.preview(ctx, Kind.PARTNERS, long_note)


def test_why_a_file_cannot_be_read_is_said_in_the_reader_s_words(ctx, tmp_path):
    """Not the system's or the zip library's English (« File is not a zip file », « Is a directory »): the
    reason is a marked text, translated where the message is shown."""
    from app.domain.errors import CercleError

    (tmp_path / "folder.csv").mkdir()
    (tmp_path / "broken.ods").write_bytes(b"pas un tableur")
    for name, reason in [("folder.csv", "it is a folder, not a file"), ("absent.csv", "it does not exist"),
                         ("broken.ods", "it is not an OpenDocument spreadsheet")]:
        with pytest.raises(CercleError) as refused:
            imports.preview(ctx, Kind.MEMBERS, tmp_path / name)
        assert refused.value.params["reason"] == reason and hasattr(refused.value.params["reason"], "context")


def test_a_room_s_capacity_has_an_upper_bound_the_import_and_the_service_share(ctx, tmp_path):
    """A 20-digit capacity passed the import's check and overflowed the database's integer."""
    from app.domain.errors import CercleError

    path = write_csv(tmp_path / "rooms.csv", "Nom;Capacité\nSalle jaune;99999999999999999999\nGymnase;9999\n")
    assert [str(error) for error in imports.preview(ctx, Kind.ROOMS, path).errors] == [
        "Line 2: capacity “99999999999999999999” is more than 9999 places"]
    with pytest.raises(CercleError, match="at most 9999 people"):
        rooms.add_room(ctx, "Salle jaune", 10_000)
    assert rooms.add_room(ctx, "Gymnase", 9999).capacity == 9999


def test_a_member_s_phone_and_e_mail_are_kept_and_an_empty_cell_keeps_them(ctx, tmp_path):
    imports.import_file(ctx, Kind.MEMBERS, write_csv(
        tmp_path / "a.csv", "Nom;Heures;Téléphone;Courriel\nAmina;35;06.12.34.56.78;amina@example.org\n"))
    imports.import_file(ctx, Kind.MEMBERS, write_csv(tmp_path / "b.csv", "Nom;Heures;Téléphone;Courriel\nAmina;35;;\n"))
    (amina,) = members.list_members(ctx)
    assert (amina.phone, amina.email) == ("06 12 34 56 78", "amina@example.org")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.MEMBERS, write_csv(tmp_path / "c.csv", "Nom;Heures;Courriel\nBruno;35;bruno@\n"))
    assert [str(e) for e in refused.value.errors] == ["Line 2: “bruno@” is not an e-mail address"]


def test_a_member_imported_without_a_first_day_arrives_on_the_day_of_the_import(ctx, tmp_path):
    team = write_csv(tmp_path / "equipe.csv",
                     "Nom;Fonction;Heures;Jours\nNadia Ferhat;Infirmière;35;lun mar mer jeu ven\n")
    imports.import_file(ctx, Kind.MEMBERS, team)
    [nadia] = members.list_members(ctx)
    assert nadia.start_date == ctx.today()  # so she owes nothing for the weeks before


def test_imported_members_take_the_colours_nobody_has(ctx, tmp_path):
    from app.domain.members import PALETTE

    coordinator = members.add_member(ctx, MemberDraft(name="Amina Benali"))
    team = write_csv(tmp_path / "equipe.csv", "Nom;Heures\nBruno Petit;35\nChloé Martin;28\nAmina Benali;35\n")
    imports.import_file(ctx, Kind.MEMBERS, team)
    colours = {member.name: member.colour for member in members.list_members(ctx)}
    assert colours == {"Amina Benali": coordinator.colour, "Bruno Petit": PALETTE[1], "Chloé Martin": PALETTE[2]}


def test_a_name_twice_in_the_file_or_already_in_the_team_is_refused_as_before(ctx, tmp_path):
    """The team's names are read once per import and the file's checked against them in Python: the same
    refusals, with the same messages, as when each line read the whole team. « Élodie » typed with an accent
    of its own (e + ◌́, as some keyboards and pastes give it) is the « Élodie » of another line or of the team:
    the import matches names as their uniqueness compares them (``names.fold``), and updates her."""
    typed_apart = unicodedata.normalize("NFD", "Élodie Bérard")
    twice = write_csv(tmp_path / "twice.csv", "Nom;Heures\nÉlodie Bérard;35\nBruno Martin;28\nÉLODIE BÉRARD;35\n"
                                               f"bruno martin;30\n{typed_apart};35\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.MEMBERS, twice)
    assert [str(e) for e in refused.value.errors] == ["Line 4: ÉLODIE BÉRARD is already on line 2",
                                                      "Line 5: bruno martin is already on line 3",
                                                      "Line 6: Élodie Bérard is already on line 2"]
    assert members.list_members(ctx) == []  # nothing of the file was kept

    members.add_member(ctx, MemberDraft(name="Élodie Bérard"))
    team = write_csv(tmp_path / "team.csv", f"Nom;Heures\nChloé Petit;24\n{typed_apart};30\n")
    assert [row.action for row in imports.preview(ctx, Kind.MEMBERS, team).rows] == ["create", "update"]
    imports.import_file(ctx, Kind.MEMBERS, team)
    elodie = [m for m in members.list_members(ctx) if m.name != "Chloé Petit"]
    assert [(m.name, m.contract_minutes) for m in elodie] == [("Élodie Bérard", 30 * 60)]  # stored composed
    with ctx.reading() as db:
        assert sorted(e.action for e in db.exec(select(AuditEntry).where(AuditEntry.entity == "member"))) == [
            "add", "add", "edit"]
    imports.import_file(ctx, Kind.MEMBERS, write_csv(tmp_path / "again.csv", "Nom;Heures\nélodie bérard;35\n"))
    assert ("élodie bérard", 35 * 60) in [(m.name, m.contract_minutes) for m in members.list_members(ctx)]


def test_rooms_match_their_names_as_they_are_compared(ctx, tmp_path):
    """« salle  étoile » with two spaces and an accent typed apart is the room « Salle Étoile »: updated, not
    refused as another room of the same name."""
    rooms.add_room(ctx, "Salle Étoile", 10)
    apart = unicodedata.normalize("NFD", "salle  étoile")
    imports.import_file(ctx, Kind.ROOMS, write_csv(tmp_path / "rooms.csv", f"Nom;Places\n{apart};14\n"))
    assert [room.capacity for room in rooms.list_rooms(ctx)] == [14]


TODAY = date(2026, 11, 23)  # a Monday: TEST_NOW's day


def slots(ctx, day=TODAY) -> list[tuple]:
    return sorted((t.weekday, t.start, t.end, t.seats, t.label, t.valid_from) for t in rota.list_templates(ctx, on=day))


def test_reception_slots_are_imported_all_or_nothing_each_error_by_its_line(ctx, tmp_path):
    bad = write_csv(tmp_path / "accueil.csv", "Jour;Début;Fin;Places;Libellé\nlundi;8h30;12h30;2;Accueil\n"
                                              "mardi;14:00;12:00;1;\nJeudi;08:30;12:30;deux;\nlundi;08:30;12:30;;\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.RECEPTION, bad)
    assert [str(e) for e in refused.value.errors] == [
        "Line 3: A shift must end after it starts.",
        "Line 4: seats “deux” is not a number from 1 to 20",
        "Line 5: the same weekly slot is already on line 2",
    ]
    assert str(refused.value) == "Nothing was imported: correct the 3 error(s) in the file first."
    assert rota.list_templates(ctx) == []


def test_reception_slots_start_today_and_a_known_one_takes_its_new_seats_from_today(ctx, tmp_path):
    """Imported again, a slot of the same day and times is changed as by hand from today on (its shifts nobody
    holds follow), not added twice; an empty cell keeps what Cercle knows."""
    monday = rota.add_template(ctx, 0, time(8, 30), time(12, 30), 1, "", valid_from=TODAY - timedelta(weeks=2))
    rota.add_template(ctx, 3, time(14), time(18), 2, "Café-accueil", valid_from=TODAY - timedelta(weeks=2))
    rota.create_shifts_ahead(ctx, 2)
    path = write_csv(tmp_path / "accueil.csv", "Day,Start,End,Seats,Label\nMonday,08:30,12:30,3,Accueil\n"
                                               "tue,14h,18h,,\nlundi,8h30,12h,,\njeudi,14:00,18:00,,\n")
    preview = imports.preview(ctx, Kind.RECEPTION, path)
    assert preview.errors == ()
    assert [(row.record.line, row.action) for row in preview.rows] == [
        (2, "update"), (3, "create"), (4, "create"), (5, "same")]
    result = imports.import_file(ctx, Kind.RECEPTION, path)
    assert (result.created, result.updated, result.unchanged) == (2, 1, 1)
    assert slots(ctx) == [
        (0, time(8, 30), time(12), 1, "", TODAY),  # the same start, another end: another slot
        (0, time(8, 30), time(12, 30), 3, "Accueil", TODAY),
        (1, time(14), time(18), 1, "", TODAY),
        (3, time(14), time(18), 2, "Café-accueil", TODAY - timedelta(weeks=2)),
    ]
    assert slots(ctx, TODAY - timedelta(days=1))[0][:5] == (0, time(8, 30), time(12, 30), 1, "")  # the past stays
    next_monday = rota.shifts_between(ctx, TODAY + timedelta(weeks=1), TODAY + timedelta(weeks=1))
    assert [(s.seats, s.label) for s in next_monday] == [(3, "Accueil")]  # nobody held it: it follows
    with ctx.reading() as db:
        audit = [(e.action, e.entity_id) for e in db.exec(
            select(AuditEntry).where(AuditEntry.entity == "shift_template").order_by(AuditEntry.id))]
    assert audit.count(("edit", monday.id)) == 1 and len([a for a in audit if a[0] == "add"]) == 2 + 3
    again = imports.import_file(ctx, Kind.RECEPTION, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def held(line: int, label: str) -> str:
    """The refusal of a line that would move a category holding hours to the other side."""
    return (f"Line {line}: {label} already holds hours: changing its kind would move them to the other count. "
            "Retire it and create another category of the right kind instead.")


def test_time_categories_are_imported_matched_as_their_labels_read_and_keep_their_type(ctx, tmp_path):
    """« meetings » is the built-in « Meetings », a retired category is brought back, and no line changes the
    type of a category whose hours would change sides, nor of a built-in one; all or nothing."""
    amina = members.add_member(ctx, MemberDraft(name="Amina", start_date=date(2026, 1, 5))).id
    research = hours.add_category(ctx, "Recherche-action")
    hours.record_entry(ctx, amina, date(2026, 11, 16), research.id, 60)
    hours.set_category_active(ctx, research.id, False)
    refused_file = write_csv(tmp_path / "categories.csv", "Libellé;Type\nPlaidoyer;\nTéléconsultation;métier\n"
                                                          "PROFESSION;autogestion\nmeetings;bof\n"
                                                          "Recherche-action;métier\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.CATEGORIES, refused_file)
    assert [str(e) for e in refused.value.errors] == [
        "Line 4: Profession is built into Cercle as the category of the profession: its kind cannot be changed.",
        "Line 5: type “bof” cannot be read (write autogestion or métier)",
        held(6, "Recherche-action"),
    ]
    before = hours.list_categories(ctx, include_retired=True)
    assert "Plaidoyer" not in [c.label for c in before]
    path = write_csv(tmp_path / "categories.csv", "Category,Kind\nPlaidoyer,\nTéléconsultation,profession\n"
                                                  "meetings,self-management\nrecherche-action,\nProfession,\n")
    preview = imports.preview(ctx, Kind.CATEGORIES, path)
    assert [(row.record.name, row.action) for row in preview.rows] == [
        ("Plaidoyer", "create"), ("Téléconsultation", "create"), ("meetings", "same"),
        ("recherche-action", "update"), ("Profession", "same")]
    result = imports.import_file(ctx, Kind.CATEGORIES, path)
    assert (result.created, result.updated, result.unchanged) == (2, 1, 2)
    after = hours.list_categories(ctx, include_retired=True)
    assert [(c.label, c.is_self_management, c.active) for c in after[len(before):]] == [
        ("Plaidoyer", True, True), ("Téléconsultation", False, True)]  # placed last, in the file's order
    assert {c.label: c.active for c in after}["Recherche-action"]  # brought back, its label as it was
    assert [c.label for c in after].count("Meetings") == 1
    with ctx.reading() as db:
        audit = [e.action for e in db.exec(select(AuditEntry).where(AuditEntry.entity == "time_category"))]
    assert audit.count("add") == 3 and audit.count("reactivate") == 1  # one added by hand
    assert imports.import_file(ctx, Kind.CATEGORIES, path).unchanged == 5


def kinds(ctx) -> dict[str, bool]:
    return {c.label: c.is_self_management for c in hours.list_categories(ctx, include_retired=True)}


def test_an_import_changes_the_type_of_a_category_without_hours_all_or_nothing(ctx, tmp_path):
    """A category created on the wrong side is set right by the file, as by hand; a line that cannot be refuses
    the whole file, with the service's reason, and nothing is written."""
    amina = members.add_member(ctx, MemberDraft(name="Amina", start_date=date(2026, 1, 5))).id
    consults = hours.add_category(ctx, "Téléconsultation")  # of self-management, by mistake
    supervision = hours.add_category(ctx, "Supervision")
    hours.record_entry(ctx, amina, date(2026, 11, 16), supervision.id, 60)
    refused_file = write_csv(tmp_path / "refused.csv", "Libellé;Type\nTéléconsultation;métier\n"
                                                       "Supervision;métier\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.CATEGORIES, refused_file)
    assert [str(e) for e in refused.value.errors] == [
        held(3, "Supervision")]
    assert kinds(ctx)["Téléconsultation"] and kinds(ctx)["Supervision"]  # nothing written
    path = write_csv(tmp_path / "categories.csv", "Libellé;Type\nTéléconsultation;métier\nSupervision;\n"
                                                  "Training;autogestion\n")
    preview = imports.preview(ctx, Kind.CATEGORIES, path)
    assert [(row.record.name, row.action, row.changes) for row in preview.rows] == [
        ("Téléconsultation", "update", {"is_self_management"}), ("Supervision", "same", set()),
        ("Training", "same", set())]
    result = imports.import_file(ctx, Kind.CATEGORIES, path)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    assert not kinds(ctx)["Téléconsultation"]
    with ctx.reading() as db:
        audit = [(e.action, e.entity_id) for e in db.exec(
            select(AuditEntry).where(AuditEntry.entity == "time_category").order_by(AuditEntry.id))]
    assert audit[-1] == ("change_kind", consults.id) and [a for a, _ in audit].count("change_kind") == 1
    # Hours recorded between the preview and the import: refused as a line of the file, nothing written.
    back = write_csv(tmp_path / "back.csv", "Libellé;Type\nPlaidoyer;\nTéléconsultation;autogestion\n")
    preview = imports.preview(ctx, Kind.CATEGORIES, back)
    assert not preview.errors
    hours.record_entry(ctx, amina, date(2026, 11, 17), consults.id, 60)
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_records(ctx, Kind.CATEGORIES, preview.records)
    assert [str(e) for e in refused.value.errors] == [
        held(3, "Téléconsultation")]
    assert "Plaidoyer" not in kinds(ctx) and not kinds(ctx)["Téléconsultation"]


def test_excel_s_unicode_text_and_calc_s_utf16_csv_are_read(ctx, tmp_path):
    """Excel's « Texte Unicode » (UTF-16 with its BOM, tab-separated, saved as .txt) was refused as « not a text
    file », and the .txt as not a spreadsheet."""
    text = "Nom\tFonction\tHeures\tDepuis\r\nHélène Dupré\tMédecin\t7,5\t06/12/2026\r\nŒdipe Lœuf\tInfirmier\t35\t\r\n"
    little = tmp_path / "équipe.txt"
    little.write_bytes(text.encode("utf-16"))  # Python writes its BOM, little-endian here as on Windows
    big = tmp_path / "équipe.csv"
    big.write_bytes(codecs.BOM_UTF16_BE + text.replace("\t", ";").encode("utf-16-be"))
    for path in (little, big):
        preview = imports.preview(ctx, Kind.MEMBERS, path)
        assert preview.errors == () and [r.record.name for r in preview.rows] == ["Hélène Dupré", "Œdipe Lœuf"]
    assert imports.import_file(ctx, Kind.MEMBERS, little).created == 2
    helene = members.list_members(ctx)[0]
    assert (helene.contract_minutes, helene.start_date) == (7 * 60 + 30, date(2026, 12, 6))


def test_a_file_saved_by_calc_as_unicode_text_imports_as_the_spreadsheet_shows_it(ctx, tmp_path):
    """The file LibreOffice Calc itself writes from an .ods: UTF-16, tabs, a date cell saved as its day number,
    a phone number without its leading zero, a decimal point."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    sheet = write_ods(tmp_path / "équipe.ods", [["Nom", "Fonction", "Heures", "Depuis", "Téléphone"],
                                                ["Hélène Dupré", "Médecin", 7.5, date(2026, 12, 6), 612345678]])
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless", "--convert-to",
                    "txt:Text - txt - csv (StarCalc):9,34,65535,1,,1036", "--outdir", str(tmp_path / "txt"),
                    str(sheet)], capture_output=True, timeout=180, check=False)
    saved = tmp_path / "txt" / "équipe.txt"
    assert saved.read_bytes().startswith(codecs.BOM_UTF16_LE)
    imports.import_file(ctx, Kind.MEMBERS, saved)
    (helene,) = members.list_members(ctx)
    assert (helene.name, helene.contract_minutes, helene.start_date, helene.phone) == (
        "Hélène Dupré", 7 * 60 + 30, date(2026, 12, 6), "06 12 34 56 78")


def test_a_file_far_larger_than_a_list_is_refused_before_it_is_read(ctx, tmp_path):
    """A 50 MB CSV was read whole and checked line by line while the window stood still; an .ods of a few
    kilobytes may unzip to gigabytes of XML, which odfpy holds in memory many times over."""
    from app.domain.errors import CercleError

    huge = tmp_path / "patients.csv"
    line = "Nom;Places\r\n" + "Salle;12;" + "x" * 990 + "\r\n"
    huge.write_bytes(line.encode() * (imports.MAX_MEGABYTES * 1000 + 1))
    with pytest.raises(CercleError) as refused:
        imports.preview(ctx, Kind.ROOMS, huge)
    assert str(refused.value) == (f"The file patients.csv is too large for an import (more than "
                                  f"{imports.MAX_MEGABYTES} MB of text): is it the right file?")
    bomb = tmp_path / "salles.ods"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", b" " * (imports.MAX_ODS_MEGABYTES * 1_000_000 + 1))
    assert bomb.stat().st_size < 1_000_000
    with pytest.raises(CercleError, match="is too large for an import"):
        imports.preview(ctx, Kind.ROOMS, bomb)
    assert rooms.list_rooms(ctx) == []


def test_a_member_typed_with_other_accents_is_refused_not_added_twice(ctx, tmp_path):
    """« HELENE DUPRE » in the file, « Hélène Dupré » in the team: a second member was created, counted twice in
    the rota and the balance. Refused with its line, nothing written; her name as Cercle has it updates her."""
    members.add_member(ctx, MemberDraft(name="Hélène Dupré"))
    lookalike = write_csv(tmp_path / "équipe.csv", "Nom;Heures\nAmina Benali;28\nHELENE DUPRE;30\n"
                                                  "Amina BENALI;28\n")
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.MEMBERS, lookalike)
    assert [str(e) for e in refused.value.errors] == [
        ("Line 3: HELENE DUPRE differs from Hélène Dupré, already in Cercle, only by accents, spaces or "
         "punctuation: write the name as Cercle has it (someone else of that name is added by hand)"),
        "Line 4: Amina BENALI is already on line 2",
    ]
    assert [m.name for m in members.list_members(ctx)] == ["Hélène Dupré"]
    imports.import_file(ctx, Kind.MEMBERS, write_csv(tmp_path / "ok.csv", "Nom;Heures\nhélène dupré;30\n"))
    assert [(m.name, m.contract_minutes) for m in members.list_members(ctx)] == [("hélène dupré", 30 * 60)]
    rooms.add_room(ctx, "Salle Étoile", 10)
    with pytest.raises(imports.ImportRefused, match="correct the 1 error"):
        imports.import_file(ctx, Kind.ROOMS, write_csv(tmp_path / "salles.csv", "Nom;Places\nSALLE ETOILE;12\n"))


def test_a_consent_dated_after_today_is_refused_by_the_preview_with_its_line(ctx, tmp_path):
    """The preview let « 06/12/2026 » through on 23/11/2026; the import then failed with « The date of consent
    cannot be after today. », no line named, and the CLI said the same."""
    path = write_csv(tmp_path / "annuaire.csv", "Nom;Téléphone;Accord\nAïcha;06 12 34 56 78;20/11/2026\n"
                                                "Bintou;07 56 78 12 34;06/12/2026\n")
    preview = imports.preview(ctx, Kind.PEOPLE, path)
    assert [str(e) for e in preview.errors] == ["Line 3: The date of consent cannot be after today."]
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_file(ctx, Kind.PEOPLE, path)
    assert [str(e) for e in refused.value.errors] == ["Line 3: The date of consent cannot be after today."]
    # Records checked before, on another day: refused when written, with their line, nothing written.
    checked = (PersonRecord(2, PersonDraft(name="Aïcha", role=PersonRole.INHABITANT)),
               PersonRecord(3, PersonDraft(name="Bintou", role=PersonRole.INHABITANT, phone="07 56 78 12 34",
                                           consent_on=date(2026, 12, 6))))
    with pytest.raises(imports.ImportRefused) as refused:
        imports.import_records(ctx, Kind.PEOPLE, checked)
    assert [str(e) for e in refused.value.errors] == ["Line 3: The date of consent cannot be after today."]
    with ctx.reading() as db:
        assert db.exec(select(Person)).all() == []
