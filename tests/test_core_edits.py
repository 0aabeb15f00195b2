"""Edits: validation and exact inverses."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.edits import (
    AddRelation,
    AddSpan,
    Batch,
    ChangeRelation,
    EditError,
    RemoveRelation,
    RemoveSpan,
    SetDocStatus,
    apply_edit,
    apply_unchecked,
    load_items,
    make_relation,
    make_span,
    relabel,
    remove_span_with_relations,
    resize,
    set_attribute,
    set_status,
)
from annotator.core.model import AnnotationSet, DocStatus, Status
from annotator.core.schema import default_schema
from annotator.core.text import sha256_text, span_problem
from tests.strategies import hostile_text

TEXT = "قال مصدر أمني 😀 إن الجزائر تسعى"
SCHEMA = default_schema()


def fresh(text: str = TEXT) -> AnnotationSet:
    return AnnotationSet(document_id="d", annotator="a", text_sha256=sha256_text(text))


def span_of(word: str, label: str, text: str = TEXT):
    start = text.index(word)
    return make_span(text, start, start + len(word), label, origin="test")


def snapshot(ann: AnnotationSet):
    return copy.deepcopy((dict(ann.spans), dict(ann.relations), ann.status))


def test_add_then_inverse_restores():
    ann = fresh()
    before = snapshot(ann)
    inverse = apply_edit(TEXT, ann, AddSpan(span_of("الجزائر", "ACTOR")), SCHEMA)
    assert len(ann.spans) == 1
    apply_edit(TEXT, ann, inverse, SCHEMA)
    assert snapshot(ann) == before


def test_invalid_spans_are_refused_and_nothing_changes():
    ann = fresh()
    good = span_of("الجزائر", "ACTOR")
    for bad in (good.with_changes(end=good.start), good.with_changes(end=len(TEXT) + 1),
                good.with_changes(text="غير"), good.with_changes(label="NOPE")):
        with pytest.raises(EditError):
            apply_edit(TEXT, ann, AddSpan(bad), SCHEMA)
    assert ann.spans == {}


def test_boundary_between_letter_and_mark_is_refused():
    text = "مَصْدَر"
    ann = fresh(text)
    with pytest.raises(EditError, match="combining mark"):
        apply_edit(text, ann, AddSpan(make_span(text, 0, 1, "ACTOR", origin="t")), SCHEMA)


def test_exact_duplicate_is_refused_but_nesting_is_allowed():
    ann = fresh()
    apply_edit(TEXT, ann, AddSpan(span_of("الجزائر", "ACTOR")), SCHEMA)
    with pytest.raises(EditError, match="already covers"):
        apply_edit(TEXT, ann, AddSpan(span_of("الجزائر", "ACTOR")), SCHEMA)
    apply_edit(TEXT, ann, AddSpan(span_of("الجزائر", "LOCATION")), SCHEMA)
    apply_edit(TEXT, ann, AddSpan(span_of("الجزائر تسعى", "CLAIM")), SCHEMA)
    assert len(ann.spans) == 3


def test_relation_rules_and_removal_with_relations_is_one_step():
    ann = fresh()
    claim, actor = span_of("الجزائر تسعى", "CLAIM"), span_of("مصدر أمني", "ACTOR")
    for s in (claim, actor):
        apply_edit(TEXT, ann, AddSpan(s), SCHEMA)
    with pytest.raises(EditError, match="must start at CLAIM"):
        apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", actor, claim, origin="t")),
                   SCHEMA)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, actor, origin="t")), SCHEMA)
    with pytest.raises(EditError, match="relations first"):
        apply_edit(TEXT, ann, RemoveSpan(actor), SCHEMA)
    before = snapshot(ann)
    inverse = apply_edit(TEXT, ann, remove_span_with_relations(ann, actor), SCHEMA)
    assert list(ann.spans) == [claim.id] and not ann.relations
    apply_edit(TEXT, ann, inverse, SCHEMA)
    assert snapshot(ann) == before


def test_relabel_to_a_label_the_relation_forbids_is_refused():
    ann = fresh()
    claim, actor = span_of("الجزائر تسعى", "CLAIM"), span_of("مصدر أمني", "ACTOR")
    for s in (claim, actor):
        apply_edit(TEXT, ann, AddSpan(s), SCHEMA)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, actor, origin="t")), SCHEMA)
    with pytest.raises(EditError):
        apply_edit(TEXT, ann, relabel(actor, "LOCATION"), SCHEMA)
    assert ann.spans[actor.id] == actor


def test_batch_is_all_or_nothing():
    ann = fresh()
    good = span_of("الجزائر", "ACTOR")
    bad = span_of("مصدر", "ACTOR").with_changes(text="x")
    with pytest.raises(EditError):
        apply_edit(TEXT, ann, Batch((AddSpan(good), AddSpan(bad))), SCHEMA)
    assert ann.spans == {}


def test_attribute_values_are_checked():
    ann = fresh()
    claim = span_of("الجزائر تسعى", "CLAIM")
    apply_edit(TEXT, ann, AddSpan(claim), SCHEMA)
    apply_edit(TEXT, ann, set_attribute(claim, "certainty", "PR+"), SCHEMA)
    with pytest.raises(EditError, match="one of"):
        apply_edit(TEXT, ann, set_attribute(ann.spans[claim.id], "certainty", "sure"), SCHEMA)


def test_stale_edit_is_refused():
    ann = fresh()
    span = span_of("الجزائر", "ACTOR")
    apply_edit(TEXT, ann, AddSpan(span), SCHEMA)
    apply_edit(TEXT, ann, relabel(span, "LOCATION"), SCHEMA)
    with pytest.raises(EditError, match="meanwhile"):
        apply_edit(TEXT, ann, relabel(span, "CLAIM"), SCHEMA)


@st.composite
def text_and_edits(draw):
    text = draw(hostile_text.filter(lambda t: len(t) >= 2))
    ops = draw(st.lists(st.tuples(st.sampled_from(["add", "relabel", "resize", "status",
                                                   "remove", "attr", "doc"]),
                                  st.integers(0, len(text)), st.integers(0, len(text)),
                                  st.sampled_from(["ACTOR", "LOCATION", "CLAIM"])),
                        max_size=12))
    return text, ops


@given(text_and_edits())
def test_any_sequence_of_edits_is_undone_exactly(case):
    text, ops = case
    ann = fresh(text)
    history = []
    for op, a, b, label in ops:
        start, end = min(a, b), max(a, b)
        spans = list(ann.spans.values())
        target = spans[a % len(spans)] if spans else None
        if op == "add" or target is None:
            edit = AddSpan(make_span(text, start, end, label, origin="t"))
        elif op == "relabel":
            edit = relabel(target, label)
        elif op == "resize":
            edit = resize(text, target, start, end)
        elif op == "status":
            edit = set_status(target, Status.REJECTED)
        elif op == "attr":
            edit = set_attribute(target, "note", label)
        elif op == "doc":
            edit = SetDocStatus(ann.status, DocStatus.DONE if ann.status is not DocStatus.DONE
                                else DocStatus.IN_PROGRESS)
        else:
            edit = remove_span_with_relations(ann, target)
        before = snapshot(ann)
        try:
            inverse = apply_edit(text, ann, edit)
        except EditError:
            assert snapshot(ann) == before
            continue
        history.append((before, inverse))
    for s in ann.spans.values():
        assert span_problem(text, s.start, s.end) is None
        assert text[s.start:s.end] == s.text
    for before, inverse in reversed(history):
        apply_edit(text, ann, inverse)
        assert snapshot(ann) == before


def _scan_duplicate(ann: AnnotationSet, start: int, end: int, label: str,
                    ignore_id: str | None = None):
    """find_duplicate's definition: a scan over every span."""
    return next((s for s in ann.spans.values() if (s.start, s.end, s.label) == (start, end, label)
                 and s.id != ignore_id and s.status is not Status.REJECTED), None)


@given(st.data())
def test_duplicate_index_follows_edits_and_builder_writes(data):
    """find_duplicate (indexed) == a scan, after edits, undos, builder and unchecked writes."""
    text = "قال مصدر أمني إن الجزائر ترفض"
    ann = AnnotationSet("d", "x", sha256_text(text))
    words = [(0, 3), (4, 8), (9, 13), (17, 24), (4, 13), (25, 29)]
    undo = []
    for _ in range(data.draw(st.integers(1, 25))):
        action = data.draw(st.sampled_from(["add", "remove", "relabel", "reject", "undo",
                                            "write", "delete", "lookup"]))
        spans = list(ann.spans.values())
        a, b = data.draw(st.sampled_from(words))
        label = data.draw(st.sampled_from(["ACTOR", "LOCATION"]))
        try:
            if action == "add":
                undo.append(apply_edit(text, ann, AddSpan(make_span(text, a, b, label,
                                                                    origin="t")), None))
            elif action == "remove" and spans:
                undo.append(apply_edit(text, ann, RemoveSpan(data.draw(st.sampled_from(spans))),
                                       None))
            elif action == "relabel" and spans:
                undo.append(apply_edit(text, ann, relabel(data.draw(st.sampled_from(spans)),
                                                          label), None))
            elif action == "reject" and spans:
                undo.append(apply_edit(text, ann, set_status(data.draw(st.sampled_from(spans)),
                                                             Status.REJECTED), None))
            elif action == "undo" and undo:
                apply_edit(text, ann, undo.pop(), None)
            elif action == "write":  # codecs and fixtures use the builder, unchecked
                span = make_span(text, a, b, label, origin="direct")
                load_items(ann, spans=[span])
                undo.clear()
            elif action == "delete" and spans:
                apply_unchecked(ann, RemoveSpan(data.draw(st.sampled_from(spans))))
                undo.clear()
        except EditError:
            pass
        for a2, b2 in words:
            for lab in ("ACTOR", "LOCATION"):
                found = ann.find_duplicate(a2, b2, lab)
                assert (found is None) == (_scan_duplicate(ann, a2, b2, lab) is None)
                if found is not None:  # direct writes may make two: any one will do
                    assert ann.spans[found.id] is found
                    assert (found.start, found.end, found.label) == (a2, b2, lab)
                    assert found.status is not Status.REJECTED


# ------------------------------------------------------------------ random edit sequences

SEQ_TEXT = "قال مصدر أمني إن الجزائر ترفض"
SEQ_WORDS = [(0, 3), (4, 8), (9, 13), (17, 24), (4, 13), (25, 29)]


def _rebuilt(ann: AnnotationSet) -> AnnotationSet:
    """The same spans and relations in a set built from scratch (indexes built anew)."""
    return AnnotationSet(ann.document_id, ann.annotator, ann.text_sha256,
                         spans=dict(ann.spans), relations=dict(ann.relations), status=ann.status)


def _assert_indexes_match_rebuild(ann: AnnotationSet) -> None:
    """Every index lookup answers as on a freshly built set (duplicates, links, relations_of)."""
    fresh_set = _rebuilt(ann)
    for a, b in SEQ_WORDS:
        for label in ("ACTOR", "CLAIM"):
            got, want = ann.find_duplicate(a, b, label), fresh_set.find_duplicate(a, b, label)
            assert (got is None) == (want is None)
    for span_id in ann.spans:
        assert sorted(r.id for r in ann.relations_of(span_id)) == \
            sorted(r.id for r in fresh_set.relations_of(span_id)) == \
            sorted(r.id for r in ann.relations.values() if span_id in (r.head, r.tail))
        for tail in ann.spans:
            for rtype in ("SOURCE", "ABOUT"):
                got_link = ann.find_link(rtype, span_id, tail)
                want_link = fresh_set.find_link(rtype, span_id, tail)
                assert (got_link is None) == (want_link is None)


def _random_edit(data, ann: AnnotationSet):  # noqa: ANN001, ANN202 - hypothesis data
    """One edit of a random kind over the set's current spans and relations."""
    spans, rels = list(ann.spans.values()), list(ann.relations.values())
    kind = data.draw(st.sampled_from(["add", "remove", "relabel", "status", "link", "unlink",
                                      "retype", "batch"]))
    a, b = data.draw(st.sampled_from(SEQ_WORDS))
    label = data.draw(st.sampled_from(["ACTOR", "CLAIM"]))
    status = data.draw(st.sampled_from(list(Status)))
    if kind == "add" or not spans:
        return AddSpan(make_span(SEQ_TEXT, a, b, label, origin="t", status=status))
    span = data.draw(st.sampled_from(spans))
    if kind == "remove":
        return remove_span_with_relations(ann, span)
    if kind == "relabel":
        return relabel(span, label)
    if kind == "status":
        return set_status(span, status)
    if kind == "link":
        tail = data.draw(st.sampled_from(spans))
        return AddRelation(make_relation(data.draw(st.sampled_from(["SOURCE", "ABOUT"])),
                                         span, tail, origin="t", status=status))
    if kind in ("unlink", "retype") and rels:
        rel = data.draw(st.sampled_from(rels))
        if kind == "unlink":
            return RemoveRelation(rel)
        return ChangeRelation(rel, rel.with_changes(
            type="ABOUT" if rel.type == "SOURCE" else "SOURCE", status=status))
    return Batch((set_status(span, status), AddSpan(make_span(SEQ_TEXT, a, b, label,
                                                              origin="t"))))


@given(st.data())
def test_random_edit_sequences_round_trip_and_keep_indexes(data):
    """Any sequence of edits, then its inverses in reverse, restores the set exactly.

    After every step the span and relation indexes answer as a full rebuild
    does, and each edit names exactly the spans and relations that differ.
    """
    ann = AnnotationSet("d", "x", sha256_text(SEQ_TEXT))
    start = snapshot(ann)
    inverses, states = [], []
    for _ in range(data.draw(st.integers(1, 20))):
        edit = _random_edit(data, ann)
        before = snapshot(ann)
        try:
            inverse = apply_edit(SEQ_TEXT, ann, edit, None)
        except EditError:
            assert snapshot(ann) == before  # a refused edit changes nothing
            continue
        touched = edit.touches()
        changed_spans = {k for k in set(before[0]) | set(ann.spans)
                         if before[0].get(k) != ann.spans.get(k)}
        changed_rels = {k for k in set(before[1]) | set(ann.relations)
                        if before[1].get(k) != ann.relations.get(k)}
        assert changed_spans <= touched.spans and changed_rels <= touched.relations
        assert inverse.touches() == touched
        inverses.append(inverse)
        states.append(before)
        _assert_indexes_match_rebuild(ann)
    while inverses:
        apply_edit(SEQ_TEXT, ann, inverses.pop(), None)
        assert snapshot(ann) == states.pop()
        _assert_indexes_match_rebuild(ann)
    assert snapshot(ann) == start


def test_suggestions_version_moves_only_when_a_pending_suggestion_changes():
    """The review queue's cache key: tagging by hand leaves it, deciding a suggestion moves it."""
    ann = fresh()
    manual = span_of("مصدر", "ACTOR")
    apply_edit(TEXT, ann, AddSpan(manual), SCHEMA)
    apply_edit(TEXT, ann, set_attribute(ann.spans[manual.id], "type", "person"), SCHEMA)
    assert ann.suggestions_version == 0
    start = TEXT.index("الجزائر")
    pending = make_span(TEXT, start, start + len("الجزائر"), "LOCATION", origin="dictionary",
                        status=Status.SUGGESTED, score=0.8)
    apply_edit(TEXT, ann, AddSpan(pending), SCHEMA)
    added = ann.suggestions_version
    assert added > 0
    apply_edit(TEXT, ann, set_status(ann.spans[pending.id], Status.ACCEPTED), SCHEMA)
    accepted = ann.suggestions_version
    assert accepted > added  # suggested -> accepted leaves the queue
    apply_edit(TEXT, ann, RemoveSpan(ann.spans[manual.id]), SCHEMA)
    assert ann.suggestions_version == accepted  # a manual span's removal does not
