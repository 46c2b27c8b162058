"""Settings, and the set-up's first step done again: a new region's public holidays take the reception shifts
planned on them, give back those of days no longer holidays, and the page says what became of them."""

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.services import centre, notifications, rota
from app.ui.centre_fields import holiday_shifts_text
from app.ui.pages.settings import SettingsPage

BOXING_DAY = date(2026, 12, 26)  # a public holiday in Alsace-Moselle only; a Saturday
TODAY = date(2026, 11, 23)


def test_settings_say_which_shifts_a_new_region_cancelled_then_created(qtbot, workspace):
    ctx = workspace.ctx
    rota.add_template(ctx, 5, time(8, 30), time(12, 30), 1, valid_from=TODAY)
    rota.create_shifts_ahead(ctx, weeks=8)
    rota.claim_shift(ctx, rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0].id)
    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    page.show()
    page.centre.region.setCurrentIndex(page.centre.region.findData("alsace-moselle"))
    save = next(button for button in page.findChildren(QPushButton) if button.text() == "Save")
    save.click()
    assert page.error.text() == ""
    assert page.saved.text() == (
        "The centre's details are saved.\n"
        "1 reception shift cancelled (public holiday).\n"
        "Amina Benali loses the seat on Saturday 26 December 2026, 08:30–12:30, and its hours: "
        "the shift is cancelled.")
    assert rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY) == []
    assert len(notifications.list_notifications(ctx, workspace.actor_id)) == 1
    page.centre.region.setCurrentIndex(page.centre.region.findData("metropole"))
    save.click()
    assert page.saved.text() == ("The centre's details are saved.\n"
                                 "1 reception shift created (no longer a public holiday).")
    assert [c.name for c in rota.shifts_between(ctx, BOXING_DAY, BOXING_DAY)[0].claimants] == ["Amina Benali"]
    page.centre.name.setText("Centre du Village")
    page.save()
    assert page.saved.text() == "The centre's details are saved."  # the region kept: the rota as it was


def test_what_a_change_of_region_did_in_one_sentence(english):
    both = centre.HolidayShifts(cancelled=2, created=1)
    assert holiday_shifts_text(both) == "2 reception shifts cancelled (public holidays); 1 shift created."
    assert holiday_shifts_text(centre.HolidayShifts(created=3)) == \
        "3 reception shifts created (no longer public holidays)."
    assert holiday_shifts_text(centre.HolidayShifts()) == ""


def test_settings_say_which_shifts_a_holiday_worked_or_no_longer_worked_gave_or_cancelled(qtbot, workspace):
    ctx = workspace.ctx
    christmas = date(2026, 12, 25)  # a Friday
    rota.add_template(ctx, 4, time(9), time(12), 1, valid_from=TODAY)
    rota.create_shifts_ahead(ctx, weeks=8)
    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    page.show()
    box = page.holidays
    row = [holiday.day for holiday in box.holidays].index(christmas)
    box.table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    assert box.error.text() == ""
    assert box.shifts.text() == "1 reception shift created (public holiday worked)."
    rota.claim_shift(ctx, rota.shifts_between(ctx, christmas, christmas)[0].id)
    box.table.item(row, 2).setCheckState(Qt.CheckState.Unchecked)
    assert box.shifts.text() == (
        "1 reception shift cancelled (public holiday).\n"
        "Amina Benali loses the seat on Friday 25 December 2026, 09:00–12:00, and its hours: the shift is cancelled.")
    assert rota.shifts_between(ctx, christmas, christmas) == []
    assert [n.text for n in notifications.list_notifications(ctx, workspace.actor_id)] == [rota.SHIFT_ON_HOLIDAY_OFF]
    assert not box.worked(row)
    box.whit_monday.setChecked(True)  # in May: no shift planned then, nothing to say
    assert box.shifts.text() == ""


def test_what_a_change_of_the_holidays_worked_did(english):
    assert holiday_shifts_text(centre.HolidayShifts(created=2), worked=True) == \
        "2 reception shifts created (public holidays worked)."
    assert holiday_shifts_text(centre.HolidayShifts(cancelled=1), worked=True) == \
        "1 reception shift cancelled (public holiday)."
