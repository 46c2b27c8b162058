"""Settings: the centre's details stay editable after its creation, through the audited service."""

from datetime import time

from PySide6.QtCore import QTime
from sqlmodel import select

from app.services import centre
from app.storage.models import AuditEntry
from app.ui.pages.settings import SettingsPage


def test_the_centre_details_are_edited_in_settings(qtbot, workspace):
    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    fields = page.centre
    assert fields.name.text() == "Centre de test" and fields.zone.currentText() == "Europe/Paris"
    fields.name.setText("Centre de santé du Village 2")
    fields.region.setCurrentIndex(fields.region.findData("alsace-moselle"))
    fields.opens.setTime(QTime(9, 0))
    fields.closes.setTime(QTime(8, 0))
    page.save()
    assert "close after it opens" in page.error.text()
    fields.closes.setTime(QTime(19, 0))
    page.save()
    assert page.error.isHidden()
    assert page.saved.accessibleName() == "Saving the centre: The centre's details are saved."  # said aloud
    saved = centre.get_centre(workspace.ctx)
    assert (saved.name, saved.holiday_region, saved.opens_at, saved.closes_at) == (
        "Centre de santé du Village 2", "alsace-moselle", time(9), time(19))
    with workspace.ctx.reading() as db:
        edit = db.exec(select(AuditEntry).where(AuditEntry.entity == "centre",
                                                     AuditEntry.action == "edit")).one()
    assert edit.member_id == workspace.actor_id


def test_the_category_of_each_kind_of_meeting_is_chosen_in_settings(qtbot, workspace):
    from app.domain.meetings import MeetingKind
    from app.services import credits, hours

    page = SettingsPage(workspace, "Settings")
    qtbot.addWidget(page)
    box = page.meeting_credits.boxes[MeetingKind.CARE_REVIEW]
    assert box.currentText() == "Complex care reviews"
    assert "Profession" not in [box.itemText(row) for row in range(box.count())]
    box.setCurrentIndex(box.findText("Thematic projects"))
    box.activated.emit(box.currentIndex())
    chosen = credits.meeting_categories(workspace.ctx)[MeetingKind.CARE_REVIEW]
    assert [c.label for c in hours.list_categories(workspace.ctx) if c.id == chosen] == ["Thematic projects"]
    assert page.meeting_credits.error.isHidden()
    with workspace.ctx.reading() as db:
        change = db.exec(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
    assert change.member_id == workspace.actor_id
