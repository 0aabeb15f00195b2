"""Relocating spans onto a changed text (`annotator reattach`): nothing lost, nothing misplaced."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotationSet, Relation, Span
from annotator.core.realign import occurrences, reattach, relocate_spans
from annotator.core.text import sha256_text, span_problem
from annotator.core.text_diff import Unchanged, unchanged_stretches
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
    assert set(result.reasons) == {s.id for s in result.unplaced}  # each with its reason


@settings(max_examples=200, deadline=None)
@given(data=text_with_spans(), cut=st.integers(0, 1000), with_old_text=st.booleans())
def test_deleted_text_leaves_the_other_spans_in_place(data, cut, with_old_text):
    text, spans = data
    assume(spans)
    gone = spans[cut % len(spans)]
    new_text = text[:gone.start] + text[gone.end:]
    assume(gone.text not in new_text)
    result = relocate_spans(new_text, spans, old_text=text if with_old_text else None)
    assert [s.id for s in result.unplaced] == [gone.id]
    assert result.reasons == {gone.id: f"«{gone.text}» does not occur in the new text"}
    old = {s.id: s for s in spans}
    for span in result.placed:  # each where its own text went, not merely on equal text
        was = old[span.id].start
        assert span.start == (was if was < gone.start else was - len(gone.text))


@st.composite
def inserted_words(draw, text):
    """``text`` with words inserted at a word boundary: (new text, where, how many chars)."""
    bounds = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    at = draw(st.sampled_from(bounds))
    insert = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))) + " "
    return text[:at] + insert + text[at:], at, len(insert)


@settings(max_examples=300, deadline=None)
@given(data=text_with_spans(), change=st.data())
def test_with_the_old_text_a_placed_span_is_where_its_text_went(data, change):
    # Inserted words often repeat the annotated ones; a span is placed only on evidence.
    text, spans = data
    new_text, at, length = change.draw(inserted_words(text))
    result = relocate_spans(new_text, spans, old_text=text)
    old = {s.id: s for s in spans}
    for span in result.placed:
        was = old[span.id].start
        assert span.start == (was if was < at else was + length)
    for span in result.unplaced:
        assert result.reasons[span.id].startswith("ambiguous: ") and \
            len(occurrences(new_text, span.text)) > 1


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


# Three occurrences of الجزائر; the spans below are over the second.
OLD = ("أكد المتحدث باسم الحكومة أن الجزائر ترفض أي تدخل في شؤونها الداخلية. "
       "وقالت الجزائر في بيان رسمي إنها مستعدة للحوار مع جميع الأطراف دون شروط. "
       "وردت الجزائر بحزم على الاتهامات.")
SECOND = OLD.index("الجزائر", OLD.index("الجزائر") + 1)
PREAMBLE = "عاجل: هذا نص أضيف في أعلى الخبر بعد نشره، وهو أطول من عشرين حرفا بكثير. "


def second_algeria(span_id: str = "dz") -> Span:
    return Span(span_id, SECOND, SECOND + 7, "LOCATION", "الجزائر")


def test_a_repeated_word_with_nothing_to_place_it_by_is_side_filed_with_the_reason():
    result = relocate_spans(PREAMBLE + OLD, [second_algeria()])
    assert result.placed == []
    assert result.reasons == {"dz": "ambiguous: 3 occurrences of «الجزائر», none clearly "
                                    "nearest to where it was"}


def test_a_repeated_word_near_where_it_was_is_placed_when_clearly_nearest():
    new = "عاجل: " + OLD  # a short headline: the nearest occurrence is 6 characters away
    [span] = relocate_spans(new, [second_algeria()]).placed
    assert span.start == SECOND + 6


def test_a_repeated_word_between_placed_neighbours_is_placed_however_far_it_moved():
    spokesman = OLD.index("المتحدث")
    ready = OLD.index("مستعدة")
    spans = [Span("sp", spokesman, spokesman + 7, "ACTOR", "المتحدث"), second_algeria(),
             Span("r", ready, ready + 6, "CUE", "مستعدة")]
    placed = {s.id: s.start for s in relocate_spans(PREAMBLE + OLD, spans).placed}
    assert placed == {s.id: s.start + len(PREAMBLE) for s in spans}


def test_neighbours_that_disagree_leave_it_side_filed_when_both_places_have_the_word():
    # Between its neighbours the text grew by one more "وقالت الجزائر": which one is it?
    spokesman = OLD.index("المتحدث")
    ready = OLD.index("مستعدة")
    spans = [Span("sp", spokesman, spokesman + 7, "ACTOR", "المتحدث"), second_algeria(),
             Span("r", ready, ready + 6, "CUE", "مستعدة")]
    new = OLD.replace("وقالت الجزائر", "وقالت الجزائر وقالت الجزائر")
    result = relocate_spans(new, spans)
    assert sorted(s.id for s in result.placed) == ["r", "sp"]
    assert result.reasons["dz"] == "ambiguous: 4 occurrences of «الجزائر», 2 of them where " \
                                   "it may have moved"


def test_with_the_old_text_unchanged_surroundings_place_it():
    # The end of the text did not change: the span is where the end says.
    [span] = relocate_spans(PREAMBLE + OLD, [second_algeria()], old_text=OLD).placed
    assert span.start == SECOND + len(PREAMBLE)


def test_with_the_old_text_changed_on_both_sides_the_context_decides():
    new = PREAMBLE + OLD + " تحديث: الجزائر تؤكد."
    [span] = relocate_spans(new, [second_algeria()], old_text=OLD).placed
    assert span.start == SECOND + len(PREAMBLE)


def test_with_the_old_text_identical_surroundings_leave_it_side_filed():
    old = "مقدمة. قال المتحدث إن الحدود مغلقة. خاتمة."
    cue = Span("q", old.index("قال"), old.index("قال") + 3, "CUE", "قال")
    new = "عاجل. " + old + " " + old + " تحديث."  # the whole text twice, changed at both ends
    result = relocate_spans(new, [cue], old_text=old)
    assert result.placed == []
    assert result.reasons["q"] == "ambiguous: 2 occurrences of «قال», 2 of them where it " \
                                  "may have moved, none clearly with the old text around it"


def test_a_relation_to_a_side_filed_span_is_side_filed_too_with_the_reason():
    spokesman = OLD.index("المتحدث")
    spans = {"sp": Span("sp", spokesman, spokesman + 7, "ACTOR", "المتحدث"),
             "dz": second_algeria()}
    rels = {"r1": Relation("r1", "ABOUT", "sp", "dz")}
    ann = AnnotationSet("d", "t", sha256_text(OLD), spans=spans, relations=rels)
    # The spokesman is gone and the text grew at the top: الجزائر cannot be placed.
    result = reattach(ann, PREAMBLE + OLD.replace("المتحدث", "الناطق"))
    assert result.annotations.spans == {} and result.annotations.relations == {}
    assert [r.id for r in result.unplaced_relations] == ["r1"]
    assert result.relation_reasons == {"r1": "its head span sp and its tail span dz were "
                                             "not placed"}
    assert result.reasons["sp"] == "«المتحدث» does not occur in the new text"
    assert result.reasons["dz"].startswith("ambiguous: 3 occurrences of «الجزائر»")


def test_with_the_old_text_paragraphs_added_and_removed_move_every_span_exactly():
    paragraphs = [OLD, "فقرة ثانية عن الجزائر وليبيا.", "قال المتحدث إن الجزائر مستعدة.",
                  "فقرة أخيرة عن الجزائر."]
    old = "\n".join(paragraphs)
    spans = [Span(f"s{i}", p, p + 7, "LOCATION", "الجزائر")
             for i, p in enumerate(occurrences(old, "الجزائر"))]
    new = "\n".join(["عنوان جديد: الجزائر", paragraphs[0], paragraphs[2], paragraphs[3],
                     "الجزائر"])
    result = relocate_spans(new, spans, old_text=old)
    second = old.index(paragraphs[1])
    lost = [s.id for s in spans if second <= s.start < second + len(paragraphs[1])]
    assert [s.id for s in result.unplaced] == lost
    assert "is gone from where it was" in result.reasons[lost[0]]
    for span in result.placed:
        was = next(s for s in spans if s.id == span.id).start
        moved = len("عنوان جديد: الجزائر\n")
        expected = was + moved if was < second else was + moved - len(paragraphs[1]) - 1
        assert span.start == expected


@settings(max_examples=300, deadline=None)
@given(old=st.lists(st.sampled_from(WORDS + ["\n"]), max_size=30).map(" ".join),
       edit=st.data())
def test_unchanged_stretches_are_unchanged_in_order_and_apart(old, edit):
    a = edit.draw(st.integers(0, len(old)))
    b = edit.draw(st.integers(a, len(old)))
    inserted = edit.draw(st.one_of(hostile_text, st.lists(st.sampled_from(WORDS + ["\n"]),
                                                         max_size=5).map(" ".join)))
    new = old[:a] + inserted + old[b:]
    ends = (0, 0)
    for u in unchanged_stretches(old, new):
        assert 0 <= u.start < u.end <= len(old)
        assert old[u.start:u.end] == new[u.start + u.shift:u.end + u.shift]
        assert u.start >= ends[0] and u.start + u.shift >= ends[1]
        ends = (u.end, u.end + u.shift)


@settings(max_examples=200, deadline=None)
@given(old=st.lists(st.sampled_from(WORDS + ["\n"]), max_size=30).map(" ".join),
       at=st.integers(0, 1000))
def test_an_edit_that_could_be_nowhere_else_leaves_everything_around_it_certain(old, at):
    at = at % (len(old) + 1)
    new = old[:at] + "§" + old[at:]  # § is in no word: the edit can only be there
    expected = [u for u in (Unchanged(0, at, 0), Unchanged(at, len(old), 1)) if u.end > u.start]
    assert unchanged_stretches(old, new) == expected


def test_with_the_old_text_two_spans_never_get_the_same_occurrence():
    old = "أ قال قال ب"  # one قال is deleted: which one cannot be told
    spans = [Span("one", 2, 5, "CUE", "قال"), Span("two", 6, 9, "CUE", "قال")]
    result = relocate_spans("أ قال ب", spans, old_text=old)
    assert result.placed == []
    assert result.reasons == {
        "one": "ambiguous: it and the span at 6-9 of the old text fit the same occurrence "
               "of «قال»",
        "two": "ambiguous: it and the span at 2-5 of the old text fit the same occurrence "
               "of «قال»"}
