"""Edits of an :class:`AnnotationSet`, each with an exact inverse: the only writers of a set.

Every change to annotations, from the GUI's undo stack, the CLI, a
suggester's import or a bulk review, is an edit passed to
:func:`apply_edit`, which validates it and returns its inverse. Each edit
applies itself (``apply``), returns its inverse and names the spans and
relations it touches (``touches``). An edit carries complete before/after
values, so applying the inverse restores the previous state exactly,
timestamps included. :class:`EditOn` binds an edit to its set, which makes
it a :class:`~annotator.core.mutation.Mutation` for the undo stacks.

The writers of :class:`AnnotationSet` (``_put_span`` and friends) are
called from here only; :func:`load_items` is the explicit builder for code
that assembles a set.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from annotator.core.model import (
    AnnotationSet,
    DocStatus,
    Relation,
    Span,
    Status,
    new_id,
    now_iso,
)
from annotator.core.mutation import Merged, Mutation
from annotator.core.schema import LabelSchema
from annotator.core.text import span_problem


class EditError(ValueError):
    """An edit that cannot be applied; the message says why, for the user."""


class Touched(NamedTuple):
    """The ids of the spans and relations an edit adds, removes or changes."""

    spans: frozenset[str] = frozenset()
    relations: frozenset[str] = frozenset()

    def __or__(self, other: object) -> Touched:
        if not isinstance(other, Touched):
            return NotImplemented
        return Touched(self.spans | other.spans, self.relations | other.relations)


# A named tuple, not a frozen dataclass: one is made per edit, on the tagging path.
class Checks(NamedTuple):
    """What an edit is applied against: the document text and, optionally, the schema.

    ``strict=False`` skips the content checks (offsets against the text,
    labels, duplicates, relation rules) and keeps only the checks that
    protect the set itself (a new id is new, a before-value is current):
    undo and redo of edits that were valid when made, and the schema
    operations that rewrite labels project-wide.
    """

    text: str = ""
    schema: LabelSchema | None = None
    strict: bool = True


NO_CHECKS = Checks(strict=False)


@dataclass(frozen=True)
class AddSpan:
    """Add ``span`` (its id must be new)."""

    span: Span
    description: str = "Add span"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Add the span; return its removal."""
        if self.span.id in ann.spans:
            raise EditError(f"span id {self.span.id} already exists")
        if checks.strict:
            _check_span(checks, ann, self.span)
        ann._put_span(self.span)
        return RemoveSpan(self.span, self.description)

    def touches(self) -> Touched:
        """The added span."""
        return Touched(frozenset((self.span.id,)))


@dataclass(frozen=True)
class RemoveSpan:
    """Remove ``span`` (must be current and have no relations)."""

    span: Span
    description: str = "Remove span"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Remove the span; return its addition."""
        _require_current_span(ann, self.span)
        if any(ann.relations_of(self.span.id)):
            raise EditError("remove the span's relations first")
        ann._drop_span(self.span.id)
        return AddSpan(self.span, self.description)

    def touches(self) -> Touched:
        """The removed span."""
        return Touched(frozenset((self.span.id,)))


@dataclass(frozen=True)
class ChangeSpan:
    """Replace span ``before`` by ``after`` (same id): relabel, resize, attribute or status."""

    before: Span
    after: Span
    description: str = "Change span"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Put ``after`` in place of ``before``; return the change back."""
        _require_current_span(ann, self.before)
        if self.after.id != self.before.id:
            raise EditError("a span change cannot change the span's id")
        if checks.strict:
            _check_span(checks, ann, self.after, self.before)
        ann._put_span(self.after)
        inverse = ChangeSpan(self.after, self.before, self.description)
        if not checks.strict or self.after.label == self.before.label:
            return inverse
        try:  # only a new label can break the span's relations' label rules
            for rel in ann.relations_of(self.after.id):
                _check_relation(checks, ann, rel)
        except EditError:
            ann._put_span(self.before)
            raise
        return inverse

    def touches(self) -> Touched:
        """The changed span."""
        return Touched(frozenset((self.before.id,)))


@dataclass(frozen=True)
class AddRelation:
    """Add ``relation`` between two existing spans."""

    relation: Relation
    description: str = "Add relation"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Add the relation; return its removal."""
        if self.relation.id in ann.relations:
            raise EditError(f"relation id {self.relation.id} already exists")
        _check_ends(ann, self.relation)
        if checks.strict:
            _check_relation(checks, ann, self.relation)
        ann._put_relation(self.relation)
        return RemoveRelation(self.relation, self.description)

    def touches(self) -> Touched:
        """The added relation."""
        return Touched(relations=frozenset((self.relation.id,)))


@dataclass(frozen=True)
class RemoveRelation:
    """Remove ``relation`` (must be current)."""

    relation: Relation
    description: str = "Remove relation"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Remove the relation; return its addition."""
        _require_current_relation(ann, self.relation)
        ann._drop_relation(self.relation.id)
        return AddRelation(self.relation, self.description)

    def touches(self) -> Touched:
        """The removed relation."""
        return Touched(relations=frozenset((self.relation.id,)))


@dataclass(frozen=True)
class ChangeRelation:
    """Replace relation ``before`` by ``after`` (same id)."""

    before: Relation
    after: Relation
    description: str = "Change relation"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Put ``after`` in place of ``before``; return the change back."""
        _require_current_relation(ann, self.before)
        if self.after.id != self.before.id:
            raise EditError("a relation change cannot change the relation's id")
        _check_ends(ann, self.after)
        if checks.strict:
            _check_relation(checks, ann, self.after, self.before)
        ann._put_relation(self.after)
        return ChangeRelation(self.after, self.before, self.description)

    def touches(self) -> Touched:
        """The changed relation."""
        return Touched(relations=frozenset((self.before.id,)))


@dataclass(frozen=True)
class SetDocStatus:
    """Change the document's status from ``before`` to ``after``."""

    before: DocStatus
    after: DocStatus
    description: str = "Set document status"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Set the status; return the change back."""
        if ann.status is not self.before:
            raise EditError("the document status was changed meanwhile")
        ann.status = self.after
        return SetDocStatus(self.after, self.before, self.description)

    def touches(self) -> Touched:
        """No span, no relation."""
        return Touched()


@dataclass(frozen=True)
class Batch:
    """Several edits applied as one: all or nothing, undone in reverse order."""

    edits: tuple[Edit, ...] = field(default_factory=tuple)
    description: str = "Edit"

    def apply(self, ann: AnnotationSet, checks: Checks) -> Edit:
        """Apply every edit in order; on a refusal take back those done, then raise."""
        done: list[Edit] = []
        try:
            for sub in self.edits:
                done.append(sub.apply(ann, checks))
        except EditError:
            for inverse in reversed(done):
                inverse.apply(ann, NO_CHECKS)
            raise
        return Batch(tuple(reversed(done)), self.description)

    def touches(self) -> Touched:
        """Everything its edits touch."""
        out = Touched()
        for sub in self.edits:
            out |= sub.touches()
        return out


Edit = AddSpan | RemoveSpan | ChangeSpan | AddRelation | RemoveRelation | ChangeRelation | \
    SetDocStatus | Batch


# ------------------------------------------------------------------ validation


def _check_span(checks: Checks, ann: AnnotationSet, span: Span,
                before: Span | None = None) -> None:
    text, schema = checks.text, checks.schema
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


def _check_ends(ann: AnnotationSet, rel: Relation) -> None:
    """A relation links two existing spans (also unchecked: the set would be broken)."""
    if rel.head not in ann.spans or rel.tail not in ann.spans:
        raise EditError(f"relation {rel.type}: its head or tail span does not exist")


def _check_relation(checks: Checks, ann: AnnotationSet, rel: Relation,
                    before: Relation | None = None) -> None:
    _check_ends(ann, rel)
    head, tail = ann.spans[rel.head], ann.spans[rel.tail]
    if rel.head == rel.tail:
        raise EditError(f"relation {rel.type}: a span cannot be linked to itself")
    schema = checks.schema
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
    if rel.status is not Status.REJECTED and \
            ann.find_link(rel.type, rel.head, rel.tail, ignore_id=rel.id) is not None:
        raise EditError(f"this {rel.type} link already exists")


def _require_current_span(ann: AnnotationSet, span: Span) -> None:
    if ann.spans.get(span.id) != span:
        raise EditError("the span was changed or removed meanwhile")


def _require_current_relation(ann: AnnotationSet, rel: Relation) -> None:
    if ann.relations.get(rel.id) != rel:
        raise EditError("the relation was changed or removed meanwhile")


# ------------------------------------------------------------------ application


def apply_edit(text: str, ann: AnnotationSet, edit: Edit,
               schema: LabelSchema | None = None) -> Edit:
    """Validate and apply ``edit`` to ``ann`` (annotations of ``text``); return its inverse.

    Raises :class:`EditError` and leaves ``ann`` unchanged when the edit is
    invalid: offsets outside the text, inside a surrogate pair or between a
    letter and its marks, a text that does not match its offsets, an exact
    duplicate, a stale before-value, an unknown label when ``schema`` is given.
    """
    if not isinstance(edit, _EDIT_TYPES):
        raise EditError(f"unknown edit {type(edit).__name__}")
    return edit.apply(ann, Checks(text, schema))


def apply_unchecked(ann: AnnotationSet, edit: Edit) -> Edit:
    """Apply ``edit`` with only the checks that keep ``ann`` whole; return its inverse.

    For undo and redo of edits that were valid when made, and for rewrites
    that keep every offset (the schema operations): see :class:`Checks`.
    """
    return edit.apply(ann, NO_CHECKS)


def put_edit(ann: AnnotationSet, item: Span | Relation) -> Edit:
    """The edit putting ``item`` into ``ann``: an addition, or a change of the one with its id."""
    if isinstance(item, Span):
        old_span = ann.spans.get(item.id)
        return AddSpan(item) if old_span is None else ChangeSpan(old_span, item)
    old_rel = ann.relations.get(item.id)
    return AddRelation(item) if old_rel is None else ChangeRelation(old_rel, item)


def load_items(ann: AnnotationSet, spans: Iterable[Span] = (),
               relations: Iterable[Relation] = ()) -> None:
    """Builder: put ``spans`` then ``relations`` into ``ann`` as they are, unchecked.

    An item replaces the one with its id. For code that assembles a set
    (codecs, merges, test fixtures), not for a user's change: those are
    edits passed to :func:`apply_edit`. Relations may point at spans that
    do not exist (a file being repaired, a validator's test).
    """
    for span in spans:
        ann._put_span(span)
    for rel in relations:
        ann._put_relation(rel)


_EDIT_TYPES = (AddSpan, RemoveSpan, ChangeSpan, AddRelation, RemoveRelation, ChangeRelation,
               SetDocStatus, Batch)


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



# ------------------------------------------------------------------ the undo stack's view


def attribute_changed(edit: Edit) -> tuple[str, str] | None:
    """(span id, attribute name) when ``edit`` changes exactly one attribute of one span."""
    if not isinstance(edit, ChangeSpan):
        return None
    before, after = edit.before, edit.after
    if _without_attributes(before) != _without_attributes(after):
        return None
    names = {k for k in set(before.attributes) | set(after.attributes)
             if before.attributes.get(k, None) != after.attributes.get(k, None)
             or (k in before.attributes) != (k in after.attributes)}
    return (before.id, names.pop()) if len(names) == 1 else None


def _without_attributes(span: Span) -> Span:
    return span.with_changes(attributes={}, modified="")


@dataclass(eq=False, slots=True)  # not frozen: made twice per edit, on the tagging path
class EditOn:
    """An edit bound to the annotations of ``text`` it changes: a :class:`Mutation`.

    Applying it skips the schema check (an undo or redo must not fail because
    a label was renamed meanwhile); the text and duplicate checks stay.
    Consecutive changes of one attribute of one span merge (see
    :func:`attribute_changed`).
    """

    text: str
    ann: AnnotationSet
    edit: Edit

    @property
    def description(self) -> str:
        """The edit's description."""
        return self.edit.description

    def apply(self) -> EditOn:
        """Apply the edit; return the bound inverse."""
        return EditOn(self.text, self.ann, apply_edit(self.text, self.ann, self.edit))

    def touches(self) -> Touched:
        """The spans and relations the edit touches."""
        return self.edit.touches()

    def merge_key(self) -> Hashable | None:
        """(span id, attribute) for a change of one attribute of one span, else None."""
        return attribute_changed(self.edit)

    def merge(self, later: Mutation) -> Merged | None:
        """This attribute change and a later one of the same attribute, as one change."""
        if not isinstance(later, EditOn) or later.ann is not self.ann:
            return None
        first, last = self.edit, later.edit
        if not (isinstance(first, ChangeSpan) and isinstance(last, ChangeSpan)):
            return None
        forward = ChangeSpan(first.before, last.after, last.description)
        inverse = ChangeSpan(last.after, first.before, last.description)
        return Merged(EditOn(self.text, self.ann, forward), EditOn(self.text, self.ann, inverse),
                      dict(first.before.attributes) == dict(last.after.attributes))
