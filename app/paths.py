"""Where Cercle keeps its files: the user's data folder, or CERCLE_DATA_DIR when set (tests, portable use)."""

import os
import sys
from pathlib import Path

ORGANISATION = "Cercle"
APPLICATION = "cercle"
# In a PyInstaller build the shipped folders sit beside the executable's bundle.
REPO_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource_dir() -> Path:
    """The read-only files shipped with Cercle (translations, icons, styles, demo data)."""
    bundled = os.environ.get("CERCLE_RESOURCES")
    return Path(bundled) if bundled else REPO_ROOT / "resources"


def shipped_data_dir() -> Path:
    bundled = os.environ.get("CERCLE_SHIPPED_DATA")
    return Path(bundled) if bundled else REPO_ROOT / "data"


def data_dir() -> Path:
    """The writable folder of this user's database, backups, logs and preferences (0700)."""
    override = os.environ.get("CERCLE_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        from PySide6.QtCore import QCoreApplication, QStandardPaths

        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    from app.files import private_folder

    return private_folder(folder)  # the whole centre is in there: this account only


def default_database_path() -> Path:
    return data_dir() / "cercle.sqlite3"
