"""Nothing is said by colour, bold or strike-through alone: a screen reader hears it in words (issue 20)."""

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.services import notifications, rota
from app.ui.dialogs.hours import AbsenceDialog
from app.ui.notifications import NotificationsPanel
from app.ui.pages.hours import HoursPage
from tests.ui.conftest import when_modal
from tests.ui.test_reception_page import TODAY, cell, make_page

SPOKEN = Qt.ItemDataRole.AccessibleTextRole


def test_a_reception_cell_says_its_label_whose_seat_is_mine_and_what_is_urgent(qtbot, workspace):
    page = make_page(qtbot, workspace)
    tuesday = TODAY + timedelta(days=1)
    rota.claim_shift(workspace.ctx, rota.shifts_between(workspace.ctx, tuesday, tuesday)[0].id)
    page.refresh()
    morning, afternoon = cell(page, tuesday, 0), cell(page, tuesday, 1)
    assert morning.data(SPOKEN) == "Café-accueil; Amina Benali (you); 1 open seat, to fill soon"
    assert afternoon.data(SPOKEN) == "1 open seat, to fill soon"  # red on the screen
    later = TODAY + timedelta(weeks=3)
    page.show_week(rota.monday_of(later))
    assert cell(page, later, 1).data(SPOKEN) == "1 open seat"  # grey: not urgent


def test_an_unread_notification_is_said_unread(qtbot, workspace):
    notifications.notify(workspace.ctx, kind="job-failed", text="For the whole desk", dedupe_key="all")
    panel = NotificationsPanel(workspace)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.list.item(0).data(SPOKEN) == "Unread: For the whole desk"
    panel.mark_all_read()
    assert panel.list.item(0).data(SPOKEN) is None  # the text alone, as shown


def hours_page(qtbot, workspace) -> HoursPage:
    page = HoursPage(workspace, "Hours")
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_team_tab_says_the_target_and_the_colour(qtbot, workspace):
    page = hours_page(qtbot, workspace)
    page.tabs.setCurrentIndex(2)
    model = page.team_model
    week = model.index(0, len(model.view.weeks) - 1)
    number = model.view.weeks[-1].isocalendar().week
    assert model.data(week, SPOKEN) == f"Amina Benali, week {number}: 0 h done of 2 h, behind"  # red
    total = model.index(0, len(model.view.weeks))
    assert model.data(total, SPOKEN).startswith("Amina Benali, whole period: ")


def test_the_week_totals_are_named_by_their_row_and_column(qtbot, workspace):
    page = hours_page(qtbot, workspace)
    label = page.target_cells[(2, 2)]
    assert label.accessibleName() == f"Self-management, Done: {label.text()}"


def test_a_timesheet_cell_opens_on_enter_not_on_focus_and_its_field_is_named(qtbot, workspace):
    page = hours_page(qtbot, workspace)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view = page.grid_view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.state() != QAbstractItemView.State.EditingState  # the arrows go on moving
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit) and view.state() == QAbstractItemView.State.EditingState
    day = page.week_model.cell_name(view.currentIndex()).split(", ", 1)[1]
    assert editor.accessibleName().endswith(day) and editor.accessibleName() != day
    spoken = QAccessible.queryAccessibleInterface(editor)
    assert spoken.text(QAccessible.Text.Name) == editor.accessibleName()
    assert spoken.parent().text(QAccessible.Text.Name) == "Cells of the timesheet"  # its container, named too
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.state() != QAbstractItemView.State.EditingState


def test_what_the_timesheet_recorded_and_validated_is_said(qtbot, workspace, monkeypatch):
    page = hours_page(qtbot, workspace)
    monkeypatch.setattr("app.ui.pages.hours.confirm", lambda *args: True)
    model = page.week_model
    training = next(row for row, c in enumerate(model.grid.categories) if c.code == "training")
    model.setData(model.index(training, 0), "1h30")
    assert page.message.text() == f"Recorded: {model.cell_name(model.index(training, 0))}: 1 h 30 min."
    assert page.validate_button.shortcut().toString() == "Ctrl+Shift+V"
    page.validate_button.click()
    number = page.week.isocalendar().week
    assert page.message.accessibleName() == f"Last action: Week {number} is validated and locked."


def test_a_recorded_absence_is_said(qtbot, workspace):
    page = hours_page(qtbot, workspace)
    QTimer.singleShot(0, lambda: when_modal(AbsenceDialog, lambda dialog: dialog.save()))
    page.absence_button.click()
    assert page.message.text().startswith("Absence recorded from ")
