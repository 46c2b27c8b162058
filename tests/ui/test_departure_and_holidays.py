"""The team page asks a leaver's last day and a returner's first day back, saying what happens to the
balance; Settings marks the public holidays the centre works."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer

from app import formatting
from app.domain.members import MemberDraft
from app.services import centre, hours, members, rota, settings
from app.services import workshops as ws
from app.ui.dialogs.departure import DepartureDialog
from app.ui.dialogs.member import MemberDialog
from app.ui.pages.settings import SettingsPage
from app.ui.pages.team import TeamPage
from tests.french import typeset
from tests.ui.conftest import delivered, when_modal

LAST_DAY = date(2026, 8, 14)
WHIT_MONDAY_2026 = date(2026, 5, 25)


def team_page(qtbot, workspace, name):
    page = TeamPage(workspace, "Équipe")
    qtbot.addWidget(page)
    page.show_inactive.setChecked(True)
    page.select(member_called(workspace, name).id)
    return page


def member_called(workspace, name):
    return next(m for m in members.list_members(workspace.ctx, include_inactive=True) if m.name == name)


def test_deactivating_asks_the_last_day_refuses_one_before_arrival_then_saves(qtbot, workspace):
    members.add_member(workspace.ctx, MemberDraft(name="Élodie Roux", start_date=date(2026, 3, 2)))
    page = team_page(qtbot, workspace, "Élodie Roux")
    seen = []

    def fill(dialog):
        seen.append((dialog.windowTitle(), dialog.day.date().toPython(), dialog.explanation.text()))
        dialog.day.setDate(QDate(2026, 3, 1))
        dialog.ok_button.click()
        seen.append(dialog.error.text())
        dialog.day.setDate(QDate(2026, 8, 14))
        dialog.ok_button.click()

    QTimer.singleShot(0, lambda: when_modal(DepartureDialog, fill))
    page.active_button.click()
    title, default, explanation = seen[0]
    assert title == "Deactivate Élodie Roux" and default == workspace.ctx.today()
    assert "owes no more hours" in explanation and "carried over" in explanation
    assert seen[1] == "The last day cannot be before Élodie Roux arrived (02/03/2026)."
    élodie = member_called(workspace, "Élodie Roux")
    assert not élodie.active and members.last_day(workspace.ctx, élodie.id) == LAST_DAY


def test_deactivating_names_the_workshops_that_lose_a_facilitator(qtbot, workspace):
    ctx = workspace.ctx
    karim = members.add_member(ctx, MemberDraft(name="Karim", start_date=date(2026, 3, 2))).id
    walk = ws.add_workshop(ctx, ws.WorkshopDraft("Marche santé", capacity=8), facilitators={karim: 0})
    ws.add_session(ctx, walk.id, ws.SessionDraft(ctx.today() + timedelta(days=3), time(10), time(11)))
    page = team_page(qtbot, workspace, "Karim")
    seen = []

    def read(dialog):
        seen.append(dialog.explanation.text())
        dialog.day.setDate(dialog.day.date().addDays(3))
        seen.append(dialog.explanation.text())
        dialog.reject()

    QTimer.singleShot(0, lambda: when_modal(DepartureDialog, read))
    page.active_button.click()
    assert seen[0].endswith("They no longer facilitate these workshops after that day: Marche santé.")
    assert "Marche santé" not in seen[1]


def test_a_departure_says_which_reception_seats_it_opened_again(qtbot, workspace):
    élodie = members.add_member(workspace.ctx, MemberDraft(name="Élodie Roux", start_date=date(2026, 3, 2))).id
    tomorrow = workspace.ctx.today() + timedelta(days=1)
    shift = rota.add_shift(workspace.ctx, tomorrow, time(13, 30), time(17, 30), 1, "Accueil après-midi")
    rota.claim_shift(workspace.ctx, shift.id, élodie)
    page = team_page(qtbot, workspace, "Élodie Roux")
    QTimer.singleShot(0, lambda: when_modal(DepartureDialog, lambda dialog: dialog.ok_button.click()))
    page.active_button.click()  # her last day: today
    assert not rota.get_shift(workspace.ctx, shift.id).claimants
    assert page.message.text().splitlines() == [
        "The departure of Élodie Roux is recorded.",
        f"Élodie Roux's seat on {formatting.long_date(tomorrow)}, 13:30–17:30, is open again."]


def test_an_earlier_end_date_says_which_reception_seats_it_opened_again(qtbot, workspace):
    élodie = members.add_member(workspace.ctx, MemberDraft(name="Élodie Roux", start_date=date(2026, 3, 2))).id
    next_week = workspace.ctx.today() + timedelta(days=7)
    shift = rota.add_shift(workspace.ctx, next_week, time(13, 30), time(17, 30), 1, "Accueil après-midi")
    rota.claim_shift(workspace.ctx, shift.id, élodie)
    page = team_page(qtbot, workspace, "Élodie Roux")

    def end_contract(dialog):
        dialog.end.setDate(QDate(next_week - timedelta(days=1)))
        dialog.ok_button.click()

    QTimer.singleShot(0, lambda: when_modal(MemberDialog, end_contract))
    page.edit_button.click()
    assert not rota.get_shift(workspace.ctx, shift.id).claimants
    assert page.message.text().splitlines() == [
        "The details of Élodie Roux are saved.",
        f"Élodie Roux's seat on {formatting.long_date(next_week)}, 13:30–17:30, is open again."]


def test_reactivating_asks_the_day_back_and_states_the_balance_kept_in_french(qtbot, workspace, french):
    draft = MemberDraft(name="Bruno Martin", start_date=date(2026, 8, 3))
    bruno = members.add_member(workspace.ctx, draft).id
    ctx = workspace.ctx
    ctx.clock = lambda: datetime.combine(LAST_DAY, time(20), tzinfo=ctx.timezone)
    members.deactivate(ctx, bruno, LAST_DAY)  # two weeks without self-management hours: 20 h behind
    ctx.clock = lambda: datetime.combine(date(2026, 11, 23), time(8), tzinfo=ctx.timezone)
    assert hours.balance_on(ctx, bruno, LAST_DAY) == (0, -20 * 60)
    page = team_page(qtbot, workspace, "Bruno Martin")
    seen = []

    def fill(dialog):
        seen.append((dialog.windowTitle(), dialog.ok_button.text(), dialog.day.date().toPython(),
                     dialog.explanation.text()))
        dialog.day.setDate(QDate(2026, 11, 30))
        dialog.ok_button.click()

    QTimer.singleShot(0, lambda: when_modal(DepartureDialog, fill))
    page.active_button.click()
    title, button, default, explanation = seen[0]
    assert (title, button, default) == ("Réactiver Bruno Martin", "Réactiver", date(2026, 11, 23))
    assert explanation == typeset(
        "Bruno Martin est parti·e après le 14/08/2026. Les heures dues reprennent au jour du retour ; les "
        "jours entre les deux ne sont pas dus. Son solde au 14/08/2026 (métier 0 h, autogestion -20 h) "
        "est repris.")
    assert members.get_member(ctx, bruno).active
    assert hours.week_totals(ctx, bruno, date(2026, 11, 23)).target_self_management == 0
    assert hours.balance_on(ctx, bruno, date(2026, 11, 23)) == (0, -20 * 60)


def test_settings_mark_whit_monday_worked_every_year_or_one_holiday(qtbot, workspace):
    page = SettingsPage(workspace, "Réglages")
    qtbot.addWidget(page)
    box = page.holidays
    days = [holiday.day for holiday in box.holidays]
    assert days[0] == date(2026, 1, 1) and days[-1] == date(2027, 12, 25) and len(days) == 22
    box.whit_monday.setChecked(True)
    assert settings.get(workspace.ctx, "worked_holidays") == ["whit-monday"]
    whit_row = days.index(WHIT_MONDAY_2026)
    assert box.worked(whit_row) and not box.table.item(whit_row, 2).flags() & Qt.ItemFlag.ItemIsEnabled
    armistice_row = days.index(date(2026, 11, 11))
    box.table.item(armistice_row, 2).setCheckState(Qt.CheckState.Checked)
    assert [holiday.day for holiday in centre.list_holidays(workspace.ctx, [2026]) if holiday.worked] == [
        WHIT_MONDAY_2026, date(2026, 11, 11)]
    amina = workspace.actor_id
    assert hours.week_totals(workspace.ctx, amina, date(2026, 11, 9)).target_self_management == 10 * 60


def test_the_team_list_gives_the_last_day_and_the_day_back_in_french(qtbot, workspace, french):
    ctx = workspace.ctx
    gone, back = (members.add_member(ctx, MemberDraft(name=name, start_date=date(2026, 3, 2))).id
                  for name in ("Élodie Roux", "Bruno Martin"))
    members.deactivate(ctx, gone, LAST_DAY)
    members.deactivate(ctx, back, LAST_DAY)
    members.reactivate(ctx, back, date(2026, 9, 1))
    page = team_page(qtbot, workspace, "Élodie Roux")
    status = {page.model.index(row, 0).data(): page.model.index(row, 5).data()
              for row in range(page.model.rowCount())}
    assert status == {"Amina Benali": "actif·ve", "Élodie Roux": typeset("a quitté l'équipe (dernier jour : 14/08/2026)"),
                      "Bruno Martin": typeset("de retour le 01/09/2026 (dernier jour : 14/08/2026)")}


def test_ticking_a_worked_holiday_keeps_the_centre_details_being_typed(qtbot, workspace):
    page = SettingsPage(workspace, "Réglages")
    qtbot.addWidget(page)
    page.show()
    page.centre.name.setText("Centre de santé du Village 2")
    page.idle.setValue(42)
    armistice_row = [holiday.day for holiday in page.holidays.holidays].index(date(2026, 11, 11))
    page.holidays.table.item(armistice_row, 2).setCheckState(Qt.CheckState.Checked)
    page.holidays.whit_monday.setChecked(True)
    assert (page.centre.name.text(), page.idle.value()) == ("Centre de santé du Village 2", 42)
    assert centre.get_centre(workspace.ctx).name == "Centre de test"  # typed, not saved yet
    page.save()
    assert centre.get_centre(workspace.ctx).name == "Centre de santé du Village 2"
    assert settings.get(workspace.ctx, "idle_lock_minutes") == 42
    centre.update_centre(workspace.ctx, replace(page.centre.draft(), name="Centre du Village 2"))
    delivered()
    assert page.centre.name.text() == "Centre du Village 2"  # saved elsewhere while nothing is typed: shown
