"""The Workshops page driven by hand: a workshop edited, a session changed or cancelled (only once confirmed,
naming who to tell), a registration cancelled for the waiting list, a person forgotten, the attendance
recorded, partners added and edited, the month exported to a calendar. Each click is checked in the database
and on the page."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QTimeEdit,
)

from app import formatting
from app.services import workshops as ws
from app.ui.dialogs.workshops import AttendanceDialog, PartnerDialog, SessionDialog, WorkshopDialog
from app.ui.exporting import ExportedMessage
from app.ui.pages.workshops import WorkshopsPage
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered, finish_background, shown
from tests.ui.mouse import (
    answer,
    button_with_text,
    click_button,
    click_row_showing,
    click_standard,
    click_tab,
    modal_closed,
    named,
    say_yes,
)

SAVE = QDialogButtonBox.StandardButton.Save
OK = QMessageBox.StandardButton.Ok
TODAY = TEST_NOW.date()
THURSDAY = TODAY + timedelta(days=3)


@pytest.fixture
def yoga(workspace):
    """A workshop of two places, its session on Thursday: Nadia registered, Yves waiting."""
    ctx = workspace.ctx
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Yoga doux", capacity=2))
    session = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(10), time(12))).sessions[0]
    ws.enrol(ctx, session.id, "Nadia", "06 11 22 33 44", places=2)
    ws.enrol(ctx, session.id, "Yves")
    return session


@pytest.fixture
def page(qtbot, workspace, yoga):
    widget = shown(qtbot, WorkshopsPage(workspace, "Workshops"))
    delivered()
    click_row_showing(qtbot, named(widget, QTableView, "Workshops"), "Yoga doux")
    return widget


def column(page, table: str, header: str) -> list[str]:
    model = named(page, QTableView, table).model()
    index = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def people(ctx, session_id: int) -> dict[str, str]:
    return {p.name: p.status for p in ws.list_enrolments(ctx, session_id)}


def read_and_close(qtbot) -> list[str]:
    return answer(QMessageBox, lambda box: click_standard(qtbot, box, OK))


def test_a_registration_cancelled_once_confirmed_gives_its_places_to_the_waiting_list(
        qtbot, workspace, page, yoga):
    assert column(page, "Registrations", "Status") == ["confirmed", "waiting list"]
    assert not button_with_text(page, "Cancel registration").isEnabled()  # nobody chosen yet
    click_row_showing(qtbot, named(page, QTableView, "Registrations"), "Nadia")
    asked = say_yes(qtbot)
    told = read_and_close(qtbot)
    click_button(qtbot, page, "Cancel registration")
    assert asked == ["Cancel the registration of Nadia?"]
    assert told == ["Yves"]  # to be told they have a place now
    assert people(workspace.ctx, yoga.id) == {"Yves": "confirmed"}  # a cancelled one is listed no more
    assert page.message.text() == "The registration of Nadia is cancelled."
    assert column(page, "Registrations", "Participant") == ["Yves"]
    assert column(page, "Sessions", "Places taken") == ["1 / 2"]


def test_a_session_is_cancelled_only_once_confirmed_and_names_who_to_tell(qtbot, workspace, page, yoga):
    click_row_showing(qtbot, named(page, QTableView, "Sessions"), formatting.long_date(THURSDAY))
    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    click_button(qtbot, page, "Cancel session")
    assert asked == [(f"Cancel the session of {formatting.long_date(THURSDAY)}? "
                      "The people registered will have to be told.")]
    assert ws.get_session(workspace.ctx, yoga.id).status == "planned"

    say_yes(qtbot)
    told = read_and_close(qtbot)
    click_button(qtbot, page, "Cancel session")
    assert told == ["Nadia 06 11 22 33 44\nYves"]
    assert ws.get_session(workspace.ctx, yoga.id).status == "cancelled"
    assert page.message.text() == f"The session of {formatting.long_date(THURSDAY)} is cancelled."
    assert column(page, "Sessions", "Status") == ["cancelled"]
    for action in ("Cancel session", "Change session…", "Register a participant…", "Attendance…"):
        assert not button_with_text(page, action).isEnabled(), action


def later_by_an_hour(qtbot, dialog: SessionDialog) -> None:
    for name in ("Start", "End"):
        edit = named(dialog, QTimeEdit, name)
        edit.setTime(edit.time().addSecs(3600))
    click_standard(qtbot, dialog, SAVE)


def test_a_session_is_changed(qtbot, workspace, page, yoga):
    click_row_showing(qtbot, named(page, QTableView, "Sessions"), formatting.long_date(THURSDAY))
    answer(SessionDialog, lambda dialog: later_by_an_hour(qtbot, dialog))
    click_button(qtbot, page, "Change session…")
    changed = ws.get_session(workspace.ctx, yoga.id)
    assert (changed.start, changed.end) == (time(11), time(13))
    delivered()
    assert column(page, "Sessions", "Time") == [f"{formatting.clock(time(11))}–{formatting.clock(time(13))}"]


def retitle(qtbot, dialog: WorkshopDialog) -> None:
    title = named(dialog, QLineEdit, "Title")
    title.selectAll()
    qtbot.keyClicks(title, "Yoga du matin")
    click_standard(qtbot, dialog, SAVE)


def test_a_workshop_is_edited(qtbot, workspace, page, yoga):
    answer(WorkshopDialog, lambda dialog: retitle(qtbot, dialog))
    click_button(qtbot, page, "Edit…")
    assert ws.get_workshop(workspace.ctx, yoga.workshop_id).workshop.title == "Yoga du matin"
    delivered()
    assert column(page, "Workshops", "Workshop") == ["Yoga du matin"]
    assert "Yoga du matin" in page.summary.text()


def test_a_person_forgotten_is_erased_from_the_page_and_the_database(qtbot, workspace, page, yoga):
    click_row_showing(qtbot, named(page, QTableView, "Registrations"), "Nadia")
    asked = say_yes(qtbot)
    click_button(qtbot, page, "Forget this person")
    assert asked == ["Erase Nadia from every registration? The counts stay; this cannot be undone."]
    erased = {p.id: (p.name, p.phone, p.erased) for p in ws.list_enrolments(workspace.ctx, yoga.id)}
    assert ("", "", True) in erased.values() and len(erased) == 2
    assert page.message.text() == "Registrations of this person erased: 1."
    assert sorted(column(page, "Registrations", "Participant")) == ["(erased)", "Yves"]
    click_row_showing(qtbot, named(page, QTableView, "Registrations"), "(erased)")
    assert not button_with_text(page, "Forget this person").isEnabled()
    assert not button_with_text(page, "Export their data…").isEnabled()


def five_came(qtbot, dialog: AttendanceDialog) -> None:
    named(dialog, QSpinBox, "People there").setValue(5)
    click_standard(qtbot, dialog, SAVE)


def test_the_attendance_of_a_past_session_is_recorded(qtbot, workspace, page, yoga):
    ctx = workspace.ctx
    held = ws.add_session(ctx, yoga.workshop_id, ws.SessionDraft(TODAY, time(8), time(9))).sessions[0]
    delivered()
    sessions = named(page, QTableView, "Sessions")
    click_row_showing(qtbot, sessions, formatting.long_date(THURSDAY))
    assert not button_with_text(page, "Attendance…").isEnabled()  # not held yet
    click_row_showing(qtbot, sessions, formatting.long_date(TODAY))
    answer(AttendanceDialog, lambda dialog: five_came(qtbot, dialog))
    click_button(qtbot, page, "Attendance…")
    assert ws.get_session(ctx, held.id).attendance_count == 5
    assert page.message.text() == f"The attendance of {formatting.long_date(TODAY)} is recorded."


def fill_partner(qtbot, dialog: PartnerDialog, errors: list[str]) -> None:
    click_standard(qtbot, dialog, SAVE)
    errors.append(dialog.error.text())  # no name: said in the dialog, which stays open
    qtbot.keyClicks(named(dialog, QLineEdit, "Name"), "Maison des familles")
    qtbot.keyClicks(named(dialog, QLineEdit, "Phone"), "04 76 00 00 00")
    click_standard(qtbot, dialog, SAVE)


def new_phone(qtbot, dialog: PartnerDialog) -> None:
    phone = named(dialog, QLineEdit, "Phone")
    phone.selectAll()
    qtbot.keyClicks(phone, "04 76 11 11 11")
    click_standard(qtbot, dialog, SAVE)


def test_partners_are_added_then_edited(qtbot, workspace, page):
    click_tab(qtbot, page.tabs, "Partners")
    assert not button_with_text(page, "Edit…").isEnabled()
    errors: list[str] = []
    answer(PartnerDialog, lambda dialog: fill_partner(qtbot, dialog, errors))
    click_button(qtbot, page, "Add a partner…")
    assert errors and errors[0]
    assert [(p.name, p.phone) for p in ws.list_partners(workspace.ctx)] == [("Maison des familles", "04 76 00 00 00")]
    delivered()
    partners = named(page, QTableView, "Partners")
    click_row_showing(qtbot, partners, "Maison des familles")
    answer(PartnerDialog, lambda dialog: new_phone(qtbot, dialog))
    click_button(qtbot, page, "Edit…")
    assert ws.list_partners(workspace.ctx)[0].phone == "04 76 11 11 11"
    delivered()
    assert column(page, "Partners", "Phone") == ["04 76 11 11 11"]


def save_as(qtbot, dialog: QFileDialog, path) -> None:
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    click_standard(qtbot, dialog, SAVE)


def test_the_month_is_exported_to_a_calendar(qtbot, page, tmp_path):
    click_tab(qtbot, page.tabs, "Calendar")
    target = tmp_path / "ateliers.ics"
    answer(QFileDialog, lambda dialog: save_as(qtbot, dialog, target))
    told = answer(ExportedMessage, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Close))
    click_button(qtbot, page, "Export to a calendar (iCalendar)…")
    finish_background(qtbot)
    modal_closed(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    written = target.read_text(encoding="utf-8")
    assert written.startswith("BEGIN:VCALENDAR") and "Yoga doux" in written
    assert f"DTSTART;TZID=Europe/Paris:{date.strftime(THURSDAY, '%Y%m%d')}T100000" in written
