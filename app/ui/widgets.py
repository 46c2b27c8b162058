"""Small widgets shared by several pages and dialogs."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app import i18n


def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


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
