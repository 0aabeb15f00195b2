"""Relocate spans onto a changed document text by finding their covered text again.

Annotations whose document text changed (its SHA-256 differs) cannot keep
their offsets. Each span still carries the text it covered, so it can be
found again, at the occurrence nearest to its old offset shifted by the
displacement of the span placed before it (for the first span, that of the
first *anchor*, a span whose text occurs exactly once in the new text), so an
insertion at the top moves common words such as ``قال`` along with the rest. Occurrences whose
boundaries would split a surrogate pair or separate a letter from its marks
are never used. Spans that cannot be placed are returned, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.core.model import AnnotationSet, Relation, Span, span_sort_key
from annotator.core.text import sha256_text, span_problem


@dataclass
class Relocation:
    """Outcome of :func:`relocate_spans`: spans placed (with new offsets) and spans not placed."""

    placed: list[Span] = field(default_factory=list)
    unplaced: list[Span] = field(default_factory=list)
    moved: int = 0  # placed spans whose offsets changed


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of every occurrence of ``needle`` in ``text`` (overlapping ones too)."""
    if not needle:
        return []
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _valid_starts(text: str, span: Span) -> list[int]:
    n = len(span.text)
    return [p for p in occurrences(text, span.text) if span_problem(text, p, p + n) is None]


def relocate_spans(new_text: str, spans: Iterable[Span]) -> Relocation:
    """Place each span on ``new_text`` where its ``text`` occurs; see the module docstring."""
    ordered = sorted(spans, key=span_sort_key)
    candidates = {s.id: _valid_starts(new_text, s) for s in ordered}
    # The displacement carried along the document: that of the last span placed,
    # starting with that of the first anchor (a span whose text occurs once).
    shift = next((candidates[s.id][0] - s.start for s in ordered
                  if len(candidates[s.id]) == 1), 0)
    result = Relocation()
    for span in ordered:
        starts = candidates[span.id]
        if not starts:
            result.unplaced.append(span)
            continue
        expected = span.start + shift
        new_start = min(starts, key=lambda p: (abs(p - expected), p))
        shift = new_start - span.start
        if new_start != span.start:
            result.moved += 1
        result.placed.append(span.with_changes(start=new_start,
                                               end=new_start + len(span.text)))
    return result


@dataclass
class Reattached:
    """An annotation set moved onto a new text, and what could not come along."""

    annotations: AnnotationSet
    unplaced_spans: list[Span]
    unplaced_relations: list[Relation]
    moved: int


def reattach(ann: AnnotationSet, new_text: str) -> Reattached:
    """A copy of ``ann`` relocated onto ``new_text`` with its hash updated.

    Relations whose head or tail could not be placed are returned in
    ``unplaced_relations`` together with the unplaced spans.
    """
    moved = relocate_spans(new_text, ann.spans.values())
    placed = {s.id: s for s in moved.placed}
    keep = {r.id: r for r in ann.relations.values() if r.head in placed and r.tail in placed}
    lost = [r for r in ann.sorted_relations() if r.id not in keep]
    result = AnnotationSet(document_id=ann.document_id, annotator=ann.annotator,
                           text_sha256=sha256_text(new_text), spans=placed, relations=keep,
                           status=ann.status, extra=dict(ann.extra))
    return Reattached(result, moved.unplaced, lost, moved.moved)
