"""A row of widgets that goes on to a new line when it is too narrow for them, modelled on Qt's "Flow Layout"
example. A row of buttons in a QHBoxLayout squeezes them below their size when the window is narrow, and their
text is cut at both ends; here they keep their size and the next ones go down a line.

Where the row is wide enough it looks as a QHBoxLayout does: the same spacing, widgets of a line centred on
its height, and ``addStretch`` gives the room left on a line to what follows it (right-aligned buttons stay
right-aligned). Its height for a width (``heightForWidth``) grows with its lines, so what is below moves down.
"""

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget

Line = list[QLayoutItem]


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(QMargins(0, 0, 0, 0))  # a row inside a page, as a QHBoxLayout added to it
        self._items: list[QLayoutItem] = []

    # --- QLayout's interface ---

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line, as a QHBoxLayout would want them."""
        lines = self._lines(2**24)
        return self._grown(QSize(self._line_width(lines[0]) if lines else 0, self._line_height(lines[0]) if lines
                                 else 0))

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

    def _line_width(self, line: Line) -> int:
        gaps = max(sum(map(self._is_widget, line)) - 1, 0) * self._spacing(Qt.Orientation.Horizontal)
        return sum(item.sizeHint().width() for item in line) + gaps

    @staticmethod
    def _line_height(line: Line) -> int:
        return max((item.sizeHint().height() for item in line), default=0)

    def _lines(self, width: int) -> list[Line]:
        """The items, line by line: a widget that would pass ``width`` starts the next line (a spacer never
        does), or has a line of its own when wider than ``width``. A line that breaks after a stretch is
        right-aligned, and so is the next one: the buttons put at a row's right end stay there."""
        lines: list[Line] = [[]]
        for item in self._shown():
            line = lines[-1]
            if self._is_widget(item) and any(map(self._is_widget, line)) and self._line_width([*line, item]) > width:
                stretch = next(filter(self._stretches, line), None)
                while not self._is_widget(line[-1]):  # a spacing at a line's end separates nothing
                    line.pop()
                lines.append([] if stretch is None else [stretch])
            lines[-1].append(item)
        return lines if lines[0] else []

    @staticmethod
    def _is_widget(item: QLayoutItem) -> bool:
        return item.spacerItem() is None

    @staticmethod
    def _stretches(item: QLayoutItem) -> bool:
        return bool(item.expandingDirections() & Qt.Orientation.Horizontal)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the lines out in ``rect`` (only measured unless ``move``); returns the height they take."""
        inner = rect.marginsRemoved(self.contentsMargins())
        gap_x, gap_y = self._spacing(Qt.Orientation.Horizontal), self._spacing(Qt.Orientation.Vertical)
        y = inner.y()
        lines = self._lines(inner.width())
        for line in lines:
            height = self._line_height(line)
            if move:
                self._place_line(line, QRect(inner.x(), y, inner.width(), height), gap_x)
            y += height + gap_y
        taken = y - gap_y - inner.y() if lines else 0
        margins = self.contentsMargins()
        return taken + margins.top() + margins.bottom()

    def _place_line(self, line: Line, rect: QRect, gap: int) -> None:
        """Widgets at their size hint, centred on the line's height; the stretches share what is left."""
        stretches = sum(map(self._stretches, line))
        left_over = max(rect.width() - self._line_width(line), 0)
        x, after_a_widget = rect.x(), False
        for item in line:
            size = item.sizeHint()
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
