"""The claims suggester: found claims as suggested CLAIM, CUE and ACTOR spans and SOURCE links.

The labels are the project schema's (:class:`ClaimLabels`): a project that
renames its claim label (ادعاء) keeps its claims suggested.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.edits import make_relation
from annotator.core.model import AnnotationSet, Document, Relation, Span, Status
from annotator.core.schema import LabelSchema, default_schema
from annotator.suggest.base import SuggesterBase, Suggestions, suggested_span, valid_attributes
from annotator.suggest.claims.discourse import SourceRef
from annotator.suggest.claims.finder import find_claims
from annotator.suggest.claims.tuning import SCORE_GUESSED_CLAUSE

VERSION = "2"
ORIGIN = f"claims@{VERSION}"


@dataclass(frozen=True)
class ClaimLabels:
    """The schema's names for the claim, its cue, its source actor and the link between them.

    Found by what each one is: the claim label carries the attribute
    ``source_kind``, the actor label the attribute ``type`` with the value
    ``unnamed_source``, the source relation links the claim to the actor label
    alone. A schema without these marks (and the cue label, which has none)
    is read by the default schema's names (:data:`DEFAULT_NAMES`). None: the
    schema has no such label.
    """

    claim: str | None
    cue: str | None
    actor: str | None
    source: str | None

    @classmethod
    def from_schema(cls, schema: LabelSchema) -> ClaimLabels:
        """The labels of ``schema``."""
        claim = next((lab.name for lab in schema.span_labels
                      if lab.attribute("source_kind") is not None), None)
        actor = next((lab.name for lab in schema.span_labels
                      if (a := lab.attribute("type")) and "unnamed_source" in a.values), None)
        claim = claim or _named(schema, DEFAULT_NAMES.claim)
        actor = actor or _named(schema, DEFAULT_NAMES.actor)
        source = next((r.name for r in schema.relation_types
                       if claim in r.head_labels and r.tail_labels == (actor,)), None)
        source = source or (DEFAULT_NAMES.source
                            if schema.relation_type(DEFAULT_NAMES.source or "") else None)
        return cls(claim, _named(schema, DEFAULT_NAMES.cue), actor, source)


def _named(schema: LabelSchema, name: str | None) -> str | None:
    return name if name is not None and schema.label(name) is not None else None


#: The names of the default schema (``annotator.core.schema.default_schema``).
DEFAULT_NAMES = ClaimLabels(claim="CLAIM", cue="CUE", actor="ACTOR", source="SOURCE")


class ClaimSuggester(SuggesterBase):
    """Suggests CLAIM, CUE and ACTOR spans with SOURCE relations (``--with claims``)."""

    name = "claims"
    version = VERSION

    def __init__(self, schema: LabelSchema | None = None) -> None:
        self.schema = schema
        self.labels = ClaimLabels.from_schema(schema or default_schema())

    def _attrs(self, label: str, values: dict) -> dict:
        if self.schema is None:
            return {k: v for k, v in values.items() if v is not None}
        return valid_attributes(self.schema, label, values)

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Claims of ``doc`` as suggested spans and SOURCE relations.

        A claim overlapping a claim span already in ``ann`` (other than a
        rejected one) is left out: the analyst has dealt with that sentence.
        """
        labels = self.labels
        if labels.claim is None:
            return Suggestions(problems=(f"the project has no {DEFAULT_NAMES.claim} label (no "
                                         "span label with the attribute source_kind); the "
                                         "claims suggester has nothing to suggest",))
        text = doc.text
        existing = [s for s in ann.spans.values()
                    if s.label == labels.claim and s.status is not Status.REJECTED]
        spans: list[Span] = []
        relations: list[Relation] = []
        new_actors: dict[tuple[int, int], Span] = {}
        for cand in find_claims(text, ann, actor_label=labels.actor):
            if any(s.start < cand.end and cand.start < s.end for s in existing):
                continue
            actor = self._actor_span(text, cand.source, ann, new_actors, spans)
            kind = None
            if cand.source is not None:
                kind = "unnamed_source" if cand.source.actor_type == "unnamed_source" \
                    else "named_actor"
            claim = suggested_span(text, cand.start, cand.end, labels.claim, origin=self.origin,
                                   score=cand.score, attributes=self._attrs(labels.claim, {
                                       "quote": cand.quote, "source_kind": kind,
                                       "certainty": cand.certainty}))
            spans.append(claim)
            if cand.cue is not None and labels.cue is not None:
                spans.append(suggested_span(text, cand.cue[0], cand.cue[1], labels.cue,
                                            origin=self.origin, score=cand.score))
            if actor is not None and labels.source is not None:
                relations.append(make_relation(labels.source, claim, actor, origin=self.origin,
                                               status=Status.SUGGESTED,
                                               score=round(cand.score, 4)))
        return Suggestions(spans=tuple(_dedupe(spans)), relations=tuple(relations))

    def _actor_span(self, text: str, ref: SourceRef | None, ann: AnnotationSet,
                    new_actors: dict[tuple[int, int], Span], spans: list[Span]) -> Span | None:
        if ref is None:
            return None
        if ref.span_id is not None and ref.span_id in ann.spans:
            return ann.spans[ref.span_id]
        if self.labels.actor is None:
            return None
        key = (ref.start, ref.end)
        if key not in new_actors:
            span = suggested_span(text, ref.start, ref.end, self.labels.actor,
                                  origin=self.origin, score=SCORE_GUESSED_CLAUSE,
                                  attributes=self._attrs(self.labels.actor,
                                                         {"type": ref.actor_type}))
            new_actors[key] = span
            spans.append(span)
        return new_actors[key]


def _dedupe(spans: list[Span]) -> list[Span]:
    """Drop repeated (start, end, label) keys (two claims sharing one cue)."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for s in spans:
        if s.key not in seen:
            seen.add(s.key)
            out.append(s)
    return out
