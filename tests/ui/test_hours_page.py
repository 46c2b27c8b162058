"""The Hours page: typing in the timesheet, moving between weeks, validating, the balance and the team."""

import gc
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCharts import QAbstractAxis
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy
from PySide6.QtWidgets import QApplication

from app import formatting
from app.domain.errors import CercleError
from app.domain.members import MemberDraft
from app.services import hours, members
from app.ui.pages.hours import gap_text
from tests.services.test_hours import once_over
from tests.ui.conftest import delivered


@pytest.fixture
def page(hours_page):
    return hours_page


def arrived_last_week(workspace, monday):
    amina = members.get_member(workspace.ctx, workspace.actor_id)
    members.update_member(workspace.ctx, amina.id, replace(amina.draft(), start_date=monday))


def cell(page, code, weekday):
    model = page.week_model
    row = next(index for index, c in enumerate(model.grid.categories) if c.code == code)
    return model.index(row, weekday)


def test_typing_durations_in_cells_records_them(qtbot, workspace, page):
    once_over(workspace.ctx, page.week)  # every day of the week has come
    model = page.week_model
    monday = cell(page, "partnerships", 0)
    assert model.setData(monday, "1h30")
    assert model.setData(cell(page, "training", 1), "1,5")
    assert model.setData(cell(page, "training", 2), "90 min")
    qtbot.waitUntil(lambda: model.data(monday) == "1 h 30 min")
    totals = hours.week_totals(workspace.ctx, workspace.actor_id, page.week)
    assert totals.done_self_management == 270
    total_row = model.index(model.rowCount() - 1, 7)
    assert model.data(total_row) == "29 h 30 min"  # and 25 h of profession as planned; French: « 29 h 30 »
    assert page.target_cells[(2, 2)].text() == "4 h 30 min"
    assert page.target_cells[(2, 3)].text() == "-5 h 30 min"


def test_a_bad_duration_is_explained_inline_and_nothing_recorded(qtbot, workspace, page):
    page.week_model.setData(cell(page, "training", 0), "a while")
    assert not page.error.isHidden() and "1h30" in page.error.text()
    sunday = page.week + timedelta(days=6)
    assert hours.list_entries(workspace.ctx, workspace.actor_id, page.week, sunday) == []
    workspace.set_actor(members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id)
    assert page.error.isHidden() and page.error.text() == ""  # the next member does not read it


def test_a_bad_duration_after_a_recorded_one_leaves_no_recorded_message_beside_its_error(qtbot, workspace, page):
    """« 1,5 » recorded, then « 1h75 » typed over it: the line under the grid no longer says « Recorded: … 1 h 30 »
    beside the error, as if the second typing had been taken too."""
    once_over(workspace.ctx, page.week)
    monday = cell(page, "training", 0)
    page.week_model.setData(monday, "1,5")
    assert page.message.text().startswith("Recorded:")
    page.week_model.setData(monday, "1h75")
    assert "1h30" in page.error.text()
    assert page.message.text() == ""


def test_previous_and_next_week_by_buttons_and_keyboard(qtbot, workspace, page):
    this_week = page.week
    page.previous_button.click()
    assert page.week == this_week - timedelta(weeks=1)
    assert "Week 47" in page.week_label.text()
    page.grid_view.setFocus()
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.week == this_week
    page.next_button.click()
    qtbot.keyClick(page.grid_view, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.week == this_week


def test_keyboard_moves_between_cells(qtbot, page):
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.week_model.index(0, 0))
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Right)
    qtbot.keyClick(page.grid_view, Qt.Key.Key_Down)
    assert (page.grid_view.currentIndex().row(), page.grid_view.currentIndex().column()) == (1, 1)


def test_a_week_ahead_cannot_be_validated_and_the_button_says_why(qtbot, workspace, page):
    page.next_button.click()
    assert not page.validate_button.isEnabled()
    assert page.validate_button.toolTip() == "This week has not begun: it can be validated once it has."
    page.previous_button.click()  # this week, begun this morning
    assert page.validate_button.isEnabled() and page.validate_button.toolTip() == page.validate_tip
    assert "Ctrl+Shift+V" in page.validate_tip


def test_validating_locks_the_grid_and_unlocking_needs_a_reason(qtbot, workspace, page, monkeypatch):
    warnings = []
    monkeypatch.setattr("app.ui.pages.hours.show_error", lambda *args: warnings.append(args[-1]))
    page.validate_current_week()
    delivered()
    assert not page.week_model.flags(cell(page, "training", 0)) & Qt.ItemFlag.ItemIsEditable
    delivered()
    assert page.unlock_button.isVisibleTo(page) and not page.validate_button.isVisibleTo(page)
    delivered()
    assert not page.unlock_with_reason("  ")
    delivered()
    assert warnings and "why" in str(warnings[0])
    delivered()
    assert page.unlock_with_reason("forgot the CPAM meeting")
    delivered()
    assert page.week_model.flags(cell(page, "training", 0)) & Qt.ItemFlag.ItemIsEditable
    delivered()


def test_balance_chart_and_team_tab(qtbot, workspace, page):
    arrived_last_week(workspace, page.week - timedelta(weeks=1))
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week - timedelta(weeks=1),
                       hours.list_categories(workspace.ctx)[-1].id, 120)
    page.tabs.setCurrentIndex(1)
    assert page.balance_model.rowCount() == 1  # the week not over yet is left out
    assert [line.count() for line in page.chart.series()] == [1, 1]
    assert page.balance_model.data(page.balance_model.index(0, 4)) == "-8 h"
    page.tabs.setCurrentIndex(2)
    assert page.team_model.rowCount() == 1 and page.team_model.columnCount() == 11
    assert page.team_model.data(page.team_model.index(0, 6)) == "2:00"  # narrow: the tooltip says "2 h"
    assert "2 h done of 10 h" in page.team_model.data(page.team_model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    # 8 weeks shown, but she arrived last week, and today is Monday: 10 h owed last week and 2 h today
    assert page.team_model.data(page.team_model.index(0, 8)) == "2:00 / 12:00"
    assert page.team_model.headerData(10, Qt.Orientation.Horizontal) == "Balance"
    assert page.team_model.data(page.team_model.index(0, 9)) == "0 h"  # nothing carried in from before
    assert page.team_model.data(page.team_model.index(0, 10)) == "-10 h"  # at the end of the weeks shown


def test_choosing_a_tab_again_reads_nothing_when_nothing_changed(qtbot, page):
    """Issue 18: a tab reads when it is first chosen, or chosen after a change; chosen again with nothing
    changed since, it shows what it read (each tab's read resets its model: the week, the balance, the
    team's categories)."""
    reads = [QSignalSpy(model.modelReset) for model in (page.week_model, page.balance_model, page.category_model)]
    for tab in (1, 2, 0, 1, 2, 0):
        page.tabs.setCurrentIndex(tab)
    delivered()
    assert [spy.count() for spy in reads] == [0, 1, 1]  # the week read when the page was made


def test_a_change_made_while_another_tab_is_shown_is_read_when_that_tab_is_chosen(qtbot, workspace, page):
    arrived_last_week(workspace, page.week - timedelta(weeks=1))
    for tab in (1, 2):  # every tab has read once; the Team tab in sight
        page.tabs.setCurrentIndex(tab)
    delivered()
    category = hours.list_categories(workspace.ctx)[-1]
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week - timedelta(weeks=1), category.id, 120)
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week, category.id, 90)
    delivered()
    assert page.team_model.data(page.team_model.index(0, 6)) == "2:00"  # the tab in sight, at once
    page.tabs.setCurrentIndex(1)
    assert page.balance_model.data(page.balance_model.index(0, 4)) == "-8 h"  # was -10 h
    page.tabs.setCurrentIndex(0)
    assert page.week_model.data(cell(page, category.code, 0)) == "1 h 30 min"


def test_the_week_and_member_chosen_on_one_tab_are_shown_by_the_others(qtbot, workspace, page):
    for tab in (1, 2):
        page.tabs.setCurrentIndex(tab)
    page.move_week(-2)  # on the Team tab
    assert page.team_model.view.weeks[-1] == page.week
    page.tabs.setCurrentIndex(0)
    assert "Week 46" in page.week_label.text()
    page.tabs.setCurrentIndex(1)
    last = page.balance_model.index(page.balance_model.rowCount() - 1, 0)
    assert page.balance_model.data(last) == "Week 46"
    bruno = members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit"))
    delivered()
    workspace.set_actor(bruno.id)  # on the Balance tab
    page.tabs.setCurrentIndex(0)
    assert page.week_model.grid.member_id == bruno.id


def test_each_figure_of_the_week_summary_adds_up_the_rows_shown(qtbot, workspace, page):
    """Issue 15, point 10: profession hours assumed as planned are a row of their own, so the profession
    done is found in the rows; the balance is what was carried in plus this week's gap."""
    once_over(workspace.ctx, page.week)  # every day of the week has come; she arrived in January
    model = page.week_model
    for code, weekday, typed in (("profession", 0, "-1h"), ("partnerships", 1, "1h30"),
                                 ("training", 3, "2h")):
        model.setData(cell(page, code, weekday), typed)
    qtbot.waitUntil(lambda: model.data(cell(page, "training", 3)) == "2 h")
    rows = range(model.rowCount() - 1)
    by_day = {row: [model.minutes(model.index(row, day)) for day in range(7)] for row in rows}
    for row, minutes in by_day.items():  # each row's total is the sum of its days
        assert model.minutes(model.index(row, 7)) == sum(minutes)
    planned = model.rowCount() - 2
    assert model.headerData(planned, Qt.Orientation.Vertical) == "Profession, as planned"
    assert not model.flags(model.index(planned, 0)) & Qt.ItemFlag.ItemIsEditable
    is_self = {row: row != planned and model.grid.categories[row].is_self_management for row in rows}
    totals = hours.week_totals(workspace.ctx, workspace.actor_id, page.week)
    history = hours.balance(workspace.ctx, workspace.actor_id, page.week, weeks=2)
    for line, self_management, target, done in (
        (1, False, totals.target_profession, 24 * 60),
        (2, True, totals.target_self_management, 210),
    ):
        shown = sum(sum(by_day[row]) for row in rows if is_self[row] == self_management)
        assert shown == done  # the rows, the summary and the service agree
        carried = getattr(history[0], "balance_self_management" if self_management else "balance_profession")
        expected = (formatting.duration(target), formatting.duration(done), gap_text(done - target),
                    gap_text(carried), gap_text(carried + done - target))
        assert tuple(page.target_cells[(line, column)].text() for column in range(1, 6)) == expected
    assert page.target_cells[(1, 5)].text() == gap_text(history[-1].balance_profession)
    assert page.target_cells[(2, 5)].text() == gap_text(history[-1].balance_self_management)
    assert sum(by_day[planned]) == totals.target_profession  # the week's 25 h, day by day
    page.tabs.setCurrentIndex(2)
    team = page.team_model
    weeks = len(team.view.weeks)
    done, target = team.totals(team.index(0, weeks))
    assert team.data(team.index(0, weeks + 1)) == gap_text(team.carried_in(0))
    assert team.data(team.index(0, weeks + 2)) == gap_text(team.carried_in(0) + done - target) \
        == gap_text(history[-1].balance_self_management)


def test_the_balance_chart_is_redrawn_in_place(qtbot, workspace, page):
    """New axes on each refresh were never freed (a chart does not delete the axes taken off it), and
    where Qt had no turn of its event loop between refreshes their labels and lines piled up in the chart's
    scene too: 0.6 MB a refresh (``make soak``)."""
    arrived_last_week(workspace, page.week - timedelta(weeks=1))
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week - timedelta(weeks=1),
                       hours.list_categories(workspace.ctx)[-1].id, 120)
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()  # the chart lays itself out once shown
    axes, lines, items = page.chart.axes(), page.chart.series(), len(page.chart_view.scene().items())
    live_axes = axes_alive()
    for _ in range(20):
        page.refresh()
        QApplication.processEvents()
    assert page.chart.axes() == axes and page.chart.series() == lines
    assert axes_alive() == live_axes and len(page.chart_view.scene().items()) == items
    assert [line.count() for line in lines] == [1, 1]


def axes_alive() -> int:
    gc.collect()
    return sum(isinstance(thing, QAbstractAxis) for thing in gc.get_objects())


def test_report_button_writes_the_csv(qtbot, workspace, page, tmp_path):
    written = page.export_report_to(tmp_path / "hours", "csv", page.team_period())
    assert written.name == "hours.csv" and written.read_bytes().startswith(b"\xef\xbb\xbf")


def test_absence_dialog_records_or_explains(qtbot, workspace, page):
    once_over(workspace.ctx, page.week)  # every day of the week has come
    from app.ui.dialogs.hours import AbsenceDialog

    dialog = AbsenceDialog(workspace.ctx, workspace.actor_id, page.week, page)
    qtbot.addWidget(dialog)
    dialog.half_day_start.setChecked(True)
    dialog.half_day_end.setChecked(True)
    dialog.save()
    assert dialog.result_view is None and "one half day" in dialog.error.text()
    dialog.half_day_start.setChecked(False)
    dialog.save()
    assert dialog.result_view.kind == "holiday"
    assert hours.week_totals(workspace.ctx, workspace.actor_id, page.week).target_self_management == 9 * 60


def test_categories_dialog_adds_renames_and_retires(qtbot, workspace, monkeypatch):
    from app.ui.dialogs.hours import CategoriesDialog

    monkeypatch.setattr("app.ui.dialogs.hours.confirm", lambda *args: True)
    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.label.setText("Recherche-action")
    dialog.add()
    assert dialog.current().label == "Recherche-action"
    dialog.label.setText("Recherche action")
    dialog.rename()
    dialog.toggle_retired()
    assert not dialog.current().active and "(retired)" in dialog.records.currentItem().text()
    dialog.label.setText("Training")
    dialog.add()
    assert "already called" in dialog.error.text()


def test_a_category_changes_kind_in_its_dialog_while_it_holds_no_hours(qtbot, workspace):
    """By keyboard (QTest types ASCII only): the kind shown is the chosen category's; Change kind gives it the other while it holds no
    hours, and once it does (or for a built-in one), the button is greyed and the kind says why."""
    from datetime import date

    from app.ui.dialogs.hours import CategoriesDialog

    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.label, "Teleconsultation")
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    added = dialog.current()
    assert added.label == "Teleconsultation" and added.is_self_management  # of self-management, by mistake
    assert dialog.kind.currentData() is True and not dialog.kind_button.isEnabled()  # the kind it has
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentText() == "Profession hours" and dialog.kind_button.isEnabled()
    qtbot.keyClick(dialog.kind_button, Qt.Key.Key_Space)
    moved = dialog.current()
    assert (moved.id, moved.is_self_management) == (added.id, False) and dialog.error.isHidden()
    assert not next(c for c in hours.list_categories(workspace.ctx) if c.id == added.id).is_self_management
    assert not dialog.kind_button.isEnabled() and dialog.kind.accessibleDescription() == ""
    hours.record_entry(workspace.ctx, workspace.actor_id, date(2026, 11, 16), added.id, 60)
    dialog.reload(added.id)
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    why = ("Teleconsultation already holds hours: changing its kind would move them to the other count. Retire "
           "it and create another category of the right kind instead.")
    assert not dialog.kind_button.isEnabled()
    assert dialog.kind_button.toolTip() == dialog.kind.toolTip() == dialog.kind.accessibleDescription() == why
    reception = next(row for row in range(dialog.records.count())
                     if dialog.records.item(row).text() == "Reception · self-management")
    dialog.records.setCurrentRow(reception)
    assert dialog.kind.currentData() is True and "Reception is built into Cercle" in dialog.kind.toolTip()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert not dialog.kind_button.isEnabled()
    dialog.label.clear()  # a new one, of the kind shown
    qtbot.keyClicks(dialog.label, "Bilans de sante")
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Space)
    assert (dialog.current().label, dialog.current().is_self_management) == ("Bilans de sante", False)
    assert dialog.kind.currentText() == "Profession hours" and not dialog.kind_button.isEnabled()


def test_the_categories_dialog_lists_each_kind_and_keeps_it_current(qtbot, workspace, french, monkeypatch):
    """Each category is listed with its kind, in the words of an import's Type column; one added, and one whose
    kind changes (« Changer le type ») or that is retired, is listed again as it is now."""
    from app.ui.dialogs.hours import CategoriesDialog

    monkeypatch.setattr("app.ui.dialogs.hours.confirm", lambda *args: True)
    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    listed = [dialog.records.item(row).text() for row in range(dialog.records.count())]
    assert listed[:3] == ["Métier · métier", "Accueil · autogestion", "Réunions · autogestion"]
    dialog.label.setText("Bilans de santé")
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.records.currentItem().text() == "Bilans de santé · métier"
    dialog.kind.setCurrentIndex(dialog.kind.findData(True))
    qtbot.mouseClick(dialog.kind_button, Qt.MouseButton.LeftButton)
    assert dialog.records.currentItem().text() == "Bilans de santé · autogestion" and dialog.error.isHidden()
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.records.currentItem().text() == "Bilans de santé (retirée) · autogestion"


@pytest.mark.parametrize("dialog_kind", ["categories", "themes"])
def test_the_dialog_opens_on_an_empty_name_and_what_is_typed_there_is_added(qtbot, workspace, dialog_kind):
    """Opened, the list took the focus and so chose its first record: a category typed then clicked in the field
    read « ProfessionAdvocacy », and was of profession hours, the kind of the first one. Nothing is chosen now:
    the name typed is a new record's, a category of self-management hours, as when added any other way."""
    from app.services import workshops as ws
    from app.ui.dialogs.hours import CategoriesDialog
    from app.ui.dialogs.workshops import ThemesDialog

    kind, field = {"categories": (CategoriesDialog, "label"), "themes": (ThemesDialog, "name")}[dialog_kind]
    dialog = kind(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    name = getattr(dialog, field)
    assert dialog.current() is None and name.hasFocus() and name.text() == ""
    qtbot.mouseClick(name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(name, "Advocacy")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    if dialog_kind == "categories":
        added = next(c for c in hours.list_categories(workspace.ctx) if c.label == "Advocacy")
        assert added.is_self_management
    else:
        assert "Advocacy" in [theme.name for theme in ws.list_themes(workspace.ctx)]


@pytest.mark.parametrize("dialog_kind", ["categories", "themes"])
def test_a_double_click_on_add_adds_once_and_says_no_refusal(qtbot, workspace, dialog_kind):
    """The second press came once the first had chosen the record added, whose name the field then showed:
    refused as a duplicate (« Another category is already called… ») right under the first one's success."""
    from app.services import workshops as ws
    from app.ui.dialogs.hours import CategoriesDialog
    from app.ui.dialogs.workshops import ThemesDialog
    from tests.ui.mouse import double_click

    kind, field, listed = {
        "categories": (CategoriesDialog, "label", lambda: [c.label for c in hours.list_categories(workspace.ctx)]),
        "themes": (ThemesDialog, "name", lambda: [t.name for t in ws.list_themes(workspace.ctx)]),
    }[dialog_kind]
    dialog = kind(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.add_button.isEnabled()  # nothing typed
    qtbot.keyClicks(getattr(dialog, field), "Supervision")
    double_click(dialog.add_button)
    assert dialog.error.isHidden() and listed().count("Supervision") == 1
    assert not dialog.add_button.isEnabled()  # the field shows the record added, untouched
    qtbot.keyClicks(getattr(dialog, field), " bis")
    assert dialog.add_button.isEnabled()


def test_starting_balance_dialog(qtbot, workspace, page):
    once_over(workspace.ctx, page.week)  # every day of the week has come
    from app.ui.dialogs.hours import OpeningBalanceDialog

    dialog = OpeningBalanceDialog(workspace.ctx, workspace.actor_id, "Amina", page.week, page)
    qtbot.addWidget(dialog)
    dialog.self_management.setValue(-3.5)
    dialog.save()
    assert dialog.result_view
    carried = hours.balance(workspace.ctx, workspace.actor_id, page.week)[-1]
    assert carried.balance_self_management == -210 - 600


def test_a_negative_difference_only_in_profession_hours(qtbot, workspace, page):
    once_over(workspace.ctx, page.week)  # every day of the week has come
    model = page.week_model
    model.setData(cell(page, "profession", 0), "-1h")
    qtbot.waitUntil(lambda: model.data(cell(page, "profession", 0)) == "-1 h")
    assert hours.week_totals(workspace.ctx, workspace.actor_id, page.week).done_profession == 24 * 60
    model.setData(cell(page, "training", 0), "-1h")
    assert "negative" in page.error.text()


def test_a_pdf_report_to_a_full_disk_says_so_and_keeps_the_earlier_file(qtbot, workspace, page, tmp_path,
                                                                        monkeypatch):
    import errno
    import os

    earlier = page.export_report_to(tmp_path / "hours.pdf", "pdf", page.team_period())
    content = earlier.read_bytes()

    def disk_full(_descriptor):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(CercleError, match="the disk is full"):
        page.export_report_to(tmp_path / "hours.pdf", "pdf", page.team_period())
    assert earlier.read_bytes() == content
    assert sorted(path.name for path in tmp_path.iterdir() if "hours" in path.name) == ["hours.pdf"]


def test_the_team_s_weeks_are_fitted_again_only_when_their_texts_or_room_change(qtbot, workspace, page):
    """After a change, the Team tab reads the weeks again; how many weeks fit the table is measured again only
    when a column's longest text, or the table's width, changed: measuring each cell was a third of a refresh."""
    members.add_member(workspace.ctx, MemberDraft(name="Bruno Martin", start_date=page.week - timedelta(weeks=9)))
    page.tabs.setCurrentIndex(2)
    delivered()
    measured: list[int] = []
    measure = page.team_table.sizeHintForColumn
    page.team_table.sizeHintForColumn = lambda column: measured.append(column) or measure(column)
    category = hours.list_categories(workspace.ctx)[-1]
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week, category.id, 60)  # "1:00": as long as "0:00"
    delivered()
    assert page.team_model.data(page.team_model.index(0, page.team_model.columnCount() - 4)).startswith("1:00")
    assert measured == []
    hours.record_entry(workspace.ctx, workspace.actor_id, page.week, category.id, 12 * 60)  # a longer text
    delivered()
    assert measured
    measured.clear()
    page.resize(page.width() - 200, page.height())
    qtbot.waitUntil(lambda: bool(measured))  # the table narrower: the weeks that fit are measured again
