"""The window without a mouse: Tab goes through every page and out of every table, each action has a key,
and what an action did is told to a screen reader."""

import itertools
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.ui.mainwindow import PAGE_KEYS
from app.ui.widgets import StatusLabel, give_key, retitle
from tests.ui.conftest import delivered
from tests.ui.test_mainwindow import enter_as, open_demo, start
from tests.ui.test_reception_page import TODAY, cell, make_page

MAX_TABS = 300


@pytest.fixture
def demo(demo_controller):
    """The demo centre in the real window (a copy of one built once), Amina at the desk, the window active."""
    return demo_controller


@pytest.fixture
def explored_demo(qtbot, tmp_path, english):
    """The demo centre as « Explore the demo » builds it, in the real window, Amina at the desk."""
    controller = start(qtbot, tmp_path)
    open_demo(qtbot, controller)
    enter_as(controller, "Amina")
    controller.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.window)
    yield controller
    controller.close()


def reachable(widget: QWidget) -> bool:
    """A control Tab must reach: shown, enabled, taking the focus by Tab, and not the inside of another."""
    return (widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None and not isinstance(widget.parent(), QComboBox)
            and not widget.metaObject().className().startswith("QCalendar"))


def tab_round(qtbot, start: QWidget, key=Qt.Key.Key_Tab) -> list[QWidget]:
    """The widgets that have the focus after each press of ``key`` from ``start``, until it is back there."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(MAX_TABS):
        qtbot.keyClick(QApplication.focusWidget(), key)
        visited.append(QApplication.focusWidget())
        if visited[-1] is start:
            return visited
    pytest.fail(f"Tab never came back to {start.window().windowTitle()}: {[type(w).__name__ for w in visited[-3:]]}")


def views_of(page: QWidget):
    """Shows each tab of each tab widget of ``page`` in turn (the page as it is first)."""
    yield "first"
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisible():
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index)


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_goes_round_every_page_and_leaves_each_table_in_one_press(qtbot, demo, key):
    window = demo.window
    tables = set()
    for page_key in PAGE_KEYS:
        window.show_page(page_key)
        page = window.current_page()
        for view in views_of(page):
            expected = [w for w in page.findChildren(QWidget) if reachable(w)]  # Shift+Tab may enable more
            visited = tab_round(qtbot, window.sidebar, key)
            # Qt's date and time fields go through their sections (day, month, year) before leaving: no trap.
            stuck = [type(w).__name__ + " " + w.accessibleName() for w, after in itertools.pairwise(visited)
                     if w is after and not isinstance(w, QDateTimeEdit)]
            assert stuck == [], (page_key, view)  # a widget that keeps the focus on Tab is a trap
            missed = [f"{type(w).__name__} {w.accessibleName() or getattr(w, 'text', lambda: '')()}"
                      for w in expected if w not in visited]
            assert missed == [], (page_key, view)
            tables |= {w.accessibleName() for w in visited if isinstance(w, QTableView)}
    assert {"Shifts of the week", "Timesheet of the week", "Workshops", "Members of the team"} <= tables, tables


def test_a_table_shows_a_current_cell_whenever_it_gets_the_focus(qtbot, workspace):
    page = make_page(qtbot, workspace)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.grid.setFocus(Qt.FocusReason.TabFocusReason)
    page.today_button.setFocus(Qt.FocusReason.TabFocusReason)
    page.refresh()  # a reload leaves no current cell, and Qt sets one only at the first focus
    assert not page.grid.currentIndex().isValid()
    page.grid.setFocus(Qt.FocusReason.TabFocusReason)
    assert page.grid.currentIndex() == page.week_model.index(0, 0)
    assert page.grid.selectionModel().isSelected(page.grid.currentIndex())  # shown as the arrows would


def test_no_table_of_the_window_or_its_dialogs_keeps_tab(qtbot, demo):
    from app.ui.dialogs.rota_setup import RotaSetupDialog

    for page_key in PAGE_KEYS:
        demo.window.page(page_key)
    dialog = RotaSetupDialog(demo.workspace.ctx, demo.window)
    qtbot.addWidget(dialog)
    views = demo.window.findChildren(QAbstractItemView) + dialog.findChildren(QAbstractItemView)
    keeping = [v.accessibleName() for v in views if v.tabKeyNavigation()]
    assert len(views) > 10 and keeping == []


def test_every_combo_box_says_what_it_is_for(qtbot, demo):
    for page_key in PAGE_KEYS:
        demo.window.page(page_key)
    combos = demo.window.findChildren(QComboBox)
    unnamed = [combo.currentText() for combo in combos
               if not (combo.accessibleName() or any(label.buddy() is combo for label in combo.parent().findChildren(
                   type(demo.window.actor_label))))
               or combo.accessibleName() == combo.currentText()]
    assert len(combos) > 5 and unnamed == []


def test_ctrl_q_closes_the_window(qtbot, demo):
    assert "Ctrl+Q" in demo.window.sidebar.accessibleDescription()  # said where the keys of the pages are
    qtbot.keyClick(demo.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not demo.window.isVisible()


def test_the_window_title_names_the_centre_once(explored_demo):
    assert "Cercle" not in explored_demo.window.windowTitle() and "(demo)" in explored_demo.window.windowTitle()


def test_reception_takes_and_gives_back_a_shift_by_keys_and_says_so(qtbot, workspace, monkeypatch):
    page = make_page(qtbot, workspace)
    delivered()
    monkeypatch.setattr("app.ui.pages.reception.confirm", lambda *args: True)
    page.activateWindow()
    delivered()
    qtbot.waitUntil(page.isActiveWindow)
    delivered()
    friday = cell(page, TODAY + timedelta(days=4), 1)  # far enough ahead to be given back
    delivered()
    assert page.message.accessibleName() == "Last action"
    for key, mine, said in ((Qt.Key.Key_Return, True, "You hold"), (Qt.Key.Key_Delete, False, "You released")):
        page.grid.setFocus()
        delivered()
        page.grid.setCurrentIndex(friday)
        delivered()
        qtbot.keyClick(page.grid, key)
        delivered()
        assert page.week_model.shift_at(friday).mine is mine
        delivered()
        assert page.message.text().startswith(said)
        delivered()
        assert page.message.accessibleName() == f"Last action: {' '.join(page.message.text().split())}"
        delivered()
    page.grid.setCurrentIndex(friday)
    delivered()
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # the Claim button's key
    delivered()
    qtbot.waitUntil(lambda: page.week_model.shift_at(friday).mine)  # a button's key clicks it after a flash
    delivered()
    page.grid.setCurrentIndex(friday)
    delivered()
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # the Release button's key
    delivered()
    qtbot.waitUntil(lambda: not page.week_model.shift_at(friday).mine)
    delivered()
    for button, key in ((page.claim_button, "Ctrl+T"), (page.release_button, "Ctrl+R"),
                        (page.swap_button, "Ctrl+Shift+S"), (page.pdf_button, "Ctrl+P"), (page.ics_button, "Ctrl+E"),
                        (page.accept_button, "Ctrl+Shift+A"), (page.decline_button, "Ctrl+Shift+D"),
                        (page.cancel_button, "Ctrl+Shift+C"), (page.one_off_button, "Ctrl+N")):
        delivered()
        assert button.shortcut().toString() == key and f"({key})" in button.toolTip()


def test_a_status_label_is_read_with_its_text(qtbot, english):
    label = StatusLabel("Last action")
    qtbot.addWidget(label)
    label.setText("You hold Tue 24 Nov.\nA warning")
    assert label.accessibleName() == "Last action: You hold Tue 24 Nov. A warning"
    label.clear()
    assert label.accessibleName() == "Last action" and label.text() == ""


def test_who_is_at_the_desk_is_read_with_the_name(demo):
    assert demo.window.actor_label.accessibleName() == "Acting: Amina Benali"


def test_tab_goes_round_the_dialogs_too(qtbot, demo):
    from app.ui.dialogs.audit import AuditDialog
    from app.ui.dialogs.decisions import ProposalDialog
    from app.ui.dialogs.hours import CategoriesDialog
    from app.ui.dialogs.meeting import MeetingDialog
    from app.ui.dialogs.member import MemberDialog
    from app.ui.dialogs.rota import DraftRotaDialog, FairnessDialog
    from app.ui.dialogs.rota_setup import OneOffShiftDialog, RotaSetupDialog
    from app.ui.dialogs.workshops import PartnerDialog, ThemesDialog, WorkshopDialog

    ctx = demo.workspace.ctx
    dialogs = [AuditDialog(ctx), ProposalDialog(ctx), CategoriesDialog(ctx), MeetingDialog(ctx, TODAY),
               MemberDialog(ctx, None), FairnessDialog(ctx), DraftRotaDialog(ctx), RotaSetupDialog(ctx),
               OneOffShiftDialog(ctx, TODAY),
               WorkshopDialog(ctx, None), ThemesDialog(ctx), PartnerDialog(ctx, None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda dialog=dialog: QApplication.activeWindow() is dialog)
        for view in views_of(dialog):
            for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                first = next(w for w in dialog.findChildren(QWidget) if reachable(w) and not isinstance(w, QTabWidget))
                visited = tab_round(qtbot, first, key)
                stuck = [type(w).__name__ for w, after in itertools.pairwise(visited)
                         if w is after and not isinstance(w, QDateTimeEdit)]
                assert stuck == [], (type(dialog).__name__, view)
        dialog.close()


def test_a_button_keeps_its_key_when_its_text_changes(qtbot):
    # The Workshops page's "Register a participant…" reads "Enrol in the cycle…" on a cycle: the text set, Qt put
    # the mnemonic of the new text (none) in place of Ctrl+R, which did nothing afterwards on any workshop.
    button = QPushButton("Register a participant…")
    qtbot.addWidget(button)
    give_key(button, "Ctrl+R", "Register someone for the selected session")
    for text in ("Enrol in the cycle…", "Register a participant…"):
        retitle(button, text)
        assert (button.text(), button.shortcut()) == (text, QKeySequence("Ctrl+R"))
