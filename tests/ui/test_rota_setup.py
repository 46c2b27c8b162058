"""Setting the rota up: slots and shifts ahead, closures, each member's exemption and half-days."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog

from app import formatting
from app.domain.members import MemberDraft
from app.services import hours, meetings, members, rota
from app.ui.dialogs.rota_setup import MemberRotaDialog, RotaSetupDialog
from tests.statements import reading, statements

TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def dialog(qtbot, workspace):
    setup = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(setup)
    return setup


def answer(monkeypatch, yes: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.rota_setup.confirm",
                        lambda _parent, _title, text: asked.append(text) or yes)
    return asked


def test_add_a_slot_then_create_its_shifts_ahead(dialog, workspace):
    dialog.weekday.setCurrentIndex(1)  # Tuesday
    dialog.start.setTime(QTime(13, 30))
    dialog.end.setTime(QTime(17, 0))
    dialog.seats.setValue(2)
    dialog.label.setText("Café-accueil")
    dialog.add_slot_button.click()
    assert dialog.slots.rowCount() == 1
    assert [dialog.slots.index(0, column).data() for column in range(5)] == [
        "Tuesday", "13:30", "17:00", "2", "Café-accueil"]
    assert "Slot added" in dialog.message.text() and dialog.error.isHidden()
    dialog.ahead_button.click()
    created = int(dialog.message.text().split()[0])
    shifts = rota.shifts_between(workspace.ctx, TODAY, TODAY + timedelta(weeks=12))
    assert created == len(shifts) > 0
    assert {(s.day.weekday(), s.start, s.end, s.seats) for s in shifts} == {(1, time(13, 30), time(17, 0), 2)}


def test_a_slot_is_named_in_a_sentence_in_lower_case_in_french(qtbot, workspace, french):
    setup = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(setup)
    setup.weekday.setCurrentIndex(0)
    setup.add_slot_button.click()
    assert "ajouté\u00a0: lundi " in setup.message.text()  # not « : Lundi » mid-sentence
    assert [setup.slots.index(0, 0).data()] == ["Lundi"]  # the column's cell keeps its capital


def test_a_bad_slot_is_refused_inline(dialog):
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(12, 0))
    dialog.add_slot_button.click()
    assert dialog.slots.rowCount() == 0
    assert not dialog.error.isHidden() and "end after it starts" in dialog.error.text()


def test_change_and_end_a_slot(dialog, workspace, monkeypatch):
    rota.add_template(workspace.ctx, 2, time(8, 30), time(12, 30), 1, valid_from=TODAY)
    dialog.refresh()
    dialog.slot_table.setCurrentIndex(dialog.slots.index(0, 0))
    assert dialog.change_slot_button.isEnabled() and dialog.seats.value() == 1
    dialog.seats.setValue(3)
    dialog.from_day.setDate(QDate(2026, 12, 7))
    dialog.change_slot_button.click()
    assert [(t.seats, t.valid_from) for t in rota.list_templates(workspace.ctx, on=date(2026, 12, 9))] == [
        (3, date(2026, 12, 7))]
    dialog.slot_table.setCurrentIndex(dialog.slots.index(1, 0))
    asked = answer(monkeypatch, False)
    dialog.end_slot_button.click()
    assert asked and rota.list_templates(workspace.ctx, on=date(2027, 1, 6))  # declined: still there
    answer(monkeypatch, True)
    dialog.from_day.setDate(QDate(2027, 1, 4))
    dialog.end_slot_button.click()
    assert not rota.list_templates(workspace.ctx, on=date(2027, 1, 6))
    assert rota.list_templates(workspace.ctx, on=date(2026, 12, 30))


def test_add_and_remove_a_closure(dialog, workspace, monkeypatch):
    meetings.create_meeting(workspace.ctx, meetings.MeetingDraft(
        title="Comité de pilotage", day=date(2026, 12, 4), start=time(9, 30), end=time(11, 30)))
    dialog.tabs.setCurrentIndex(1)
    answer(monkeypatch, True)
    dialog.closure_day.setDate(QDate(2026, 12, 4))
    dialog.closure_reason.setText("Journée d'équipe")
    dialog.add_closure_button.click()
    assert [(c.day, c.reason) for c in rota.list_closures(workspace.ctx)] == [(date(2026, 12, 4), "Journée d'équipe")]
    assert "Comité de pilotage" in dialog.message.text()  # planned before: named, to be moved or cancelled
    assert dialog.closures.rowCount() == 1 and dialog.closures.index(0, 1).data() == "Journée d'équipe"
    dialog.closure_table.setCurrentIndex(dialog.closures.index(0, 0))
    asked = answer(monkeypatch, False)
    dialog.remove_closure_button.click()
    assert asked and len(rota.list_closures(workspace.ctx)) == 1
    answer(monkeypatch, True)
    dialog.remove_closure_button.click()
    assert rota.list_closures(workspace.ctx) == [] and dialog.closures.rowCount() == 0


def test_a_closure_reason_pasted_too_long_is_cut_where_it_shows(dialog, workspace, monkeypatch):
    dialog.tabs.setCurrentIndex(1)
    answer(monkeypatch, True)
    dialog.closure_day.setDate(QDate(2026, 12, 4))
    dialog.closure_reason.setText("Formation aux premiers secours " * 10)
    assert len(dialog.closure_reason.text()) == 120
    dialog.add_closure_button.click()
    [closure] = rota.list_closures(workspace.ctx)
    assert closure.reason == ("Formation aux premiers secours " * 4)[:120].strip()


def test_removing_a_closure_says_which_seat_did_not_come_back(dialog, workspace, monkeypatch):
    ctx = workspace.ctx
    bruno = members.add_member(ctx, MemberDraft(name="Bruno Martin")).id
    friday = date(2026, 12, 4)
    shift = rota.add_shift(ctx, friday, time(13, 30), time(17, 30), 1, "Accueil")
    rota.claim_shift(ctx, shift.id, bruno)
    rota.add_closure(ctx, friday, "Journée d'équipe")
    hours.add_absence(ctx, bruno, friday, friday)  # meanwhile
    dialog.refresh()
    dialog.tabs.setCurrentIndex(1)
    dialog.closure_table.setCurrentIndex(dialog.closures.index(0, 0))
    answer(monkeypatch, True)
    dialog.remove_closure_button.click()
    day = formatting.long_date(friday)
    assert dialog.message.text().splitlines() == [
        f"The centre opens on {day}.",
        f"Bruno Martin does not get the seat on {day}, 13:30–17:30, back. Bruno Martin is absent on {day}."]
    assert rota.get_shift(ctx, shift.id).open_seats == 1


def test_set_a_member_exempt_and_unavailable(qtbot, dialog, workspace, monkeypatch):
    amina = workspace.actor_id
    dialog.tabs.setCurrentIndex(2)
    assert dialog.people.rowCount() == 1 and dialog.people.index(0, 0).data() == "Amina Benali"

    def fill_and_save(sub: MemberRotaDialog) -> QDialog.DialogCode:
        qtbot.addWidget(sub)
        sub.exempt.setChecked(True)
        sub.unavailable.boxes[(0, "am")].setChecked(True)
        sub.unavailable.boxes[(3, "pm")].setChecked(True)
        sub.preferred.boxes[(2, "am")].setChecked(True)
        sub.save()
        return sub.result()

    monkeypatch.setattr(MemberRotaDialog, "exec", fill_and_save)
    dialog.people_table.setCurrentIndex(dialog.people.index(0, 0))
    dialog.edit_member_button.click()
    settings = rota.get_member_rota(workspace.ctx, amina)
    assert settings.exempt
    assert settings.unavailable == {(0, "am"), (3, "pm")} and settings.preferred == {(2, "am")}
    assert dialog.people.index(0, 1).data() == "exempt"
    assert dialog.people.index(0, 2).data() == "Mon morning, Thu afternoon"
    assert "saved" in dialog.message.text()


def test_member_grid_starts_from_the_saved_settings(qtbot, workspace):
    rota.set_member_rota(workspace.ctx, workspace.actor_id, unavailability="1pm,5am")
    member = members.list_members(workspace.ctx)[0]
    sub = MemberRotaDialog(workspace.ctx, member)
    qtbot.addWidget(sub)
    assert sub.unavailable.boxes[(1, "pm")].isChecked() and not sub.exempt.isChecked()
    sub.unavailable.boxes[(1, "pm")].setChecked(False)
    sub.save()
    assert rota.get_member_rota(workspace.ctx, workspace.actor_id).unavailable == {(5, "am")}  # Saturday kept


def test_reception_page_opens_the_set_up(qtbot, workspace, monkeypatch):
    from app.ui.pages.reception import ReceptionPage

    opened = []
    monkeypatch.setattr(RotaSetupDialog, "run", classmethod(
        lambda cls, parent, ctx: opened.append(ctx) or rota.add_template(ctx, 0, time(9), time(12))
        and rota.create_shifts_ahead(ctx, weeks=1)))
    page = ReceptionPage(workspace, "Reception")
    qtbot.addWidget(page)
    page.show()  # a page out of sight reads what changed when it is shown
    page.setup_button.click()
    assert opened == [workspace.ctx]
    assert page.week_model.rowCount() == 1  # refreshed after


def test_a_new_slot_starts_from_the_centre_opening_hours(qtbot, workspace):
    from app.services import centre

    current = centre.get_centre(workspace.ctx)
    centre.update_centre(workspace.ctx, centre.CentreDraft(current.name, opens_at=time(9), closes_at=time(19)))
    dialog = RotaSetupDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    assert (dialog.start.time(), dialog.end.time()) == (QTime(9, 0), QTime(14, 0))


def test_the_team_s_reception_settings_are_read_at_once(qtbot, workspace):
    """The set-up lists every member with their reception settings: one read for the team, not one a member."""
    for name in ("Bruno", "Chloé", "David", "Élodie"):
        members.add_member(workspace.ctx, MemberDraft(name=name))
    rota.set_member_rota(workspace.ctx, workspace.actor_id, exempt=True)
    with statements(workspace.ctx.engine) as seen:
        setup = RotaSetupDialog(workspace.ctx)
        qtbot.addWidget(setup)
    assert len(reading(seen, "member_rota")) == 1
    assert [(member.name, settings.exempt) for member, settings in setup.people.rows] == [
        ("Amina Benali", True), ("Bruno", False), ("Chloé", False), ("David", False), ("Élodie", False)]


def test_the_set_up_closed_without_a_change_reads_nothing_again(qtbot, workspace):
    """Closed as it was opened, the set-up leaves the week shown as it was: the page reads it again only when
    something changed (the hub brings each change)."""
    from PySide6.QtCore import QTimer

    from app.ui.pages.reception import ReceptionPage
    from tests.ui.conftest import delivered, when_modal

    rota.add_template(workspace.ctx, 0, time(9), time(12))
    rota.create_shifts_ahead(workspace.ctx, weeks=1)
    page = ReceptionPage(workspace, "Reception")
    qtbot.addWidget(page)
    page.show()
    delivered()  # the slot and its shifts, written before the page was made
    QTimer.singleShot(0, lambda: when_modal(RotaSetupDialog, lambda setup: setup.reject()))
    with statements(workspace.ctx.engine) as seen:
        page.setup_button.click()
    assert reading(seen, "member_rota") and not reading(seen, "shift_claim")
    assert page.week_model.rowCount() == 1
