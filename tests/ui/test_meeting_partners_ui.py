"""The partner organisations present, on the Meetings page's Attendance and roles tab: ticked and saved at once,
a partner added from there, locked with the minutes; the new kinds in the meeting dialog."""

from datetime import date, time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.domain.meetings import MeetingKind
from app.services import meetings
from app.services import workshops as ws
from app.services.meetings import MeetingDraft
from app.ui.dialogs.meeting import MeetingDialog
from app.ui.dialogs.workshops import PartnerDialog
from app.ui.pages.meetings import MeetingsPage
from tests.ui.conftest import delivered, when_modal

DAY = date(2026, 11, 19)


def steering_page(qtbot, workspace, *partners):
    for name in partners:
        ws.add_partner(workspace.ctx, ws.PartnerDraft(name))
    meeting = meetings.create_meeting(workspace.ctx, MeetingDraft(
        title="Comité de pilotage", day=DAY, start=time(10), end=time(12), kind=MeetingKind.STEERING_COMMITTEE))
    page = MeetingsPage(workspace, "Meetings")
    qtbot.addWidget(page)
    page.show()
    page.select_meeting(meeting.id)
    return page, meeting.id


def rows(box):
    return [(box.list.item(row).text(), box.list.item(row).checkState().name) for row in range(box.list.count())]


def tick(box, name):
    item = next(box.list.item(row) for row in range(box.list.count()) if box.list.item(row).text() == name)
    item.setCheckState(item.checkState().Checked)


def test_ticking_an_organisation_saves_it_at_once(qtbot, workspace):
    page, meeting_id = steering_page(qtbot, workspace, "CPAM", "ARS")
    box = page.attendance.partners
    assert rows(box) == [("ARS", "Unchecked"), ("CPAM", "Unchecked")]
    tick(box, "CPAM")
    delivered()
    assert [p.name for p in meetings.get_meeting(workspace.ctx, meeting_id).partners] == ["CPAM"]
    assert rows(box) == [("ARS", "Unchecked"), ("CPAM", "Checked")]
    assert [p.member_id for p in page.detail.attendance] == [workspace.actor_id]  # no organisation among members


def test_a_partner_added_from_the_tab_can_be_ticked(qtbot, workspace):
    page, _meeting_id = steering_page(qtbot, workspace, "CPAM")
    box = page.attendance.partners

    def fill(dialog):
        dialog.fields["name"].setText("Ville d'Échirolles")
        dialog.save()

    QTimer.singleShot(0, lambda: when_modal(PartnerDialog, fill))
    box.add_button.click()
    delivered()
    assert [name for name, _state in rows(box)] == ["CPAM", "Ville d'Échirolles"]


def test_a_retired_organisation_stays_ticked_and_a_refusal_is_said(qtbot, workspace, monkeypatch):
    page, meeting_id = steering_page(qtbot, workspace, "CPAM", "ARS")
    ars = next(p for p in ws.list_partners(workspace.ctx) if p.name == "ARS")
    meetings.set_meeting_partners(workspace.ctx, meeting_id, [ars.id])
    ws.update_partner(workspace.ctx, ars.id, ws.PartnerDraft("ARS"), active=False)
    delivered()
    box = page.attendance.partners
    assert rows(box) == [("ARS", "Checked"), ("CPAM", "Unchecked")]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    other = next(p for p in ws.list_partners(workspace.ctx) if p.name == "CPAM")
    ws.update_partner(workspace.ctx, other.id, ws.PartnerDraft("CPAM"), active=False)  # retired meanwhile,
    tick(box, "CPAM")  # before the page heard of it
    delivered()
    assert said == ["CPAM is no longer an active partner: make it active again in the partners directory first."]
    assert rows(box) == [("ARS", "Checked")]  # back to what is saved: the CPAM is no longer offered


def test_approved_minutes_lock_the_organisations(qtbot, workspace):
    page, meeting_id = steering_page(qtbot, workspace, "CPAM")
    meetings.mark_held(workspace.ctx, meeting_id)
    meetings.approve_minutes(workspace.ctx, meeting_id)
    delivered()
    box = page.attendance.partners
    assert not box.add_button.isEnabled()
    assert not box.list.item(0).flags() & box.list.item(0).flags().ItemIsEnabled


def test_the_dialog_offers_both_partner_kinds(qtbot, workspace):
    dialog = MeetingDialog(workspace.ctx, DAY)
    qtbot.addWidget(dialog)
    labels = [dialog.kind.itemText(row) for row in range(dialog.kind.count())]
    assert {"Partner meeting", "Steering committee"} <= set(labels)
    dialog.title.setText("Comité de pilotage")
    dialog.kind.setCurrentIndex(dialog.kind.findData("steering_committee"))
    dialog.save()
    assert dialog.result_view[0].kind == MeetingKind.STEERING_COMMITTEE
