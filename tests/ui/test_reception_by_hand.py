"""The Reception page driven by hand: a swap offered to a colleague for one of their shifts, then withdrawn; a
colleague's offer declined; the month view and back to this week; my shifts exported to a calendar. Each
click is checked in the database and on the page."""

from datetime import time, timedelta

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableView,
)

from app.domain.members import MemberDraft
from app.services import members, rota
from app.ui.dialogs.rota import DraftRotaDialog, SwapDialog
from app.ui.exporting import ExportedMessage
from app.ui.pages.reception import shift_text
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered, finish_background
from tests.ui.mouse import (
    LEFT,
    answer,
    button_with_text,
    click_button,
    click_cell,
    click_choice,
    click_save,
    click_standard,
    modal_closed,
    named,
    say_yes,
)
from tests.ui.test_reception_page import make_page

TODAY = TEST_NOW.date()
TUESDAY, WEDNESDAY = TODAY + timedelta(days=1), TODAY + timedelta(days=2)


@pytest.fixture
def bruno(workspace):
    return members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id


@pytest.fixture
def page(qtbot, workspace, bruno):
    """The week on screen: Amina holds Tuesday afternoon, Bruno Wednesday afternoon."""
    page = make_page(qtbot, workspace)
    ctx = workspace.ctx
    rota.claim_shift(ctx, afternoon(ctx, TUESDAY).id)
    rota.claim_shift(ctx, afternoon(ctx, WEDNESDAY).id, bruno)
    delivered()
    return page


def afternoon(ctx, day) -> rota.ShiftView:
    return next(s for s in rota.shifts_between(ctx, day, day) if s.start == time(13, 30))


def morning(ctx, day) -> rota.ShiftView:
    return next(s for s in rota.shifts_between(ctx, day, day) if s.start == time(8, 30))


def grid_cell(page, shift: rota.ShiftView):
    grid = named(page, QTableView, "Shifts of the week")
    model = grid.model()
    cells = (model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount()))
    return grid, next(i for i in cells if (s := model.shift_at(i)) is not None and s.id == shift.id)


def swaps(page) -> QListWidget:
    return named(page, QListWidget, "Swap offers")


def click_swap(qtbot, page, row: int) -> None:
    offers = swaps(page)
    qtbot.mouseClick(offers.viewport(), LEFT, pos=offers.visualItemRect(offers.item(row)).center())


def offer_to_bruno_for_his_shift(qtbot, dialog: SwapDialog, wanted: str) -> None:
    to = named(dialog, QComboBox, "Offer to")
    to.setCurrentIndex(to.findText("Bruno Petit"))
    back = named(dialog, QComboBox, "Their shift in return")
    back.setCurrentIndex(back.findText(wanted))
    click_save(qtbot, dialog)


def test_a_swap_offered_for_a_colleagues_shift_then_withdrawn(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    mine, his = afternoon(ctx, TUESDAY), afternoon(ctx, WEDNESDAY)
    assert not button_with_text(page, "Offer a swap…").isEnabled()  # nothing chosen
    grid, cell = grid_cell(page, his)
    click_cell(qtbot, grid, cell)
    assert not button_with_text(page, "Offer a swap…").isEnabled()  # not mine to offer
    grid, cell = grid_cell(page, mine)
    click_cell(qtbot, grid, cell)
    answer(SwapDialog, lambda dialog: offer_to_bruno_for_his_shift(qtbot, dialog, shift_text(his)))
    click_button(qtbot, page, "Offer a swap…")
    [offer] = rota.pending_swaps(ctx)
    assert (offer.shift.id, offer.wanted.id, offer.from_member_id) == (mine.id, his.id, ctx.actor_id)
    delivered()  # the refresh the offer brings leaves what was said
    assert page.message.text() == "Your swap offer is waiting for an answer."
    assert [swaps(page).item(r).text() for r in range(swaps(page).count())] == [f"You offer {shift_text(mine)}"]

    click_swap(qtbot, page, 0)
    assert not button_with_text(page, "Accept the swap").isEnabled()  # one's own offer
    click_button(qtbot, page, "Withdraw my offer")
    assert rota.pending_swaps(ctx) == []
    assert page.message.text() == "You withdrew your offer."
    delivered()
    assert swaps(page).count() == 0
    assert [c.name for c in rota.get_shift(ctx, mine.id).claimants] == ["Amina Benali"]


def test_a_colleagues_offer_is_declined(qtbot, workspace, page, bruno):
    ctx = workspace.ctx
    his = afternoon(ctx, WEDNESDAY)
    amina = ctx.actor_id
    workspace.set_actor(bruno)
    rota.offer_swap(ctx, his.id)  # to anyone
    workspace.set_actor(amina)
    delivered()
    assert swaps(page).item(0).text() == f"Bruno Petit offers {shift_text(his)}"
    click_swap(qtbot, page, 0)
    assert button_with_text(page, "Accept the swap").isEnabled()
    click_button(qtbot, page, "Decline")
    assert rota.pending_swaps(ctx) == []
    assert page.message.text() == "You declined the offer."
    assert [c.name for c in rota.get_shift(ctx, his.id).claimants] == ["Bruno Petit"]


def period(page) -> str:
    return page.findChild(QLabel, "periodLabel").text()


def test_the_month_view_moves_by_month_and_this_week_comes_back(qtbot, page):
    this_week = period(page)
    click_choice(qtbot, button_with_text(page, "Month view"))
    month = named(page, QTableView, "Shifts of the month")
    assert month.isVisible() and not named(page, QTableView, "Shifts of the week").isVisible()
    shown = period(page)
    assert shown != this_week
    assert month.model().rowCount() > 0
    click_button(qtbot, page, "Next ▶")
    assert period(page) not in (shown, this_week)
    click_button(qtbot, page, "◀ Previous")
    assert period(page) == shown
    click_choice(qtbot, button_with_text(page, "Month view"))
    click_button(qtbot, page, "Next ▶")
    click_button(qtbot, page, "This week")
    assert period(page) == this_week


def save_as(qtbot, dialog: QFileDialog, path) -> None:
    dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
    click_standard(qtbot, dialog, QDialogButtonBox.StandardButton.Save)


def test_my_shifts_are_exported_to_a_calendar(qtbot, workspace, page, tmp_path):
    target = tmp_path / "mes-accueils.ics"
    answer(QFileDialog, lambda dialog: save_as(qtbot, dialog, target))
    told = answer(ExportedMessage, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Close))
    click_button(qtbot, page, "My shifts (.ics)…")
    finish_background(qtbot)
    modal_closed(qtbot)
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["“mes-accueils.ics” is saved."]
    written = target.read_text(encoding="utf-8")
    assert written.count("BEGIN:VEVENT") == 1  # Amina's shift, not Bruno's
    assert f"{TUESDAY:%Y%m%d}T133000" in written


def test_a_shift_too_close_to_be_released_says_so_before_it_is_claimed(qtbot, workspace, page):
    """A seat taken by mistake on a shift within the release notice (48 hours) can only be swapped: the question
    says so before the click, not the refusal after it."""
    ctx = workspace.ctx
    for shift, warned in ((morning(ctx, TUESDAY), True), (morning(ctx, TODAY + timedelta(days=3)), False)):
        grid, cell = grid_cell(page, shift)
        click_cell(qtbot, grid, cell)
        asked = say_yes(qtbot)
        click_button(qtbot, page, "Claim")
        modal_closed(qtbot)
        assert asked[0].startswith(f"Take a seat at reception on {shift_text(shift)}?")
        warning = "It starts in less than 48 hours: once taken, it can no longer be released, only offered in a swap."
        assert (warning in asked[0]) is warned
        assert rota.get_shift(ctx, shift.id).mine


def test_the_rota_applied_is_said_once_the_page_has_refreshed(qtbot, page):
    def propose_and_apply(dialog):
        click_button(qtbot, dialog, "Propose")
        click_save(qtbot, dialog)

    answer(DraftRotaDialog, propose_and_apply)
    click_button(qtbot, page, "Propose a rota…")
    modal_closed(qtbot)
    delivered()  # the seats it gave refresh the page, which leaves what was said
    assert page.message.text() == "The proposed rota was applied. You can undo it until its first shift."
    assert button_with_text(page, "Undo last rota").isEnabled()


def test_a_seat_too_close_to_be_released_is_refused_without_asking_first(qtbot, workspace, page):
    """« Give back your seat…? » answered Yes, then « it can no longer be released »: the refusal comes first
    now, alone; a seat further ahead is still asked about, then given back."""
    ctx = workspace.ctx
    soon = afternoon(ctx, TUESDAY)  # Amina's, in less than 48 hours
    grid, cell = grid_cell(page, soon)
    click_cell(qtbot, grid, cell)
    said = answer(QMessageBox, lambda box: box.close())  # the first box shown, whatever it asks
    click_button(qtbot, page, "Release")
    modal_closed(qtbot)
    assert said == ["This shift starts in less than 48 hours: it can no longer be released. Offer a swap instead."]
    assert rota.get_shift(ctx, soon.id).mine
    later = afternoon(ctx, TODAY + timedelta(days=3))
    rota.claim_shift(ctx, later.id)
    delivered()
    grid, cell = grid_cell(page, later)
    click_cell(qtbot, grid, cell)
    asked = say_yes(qtbot)
    click_button(qtbot, page, "Release")
    modal_closed(qtbot)
    assert asked == [f"Give back your seat on {shift_text(later)}? Someone else will have to take it."]
    assert not rota.get_shift(ctx, later.id).mine
