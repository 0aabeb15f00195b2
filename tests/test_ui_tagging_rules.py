"""Property tests of the Qt-free tagging rules (annotator.core.tagging) over hostile Unicode."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.tagging import WordIndex, move_edge, paragraph_is_rtl, tag_range
from annotator.core.text import span_problem
from tests.strategies import hostile_text


@st.composite
def text_and_range(draw):
    text = draw(hostile_text)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return text, a, b


@given(text_and_range(), st.booleans())
def test_tag_range_is_always_a_valid_span(case, snap):
    text, a, b = case
    rng = tag_range(text, a, b, snap=snap)
    if rng is not None:
        assert span_problem(text, *rng) is None


@given(text_and_range())
def test_snapped_span_starts_and_ends_on_word_characters(case):
    text, a, b = case
    rng = tag_range(text, a, b, snap=True)
    if rng is not None:
        start, end = rng
        assert not text[start].isspace() and not text[end - 1].isspace()


@given(text_and_range())
def test_exact_span_covers_the_selection(case):
    text, a, b = case
    rng = tag_range(text, a, b, snap=False)
    lo, hi = min(a, b), max(a, b)
    if lo == hi:
        assert rng is None
    else:
        assert rng is not None and rng[0] <= lo and rng[1] >= hi


def test_proclitics_and_article():
    text = "قال إن والجزائر وبالقاهرة وليبيا ليبيا"
    w = text.index("والجزائر")
    assert tag_range(text, w, w + 8, snap=True) == (w + 1, w + 8)
    q = text.index("وبالقاهرة")
    assert tag_range(text, q + 2, q + 5, snap=True) == (q + 2, q + 9)  # و + ب outside
    lib = text.index("وليبيا")
    known = frozenset({"ليبيا"})
    assert tag_range(text, lib, lib + 6, snap=True, known_words=known) == (lib + 1, lib + 6)
    assert tag_range(text, lib, lib + 6, snap=True, proclitics=False) == (lib, lib + 6)


@given(text_and_range(), st.sampled_from(["start", "end"]), st.sampled_from([-1, 1]),
       st.booleans())
def test_moved_edges_stay_valid_and_non_empty(case, edge, direction, by_word):
    text, a, b = case
    rng = tag_range(text, a, b, snap=False)
    if rng is None:
        return
    moved = move_edge(text, WordIndex.of(text), *rng, edge=edge, direction=direction,
                      by_word=by_word)
    if moved is not None:
        assert span_problem(text, *moved) is None
        unchanged = rng[1] if edge == "start" else rng[0]
        assert (moved[1] if edge == "start" else moved[0]) == unchanged


def test_move_edge_by_word_and_character():
    text = "قال مصدر أمني رفيع"
    words = WordIndex.of(text)
    s = text.index("مصدر")
    assert move_edge(text, words, s, s + 4, edge="end", direction=1, by_word=True) == (s, s + 9)
    assert move_edge(text, words, s, s + 4, edge="start", direction=-1, by_word=True) == (0, s + 4)
    assert move_edge(text, words, s, s + 4, edge="start", direction=1, by_word=True) is None
    assert move_edge(text, words, s, s + 4, edge="end", direction=-1, by_word=False) == (s, s + 3)


def test_diacritics_stay_with_their_letter_when_an_edge_moves():
    text = "مَصْدَرٌ"
    words = WordIndex.of(text)
    moved = move_edge(text, words, 0, len(text), edge="end", direction=-1, by_word=False)
    assert moved is not None and span_problem(text, *moved) is None
    assert moved[1] == len(text) - 2  # ر and its tanween leave together


def test_paragraph_direction_follows_its_first_strong_letter():
    text = "English first\n«قال» ثم\n123 رقم"
    assert not paragraph_is_rtl(text, 2)
    assert paragraph_is_rtl(text, text.index("قال"))
    assert paragraph_is_rtl(text, text.index("رقم"))


@given(text_and_range())
def test_lazy_vocabulary_gives_the_same_span_as_the_full_one(case):
    from annotator.core.arabic import vocabulary

    text, a, b = case
    vocab = vocabulary(text)
    full = tag_range(text, a, b, snap=True, known_words=vocab)
    assert tag_range(text, a, b, snap=True, known_words=lambda: vocab) == full


def test_known_word_remainder_is_found_lazily():
    text = "وليبيا دولة. زار ليبيا"
    calls = []

    def vocab():
        from annotator.core.arabic import vocabulary
        calls.append(1)
        return vocabulary(text)

    assert tag_range(text, 0, 6, snap=True, known_words=vocab) == (1, 6)
    start = text.index("دولة")
    assert tag_range(text, start, start + 4, snap=True, known_words=vocab) == (start, start + 4)
    assert len(calls) == 1  # دولة starts with no proclitic letter: no vocabulary needed
