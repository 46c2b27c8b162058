"""The workshops page and dialogs, with real widgets: what « Forget this person » says it erased, and the
pickers of the workshop dialog keeping what was chosen though no longer active."""

from datetime import date, time

from PySide6.QtCore import Qt

from app.services import workshops as ws
from app.ui.pages.workshops import WorkshopsPage
from tests.ui.conftest import delivered

THURSDAY = date(2026, 11, 26)


def page_on_registration(qtbot, workspace, name):
    ctx = workspace.ctx
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=5))
    session = ws.add_session(ctx, workshop.id, ws.SessionDraft(THURSDAY, time(14), time(16))).sessions[0]
    ws.enrol(ctx, session.id, name, "06 12 34 56 78")
    page = WorkshopsPage(workspace, "Workshops")
    qtbot.addWidget(page)
    page.show()
    delivered()
    page.select_workshop(workshop.id)
    page.select_session(session.id)
    page.registration_table.selectRow(0)
    return page, session


def test_forgetting_someone_with_an_accented_capital_says_how_many_registrations_went(qtbot, workspace,
                                                                                     monkeypatch):
    page, session = page_on_registration(qtbot, workspace, "Élodie")
    monkeypatch.setattr("app.ui.pages.workshops.confirm", lambda *args: True)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    delivered()
    assert page.message.text() == "Registrations of this person erased: 1."
    assert [(e.name, e.phone) for e in ws.list_enrolments(workspace.ctx, session.id)] == [("", "")]


def test_forgetting_someone_already_erased_elsewhere_says_nothing_was_found(qtbot, workspace, monkeypatch):
    page, _session = page_on_registration(qtbot, workspace, "Élodie")
    ws.forget_participant(workspace.ctx, "Élodie", "06 12 34 56 78")  # at another workstation, unseen yet
    monkeypatch.setattr("app.ui.pages.workshops.confirm", lambda *args: True)
    page.forget_person()
    delivered()
    assert page.message.text() == "No registration of Élodie was found: nothing was erased."
