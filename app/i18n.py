"""Languages: English source strings, French from resources/translations, Qt's own French too."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths
from app.domain.errors import CercleError

LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def install(app: QCoreApplication, language: str | None) -> str:
    """Load Cercle's and Qt's translations for ``language`` (None: the system's). Returns the language."""
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    # English is the source language: its file holds only the plurals ("1 member", "2 members").
    sources = [(f"cercle_{language}", str(paths.resource_dir() / "translations"))]
    if language != "en":
        sources.insert(0, (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def message(error: CercleError | Exception) -> str:
    """The user-facing text of an error, in the current language."""
    if isinstance(error, CercleError):
        template = QCoreApplication.translate("Errors", error.template)
        # A parameter may itself be a marked text (a state, a kind): translate it too.
        params = {
            key: QCoreApplication.translate("Errors", value) if isinstance(value, str) else value
            for key, value in error.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return str(error)
    return str(error)
