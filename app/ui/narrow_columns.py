"""A table's columns kept within its width when the window is narrow (half a screen): first the column titles
go on two lines, then the optional columns are hidden (their text is in the row's dialog), then the columns of
long free texts become no wider than their title, their texts elided and whole in their tooltips. Where the
table is wide enough, its columns are as measured: nothing changes.

Without it, Qt lays the columns measured to their contents side by side past the table's right edge, and
the last ones (a status, a date) are out of sight.
"""

from collections.abc import Collection

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

HORIZONTAL = Qt.Orientation.Horizontal


def two_lines(text: str) -> str:
    """``text`` on two lines, cut at the space (or after the hyphen) nearest its middle: "Heures\\nmétier",
    "Self-\\nmanagement"; a single word stays whole."""
    cuts = [at + 1 for at, character in enumerate(text) if character in " -"]  # where the second line starts
    if not cuts or "\n" in text:
        return text
    at = min(cuts, key=lambda cut: abs(len(text) / 2 - cut))
    return f"{text[:at].rstrip()}\n{text[at:]}"


class ColumnTitles(QHeaderView):
    """A table's column titles, each on two lines while ``wrapped``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HORIZONTAL, parent)
        self.setSectionsClickable(True)  # as the header QTableView makes for itself
        self.setHighlightSections(True)
        self.wrapped = False

    def set_wrapped(self, wrapped: bool) -> None:
        if wrapped != self.wrapped:
            self.wrapped = wrapped
            if self.count():
                self.headerDataChanged(HORIZONTAL, 0, self.count() - 1)  # measured and painted again

    def title(self, logical: int) -> str:
        return str(self.model().headerData(logical, HORIZONTAL) or "") if self.model() else ""

    def title_width(self, logical: int, wrapped: bool) -> int:
        return self._size(logical, wrapped).width()

    def _size(self, logical: int, wrapped: bool) -> QSize:
        """Qt's size for the section, its title on one line, or on two if ``wrapped``: then without the room
        Qt keeps in each section for the sort arrow, but in the sorted one (the only one to show it)."""
        size = super().sectionSizeFromContents(logical)
        if not wrapped:
            return size
        if self.isSortIndicatorShown() and logical != self.sortIndicatorSection():
            size.setWidth(size.width() - size.height() - self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin))
        title = self.title(logical)
        metrics = self.fontMetrics()
        whole, cut = metrics.size(0, title), metrics.size(0, two_lines(title))
        return QSize(size.width() - whole.width() + cut.width(), size.height() - whole.height() + cut.height())

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802 - Qt's name
        return self._size(logical, self.wrapped)

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logical: int) -> None:  # noqa: N802 - Qt's name
        super().initStyleOptionForIndex(option, logical)
        if self.wrapped:
            option.text = two_lines(self.title(logical))


def source_columns(table: QTableView) -> list:
    """The Columns of the RowsModel under ``table``'s model (through its proxies); none for another model."""
    model = table.model()
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    return list(getattr(model, "columns", ()))


def columns_that_are(table: QTableView, kind: str) -> list[int]:
    """The columns of ``table`` whose Column (of a RowsModel) is ``long_text`` (free texts that may be elided,
    whole in their tooltip) or ``optional`` (hidden when there is no room)."""
    return [index for index, column in enumerate(source_columns(table)) if getattr(column, kind)]


class NarrowColumns(QObject):
    """Keeps the columns of ``table`` within its width; ``stretch`` names those that share what is left (the
    last one when none is named). Told by ``measured`` each time the columns are measured to their contents,
    it follows the table's width: where they fit, Qt lays them out as measured; where they do not, it sizes
    them itself, the stretched ones taking what the others leave, each at least as wide as its title."""

    def __init__(self, table: QTableView, stretch: Collection[int]) -> None:
        super().__init__(table)
        self.table, self.stretch = table, set(stretch)
        self.natural: dict[int, int] = {}  # the width measured, by column (the stretched ones aside)
        self.cells: dict[int, int] = {}  # the widest cell, by column, when asked for
        self.squeezed = False
        table.installEventFilter(self)  # shown
        table.viewport().installEventFilter(self)  # resized
        table.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self.fit())  # the arrow's room moves

    @property
    def header(self) -> ColumnTitles:
        header = self.table.horizontalHeader()
        assert isinstance(header, ColumnTitles), "a TableView's header"
        return header

    def stretched(self) -> set[int]:
        return self.stretch or {self.header.count() - 1}

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit()
        return False

    def measured(self) -> None:
        if not isinstance(self.table.horizontalHeader(), ColumnTitles):
            return
        self._set_hidden(set())  # measured too: a hidden section's size reads 0
        # as wide as the title on one line, if it was measured on two
        self.natural = {column: max(self.header.sectionSize(column), self.header.title_width(column, False))
                        for column in range(self.header.count()) if column not in self.stretched()}
        self.cells.clear()
        self.fit()

    def fit(self) -> None:
        if not self.natural or not self.table.isVisible():  # fitted when shown
            return
        room = self.table.viewport().width()
        least = self._least(wrapped=False)
        stretched = sorted(self.stretched())
        # laid out by Qt, which gives each stretched column the same width
        if sum(self.natural.values()) + len(stretched) * max((least[c] for c in stretched), default=0) <= room:
            if self.squeezed:
                self._lay_out_as_measured()
            return
        self.squeezed = True
        self.header.set_wrapped(True)
        least = self._least(wrapped=True)
        widths = {column: max(self._cell_width(column), least[column]) for column in self.natural}
        hidden = self._hide_optional(widths, least, room)
        self._shorten_long_texts(widths, least, self._needs(widths, least) - room)
        left = max(room - self._needs(widths, least), 0)
        stretched = [column for column in stretched if column not in hidden]
        for share, column in enumerate(stretched):  # what is left, shared
            widths[column] = least[column] + left // len(stretched) + (share < left % len(stretched))
        for column in stretched:
            self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(False)
        self._set_hidden(hidden)  # after: among stretched sections, Qt keeps a hidden one's width in its layout
        self._resize(widths)

    def _lay_out_as_measured(self) -> None:
        """Wide enough again: the columns as measured, the stretched ones stretched again."""
        self.squeezed = False
        self.header.set_wrapped(False)
        self._set_hidden(set())
        self._resize(self.natural)
        if self.stretch:
            for column in self.stretch:
                self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            self.header.setStretchLastSection(True)

    def _least(self, *, wrapped: bool) -> dict[int, int]:
        """The least width of each column: its title, and for a stretched one its cells too unless it is of long
        texts (elided, whole in their tooltip)."""
        least = {column: self.header.title_width(column, wrapped) for column in range(self.header.count())}
        for column in self.stretched() - set(columns_that_are(self.table, "long_text")):
            least[column] = max(least[column], self._cell_width(column))
        return least

    @staticmethod
    def _needs(widths: dict[int, int], least: dict[int, int]) -> int:
        """The width the columns take: ``widths``, and the least width of the others (stretched)."""
        return sum(widths.values()) + sum(width for column, width in least.items() if column not in widths)

    def _cell_width(self, column: int) -> int:
        """The widest cell of ``column``: its measured width where its cells made it, else measured now."""
        if column not in self.cells:
            natural = self.natural.get(column, 0)  # a stretched column has none
            by_cells = natural > self.header.title_width(column, False)
            self.cells[column] = natural if by_cells else self.table.sizeHintForColumn(column)
        return self.cells[column]

    def _hide_optional(self, widths: dict[int, int], least: dict[int, int], room: int) -> set[int]:
        """The optional columns to hide, the last ones first, until the others fit ``room`` (taken out of
        ``widths`` and ``least``)."""
        hidden = set()
        for column in reversed(columns_that_are(self.table, "optional")):
            if self._needs(widths, least) <= room:
                break
            hidden.add(column)
            widths.pop(column, None)
            least.pop(column, None)
        return hidden

    def _shorten_long_texts(self, widths: dict[int, int], least: dict[int, int], excess: int) -> None:
        """Take ``excess`` from the columns of long texts, each in proportion to its width beyond its title."""
        slack = {column: widths[column] - least[column] for column in columns_that_are(self.table, "long_text")
                 if column in widths}
        total = sum(slack.values())
        if excess <= 0 or total <= 0:
            return
        for column, spare in slack.items():
            widths[column] -= min(spare, -(-excess * spare // total))  # rounded up: the whole excess is taken

    def _set_hidden(self, hidden: set[int]) -> None:
        for column in columns_that_are(self.table, "optional"):
            self.header.setSectionHidden(column, column in hidden)

    def _resize(self, widths: dict[int, int]) -> None:
        for column, width in widths.items():
            if column < self.header.count():
                self.header.resizeSection(column, width)
