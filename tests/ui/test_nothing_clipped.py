"""At 1280×800, in French and in English, no table of any page cuts a header or a cell: each text fits its
column, or is elided with its whole text in a tooltip."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QTabWidget, QTreeView

from app.ui.application import Controller
from app.ui.mainwindow import PAGE_KEYS, MainWindow
from app.ui.screenshots import SIZE

HEADER_PADDING = 2 * 6 + 8  # the style's margins on both sides, and room for the sort indicator
CELL_PADDING = 2 * 4


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def widest(widget, text: str) -> int:
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])


def clipped_in(view: QAbstractItemView) -> list[str]:
    """The headers and visible cells of ``view`` whose text is wider than their column, without a tooltip."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    found = []
    for column in range(model.columnCount(QModelIndex())):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if header.isVisible() and widest(header, title) + HEADER_PADDING > width:
            found.append(f"header «{title}» ({width} px)")
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            index = model.index(row, column)
            text = str(model.data(index) or "")
            if not text or model.data(index, Qt.ItemDataRole.ToolTipRole):
                continue
            icon = 20 if model.data(index, Qt.ItemDataRole.DecorationRole) is not None else 0
            if widest(view, text) + icon + CELL_PADDING > width:
                found.append(f"cell «{text}» ({width} px)")
    return found


def every_view(window: MainWindow):
    """Each visible item view of each page, with each tab of the page shown in turn."""
    for key in PAGE_KEYS:
        window.show_page(key)
        page = window.page(key)
        tab_widgets = page.findChildren(QTabWidget)
        for tabs in tab_widgets or [None]:
            for tab in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(tab)
                settle()
                for view in page.findChildren(QAbstractItemView):
                    if isinstance(view, QTableView | QTreeView) and view.isVisible() and view.model():
                        where = f"{key}" + (f" › {tabs.tabText(tab)}" if tabs else "")
                        yield where, view


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_page_clips_a_header_or_a_cell(language, qapp, tmp_path):
    from app import i18n
    from app.services.demo import create_demo

    i18n.install(qapp, language)
    window = MainWindow()
    try:
        window.resize(*SIZE)
        window.show()
        controller = Controller(window, str(create_demo(tmp_path / "demo.sqlite3")), interactive=False)
        assert controller.open()
        controller.lock_screen.list.setCurrentRow(0)
        controller.lock_screen._enter()
        clipped = {f"{where}: {what}" for where, view in every_view(window) for what in clipped_in(view)}
        assert not clipped, "\n".join(sorted(clipped))
    finally:
        controller.stop_background()
        window.close()
        i18n.install(qapp, "en")
