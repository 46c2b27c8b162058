"""Reception page: the week grid, the claim flow with confirmation, release, swaps, proposing a rota."""

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from app.domain.members import MemberDraft
from app.services import members, rota
from app.ui.dialogs.rota import DraftRotaDialog, FairnessDialog, SwapDialog
from app.ui.pages.reception import OPEN_SOON, ReceptionPage
from tests.ui.conftest import delivered, shown, when_modal

TODAY = date(2026, 11, 23)


def make_page(qtbot, workspace) -> ReceptionPage:
    for weekday in range(5):
        rota.add_template(workspace.ctx, weekday, time(8, 30), time(12, 30), 2, "Café-accueil", valid_from=TODAY)
        rota.add_template(workspace.ctx, weekday, time(13, 30), time(17, 30), 1, valid_from=TODAY)
    rota.create_shifts_ahead(workspace.ctx, weeks=4)
    return shown(qtbot, ReceptionPage(workspace, "Reception"))


def cell(page, day: date, row: int):
    return page.week_model.index(row, page.week_model.days.index(day))


def test_week_grid_claim_flow_with_confirmation(qtbot, workspace, monkeypatch):
    page = make_page(qtbot, workspace)
    delivered()
    tuesday = TODAY + timedelta(days=1)
    delivered()
    assert page.week_model.columnCount() == 5 and page.week_model.rowCount() == 2
    afternoon = cell(page, tuesday, 1)
    delivered()
    assert afternoon.data(Qt.ItemDataRole.BackgroundRole).color() == OPEN_SOON  # open and soon: red
    delivered()
    page.grid.setCurrentIndex(afternoon)
    delivered()
    assert page.claim_button.isEnabled() and not page.release_button.isEnabled()
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: False)
    page.claim_button.click()
    delivered()
    assert not rota.shifts_between(workspace.ctx, tuesday, tuesday)[1].claimants  # declined: nothing taken
    delivered()
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    page.claim_button.click()
    delivered()
    shift = page.selected()
    delivered()
    assert shift.mine and [c.name for c in shift.claimants] == ["Amina Benali"]
    assert "Amina Benali" in cell(page, tuesday, 1).data()
    delivered()
    assert "You hold" in page.message.text()
    assert page.release_button.isEnabled() and not page.claim_button.isEnabled()
    errors = []
    monkeypatch.setattr("app.ui.pages.reception.show_error", lambda _page, _title, error: errors.append(str(error)))
    page.release_button.click()  # within 48 h: refused, pointing to a swap
    delivered()
    assert page.selected().mine and "Offer a swap instead" in errors[0]


def test_only_open_seats_navigation_and_month_view(qtbot, workspace, monkeypatch):
    page = make_page(qtbot, workspace)
    page.only_open.setChecked(True)
    afternoon = rota.shifts_between(workspace.ctx, TODAY + timedelta(days=2), TODAY + timedelta(days=2))[1]
    rota.claim_shift(workspace.ctx, afternoon.id)
    delivered()
    assert cell(page, afternoon.day, 1).data() is None  # full now, hidden by the filter
    first_monday = page.monday
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    delivered()
    assert page.monday == first_monday + timedelta(weeks=1)
    page.move_period(-1)
    delivered()
    assert page.monday == first_monday
    page.month_view.setChecked(True)
    delivered()
    assert page.views.currentWidget() is page.month_table and page.month_model.rowCount() > 0


def test_swap_offer_appears_for_the_other_member_who_accepts(qtbot, workspace, monkeypatch):
    page = make_page(qtbot, workspace)
    bruno = members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id
    shift = rota.shifts_between(workspace.ctx, TODAY + timedelta(days=3), TODAY + timedelta(days=3))[0]
    rota.claim_shift(workspace.ctx, shift.id)
    dialog = SwapDialog(workspace.ctx, rota.get_shift(workspace.ctx, shift.id), page)
    qtbot.addWidget(dialog)
    dialog.member.setCurrentIndex(dialog.member.findData(bruno))
    dialog.save()
    delivered()
    assert dialog.result_view is not None
    workspace.set_actor(bruno)
    delivered()
    assert page.swap_list.count() == 1
    page.swap_list.setCurrentRow(0)
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    page.accept_button.click()
    delivered()
    assert [c.name for c in rota.get_shift(workspace.ctx, shift.id).claimants] == ["Bruno Petit"]
    assert page.swap_list.count() == 0


def test_propose_dialog_shows_loads_applies_and_the_page_undoes(qtbot, workspace, monkeypatch):
    page = make_page(qtbot, workspace)
    delivered()
    members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit"))
    delivered()
    dialog = DraftRotaDialog(workspace.ctx, page)
    delivered()
    qtbot.addWidget(dialog)
    dialog.make_draft()
    delivered()
    assert dialog.ok_button.isEnabled() and dialog.loads.rowCount() == 2
    assert dialog.assignments.rowCount() == len(dialog.view.draft.assignments) > 0
    assert dialog.summary.text().endswith("left open (nobody may hold them).")  # two people, 30 seats
    delivered()
    dialog.save()
    delivered()
    assert dialog.result_view is not None and page.undo_button.isEnabled()
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    page.undo_button.click()
    delivered()
    assert "seats given back" in page.message.text()
    report = FairnessDialog(workspace.ctx, page)
    delivered()
    qtbot.addWidget(report)
    assert report.model.rowCount() == 2


def test_a_rota_that_fills_every_seat_says_none_is_left_open(qtbot, workspace):
    """« 4 seats filled, 0 left open (nobody may hold them) »: the reason read as if someone were missing."""
    for weekday in (1, 3):  # Tuesdays and Thursdays, a morning seat
        rota.add_template(workspace.ctx, weekday, time(8, 30), time(12, 30), 1, valid_from=TODAY)
    rota.create_shifts_ahead(workspace.ctx, weeks=2)
    members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit"))
    dialog = DraftRotaDialog(workspace.ctx)
    qtbot.addWidget(dialog)
    dialog.make_draft()
    assert dialog.view.draft.unfilled == () and dialog.assignments.rowCount() == 4
    assert dialog.summary.text() == "4 seats filled: none is left open."


def test_a_rota_without_shifts_leads_to_creating_them_ahead(qtbot, workspace):
    from PySide6.QtCore import QTimer

    from app.ui.dialogs.rota_setup import RotaSetupDialog

    page = ReceptionPage(workspace, "Reception")
    qtbot.addWidget(page)
    page.show()
    assert page.empty_hint.isVisible() and "Create shifts ahead" in page.create_ahead_button.text()
    rota.add_template(workspace.ctx, 1, time(8, 30), time(12, 30), valid_from=TODAY)
    seen = []

    def create_ahead(dialog):
        seen.append(dialog.ahead_button.isDefault())
        dialog.ahead_button.click()
        dialog.reject()

    QTimer.singleShot(0, lambda: when_modal(RotaSetupDialog, create_ahead))
    page.create_ahead_button.click()
    assert seen == [True]
    assert page.empty_hint.isHidden() and page.week_model.rowCount() == 1


def test_the_last_action_message_tells_the_current_state_only(qtbot, workspace, monkeypatch):
    """After a release the message says so (a release returns nothing, yet it worked); the next member at the
    desk never reads the previous one's message."""
    delivered()
    page = make_page(qtbot, workspace)
    delivered()
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    thursday = TODAY + timedelta(days=3)
    page.grid.setCurrentIndex(cell(page, thursday, 1))
    delivered()
    page.claim_button.click()
    delivered()
    assert "You hold" in page.message.text()
    page.release_button.click()
    delivered()
    assert not rota.shifts_between(workspace.ctx, thursday, thursday)[1].claimants
    delivered()
    assert "You released" in page.message.text() and "You hold" not in page.message.text()
    page.grid.setCurrentIndex(cell(page, thursday, 1))
    delivered()
    page.claim_button.click()
    delivered()
    assert page.message.text()
    workspace.set_actor(members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id)
    delivered()
    assert page.message.text() == ""


def test_the_holders_of_a_shift_are_in_french_order(qtbot, workspace):
    page = make_page(qtbot, workspace)
    thursday = TODAY + timedelta(days=3)
    morning = rota.shifts_between(workspace.ctx, thursday, thursday)[0]
    for name in ("Fatou Diallo", "Élodie Roux"):
        rota.claim_shift(workspace.ctx, morning.id, members.add_member(workspace.ctx, MemberDraft(name=name)).id)
    page.refresh()
    assert cell(page, thursday, 0).data().split("\n")[:2] == ["Élodie Roux", "Fatou Diallo"]


def test_taking_a_shift_while_at_a_meeting_says_so(qtbot, workspace, monkeypatch):
    from app.domain.meetings import Attendance
    from app.services import meetings
    from app.services.meetings import MeetingDraft

    tuesday = TODAY + timedelta(days=1)
    meeting = meetings.create_meeting(workspace.ctx, MeetingDraft("Revue de parcours", tuesday, time(14), time(15)))
    meetings.set_attendance(workspace.ctx, meeting.id, {workspace.actor_id: Attendance.PRESENT})
    page = make_page(qtbot, workspace)
    page.grid.setCurrentIndex(cell(page, tuesday, 1))
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    page.claim_button.click()
    assert "Amina Benali is already at the meeting “Revue de parcours” from 14:00 to 15:00." in page.message.text()


def test_the_fairness_report_is_measured_once_and_shows_each_figure_whole(qtbot, workspace):
    """The report's columns are measured when its rows come, not at each layout while the dialog opens (sized
    to their contents, Qt measured each cell of the team several times): each one as wide as its texts."""
    from PySide6.QtWidgets import QHeaderView, QTableView

    for name in ("Bruno Petit", "Chloé Durand-Lefèvre de la Tour"):
        members.add_member(workspace.ctx, MemberDraft(name=name))
    report = FairnessDialog(workspace.ctx)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    table = report.findChild(QTableView)
    header = table.horizontalHeader()
    columns = range(report.model.columnCount())
    assert QHeaderView.ResizeMode.ResizeToContents not in [header.sectionResizeMode(column) for column in columns]
    assert all(header.sectionSize(column) >= table.sizeHintForColumn(column) for column in columns)
