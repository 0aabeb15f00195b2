"""The held-out gold project ``bench/data/heldout`` is sound: it validates, and its
annotations keep the invariants its former build script checked (every span on
word edges, closed attribute values, one SOURCE per non-author claim)."""

from __future__ import annotations

from collections import Counter

import pytest

from annotator.formats.validate import validate_project
from bench.heldout import HELDOUT, load_heldout

PROCLITICS = set("وفبلك")


@pytest.fixture(scope="module")
def gold():
    return load_heldout()


def test_it_validates_as_a_project():
    assert validate_project(HELDOUT) == []


def test_forty_documents_sorted_by_id_all_done(gold):
    ids = [doc.id for doc, _ in gold]
    assert ids == sorted(ids) and len(ids) == 40
    assert all(ann.status.value == "done" for _, ann in gold)


def _edge_problem(text: str, start: int, end: int) -> str | None:
    """A letter before the span is allowed only as at most two proclitics starting a word."""
    if start > 0 and text[start - 1].isalpha():
        k = start - 1
        while k >= 0 and text[k] in PROCLITICS and start - k <= 2:
            k -= 1
        if k >= 0 and text[k].isalpha():
            return "starts inside a word"
    if end < len(text) and text[end].isalpha():
        return "ends inside a word"
    return None


def test_spans_lie_on_word_edges_without_outer_space(gold):
    for doc, ann in gold:
        for span in ann.spans.values():
            assert span.text == span.text.strip(), (doc.id, span.text)
            assert _edge_problem(doc.text, span.start, span.end) is None, (doc.id, span.text)


def test_every_claim_but_the_authors_has_exactly_one_source(gold):
    claims = 0
    for doc, ann in gold:
        sourced = Counter(r.head for r in ann.relations.values() if r.type == "SOURCE")
        for rel in ann.relations.values():
            assert (ann.spans[rel.head].label, ann.spans[rel.tail].label) == ("CLAIM", "ACTOR")
        for span in ann.spans.values():
            if span.label == "CLAIM":
                claims += 1
                expected = 0 if span.attributes["source_kind"] == "author" else 1
                assert sourced[span.id] == expected, (doc.id, span.text)
    assert claims == 103


def test_label_counts_are_those_of_the_hand_annotation(gold):
    labels = Counter(s.label for _, ann in gold for s in ann.spans.values())
    assert labels == {"ACTOR": 206, "LOCATION": 138, "CLAIM": 103, "CUE": 96}
