"""Exporting from a page: the save dialog, the writing, then a message that names the file and opens its folder.

Every page exports through ``export_with_dialog``, so that each export ends the same way.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (tests replace this: they open nothing)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportedMessage(QMessageBox):
    """« compte-rendu-2026-12-03.pdf est enregistré », with a button that opens the folder it is in."""

    def __init__(self, parent: QWidget, title: str, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(title)
        self.setText(self.tr("“{name}” is saved.").format(name=path.name))
        self.setInformativeText(self.tr("In the folder {folder}").format(folder=self.folder))
        self.open_button = self.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: open_folder(self.folder))
        self.setDefaultButton(self.addButton(QMessageBox.StandardButton.Close))

    @property
    def folder(self) -> Path:
        return self.path.parent


def tell_exported(parent: QWidget, title: str, written: Path | None) -> Path | None:
    """Say that ``written`` is saved (nothing when the export failed and said so), without waiting."""
    if written is not None:
        message = ExportedMessage(parent, title, written)
        message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message.open()
    return written


def export_with_dialog(
    parent: QWidget, title: str, suggested_name: str, filters: str, write: Callable[[Path, str], Path | None]
) -> Path | None:
    """Ask where to save (``suggested_name`` in the home folder), ``write(path, chosen_filter)`` there, and
    tell the person the file is saved. ``write`` shows its own error and returns None when it fails."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested_name), filters)
    if not path:
        return None
    return tell_exported(parent, title, write(Path(path), chosen))

