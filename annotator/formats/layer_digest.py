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
