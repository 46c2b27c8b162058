"""The workshops page and dialogs, with real widgets: what « Forget this person » says it erased, the pickers
of the workshop dialog keeping what was chosen though no longer active, and the buttons offering nothing the
services refuse."""

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import Qt

from app.domain.members import MemberDraft
from app.domain.workshops import WorkshopStatus
from app.services import members
from app.services import workshops as ws
from app.ui.dialogs.workshops import WorkshopDialog, checked_names
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


def test_editing_a_workshop_keeps_a_facilitator_who_left_a_partner_and_a_theme_set_aside(qtbot, workspace):
    ctx = workspace.ctx
    bob = members.add_member(ctx, MemberDraft(name="Bob", start_date=date(2026, 1, 5))).id
    theme = ws.add_theme(ctx, "Nutrition")
    cpam = ws.add_partner(ctx, ws.PartnerDraft("CPAM de l'Isère"))
    workshop = ws.add_workshop(ctx, ws.WorkshopDraft("Cuisine", capacity=6, theme_id=theme.id),
                               facilitators={ctx.actor_id: 30, bob: 30}, partner_ids=[cpam.id])
    members.deactivate(ctx, bob, date(2026, 10, 30))
    ws.update_partner(ctx, cpam.id, ws.PartnerDraft("CPAM de l'Isère"), active=False)
    ws.rename_theme(ctx, theme.id, "Nutrition", active=False)
    dialog = WorkshopDialog(ctx, ws.get_workshop(ctx, workshop.id))
    qtbot.addWidget(dialog)
    assert dialog.theme.currentText() == "Nutrition (set aside)"
    assert checked_names(dialog.facilitators) == ["Amina Benali", "Bob (left the team)"]
    assert checked_names(dialog.partners) == ["CPAM de l'Isère (set aside)"]
    dialog.description.setPlainText("Recettes de saison.")  # the only change made
    dialog.save()
    delivered()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = ws.get_workshop(ctx, workshop.id)
    assert saved.workshop.theme == "Nutrition" and saved.workshop.description == "Recettes de saison."
    assert [f.member_id for f in saved.facilitators] == [ctx.actor_id, bob]
    assert [p.id for p in saved.partners] == [cpam.id]


def test_a_new_workshop_offers_only_what_is_active(qtbot, workspace):
    ctx = workspace.ctx
    ws.rename_theme(ctx, ws.add_theme(ctx, "Ancien thème").id, "Ancien thème", active=False)
    old = ws.add_partner(ctx, ws.PartnerDraft("Ancien partenaire"))
    ws.update_partner(ctx, old.id, ws.PartnerDraft("Ancien partenaire"), active=False)
    dialog = WorkshopDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == ["no theme"]
    assert dialog.partners.count() == 0


def test_the_buttons_offer_nothing_the_services_refuse(qtbot, workspace):
    ctx = workspace.ctx
    page, session = page_on_registration(qtbot, workspace, "Nadia")
    assert page.change_session_button.isEnabled() and page.enrol_button.isEnabled()
    workshop = ws.get_workshop(ctx, session.workshop_id).workshop
    ws.update_workshop(ctx, workshop.id, replace(workshop.draft(), status=WorkshopStatus.CANCELLED))
    delivered()
    page.select_workshop(workshop.id)
    page.select_session(session.id)
    assert not page.enrol_button.isEnabled()  # a workshop cancelled takes no registration
    held = ws.add_session(ctx, workshop.id, ws.SessionDraft(date(2026, 11, 19), time(14), time(16))).sessions[0]
    ws.record_attendance(ctx, held.id, {}, count=3)
    delivered()
    page.select_workshop(workshop.id)
    page.select_session(held.id)
    assert not page.cancel_session_button.isEnabled() and not page.change_session_button.isEnabled()
    assert page.attendance_button.isEnabled()  # its attendance may still be corrected
