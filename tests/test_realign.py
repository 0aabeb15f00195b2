"""Relocating spans onto a changed text (`annotator reattach`): nothing lost, nothing misplaced."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotationSet, Relation, Span
from annotator.core.realign import reattach, relocate_spans
from annotator.core.text import sha256_text, span_problem
from tests.strategies import ARABIC_WORDS, hostile_text

WORDS = [w for w in ARABIC_WORDS if w.strip("ـ")]


@st.composite
def text_with_spans(draw, every_word=False):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30))
    text = " ".join(words)
    spans, pos = [], 0
    for i, word in enumerate(words):
        if every_word or draw(st.booleans()):
            spans.append(Span(id=f"s{i}", start=pos, end=pos + len(word), label="ACTOR",
                              text=word))
        pos += len(word) + 1
    return text, spans


@settings(max_examples=200, deadline=None)
@given(data=text_with_spans(every_word=True), prefix=st.text("xyz 0123\n", max_size=30),
       suffix=st.text("xyz 0123\n", max_size=30))
def test_text_added_around_moves_every_span_by_the_same_amount(data, prefix, suffix):
    # Without the old text, a lone span over the second of two equal words is
    # ambiguous; with every occurrence annotated it is not.
    text, spans = data
    result = relocate_spans(prefix + text + suffix, spans)
    assert result.unplaced == []
    moved = {s.id: s for s in result.placed}
    for span in spans:
        assert (moved[span.id].start, moved[span.id].end) == \
               (span.start + len(prefix), span.end + len(prefix))
    assert result.moved == (len(spans) if prefix else 0)


@settings(max_examples=200, deadline=None)
@given(data=text_with_spans(), new_text=hostile_text)
def test_every_span_is_placed_exactly_or_returned(data, new_text):
    _, spans = data
    result = relocate_spans(new_text, spans)
    assert sorted(s.id for s in result.placed + result.unplaced) == sorted(s.id for s in spans)
    for span in result.placed:
        assert new_text[span.start:span.end] == span.text
        assert span_problem(new_text, span.start, span.end) is None
    for span in result.unplaced:
        assert span in spans  # returned unchanged


@settings(max_examples=100, deadline=None)
@given(data=text_with_spans(), cut=st.integers(0, 1000))
def test_deleted_text_leaves_the_other_spans_in_place(data, cut):
    text, spans = data
    assume(spans)
    gone = spans[cut % len(spans)]
    new_text = text[:gone.start] + text[gone.end:]
    assume(gone.text not in new_text)
    result = relocate_spans(new_text, spans)
    assert [s.id for s in result.unplaced] == [gone.id]
    for span in result.placed:
        assert new_text[span.start:span.end] == span.text


def test_common_words_follow_the_unique_anchors():
    old = "قال الوزير إن الوضع مستقر، ثم قال المتحدث إن الحدود مغلقة"
    second = old.index("قال المتحدث")
    spans = [Span("a", 0, 3, "CUE", "قال"), Span("b", 4, 10, "ACTOR", "الوزير"),
             Span("c", second, second + 3, "CUE", "قال"),
             Span("d", second + 4, second + 11, "ACTOR", "المتحدث")]
    for s in spans:
        assert old[s.start:s.end] == s.text
    new = "قال مراسلنا: " + old  # a new opening with the same common word
    placed = {s.id: s for s in relocate_spans(new, spans).placed}
    shift = len("قال مراسلنا: ")
    assert {k: v.start for k, v in placed.items()} == {s.id: s.start + shift for s in spans}


def test_reattach_keeps_relations_of_placed_spans_only():
    old = "قال ترامب إن الاتفاق انتهى"
    spans = {"cue": Span("cue", 0, 3, "CUE", "قال"),
             "actor": Span("actor", 4, 9, "ACTOR", "ترامب"),
             "claim": Span("claim", 13, 26, "CLAIM", "الاتفاق انتهى")}
    for s in spans.values():
        assert old[s.start:s.end] == s.text
    rels = {"r1": Relation("r1", "SOURCE", "claim", "actor"),
            "r2": Relation("r2", "ABOUT", "claim", "cue")}
    ann = AnnotationSet("d", "t", sha256_text(old), spans=spans, relations=rels,
                        extra={"kept": 1})
    new = "أكد ترامب أن الاتفاق انتهى"
    result = reattach(ann, new)
    assert result.annotations.text_sha256 == sha256_text(new)
    assert set(result.annotations.spans) == {"actor", "claim"}
    assert [s.id for s in result.unplaced_spans] == ["cue"]
    assert list(result.annotations.relations) == ["r1"]
    assert [r.id for r in result.unplaced_relations] == ["r2"]
    assert result.annotations.extra == {"kept": 1}
    assert ann.text_sha256 == sha256_text(old)  # the input is not modified
