"""Reception page: a holder who did not come to her seat is marked as a no-show, from the seat's menu (a right
click) or with the keyboard (the "No-show…" button's key, then Enter), and that mark is undone the same way.
Her hours of that seat leave her balance, then come back; nothing can be marked before the shift starts."""

from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from app.domain.members import MemberDraft
from app.services import hours, members, rota
from tests.conftest import TEST_NOW
from tests.ui.conftest import delivered
from tests.ui.mouse import LEFT, answer, button_with_text, click_cell, click_standard, modal_closed, say_yes
from tests.ui.test_reception_by_hand import grid_cell
from tests.ui.test_reception_page import make_page

TODAY = TEST_NOW.date()  # a Monday, 09:00 in Paris: its morning shift (08:30) has started, its afternoon not
MORNING, AFTERNOON = time(8, 30), time(13, 30)
SHIFT_MINUTES = 240
# A menu pops up in front and takes the keys: what the offscreen platform says it cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")

@pytest.fixture
def bruno(workspace):
    return members.add_member(workspace.ctx, MemberDraft(name="Bruno Petit")).id


@pytest.fixture
def page(qtbot, workspace, bruno):
    """Today's week on screen, Amina at the desk; Bruno took a seat of this morning's shift and this afternoon's
    before they started."""
    page = make_page(qtbot, workspace)
    ctx = workspace.ctx
    ctx.clock = lambda: TEST_NOW - timedelta(hours=1)  # 08:00 in Paris
    for start in (MORNING, AFTERNOON):
        rota.claim_shift(ctx, today_at(ctx, start).id, bruno)
    ctx.clock = lambda: TEST_NOW
    delivered()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def today_at(ctx, start: time) -> rota.ShiftView:
    return next(s for s in rota.shifts_between(ctx, TODAY, TODAY) if s.start == start)


def credited(ctx, member_id) -> int:
    """The minutes of reception credited to ``member_id`` today."""
    return sum(e.minutes for e in hours.list_entries(ctx, member_id, TODAY, TODAY) if e.source == "shift")


def self_management_balance(ctx, member_id) -> int:
    return hours.balance_on(ctx, member_id, TODAY)[1]


def holder(page, start: time, member_id: int) -> rota.ClaimantView:
    """The holder as the page shows her now."""
    shift = page.week_model.shift_at(grid_cell(page, today_at(page.workspace.ctx, start))[1])
    return next(c for c in shift.claimants if c.member_id == member_id)


def right_click(qtbot, page, start: time) -> QMenu:
    """A right click on the shift of today at ``start``; the menu it opens."""
    return right_click_on(qtbot, page, today_at(page.workspace.ctx, start))


def right_click_on(qtbot, page, shift: rota.ShiftView) -> QMenu:
    """A right click on ``shift``: the button pressed, then the event a window system sends for it (QTest sends
    only the first); the menu it opens."""
    grid, index = grid_cell(page, shift)
    centre = grid.visualRect(index).center()
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.RightButton, pos=centre)
    QApplication.sendEvent(grid.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                              grid.viewport().mapToGlobal(centre)))
    return open_menu(qtbot)


def menu_key(qtbot, grid) -> QMenu:
    """The keyboard's menu key in ``grid``: the event Qt makes of it (QTest sends only the key), at the current
    cell as an item view gives it; the menu it opens."""
    qtbot.keyClick(grid, Qt.Key.Key_Menu)
    at = grid.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    QApplication.sendEvent(grid, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, grid.mapToGlobal(at)))
    return open_menu(qtbot)


def back_to_the_page(qtbot, page) -> None:
    """The page active again once a question has closed (a window manager does it; offscreen, nobody)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def open_menu(qtbot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def entries(menu: QMenu) -> list[tuple[str, bool]]:
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def choose(qtbot, menu: QMenu, text: str | None = None) -> None:
    """Click the entry that shows ``text`` (None: the last one)."""
    action = next(a for a in reversed(menu.actions()) if text is None or a.text() == text)
    assert action.isEnabled(), f"“{action.text()}” is disabled"
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def test_a_colleague_who_did_not_come_is_marked_from_the_seat_menu_then_that_mark_is_undone(qtbot, page, bruno):
    ctx = page.workspace.ctx
    before = self_management_balance(ctx, bruno)
    assert credited(ctx, bruno) == 2 * SHIFT_MINUTES
    menu = right_click(qtbot, page, MORNING)
    assert page.selected().start == MORNING  # the seat clicked is the one chosen
    assert entries(menu) == [("Claim\tCtrl+T", False), ("Release\tCtrl+R", False),
                             ("Offer a swap…\tCtrl+Shift+S", False), ("Cancel this shift…\tCtrl+Shift+C", False),
                             ("Mark Bruno Petit as a no-show", True)]  # as the buttons are: started, his seat
    asked = say_yes(qtbot)
    choose(qtbot, menu, "Mark Bruno Petit as a no-show")
    modal_closed(qtbot)
    assert asked == [("Mark Bruno Petit as a no-show on Monday 23 November 2026, 08:30–12:30 (Café-accueil)? The hours of this "
                      "shift will not be counted for them.")]
    assert credited(ctx, bruno) == SHIFT_MINUTES  # the afternoon's only
    assert self_management_balance(ctx, bruno) == before - SHIFT_MINUTES
    assert holder(page, MORNING, bruno).no_show  # struck out on the page at once
    assert "Bruno Petit (absent)" in grid_cell(page, today_at(ctx, MORNING))[1].data(Qt.ItemDataRole.AccessibleTextRole)
    assert page.message.text() == ("Bruno Petit is marked as a no-show on Monday 23 November 2026, 08:30–12:30 (Café-accueil): these "
                                   "hours are not counted.")
    assert page.selected().start == MORNING  # still chosen, to undo at once

    menu = right_click(qtbot, page, MORNING)
    assert entries(menu)[-1] == ("Undo Bruno Petit's no-show", True)
    choose(qtbot, menu, "Undo Bruno Petit's no-show")  # gives back: no question
    delivered()
    assert credited(ctx, bruno) == 2 * SHIFT_MINUTES and self_management_balance(ctx, bruno) == before
    assert not holder(page, MORNING, bruno).no_show
    assert page.message.text() == ("Bruno Petit's no-show on Monday 23 November 2026, 08:30–12:30 (Café-accueil) is undone: these "
                                   "hours are counted again.")


def test_a_no_show_declined_at_the_question_changes_nothing(qtbot, page, bruno):
    ctx = page.workspace.ctx
    menu = right_click(qtbot, page, MORNING)
    answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.No))
    choose(qtbot, menu, "Mark Bruno Petit as a no-show")
    modal_closed(qtbot)
    assert credited(ctx, bruno) == 2 * SHIFT_MINUTES and not holder(page, MORNING, bruno).no_show
    assert page.message.text() == ""


def test_nothing_is_marked_before_the_shift_starts_and_the_page_says_from_when(qtbot, page, bruno):
    ctx = page.workspace.ctx
    button = button_with_text(page, "No-show…")
    grid, afternoon = grid_cell(page, today_at(ctx, AFTERNOON))
    click_cell(qtbot, grid, afternoon)
    assert not button.isEnabled() and button.toolTip() == "A no-show is marked once the shift has started."
    menu = right_click(qtbot, page, AFTERNOON)
    assert entries(menu)[-1] == ("Mark a no-show (once the shift has started)", False)
    menu.close()
    qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.activePopupWidget() is None and credited(ctx, bruno) == 2 * SHIFT_MINUTES

    tuesday = grid_cell(page, next(s for s in rota.shifts_between(ctx, TODAY + timedelta(days=1),
                                                                  TODAY + timedelta(days=1)) if s.start == MORNING))[1]
    click_cell(qtbot, grid, tuesday)  # nobody holds it: nothing to mark
    assert not button.isEnabled() and "(Ctrl+Shift+N)" in button.toolTip()
    ctx.clock = lambda: rota.starts_at(ctx, TODAY, AFTERNOON)  # 13:30: the afternoon has started
    click_cell(qtbot, grid, afternoon)
    assert button.isEnabled() and button.toolTip() == ("Mark a holder of the selected shift as a no-show, or undo it "
                                                       "(Ctrl+Shift+N)")
    page.workspace.set_actor(None)  # nobody at the desk: nobody to answer for it
    delivered()
    click_cell(qtbot, grid, afternoon)
    assert not button.isEnabled()


def test_a_started_shift_offers_no_claim_release_or_swap_which_the_service_would_refuse(qtbot, page, bruno):
    """This morning's shift has started, with a seat still open (two seats, Bruno on one): nobody takes, releases
    or swaps a seat of it any more; this afternoon's, not started, still offers them."""
    ctx = page.workspace.ctx
    grid, morning = grid_cell(page, today_at(ctx, MORNING))
    claim, release, swap = (button_with_text(page, text) for text in ("Claim", "Release", "Offer a swap…"))
    click_cell(qtbot, grid, morning)
    assert page.selected().open_seats == 1
    assert not claim.isEnabled() and not release.isEnabled() and not swap.isEnabled()
    page.workspace.set_actor(bruno)
    delivered()
    click_cell(qtbot, grid, morning)
    assert not release.isEnabled() and not swap.isEnabled()
    click_cell(qtbot, grid, grid_cell(page, today_at(ctx, AFTERNOON))[1])
    assert release.isEnabled() and swap.isEnabled()


def test_the_keyboard_marks_a_no_show_and_undoes_it(qtbot, page, bruno):
    ctx = page.workspace.ctx
    grid, morning = grid_cell(page, today_at(ctx, MORNING))
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentIndex(morning)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(grid, Qt.Key.Key_N, ctrl_shift)  # the button's key: its menu, the first holder ready
    menu = open_menu(qtbot)
    assert menu.activeAction().text() == "Mark Bruno Petit as a no-show"
    answer(QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Y))
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    modal_closed(qtbot)
    qtbot.waitUntil(lambda: credited(ctx, bruno) == SHIFT_MINUTES)
    assert holder(page, MORNING, bruno).no_show and page.message.text().startswith("Bruno Petit is marked")
    back_to_the_page(qtbot, page)
    assert QApplication.focusWidget() is grid and page.selected().start == MORNING
    qtbot.keyClick(grid, Qt.Key.Key_N, ctrl_shift)
    menu = open_menu(qtbot)
    assert menu.activeAction().text() == "Undo Bruno Petit's no-show"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: credited(ctx, bruno) == 2 * SHIFT_MINUTES)
    assert not holder(page, MORNING, bruno).no_show


def test_the_menu_key_of_the_keyboard_opens_the_chosen_seats_menu(qtbot, page):
    grid, morning = grid_cell(page, today_at(page.workspace.ctx, MORNING))
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentIndex(morning)
    menu = menu_key(qtbot, grid)
    assert entries(menu)[-1] == ("Mark Bruno Petit as a no-show", True)
    menu.close()


def test_a_no_show_an_absence_made_is_not_undone_and_the_page_says_why_in_french(qtbot, page, bruno, french):
    ctx = page.workspace.ctx
    hours.add_absence(ctx, bruno, TODAY, TODAY, "sick")  # recorded at 09:00: his morning is a no-show
    delivered()
    assert holder(page, MORNING, bruno).no_show
    menu = right_click(qtbot, page, MORNING)
    said = answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Ok))
    choose(qtbot, menu)  # "Undo Bruno Petit's no-show"
    modal_closed(qtbot)
    assert said == ["Bruno Petit est absent·e le lundi 23 novembre 2026."]
    assert holder(page, MORNING, bruno).no_show and credited(ctx, bruno) == 0


def test_the_month_view_says_who_did_not_come(qtbot, page, bruno):
    rota.mark_no_show(page.workspace.ctx, holder(page, MORNING, bruno).claim_id)  # at another desk, say
    page.month_view.setChecked(True)
    delivered()
    model = page.month_model
    held = [model.index(row, 3).data() for row in range(model.rowCount())
            if model.index(row, 0).data().startswith("Monday 23")]
    assert held == ["Bruno Petit (absent)", "Bruno Petit"]
    assert isinstance(button_with_text(page, "No-show…"), QPushButton)
