"""Reception page: a one-off shift added outside the weekly slots (an extra Saturday morning for a vaccination day),
refused in its dialog on a closure or once started; one at the very hours of that day's weekly shift shown in a
row of its own and taken there; a shift cancelled from its menu, its button or its key, once the holders who lose
their seat are named; a started shift is not cancelled, and the page says why. Each action is checked in the
database and on the page."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableView,
    QTimeEdit,
)

from app import i18n
from app.services import hours, rota
from app.ui.dialogs.fields import pydate, pytime, qdate
from app.ui.dialogs.rota_setup import OneOffShiftDialog
from app.ui.pages.reception import shift_text
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered
from tests.ui.mouse import (
    answer,
    button_with_text,
    click_button,
    click_cell,
    click_save,
    click_standard,
    modal_closed,
    named,
    say_yes,
)
from tests.ui.test_reception_by_hand import bruno, grid_cell  # noqa: F401 - bruno: the fixture
from tests.ui.test_reception_no_show import (
    back_to_the_page,
    choose,
    entries,
    right_click,
    right_click_on,
    today_at,
)
from tests.ui.test_reception_page import make_page

TODAY = TEST_NOW.date()  # a Monday, 09:00 in Paris: its morning shift (08:30) has started, its afternoon not
TUESDAY, WEDNESDAY, FRIDAY, SATURDAY = (TODAY + timedelta(days=days) for days in (1, 2, 4, 5))
MORNING, NOON, AFTERNOON = time(8, 30), time(12, 30), time(13, 30)
ADD, CANCEL = "One-off shift…", "Cancel this shift…"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
# A menu pops up in front and takes the keys: what the offscreen platform says it cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")


@pytest.fixture
def page(qtbot, workspace, bruno):  # noqa: F811 - the fixture imported
    """This week on screen, active, Amina at the desk: Amina and Bruno hold the two seats of Tuesday morning."""
    page = make_page(qtbot, workspace)
    tuesday = shift_on(workspace.ctx, TUESDAY)
    rota.claim_shift(workspace.ctx, tuesday.id)
    rota.claim_shift(workspace.ctx, tuesday.id, bruno)
    delivered()
    back_to_the_page(qtbot, page)
    return page


def shift_on(ctx, day: date, start: time = MORNING) -> rota.ShiftView:
    return next(s for s in rota.shifts_between(ctx, day, day) if s.start == start)


def form(dialog: OneOffShiftDialog) -> tuple:
    """What the dialog's fields say: day, start, end, seats, label."""
    return (pydate(named(dialog, QDateEdit, "Date").date()), pytime(named(dialog, QTimeEdit, "Start").time()),
            pytime(named(dialog, QTimeEdit, "End").time()), named(dialog, QSpinBox, "Seats").value(),
            named(dialog, QLineEdit, "Label").text())


def credited(ctx, member_id, day: date) -> int:
    """The minutes of reception credited to ``member_id`` on ``day``."""
    return sum(e.minutes for e in hours.list_entries(ctx, member_id, day, day) if e.source == "shift")


def test_an_extra_saturday_morning_is_added_from_the_day_chosen(qtbot, page):
    ctx = page.workspace.ctx
    grid, friday = grid_cell(page, shift_on(ctx, FRIDAY, AFTERNOON))
    click_cell(qtbot, grid, friday)
    offered = []

    def vaccination_day(dialog: OneOffShiftDialog) -> None:
        offered.append(form(dialog))
        named(dialog, QDateEdit, "Date").setDate(qdate(SATURDAY))
        named(dialog, QSpinBox, "Seats").setValue(2)
        qtbot.keyClicks(named(dialog, QLineEdit, "Label"), "Vaccination day")
        click_save(qtbot, dialog)

    answer(OneOffShiftDialog, vaccination_day)
    click_button(qtbot, page, ADD)
    modal_closed(qtbot)
    assert offered == [(FRIDAY, MORNING, NOON, 1, "")]  # the day chosen, the usual morning, one seat
    [added] = rota.shifts_between(ctx, SATURDAY, SATURDAY)
    assert (added.start, added.end, added.seats, added.label, added.claimants) == (
        MORNING, NOON, 2, "Vaccination day", ())
    assert page.week_model.days[-1] == SATURDAY and page.selected().id == added.id  # shown at once, chosen
    assert page.message.text() == "One-off shift added: Saturday 28 November 2026, 08:30–12:30 (Vaccination day)."
    assert button_with_text(page, "Claim").isEnabled()  # ready to be taken


def test_a_label_pasted_a_page_long_is_cut_where_it_shows_and_the_shift_added(qtbot, page):
    """The label field took 10,000 characters, which the rota now refuses: it takes what the rota keeps."""
    def pasted(dialog: OneOffShiftDialog) -> None:
        named(dialog, QDateEdit, "Date").setDate(qdate(SATURDAY))
        label = named(dialog, QLineEdit, "Label")
        label.insert("Vaccination " * 1000)
        assert len(label.text()) == 80
        click_save(qtbot, dialog)

    answer(OneOffShiftDialog, pasted)
    click_button(qtbot, page, ADD)
    modal_closed(qtbot)
    [added] = rota.shifts_between(page.workspace.ctx, SATURDAY, SATURDAY)
    assert added.label == ("Vaccination " * 7)[:80].strip()


def test_a_one_off_shift_at_the_hours_of_the_weekly_one_has_a_row_of_its_own(qtbot, page):
    ctx = page.workspace.ctx
    weekly = shift_on(ctx, WEDNESDAY)
    extra = rota.add_shift(ctx, WEDNESDAY, MORNING, NOON, label="Vaccination")
    delivered()
    grid = named(page, QTableView, "Shifts of the week")
    first, second = grid_cell(page, weekly)[1], grid_cell(page, extra)[1]
    assert (first.column(), first.row() + 1) == (second.column(), second.row())  # one day, the extra one under
    model = page.week_model
    assert [model.headerData(row, Qt.Orientation.Vertical) for row in range(model.rowCount())] == [
        "08:30–12:30", "08:30–12:30", "13:30–17:30"]  # rows by time
    assert second.data(Qt.ItemDataRole.AccessibleTextRole) == "Vaccination; 1 open seat, to fill soon"
    click_cell(qtbot, grid, second)
    asked = say_yes(qtbot)
    click_button(qtbot, page, "Claim")
    modal_closed(qtbot)
    assert asked[0].split("\n")[0] == "Take a seat at reception on Wednesday 25 November 2026, 08:30–12:30 (Vaccination)?"
    assert [c.member_id for c in rota.get_shift(ctx, extra.id).claimants] == [ctx.actor_id]
    assert rota.get_shift(ctx, weekly.id).claimants == ()
    assert page.selected().id == extra.id and page.selected().mine  # still chosen once the grid is read again
    assert grid_cell(page, weekly)[1] == first


def test_the_dialog_says_why_a_day_is_refused_and_keeps_what_was_typed(qtbot, page):
    ctx = page.workspace.ctx
    rota.add_closure(ctx, SATURDAY, "Séminaire d'équipe")
    said = []

    def refused_twice(dialog: OneOffShiftDialog) -> None:
        qtbot.keyClicks(named(dialog, QLineEdit, "Label"), "Vaccination")
        named(dialog, QDateEdit, "Date").setDate(qdate(SATURDAY))
        click_save(qtbot, dialog)
        said.append(dialog.error.text())
        named(dialog, QDateEdit, "Date").setDate(qdate(TODAY))  # 08:30 today: started at 09:00
        click_save(qtbot, dialog)
        said.extend([dialog.error.text(), form(dialog)])
        click_standard(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    answer(OneOffShiftDialog, refused_twice)
    click_button(qtbot, page, ADD)
    modal_closed(qtbot)
    assert said == [
        ("The centre is closed on Saturday 28 November 2026: remove the closure first (Set up the rota, Closures) to "
         "add a shift that day."),
        "Monday 23 November 2026, 08:30 has passed: a shift is added before it starts.",
        (TODAY, MORNING, NOON, 1, "Vaccination")]
    assert rota.shifts_between(ctx, SATURDAY, SATURDAY) == [] and len(rota.shifts_between(ctx, TODAY, TODAY)) == 2
    assert page.message.text() == ""


def test_a_shift_is_cancelled_from_its_menu_once_its_holders_are_named(qtbot, page, bruno):  # noqa: F811
    ctx = page.workspace.ctx
    tuesday = shift_on(ctx, TUESDAY)
    menu = right_click_on(qtbot, page, tuesday)
    assert entries(menu)[:4] == [("Claim\tCtrl+T", False), ("Release\tCtrl+R", True),
                                 ("Offer a swap…\tCtrl+Shift+S", True), ("Cancel this shift…\tCtrl+Shift+C", True)]
    asked = say_yes(qtbot)
    choose(qtbot, menu, "Cancel this shift…\tCtrl+Shift+C")
    modal_closed(qtbot)
    assert asked == [("Cancel the shift of Tuesday 24 November 2026, 08:30–12:30 (Café-accueil)? Amina Benali, Bruno Petit will "
                      "lose their seats, and their hours.")]
    assert rota.get_shift(ctx, tuesday.id).status == rota.CANCELLED
    assert credited(ctx, ctx.actor_id, TUESDAY) == credited(ctx, bruno, TUESDAY) == 0
    lost = "loses the seat on Tuesday 24 November 2026, 08:30–12:30, and its hours: the shift is cancelled."
    assert page.message.text().splitlines() == ["The shift of Tuesday 24 November 2026, 08:30–12:30 (Café-accueil) is cancelled.",
                                                f"Amina Benali {lost}", f"Bruno Petit {lost}"]
    assert tuesday.id not in {s.id for s in page.week_model.cells.values()}  # gone from the grid at once


def test_a_shift_declined_at_the_question_stays(qtbot, page):
    ctx = page.workspace.ctx
    afternoon = shift_on(ctx, TUESDAY, AFTERNOON)  # nobody holds it
    grid, cell = grid_cell(page, afternoon)
    click_cell(qtbot, grid, cell)
    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    click_button(qtbot, page, CANCEL)
    modal_closed(qtbot)
    assert asked == ["Cancel the shift of Tuesday 24 November 2026, 13:30–17:30? Nobody holds a seat on it yet."]
    assert rota.get_shift(ctx, afternoon.id).status == rota.PLANNED and page.message.text() == ""


def test_a_started_shift_is_not_cancelled_and_the_page_says_why(qtbot, page):
    ctx = page.workspace.ctx
    button = button_with_text(page, CANCEL)
    assert not button.isEnabled()  # nothing chosen
    grid, morning = grid_cell(page, today_at(ctx, MORNING))
    click_cell(qtbot, grid, morning)
    reason = ("This shift has already started: it can no longer be cancelled, the hours worked stay. A holder who "
              "did not come is marked as a no-show.")
    assert i18n.message(rota.cancel_refusal(ctx, page.selected())) == reason
    assert not button.isEnabled() and button.toolTip() == reason
    menu = right_click(qtbot, page, MORNING)
    entry = next(a for a in menu.actions() if a.text().startswith(CANCEL))
    assert not entry.isEnabled() and entry.toolTip() == reason
    menu.close()
    afternoon = grid_cell(page, today_at(ctx, AFTERNOON))[1]
    click_cell(qtbot, grid, afternoon)
    assert button.isEnabled()
    assert button.toolTip() == "Cancel the selected shift: its holders lose their seats (Ctrl+Shift+C)"
    page.workspace.set_actor(None)  # nobody at the desk: nobody to answer for it
    delivered()
    click_cell(qtbot, grid, afternoon)
    assert not button.isEnabled()


def test_the_keyboard_adds_a_shift_and_cancels_one(qtbot, page, bruno):  # noqa: F811
    ctx = page.workspace.ctx
    grid, friday = grid_cell(page, shift_on(ctx, FRIDAY))
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentIndex(friday)

    def open_house_evening(dialog: OneOffShiftDialog) -> None:
        for name, hours_later in (("Start", 10), ("End", 8)):
            edit = named(dialog, QTimeEdit, name)
            edit.setTime(edit.time().addSecs(hours_later * 3600))
        dialog.activateWindow()  # keys go by the active window's focus: the page's grid takes Enter too
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        label = named(dialog, QLineEdit, "Label")
        label.setFocus()
        qtbot.keyClicks(label, "Portes ouvertes")
        qtbot.keyClick(label, Qt.Key.Key_Return)  # Enter adds the shift

    def added_on_friday() -> list[rota.ShiftView]:
        return [s for s in rota.shifts_between(ctx, FRIDAY, FRIDAY) if s.label == "Portes ouvertes"]

    answer(OneOffShiftDialog, open_house_evening)
    qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(added_on_friday()))  # a button's key clicks it after a flash
    modal_closed(qtbot)
    [added] = added_on_friday()
    assert (added.start, added.end, added.seats) == (time(18, 30), time(20, 30), 1)
    assert page.selected().id == added.id and page.message.text().startswith("One-off shift added: Friday 27")

    back_to_the_page(qtbot, page)
    tuesday = shift_on(ctx, TUESDAY)
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentIndex(grid_cell(page, tuesday)[1])
    asked = answer(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Y))
    qtbot.keyClick(grid, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: rota.get_shift(ctx, tuesday.id).status == rota.CANCELLED)
    modal_closed(qtbot)
    assert asked[0].startswith(f"Cancel the shift of {shift_text(tuesday)}? Amina Benali, Bruno Petit will lose")
    assert credited(ctx, bruno, TUESDAY) == 0 and page.message.text().startswith("The shift of Tuesday 24")
