"""An absence entered by mistake, taken back from the Hours page: chosen in the list of the member's absences,
cancelled once confirmed, the hours and the reception seats as they were; refused, and said why, in a week
validated or for an absence cancelled elsewhere. By mouse and by keyboard, checked in the database."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTableView

from app import formatting
from app.domain.members import MemberDraft
from app.services import hours, members, rota
from app.ui.dialogs.hours import AbsenceDialog
from tests.conftest import TEST_NOW
from tests.french import typeset
from tests.ui.conftest import delivered
from tests.ui.mouse import answer, button_with_text, click_button, click_row, click_standard, named, say_yes
from tests.ui.test_hours_by_hand import whole_week_of_training

WEEK = hours.week_start(TEST_NOW.date())  # Monday 23 November 2026, 09:00 in Paris
TUESDAY = WEEK + timedelta(days=1)
FRIDAY = WEEK + timedelta(days=4)
NUMBER = WEEK.isocalendar().week
LISTED = f"Your absences from week {NUMBER} on"
CANCEL = "Cancel the absence"
NO = QMessageBox.StandardButton.No


@pytest.fixture
def page(hours_page):
    return hours_page


def listed(page) -> list[tuple[str, str, str]]:
    """The list of absences as the page shows it: kind, first day, last day."""
    model = page.absence_table.model()
    return [tuple(model.index(row, column).data() for column in range(3)) for row in range(model.rowCount())]


def morning_shift_held(ctx, day):
    """A reception shift of one seat on ``day`` morning, held by the member at the desk."""
    shift = rota.add_shift(ctx, day, time(8, 30), time(12, 30), 1, "Café-accueil")
    rota.claim_shift(ctx, shift.id)
    return shift


def week_figures(ctx, member_id) -> tuple[int, int]:
    """The week's self-management target and the running self-management balance at its end."""
    last = hours.balance(ctx, member_id, WEEK, weeks=1)[-1]
    return last.totals.target_self_management, last.balance_self_management


def test_an_absence_cancelled_counts_no_more_and_its_member_gets_her_seat_back(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    shift = morning_shift_held(ctx, TUESDAY)
    before, shown = week_figures(ctx, me), page.target_cells[(2, 1)].text()
    answer(AbsenceDialog, lambda dialog: whole_week_of_training(qtbot, dialog))
    click_button(qtbot, page, "Absence…")
    assert week_figures(ctx, me) != before and not rota.get_shift(ctx, shift.id).claimants
    first, last = formatting.short_date(WEEK), formatting.short_date(FRIDAY)
    assert listed(page) == [("Training", first, last)]
    # chosen at once: the quick way back from a mistake
    assert page.message.text().splitlines()[-1] == "Entered by mistake? “Cancel the absence” takes it back."
    assert button_with_text(page, CANCEL).isEnabled()

    asked = say_yes(qtbot)
    click_button(qtbot, page, CANCEL)
    assert asked == [(f"Cancel the absence of Amina Benali from {first} to {last} (Training)? It will no longer "
                      "count in the hours (it stays in the history), and Amina Benali gets back the reception seats "
                      "it freed that are still free.")]
    assert hours.list_absences(ctx, me) == []
    assert week_figures(ctx, me) == before and page.target_cells[(2, 1)].text() == shown
    assert [claimant.member_id for claimant in rota.get_shift(ctx, shift.id).claimants] == [me]
    assert page.message.text().splitlines() == [
        f"Absence of Amina Benali from {first} to {last} cancelled: it no longer counts.",
        f"Amina Benali gets the seat on {formatting.long_date(TUESDAY)}, 08:30–12:30, back."]
    assert listed(page) == [] and page.absences_title.text() == f"No absence recorded from week {NUMBER} on"
    assert not button_with_text(page, CANCEL).isEnabled()


def test_answering_no_changes_nothing(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    hours.add_absence(ctx, me, TUESDAY, TUESDAY + timedelta(days=1), "sick", half_day_start=True, note="grippe")
    delivered()
    before = week_figures(ctx, me)
    table = named(page, QTableView, LISTED)
    assert listed(page) == [("Sick leave", f"{formatting.short_date(TUESDAY)}, afternoon",
                             formatting.short_date(TUESDAY + timedelta(days=1)))]
    click_row(qtbot, table, lambda index: index.data() == "Sick leave")
    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, NO))
    click_button(qtbot, page, CANCEL)
    assert asked and "from 24/11/2026, afternoon to 25/11/2026 (Sick leave)" in asked[0]
    assert len(hours.list_absences(ctx, me)) == 1 and week_figures(ctx, me) == before
    assert len(listed(page)) == 1 and page.message.text() == ""


def press(qtbot, page, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """``key`` pressed where the focus is, once a dialog closed has given it back to the page (offscreen, no
    window manager gives it back)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if not page.isAncestorOf(QApplication.focusWidget()):  # none, or still in the dialog just closed
        page.activateWindow()
        qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_an_absence_is_recorded_then_taken_back_with_the_keyboard_alone(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    page.grid_view.setFocus()
    answer(AbsenceDialog, lambda dialog: qtbot.keyClick(dialog.note, Qt.Key.Key_Return))  # a holiday, today
    press(qtbot, page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(hours.list_absences(ctx, me)))
    [absence] = hours.list_absences(ctx, me)
    for _ in range(40):  # Tab through the page to the list of absences
        if QApplication.focusWidget() is page.absence_table:
            break
        press(qtbot, page, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.absence_table
    assert page.selected_absence() == hours.AbsenceView(**{
        name: getattr(absence, name) for name in hours.AbsenceView.__dataclass_fields__})
    asked = answer(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Y))
    press(qtbot, page, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not hours.list_absences(ctx, me))
    assert len(asked) == 1 and asked[0].startswith("Cancel the absence of Amina Benali")
    assert hours.list_absences(ctx, me) == []
    assert page.message.text().startswith("Absence of Amina Benali from ")


def test_in_a_validated_week_the_button_says_why_in_french_and_delete_explains(qtbot, workspace, page, french):
    ctx, me = workspace.ctx, workspace.actor_id
    hours.add_absence(ctx, me, TUESDAY, TUESDAY, "training")
    hours.validate_week(ctx, me, WEEK)
    delivered()
    table = page.absence_table
    click_row(qtbot, table, lambda index: index.row() == 0)
    said = typeset("La semaine du lundi 23 novembre 2026 est validée : déverrouillez-la d'abord pour la modifier.")
    button = page.cancel_absence_button
    assert not button.isEnabled() and button.toolTip() == said and page.absence_kept.text() == said
    refused = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # the keyboard's way: the same reason, in a box
    qtbot.waitUntil(lambda: bool(refused))
    assert refused == [said]
    assert len(hours.list_absences(ctx, me)) == 1

    hours.unlock_week(ctx, me, WEEK, "absence saisie par erreur")
    delivered()
    assert button.isEnabled() and page.absence_kept.text() == "" and page.selected_absence() is not None


def test_a_seat_taken_meanwhile_is_not_given_back_and_the_page_says_why_in_french(qtbot, workspace, page,
                                                                                  french):
    ctx, me = workspace.ctx, workspace.actor_id
    shift = morning_shift_held(ctx, TUESDAY)
    absence = hours.add_absence(ctx, me, TUESDAY, TUESDAY, "holiday")
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Petit")).id
    ctx.actor_id = bruno
    rota.claim_shift(ctx, shift.id)  # the seat Amina's absence opened
    ctx.actor_id = me
    delivered()
    assert page.select_absence(absence.id)
    say_yes(qtbot)
    page.cancel_absence_button.click()
    assert hours.list_absences(ctx, me) == []
    assert page.message.text().splitlines()[1:] == [typeset(
        "Amina Benali ne retrouve pas sa place le mardi 24 novembre 2026, 08:30–12:30. "
        "Ce créneau est complet : Bruno Petit a pris la dernière place.")]


def test_an_absence_cancelled_at_another_workstation_is_said_so_in_french(qtbot, workspace, page, french, elsewhere):
    ctx, me = workspace.ctx, workspace.actor_id
    absence = hours.add_absence(ctx, me, TUESDAY, TUESDAY, "holiday")
    delivered()
    assert page.select_absence(absence.id) and page.cancel_absence_button.isEnabled()
    hours.cancel_absence(elsewhere, absence.id)  # not yet seen by this workstation
    refused = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    page.cancel_absence_button.click()
    assert refused == ["Cette absence n'existe pas (ou plus)."]


def test_only_the_member_at_the_desk_sees_and_cancels_her_absences(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    hours.add_absence(ctx, me, TUESDAY, TUESDAY, "holiday")
    delivered()
    assert len(listed(page)) == 1
    workspace.set_actor(members.add_member(ctx, MemberDraft(name="Bruno Petit")).id)
    delivered()
    assert listed(page) == [] and not page.cancel_absence_button.isEnabled()
    workspace.set_actor(None)
    delivered()
    assert listed(page) == [] and not page.cancel_absence_button.isEnabled()


def test_an_absence_recorded_before_the_week_shown_is_not_offered_to_take_back_here(qtbot, workspace, page):
    def last_week(dialog: AbsenceDialog) -> None:
        dialog.first_day.setDate(dialog.first_day.date().addDays(-7))
        dialog.last_day.setDate(dialog.first_day.date().addDays(1))
        click_standard(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    answer(AbsenceDialog, last_week)
    click_button(qtbot, page, "Absence…")
    assert len(hours.list_absences(workspace.ctx, workspace.actor_id)) == 1
    assert listed(page) == [] and "Cancel the absence" not in page.message.text()
