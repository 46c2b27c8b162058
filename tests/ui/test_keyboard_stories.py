"""The five daily stories with the keyboard alone (issue 20): take and give back a reception shift, take a
position, read one's balance, export minutes, register someone for a workshop.

The real window on the demo centre, on a fixed day. From the list of pages on, every step is a key pressed
in the widget that has the focus, dialogs included: no click, no call to a page's method. Reading what the
window shows, to check it, is allowed. A story that needs the mouse fails here: then the window is fixed.
"""

from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.domain.consensus import Stance
from app.services import decisions, hours, workshops
from app.ui.dialogs.decisions import PositionDialog
from app.ui.dialogs.workshops import EnrolDialog
from app.ui.exporting import ExportedMessage
from app.ui.mainwindow import MainWindow
from app.ui.pages.hours import gap_text
from tests.conftest import TEST_NOW
from tests.ui.conftest import finish_background, when_modal

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MOST_PRESSES = 120  # more than any page has controls


@pytest.fixture
def window(demo_window):
    return demo_window


def press(qtbot, key: Qt.Key, modifier=NO) -> None:
    """``key`` pressed where the focus is, as a person at the keyboard does (once a closed dialog has given
    the focus back to the window)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    if QApplication.activeWindow() is None:  # a window manager gives it back after a dialog; offscreen not
        main = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_to(qtbot, wanted: QWidget) -> None:
    """Tab until ``wanted`` has the focus."""
    for _ in range(MOST_PRESSES):
        if QApplication.focusWidget() is wanted:
            return
        press(qtbot, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never reached {wanted.accessibleName() or type(wanted).__name__}")


def open_page(qtbot, window: MainWindow, number: int) -> QWidget:
    press(qtbot, Qt.Key(Qt.Key.Key_0 + number), CTRL)
    return window.current_page()


def answer_next(kind, *steps) -> None:
    """Once a dialog of ``kind`` is open and has the focus, each step where its focus is: a text typed, a key,
    or a (key, modifiers) pair."""

    def answer(dialog: QWidget, tries: int = 250) -> None:
        if not shiboken6.isValid(dialog):  # closed meanwhile (the test ended first on a slow machine)
            return
        focus = QApplication.focusWidget()
        if focus is None or not dialog.isAncestorOf(focus):  # shown, not yet active
            if tries:
                QTimer.singleShot(20, lambda: answer(dialog, tries - 1))
            return
        for step in steps:
            focus = QApplication.focusWidget()
            if isinstance(step, str):
                QTest.keyClicks(focus, step)
            elif isinstance(step, tuple):
                QTest.keyClick(focus, *step)
            else:
                QTest.keyClick(focus, step)

    QTimer.singleShot(0, lambda: when_modal(kind, answer))


def move_until(qtbot, key: Qt.Key, found) -> None:
    """Press ``key`` until ``found()`` is true (the arrows going through a list or a grid)."""
    for _ in range(MOST_PRESSES):
        if found():
            return
        press(qtbot, key)
    pytest.fail("the keys never reached what was looked for")


def test_take_then_give_back_a_reception_shift(qtbot, window):
    page = open_page(qtbot, window, 2)
    tab_to(qtbot, page.grid)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # next week: far enough to give back
    press(qtbot, Qt.Key.Key_Home, CTRL)

    def open_seat() -> bool:
        shift = page.week_model.shift_at(page.grid.currentIndex())
        return shift is not None and shift.open_seats > 0 and not shift.mine

    move_until(qtbot, Qt.Key.Key_Right, open_seat)
    chosen = page.grid.currentIndex()
    answer_next(QMessageBox, Qt.Key.Key_Y)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.week_model.shift_at(chosen).mine)
    assert page.message.text().startswith("You hold")
    answer_next(QMessageBox, Qt.Key.Key_Y)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not page.week_model.shift_at(chosen).mine)
    assert page.message.text().startswith("You released")


def test_take_a_position(qtbot, window):
    page = open_page(qtbot, window, 3)
    tab_to(qtbot, page.table)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    move_until(qtbot, Qt.Key.Key_Down, lambda: page.detail is not None
               and page.detail.summary.title == "Atelier nutrition avec la CPAM")
    answer_next(PositionDialog, Qt.Key.Key_Down, Qt.Key.Key_Return)  # "I stand aside", then record it
    press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: page.feedback.text() != "")
    mine = decisions.get_proposal(page.ctx, page.detail.summary.id).position_of(page.workspace.actor_id)
    assert mine.stance == Stance.STAND_ASIDE
    assert page.feedback.text() == "Your position “Stand aside” is recorded."


def test_read_my_balance(qtbot, window):
    page = open_page(qtbot, window, 6)
    tab_to(qtbot, page.tabs.tabBar())
    press(qtbot, Qt.Key.Key_Right)  # the Balance tab
    tab_to(qtbot, page.balance_table)
    press(qtbot, Qt.Key.Key_End, CTRL)  # the last week, its self-management balance
    last = hours.balance(page.workspace.ctx, page.workspace.actor_id, page.balance_until(), weeks=1)[-1]
    said = page.balance_table.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
    assert said == gap_text(last.balance_self_management)


# The file field's completer pops up as the path is typed: offscreen cannot raise it nor give it the keys.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_export_the_minutes(qtbot, window, tmp_path):
    page = open_page(qtbot, window, 5)
    tab_to(qtbot, page.list_view)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    move_until(qtbot, Qt.Key.Key_Down, lambda: page.detail is not None
               and page.detail.summary.day == TEST_NOW.date() - timedelta(weeks=1))  # held last Monday
    tab_to(qtbot, page.tabs.tabBar())
    move_until(qtbot, Qt.Key.Key_Right, lambda: page.tabs.currentWidget().isAncestorOf(page.minutes.preview))
    target = tmp_path / "minutes.odt"
    answer_next(QFileDialog, (Qt.Key.Key_A, CTRL), str(target), Qt.Key.Key_Return)
    answer_next(ExportedMessage, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_E, CTRL)  # Export ODT
    qtbot.waitUntil(target.exists, timeout=30_000)
    finish_background(qtbot)
    assert target.stat().st_size > 0


def test_register_someone_for_a_workshop(qtbot, window):
    page = open_page(qtbot, window, 4)
    tab_to(qtbot, page.workshop_table)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    # a workshop of sessions open one by one (the demo's cycle, enrolled in once, may come first in the list)
    move_until(qtbot, Qt.Key.Key_Down, lambda: page.enrol_button.isEnabled() and not page.is_cycle())
    session = page.selected_session()
    answer_next(EnrolDialog, "Nadia", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: page.message.text() != "")
    names = [r.name for r in workshops.list_enrolments(page.ctx, session.id)]
    assert "Nadia" in names
    assert page.message.text().startswith("Nadia is ")
