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
