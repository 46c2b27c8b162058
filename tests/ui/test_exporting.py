"""Every export of the pages ends the same way: a message naming the file, with a button opening its folder;
the suggested name is in the interface language."""

from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services import meetings
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.ui import exporting
from app.ui.exporting import ExportedMessage
from app.ui.pages.decisions import DecisionsPage
from app.ui.pages.hours import HoursPage
from app.ui.pages.meetings import MeetingsPage
from app.ui.pages.reception import ReceptionPage
from app.ui.pages.workshops import WorkshopsPage
from tests.french import typeset
from tests.ui.conftest import finish_background


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The save dialog, answered at once: the suggested name in tmp_path/exports. Returns the names suggested."""
    suggested: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    class Answer:
        @staticmethod
        def getSaveFileName(parent, title, proposed, filters):  # noqa: N802 - Qt's name
            suggested.append(Path(proposed).name)
            return str(folder / Path(proposed).name), filters.split(";;")[0]

    monkeypatch.setattr(exporting, "QFileDialog", Answer)
    return suggested


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """The folders the message's button asked the system to open (none is opened for real)."""
    folders: list[Path] = []
    monkeypatch.setattr(exporting, "open_folder", folders.append)
    return folders


def meetings_page(workspace):
    draft = MeetingDraft(title="Réunion d'équipe", day=date(2026, 11, 23), start=time(12, 30), end=time(14))
    meetings.create_weekly_series(workspace.ctx, draft, 1)
    return MeetingsPage(workspace, "Meetings")


def the_message(page) -> ExportedMessage:
    message = page.findChild(ExportedMessage)
    assert message is not None and message.isVisible()
    return message


def test_the_minutes_are_suggested_in_french_and_the_message_opens_their_folder(
    qtbot, workspace, french, save_dialog, opened, tmp_path
):
    page = meetings_page(workspace)
    qtbot.addWidget(page)
    page.show()
    page.minutes.ask_export("pdf")
    finish_background(qtbot)
    assert save_dialog == ["compte-rendu-2026-11-23.pdf"]
    message = the_message(page)
    assert message.text() == typeset("« compte-rendu-2026-11-23.pdf » est enregistré.")
    assert str(tmp_path / "exports") in message.informativeText()
    assert message.open_button.text() == "Ouvrir le dossier"
    message.open_button.click()
    assert opened == [tmp_path / "exports"]
    assert (tmp_path / "exports" / "compte-rendu-2026-11-23.pdf").read_bytes().startswith(b"%PDF")


def decisions_export(workspace):
    page = DecisionsPage(workspace, "Decisions")
    return page, page.export


def hours_export(workspace):
    page = HoursPage(workspace, "Hours")
    return page, page.export_report


def roster_export(workspace):
    page = ReceptionPage(workspace, "Reception")
    return page, page.export_pdf


def workshops_export(workspace):
    page = WorkshopsPage(workspace, "Workshops")
    return page, lambda: page.export_month("pdf")


def minutes_export(workspace):
    page = meetings_page(workspace)
    return page, lambda: page.minutes.ask_export("md")


def meetings_calendar_export(workspace):
    page = meetings_page(workspace)
    return page, page.calendar_button.click


@pytest.mark.parametrize(
    "make, name",
    [
        (decisions_export, "register-of-decisions.odt"),
        (hours_export, "hours-2026-10-05-2026-11-29.csv"),
        (roster_export, "roster-2026-W48.pdf"),
        (workshops_export, "workshops-2026-11.pdf"),
        (minutes_export, "minutes-2026-11-23.md"),
        (meetings_calendar_export, "meetings-2026-11.ics"),
    ],
    ids=["decisions", "hours", "roster", "workshops", "minutes", "meetings-calendar"],
)
def test_every_export_ends_with_the_file_named_and_its_folder_at_hand(
    qtbot, workspace, save_dialog, opened, tmp_path, make, name
):
    page, export = make(workspace)
    qtbot.addWidget(page)
    page.show()
    export()
    finish_background(qtbot)
    assert save_dialog == [name]
    assert (tmp_path / "exports" / name).stat().st_size > 0
    message = the_message(page)
    assert message.text() == f"“{name}” is saved." and message.folder == tmp_path / "exports"
    message.open_button.click()
    assert opened == [tmp_path / "exports"] and not message.isVisible()


def test_a_failed_export_says_its_error_and_no_success(qtbot, workspace, save_dialog, monkeypatch, tmp_path):
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    errors = []
    monkeypatch.setattr("app.ui.exporting.show_error", lambda parent, title, error: errors.append(error))
    (tmp_path / "exports").rmdir()
    (tmp_path / "exports").write_text("")  # a file where the folder should be: nothing can be written there
    page.export_month("ics")
    finish_background(qtbot)
    assert errors and page.findChild(ExportedMessage) is None


@pytest.mark.parametrize(("name", "suggested"), [("Léa / Jo ?", "Léa - Jo -.json"), ("Con", "Con-.json")])
def test_a_participant_s_data_is_suggested_under_a_name_every_system_accepts(qtbot, workspace, monkeypatch,
                                                                              name, suggested):
    """« Léa / Jo ? » suggested « Léa / Jo ?.json »: a folder « Léa » that does not exist, and a « ? » Windows
    refuses; a pseudonym « Con » suggested « Con.json »: Windows's console, not a file."""
    workshop = ws.add_workshop(workspace.ctx, ws.WorkshopDraft("Cuisine", capacity=5))
    session = ws.add_session(workspace.ctx, workshop.id,
                             ws.SessionDraft(date(2026, 11, 26), time(14), time(16))).sessions[0]
    ws.enrol(workspace.ctx, session.id, name, "06 12 34 56 78")
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.select_workshop(workshop.id)
    page.select_session(session.id)
    page.registration_table.selectRow(0)
    proposed: list[str] = []
    monkeypatch.setattr(exporting.QFileDialog, "getSaveFileName",
                        lambda _parent, _title, path, _filters: proposed.append(path) or ("", ""))
    page.export_person_button.click()
    assert proposed == [str(Path.home() / suggested)]


@pytest.mark.parametrize(("name", "safe"), [
    ('Dr. Martin J.: "CMP" <Grenoble>|*.json', "Dr. Martin J.- -CMP- -Grenoble-.json"),
    ("minutes-2026-11-23.pdf", "minutes-2026-11-23.pdf"),
    ("Martin J..json", "Martin J.json"),  # Windows drops a stem's last dot
    ("nul.csv", "nul-.csv"),  # Windows's devices, whatever the case and the extension
    ("Con .pdf", "Con-.pdf"),
    ("AUX", "AUX-"),
    ("prn.tar.gz", "prn-.tar.gz"),
    ("com1.json", "com1-.json"),
    ("LPT9 . .csv", "LPT9-.csv"),
    ("COM¹.json", "COM¹-.json"),  # Windows reads ¹ ² ³ as digits
    ("lpt³", "lpt³-"),
    ("CONOUT$.txt", "CONOUT$-.txt"),
    ("COM10.json", "COM10.json"),  # not devices: kept
    ("COM0.json", "COM0.json"),
    ("Conan.json", "Conan.json"),
    ("Nul et non avenu.pdf", "Nul et non avenu.pdf"),
    ("", "-"),
])
def test_a_file_name_is_made_safe_for_every_system(name, safe):
    assert exporting.safe_file_name(name) == safe


def _windows_refuses(name: str) -> bool:
    """What Windows refuses, or reads as a device (as Python 3.13's ntpath.isreserved, on a name alone)."""
    devices = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
        port + digit for port in ("COM", "LPT") for digit in "123456789¹²³"}
    return (any(c in '<>:"/\\|?*' or ord(c) < 32 for c in name)
            or name.endswith((" ", "."))
            or name.partition(".")[0].rstrip(" ").upper() in devices)


@settings(max_examples=300, deadline=None)
@given(st.text() | st.builds("".join, st.lists(st.sampled_from(
    ["con", "NUL", "Aux", "prn", "COM", "lpt", "1", "9", "0", "¹", "³", "$", "IN", "OUT", ".", " ", "..", ".json",
     "é", "/", ":", "?"]), max_size=6)))
def test_any_text_makes_a_file_name_windows_accepts(name):
    safe = exporting.safe_file_name(name)
    assert safe and safe.strip(" .")  # something to name a file with, not « . » nor « .. »
    assert not _windows_refuses(safe), safe
    assert exporting.safe_file_name(safe) == safe  # already safe: kept as it is
