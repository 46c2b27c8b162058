"""Exporting from a page: the save dialog, the writing off the GUI thread, then a message that names the file
and opens its folder, or the reason it could not be written.

Every page exports through ``export_with_dialog``, so that each export ends the same way.
"""

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.ui import background
from app.ui.widgets import show_error

# What no file name may hold: « / » (and « \ » on Windows) points into a folder, Windows refuses the others.
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


# The names Windows keeps for its devices, whatever the case and the extension: saving « Nul.json » or « con .pdf »
# fails there, or writes to the device. It reads ¹ ² ³ as digits (« COM¹ »), and keeps the consoles' CONIN$ and
# CONOUT$ too.
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{digit}" for port in ("COM", "LPT") for digit in "123456789¹²³"}
)


def safe_file_name(name: str) -> str:
    """``name`` as every system accepts it for a file: « Léa / Jo : 2?.json » as « Léa - Jo - 2-.json »; the
    end of its stem and of the whole without the dots and spaces Windows drops.

    A name Windows keeps for a device (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with any extension, in
    any case) gets a hyphen after it, the mark this function already leaves where a character could not stay:
    « Nul.json » becomes « Nul-.json », « con .pdf » « con-.pdf ». The name still reads first, as typed, and
    sorts beside its neighbours in the folder.
    """
    cleaned = Path(" ".join(_NOT_IN_FILE_NAMES.sub("-", name).split()).rstrip(" ."))
    safe = f"{cleaned.stem.rstrip(' .') or '-'}{cleaned.suffix}"
    device, dot, rest = safe.partition(".")  # Windows reads the device before the first dot, spaces dropped
    if device.rstrip(" ").upper() in _WINDOWS_DEVICES:
        return f"{device.rstrip(' ')}-{dot}{rest}"
    return safe


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


def tell_exported(parent: QWidget, title: str, written: Path) -> None:
    """Say that ``written`` is saved, without waiting."""
    message = ExportedMessage(parent, title, written)
    message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    message.open()


def export_with_dialog(
    parent: QWidget, title: str, suggested_name: str, filters: str, write: Callable[[Path, str], Path]
) -> None:
    """Ask where to save (``suggested_name``, made a safe file name, in the home folder), ``write(path,
    chosen_filter)`` there off the GUI thread, and tell the person the file is saved, or why not.

    ``write`` returns the path written and raises a CercleError when it cannot; it touches no widget
    (app.ui.background): what it needs from the page is read before.
    """
    proposed = Path.home() / safe_file_name(suggested_name)  # a participant's name may hold « / » or « ? »
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(proposed), filters)
    if not path:
        return
    label = QCoreApplication.translate("Exporting", "Saving “{name}”…").format(name=Path(path).name)
    background.run(parent, label, lambda: write(Path(path), chosen),
                   lambda written: tell_exported(parent, title, written),
                   lambda error: show_error(parent, title, error))
