"""Comparing names as people read them, case set aside.

SQL's ``lower()`` folds only A–Z on SQLite (and on PostgreSQL in the C locale): « Élodie » and « ÉLODIE »
differ there, so a participant could not be found to be forgotten, nor a partner found twice. The services
narrow in SQL by a field that is exact (a phone, an id) or read a small table (partners, themes), then compare
in Python with :func:`fold`. A closed cycle stores this key (``CycleEnrolment.name_key``).
"""

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

Row = TypeVar("Row")


def fold(text: str) -> str:
    """The key names are compared by: spaces tidied, case set aside in every alphabet (É as é, ß as ss),
    accents kept (Elodie and Élodie may be two people). An é typed as e and an accent (some keyboards, a
    paste) is the é typed at once."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()))
    return unicodedata.normalize("NFC", decomposed.casefold())


def named(rows: Iterable[Row], name: str, name_of: Callable[[Row], str]) -> list[Row]:
    """The rows whose name (``name_of`` a row) is ``name``, case set aside, in their order."""
    wanted = fold(name)
    return [row for row in rows if fold(name_of(row)) == wanted]


def has_words(texts: Iterable[str], words: Iterable[str]) -> bool:
    """Whether each of ``words`` is found in one of ``texts`` at least, case set aside (a search box)."""
    folded = [fold(text) for text in texts]
    return all(any(fold(word) in text for text in folded) for word in words)
