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
    saved = centre.get_centre(workspace.ctx)
    assert (saved.name, saved.holiday_region, saved.opens_at, saved.closes_at) == (
        "Centre de santé du Village 2", "alsace-moselle", time(9), time(19))
    with workspace.ctx.reading() as session:
        edit = session.exec(select(AuditEntry).where(AuditEntry.entity == "centre",
                                                     AuditEntry.action == "edit")).one()
    assert edit.member_id == workspace.actor_id
