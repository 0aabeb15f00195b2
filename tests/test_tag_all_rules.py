"""Whole-word matching for tag-all: proclitics before a word are allowed, letters after are not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.ui.tag_all import is_whole_word, search

LETTERS = "ابتثجحخدذرزسشصضطظعغقمنهي"
words = st.text(alphabet=LETTERS, min_size=2, max_size=8)
proclitics = st.text(alphabet="وفبلك", max_size=2)


@given(words, proclitics, st.sampled_from(["", " ", "، ", "."]))
def test_a_word_with_proclitics_is_whole(word, prefix, tail):
    text = f"قال {prefix}{word}{tail}"
    start = 4 + len(prefix)
    assert is_whole_word(text, start, start + len(word))


@given(words, st.text(alphabet=LETTERS, min_size=1, max_size=2))
def test_a_longer_word_is_not(word, more):
    text = f"قال {word}{more} اليوم"
    assert not is_whole_word(text, 4, 4 + len(word))


def test_search_whole_words_keeps_al_jazair_and_drops_al_jazairi():
    text = "الجزائري والجزائر"
    assert search(text, "الجزائر", True) == [(10, 17)]
    assert len(search(text, "الجزائر", False)) == 2


def test_one_letter_after_a_proclitic_is_no_word():
    """Searching ى (or ي) with whole words found the ي of every في (ف taken for a
    proclitic): 27 to 46 hits a sample document."""
    text = "وقال إنه في ليبيا وفي تونس، ي"
    assert search(text, "ى", True) == [(len(text) - 1, len(text))]
    assert len(search(text, "في", True)) == 2  # في and وفي
