"""The Hours page driven by hand: a week validated once confirmed and unlocked only with a reason, an absence
recorded, the weeks browsed and back to this one, a starting balance set from the Team tab. Each click is
checked in the database and on the page."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
)

from app import formatting
from app.services import hours, rota
from app.ui.dialogs.hours import AbsenceDialog, OpeningBalanceDialog
from tests.conftest import TEST_NOW
from tests.ui.mouse import (
    answer,
    button_with_text,
    click_button,
    click_row,
    click_standard,
    click_tab,
    named,
    say_yes,
)

SAVE = QDialogButtonBox.StandardButton.Save
WEEK = hours.week_start(TEST_NOW.date())
NUMBER = WEEK.isocalendar().week


@pytest.fixture
def page(hours_page):
    return hours_page


def shown_week(page) -> str:
    return page.findChild(QLabel, "sectionTitle").text()


def give_reason(qtbot, dialog: QInputDialog, reason: str) -> None:
    qtbot.keyClicks(dialog.findChild(QLineEdit), reason)
    click_standard(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)


def test_a_week_is_validated_once_confirmed_and_unlocked_only_with_a_reason(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    asked = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    click_button(qtbot, page, "Validate the week")
    assert asked == ["Once validated, the week is locked: unlocking it asks for a reason. Validate?"]
    assert not hours.is_validated(ctx, me, WEEK)

    say_yes(qtbot)
    click_button(qtbot, page, "Validate the week")
    assert hours.is_validated(ctx, me, WEEK)
    assert page.message.text() == f"Week {NUMBER} is validated and locked."
    assert "This week is validated and locked." in page.summary.text()
    assert not button_with_text(page, "Unlock…").isHidden()

    answer(QInputDialog, lambda dialog: give_reason(qtbot, dialog, "   "))
    refused = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    click_button(qtbot, page, "Unlock…")
    assert refused == ["Say why the week is unlocked."]
    assert hours.is_validated(ctx, me, WEEK)

    answer(QInputDialog, lambda dialog: give_reason(qtbot, dialog, "forgot the CPAM meeting"))
    click_button(qtbot, page, "Unlock…")
    assert not hours.is_validated(ctx, me, WEEK)
    assert page.message.text() == f"Week {NUMBER} is unlocked."
    assert not button_with_text(page, "Validate the week").isHidden()


def whole_week_of_training(qtbot, dialog: AbsenceDialog) -> None:
    kind = dialog.kind
    kind.setCurrentIndex(kind.findData("training"))
    last = dialog.last_day
    last.setDate(last.date().addDays(4))
    click_standard(qtbot, dialog, SAVE)


def test_an_absence_is_recorded_from_the_week_shown(qtbot, workspace, page):
    answer(AbsenceDialog, lambda dialog: whole_week_of_training(qtbot, dialog))
    click_button(qtbot, page, "Absence…")
    [absence] = hours.list_absences(workspace.ctx, workspace.actor_id)
    assert (absence.kind, absence.first_day, absence.last_day) == ("training", WEEK, WEEK + timedelta(days=4))
    friday = formatting.short_date(WEEK + timedelta(days=4))
    assert page.message.text().splitlines() == [f"Absence recorded from {formatting.short_date(WEEK)} to {friday}.",
                                                "Entered by mistake? “Cancel the absence” takes it back."]
    assert f"Absent from {formatting.short_date(WEEK)} to {friday}." in page.summary.text()


def test_an_absence_says_which_reception_seats_it_opened_again(qtbot, workspace, page):
    tuesday = WEEK + timedelta(days=1)
    shift = rota.add_shift(workspace.ctx, tuesday, time(8, 30), time(12, 30), 1, "Café-accueil")
    rota.claim_shift(workspace.ctx, shift.id)
    answer(AbsenceDialog, lambda dialog: whole_week_of_training(qtbot, dialog))
    click_button(qtbot, page, "Absence…")
    assert not rota.get_shift(workspace.ctx, shift.id).claimants
    assert page.message.text().splitlines()[1:-1] == [
        f"Amina Benali's seat on {formatting.long_date(tuesday)}, 08:30–12:30, is open again."]


def test_the_weeks_are_browsed_and_this_one_comes_back(qtbot, page):
    this_week = shown_week(page)
    click_button(qtbot, page, "◀ Previous week")
    click_button(qtbot, page, "◀ Previous week")
    earlier = WEEK - timedelta(weeks=2)
    assert shown_week(page).startswith(f"Week {earlier.isocalendar().week}, {formatting.short_date(earlier)}")
    click_button(qtbot, page, "This week")
    assert shown_week(page) == this_week


def carry_in_three_hours_behind(qtbot, dialog: OpeningBalanceDialog) -> None:
    named(dialog, QDoubleSpinBox, "Self-management hours carried in").setValue(-3)
    click_standard(qtbot, dialog, SAVE)


def test_a_starting_balance_is_set_from_the_team_tab(qtbot, workspace, page):
    ctx, me = workspace.ctx, workspace.actor_id
    before = hours.balance(ctx, me, WEEK, weeks=1)[-1].balance_self_management
    click_tab(qtbot, page.tabs, "Team")
    click_button(qtbot, page, "Starting balance…")  # nobody chosen: nothing opens, nothing changes
    assert hours.balance(ctx, me, WEEK, weeks=1)[-1].balance_self_management == before
    team = named(page, QTableView, "Self-management of the team, week by week")
    click_row(qtbot, team, lambda i: team.model().headerData(i.row(), Qt.Orientation.Vertical) == "Amina Benali")
    titles = answer(OpeningBalanceDialog, lambda dialog: carry_in_three_hours_behind(qtbot, dialog))
    click_button(qtbot, page, "Starting balance…")
    assert titles == ["Starting balance of Amina Benali"]
    after = hours.balance(ctx, me, WEEK, weeks=1)[-1]
    # Counted from the week shown: the weeks before give way to the three hours carried in.
    week_gap = after.totals.done_self_management - after.totals.target_self_management
    assert after.balance_self_management == -180 + week_gap != before
