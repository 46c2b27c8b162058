"""Errors raised by the pure rules; the message is English source text, translated by the UI."""

from collections.abc import Callable
from typing import Self


class Marked(str):
    """A source text that remembers the context lupdate filed it under ("Errors", "Warnings", "Rules"…),
    so that whoever translates it later uses that context, not a guessed one."""

    context: str

    def __new__(cls, text: str, context: str = "Errors") -> Self:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked

    def __getnewargs__(self) -> tuple[str, str]:  # type: ignore[override]  # copies and pickles keep the context
        return str(self), self.context


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation without importing Qt (the domain stays free of it)."""
    return Marked(text, context)


_reader: Callable[[str], str] = str


def read_with(translate: Callable[[str], str]) -> None:
    """How marked texts read in the user's language from now on; app.i18n gives it with the language."""
    global _reader
    _reader = translate


def as_shown(text: str) -> str:
    """A marked text as the user reads it: a rule compares what a person types with what they see (the
    built-in category "Meetings" reads « Réunions »), the domain and the services staying free of Qt."""
    return _reader(text)


class CercleError(Exception):
    """An error whose message a user reads.

    ``message`` is the English source text, possibly with ``{placeholders}`` filled from
    ``params``: the UI translates the template first, then formats it. A parameter is translated only when it is
    Marked (one of Cercle's words, from QT_TRANSLATE_NOOP); any other text is shown as it was typed.
    """

    def __init__(self, message: str, **params: object) -> None:
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


class RuleViolation(CercleError, ValueError):
    """An input breaks one of Cercle's rules; the message says which, in plain words."""
