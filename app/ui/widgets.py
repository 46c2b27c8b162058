"""Small widgets shared by several pages and dialogs."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QSplitter, QTableView, QWidget

from app import i18n


def fit_columns(table: QTableView, *stretch: int, rows_measured: int = 200) -> None:
    """Each column as wide as its header and its first ``rows_measured`` rows; the ``stretch`` columns (the
    last one when none is named) share what is left. Rows keep one line: a wrapped text would be cut at the
    row's height, where an elided one ends with "…" and gives its whole text as a tooltip (``long_text``
    columns of a RowsModel)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(rows_measured)
    header.setStretchLastSection(not stretch)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def split(name: str, panes: Sequence[QWidget], sizes: Sequence[int] = (), *, stretch: int = 1,
          orientation: Qt.Orientation = Qt.Orientation.Horizontal) -> QSplitter:
    """Panes side by side that a person can resize; the last one takes ``stretch`` shares of new room.

    The splitter and each handle between panes are named, so that a screen reader does not meet an
    unnamed "unknown" node between them.
    """
    splitter = QSplitter(orientation)
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

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    QMessageBox.warning(parent, title, i18n.message(error))


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
