"""This computer's preferences (window geometry, language): an INI file in the data folder.

Kept apart from the workspace so that reading them does not load the database layer before the
first paint; a shared utility, so that the command line speaks the language chosen in the window.
"""

from PySide6.QtCore import QSettings

from app import files, paths


def preferences() -> QSettings:
    # Qt writes the file anew at each change, with the mode of the file it replaces: private from the start.
    path = files.private_file(paths.data_dir() / "preferences.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen in Cercle's settings on this computer; "" when none was (the system's, then)."""
    return str(preferences().value("language", "") or "")
