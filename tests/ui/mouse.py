"""A person with a mouse: clicks on what the window shows (buttons found by their visible text, table cells,
tabs, the list of pages), and dialogs answered through their own widgets once they are open.

Widgets are found as a person finds them, by the words they show or their accessible names, not by the
attribute a page keeps them in: a page can be rearranged without its tests being rewritten.
"""

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import when_modal

LEFT = Qt.MouseButton.LeftButton
W = TypeVar("W", bound=QWidget)


def shown_text(button: QAbstractButton) -> str:
    return button.text().replace("&", "")


def button_with_text(root: QWidget, text: str) -> QAbstractButton:
    """The one button under ``root`` that shows ``text`` and can be seen (a page has several "Edit…", each on
    its own tab: the one on the tab shown)."""
    found = [b for b in root.findChildren(QAbstractButton) if shown_text(b) == text and b.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} buttons “{text}” shown"
    return found[0]


def named(root: QWidget, kind: type[W], name: str) -> W:
    """The widget of ``kind`` under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {kind.__name__} named “{name}”"
    return found[0]


def click(qtbot, widget: QWidget) -> None:
    assert widget.isEnabled(), f"“{widget.accessibleName() or getattr(widget, 'text', str)()}” is disabled"
    qtbot.mouseClick(widget, LEFT)


def double_click(widget: QWidget) -> None:
    """What the system sends for a real double click, at once: press, release, double click, release (a
    button clicked once by the first two, pressed again by the double click event)."""
    centre = QPointF(widget.rect().center())
    on_screen = QPointF(widget.mapToGlobal(widget.rect().center()))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseButtonRelease):
        held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
        QApplication.sendEvent(widget, QMouseEvent(kind, centre, on_screen, LEFT, held, Qt.KeyboardModifier.NoModifier))


def click_choice(qtbot, button: QAbstractButton) -> None:
    """Click a radio button or a check box where a click counts: on its box or its words, not in the empty
    width a form gives it."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    area = QStyle.SubElement.SE_CheckBoxClickRect if isinstance(button, QCheckBox) \
        else QStyle.SubElement.SE_RadioButtonClickRect
    qtbot.mouseClick(button, LEFT, pos=button.style().subElementRect(area, option, button).center())


def click_button(qtbot, root: QWidget, text: str) -> None:
    click(qtbot, button_with_text(root, text))


def click_cell(qtbot, view: QAbstractItemView, index: QModelIndex, double: bool = False) -> None:
    """A click (or a double click) in the middle of the cell at ``index``, scrolled into view first."""
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)
    if double:
        qtbot.mouseDClick(view.viewport(), LEFT, pos=centre)


def click_row(qtbot, view: QAbstractItemView, wanted: Callable[[QModelIndex], bool], column: int = 0) -> int:
    """Click the first row whose cell in ``column`` is ``wanted``; its row number."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if wanted(index):
            click_cell(qtbot, view, index)
            return row
    pytest.fail("no row is the one looked for")


def click_row_showing(qtbot, view: QAbstractItemView, text: str, column: int = 0) -> int:
    return click_row(qtbot, view, lambda index: index.data() == text, column)


def click_tab(qtbot, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next((i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text), None)
    assert index is not None, f"no tab “{text}”"
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def open_page(qtbot, window, title: str) -> QWidget:
    """Click the page's title in the list of pages; the page shown."""
    sidebar = window.sidebar
    row = next((r for r in range(sidebar.count()) if sidebar.item(r).text() == title), None)
    assert row is not None, f"no page “{title}”"
    qtbot.mouseClick(sidebar.viewport(), LEFT, pos=sidebar.visualItemRect(sidebar.item(row)).center())
    return window.current_page()


def answer(kind: type[QWidget], action: Callable[[QWidget], None]) -> list[str]:
    """Once a modal dialog of ``kind`` is open, ``action(dialog)``; call before the click that opens it. The
    list receives what the dialog said (a message box's text, another dialog's title): a message box is gone
    once answered."""
    said: list[str] = []

    def act(dialog: QWidget) -> None:
        said.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
        action(dialog)

    QTimer.singleShot(0, lambda: when_modal(kind, act))
    return said


def click_standard(qtbot, dialog: QWidget, which) -> None:
    """Click a standard button (Yes, Save, Close…) of a message box or a dialog's button box."""
    if isinstance(dialog, QMessageBox):
        button = dialog.button(which)
    else:
        button = next(box.button(which) for box in dialog.findChildren(QDialogButtonBox) if box.button(which))
    qtbot.mouseClick(button, LEFT)


def click_save(qtbot, dialog: QWidget) -> None:
    """Click the saving button of a dialog that saves through a service (Save, or its own label such as
    "Save the draft": ServiceDialog.ok_button)."""
    qtbot.mouseClick(dialog.ok_button, LEFT)


def say_yes(qtbot) -> list[str]:
    """Answer the next question box with a click on Yes; the list receives what it asked."""
    return answer(QMessageBox, lambda box: click_standard(qtbot, box, QMessageBox.StandardButton.Yes))


def modal_closed(qtbot) -> None:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
