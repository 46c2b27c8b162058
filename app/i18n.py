"""Languages: English source strings, French from resources/translations, Qt's own French too."""

import re
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths, preferences
from app.domain import errors
from app.domain.errors import QT_TRANSLATE_NOOP, CercleError, Marked

LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []

# Qt 6.11 labels its file dialog "&Look in:" and "Files of &type:", which Qt's own French (qtbase_fr) does
# not have yet: Cercle's translation file carries them, and is looked up first.
QT_GAPS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))

# French writes "d'Élodie", "d'avril", "d'Hugo": "de" loses its e before a vowel or a (mute) h
_ELIDING = re.compile(r"[aeiouhàâäéèêëîïôöùûüœæ]", re.IGNORECASE)


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def preferred_language() -> str:
    """The language chosen in Cercle's settings on this computer (window and command line alike), else the
    system's."""
    chosen = preferences.chosen_language()
    return chosen if chosen in LANGUAGES else system_language()


def install(app: QCoreApplication, language: str | None) -> str:
    """Load Cercle's and Qt's translations for ``language`` (None: the preferred one). Returns the language."""
    language = language if language in LANGUAGES else preferred_language()
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
    errors.read_with(translate)
    return language


def is_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def fill(template: str, **params: object) -> str:
    """``template.format(**params)``, with French elision before the values put in: "Blocage de {name}"
    gives "Blocage d'Élodie Roux", "Les ateliers de {month}" gives "Les ateliers d'avril"."""
    text = template.format(**params)
    if not is_french():
        return text
    for value in params.values():
        if isinstance(value, str) and _ELIDING.match(value):
            text = re.sub(rf"(?<!\w)([Dd])e (?={re.escape(value)})", r"\1'", text)
    return text


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (texts marked with QT_TRANSLATE_NOOP, with a {count}) translated and filled: French
    takes the singular for 0 and 1 (« 0 place libre »), English for 1 only ("0 open seats")."""
    singular = count in (0, 1) if is_french() else count == 1
    return translate(one if singular else many).format(count=count)


def translate(text: str, context: str = "Errors") -> str:
    """A text marked with QT_TRANSLATE_NOOP in the domain, the services or the exports, in the current
    language, looked up under the context it was marked with (``context`` only for unmarked text)."""
    return QCoreApplication.translate(getattr(text, "context", context), text)


def _shown(value: object) -> object:
    """A parameter as the reader writes it: a marked text (a state, a kind) translated, an error (the problem
    of a line of an imported file) said, a day written out (« jeudi 6 mai 2027 »), a time of day and a
    duration the reader's way, the rest as it is."""
    if isinstance(value, CercleError):
        return message(value)
    # Only Cercle's own words are translated: the texts marked with QT_TRANSLATE_NOOP (a proposal's state, the
    # cause of a refused file, a built-in category) are Marked, and the raise sites pass them as they are. Any
    # other text is the team's (a name, a title, a file's name), shown as typed even when it reads like a source
    # text (a room called "open"). The type decides, not the parameter's name as for notifications (whose
    # parameters lose their type in JSON): the same "reason" or "label" is Cercle's word at one raise site and
    # the system's or the team's text at another.
    if isinstance(value, Marked):
        return translate(value)
    if isinstance(value, str):
        return value
    from app import formatting
    from app.domain.hours import Minutes  # loaded when a message first shows a value

    if isinstance(value, Minutes):
        return formatting.duration(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return formatting.long_date(value)
    if isinstance(value, time):
        return formatting.clock(value)
    return value


def message(error: CercleError | Exception) -> str:
    """The user-facing text of an error or a warning, in the current language (a system error on a file too)."""
    if isinstance(error, OSError):
        from app.file_errors import file_error

        error = file_error(error)
    if isinstance(error, CercleError):
        template = translate(error.template)
        params = {key: _shown(value) for key, value in error.params.items()}
        try:
            return fill(template, **params)
        except (KeyError, IndexError):
            return str(error)
    return str(error)

