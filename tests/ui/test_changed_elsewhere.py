"""A window left open on a record that another workstation changes meanwhile, through the real dialogs: saving
from the old picture says what happened, writes nothing over the other's work, and the window then shows the
record as it is."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime

from app.services import rota
from app.ui.dialogs.rota_setup import RotaSetupDialog

TODAY = date(2026, 11, 23)  # the tests' Monday


def table_rows(model) -> list[list[str]]:
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_a_slot_ended_at_another_workstation_is_not_changed_from_the_old_list(qtbot, workspace, elsewhere,
                                                                              monkeypatch):
    """The change gave a database error in a failure notice; now the dialog says why, and lists the slot
    with its end."""
    slot = rota.add_template(workspace.ctx, 0, time(9), time(12), 1, valid_from=TODAY)
    dialog = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    rota.end_template(elsewhere, slot.id, date(2026, 12, 6))  # no shift from 7 December on

    dialog.end.setTime(QTime(13, 0))
    dialog.from_day.setDate(QDate(2026, 12, 14))
    dialog.change_slot_button.click()
    assert dialog.error.text() == ("This weekly shift was changed meanwhile, perhaps at another workstation: "
                                   "nothing was saved. The list shows it as it is now: choose it again.")
    assert table_rows(dialog.slots) == [["Monday", "09:00", "12:00", "1", "", "23/11/2026", "06/12/2026"]]
    assert rota.list_templates(workspace.ctx) == [rota.list_templates(elsewhere)[0]]
    assert not dialog.change_slot_button.isEnabled()  # until a slot of the list as it is now is chosen

    # Chosen again, the slot ends before 14 December: said, in the person's words.
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    dialog.from_day.setDate(QDate(2026, 12, 14))
    dialog.change_slot_button.click()
    assert dialog.error.text() == (
        "This weekly shift ends on Sunday 6 December 2026 (it was changed or ended): nothing of it can change "
        "after that day. Choose in the list the weekly shift in force on the day you want.")
    assert len(rota.list_templates(workspace.ctx)) == 1


def test_a_slot_changed_at_another_workstation_is_not_ended_from_the_old_list(qtbot, workspace, elsewhere,
                                                                             monkeypatch):
    """Ended later than the other's change, Monday had two weekly shifts: every Monday shift came twice."""
    monkeypatch.setattr("app.ui.dialogs.rota_setup.confirm", lambda *_args: True)
    slot = rota.add_template(workspace.ctx, 0, time(9), time(12), 1, valid_from=TODAY)
    dialog = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    rota.change_template(elsewhere, slot.id, start=time(10), end=time(12), seats=1, label="",
                         from_day=date(2026, 12, 7))

    dialog.from_day.setDate(QDate(2026, 12, 21))
    dialog.end_slot_button.click()
    assert "changed meanwhile" in dialog.error.text() and dialog.message.text() == ""
    assert [row[1:] for row in table_rows(dialog.slots)] == [
        ["09:00", "12:00", "1", "", "23/11/2026", "06/12/2026"], ["10:00", "12:00", "1", "", "07/12/2026", ""]]
    rota.create_shifts_ahead(workspace.ctx, weeks=6)
    mondays = rota.shifts_between(workspace.ctx, TODAY, TODAY + timedelta(weeks=6))
    assert len(mondays) == len({shift.day for shift in mondays}) == 6  # one shift each Monday
