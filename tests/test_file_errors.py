"""The system's errors on files, in the user's language: the file named, the cause in plain words."""

import errno

import pytest

from app import i18n
from tests.french import typeset


@pytest.fixture
def french(qapp):
    i18n.install(qapp, "fr")
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize(("code", "english", "said"), [
    (errno.ENOSPC, "No space left on device", "le disque est plein"),
    (errno.EACCES, "Permission denied", "permission refusée à l'utilisateur de cet ordinateur"),
    (errno.EROFS, "Read-only file system", "le disque est en lecture seule"),
    (errno.ENOTDIR, "Not a directory", "une partie du chemin est un fichier, pas un dossier"),
])
def test_a_system_error_on_a_file_is_said_in_french(french, code, english, said):
    error = OSError(code, english, "/srv/cercle/export.pdf")
    assert i18n.message(error) == typeset(f"Impossible d'utiliser /srv/cercle/export.pdf : {said}.")


def test_an_error_without_a_file_still_says_why(french):
    assert i18n.message(OSError(errno.ENOSPC, "No space left on device")) == typeset("Le système a refusé : le disque est plein.")


def test_an_unknown_cause_keeps_the_systems_words(french):
    error = OSError(errno.ELOOP, "Too many levels of symbolic links", "/a")
    assert i18n.message(error) == typeset("Impossible d'utiliser /a : Too many levels of symbolic links.")


def test_a_file_another_program_holds_open_on_windows_is_said_so():
    """Windows refuses a CSV that Excel shows, or an export over it, with EACCES: « permission denied to this
    computer's user » sent the person to their rights instead of to Excel. Its own code says why."""
    from app import file_errors

    held = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                         "process", "C:\\Centre\\équipe.csv")
    held.winerror = 32  # ERROR_SHARING_VIOLATION: set by Windows alone, so set here by hand
    assert file_errors.reason(held) == "it is open in another program (close it there, then try again)"
    refused = PermissionError(errno.EACCES, "Access is denied", "C:\\Centre\\équipe.csv")
    assert file_errors.reason(refused) == "permission denied to this computer's user"
