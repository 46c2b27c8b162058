"""The activity report from the Workshops page: the dialog (year or period, one action, format, file), the
report written in the background, then the usual message that opens its folder."""

from datetime import date, time

from PySide6.QtCore import QTimer

from app.services import workshops as ws
from app.ui import exporting
from app.ui.dialogs.activity import ActivityReportDialog
from app.ui.exporting import ExportedMessage
from app.ui.pages.workshops import WorkshopsPage
from tests.french import typeset
from tests.ui.conftest import finish_background, when_modal


def a_theme_with_a_session(ctx):
    theme = ws.add_theme(ctx, "Nutrition")
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", 12, theme.id)).id
    session = ws.add_session(ctx, workshop, ws.SessionDraft(date(2026, 3, 10), time(14), time(16))).sessions[0].id
    ws.record_attendance(ctx, session, {}, count=5)


def test_the_report_of_one_theme_from_the_workshops_page(qtbot, workspace, french, monkeypatch, tmp_path):
    a_theme_with_a_session(workspace.ctx)
    opened = []
    monkeypatch.setattr(exporting, "open_folder", opened.append)
    page = WorkshopsPage(workspace, "Ateliers")
    qtbot.addWidget(page)
    page.show()
    assert page.activity_button.text() == "Bilan d'activité pour les financeurs…"
    target = tmp_path / "bilan.csv"

    def fill(dialog: ActivityReportDialog) -> None:
        assert dialog.windowTitle() == "Bilan d'activité"
        assert dialog.file.text().endswith("bilan-activite-2026.odt")
        dialog.period.setChecked(True)
        assert not dialog.year.isEnabled() and dialog.first.isEnabled()
        dialog.action.setCurrentIndex(dialog.action.findText(typeset("Thème : Nutrition")))
        dialog.format.setCurrentIndex(dialog.format.findData("csv"))
        dialog.file.setText(str(target))
        dialog.accept()

    QTimer.singleShot(0, lambda: when_modal(ActivityReportDialog, fill))
    page.activity_button.click()
    finish_background(qtbot)
    message = page.findChild(ExportedMessage)
    assert message is not None and message.text() == typeset("« bilan.csv » est enregistré.")
    message.open_button.click()
    assert opened == [tmp_path]
    text = target.read_bytes().decode("utf-8-sig")
    assert "Par thème;Nutrition;Présences;5" in text
    assert "Accueil" not in text  # one action: its workshops only


def test_cancel_writes_nothing(qtbot, workspace, tmp_path):
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    QTimer.singleShot(0, lambda: when_modal(ActivityReportDialog, lambda dialog: dialog.reject()))
    page.activity_button.click()
    finish_background(qtbot)
    assert page.findChild(ExportedMessage) is None
