"""Turn a suggester's output into ONE undoable edit, without repeating decisions already made.

A suggestion is skipped when a non-rejected span with the same
(start, end, label) is already there (whoever made it), or when a person
rejected the very same suggestion from the same origin before: rejected
suggestions stay in the file (nothing is deleted) precisely so that
precision per origin can be computed and the rejection remembered.
Relations follow their spans: a relation whose span was skipped as a
duplicate is re-pointed at the span that is already there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from annotator.core.edits import AddRelation, AddSpan, Batch, Edit
from annotator.core.model import AnnotationSet, Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import span_problem
from annotator.formats.report import Report


@dataclass
class MergePlan:
    """What merging suggestions into one annotation set will do."""

    batch: Batch
    added: int = 0
    duplicates: int = 0
    rejected_before: int = 0
    relations_added: int = 0
    problems: list[str] = field(default_factory=list)

    def count_into(self, report: Report) -> None:
        """Add this plan's counts to ``report`` (zero counts other than suggestions left out)."""
        report.count("suggestions", self.added)
        for key, n in (("already there", self.duplicates),
                       ("rejected before", self.rejected_before),
                       ("suggested relations", self.relations_added)):
            if n:
                report.count(key, n)


def _span_problem(text: str, span: Span, schema: LabelSchema | None) -> str | None:
    problem = span_problem(text, span.start, span.end)
    if problem:
        return f"{span.label} {span.start}-{span.end}: {problem}"
    if text[span.start:span.end] != span.text:
        return f"{span.label} {span.start}-{span.end}: its text does not match the document"
    if schema is not None:
        label = schema.label(span.label)
        if label is None:
            return f"{span.label} {span.start}-{span.end}: the project has no label " \
                   f"{span.label!r}"
        for name, value in span.attributes.items():
            adef = label.attribute(name)
            if adef is None:
                return f"{span.label} {span.start}-{span.end}: label {span.label} has no " \
                       f"attribute {name!r}"
            problem = adef.problem(value)
            if problem:
                return f"{span.label} {span.start}-{span.end}: {problem}"
    return None


def plan_suggestions(text: str, ann: AnnotationSet, spans: Iterable[Span],
                     relations: Sequence[Relation] = (), *,
                     schema: LabelSchema | None = None,
                     description: str = "Add suggestions") -> MergePlan:
    """Plan adding ``spans`` (and ``relations``) as suggestions to ``ann`` over ``text``.

    Invalid spans (bad offsets, text mismatch, label or attribute unknown to
    ``schema``) are left out with a message in ``problems``; so are relations
    whose ends are missing or that repeat an existing or rejected link.
    """
    live: dict[tuple[int, int, str], str] = {}
    rejected: set[tuple[int, int, str, str]] = set()
    for s in ann.spans.values():
        if s.status is Status.REJECTED:
            rejected.add((*s.key, s.origin))
        else:
            live.setdefault(s.key, s.id)
    edits: list[Edit] = []
    plan = MergePlan(batch=Batch((), description))
    id_map: dict[str, str] = {}  # suggested span id -> id of the span that stands for it
    for span in spans:
        if span.status is not Status.SUGGESTED:
            span = span.with_changes(status=Status.SUGGESTED)
        if span.key in live:
            plan.duplicates += 1
            id_map[span.id] = live[span.key]
            continue
        if (*span.key, span.origin) in rejected:
            plan.rejected_before += 1
            continue
        if span.id in ann.spans:
            plan.problems.append(f"{span.label} {span.start}-{span.end}: span id {span.id} "
                                 "is already used")
            continue
        problem = _span_problem(text, span, schema)
        if problem:
            plan.problems.append(problem)
            continue
        live[span.key] = span.id
        id_map[span.id] = span.id
        edits.append(AddSpan(span, description))
        plan.added += 1
    new_labels = {e.span.id: e.span.label for e in edits if isinstance(e, AddSpan)}
    edits += _relation_edits(ann, relations, id_map, new_labels, plan, schema, description)
    plan.batch = Batch(tuple(edits), description)
    return plan


def _relation_edits(ann: AnnotationSet, relations: Sequence[Relation], id_map: dict[str, str],
                    new_labels: dict[str, str], plan: MergePlan, schema: LabelSchema | None,
                    description: str) -> list[Edit]:
    labels = {s.id: s.label for s in ann.spans.values()}
    labels.update(new_labels)
    seen: set[tuple[str, str, str]] = set()
    rejected: set[tuple[str, str, str, str]] = set()
    for r in ann.relations.values():
        if r.status is Status.REJECTED:
            rejected.add((r.type, r.head, r.tail, r.origin))
        else:
            seen.add((r.type, r.head, r.tail))
    out: list[Edit] = []
    for rel in relations:
        head = id_map.get(rel.head, rel.head if rel.head in ann.spans else None)
        tail = id_map.get(rel.tail, rel.tail if rel.tail in ann.spans else None)
        if head is None or tail is None or head == tail:
            plan.problems.append(f"relation {rel.type}: its head or tail span is not there")
            continue
        key = (rel.type, head, tail)
        if key in seen:
            continue
        if (*key, rel.origin) in rejected:
            plan.rejected_before += 1
            continue
        problem = _relation_problem(rel.type, labels[head], labels[tail], schema)
        if problem is None and rel.id in ann.relations:
            problem = f"relation id {rel.id} is already used"
        if problem:
            plan.problems.append(problem)
            continue
        seen.add(key)
        out.append(AddRelation(rel.with_changes(head=head, tail=tail,
                                                status=Status.SUGGESTED), description))
        plan.relations_added += 1
    return out


def _relation_problem(rel_type: str, head_label: str, tail_label: str,
                      schema: LabelSchema | None) -> str | None:
    if schema is None:
        return None
    rtype = schema.relation_type(rel_type)
    if rtype is None:
        return f"relation {rel_type}: the project has no such relation type"
    if rtype.head_labels and head_label not in rtype.head_labels:
        return f"relation {rel_type} cannot start at a {head_label} span"
    if rtype.tail_labels and tail_label not in rtype.tail_labels:
        return f"relation {rel_type} cannot point to a {tail_label} span"
    return None


def suggestion_edits(text: str, ann: AnnotationSet, spans: Iterable[Span],
                     relations: Sequence[Relation] = (), *,
                     schema: LabelSchema | None = None) -> Batch:
    """Suggestions as ONE :class:`Batch` (one undo step), skipping duplicates and past rejections.

    See :func:`plan_suggestions` for the counts and the problems of each
    skipped suggestion.
    """
    return plan_suggestions(text, ann, spans, relations, schema=schema).batch
