"""This computer's preferences (window geometry, language): an INI file in the data folder.

Kept apart from the workspace so that reading them does not load the database layer before the
first paint.
"""

from PySide6.QtCore import QSettings

from app import paths


def preferences() -> QSettings:
    return QSettings(str(paths.data_dir() / "preferences.ini"), QSettings.Format.IniFormat)
