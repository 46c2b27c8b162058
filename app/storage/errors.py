"""Why a database is refused; the messages are English source text, translated by the UI."""

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError


class DatabaseRefused(CercleError):
    """The database cannot be opened safely; it has been left untouched."""


class DatabaseReadOnly(CercleError):
    """The database is open read-only (this computer may not write its file): nothing was saved."""


NOT_CERCLE = QT_TRANSLATE_NOOP("Errors", "{path} is not a Cercle database. It has been left untouched.")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({reason}). It has been left untouched.")
CORRUPT = QT_TRANSLATE_NOOP(
    "Errors", "{path} is damaged ({reason}). It has been left untouched: restore a backup instead."
)
NEWER = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} was written by a newer version of Cercle (schema {revision}). "
    "Install that version to open it; the file has been left untouched.",
)
NO_FILE = QT_TRANSLATE_NOOP(
    "Errors", "{path} does not exist. Check the path; cercle init creates a new centre. Nothing was created."
)
NO_CENTRE = QT_TRANSLATE_NOOP(
    "Errors", "{path} holds no centre. Check the path; cercle init creates a new centre. Nothing was created."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "{path} can only be read on this computer (permissions or a read-only disk): nothing was saved."
)
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} can only be read on this computer, and it must be upgraded (schema {revision}) before this "
    "version of Cercle opens it. Open it once where it can be written; it has been left untouched.",
)
UPGRADE_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} could not be brought up to this version of Cercle (schema {revision}): the upgrade was undone and "
    "the centre left as it was. Tell whoever looks after Cercle; the program's journal says why.",
)
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The disk holding {path} is full: nothing was saved.")

# Why a file is damaged, said in the reader's language: SQLite's and Cercle's own checks give these causes.
HEADER_CUT_SHORT = QT_TRANSLATE_NOOP("Errors", "its header is cut short")
BAD_PAGE_SIZE = QT_TRANSLATE_NOOP("Errors", "its page size, {size}, is not one SQLite uses")
PARTIAL_PAGE = QT_TRANSLATE_NOOP("Errors", "its size, {size} bytes, is not a whole number of {page_size}-byte pages")
PAGES_MISSING = QT_TRANSLATE_NOOP("Errors", "{expected} pages expected, {found} found")
MALFORMED = QT_TRANSLATE_NOOP("Errors", "SQLite finds its pages malformed")
NOT_A_DATABASE = QT_TRANSLATE_NOOP("Errors", "SQLite does not recognise it as a database")
