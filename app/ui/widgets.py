"""Small widgets shared by several pages and dialogs."""

import operator
from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.domain.members import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from app.ui.narrow_columns import ColumnTitles, NarrowColumns, source_columns

DIRECT_CHILDREN = Qt.FindChildOption.FindDirectChildrenOnly
SEARCH_DELAY_MS = 250  # a pause in the typing: a search for the word, not one for each letter of it


def fit_columns(table: QTableView, *stretch: int, rows_measured: int = 200, grow_only: bool = False) -> None:
    """Each column as wide as its header and its first ``rows_measured`` rows; the ``stretch`` columns (the
    last one when none is named) share what is left. Rows keep one line: a wrapped text would be cut at the
    row's height, where an elided one ends with "…" and gives its whole text as a tooltip (``long_text``
    columns of a RowsModel).

    ``grow_only``: measured again only when a longer text comes (the weeks of a step are alike: measuring
    them at each step cost as much as reading them, and stepping to and fro made the columns jump).

    Where the table is too narrow for its columns (half a screen), NarrowColumns keeps them within its width."""
    model = table.model()
    if model is None:  # no rows to follow: Qt measures them at each layout
        _one_line_rows(table, stretch, rows_measured, QHeaderView.ResizeMode.ResizeToContents)
        return
    # measured when the rows change, not at each layout (each time the page is shown)
    _one_line_rows(table, stretch, rows_measured, QHeaderView.ResizeMode.Interactive)
    narrow = NarrowColumns(table, stretch)  # in a narrow window, within the table's width

    def measure() -> None:
        _fit_to_contents(table, stretch)
        narrow.measured()

    fit = GrowingColumns(table, stretch, rows_measured, narrow.measured).fit if grow_only else measure
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
        signal.connect(lambda *_args: fit())
    fit()


def _one_line_rows(table: QTableView, stretch: tuple[int, ...], rows_measured: int,
                   mode: QHeaderView.ResizeMode) -> QHeaderView:
    """Rows of one line, long texts elided; columns sized by ``mode``, measured on ``rows_measured`` rows, but
    the ``stretch`` ones (the last one when none is named) that share what is left. Returns the header."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(rows_measured)
    header.setStretchLastSection(not stretch)
    header.setSectionResizeMode(mode)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return header


def _fit_to_contents(table: QTableView, stretch: tuple[int, ...]) -> None:
    for column in range(table.model().columnCount()):
        if column not in stretch:
            fit_column(table, column)


def fit_column(table: QTableView, column: int) -> None:
    """``column`` as wide as its contents, and as the widest of the texts its Column says it can show."""
    table.resizeColumnToContents(column)
    columns = source_columns(table)
    texts = columns[column].texts if column < len(columns) else ()
    if texts:
        margins = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        widest = max(table.fontMetrics().horizontalAdvance(text) for text in texts) + margins
        table.setColumnWidth(column, max(table.columnWidth(column), widest))


class GrowingColumns(QObject):
    """The columns of a table but ``stretch``, measured again only when the longest text of one of them (its
    header's or its first ``rows`` rows') is longer than when they were last measured."""

    def __init__(self, table: QTableView, stretch: tuple[int, ...], rows: int, measured: Callable[[], None]) -> None:
        super().__init__(table)
        self.table, self.stretch, self.rows = table, stretch, rows
        self.measured_for: list[int] = []  # the longest texts' lengths last measured (none: measure)
        self.measured = measured  # told after each measure

    def fit(self) -> None:
        model = self.table.model()
        columns = [column for column in range(model.columnCount()) if column not in self.stretch]
        longest = [max([len(str(model.headerData(column, Qt.Orientation.Horizontal) or "")), *(
            len(str(model.index(row, column).data() or "")) for row in range(min(model.rowCount(), self.rows)))])
            for column in columns]
        if len(longest) == len(self.measured_for) and all(map(operator.le, longest, self.measured_for)):
            return
        # measured hidden, the style and font may not be final yet: measured again once shown
        self.measured_for = longest if self.table.isVisible() else []
        _fit_to_contents(self.table, self.stretch)
        self.measured()


def fit_columns_to_sample(table: QTableView, *stretch: int, sample: int = 30) -> None:
    """Like ``fit_columns`` for a long list fetched as it scrolls: each column as wide as its header and its
    first ``sample`` rows, measured once, when the table first shows rows. Re-measured at each fetch or
    filter, the columns would jump under the eyes and each click would pay for it; a person may widen one by
    hand. Rows keep one height: the view need not measure each row it scrolls past."""
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = _one_line_rows(table, stretch, sample, QHeaderView.ResizeMode.Interactive)  # no re-measuring
    measured = [column for column in range(header.count()) if column not in stretch]
    if not stretch:
        measured = measured[:-1]  # the last one stretches
    SampledColumns(table, measured, NarrowColumns(table, stretch))


class SampledColumns(QObject):
    """Sizes the ``measured`` columns of a table to their contents once: when it is shown with rows (its style
    and font are then final), or when its first rows come while it is shown."""

    def __init__(self, table: QTableView, measured: list[int], narrow: NarrowColumns) -> None:
        super().__init__(table)
        self.table, self.measured, self.narrow = table, measured, narrow
        table.model().modelReset.connect(self.measure)
        table.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            self.measure()
        return False

    def measure(self) -> None:
        if self.measured and self.table.isVisible() and self.table.model().rowCount():
            for column in self.measured:
                fit_column(self.table, column)
            self.narrow.measured()
            self.measured = []  # once: no longer called at each of the table's events and resets
            self.table.removeEventFilter(self)
            self.table.model().modelReset.disconnect(self.measure)


class TabWidget(QTabWidget):
    """Tabs that are repainted whole only when their bar changes.

    Any layout change in a tab (a label whose text grows at a week step) climbs to the tab widget as a
    layout request, and Qt's tab widget then lays out its bar and its pages again and repaints all of itself,
    a turn or three of the event loop after the change was painted: the whole page painted twice per step.
    Its own layout depends on its bar (and its size, handled on resize): while the bar's size and current
    tab are unchanged, the request is only passed on to its parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_for: tuple | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            bar = self.tabBar()
            laid_out_for = (bar.sizeHint(), bar.currentIndex(), self.count(), self.size())
            if laid_out_for == self._laid_out_for:
                self.updateGeometry()
                return True
            self._laid_out_for = laid_out_for
        return super().event(event)


def fit_choices(combo: QComboBox) -> None:
    """A list filled after it is laid out (categories, members) as wide as its longest choice, never squeezed
    below it by its row: "Toutes les catégories" was shown as "Toutes le"."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Minimum, combo.sizePolicy().verticalPolicy())


class _PlaceholderWidth(QObject):
    """Keeps a field at least as wide as its placeholder, measured again when a style sheet changes its font."""

    MEASURED_ON = (QEvent.Type.Polish, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def eventFilter(self, field: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in self.MEASURED_ON and isinstance(field, QLineEdit):
            padding = 24 + (24 if field.isClearButtonEnabled() else 0)  # the frame, and the clear button
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + padding)
        return False


def fit_placeholder(field: QLineEdit) -> None:
    """Never narrower than its placeholder, which is often the field's only label on screen."""
    field.installEventFilter(_PlaceholderWidth(field))


def search_as_typed(field: QLineEdit, search: Callable[[], None]) -> QTimer:
    """Run ``search`` when the typing in ``field`` pauses; at once on Enter, or when the field is emptied (the
    whole list back, as its clear button promises). The timer is returned: what searches with the field's
    text anyway can stop it."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(search)

    def now() -> None:
        timer.stop()
        search()

    field.textChanged.connect(lambda text: timer.start() if text else now())
    field.returnPressed.connect(lambda: now() if timer.isActive() else None)  # searched already: nothing new
    return timer


@cache  # a table asks it of each row at each paint: a few colours, each drawn once
def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def label_combo_boxes(root: QWidget) -> None:
    """On Linux, Qt names a combo box by its current value ("En cours"), whatever its accessible name: a
    screen reader learns what it is for from the label whose buddy it is. Each combo box under ``root``
    that has an accessible name and no such label gets a hidden one bearing that name."""
    for combo in root.findChildren(QComboBox):
        parent = combo.parentWidget()
        if parent is None or not combo.accessibleName() or any(
                label.buddy() is combo for label in parent.findChildren(QLabel, options=DIRECT_CHILDREN)):
            continue
        label = QLabel(combo.accessibleName(), parent)
        label.setBuddy(combo)
        label.hide()


def scrolling(content: QWidget, *, down_only: bool = False) -> QScrollArea:
    """``content`` in an area that scrolls down when the window is lower than it (half a screen, say), and is
    as wide as the area. No frame nor background of its own: where it does not scroll, it looks as ``content``
    alone would (on a tab too, whose colour is not the window's).

    ``down_only``: never across; where the area is narrower than ``content`` would like, its rows are squeezed
    as they would be without the area (the least width of a row of fields and buttons is often more than a
    narrow pane has)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own for Tab: it scrolls to what Tab reaches
    holder = _Scrolled()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(content)
    if down_only:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setMinimumWidth(1)  # set: the layout no longer makes it the content's least width (nor height,
        # which the area takes from its height for a width)
    scroll.setWidget(holder)
    holder.setAutoFillBackground(False)  # set by setWidget
    scroll.viewport().setAutoFillBackground(False)
    return scroll


class _Scrolled(QWidget):
    """What ``scrolling`` scrolls: never lower than the least height its content needs at its width. The scroll
    area asks for the height it would like, which leaves out what asks none beyond a minimum (gives_way)
    and had rows of buttons run into one another."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        layout = self.layout()
        assert layout is not None, "made with its layout"
        return max(layout.totalHeightForWidth(width), layout.totalMinimumHeightForWidth(width))


def gives_way(view: QAbstractScrollArea, lines: int = 2) -> None:
    """``view`` takes the height its page leaves it (its own size hint ignored), no less than ``lines`` lines:
    in a low window, the page around it scrolls only past that."""
    view.setSizePolicy(view.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
    view.setMinimumHeight(lines * (view.fontMetrics().height() + 4) + 2 * view.frameWidth())


def split(name: str, panes: Sequence[QWidget], sizes: Sequence[int] = (), *, stretch: int = 1,
          orientation: Qt.Orientation = Qt.Orientation.Horizontal, stack_when_narrow: bool = False) -> QSplitter:
    """Panes side by side that a person can resize; the last one takes ``stretch`` shares of new room.
    ``stack_when_narrow``: one above the other in a narrow window (see Splitter).

    The splitter and each handle between panes are named, so that a screen reader does not meet an
    unnamed "unknown" node between them.
    """
    splitter = Splitter(sizes) if stack_when_narrow else QSplitter(orientation)
    splitter.setAccessibleName(name)
    for pane in panes:
        splitter.addWidget(pane)
    handle_name = QCoreApplication.translate("Widgets", "Divider to resize: {name}").format(name=name)
    for index in range(1, splitter.count()):
        splitter.handle(index).setAccessibleName(handle_name)
    splitter.setStretchFactor(len(panes) - 1, stretch)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter


class Splitter(QSplitter):
    """A list and its detail side by side where there is room, one above the other in a narrower splitter
    (half a screen): side by side, each was too narrow for its columns and buttons. Stacked, the list takes a
    third of the height."""

    STACKED_BELOW = 120  # characters of the splitter's font
    stacked = Signal(bool)  # the panes go one above the other (True), or side by side again (False)

    def __init__(self, sizes: Sequence[int]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.side_by_side_sizes = list(sizes)
        self.arranged: Qt.Orientation | None = None  # the orientation the panes were last sized for

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        size = event.size()
        stacked = size.width() < self.STACKED_BELOW * self.fontMetrics().averageCharWidth()
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        super().resizeEvent(event)
        if orientation != self.arranged:
            self.arranged = orientation
            self.setOrientation(orientation)
            self.stacked.emit(stacked)  # before the sizes: a pane may be shown or hidden
            self.setSizes(self._sizes(size.height() if stacked else size.width(), stacked))

    def _sizes(self, length: int, stacked: bool) -> list[int]:
        """Stacked, a third of ``length`` for the list; side by side, its width asked at the start, or its size
        hint if wider (also its least width, as when its row of buttons could not wrap), the rest to the
        detail, which follows the window's width."""
        pane = self.widget(0)
        assert pane is not None, "a list and its detail"
        pane.setMinimumWidth(0 if stacked else pane.sizeHint().width())
        if stacked:
            return [length // 3, length - length // 3]
        first = max(self.side_by_side_sizes[0] if self.side_by_side_sizes else 0, pane.minimumWidth())
        return [first, length - first]


class PaneTabs(QTabBar):
    """Where ``splitter`` would stack its panes (a narrow window, half a screen), one pane at a time, chosen by
    these tabs, each pane the whole height: stacked, a list and its detail each had too few rows to work in.
    Where the panes are side by side, the tabs are hidden and every pane is shown. Put them above the splitter.

    The tab chosen stays chosen while the window is wide, and when it narrows again, unless the keyboard's
    focus is in a pane then: that pane's tab is chosen (side by side, the last pane the focus went into), so
    that what one works in stays in sight, and the focus is never left in a hidden pane."""

    def __init__(self, splitter: Splitter, titles: Sequence[str], name: str) -> None:
        super().__init__()
        self.splitter = splitter
        self.setAccessibleName(name)
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setElideMode(Qt.TextElideMode.ElideRight)  # a long title, whole in its tooltip
        for title in titles:
            self.addTab(title)
        self.hide()
        self.currentChanged.connect(lambda _index: self._show_panes())
        splitter.stacked.connect(self._arrange)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "widgets need a QApplication"
        app.focusChanged.connect(self._focus_moved)

    def pane_of(self, widget: QWidget | None) -> int | None:
        """The index of the pane that holds ``widget``, or None."""
        for index in range(self.splitter.count()):
            pane = self.splitter.widget(index)
            if widget is not None and pane is not None and (pane is widget or pane.isAncestorOf(widget)):
                return index
        return None

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Side by side, the pane the focus goes into is the one to show when the window narrows."""
        if self.isHidden():
            index = self.pane_of(new)
            if index is not None:
                self.setCurrentIndex(index)  # the tabs hidden: every pane stays shown

    def _arrange(self, stacked: bool) -> None:
        if stacked:
            focused = self.pane_of(QApplication.focusWidget())
            if focused is not None:
                self.setCurrentIndex(focused)
        self.setVisible(stacked)
        self._show_panes()

    def _show_panes(self) -> None:
        for index in range(self.splitter.count()):
            pane = self.splitter.widget(index)
            if pane is not None:
                pane.setVisible(self.isHidden() or index == self.currentIndex())

    def set_title(self, index: int, title: str) -> None:
        self.setTabText(index, title)
        self.setTabToolTip(index, title)


class TableView(QTableView):
    """A table that the keyboard goes through: the arrows move between cells, Tab leaves the table (Qt's
    tables keep Tab for themselves, a trap for whoever has no mouse), and the focus always shows a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setHorizontalHeader(ColumnTitles(self))  # on two lines in a narrow window (see NarrowColumns)
        self.least_rows = 0  # the rows it shows at least, in a low window: what it is for needs them in sight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        least = super().minimumSizeHint()
        if self.least_rows:
            header = self.horizontalHeader()
            rows = self.least_rows * self.verticalHeader().defaultSectionSize()
            least.setHeight(max(least.height(), (0 if header.isHidden() else header.sizeHint().height())
                                + rows + 2 * self.frameWidth()))
        return least

    def reset(self) -> None:
        """New rows: laid out now, while shown. Qt lays them out at a later turn of the event loop, after the
        table was painted with the old layout, and paints it again (a month step painted its month twice)."""
        super().reset()
        # Not a list that fetches lazily: laid out at once, at the old scroll's end, it would fetch a page more.
        if self.isVisible() and not self.model().canFetchMore(self.rootIndex()):
            self.executeDelayedItemsLayout()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        model = self.model()
        if event.reason() == Qt.FocusReason.MouseFocusReason or model is None or not model.rowCount():
            return  # a click chooses its own cell
        # Qt makes a cell current without choosing it, and a table that paints its own cells shows nothing:
        # the keyboard user saw where they were only after pressing an arrow.
        if not self.selectionModel().hasSelection():
            current = self.currentIndex()
            self.setCurrentIndex(current if current.isValid() else self.moveCursor(
                QTableView.CursorAction.MoveHome, Qt.KeyboardModifier.NoModifier))


def directory_table(model: QAbstractItemModel, name: str, on_open: Callable[[], None]) -> TableView:
    """A directory's table (the team, the people): one row chosen at a time, sorted by name until a header is
    clicked, opened by a double click."""
    table = TableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().hide()
    fit_columns(table, grow_only=True)  # measured when a longer text comes, not at each refresh or sort
    table.doubleClicked.connect(lambda _index: on_open())
    return table


class StatusLabel(QLabel):
    """The line that says what the last action did. A screen reader reads its purpose and its text, and is
    told when it changes: a label's accessible name alone hides its text."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.setWordWrap(True)
        self.setAccessibleName(purpose)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setAccessibleName(QApplication.translate("StatusLabel", "{purpose}: {text}").format(
            purpose=self.purpose, text=" ".join(text.split())) if text else self.purpose)
        announce(self, text)

    def clear(self) -> None:
        self.setText("")


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` now, as it comes from ``widget``."""
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def give_key(button: QAbstractButton, key: str, tip: str, owner: QWidget | None = None) -> None:
    """Give ``button`` the shortcut ``key``, named in its tooltip ``tip`` (e.g. "Take … (Ctrl+N)"). A
    button's shortcut acts only while the button is shown and enabled: each page's keys are its own.

    ``owner``: the key belongs to that widget (a page) and clicks the button, if enabled, while the page is
    shown, the button hidden or not: in a narrow window, a pane of the page hides the other (see PaneTabs),
    and a key of the page did nothing while its button's pane was out of sight."""
    sequence = QKeySequence(key)
    if owner is None:
        button.setShortcut(sequence)
    else:
        QShortcut(sequence, owner, lambda: button.click())  # click() does nothing if the button is disabled
    button.setToolTip(QApplication.translate("Keys", "{tip} ({key})").format(
        tip=tip, key=sequence.toString(QKeySequence.SequenceFormat.NativeText)))


def retitle(button: QAbstractButton, text: str) -> None:
    """A new text for ``button``, keeping the key ``give_key`` gave it: Qt's setText replaces a button's
    shortcut with the mnemonic of its new text (none here), and the key its tooltip names stopped working."""
    key = button.shortcut()
    button.setText(text)
    button.setShortcut(key)


def pin_rule() -> str:
    """The PIN rule as a field says it: "4 to 8 digits"."""
    return QApplication.translate("PinField", "{min} to {max} digits").format(min=PIN_MIN_DIGITS, max=PIN_MAX_DIGITS)


def pin_field(name: str, hint: str) -> QLineEdit:
    """A hidden PIN field that takes no more digits than the rule allows, like every other PIN field: a
    PIN cut short where it is chosen and typed whole where it is checked would lock its member out."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_DIGITS)
    field.setAccessibleName(name)
    field.setPlaceholderText(hint)
    return field


class WrappingLabel(QLabel):
    """A label on one line where it has room, on two or more where it has not (a column's title in a narrow
    window). Qt's word-wrapped label asks for a narrow block of lines even where one line would fit."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        line = self.fontMetrics().boundingRect(QRect(0, 0, 2**16, 2**16), 0, self.text())  # as QLabel measures
        width = line.width() + margins.left() + margins.right() + 2 * self.margin()
        return QSize(width, self.heightForWidth(width))


class ErrorLabel(QLabel):
    """The inline message under a form: empty until something is wrong, in the user's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, error: Exception) -> None:
        self.setText(i18n.message(error))
        self.show()
        announce(self, self.text())

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    QMessageBox.warning(parent, title, i18n.message(error))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
