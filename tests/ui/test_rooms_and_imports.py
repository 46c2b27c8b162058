"""Rooms in the Settings page, the room pickers of the workshop and meeting dialogs, and the import preview\nbehind each « Importer… » button."""

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from app import i18n
from app.domain.imports import Kind
from app.services import hours, imports, meetings, members, rooms, rota
from app.services import workshops as ws
from app.ui.dialogs.hours import CategoriesDialog
from app.ui.dialogs.imports import ImportDialog
from app.ui.dialogs.meeting import MeetingDialog
from app.ui.dialogs.rooms import RoomDialog
from app.ui.dialogs.rota_setup import RotaSetupDialog
from app.ui.dialogs.workshops import SessionDialog
from app.ui.pages.settings import SettingsPage
from app.ui.pages.team import TeamPage
from tests.services.test_imports import write_ods
from tests.ui.conftest import finish_background, when_modal
from tests.ui.mouse import answer, click_standard, say_yes

THURSDAY = date(2026, 11, 26)


def test_settings_add_edit_and_retire_rooms(qtbot, workspace):
    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    dialog = RoomDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Salle bleue")
    dialog.capacity.setValue(14)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    rooms.add_room(workspace.ctx, "Bureau 2", 3)
    page.rooms.refresh()
    assert [(r.name, r.capacity) for r in page.rooms.model.rows] == [("Bureau 2", 3), ("Salle bleue", 14)]
    clash = RoomDialog(workspace.ctx, page.rooms.model.rows[0])
    qtbot.addWidget(clash)
    clash.name.setText("salle bleue")
    clash.save()
    assert "already a room called Salle bleue" in clash.error.text()
    page.rooms.select(page.rooms.model.rows[0].id)
    assert page.rooms.active_button.text() == "Retire"
    say_yes(qtbot)
    page.rooms.active_button.click()
    assert [r.active for r in page.rooms.model.rows] == [False, True]
    assert page.rooms.active_button.text() == "Bring back"  # still selected, and nothing was deleted
    assert [r.name for r in rooms.list_rooms(workspace.ctx)] == ["Salle bleue"]


def test_a_room_is_retired_only_once_confirmed(qtbot, workspace):
    """Retire turned into "Bring back" under the mouse at once: the second press of a double click brought the
    room back (two audit entries, nothing changed, nothing said). The question takes the second press now, as
    retiring a time category does."""
    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    room = rooms.add_room(workspace.ctx, "Salle bleue", 14)
    page.rooms.refresh()
    page.rooms.select(room.id)
    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    page.rooms.active_button.click()
    assert asked == ["Salle bleue will no longer be offered for a booking; its bookings stay. Retire it?"]
    assert [r.name for r in rooms.list_rooms(workspace.ctx)] == ["Salle bleue"]
    say_yes(qtbot)
    page.rooms.active_button.click()
    assert rooms.list_rooms(workspace.ctx) == []
    page.rooms.active_button.click()  # bringing it back asks nothing: it undoes nothing
    assert [r.name for r in rooms.list_rooms(workspace.ctx)] == ["Salle bleue"]


def test_a_room_renamed_keeps_a_capacity_the_dialog_could_not_show_before(qtbot, workspace):
    """The dialog stopped at 999: renaming a 5000-place gymnasium (imported) saved 999 without a word."""
    gymnasium = rooms.add_room(workspace.ctx, "Gymnase municipal", 5000)
    dialog = RoomDialog(workspace.ctx, gymnasium)
    qtbot.addWidget(dialog)
    dialog.name.setText("Gymnase Jean Moulin")
    dialog.call_service()
    assert [(r.name, r.capacity) for r in rooms.list_rooms(workspace.ctx)] == [("Gymnase Jean Moulin", 5000)]


def test_pickers_offer_rooms_in_use_and_keep_a_booking_s_retired_room(qtbot, workspace):
    ctx = workspace.ctx
    bleue = rooms.add_room(ctx, "Salle bleue", 12)
    bureau = rooms.add_room(ctx, "Bureau 2", 3)
    meeting = meetings.create_meeting(ctx, meetings.MeetingDraft("Réunion", THURSDAY, time(9), time(10),
                                                                 room_id=bureau.id))
    rooms.set_room_active(ctx, bureau.id, False)

    new = MeetingDialog(ctx, THURSDAY)
    qtbot.addWidget(new)
    assert [new.room.itemText(i) for i in range(new.room.count())] == ["No room", "Salle bleue"]
    new.room.setCurrentIndex(1)
    assert new.draft().room_id == bleue.id

    edit = MeetingDialog(ctx, THURSDAY, meeting=meeting)
    qtbot.addWidget(edit)
    assert edit.room.currentText() == "Bureau 2 (no longer in use)"
    edit.title.setText("Réunion d'équipe")
    edit.save()
    assert edit.result_view.room_id == bureau.id  # saving other details keeps it

    amina = members.list_members(ctx)[0].id
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft(title="Cuisine", capacity=3), facilitators={amina: 0})
    planned = SessionDialog(ctx, workshop.id)
    qtbot.addWidget(planned)
    assert [planned.room.itemText(i) for i in range(planned.room.count())] == ["no room (outside)", "Salle bleue"]


def import_file(tmp_path, text: str):
    path = tmp_path / "équipe.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_preview_lists_the_lines_and_refuses_a_file_with_errors(qtbot, workspace, tmp_path):
    path = import_file(tmp_path, "Nom;Fonction;Heures;Jours\nAmina Benali;Médecin;28;lun mar mer jeu\n"
                                 "Bruno Martin;Infirmier;abc;lun\nChloé Petit;Kiné;24;mon tue wed\n")
    preview = imports.preview(workspace.ctx, Kind.MEMBERS, path)
    dialog = ImportDialog(workspace.ctx, preview, path.name)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not dialog.errors.isHidden()
    assert dialog.errors.toPlainText() == "Line 3: hours “abc” cannot be read"
    rows = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(dialog.model.rowCount())]
    assert rows == [["2", "update", "Amina Benali"], ["4", "new", "Chloé Petit"]]
    assert "Kiné" in dialog.model.index(1, 3).data() and "24 h" in dialog.model.index(1, 3).data()
    assert [m.name for m in members.list_members(workspace.ctx)] == ["Amina Benali"]


def test_import_from_the_team_page_in_one_go(qtbot, workspace, tmp_path, monkeypatch):
    path = import_file(tmp_path, "Name,Profession,Hours,Days,Since\nChloé Petit,Kiné,24,mon tue wed,2026-01-05\n"
                                 "amina benali,Médecin,28,mon tue wed thu,\n")
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr("app.ui.dialogs.imports.QFileDialog.getOpenFileName", lambda *args: (str(path), ""))
    told: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.imports.QMessageBox.information", lambda _p, _t, text: told.append(text))
    seen: list[str] = []

    def click_import(dialog):
        seen.append(dialog.summary.text())
        dialog.ok_button.click()

    QTimer.singleShot(0, lambda: when_modal(ImportDialog, click_import))
    page.import_button.click()
    assert seen == ["1 to create, 1 to update, 0 already up to date."]
    assert told == ["1 created, 1 updated, 0 already up to date."]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2)
    team = {m.name: m for m in members.list_members(workspace.ctx)}
    assert team["amina benali"].contract_minutes == 28 * 60 and team["Chloé Petit"].start_date == date(2026, 1, 5)


def test_rooms_import_from_settings_with_the_same_dialog(qtbot, workspace, tmp_path):
    path = tmp_path / "salles.csv"
    path.write_text("Nom;Places\nSalle bleue;12\n", encoding="utf-8")
    dialog = ImportDialog(workspace.ctx, imports.preview(workspace.ctx, Kind.ROOMS, path), path.name)
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, 3).data() == "12 people"
    dialog.ok_button.click()
    finish_background(qtbot)
    assert dialog.result_view.created == 1
    assert dialog.done_message() == "1 created, 0 updated, 0 already up to date."
    assert [(r.name, r.capacity) for r in rooms.list_rooms(workspace.ctx)] == [("Salle bleue", 12)]


def import_through_the_button(qtbot, monkeypatch, path, button) -> tuple[list[ImportDialog], list[str]]:
    """Press ``button``, choose ``path``, import from the real preview; returns the previews seen and what was
    said once done."""
    monkeypatch.setattr("app.ui.dialogs.imports.QFileDialog.getOpenFileName", lambda *args: (str(path), ""))
    told: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.imports.QMessageBox.information", lambda _p, _t, text: told.append(text))
    seen: list[ImportDialog] = []

    def click_import(dialog):
        seen.append(dialog)
        dialog.ok_button.click()

    QTimer.singleShot(0, lambda: when_modal(ImportDialog, click_import))
    button.click()
    qtbot.waitUntil(lambda: bool(told))
    return seen, told


def preview_lines(dialog: ImportDialog) -> list[list[str]]:
    return [[dialog.model.index(row, column).data() for column in range(4)] for row in range(dialog.model.rowCount())]


def test_reception_slots_import_from_the_rota_set_up(qtbot, workspace, tmp_path, monkeypatch):
    ctx = workspace.ctx
    rota.add_template(ctx, 0, time(8, 30), time(12, 30), 1, "", valid_from=ctx.today())
    dialog = RotaSetupDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Jour" in dialog.import_slots_button.toolTip()
    path = tmp_path / "accueil.csv"
    path.write_text("Jour;Début;Fin;Places;Libellé\nlundi;8h30;12h30;2;\nMardi;14:00;18:00;;Café-accueil\n",
                    encoding="utf-8")
    seen, told = import_through_the_button(qtbot, monkeypatch, path, dialog.import_slots_button)
    assert seen[0].model.headerData(2, Qt.Orientation.Horizontal) == "Weekly slot"
    assert preview_lines(seen[0]) == [["2", "update", "Monday 08:30–12:30", "seats: 2"],
                                      ["3", "new", "Tuesday 14:00–18:00", "seats: 1 · Café-accueil"]]
    assert told == ["1 created, 1 updated, 0 already up to date."]
    assert [[dialog.slots.index(row, column).data() for column in range(5)] for row in range(dialog.slots.rowCount())] \
        == [["Monday", "08:30", "12:30", "2", ""], ["Tuesday", "14:00", "18:00", "1", "Café-accueil"]]
    assert dialog.message.text() == "Weekly slots imported. “Create shifts ahead” puts their shifts in the rota."


def test_time_categories_import_from_their_dialog(qtbot, workspace, tmp_path, monkeypatch):
    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    path = tmp_path / "categories.ods"
    write_ods(path, [["Libellé", "Type"], ["Plaidoyer", ""], ["Téléconsultation", "métier"], ["Training", ""]])
    seen, told = import_through_the_button(qtbot, monkeypatch, path, dialog.import_button)
    assert preview_lines(seen[0]) == [["2", "new", "Plaidoyer", "self-management"],
                                      ["3", "new", "Téléconsultation", "profession"],
                                      ["4", "no change", "Training", ""]]  # the type it has
    assert told == ["2 created, 0 updated, 1 already up to date."]
    listed = [dialog.records.item(row).text() for row in range(dialog.records.count())]
    assert listed[-2:] == ["Plaidoyer · self-management", "Téléconsultation · profession"]
    assert listed.count("Training · self-management") == 1


def test_an_import_of_categories_says_which_type_changes_and_the_dialog_shows_it(qtbot, workspace, tmp_path,
                                                                                  monkeypatch):
    """Téléconsultation, created of self-management by mistake and holding no hours, is moved by the file; the
    preview says so, and the dialog shows the new kind once the import is done."""
    moved = hours.add_category(workspace.ctx, "Téléconsultation")
    retired = hours.add_category(workspace.ctx, "Plaidoyer")
    hours.set_category_active(workspace.ctx, retired.id, False)
    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.reload(moved.id)
    assert dialog.kind.currentData() is True
    path = tmp_path / "categories.ods"
    write_ods(path, [["Libellé", "Type"], ["Téléconsultation", "métier"], ["Plaidoyer", ""]])
    seen, told = import_through_the_button(qtbot, monkeypatch, path, dialog.import_button)
    assert preview_lines(seen[0]) == [["2", "update", "Téléconsultation", "profession · kind changed"],
                                      ["3", "update", "Plaidoyer", "brought back"]]
    assert told == ["0 created, 2 updated, 0 already up to date."]
    chosen = next(row for row in range(dialog.records.count())
                  if dialog.records.item(row).text() == "Téléconsultation · profession")  # its kind now
    dialog.records.setCurrentRow(chosen)
    assert dialog.current().id == moved.id and dialog.kind.currentData() is False


def test_a_file_is_read_off_the_gui_thread_and_a_refusal_said_in_french(qtbot, workspace, french, tmp_path,
                                                                        monkeypatch):
    """The preview read and checked the file on the GUI thread: an .ods of thousands of lines froze the window
    for seconds, without a word. A file Cercle cannot read is said, and nothing opens."""
    import threading

    from tests.french import typeset

    page = TeamPage(workspace, "Équipe")
    qtbot.addWidget(page)
    readers: list[str] = []
    real_preview = imports.preview

    def preview(*args):
        readers.append(threading.current_thread().name)
        return real_preview(*args)

    monkeypatch.setattr("app.services.imports.preview", preview)
    refusals: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.imports.show_error",
                        lambda _parent, _title, error: refusals.append(i18n.message(error)))
    path = tmp_path / "équipe.txt"
    path.write_bytes("Nom\tHeures\r\nHélène Dupré\t7h30\r\n".encode("utf-16"))
    seen, _told = import_through_the_button(qtbot, monkeypatch, path, page.import_button)
    assert readers == ["cercle-background"] and preview_lines(seen[0])[0][:3] == ["2", "nouveau", "Hélène Dupré"]
    workbook = tmp_path / "équipe.xlsx"
    workbook.write_bytes(b"PK\x03\x04")
    monkeypatch.setattr("app.ui.dialogs.imports.QFileDialog.getOpenFileName", lambda *args: (str(workbook), ""))
    page.import_button.click()
    assert refusals == [typeset("Le fichier équipe.xlsx est illisible : c'est un classeur (par exemple .xlsx), "
                                "pas un texte CSV : enregistrez-le au format .ods ou CSV")]


def test_a_line_refused_once_importing_is_listed_with_its_line(qtbot, workspace, tmp_path):
    """Hours recorded in a category between the preview and the click: the dialog said only « Nothing was
    imported: correct the 1 error(s) in the file first. », not which line nor why."""
    ctx = workspace.ctx
    consults = hours.add_category(ctx, "Téléconsultation")
    path = tmp_path / "categories.csv"
    path.write_text("Libellé;Type\nPlaidoyer;\nTéléconsultation;métier\n", encoding="utf-8")
    dialog = ImportDialog(ctx, imports.preview(ctx, Kind.CATEGORIES, path), path.name)
    qtbot.addWidget(dialog)
    assert dialog.errors.isHidden() and dialog.ok_button.isEnabled()
    hours.record_entry(ctx, ctx.actor_id, date(2026, 11, 17), consults.id, 60)
    dialog.ok_button.click()
    finish_background(qtbot)
    assert dialog.error.text() == "Nothing was imported: correct the 1 error(s) in the file first."
    assert not dialog.errors.isHidden() and dialog.errors.toPlainText().startswith("Line 3: ")
    assert not dialog.ok_button.isEnabled()
    assert "Plaidoyer" not in [c.label for c in hours.list_categories(ctx)]


def test_a_team_whose_phone_numbers_lost_their_0_in_the_spreadsheet_is_imported(qtbot, workspace, tmp_path,
                                                                                 monkeypatch):
    """« 06 12 45 78 90 » typed in a cell left as a number is kept as 612457890, and so written to the CSV by
    LibreOffice (or to the .ods as a number): the whole import was refused, « This is not a phone number »,
    for a file nobody can see anything wrong in. The 0 is given back."""
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    path = tmp_path / "equipe.csv"
    path.write_bytes("Nom;Prénom;Fonction;Heures hebdo;Jours;Téléphone\r\n"
                     "Petit;Bruno;Médecin généraliste;28;lun mar jeu ven;612457890\r\n"
                     "Roux;Élodie;Sage-femme;24,5;mar mer jeu;\r\n".encode())
    assert imports.preview(workspace.ctx, Kind.MEMBERS, path).errors == ()  # else the preview waits, Import greyed
    seen, told = import_through_the_button(qtbot, monkeypatch, path, page.import_button)
    assert seen[0].errors.isHidden() and told == ["2 created, 0 updated, 0 already up to date."]
    assert {m.name: m.phone for m in members.list_members(workspace.ctx)}["Bruno Petit"] == "06 12 45 78 90"
    ods = write_ods(tmp_path / "partenaires.ods", [["Nom", "Téléphone"], ["CPAM de l'Isère", 476000001]])
    preview = imports.preview(workspace.ctx, Kind.PARTNERS, ods)
    assert preview.errors == () and preview.records[0].phone == "04 76 00 00 01"


@pytest.fixture
def cercle_style(qapp):
    """Cercle's style sheet, its fonts and margins, as the window has it; Qt's own after the test."""
    from app.ui.application import load_style

    palette = qapp.palette()
    load_style(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def test_the_preview_of_a_team_shows_each_line_whole_or_in_its_tooltip(qtbot, workspace, french, cercle_style,
                                                                        tmp_path):
    """A team as a French centre writes it: at the preview's own size, « depuis le 05/01/2026 » was cut off
    most lines, without a way to read it."""
    from tests.ui.test_nothing_clipped import cell_problems

    path = tmp_path / "equipe.csv"
    path.write_text("Nom;Prénom;Fonction;Heures;Jours;Depuis\n"
                    "Bernard;Yasmine;Animatrice d'éducation populaire;28;mar mer jeu ven;05/01/2026\n"
                    "Da Silva;Jean-Marc;Infirmier;35;lun mar mer jeu ven;05/01/2026\n", encoding="utf-8")
    dialog = ImportDialog(workspace.ctx, imports.preview(workspace.ctx, Kind.MEMBERS, path), path.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert cell_problems("preview", dialog.table) == []
    details = dialog.model.index(0, 3)
    assert details.data() == ("Animatrice d'éducation populaire · 28 h par semaine · mar. mer. jeu. ven. · depuis "
                              "le 05/01/2026")
