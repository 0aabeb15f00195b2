"""Arabic utilities: normalisation with an offset map, tokens, proclitics, word snapping."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.arabic import (
    TOKEN_RE,
    WORD_RE,
    find_all,
    normalize,
    normalize_query,
    proclitic_length,
    snap_to_words,
    strip_proclitics,
    tokens,
    vocabulary,
    word_tokens,
)
from tests.spacing import has_line_break, separator
from tests.strategies import hostile_text

#: Words that begin and end with a letter (a phrase of them starts and ends on a letter).
PHRASE_WORDS = ["وزارة", "الدفاع", "الجزائر", "قال", "مَصْدَرٌ", "أمني", "ليبيا", "بالقاهرة",
                "Trump", "٢٠١٥"]


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


def test_spacing_runs_collapse_to_one_space_and_line_breaks_stay():
    assert normalize_query("وزارة  الدفاع") == "وزاره الدفاع"
    assert normalize_query("وزارة\u00a0الدفاع") == "وزاره الدفاع"
    assert normalize_query("وزارة\t\u200f الدفاع") == "وزاره الدفاع"
    assert normalize_query("وزارة ـ الدفاع") == "وزاره الدفاع"
    assert normalize_query("وزارة\u200c الدفاع") == "وزاره الدفاع"
    assert normalize_query("وزارة \n الدفاع") == "وزاره \n الدفاع"
    assert normalize_query("وزارة\u200fالدفاع") == "وزارهالدفاع"  # no space: not a separator
    norm = normalize("أ\u00a0 \u200e ب")
    assert norm.text == "ا ب"
    assert list(norm.origin) == [0, 1, 5, 6]  # the run maps to its first space


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(PHRASE_WORDS), min_size=2, max_size=8),
       seps=st.lists(separator, min_size=9, max_size=9), data=st.data())
def test_a_phrase_across_irregular_spacing_maps_back_to_its_words(words, seps, data):
    text, where = seps[0], []
    for word, sep in zip(words, seps[1:len(words) + 1], strict=True):
        where.append((len(text), len(text) + len(word)))
        text += word + sep
    k = data.draw(st.integers(0, len(words) - 2))
    (first, _), (_, last_end) = where[k], where[k + 1]
    phrase = words[k] + " " + words[k + 1]
    hits = [h for h in find_all(normalize(text), phrase) if h[0] == first]
    between = text[where[k][1]:where[k + 1][0]]
    if has_line_break(between):
        assert hits == []  # a line break separates what it separates
        return
    assert len(hits) == 1
    start, end = hits[0]
    # From the first letter of the first word to the last letter of the second, with
    # nothing after it but marks that sit on that letter.
    assert end >= last_end and normalize_query(text[last_end:end]) == ""
    assert text[last_end:end].strip() == text[last_end:end]
    assert normalize_query(text[start:end]) == normalize_query(phrase)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(st.one_of(hostile_text, separator), min_size=1, max_size=6),
       data=st.data())
def test_any_stretch_of_the_normalised_text_maps_back_to_text_that_normalises_to_it(pieces,
                                                                                   data):
    text = "".join(pieces)
    norm = normalize(text)
    letters = [i for i, ch in enumerate(norm.text) if ch != " "]
    if not letters:
        return
    i = data.draw(st.sampled_from(letters))
    j = data.draw(st.sampled_from([x for x in letters if x >= i])) + 1
    start, end = norm.to_original(i, j)
    assert start == norm.origin[i]  # the first letter included
    assert end > norm.origin[j - 1]  # the last one too
    assert normalize_query(text[start:end]) == norm.text[i:j]


#: The plain spelling of a word: a letter or digit, then letters, digits and marks, one
#: alternation per character (WORD_RE spells the same words as runs, faster).
_PLAIN_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0640\u064B-\u065F\u0670\u06D6-\u06ED\uFE0F])*")
_MARKED = st.text(alphabet="ab_ 1٣وال\u0640\u064b\u0650\u0670\u06d6\ufe0f\u0301.\u200d",
                  max_size=12)


@settings(max_examples=300)
@given(st.one_of(hostile_text, _MARKED))
def test_words_are_the_plainly_spelt_words(text: str) -> None:
    assert [m.span() for m in WORD_RE.finditer(text)] == \
        [m.span() for m in _PLAIN_WORD.finditer(text)]
    assert bool(WORD_RE.fullmatch(text)) == bool(_PLAIN_WORD.fullmatch(text))
    assert [m.span() for m in TOKEN_RE.finditer(text)] == \
        [m.span() for m in re.finditer(_PLAIN_WORD.pattern + r"|\S", text)
         if not (m.end() - m.start() == 1 and m.group() in _INVISIBLE)]


_INVISIBLE = "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2060" \
    "\u2066\u2067\u2068\u2069\ufeff"


def test_invisible_controls_are_no_tokens_and_joiners_stay() -> None:
    """Scraped text marks numbers and Latin words with RLM/LRM: a CoNLL line of one held an
    invisible token."""
    text = "في \u200f2016\u200f م \u202bنص\u202c\ufeff و\u200bا 👩\u200d👩 مي\u200cخواهم"
    assert [t.text for t in tokens(text)] == \
        ["في", "2016", "م", "نص", "و", "ا", "👩", "\u200d", "👩", "مي", "\u200c", "خواهم"]
    assert all(not set(t.text) & set(_INVISIBLE) for t in tokens(text))
