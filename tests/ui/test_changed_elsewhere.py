"""A window left open on a record that another workstation changes meanwhile, through the real dialogs: saving
from the old picture says what happened, writes nothing over the other's work, and the window then shows the
record as it is."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from app.domain.meetings import ItemKind
from app.services import hours, meetings, rooms, rota
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.ui.dialogs.hours import CategoriesDialog
from app.ui.dialogs.rooms import RoomDialog
from app.ui.dialogs.rota_setup import RotaSetupDialog
from app.ui.dialogs.workshops import PartnerDialog, SessionDialog, ThemesDialog
from app.ui.pages.meetings import MeetingsPage
from tests.conftest import in_the_afternoon
from tests.ui.conftest import when_modal

TODAY = date(2026, 11, 23)  # the tests' Monday


def table_rows(model) -> list[list[str]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_a_slot_ended_at_another_workstation_is_not_changed_from_the_old_list(
    qtbot, workspace, elsewhere, monkeypatch
):
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
    assert dialog.error.text() == (
        "This weekly shift was changed meanwhile, perhaps at another workstation: "
        "nothing was saved. The list shows it as it is now: choose it again."
    )
    assert table_rows(dialog.slots) == [["Monday", "09:00", "12:00", "1", "", "23/11/2026", "06/12/2026"]]
    assert rota.list_templates(workspace.ctx) == [rota.list_templates(elsewhere)[0]]
    assert not dialog.change_slot_button.isEnabled()  # until a slot of the list as it is now is chosen

    # Chosen again, the slot ends before 14 December: said, in the person's words.
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    dialog.from_day.setDate(QDate(2026, 12, 14))
    dialog.change_slot_button.click()
    assert dialog.error.text() == (
        "This weekly shift ends on Sunday 6 December 2026 (it was changed or ended): nothing of it can change "
        "after that day. Choose in the list the weekly shift in force on the day you want."
    )
    assert len(rota.list_templates(workspace.ctx)) == 1


def test_a_slot_changed_at_another_workstation_is_not_ended_from_the_old_list(
    qtbot, workspace, elsewhere, monkeypatch
):
    """Ended later than the other's change, Monday had two weekly shifts: every Monday shift came twice."""
    monkeypatch.setattr("app.ui.dialogs.rota_setup.confirm", lambda *_args: True)
    slot = rota.add_template(workspace.ctx, 0, time(9), time(12), 1, valid_from=TODAY)
    dialog = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    rota.change_template(
        elsewhere, slot.id, start=time(10), end=time(12), seats=1, label="", from_day=date(2026, 12, 7)
    )

    dialog.from_day.setDate(QDate(2026, 12, 21))
    dialog.end_slot_button.click()
    assert "changed meanwhile" in dialog.error.text() and dialog.message.text() == ""
    assert [row[1:] for row in table_rows(dialog.slots)] == [
        ["09:00", "12:00", "1", "", "23/11/2026", "06/12/2026"],
        ["10:00", "12:00", "1", "", "07/12/2026", ""],
    ]
    rota.create_shifts_ahead(workspace.ctx, weeks=6)
    mondays = rota.shifts_between(workspace.ctx, TODAY, TODAY + timedelta(weeks=6))
    assert len(mondays) == len({shift.day for shift in mondays}) == 6  # one shift each Monday


THURSDAY = date(2026, 11, 26)


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_session_moved_at_another_workstation_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    """The edit of the notes put the session back on Thursday unseen, and moved the following ones to Wednesdays."""
    ctx = workspace.ctx
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine du marché", capacity=8))
    first = ws.add_series(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16)), count=3).sessions[
        0
    ]
    dialog = SessionDialog(ctx, workshop.id, first)
    qtbot.addWidget(dialog)
    ws.update_session(
        elsewhere, first.id, ws.SessionDraft(date(2026, 11, 27), time(10), time(12), None, "Au marché")
    )
    theirs = ws.get_session(ctx, first.id)

    dialog.notes.setText("Apporter des tabliers")
    dialog.following.setChecked(True)
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert seen == [
        (
            "Someone else changed this session while you were editing it.\n"
            "Day: yours “Thursday 26 November 2026”, saved “Friday 27 November 2026”\n"
            "Time: yours “14:00–16:00”, saved “10:00–12:00”\n"
            "Notes: yours “Apporter des tabliers”, saved “Au marché”"
        )
    ]
    sessions = [(s.day, s.start, s.notes) for s in ws.sessions_between(ctx, THURSDAY, date(2026, 12, 31))]
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert sessions == [
            (THURSDAY + timedelta(weeks=n), time(14), "Apporter des tabliers") for n in range(3)
        ]
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_view == theirs
        assert sessions == [
            (date(2026, 11, 27), time(10), "Au marché"),
            (date(2026, 12, 3), time(14), ""),
            (date(2026, 12, 10), time(14), ""),
        ]


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_room_renamed_at_another_workstation_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    """A capacity changed here put the old name back over the other's rename, unseen."""
    room = rooms.add_room(workspace.ctx, "Salle 1", 10)
    dialog = RoomDialog(workspace.ctx, room)
    qtbot.addWidget(dialog)
    theirs = rooms.update_room(elsewhere, room.id, "Salle bleue", 10)
    dialog.capacity.setValue(15)
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert seen == [
        (
            "Someone else changed this room while you were editing it.\n"
            "Name: yours “Salle 1”, saved “Salle bleue”\nCapacity: yours “15”, saved “10”"
        )
    ]
    if keep_mine:
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert rooms.list_rooms(workspace.ctx) == [rooms.RoomView(room.id, "Salle 1", 15)]
    else:
        assert dialog.result() == QDialog.DialogCode.Rejected
        assert rooms.list_rooms(workspace.ctx) == [theirs]


@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_notes_typed_while_the_minutes_are_approved_elsewhere_are_given_back_and_the_minutes_shown(
    qtbot, workspace, elsewhere
):
    """The typing stayed in the read-only notes as if it were in the approved minutes, refused again at every
    item chosen, and lost at last: now it is given back once, in the message, and the minutes show as approved."""
    ctx = workspace.ctx
    meeting = meetings.create_meeting(
        ctx, MeetingDraft(title="Réunion d'équipe", day=TODAY, start=time(12, 30), end=time(14))
    )
    item = meetings.add_item(ctx, meeting.id, "Budget", ItemKind.DISCUSSION, 20)
    meetings.add_item(ctx, meeting.id, "Accueil", ItemKind.DISCUSSION, 10)
    meetings.save_notes(ctx, item.id, "Le loyer augmente.", expected_version=item.version)
    page = MeetingsPage(workspace, "Meetings")
    qtbot.addWidget(page)
    page.show()
    page.agenda.items_view.selectRow(0)
    workspace.watch_other_workstations(interval_ms=100)
    try:
        notes = page.agenda.notes
        notes.autosave.setInterval(60_000)  # typing on, not saved yet
        notes.moveCursor(notes.textCursor().MoveOperation.End)
        notes.insertPlainText("\nBudget 2027 voté.")
        afternoon = in_the_afternoon(elsewhere)
        meetings.mark_held(afternoon, meeting.id)
        meetings.approve_minutes(afternoon, meeting.id)
        qtbot.waitUntil(notes.isReadOnly, timeout=3000)
        assert notes.toPlainText() == "Le loyer augmente.\nBudget 2027 voté."  # the typing stays until saved

        seen = []

        def read_and_close(box: QMessageBox) -> None:
            seen.append((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
            box.accept()

        QTimer.singleShot(0, lambda: when_modal(QMessageBox, read_and_close))
        notes.flush()  # its autosave, or the focus leaving it
        assert seen == [
            (
                "Notes not saved",
                "The minutes of this meeting are approved: add an erratum to correct them.",
                "What you typed is in the details below, to copy.",
                "Le loyer augmente.\nBudget 2027 voté.",
            )
        ]
        assert notes.toPlainText() == "Le loyer augmente." and not notes.has_unsaved()
        page.agenda.items_view.selectRow(1)  # another item: nothing more to save, nothing asked again
        page.agenda.items_view.selectRow(0)
        assert notes.toPlainText() == "Le loyer augmente." and len(seen) == 1
    finally:
        workspace.close()  # its watcher's connection


def listed(dialog) -> list[str]:
    return [dialog.records.item(row).text() for row in range(dialog.records.count())]


def test_a_theme_set_aside_at_another_workstation_is_not_brought_back_by_a_rename(
    qtbot, workspace, elsewhere
):
    """Save changes saved the name typed and « Offered » as the dialog showed it: the other's setting aside was
    undone unseen. Now it is said, the list shows the theme as it is, and the name typed stays."""
    theme = ws.add_theme(workspace.ctx, "Nutrition")
    dialog = ThemesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.records.setCurrentRow(0)
    ws.rename_theme(elsewhere, theme.id, "Nutrition", active=False)
    dialog.name.setText("Alimentation")
    dialog.rename_button.click()
    assert dialog.error.text() == "Someone else saved this record while you were editing it."
    assert listed(dialog) == ["Nutrition (set aside)"] and dialog.current().id == theme.id
    assert dialog.name.text() == "Alimentation" and not dialog.active.isChecked()
    assert ws.list_themes(workspace.ctx, include_inactive=True) == [
        ws.ThemeView(theme.id, "Nutrition", False)
    ]
    dialog.rename_button.click()  # saved again, from the theme as it is now
    assert dialog.error.isHidden() and listed(dialog) == ["Alimentation (set aside)"]


def test_a_category_renamed_at_another_workstation_is_not_renamed_over_unseen(qtbot, workspace, elsewhere):
    category = hours.add_category(workspace.ctx, "Partenariats")
    dialog = CategoriesDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.records.setCurrentRow(listed(dialog).index("Partenariats · self-management"))
    hours.rename_category(elsewhere, category.id, "Partenariats CPAM")
    dialog.label.setText("Partenaires")
    dialog.rename_button.click()
    assert dialog.error.text() == "Someone else saved this record while you were editing it."
    assert "Partenariats CPAM · self-management" in listed(dialog)
    assert dialog.current().label == "Partenariats CPAM"
    assert dialog.label.text() == "Partenaires"


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "take theirs"])
def test_a_partner_set_aside_at_another_workstation_is_shown_before_anything_is_overwritten(
    qtbot, workspace, elsewhere, answer_edited_elsewhere, keep_mine
):
    """A phone typed here saved « We still work with them » as the dialog showed it: the other's setting the
    partner aside was undone unseen."""
    partner = ws.add_partner(workspace.ctx, ws.PartnerDraft(name="CPAM de l'Isère"))
    dialog = PartnerDialog(workspace.ctx, partner)
    qtbot.addWidget(dialog)
    theirs = ws.update_partner(elsewhere, partner.id, ws.PartnerDraft(name="CPAM de l'Isère"), active=False)
    dialog.fields["phone"].setText("04 76 00 00 00")
    seen = answer_edited_elsewhere("Keep mine" if keep_mine else "Take theirs")
    dialog.save()
    assert seen == [
        (
            "Someone else saved this partner while you were editing it.\n"
            "Phone: yours “04 76 00 00 00”, saved “”\nWe still work with them: yours “yes”, saved “no”"
        )
    ]
    saved = ws.list_partners(workspace.ctx, include_inactive=True)
    if keep_mine:
        assert [(p.phone, p.active) for p in saved] == [("04 76 00 00 00", True)]
    else:
        assert saved == [theirs] and dialog.result() == QDialog.DialogCode.Rejected
