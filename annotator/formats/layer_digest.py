"""What agreement and curation compare in one layer: its accepted extents, attributes and relations.

Only accepted spans and relations count (suggested and rejected ones do
not). A span is known by its (start, end, label); a relation by its type
and the (start, end, label) of its head and tail.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import AnnotationSet, Status
from annotator.formats.agreement_measures import merge_extents

SpanKey = tuple[int, int, str]
RelationKey = tuple[str, SpanKey, SpanKey]


@dataclass
class LayerDigest:
    """The accepted content of one annotator's layer of one document."""

    #: label -> distinct (start, end) extents
    extents: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    #: (start, end, label) -> attributes of the first accepted span with that key
    attributes: dict[SpanKey, Mapping[str, Any]] = field(default_factory=dict)
    relations: set[RelationKey] = field(default_factory=set)
    #: label -> the union of its extents as disjoint intervals (computed once, on demand)
    _unions: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    def union(self, label: str) -> list[tuple[int, int]]:
        """The code points covered by spans of ``label``, as sorted disjoint intervals."""
        found = self._unions.get(label)
        if found is None:
            found = self._unions[label] = merge_extents(list(self.extents.get(label) or ()))
        return found

    @property
    def keys(self) -> set[SpanKey]:
        """Every (start, end, label) of the layer."""
        return set(self.attributes)


def digest(ann: AnnotationSet, labels: Container[str] | None = None) -> LayerDigest:
    """The accepted spans (of ``labels`` when given) and relations of ``ann``.

    A relation counts when it is accepted and both its ends are accepted
    spans of kept labels.
    """
    out = LayerDigest()
    kept: dict[str, SpanKey] = {}
    accepted = Status.ACCEPTED
    for span in ann.spans.values():
        if span.status is not accepted or (labels is not None and span.label not in labels):
            continue
        key = (span.start, span.end, span.label)
        kept[span.id] = key
        out.extents.setdefault(span.label, set()).add((span.start, span.end))
        out.attributes.setdefault(key, span.attributes)
    for rel in ann.relations.values():
        if rel.status is not accepted:
            continue
        head, tail = kept.get(rel.head), kept.get(rel.tail)
        if head is not None and tail is not None:
            out.relations.add((rel.type, head, tail))
    return out


class RecordShapeError(ValueError):
    """A span or relation record that :func:`digest_records` cannot read (use the full parser)."""


def digest_records(spans: Any, relations: Any,
                   labels: Container[str] | None = None) -> LayerDigest:
    """:func:`digest` straight from an annotation file's ``spans`` and ``relations`` lists.

    Reads only what agreement needs, without building :class:`Span`
    objects (agreement reads 3,000 files). Raises :class:`RecordShapeError`
    on anything unexpected, so that the caller can parse the file the full
    way and report its problem as :meth:`Project.load_annotations` would.
    """
    out = LayerDigest()
    kept: dict[str, SpanKey] = {}
    try:
        for d in spans or ():
            if d["status"] != "accepted":
                continue
            label, start, end = d["label"], d["start"], d["end"]
            if labels is not None and label not in labels:
                continue
            if type(start) is not int or type(end) is not int or type(label) is not str:
                raise RecordShapeError(d.get("id"))
            key = (start, end, label)
            kept[d["id"]] = key
            out.extents.setdefault(label, set()).add((start, end))
            attrs = d.get("attributes") or {}
            if type(attrs) is not dict:
                raise RecordShapeError(d.get("id"))
            out.attributes.setdefault(key, attrs)
        for r in relations or ():
            if r["status"] != "accepted":
                continue
            head, tail = kept.get(r["head"]), kept.get(r["tail"])
            if head is not None and tail is not None:
                out.relations.add((str(r["type"]), head, tail))
    except (KeyError, TypeError) as err:
        raise RecordShapeError(str(err)) from err
    return out
