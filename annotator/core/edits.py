"""Edits of an :class:`AnnotationSet`, each with an exact inverse, applied through one function.

Every change to annotations, from the GUI's undo stack, the CLI, a
suggester's import or a bulk review, is an edit passed to
:func:`apply_edit`, which validates it and returns its inverse. An edit
carries complete before/after values, so applying the inverse restores the
previous state exactly, timestamps included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from annotator.core.model import (
    AnnotationSet,
    DocStatus,
    Relation,
    Span,
    Status,
    new_id,
    now_iso,
)
from annotator.core.schema import LabelSchema
from annotator.core.text import span_problem


class EditError(ValueError):
    """An edit that cannot be applied; the message says why, for the user."""


@dataclass(frozen=True)
class AddSpan:
    """Add ``span`` (its id must be new)."""

    span: Span
    description: str = "Add span"


@dataclass(frozen=True)
class RemoveSpan:
    """Remove ``span`` (must be current and have no relations)."""

    span: Span
    description: str = "Remove span"


@dataclass(frozen=True)
class ChangeSpan:
    """Replace span ``before`` by ``after`` (same id): relabel, resize, attribute or status."""

    before: Span
    after: Span
    description: str = "Change span"


@dataclass(frozen=True)
class AddRelation:
    """Add ``relation`` between two existing spans."""

    relation: Relation
    description: str = "Add relation"


@dataclass(frozen=True)
class RemoveRelation:
    """Remove ``relation`` (must be current)."""

    relation: Relation
    description: str = "Remove relation"


@dataclass(frozen=True)
class ChangeRelation:
    """Replace relation ``before`` by ``after`` (same id)."""

    before: Relation
    after: Relation
    description: str = "Change relation"


@dataclass(frozen=True)
class SetDocStatus:
    """Change the document's status from ``before`` to ``after``."""

    before: DocStatus
    after: DocStatus
    description: str = "Set document status"


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one: all or nothing, undone in reverse order."""

    edits: tuple[Edit, ...] = field(default_factory=tuple)
    description: str = "Edit"


Edit = AddSpan | RemoveSpan | ChangeSpan | AddRelation | RemoveRelation | ChangeRelation | \
    SetDocStatus | Batch


# ------------------------------------------------------------------ validation


def _check_span(text: str, ann: AnnotationSet, span: Span, schema: LabelSchema | None,
                before: Span | None = None) -> None:
    problem = span_problem(text, span.start, span.end)
    if problem:
        raise EditError(f"span {span.label} {span.start}-{span.end}: {problem}")
    if text[span.start:span.end] != span.text:
        raise EditError(f"span {span.id}: its text does not match the document at "
                        f"{span.start}-{span.end}")
    if schema is not None:
        label = schema.label(span.label)
        if label is None:
            raise EditError(f"unknown label {span.label!r}")
        for name, value in span.attributes.items():
            adef = label.attribute(name)
            if adef is None:
                raise EditError(f"label {span.label} has no attribute {name!r}")
            problem = adef.problem(value)
            if problem:
                raise EditError(problem)
    # A change that keeps the offsets and label of a live span cannot create a
    # duplicate (and bulk status changes would otherwise scan every span each).
    unchanged_key = before is not None and before.key == span.key and \
        before.status is not Status.REJECTED
    if span.status is not Status.REJECTED and not unchanged_key:
        dup = ann.find_duplicate(span.start, span.end, span.label, ignore_id=span.id)
        if dup is not None:
            raise EditError(f"a {span.label} span already covers exactly "
                            f"“{span.text}” ({span.start}-{span.end})")


def _check_relation(ann: AnnotationSet, rel: Relation, schema: LabelSchema | None,
                    before: Relation | None = None) -> None:
    head, tail = ann.spans.get(rel.head), ann.spans.get(rel.tail)
    if head is None or tail is None:
        raise EditError(f"relation {rel.type}: its head or tail span does not exist")
    if rel.head == rel.tail:
        raise EditError(f"relation {rel.type}: a span cannot be linked to itself")
    if schema is not None:
        rtype = schema.relation_type(rel.type)
        if rtype is None:
            raise EditError(f"unknown relation type {rel.type!r}")
        if rtype.head_labels and head.label not in rtype.head_labels:
            raise EditError(f"{rel.type} must start at {'/'.join(rtype.head_labels)}, "
                            f"not {head.label}")
        if rtype.tail_labels and tail.label not in rtype.tail_labels:
            raise EditError(f"{rel.type} must point to {'/'.join(rtype.tail_labels)}, "
                            f"not {tail.label}")
    if before is not None and (before.type, before.head, before.tail) == \
            (rel.type, rel.head, rel.tail) and before.status is not Status.REJECTED:
        return  # same link, only its status or attributes change: no new duplicate
    for other in ann.relations.values():
        if other.id != rel.id and (other.type, other.head, other.tail) == \
                (rel.type, rel.head, rel.tail) and other.status is not Status.REJECTED \
                and rel.status is not Status.REJECTED:
            raise EditError(f"this {rel.type} link already exists")


# ------------------------------------------------------------------ application


def apply_edit(text: str, ann: AnnotationSet, edit: Edit,
               schema: LabelSchema | None = None) -> Edit:
    """Validate and apply ``edit`` to ``ann`` (annotations of ``text``); return its inverse.

    Raises :class:`EditError` and leaves ``ann`` unchanged when the edit is
    invalid: offsets outside the text, inside a surrogate pair or between a
    letter and its marks, a text that does not match its offsets, an exact
    duplicate, a stale before-value, an unknown label when ``schema`` is given.
    """
    if isinstance(edit, Batch):
        done: list[Edit] = []
        try:
            for sub in edit.edits:
                done.append(apply_edit(text, ann, sub, schema))
        except EditError:
            for inverse in reversed(done):
                apply_edit(text, ann, inverse, None)
            raise
        return Batch(tuple(reversed(done)), edit.description)
    if isinstance(edit, AddSpan):
        if edit.span.id in ann.spans:
            raise EditError(f"span id {edit.span.id} already exists")
        _check_span(text, ann, edit.span, schema)
        ann.put_span(edit.span)
        return RemoveSpan(edit.span, edit.description)
    if isinstance(edit, RemoveSpan):
        _require_current_span(ann, edit.span)
        if any(ann.relations_of(edit.span.id)):
            raise EditError("remove the span's relations first")
        ann.drop_span(edit.span.id)
        return AddSpan(edit.span, edit.description)
    if isinstance(edit, ChangeSpan):
        _require_current_span(ann, edit.before)
        if edit.after.id != edit.before.id:
            raise EditError("a span change cannot change the span's id")
        _check_span(text, ann, edit.after, schema, edit.before)
        ann.put_span(edit.after)
        if edit.after.label == edit.before.label:
            return ChangeSpan(edit.after, edit.before, edit.description)
        try:  # only a new label can break the span's relations' label rules
            for rel in ann.relations_of(edit.after.id):
                _check_relation(ann, rel, schema)
        except EditError:
            ann.put_span(edit.before)
            raise
        return ChangeSpan(edit.after, edit.before, edit.description)
    if isinstance(edit, AddRelation):
        if edit.relation.id in ann.relations:
            raise EditError(f"relation id {edit.relation.id} already exists")
        _check_relation(ann, edit.relation, schema)
        ann.relations[edit.relation.id] = edit.relation
        return RemoveRelation(edit.relation, edit.description)
    if isinstance(edit, RemoveRelation):
        if ann.relations.get(edit.relation.id) != edit.relation:
            raise EditError("the relation was changed or removed meanwhile")
        del ann.relations[edit.relation.id]
        return AddRelation(edit.relation, edit.description)
    if isinstance(edit, ChangeRelation):
        if ann.relations.get(edit.before.id) != edit.before:
            raise EditError("the relation was changed or removed meanwhile")
        if edit.after.id != edit.before.id:
            raise EditError("a relation change cannot change the relation's id")
        _check_relation(ann, edit.after, schema, edit.before)
        ann.relations[edit.after.id] = edit.after
        return ChangeRelation(edit.after, edit.before, edit.description)
    if isinstance(edit, SetDocStatus):
        if ann.status is not edit.before:
            raise EditError("the document status was changed meanwhile")
        ann.status = edit.after
        return SetDocStatus(edit.after, edit.before, edit.description)
    raise EditError(f"unknown edit {type(edit).__name__}")


def _require_current_span(ann: AnnotationSet, span: Span) -> None:
    if ann.spans.get(span.id) != span:
        raise EditError("the span was changed or removed meanwhile")


# ------------------------------------------------------------------ edit builders


def make_span(text: str, start: int, end: int, label: str, *, origin: str,
              status: Status = Status.ACCEPTED, score: float | None = None,
              attributes: dict[str, Any] | None = None, span_id: str | None = None) -> Span:
    """A new span over ``text[start:end]`` with fresh id and timestamps."""
    stamp = now_iso()
    return Span(id=span_id or new_id("s"), start=start, end=end, label=label,
                text=text[start:end], attributes=dict(attributes or {}), status=status,
                origin=origin, score=score, created=stamp, modified=stamp)


def relabel(span: Span, label: str) -> ChangeSpan:
    """Change a span's label (attributes the new label lacks are kept for the caller to check)."""
    return ChangeSpan(span, span.with_changes(label=label, modified=now_iso()),
                      f"Relabel as {label}")


def resize(text: str, span: Span, start: int, end: int) -> ChangeSpan:
    """Move a span's edges to ``[start, end)``; its text follows."""
    return ChangeSpan(span, span.with_changes(start=start, end=end, text=text[start:end],
                                              modified=now_iso()), "Resize span")


def set_attribute(span: Span, name: str, value: Any) -> ChangeSpan:
    """Set (or with None, clear) a span attribute."""
    attrs = dict(span.attributes)
    if value is None:
        attrs.pop(name, None)
    else:
        attrs[name] = value
    return ChangeSpan(span, span.with_changes(attributes=attrs, modified=now_iso()),
                      f"Set {name}")


def set_status(span: Span, status: Status, *, reviewer: str | None = None) -> ChangeSpan:
    """Accept, reject or re-open a span. The origin is kept so precision can be computed."""
    extra = dict(span.extra)
    if reviewer:
        extra["reviewed_by"] = reviewer
    return ChangeSpan(span, span.with_changes(status=status, modified=now_iso(), extra=extra),
                      f"Mark {status.value}")


def set_canonical(span: Span, canonical_id: str | None) -> ChangeSpan:
    """Attach a span to a canonical actor id (or detach it with None)."""
    return ChangeSpan(span, span.with_changes(canonical_id=canonical_id, modified=now_iso()),
                      "Set canonical id")


def make_relation(rel_type: str, head: Span, tail: Span, *, origin: str,
                  status: Status = Status.ACCEPTED, score: float | None = None,
                  attributes: dict[str, Any] | None = None) -> Relation:
    """A new relation from ``head`` to ``tail``."""
    stamp = now_iso()
    return Relation(id=new_id("r"), type=rel_type, head=head.id, tail=tail.id,
                    attributes=dict(attributes or {}), status=status, origin=origin,
                    score=score, created=stamp, modified=stamp)


def remove_span_with_relations(ann: AnnotationSet, span: Span) -> Batch:
    """One undoable step removing ``span`` and every relation that uses it."""
    edits: list[Edit] = [RemoveRelation(r) for r in ann.relations_of(span.id)]
    edits.append(RemoveSpan(span))
    return Batch(tuple(edits), "Remove span")


def batch(edits: Iterable[Edit], description: str) -> Batch:
    """Group ``edits`` into one step."""
    return Batch(tuple(edits), description)

