"""Token views, sentences and tag layers: properties on hostile text (no Qt, no consumers)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Span
from annotator.core.text import boundary_problem, snap_out
from annotator.formats.codecs.tokenise import clitic_view, sentences, word_view
from tests.strategies import hostile_text
from tests.token_reference import iob2, layers, map_spans


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(hostile_text.filter(lambda t: len(t) >= 2))
    spans = []
    for n in range(draw(st.integers(0, 5))):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        start, end = snap_out(text, a, b)
        spans.append(Span(f"s{n}", start, end, draw(st.sampled_from(["ACTOR", "LOCATION"])),
                          text[start:end]))
    return text, spans


@settings(max_examples=150, deadline=None)
@given(text_and_spans())
def test_views_are_ordered_valid_and_clitic_tokens_never_straddle_a_span(
        case: tuple[str, list[Span]]) -> None:
    text, spans = case
    words = word_view(text)
    clitic = clitic_view(text, spans, words)
    for toks in (words, clitic):
        assert all(a < b for a, b in toks)
        assert all(toks[i][1] <= toks[i + 1][0] for i in range(len(toks) - 1))
        assert all(not text[a:b].isspace() for a, b in toks)
    # Touching word tokens never meet between a letter and its marks or inside a ZWJ sequence.
    for (_, end), (start, _) in zip(words, words[1:], strict=False):
        if end == start:
            assert boundary_problem(text, start) is None, (text, start)
    for span in spans:
        for a, b in clitic:
            inside = span.start <= a and b <= span.end
            outside = b <= span.start or a >= span.end
            assert inside or outside, (span, text[a:b])


@settings(max_examples=150, deadline=None)
@given(text_and_spans())
def test_sentences_cover_all_tokens_and_never_cut_a_span(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    toks = clitic_view(text, spans)
    sents = sentences(text, toks, spans)
    assert [i for s in sents for i in s] == list(range(len(toks)))
    for ts in map_spans(toks, spans):
        assert sum(1 for s in sents if ts.first in s and ts.last in s) == 1


def test_layers_put_nested_spans_below_their_parent() -> None:
    text = "وزير خارجية الجزائر"
    outer = Span("a", 0, len(text), "ACTOR", text)
    inner = Span("b", 12, len(text), "LOCATION", "الجزائر")
    toks = word_view(text)
    result = layers(map_spans(toks, [inner, outer]))
    assert [[t.span.id for t in layer] for layer in result] == [["a"], ["b"]]
    assert iob2(len(toks), result[0]) == ["B-ACTOR", "I-ACTOR", "I-ACTOR"]
    assert iob2(len(toks), result[1]) == ["O", "O", "B-LOCATION"]


def test_proclitics_are_split_only_before_the_article() -> None:
    text = "والجزائر وليبيا بالقاهرة للجزائر واشنطن"
    toks = [text[a:b] for a, b in clitic_view(text, [])]
    assert toks == ["و", "الجزائر", "وليبيا", "ب", "القاهرة", "ل", "لجزائر", "واشنطن"]


def test_clitic_view_keeps_a_proclitic_letter_on_which_a_span_starts() -> None:
    # «والتزفيك» in «بول والتزفيك» is a name: the span starts on its و (issue 14).
    text = "قال بول والتزفيك اليوم والجزائر"
    name = text.index("والتزفيك")
    place = text.index("الجزائر")
    spans = [Span("s1", name, name + len("والتزفيك"), "ACTOR", "والتزفيك"),
             Span("s2", place, place + len("الجزائر"), "LOCATION", "الجزائر")]
    toks = [text[a:b] for a, b in clitic_view(text, spans)]
    assert "والتزفيك" in toks
    assert toks[-2:] == ["و", "الجزائر"]  # where no span starts on it, و is still cut
