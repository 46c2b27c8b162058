"""A closed cycle on the Workshops page, by hand: its people listed instead of a session's registrations, someone
enrolled in the cycle, someone leaving it (the first waiting person let in), the attendance of a session taken
from its members, and the switch refused once people are enrolled."""

from datetime import time, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QTableView

from app import formatting
from app.domain.cycles import CycleStatus, Presence
from app.services import workshops as ws
from app.ui.dialogs.workshops import CycleAttendanceDialog, CycleEnrolDialog, DropOutDialog
from app.ui.pages.workshops import WorkshopsPage
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered, shown
from tests.ui.mouse import answer, button_with_text, click_button, click_row_showing, click_standard, named
from tests.ui.test_workshops_by_hand import column

SAVE = QDialogButtonBox.StandardButton.Save
TODAY = TEST_NOW.date()


@pytest.fixture
def group(workspace):
    """A cycle of two seats: a session last week, today and next week; Ana and Béa in, Chloé waiting, since
    ten days ago."""
    ctx = workspace.ctx
    clock = ctx.clock
    ctx.clock = lambda: TEST_NOW - timedelta(days=10)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe de parole", capacity=2, is_cycle=True))
    ws.add_series(ctx, workshop.id, ws.SessionDraft(TODAY - timedelta(days=7), time(14), time(16)), count=3)
    for name in ("Ana", "Béa", "Chloé"):
        ws.enrol_in_cycle(ctx, workshop.id, name)
    ctx.clock = clock
    return workshop


@pytest.fixture
def page(qtbot, workspace, group):
    widget = shown(qtbot, WorkshopsPage(workspace, "Workshops"))
    delivered()
    click_row_showing(qtbot, named(widget, QTableView, "Workshops"), "Groupe de parole")
    return widget


def test_the_cycle_lists_its_people_and_seats(page):
    assert not named(page, QTableView, "Registrations").isVisible()
    assert column(page, "People of the cycle", "Participant") == ["Ana", "Béa", "Chloé"]
    assert column(page, "People of the cycle", "Status") == ["enrolled", "enrolled", "waiting list"]
    # Last week's session has happened: who came of those expected, not seats (its attendance is still to take).
    assert column(page, "Sessions", "Places taken") == ["2 / 2", "2 / 2", "attendance not taken / 2"]  # latest first
    assert column(page, "Sessions", "Waiting") == ["1", "1", "—"]
    assert "Closed cycle: 2 enrolled, 1 waiting, 0 dropped out" in page.summary.text()


def named_dan(qtbot, dialog: CycleEnrolDialog) -> None:
    named(dialog, QLineEdit, "First name or pseudonym").setText("Dan")
    click_standard(qtbot, dialog, SAVE)


def test_someone_enrolled_in_the_cycle_waits_when_it_is_full(qtbot, workspace, page, group):
    answer(CycleEnrolDialog, lambda dialog: named_dan(qtbot, dialog))
    click_button(qtbot, page, "Enrol in the cycle…")
    assert page.message.text() == "Dan is on the waiting list of the cycle."
    assert column(page, "People of the cycle", "Participant") == ["Ana", "Béa", "Chloé", "Dan"]


def test_someone_leaving_lets_the_first_waiting_person_in(qtbot, workspace, page, group):
    click_row_showing(qtbot, named(page, QTableView, "People of the cycle"), "Béa")
    answer(DropOutDialog, lambda dialog: click_standard(qtbot, dialog, SAVE))
    told = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    click_button(qtbot, page, "Leave the cycle…")
    assert told == ["Chloé"]
    assert page.message.text() == "Béa has left the cycle."
    statuses = {m.name: m.status for m in ws.get_cycle(workspace.ctx, group.id).members}
    assert statuses == {"Ana": CycleStatus.ENROLLED, "Béa": CycleStatus.DROPPED_OUT, "Chloé": CycleStatus.ENROLLED}


def ana_excused(qtbot, dialog: CycleAttendanceDialog) -> None:
    choice = named(dialog, QComboBox, "Ana")
    choice.setCurrentIndex(choice.findData(Presence.EXCUSED))
    click_standard(qtbot, dialog, SAVE)


def test_the_attendance_of_a_session_is_taken_from_its_members(qtbot, workspace, page, group):
    last_week = TODAY - timedelta(days=7)
    click_row_showing(qtbot, named(page, QTableView, "Sessions"), formatting.long_date(last_week))
    answer(CycleAttendanceDialog, lambda dialog: ana_excused(qtbot, dialog))
    click_button(qtbot, page, "Attendance…")
    roll = {line.name: line.presence for line in ws.session_roll(workspace.ctx, page.selected_session().id)}
    assert roll == {"Ana": Presence.EXCUSED, "Béa": Presence.PRESENT}
    assert "attendance 50" in page.summary.text()
    assert column(page, "Sessions", "Places taken") == ["2 / 2", "2 / 2", "present: 1 / 2"]
    click_row_showing(qtbot, named(page, QTableView, "Sessions"), formatting.long_date(TODAY + timedelta(days=7)))
    assert not button_with_text(page, "Attendance…").isEnabled()  # the future has no attendance


def test_a_cancelled_session_names_the_members_to_tell(qtbot, page):
    click_row_showing(qtbot, named(page, QTableView, "Sessions"), formatting.long_date(TODAY + timedelta(days=7)))
    answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Yes))
    told = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    click_button(qtbot, page, "Cancel session")
    assert told == ["Ana\nBéa"]


def test_the_attendance_rate_is_rounded_as_in_the_activity_report(qtbot, workspace):
    """Five present of eight: 62.5 %, shown 63 % on the page as in the report (never 62 here, 63 there)."""
    from app.exports import activity as activity_export

    ctx = workspace.ctx
    clock = ctx.clock
    ctx.clock = lambda: TEST_NOW - timedelta(days=10)
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Groupe du jeudi", capacity=8, is_cycle=True))
    session = ws.add_series(ctx, workshop.id, ws.SessionDraft(TODAY - timedelta(days=7), time(14), time(16))).sessions[0]
    members = [ws.enrol_in_cycle(ctx, workshop.id, f"Personne {n}").member.id for n in range(8)]
    ctx.clock = clock
    ws.record_cycle_attendance(ctx, session.id, {member: Presence.PRESENT if n < 5 else Presence.ABSENT
                                                 for n, member in enumerate(members)})
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    delivered()
    click_row_showing(qtbot, named(page, QTableView, "Workshops"), "Groupe du jeudi")
    rate = ws.get_cycle(ctx, workshop.id).count.attendance_rate
    assert rate == 0.625 and activity_export._percent(rate) == "63\u00a0%"
    assert "attendance 63%" in page.summary.text()
