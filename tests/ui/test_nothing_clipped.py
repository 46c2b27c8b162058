"""Nothing is clipped, at 1280×800 and at the window's minimum size (half a 1920 px screen): every header and
cell of every table, tree and list on every page and tab of the demo centre fits its column, in French and in
English, unless it is elided with its full text as a tooltip; every label, button and box title shows its
whole text, and so does the window's top bar (a long page may scroll down, a word is never cut).

The sizes needed are the ones Qt itself computes to paint (the header's and the delegate's size from their
contents: the text measured with the font's metrics, the margins, the sort arrow, the icon), compared with the
room the view gives them.
"""


from itertools import pairwise

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.services import context
from app.ui.application import create_application
from app.ui.flow_layout import FlowLayout
from app.ui.mainwindow import PAGE_KEYS, MainWindow
from tests.conftest import TEST_NOW
from tests.ui.conftest import open_demo_copy

SIZE = (1280, 800)
SMALLEST = "smallest"  # the window's minimum size, as the main window sets it
ROWS_CHECKED = 60  # a view's first rows: enough to meet every kind of status, and the test stays quick
READABLE_LINE = 60  # characters: a text of a few words a line, down a narrow column, is tiring to read
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def window_on_demo(qtbot, qapp, tmp_path, demo_file, monkeypatch, request):
    """The real main window at 1280×800 on a copy of the demo centre, a member at the desk, in the language
    of the test's parameter; the clock stays on the demo's day."""
    monkeypatch.setattr(context, "system_clock", lambda: TEST_NOW)
    create_application(request.param)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    controller = open_demo_copy(window, tmp_path, demo_file)
    controller.lock_screen.list.setCurrentRow(0)
    controller.lock_screen._enter()
    yield window
    controller.close()
    window.close()
    qapp.setStyleSheet("")
    i18n.install(qapp, "en")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def page_problems(page: QWidget, where: str = "") -> list[str]:
    """What is clipped on the page (or the window's bar named ``where``), measured tab after tab (nested tabs
    too) while each is shown."""
    problems: list[str] = []
    measured: set[int] = set()
    walked: set[int] = set()

    def visit(where: str) -> None:
        for widget in page.findChildren(QWidget):
            if id(widget) in measured or not widget.isVisible():
                continue
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
                measured.add(id(widget))
                problems.extend(view_problems(f"{where} › {widget.accessibleName()}", widget))
            elif isinstance(widget, QLabel):
                measured.add(id(widget))
                problems.extend(label_problems(where, widget))
            elif isinstance(widget, QLineEdit):
                measured.add(id(widget))
                problems.extend(placeholder_problems(where, widget))
            elif isinstance(widget, QComboBox):
                measured.add(id(widget))
                problems.extend(choice_problems(where, widget))
            elif isinstance(widget, QAbstractButton) and widget.text():
                measured.add(id(widget))
                problems.extend(button_problems(where, widget))
            elif isinstance(widget, QGroupBox) and widget.title():
                measured.add(id(widget))
                problems.extend(box_problems(where, widget))
        for kind, problems_of in ((QHBoxLayout, row_problems), (QVBoxLayout, column_problems),
                                  (FlowLayout, flow_problems)):
            for layout in page.findChildren(kind):
                if id(layout) not in measured and layout.parentWidget() and layout.parentWidget().isVisible():
                    measured.add(id(layout))
                    problems.extend(problems_of(where, layout))
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible() or id(tabs) in walked:
                continue
            walked.add(id(tabs))
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                settle()
                visit(f"{where} › {tabs.tabText(tab)}")
            tabs.setCurrentIndex(0)
            settle()
        # tabs of their own, that show one pane of a splitter at a time in a narrow window (PaneTabs)
        for bar in page.findChildren(QTabBar):
            if not bar.isVisible() or isinstance(bar.parentWidget(), QTabWidget) or id(bar) in walked:
                continue
            walked.add(id(bar))
            for tab in range(bar.count()):
                bar.setCurrentIndex(tab)
                settle()
                visit(f"{where} › {bar.tabText(tab)}")
            bar.setCurrentIndex(0)
            settle()

    visit(where or page.title)
    return problems


def label_problems(where: str, label: QLabel) -> list[str]:
    """A label on one line narrower than its text, or a wrapped one lower than its lines."""
    if not label.text():
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if label.height() >= needed:
            return []
        return [f"{where}: label {label.text()!r} needs {needed} px in height, has {label.height()}"]
    if label.width() >= label.minimumSizeHint().width():
        return []
    return [f"{where}: label {label.text()!r} needs {label.minimumSizeHint().width()} px, has {label.width()}"]


def button_problems(where: str, button: QAbstractButton) -> list[str]:
    """A button (push button, tick box) narrower than the size Qt gives it for its text: a row that needs more
    than its width squeezes its buttons, and their text is cut at both ends."""
    needed = button.sizeHint().width()
    if button.width() >= needed:
        return []
    return [f"{where}: button {button.text()!r} needs {needed} px, has {button.width()}"]


def box_problems(where: str, box: QGroupBox) -> list[str]:
    """A box narrower than its title (bold, above its frame): "Propositions qui attendent ma position"."""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, option,
                                       QStyle.SubControl.SC_GroupBoxLabel, box)
    if title.right() < box.width():
        return []
    return [f"{where}: box {box.title()!r} needs {title.right() + 1} px, has {box.width()}"]


def placeholder_problems(where: str, field: QLineEdit) -> list[str]:
    """An empty field narrower than its placeholder, which is often its only label on screen."""
    placeholder = field.placeholderText()
    if field.text() or not placeholder:
        return []
    margins = field.textMargins().left() + field.textMargins().right() + 12  # the frame's padding, both sides
    needed = field.fontMetrics().horizontalAdvance(placeholder) + margins
    if field.width() >= needed:
        return []
    return [f"{where}: placeholder {placeholder!r} needs {needed} px, has {field.width()}"]


def row_problems(where: str, row: QHBoxLayout) -> list[str]:
    """Widgets of a row drawn over one another: the row needs more than its width (Qt squeezes them then)."""
    shown = [widget for widget in (row.itemAt(index).widget() for index in range(row.count()))
             if widget is not None and widget.isVisible()]
    return [f"{where}: {type(left).__name__} {left.accessibleName()!r} runs into {type(right).__name__} "
            f"{right.accessibleName()!r}" for left, right in pairwise(shown)
            if left.geometry().right() >= right.geometry().left()]


def column_problems(where: str, column: QVBoxLayout) -> list[str]:
    """What a column lays out one above the other drawn over one another: the column needs more than its
    height (Qt squeezes its items then), or a row of buttons grew and what is below it was not moved down."""
    shown = [item for item in map(column.itemAt, range(column.count()))
             if item is not None and not item.isEmpty() and item.spacerItem() is None]
    return [f"{where}: {describe(upper)} runs into {describe(lower)}" for upper, lower in pairwise(shown)
            if upper.geometry().bottom() >= lower.geometry().top() and upper.geometry().height() > 0]


def describe(item) -> str:
    widget = item.widget()
    if widget is not None:
        return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
    return type(item.layout() or item).__name__


def flow_problems(where: str, flow: FlowLayout) -> list[str]:
    """A row of buttons gone on to more lines than the height it was given: its last line runs into what is
    below it."""
    needed = flow.heightForWidth(flow.geometry().width())
    if flow.geometry().height() >= needed:
        return []
    texts = [item.widget().text() for item in map(flow.itemAt, range(flow.count())) if item.widget()]
    return [f"{where}: the row {texts!r} needs {needed} px in height, has {flow.geometry().height()}"]


def choice_problems(where: str, combo: QComboBox) -> list[str]:
    """A closed list narrower than the choice it shows (a filter's "Toutes les catégories", say)."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(text)
    if field.width() >= needed:
        return []
    return [f"{where}: choice {text!r} needs {needed} px, has {field.width()}"]


def header_problems(where: str, header: QHeaderView) -> list[str]:
    problems = []
    if header.isHidden():
        return problems
    model = header.model()
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        needed = header.sectionSizeFromContents(section).width()
        if horizontal:  # the part of the section inside the header: a column past the edge is hidden too
            start = header.sectionViewportPosition(section)
            room = min(start + header.sectionSize(section), header.width()) - max(start, 0)
        else:
            room = header.width()
        tooltip = model.headerData(section, header.orientation(), TOOLTIP)
        if needed > room and tooltip != text:
            problems.append(f"{where}: header {text!r} needs {needed} px, has {room}")
    return problems


def visible_width(rect: QRect, width: int) -> QRect:
    """``rect`` cut to the viewport's width (a column past its right edge has no room at all), not its height:
    the rows further down are measured too."""
    left, right = max(rect.left(), 0), min(rect.right(), width - 1)
    return QRect(left, rect.top(), max(0, right - left + 1), rect.height())


def cell_problems(where: str, view: QAbstractItemView) -> list[str]:
    """The columns whose first rows hold a text and icon that do not fit (nor, wrapped, the row's height)
    without a tooltip: one line a column, its first clipped text and how many are."""
    clipped: dict[str, list[str]] = {}
    model = view.model()
    columns = 1 if isinstance(view, QListView) else model.columnCount(view.rootIndex())
    shown = [column for column in range(columns)  # a narrow table hides its optional columns
             if not (isinstance(view, QTableView) and view.isColumnHidden(column))]
    for row in range(min(model.rowCount(view.rootIndex()), ROWS_CHECKED)):
        for column in shown:
            index = model.index(row, column, view.rootIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text:
                continue
            rect = visible_width(view.visualRect(index), view.viewport().width())
            option = QStyleOptionViewItem()
            view.initViewItemOption(option)
            option.rect = rect
            hint = view.itemDelegateForIndex(index).sizeHint(option, index)
            fits = hint.width() <= rect.width() and not (view.wordWrap() and hint.height() > rect.height())
            if not fits and index.data(TOOLTIP) != text:
                name = (model.headerData(column, Qt.Orientation.Horizontal) if columns > 1 else "") or "cell"
                clipped.setdefault(name, []).append(
                    f"{text!r} needs {hint.width()}×{hint.height()} px, has {rect.width()}×{rect.height()}")
    return [f"{where}: column {name!r}, {len(texts)} clipped, as {texts[0]}"
            for name, texts in clipped.items()]


def view_problems(where: str, view: QAbstractItemView) -> list[str]:
    problems = cell_problems(where, view)
    for name in ("horizontalHeader", "verticalHeader", "header"):
        header = getattr(view, name, None)
        if header is not None:
            problems += header_problems(where, header())
    return problems


def choose_a_day_with_sessions(page) -> None:
    """The list beside the workshops' calendar shows the chosen day's sessions: a day that has some."""
    day = page.month_sessions[0].day
    page.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    assert page.day_list.item(0).flags() != Qt.ItemFlag.NoItemFlags


BEFORE_THE_WALK = {"workshops": choose_a_day_with_sessions}


@pytest.mark.parametrize("size", [SIZE, SMALLEST])
@pytest.mark.parametrize("window_on_demo", ["fr", "en"], indirect=True)
def test_no_header_nor_cell_is_clipped_on_any_page(window_on_demo, size):
    window = window_on_demo
    wanted = window.minimumSize() if size == SMALLEST else QSize(*size)
    window.resize(wanted)
    problems: list[str] = []
    for key in PAGE_KEYS:
        window.show_page(key)
        BEFORE_THE_WALK.get(key, lambda _page: None)(window.page(key))
        settle()
        problems += page_problems(window.page(key))
        if window.size() != wanted:  # grown past the screen by a page's minimum size
            problems.append(f"{key}: the window grew to {window.width()}×{window.height()}")
    problems += page_problems(window.findChild(QWidget, "topBar"), "Top bar")  # the centre, who is at the desk
    assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)


@pytest.mark.parametrize("window_on_demo", ["fr", "en"], indirect=True)
def test_the_week_summary_of_the_hours_page_reads_in_long_lines(window_on_demo):
    """The Hours page's summary of the week (hours assumed as planned, the holiday, the absences, the week
    locked) ran down a column of three words a line beside the week's figures, and in English took its height
    from the timesheet, whose Total row went out of view."""
    window = window_on_demo
    window.show_page("hours")
    settle()
    page = window.page("hours")
    summary = page.summary
    assert summary.isVisible() and summary.text()
    assert summary.width() >= READABLE_LINE * summary.fontMetrics().averageCharWidth()
    assert label_problems("Hours", summary) == []
    assert page.grid_view.verticalScrollBar().maximum() == 0  # the whole timesheet, its Total row too


def in_focus_order(widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in the order Tab goes through them (the window's focus chain, from the first of them)."""
    wanted, found = set(map(id, widgets)), []
    widget = widgets[0]
    for _ in range(10_000):
        if id(widget) in wanted and widget not in found:
            found.append(widget)
        if len(found) == len(widgets):
            break
        widget = widget.nextInFocusChain()
    return found


@pytest.mark.parametrize("window_on_demo", ["fr"], indirect=True)
def test_tab_goes_through_wrapped_rows_of_buttons_line_after_line(window_on_demo):
    """At the window's minimum size, Reception's rows of buttons take more lines: Tab still reads them as the
    eye does, line after line, each from left to right."""
    window = window_on_demo
    window.resize(window.minimumSize())
    window.show_page("reception")
    settle()
    wrapped = 0
    for flow in window.page("reception").findChildren(FlowLayout):
        buttons = [item.widget() for item in map(flow.itemAt, range(flow.count()))
                   if item.widget() is not None and item.widget().isVisible()]
        in_tab_order = in_focus_order(buttons)
        places = [(corner.y(), corner.x()) for corner in (button.mapTo(window, QPoint(0, 0)) for button in in_tab_order)]
        assert places == sorted(places), [button.text() for button in in_tab_order]
        wrapped += len({y for y, _x in places}) > 1
    assert wrapped >= 2  # the test reads wrapped rows: the shift's buttons and the rota's


@pytest.mark.parametrize("size", [SIZE, SMALLEST])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_nothing_is_clipped_on_the_set_up_steps(qtbot, qapp, tmp_path, monkeypatch, language, size):
    """The set-up of a new centre, each step with its buttons (Back from the second one on), at 1280×800 and at
    the window's minimum size."""
    from app.ui.application import Controller
    from app.ui.pages.first_start import SetupScreen

    monkeypatch.setattr(context, "system_clock", lambda: TEST_NOW)
    create_application(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    controller = Controller(window, str(tmp_path / "centre.sqlite3"), interactive=False)
    try:
        assert controller.open()
        welcome = window.screens.currentWidget()
        welcome.name.setText("Centre de santé communautaire du Village 2")
        welcome.create_button.click()
        first = window.screens.currentWidget()
        first.name.setText("Amina Benali")
        first.pin.setText("2468")
        first.pin_again.setText("2468")
        first.continue_button.click()
        assistant = window.screens.currentWidget()
        assert isinstance(assistant, SetupScreen)
        window.resize(window.minimumSize() if size == SMALLEST else QSize(*size))
        problems: list[str] = []
        for step in range(3):
            settle()
            assert assistant.back_button.isVisible() == (step > 0)
            problems += page_problems(assistant, f"Step {step + 1}")
            if step < 2:
                assistant.next_button.click()
        assistant.back_button.click()  # the reception's step again, its slots made: its text is another
        assistant.back_button.click()  # the centre's, with a word on the shifts already planned
        settle()
        assert assistant.shifts_kept.isVisible()
        problems += page_problems(assistant, "Step 1 again")
        assert not problems, f"{len(problems)} clipped:\n" + "\n".join(problems)
    finally:
        controller.close()
        window.close()
        qapp.setStyleSheet("")
        i18n.install(qapp, "en")
