"""What went wrong with a file, in words a person reads in their language, not the system's English.

The operating system says "Permission denied" or "No space left on device" whatever the user's
language: the causes Cercle's users meet are named here as marked texts, translated where shown.
"""

import errno
from pathlib import Path

from app.domain.errors import QT_TRANSLATE_NOOP, CercleError

PERMISSION = QT_TRANSLATE_NOOP("Errors", "permission denied to this computer's user")
REASONS = {
    errno.EACCES: PERMISSION,
    errno.EPERM: PERMISSION,
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk space allowed to this user is used up"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "it does not exist"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is a file, not a folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Errors", "it is in use"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("Errors", "the folder is not empty"),
}
# Windows refuses a file another program holds open (Excel holds the CSV it shows) with EACCES, but says why in
# its own code: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
IN_USE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "it is open in another program (close it there, then try again)"
)
WINDOWS_REASONS = {32: IN_USE_ELSEWHERE, 33: IN_USE_ELSEWHERE}
CANNOT_USE = QT_TRANSLATE_NOOP("Errors", "Cannot use {path}: {reason}.")
SYSTEM_REFUSED = QT_TRANSLATE_NOOP("Errors", "The system refused: {reason}.")


class FileProblem(CercleError):
    """A file or folder could not be read or written; the message names it and says why."""


def reason(error: OSError) -> str:
    """The cause of ``error``: a marked text (i18n.message translates it), or the system's words if unknown."""
    known = WINDOWS_REASONS.get(getattr(error, "winerror", None) or 0) or (
        REASONS.get(error.errno) if error.errno is not None else None
    )
    return known or error.strerror or str(error)


def file_error(error: OSError, path: Path | str | None = None) -> CercleError:
    """``error`` as a sentence naming the file (``path``, else the one the system names)."""
    shown = path if path is not None else error.filename
    if shown is None:  # the system did not say which file
        return FileProblem(SYSTEM_REFUSED, reason=reason(error))
    return FileProblem(CANNOT_USE, path=str(shown), reason=reason(error))
