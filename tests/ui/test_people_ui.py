"""People who are not staff in the window: the directory tab of the Team page (apart from the team's list),
the person dialog and its consent rule, the guests of a meeting with every habitant-relais in one click, the
co-facilitators of a workshop, erasure after a confirmation."""

from datetime import date, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.people import PersonDraft, PersonRole
from app.services import meetings, people
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.ui.dialogs.people import PersonDialog
from app.ui.dialogs.workshops import WorkshopDialog
from app.ui.pages.meetings import MeetingsPage
from app.ui.pages.team import TeamPage
from tests.ui.conftest import delivered


def test_the_person_dialog_asks_consent_for_contact_data(qtbot, workspace):
    dialog = PersonDialog(workspace.ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Awa")
    dialog.phone.setText("06 12 34 56 78")
    dialog.save()
    assert "only with the date" in dialog.error.text() and people.list_people(workspace.ctx) == []
    dialog.consent.setDate(QDate(2026, 11, 1))
    dialog.save()
    assert dialog.result_view.phone == "06 12 34 56 78" and dialog.result_view.role == PersonRole.RELAY
    assert dialog.result_view.consent_on == date(2026, 11, 1)


def test_the_directory_is_a_tab_apart_from_the_team(qtbot, workspace, monkeypatch):
    people.create_person(workspace.ctx, PersonDraft(name="Awa", role=PersonRole.RELAY))
    page = TeamPage(workspace, "Team")
    qtbot.addWidget(page)
    page.show()
    assert [m.name for m in page.model.rows] == ["Amina Benali"]  # the team's list: members only
    page.tabs.setCurrentWidget(page.people)
    assert [p.name for p in page.people.model.rows] == ["Awa"]
    page.people.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.people.erase_selected()
    assert page.people.model.rows == [] and page.people.message.text() == "The person is erased."
    page.people.show_inactive.setChecked(True)
    assert [page.people.model.columns[0].text(p) for p in page.people.model.rows] == ["Erased person"]
    page.people.table.selectRow(0)
    assert not page.people.edit_button.isEnabled() and not page.people.erase_button.isEnabled()


def test_guests_added_one_by_one_and_every_relay_at_once(qtbot, workspace):
    ctx = workspace.ctx
    for name in ("Awa", "Bintou"):
        people.create_person(ctx, PersonDraft(name=name, role=PersonRole.RELAY))
    sonia = people.create_person(ctx, PersonDraft(name="Sonia", role=PersonRole.INHABITANT))
    draft = MeetingDraft(title="Habitants-relais", day=date(2026, 12, 3), start=time(18), end=time(20))
    meeting = meetings.create_meeting(ctx, draft)
    page = MeetingsPage(workspace, "Meetings")
    qtbot.addWidget(page)
    page.show()
    page.select_meeting(meeting.id)
    box = page.attendance.guests
    box.person.setCurrentIndex(box.person.findData(sonia.id))
    box.add_button.click()
    delivered()
    assert [g.name for g in box.model.rows] == ["Sonia"]
    assert box.notes.text() == "Sonia (inhabitant) attends the meeting."
    box.relays_button.click()
    delivered()
    assert [g.name for g in box.model.rows] == ["Awa", "Bintou", "Sonia"]
    assert box.person.count() == 0 and not box.add_button.isEnabled()
    box.view.selectRow(2)
    box.remove_button.click()
    delivered()
    assert [g.name for g in box.model.rows] == ["Awa", "Bintou"]
    assert "Awa (habitant-relais)" in page.minutes.preview.toPlainText()


def test_the_workshop_dialog_chooses_co_facilitators(qtbot, workspace):
    ctx = workspace.ctx
    awa = people.create_person(ctx, PersonDraft(name="Awa"))
    dialog = WorkshopDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Cuisine du monde")
    dialog.co_facilitators.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert [p.name for p in people.co_facilitators(ctx, dialog.result_view.id)] == ["Awa"]
    edit = WorkshopDialog(ctx, ws.get_workshop(ctx, dialog.result_view.id))
    qtbot.addWidget(edit)
    assert edit.co_facilitators.item(0).data(Qt.ItemDataRole.UserRole) == awa.id
    edit.co_facilitators.item(0).setCheckState(Qt.CheckState.Unchecked)
    edit.save()
    assert people.co_facilitators(ctx, dialog.result_view.id) == []
