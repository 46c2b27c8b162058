"""Names compared case set aside in every alphabet, accents kept: what SQL's lower() cannot do on SQLite."""

from app.domain import names


def test_accented_capitals_fold_as_their_small_letters():
    assert names.fold("ÉLODIE") == names.fold("élodie") == "élodie"
    assert names.fold("Straße") == names.fold("STRASSE")


def test_accents_stay_two_spellings_may_be_two_people():
    assert names.fold("Elodie") != names.fold("Élodie")


def test_an_accent_typed_apart_is_the_accented_letter():
    assert names.fold("E\u0301lodie") == names.fold("\u00c9lodie")


def test_spaces_are_tidied():
    assert names.fold("  Épicerie   solidaire ") == "épicerie solidaire"


def test_rows_named_in_their_order():
    rows = [(1, "Zoé"), (2, "ZOÉ"), (3, "Zoe")]
    assert names.named(rows, "zoé", lambda row: row[1]) == [(1, "Zoé"), (2, "ZOÉ")]


def test_every_word_of_a_search_is_found_in_one_text():
    assert names.has_words(("Émilie", "Épicerie solidaire"), ["émi", "ÉPICERIE"])
    assert not names.has_words(("Émilie", ""), ["émi", "cpam"])
    assert names.has_words(("Awa", ""), [])
