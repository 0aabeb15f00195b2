"""Arabic utilities: normalisation with an offset map, tokens, proclitics, word snapping."""

from __future__ import annotations

from hypothesis import given

from annotator.core.arabic import (
    find_all,
    normalize,
    normalize_query,
    proclitic_length,
    snap_to_words,
    strip_proclitics,
    vocabulary,
    word_tokens,
)
from tests.strategies import hostile_text


def test_normalisation_rules():
    assert normalize_query("أَكَّدَ") == "اكد"
    assert normalize_query("إسرائيل آمنة ٱلقدس") == "اسراييل امنه القدس"
    assert normalize_query("مصطفى") == "مصطفي"
    assert normalize_query("ڤايد") == "فايد"
    assert normalize_query("كـــبير") == "كبير"
    assert normalize_query("٢٠١٥") == "2015"
    assert normalize_query("AFRICOM") == "africom"


def test_search_with_diacritics_in_text_not_in_query():
    text = "قالَ مَصْدَرٌ أمنيٌّ إنَّ الجَزائِرَ تَسعى"
    hits = find_all(normalize(text), "الجزائر")
    assert len(hits) == 1
    start, end = hits[0]
    assert text[start:end] == "الجَزائِرَ"  # the final fatha stays with its letter


@given(hostile_text)
def test_offset_map_points_into_the_original(text):
    norm = normalize(text)
    assert len(norm.origin) == len(norm.text) + 1
    assert list(norm.origin) == sorted(norm.origin)
    for i, ch in enumerate(norm.text):
        assert normalize_query(text[norm.origin[i]]) == ch


def test_tokens_keep_marks_with_words():
    words = [t.text for t in word_tokens("قالَ، مصدرٌ «أمني» 2015")]
    assert words == ["قالَ", "مصدرٌ", "أمني", "2015"]


def test_proclitics_outside_the_article_inside():
    assert proclitic_length("والجزائر") == 1
    assert proclitic_length("بالجزائر") == 1
    assert proclitic_length("وبالجزائر") == 2
    assert proclitic_length("للجزائر") == 1
    assert proclitic_length("واشنطن") == 0
    assert proclitic_length("ليبيا") == 0
    assert proclitic_length("فرنسا") == 0
    assert proclitic_length("وزير") == 0


def test_known_words_allow_splitting_names_without_article():
    known = vocabulary("زار ليبيا ثم واشنطن")
    assert proclitic_length("وليبيا", known) == 1
    assert proclitic_length("وواشنطن", known) == 1
    assert proclitic_length("واشنطن", known) == 0


def test_snap_and_strip_on_a_partial_selection():
    text = "سافر والجزائر، ثم عاد"
    i = text.index("الجز")
    start, end = snap_to_words(text, i + 1, i + 3)
    assert text[start:end] == "والجزائر"
    assert text[strip_proclitics(text, start, end):end] == "الجزائر"


def test_snap_trims_spaces_and_punctuation():
    text = "« الجزائر »"
    assert snap_to_words(text, 0, len(text)) == (2, 9)
    assert snap_to_words(text, 0, 1) == (1, 1)
