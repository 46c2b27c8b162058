"""Names compared case set aside in every alphabet, accents kept: what SQL's lower() cannot do on SQLite."""

from hypothesis import given
from hypothesis import strategies as st

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


def test_rows_named_loosely_as_a_keyboard_without_accents_types_them():
    rows = [(1, "Élodie Roux"), (2, "Hélène Petit"), (3, "Helene Petit"), (4, "Awa N’Diaye")]
    assert names.named_loosely(rows, " ELODIE  roux", lambda row: row[1]) == [(1, "Élodie Roux")]
    assert names.named_loosely(rows, "Awa N'Diaye", lambda row: row[1]) == [(4, "Awa N’Diaye")]
    assert names.named_loosely(rows, "Hélene Petit", lambda row: row[1]) == [(2, "Hélène Petit"), (3, "Helene Petit")]
    assert names.named_loosely(rows, "Élodie", lambda row: row[1]) == []
    assert names.named_loosely([(5, "?")], "!", lambda row: row[1]) == []  # no letter typed names nobody


def test_rows_named_by_a_first_name_typed_alone_accents_and_case_set_aside():
    rows = [(1, "Élodie Roux"), (2, "Amina Benali"), (3, "Jean-Pierre Martin"), (4, "hélène Petit"),
            (5, "Helene Dubois"), (6, "Marie Claire Roux"), (7, "")]
    first_name = names.named_by_first_name
    assert first_name(rows, " ELODIE ", lambda row: row[1]) == [(1, "Élodie Roux")]
    assert first_name(rows, "jean-pierre", lambda row: row[1]) == [(3, "Jean-Pierre Martin")]
    assert first_name(rows, "Hélène", lambda row: row[1]) == [(4, "hélène Petit"), (5, "Helene Dubois")]
    assert first_name(rows, "Marie", lambda row: row[1]) == [(6, "Marie Claire Roux")]
    assert first_name(rows, "Roux", lambda row: row[1]) == []  # a last name is no first name
    assert first_name(rows, "Jean", lambda row: row[1]) == []  # nor a part of one
    assert first_name(rows, "Elodie Ro", lambda row: row[1]) == []  # a name of several words is typed whole
    assert first_name(rows, "-", lambda row: row[1]) == [] and first_name(rows, "", lambda row: row[1]) == []


# French first names as a team writes them: accents, capitals, a hyphen, an apostrophe.
LETTERS = "abcdeéèêëfghiîïjklmnoôpqrstuùûüvwxyzçÉÈÇ"
WORDS = st.text(LETTERS, min_size=1, max_size=8).flatmap(
    lambda word: st.sampled_from([word, word.capitalize(), f"{word}-{word[::-1]}", f"N'{word}"]))


@given(people=st.lists(st.tuples(WORDS, WORDS), min_size=1, max_size=6), chosen=st.integers(0, 5))
def test_a_first_name_typed_without_accents_in_capitals_finds_its_bearer_and_only_names_alike(people, chosen):
    rows = [(number, f"{first} {last}") for number, (first, last) in enumerate(people)]
    row = rows[chosen % len(rows)]
    typed = names.bare(row[1].split()[0]).upper()  # a keyboard without accents, caps lock on
    found = names.named_by_first_name(rows, typed, lambda r: r[1])
    assert row in found and found == sorted(found)  # in the rows' order
    assert all(names.bare(name.split()[0]) == names.bare(typed) for _number, name in found)
    assert names.named_by_first_name(rows, f"{typed} {typed}", lambda r: r[1]) == []


def test_every_word_of_a_search_is_found_in_one_text():
    assert names.has_words(("Émilie", "Épicerie solidaire"), ["émi", "ÉPICERIE"])
    assert not names.has_words(("Émilie", ""), ["émi", "cpam"])
    assert names.has_words(("Awa", ""), [])


def test_a_phrase_is_mentioned_case_set_aside_accents_kept():
    assert names.mentions(["Tour de table", "Accueil : ÉMILIE reprend"], "émilie  reprend")
    assert not names.mentions(["Accueil : Emilie reprend"], "émilie")
    assert names.mentions(["la STRASSE"], "Straße") and not names.mentions([], "x")


def test_a_like_pattern_keeps_what_sql_folds_as_fold_does():
    assert names.like_pattern("Émilie") == "%milie%"
    assert names.like_pattern("Saturdays at 8:30") == "%saturdays%at%8%30%"
    assert names.like_pattern("50 % _x") == "%50%x%"  # LIKE's own wildcards are not the text's
    assert names.like_pattern("İlhan") == "%lhan%"  # an İ that Python lowers to i, SQLite leaves as it is
    assert names.like_pattern("été") == "%t%" and names.like_pattern("é") == "%%"


def test_every_text_that_mentions_a_phrase_matches_its_like_pattern_in_sqlite():
    """The pattern narrows and never loses a text that :func:`names.mentions` would keep: checked with SQLite's
    own lower() and LIKE, which fold A–Z only."""
    import sqlite3

    texts = ["Accueil : ÉMILIE reprend", "E\u0301milie typed apart", "ÉLODIE et Zoé", "la STRASSE", "Straße",
             "saturdays  at\n8:30", "Œuvre commune", "50 % des places", "İlhan"]
    phrases = ["émilie", "Émilie reprend", "élodie et zoé", "Straße", "saturdays at 8:30", "œuvre", "50 %",
               "İlhan", "ÉLODIE"]
    database = sqlite3.connect(":memory:")
    for text in texts:
        for phrase in phrases:
            if names.mentions([text], phrase):
                matched = database.execute("SELECT lower(?) LIKE ?", (text, names.like_pattern(phrase))).fetchone()
                assert matched == (1,), (text, phrase)
    database.close()


def test_a_name_of_invisible_characters_only_is_no_name_and_a_visible_one_keeps_them():
    """A zero-width space or a direction mark pasted alone made a member, a room or a workshop with a blank name."""
    assert names.tidy("\u200b \u200e\u2060") == ""
    assert names.tidy(" famille 👨\u200d👩\u200d👧 ") == "famille 👨\u200d👩\u200d👧"
    assert names.tidy("غرفة  الاستقبال") == "غرفة الاستقبال"
