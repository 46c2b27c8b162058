"""A row of widgets that goes on to a new line when it is too narrow for them, modelled on Qt's "Flow Layout"
example. A row of buttons in a QHBoxLayout squeezes them below their size when the window is narrow, and their
text is cut at both ends; here they keep their size and the next ones go down a line.

Where the row is wide enough it looks as a QHBoxLayout does: the same spacing, widgets of a line centred on
its height, and ``addStretch`` gives the room left on a line to what follows it (right-aligned buttons stay
right-aligned). Its height for a width (``heightForWidth``) grows with its lines, so what is below moves down.
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget


@dataclass
class Line:
    """Items laid side by side: their sizes, and the width they take with the gaps between widgets."""

    items: list[tuple[QLayoutItem, QSize]] = field(default_factory=list)
    width: int = 0
    widgets: int = 0

    @property
    def height(self) -> int:
        return max((size.height() for _item, size in self.items), default=0)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._items: list[QLayoutItem] = []
        # Qt asks the height for a width many times per layout: the lines are made once per width until the
        # layout is invalidated (which Qt does to every layout of a window before laying it out again)
        self._lines_for: dict[tuple[int, int], list[Line]] = {}
        self._heights: dict[int, int] = {}
        super().__init__(parent)
        self.setContentsMargins(QMargins(0, 0, 0, 0))  # a row inside a page, as a QHBoxLayout added to it

    # --- QLayout's interface ---

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def invalidate(self) -> None:
        self._lines_for.clear()
        self._heights.clear()
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line, as a QHBoxLayout would want them."""
        lines = self._lines(2**24, self._spacing(Qt.Orientation.Horizontal))
        return self._grown(QSize(lines[0].width, lines[0].height) if lines else QSize(0, 0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest widget: narrower, one of them would be cut."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return self._grown(size)

    def addStretch(self) -> None:  # noqa: N802 - as QBoxLayout names it
        """Room that takes what its line leaves: the widgets after it go to the line's right end."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def addSpacing(self, size: int) -> None:  # noqa: N802 - as QBoxLayout names it
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    # --- placing ---

    def _grown(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        """The items taking room: a hidden widget takes none (QWidgetItem.isEmpty), a stretch does."""
        return [item for item in self._items if not self._is_widget(item) or not item.isEmpty()]

    def _spacing(self, orientation: Qt.Orientation) -> int:
        """Between two widgets, as a QHBoxLayout puts it: the layout's own spacing, else the style's."""
        if self.spacing() >= 0:
            return self.spacing()
        widget = self.parentWidget()
        metric = (QStyle.PixelMetric.PM_LayoutHorizontalSpacing if orientation == Qt.Orientation.Horizontal
                  else QStyle.PixelMetric.PM_LayoutVerticalSpacing)
        return max(widget.style().pixelMetric(metric, None, widget), 0) if widget is not None else 6

    @staticmethod
    def _is_widget(item: QLayoutItem) -> bool:
        return item.spacerItem() is None

    @staticmethod
    def _stretches(item: QLayoutItem) -> bool:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)

    def _lines(self, width: int, gap: int) -> list[Line]:
        """The items, line by line: a widget that would pass ``width`` starts the next line (a spacer never
        does), or has a line of its own when wider than ``width``. A line that breaks after a stretch is
        right-aligned, and so is the next one: the buttons put at a row's right end stay there."""
        if (width, gap) not in self._lines_for:
            self._lines_for[width, gap] = self._break_lines(width, gap)
        return self._lines_for[width, gap]

    def _break_lines(self, width: int, gap: int) -> list[Line]:
        lines = [Line()]
        for item in self._shown():
            size, is_widget = item.sizeHint(), self._is_widget(item)
            line = lines[-1]
            if is_widget and line.widgets and line.width + gap + size.width() > width:
                stretch = next((pair for pair in line.items if self._stretches(pair[0])), None)
                while not self._is_widget(line.items[-1][0]):  # a spacing at a line's end separates nothing
                    line.width -= line.items.pop()[1].width()
                line = Line([stretch] if stretch else [])
                lines.append(line)
            line.width += size.width() + (gap if is_widget and line.widgets else 0)
            line.widgets += is_widget
            line.items.append((item, size))
        return lines if lines[0].items else []

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the lines out in ``rect`` (only measured unless ``move``); returns the height they take."""
        inner = rect.marginsRemoved(self.contentsMargins())
        gap_x, gap_y = self._spacing(Qt.Orientation.Horizontal), self._spacing(Qt.Orientation.Vertical)
        y = inner.y()
        lines = self._lines(inner.width(), gap_x)
        for line in lines:
            if move:
                self._place_line(line, QRect(inner.x(), y, inner.width(), line.height), gap_x)
            y += line.height + gap_y
        taken = y - gap_y - inner.y() if lines else 0
        margins = self.contentsMargins()
        return taken + margins.top() + margins.bottom()

    def _place_line(self, line: Line, rect: QRect, gap: int) -> None:
        """Widgets at their size hint, centred on the line's height; the stretches share what is left."""
        stretches = sum(self._stretches(item) for item, _size in line.items)
        left_over = max(rect.width() - line.width, 0)
        x, after_a_widget = rect.x(), False
        for item, size in line.items:
            if self._is_widget(item):
                x += gap if after_a_widget else 0
                after_a_widget = True
            width = min(size.width(), rect.width())
            if self._stretches(item):
                share = left_over // stretches
                left_over, stretches = left_over - share, stretches - 1
                width += share
            top = rect.y() + (rect.height() - size.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, size.height())))
            x += width
