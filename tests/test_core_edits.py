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
    EditError,
    RemoveSpan,
    SetDocStatus,
    apply_edit,
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
    return copy.deepcopy((ann.spans, ann.relations, ann.status))


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
