"""This computer's preferences (window geometry, language): an INI file in the data folder.

Kept apart from the workspace so that reading them does not load the database layer before the
first paint.
"""

from PySide6.QtCore import QSettings

from app import files, paths


def preferences() -> QSettings:
    # Qt writes the file anew at each change, with the mode of the file it replaces: private from the start.
    path = files.private_file(paths.data_dir() / "preferences.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)
