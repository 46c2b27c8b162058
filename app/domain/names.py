"""Comparing names as people read them, case set aside.

SQL's ``lower()`` folds only A–Z on SQLite (and on PostgreSQL in the C locale): « Élodie » and « ÉLODIE »
differ there, so a participant could not be found to be forgotten, nor a partner found twice. The services
narrow in SQL by a field that is exact (a phone, an id) or read a small table (partners, themes), then compare
in Python with :func:`fold`. A closed cycle stores this key (``CycleEnrolment.name_key``). A search through
long texts (ten years of meeting notes) narrows in SQL by :func:`like_pattern`, then checks with
:func:`mentions`.
"""

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

Row = TypeVar("Row")

# Characters that show nothing of their own: control and format characters (zero-width space, joiners,
# direction marks, soft hyphen...), unassigned and private ones, and the marks that only combine with the
# character before them. A text made of these alone looks empty on the screen and in the minutes.
INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me"})
# Letters and symbols drawn blank: the Hangul fillers and the blank Braille pattern.
BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def tidy(name: str) -> str:
    """A name as it is stored: spaces tidied, and an é typed as e and an accent (some keyboards, a paste)
    stored as the é typed at once, so that it sorts and prints as the others. A name that shows nothing (a
    zero-width space pasted alone) is no name: empty, refused as one."""
    tidied = unicodedata.normalize("NFC", " ".join(name.split()))
    return tidied if visible_length(tidied) else ""


def visible_length(text: str) -> int:
    """How many characters of ``text`` show something: spaces and invisible characters do not count."""
    return sum(1 for char in text if not _blank(char))


def _blank(char: str) -> bool:
    return char.isspace() or char in BLANK_CHARACTERS or unicodedata.category(char) in INVISIBLE_CATEGORIES


def fold(text: str) -> str:
    """The key names are compared by: spaces tidied, case set aside in every alphabet (É as é, ß as ss),
    accents kept (Elodie and Élodie may be two people). An é typed as e and an accent (some keyboards, a
    paste) is the é typed at once."""
    decomposed = unicodedata.normalize("NFD", " ".join(text.split()))
    return unicodedata.normalize("NFC", decomposed.casefold())


def bare(text: str) -> str:
    """A word as it is recognised when typed (a spreadsheet's header or role, an absence's kind or a member's
    name on the command line): without case, accents, spaces or punctuation (« Arrêt maladie » as
    « arretmaladie »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum() and not unicodedata.combining(char))


def named(rows: Iterable[Row], name: str, name_of: Callable[[Row], str]) -> list[Row]:
    """The rows whose name (``name_of`` a row) is ``name``, case set aside, in their order."""
    wanted = fold(name)
    return [row for row in rows if fold(name_of(row)) == wanted]


def named_loosely(rows: Iterable[Row], name: str, name_of: Callable[[Row], str]) -> list[Row]:
    """The rows whose name is ``name`` as a keyboard without accents types it (:func:`bare`: « Elodie Roux »
    for « Élodie Roux », « N'Diaye » for « N’Diaye »), in their order: the second chance of a name typed on a
    terminal that :func:`named` finds nowhere. Several rows: ``name`` is ambiguous."""
    wanted = bare(name)
    return [row for row in rows if bare(name_of(row)) == wanted] if wanted else []


def named_by_first_name(rows: Iterable[Row], name: str, name_of: Callable[[Row], str]) -> list[Row]:
    """The rows whose first word (a first name) is ``name`` typed as one word, case and accents set aside as
    :func:`bare` sets them (« Elodie » for « Élodie Roux », « jean-pierre » for « Jean-Pierre Martin »), in
    their order: the last chance of a name typed on a terminal that neither :func:`named` nor
    :func:`named_loosely` finds. Several rows: ``name`` is ambiguous. A name of several words (typed whole, so
    found whole or not at all) or without a letter finds nobody."""
    words = name.split()
    wanted = bare(words[0]) if len(words) == 1 else ""
    if not wanted:
        return []
    return [row for row in rows if bare(next(iter(name_of(row).split()), "")) == wanted]


def has_words(texts: Iterable[str], words: Iterable[str]) -> bool:
    """Whether each of ``words`` is found in one of ``texts`` at least, case set aside (a search box)."""
    folded = [fold(text) for text in texts]
    return all(any(fold(word) in text for text in folded) for word in words)


def mentions(texts: Iterable[str], phrase: str) -> bool:
    """Whether one of ``texts`` holds ``phrase``, case set aside as :func:`fold` sets it aside."""
    wanted = fold(phrase)
    return any(wanted in fold(text) for text in texts)


def like_pattern(phrase: str) -> str:
    """A pattern to narrow in SQL, with a case-insensitive LIKE on either engine, to the texts that may hold
    ``phrase``: its letters A–Z and digits, in order, with ``%`` in place of the rest (accented letters, whose
    capitals SQLite's lower() leaves as they are; spaces, which :func:`fold` tidies; LIKE's own ``%`` and ``_``).

    Every text that holds ``phrase`` as :func:`mentions` reads it matches, but one that writes a letter A–Z
    with a character that is none of them (« ß » for the « ss » of « strasse », a ligature « ﬁ » for « fi »)
    unless ``phrase`` writes it so too. A text may match and not hold the phrase: :func:`mentions` decides.
    """
    typed = unicodedata.normalize("NFC", phrase)  # an e and an accent typed apart: the é that % stands for
    kept = "".join(char.lower() if char.isascii() and char.isalnum() else "%" for char in typed)
    return "%" + "%".join(part for part in kept.split("%") if part) + "%"
