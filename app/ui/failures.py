"""The notice shown after an uncaught failure: what failed is in the journal, and the person may go on."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app import logs


class FailureNotice(QObject):
    """One message box, not modal, whatever the number of failures in a row; nothing else is closed.

    The journal's hooks may call from any thread: ``failed`` is queued to the window's thread then.
    """

    failed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        self.failed.connect(self.show_notice)
        listener = self.failed.emit
        logs.on_failure(listener)
        self.destroyed.connect(lambda: logs.forget_failure_listener(listener))

    def show_notice(self) -> None:
        if self.box is None:
            from PySide6.QtCore import Qt  # here: the window paints before Qt's enums are made

            self.box = QMessageBox(QMessageBox.Icon.Warning, "Cercle", "", QMessageBox.StandardButton.Ok,
                                   self.window)
            self.box.setWindowModality(Qt.WindowModality.NonModal)
        if not self.box.isVisible():  # several failures in a row: one notice
            self.box.setText(logs.failure_text())
            self.box.show()
