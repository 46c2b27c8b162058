"""The Meetings page at half a screen, where the list of meetings and the chosen meeting take turns in two
tabs: the page's keys work whichever tab shows, a key of the meeting never acts out of sight, and the tab
shown stays shown when the page comes back or the window narrows again. Keys are pressed where the focus is,
in the real window on the demo centre."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.domain.meetings import Attendance
from app.services import meetings
from app.ui.dialogs.meeting import MeetingDialog
from tests.ui.conftest import delivered
from tests.ui.test_keyboard_stories import CTRL, CTRL_SHIFT, answer_next, press

HALF = (960, 640)
LAPTOP = (1280, 800)
LIST, MEETING = 0, 1


def meetings_page(qtbot, window, size):
    window.resize(*size)
    press(qtbot, Qt.Key.Key_5, CTRL)  # the Meetings page
    page = window.current_page()
    qtbot.waitUntil(lambda: page.list_view.isVisible())
    delivered()
    assert page.panes.isVisible() is (size == HALF)
    return page


def open_chosen_meeting(qtbot, page) -> None:
    """Enter on the chosen meeting in the list: its tab."""
    page.list_view.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    assert page.panes.currentIndex() == MEETING and not page.list_view.isVisible()


def plan_with_keys(qtbot, page, title: str) -> None:
    """Ctrl+N where the focus is, the dialog answered with the keyboard: ``title`` (ASCII: QTest types no
    other), today, saved."""
    answer_next(MeetingDialog, ("a", CTRL), title, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.summary.title == title)
    delivered()


def attendance(page) -> list[Attendance]:
    """The attendance of the chosen meeting's members, as saved."""
    return [p.attendance for p in meetings.get_meeting(page.ctx, page.detail.summary.id).attendance]


def focus_in(page, pane: int) -> bool:
    return page.panes.pane_of(page.window().focusWidget()) == pane  # the window, once active again


def test_ctrl_n_plans_a_meeting_from_the_meeting_tab_and_shows_it(qtbot, demo_window):
    page = meetings_page(qtbot, demo_window, HALF)
    open_chosen_meeting(qtbot, page)
    assert not page.plan_button.isVisible()
    plan_with_keys(qtbot, page, "Point sur les tabs")
    assert page.panes.currentIndex() == MEETING and page.tabs.isVisible() and focus_in(page, MEETING)
    assert page.panes.tabText(MEETING).startswith("Point sur les tabs, ")
    assert [m.title for m in meetings.list_meetings(page.ctx)].count("Point sur les tabs") == 1


def test_ctrl_n_from_the_list_tab_shows_the_meeting_planned(qtbot, demo_window):
    page = meetings_page(qtbot, demo_window, HALF)
    page.list_view.setFocus()
    plan_with_keys(qtbot, page, "Point planifie")
    assert page.panes.currentIndex() == MEETING and page.tabs.isVisible() and focus_in(page, MEETING)


def test_ctrl_n_plans_a_meeting_side_by_side_too(qtbot, demo_window):
    page = meetings_page(qtbot, demo_window, LAPTOP)
    page.agenda.items_view.setFocus()
    plan_with_keys(qtbot, page, "Point au large")
    assert page.list_view.isVisible() and page.tabs.isVisible() and not page.panes.isVisible()
    assert page.plan_button.toolTip() == "Plan a new meeting (Ctrl+N)"


def test_the_meeting_s_keys_do_nothing_while_the_list_shows(qtbot, demo_window, monkeypatch):
    """Ctrl+Shift+A marks the chosen members absent, Ctrl+E and Ctrl+P export the minutes: on the meeting's
    tab. While the list shows, they do nothing out of sight."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or ("", ""))
    page = meetings_page(qtbot, demo_window, HALF)
    open_chosen_meeting(qtbot, page)
    page.tabs.setCurrentWidget(page.attendance)
    page.attendance.people_view.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL)  # every member chosen
    before = attendance(page)
    assert len(before) > 1 and set(before) != {Attendance.ABSENT}
    page.panes.setCurrentIndex(LIST)
    page.list_view.setFocus()
    for key, modifiers in ((Qt.Key.Key_A, CTRL_SHIFT), (Qt.Key.Key_E, CTRL), (Qt.Key.Key_P, CTRL)):
        press(qtbot, key, modifiers)
        delivered()
    assert attendance(page) == before
    assert asked == [] and page.panes.currentIndex() == LIST
    page.panes.setCurrentIndex(MEETING)
    page.attendance.people_view.setFocus()
    press(qtbot, Qt.Key.Key_A, CTRL_SHIFT)  # on its tab, the key marks them
    qtbot.waitUntil(lambda: set(attendance(page)) == {Attendance.ABSENT})


def test_the_tab_shown_stays_when_the_page_comes_back(qtbot, demo_window):
    page = meetings_page(qtbot, demo_window, HALF)
    open_chosen_meeting(qtbot, page)
    press(qtbot, Qt.Key.Key_6, CTRL)  # Hours, then back
    press(qtbot, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    assert page.panes.currentIndex() == MEETING and not page.list_view.isVisible()
    press(qtbot, Qt.Key.Key_6, CTRL)  # the window widened and narrowed while the page was away
    demo_window.resize(*LAPTOP)
    delivered()
    demo_window.resize(*HALF)
    delivered()
    press(qtbot, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    assert page.panes.currentIndex() == MEETING and not page.list_view.isVisible()


def test_narrowed_again_the_tab_of_the_focus_shows(qtbot, demo_window):
    page = meetings_page(qtbot, demo_window, HALF)
    open_chosen_meeting(qtbot, page)
    demo_window.resize(*LAPTOP)  # both halves
    qtbot.waitUntil(lambda: page.list_view.isVisible() and page.tabs.isVisible())
    assert not page.panes.isVisible()
    page.list_view.setFocus()  # working in the list
    demo_window.resize(*HALF)
    qtbot.waitUntil(lambda: page.panes.isVisible())
    assert page.panes.currentIndex() == LIST and page.list_view.isVisible() and not page.tabs.isVisible()
    assert focus_in(page, LIST)
    demo_window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: page.tabs.isVisible())
    page.agenda.items_view.setFocus()  # working in the meeting
    demo_window.resize(*HALF)
    qtbot.waitUntil(lambda: page.panes.isVisible())
    assert page.panes.currentIndex() == MEETING and not page.list_view.isVisible() and focus_in(page, MEETING)
    demo_window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: page.list_view.isVisible())
    demo_window.sidebar.setFocus()  # the focus out of the page: the tab last shown
    demo_window.resize(*HALF)
    qtbot.waitUntil(lambda: page.panes.isVisible())
    assert page.panes.currentIndex() == MEETING and page.tabs.isVisible()
