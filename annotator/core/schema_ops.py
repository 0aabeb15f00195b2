"""Schema edits that keep annotations consistent: labels, relation types and attributes.

Each operation is a small frozen value with two methods:

- ``schema(schema)`` returns the new :class:`LabelSchema` (or raises
  :class:`SchemaOpError` with a message for the user);
- ``annotations(ann, schema)`` rewrites one :class:`AnnotationSet` to match
  (``schema`` is the schema *before* the operation) and returns an
  :class:`AnnotationChange` saying what changed.

Nothing is ever deleted silently (DESIGN.md "Files on disk"): removing a
label needs an explicit choice, relabel its spans to another label or
archive them; archived spans and relations are handed back in the
:class:`AnnotationChange` for the file layer to keep in the annotation
file's ``archived_spans`` / ``archived_relations`` lists. Attribute values a
label no longer defines move into the span's ``archived_attributes``.
Applying these project-wide, with an exact undo, is
:mod:`annotator.formats.schema_change`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from annotator.core.edits import (
    ChangeRelation,
    ChangeSpan,
    RemoveRelation,
    RemoveSpan,
    apply_unchecked,
)
from annotator.core.model import AnnotationSet, Relation, Span, Status
from annotator.core.schema import AttributeDef, LabelSchema, RelationType, SpanLabel, name_problem

ARCHIVED_ATTRIBUTES = "archived_attributes"


class SchemaOpError(ValueError):
    """A schema operation that cannot be done; the message says why, for the user."""


@dataclass
class AnnotationChange:
    """What one operation did to one annotation set."""

    spans_changed: int = 0
    relations_changed: int = 0
    archived_spans: list[Span] = field(default_factory=list)
    archived_relations: list[Relation] = field(default_factory=list)
    #: Relabelled spans that now repeat another span exactly (kept; the analyst decides).
    duplicates: int = 0

    @property
    def changed(self) -> bool:
        """True when the annotation set differs from before."""
        return bool(self.spans_changed or self.relations_changed or self.archived_spans
                    or self.archived_relations)


def free_name(base: str, taken: Collection[str]) -> str:
    """``base``, else the first of ``base2``, ``base3``... that is not ``taken``."""
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


# ------------------------------------------------------------------ the two kinds

D = TypeVar("D", SpanLabel, RelationType)
A = TypeVar("A", Span, Relation)


@dataclass(frozen=True)
class _Kind(Generic[D, A]):
    """Labels or relation types, as the code they share sees one of them.

    ``D`` is the definition (SpanLabel, RelationType), ``A`` the annotation (Span,
    Relation); the fields say where each lives and what messages call the kind.
    """

    what: str            # the kind's name in messages
    schema_field: str    # the LabelSchema field listing the definitions
    set_field: str       # the AnnotationSet field holding the annotations by id
    name_field: str      # the annotation's field naming its label or type
    count_field: str     # the AnnotationChange counter of rewritten annotations
    archive_field: str   # the AnnotationChange list of archived annotations

    def all(self, schema: LabelSchema) -> tuple[D, ...]:
        return getattr(schema, self.schema_field)

    def find(self, schema: LabelSchema, name: str) -> D | None:
        return next((d for d in self.all(schema) if d.name == name), None)

    def need(self, schema: LabelSchema, name: str) -> D:
        """The definition called ``name``; refused when there is none."""
        found = self.find(schema, name)
        if found is None:
            raise SchemaOpError(f"there is no {self.what} {name!r}")
        return found

    def with_all(self, schema: LabelSchema, definitions: Iterable[D]) -> LabelSchema:
        changes: dict[str, Any] = {self.schema_field: tuple(definitions)}
        return replace(schema, **changes)

    def with_replaced(self, schema: LabelSchema, new: D) -> LabelSchema:
        """``schema`` with ``new`` in place of the definition of the same name."""
        return self.with_all(schema, (new if d.name == new.name else d
                                      for d in self.all(schema)))

    def without(self, schema: LabelSchema, name: str) -> LabelSchema:
        return self.with_all(schema, (d for d in self.all(schema) if d.name != name))

    def store(self, ann: AnnotationSet) -> Mapping[str, A]:
        return getattr(ann, self.set_field)

    def carrying(self, ann: AnnotationSet, name: str) -> list[A]:
        """The annotations whose label or type is ``name``."""
        return [a for a in self.store(ann).values() if getattr(a, self.name_field) == name]

    def put(self, ann: AnnotationSet, item: A, change: AnnotationChange) -> None:
        """Store the rewritten ``item`` (an unchecked edit: offsets stay) and count it."""
        before: Any = self.store(ann)[item.id]
        edit = ChangeSpan(before, item) if isinstance(item, Span) else \
            ChangeRelation(before, item)
        apply_unchecked(ann, edit)
        setattr(change, self.count_field, getattr(change, self.count_field) + 1)

    def archive(self, ann: AnnotationSet, items: list[A], change: AnnotationChange) -> None:
        """Move ``items`` out of ``ann`` into ``change``'s archived list."""
        for item in items:
            getattr(change, self.archive_field).append(item)
            apply_unchecked(ann, RemoveSpan(item) if isinstance(item, Span)
                            else RemoveRelation(item))


LABELS: _Kind[SpanLabel, Span] = _Kind(
    "label", "span_labels", "spans", "label", "spans_changed", "archived_spans")
RELATIONS: _Kind[RelationType, Relation] = _Kind(
    "relation type", "relation_types", "relations", "type", "relations_changed",
    "archived_relations")


def _kind(on_relation: bool) -> _Kind[Any, Any]:
    """The kind an attribute operation's owner is."""
    return RELATIONS if on_relation else LABELS


# ------------------------------------------------------------------ helpers


def _clean_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise SchemaOpError(f"a {what} needs a name")
    if name != name.strip():
        raise SchemaOpError(f"the {what} name {name!r} has spaces at its ends")
    return name


def _check_new_name(kind: _Kind[D, A], schema: LabelSchema, name: str, hint: str = "") -> None:
    """Refuse a blank or padded ``name``, or one already taken (``hint`` follows the refusal).

    A new name must also be one an import would accept (:func:`name_problem`:
    one word, no control characters), so the GUI and every importer agree.
    """
    _clean_name(name, kind.what)
    problem = name_problem(name, kind.what)
    if problem:
        raise SchemaOpError(problem)
    if kind.find(schema, name) is not None:
        raise SchemaOpError(f"there is already a {kind.what} {name!r}{hint}")


def _renamed(kind: _Kind[D, A], schema: LabelSchema, old: str, new: str,
             hint: str = "") -> LabelSchema:
    """``schema`` with definition ``old`` called ``new``, once both names are checked."""
    item = kind.need(schema, old)
    _check_new_name(kind, schema, new, hint)
    return kind.with_all(schema, (replace(d, name=new) if d is item else d
                                  for d in kind.all(schema)))


def _rename_annotations(kind: _Kind[D, A], ann: AnnotationSet, old: str,
                        new: str) -> AnnotationChange:
    """Every annotation of ``old`` gets the name ``new`` (nothing else changes)."""
    change = AnnotationChange()
    for item in kind.carrying(ann, old):
        kind.put(ann, item.with_changes(**{kind.name_field: new}), change)
    return change


def _check_removal(kind: _Kind[D, A], schema: LabelSchema, name: str, target: str | None,
                   archive: bool, no_choice: str, to_itself: str) -> None:
    """Refuse removing ``name`` without exactly one choice: move to ``target``, or archive."""
    kind.need(schema, name)
    if (target is None) == (not archive):
        raise SchemaOpError(no_choice)
    if target is not None:
        kind.need(schema, target)
        if target == name:
            raise SchemaOpError(to_itself)


def _moved(kind: _Kind[D, A], item: A, target: D) -> A:
    """``item`` given to ``target``; values ``target`` does not define are archived on it."""
    keep = {a.name for a in target.attributes}
    lost = {k: v for k, v in item.attributes.items() if k not in keep}
    return item.with_changes(**{kind.name_field: target.name},
                             attributes={k: v for k, v in item.attributes.items() if k in keep},
                             extra=_archive_attributes(item.extra, lost))


def _replace_in(names: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    """``names`` with ``old`` replaced by ``new`` (or dropped), order kept, no repeats."""
    out: list[str] = []
    for name in names:
        kept = new if name == old else name
        if kept is not None and kept not in out:
            out.append(kept)
    return tuple(out)


def _with_constraints(schema: LabelSchema, old: str, new: str | None) -> LabelSchema:
    """``schema`` with label ``old`` renamed to ``new`` (or removed) in head/tail lists."""
    out = []
    for r in schema.relation_types:
        heads, tails = _replace_in(r.head_labels, old, new), _replace_in(r.tail_labels, old, new)
        if new is None and ((r.head_labels and not heads) or (r.tail_labels and not tails)):
            end = "head" if r.head_labels and not heads else "tail"
            raise SchemaOpError(
                f"relation type {r.name} allows only {old} as its {end}; without {old} it "
                f"would accept any label. Change or remove {r.name} first")
        out.append(replace(r, head_labels=heads, tail_labels=tails))
    return replace(schema, relation_types=tuple(out))


def _unfitting_link(ann: AnnotationSet, rel: Relation, allowed: RelationType) -> str | None:
    """The start of a refusal naming ``rel`` when ``allowed``'s head/tail labels exclude it."""
    head, tail = ann.spans.get(rel.head), ann.spans.get(rel.tail)
    if head and allowed.head_labels and head.label not in allowed.head_labels or \
            tail and allowed.tail_labels and tail.label not in allowed.tail_labels:
        return (f"document {ann.document_id} ({ann.annotator}) has a {rel.type} link from "
                f"{head.label if head else '?'} to {tail.label if tail else '?'}")
    return None


def _archive_attributes(extra: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``extra`` with ``values`` added to its archived attributes (newer values win)."""
    out = dict(extra)
    if values:
        out[ARCHIVED_ATTRIBUTES] = {**dict(out.get(ARCHIVED_ATTRIBUTES) or {}), **values}
    return out


class _SchemaOnly:
    """An operation that changes the schema alone."""

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite."""
        return AnnotationChange()


# ------------------------------------------------------------------ labels


@dataclass(frozen=True)
class AddLabel(_SchemaOnly):
    """Add a new span label."""

    label: SpanLabel

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add label {self.label.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label appended."""
        _check_new_name(LABELS, schema, self.label.name)
        return LABELS.with_all(schema, (*schema.span_labels, self.label))


@dataclass(frozen=True)
class UpdateLabel(_SchemaOnly):
    """Change a label's colour, key or guideline (same name, same attributes)."""

    label: SpanLabel

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Edit label {self.label.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label replaced."""
        if LABELS.need(schema, self.label.name).attributes != self.label.attributes:
            raise SchemaOpError("change attributes with the attribute operations, so that "
                                "the spans that carry them are kept consistent")
        return LABELS.with_replaced(schema, self.label)


@dataclass(frozen=True)
class RenameLabel:
    """Rename a span label; its spans keep everything but the label's name."""

    old: str
    new: str

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Rename label {self.old} to {self.new}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label and relation constraints renamed."""
        renamed = _renamed(LABELS, schema, self.old, self.new,
                           hint=f"; to merge the two, remove {self.old} and relabel its spans "
                                f"to {self.new}")
        return _with_constraints(renamed, self.old, self.new)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every span of the old label gets the new name (nothing else changes)."""
        return _rename_annotations(LABELS, ann, self.old, self.new)


@dataclass(frozen=True)
class RemoveLabel:
    """Remove a span label: relabel its spans to ``relabel_to``, or ``archive`` them."""

    name: str
    relabel_to: str | None = None
    archive: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        how = f"relabel its spans to {self.relabel_to}" if self.relabel_to else \
            "archive its spans"
        return f"Remove label {self.name} ({how})"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema without the label; relation constraints follow the choice."""
        _check_removal(LABELS, schema, self.name, self.relabel_to, self.archive,
                       no_choice=f"removing {self.name} needs a choice: relabel its spans to "
                                 "another label, or archive them (they are never deleted)",
                       to_itself="a label cannot be relabelled to itself")
        return _with_constraints(LABELS.without(schema, self.name), self.name, self.relabel_to)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Relabel or archive the label's spans (and archive relations of archived spans)."""
        change = AnnotationChange()
        spans = sorted(LABELS.carrying(ann, self.name), key=lambda s: s.id)
        if self.relabel_to is None:
            ids = {s.id for s in spans}
            RELATIONS.archive(ann, [r for _, r in sorted(ann.relations.items())
                                    if r.head in ids or r.tail in ids], change)
            LABELS.archive(ann, spans, change)
            return change
        target = LABELS.need(schema, self.relabel_to)
        existing = {s.key for s in LABELS.carrying(ann, target.name)
                    if s.status is not Status.REJECTED}
        for span in spans:
            if (span.start, span.end, target.name) in existing:
                change.duplicates += 1
            LABELS.put(ann, _moved(LABELS, span, target), change)
        return change


# ------------------------------------------------------------------ relation types


@dataclass(frozen=True)
class AddRelationType(_SchemaOnly):
    """Add a new relation type."""

    relation_type: RelationType

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add relation type {self.relation_type.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the relation type appended."""
        _check_new_name(RELATIONS, schema, self.relation_type.name)
        return RELATIONS.with_all(schema, (*schema.relation_types, self.relation_type))


@dataclass(frozen=True)
class UpdateRelationType:
    """Change a relation type's colour, key, guideline or head/tail labels (same name)."""

    relation_type: RelationType

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Edit relation type {self.relation_type.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the relation type replaced."""
        old = RELATIONS.need(schema, self.relation_type.name)
        if old.attributes != self.relation_type.attributes:
            raise SchemaOpError("change attributes with the attribute operations")
        return RELATIONS.with_replaced(schema, self.relation_type)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Refuse when an existing relation would break the new head/tail labels."""
        for rel in RELATIONS.carrying(ann, self.relation_type.name):
            link = _unfitting_link(ann, rel, self.relation_type)
            if link:
                raise SchemaOpError(f"{link}, which the new head/tail labels would not allow")
        return AnnotationChange()


@dataclass(frozen=True)
class RenameRelationType:
    """Rename a relation type; its relations keep everything but the type's name."""

    old: str
    new: str

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Rename relation type {self.old} to {self.new}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the relation type renamed."""
        return _renamed(RELATIONS, schema, self.old, self.new)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every relation of the old type gets the new name."""
        return _rename_annotations(RELATIONS, ann, self.old, self.new)


@dataclass(frozen=True)
class RemoveRelationType:
    """Remove a relation type: retype its relations to ``retype_to``, or ``archive`` them."""

    name: str
    retype_to: str | None = None
    archive: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        how = f"retype its links to {self.retype_to}" if self.retype_to else "archive its links"
        return f"Remove relation type {self.name} ({how})"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema without the relation type."""
        _check_removal(RELATIONS, schema, self.name, self.retype_to, self.archive,
                       no_choice=f"removing {self.name} needs a choice: retype its links to "
                                 "another relation type, or archive them",
                       to_itself="a relation type cannot be retyped to itself")
        return RELATIONS.without(schema, self.name)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Retype (when the target allows both ends) or archive the type's relations."""
        change = AnnotationChange()
        rels = sorted(RELATIONS.carrying(ann, self.name), key=lambda r: r.id)
        if self.retype_to is None:
            RELATIONS.archive(ann, rels, change)
            return change
        target = RELATIONS.need(schema, self.retype_to)
        for rel in rels:
            link = _unfitting_link(ann, rel, target)
            if link:
                raise SchemaOpError(f"{link}, which {target.name} does not allow; archive the "
                                    "links instead")
            RELATIONS.put(ann, _moved(RELATIONS, rel, target), change)
        return change


# ------------------------------------------------------------------ attributes


@dataclass(frozen=True)
class AddAttribute(_SchemaOnly):
    """Add an attribute definition to a label (or, ``on_relation``, a relation type).

    Nothing to rewrite: spans without the attribute simply have no value.
    """

    owner: str
    attribute: AttributeDef
    on_relation: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add attribute {self.attribute.name} to {self.owner}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the attribute appended to its owner."""
        kind = _kind(self.on_relation)
        owner = kind.need(schema, self.owner)
        _clean_name(self.attribute.name, "attribute")
        if owner.attribute(self.attribute.name) is not None:
            raise SchemaOpError(f"{self.owner} already has an attribute "
                                f"{self.attribute.name!r}")
        return kind.with_replaced(schema, replace(owner, attributes=(*owner.attributes,
                                                                     self.attribute)))


@dataclass(frozen=True)
class RenameAttribute:
    """Rename an attribute of a label or relation type; values move to the new name."""

    owner: str
    old: str
    new: str
    on_relation: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Rename attribute {self.owner}.{self.old} to {self.new}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the attribute renamed."""
        kind = _kind(self.on_relation)
        owner = kind.need(schema, self.owner)
        adef = owner.attribute(self.old)
        if adef is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.old!r}")
        _clean_name(self.new, "attribute")
        if owner.attribute(self.new) is not None:
            raise SchemaOpError(f"{self.owner} already has an attribute {self.new!r}")
        attrs = tuple(replace(a, name=self.new) if a is adef else a for a in owner.attributes)
        return kind.with_replaced(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value from the old key to the new one, keeping key order."""
        change = AnnotationChange()
        kind = _kind(self.on_relation)
        for item in kind.carrying(ann, self.owner):
            if self.old in item.attributes:
                attrs = {(self.new if k == self.old else k): v
                         for k, v in item.attributes.items()}
                kind.put(ann, item.with_changes(attributes=attrs), change)
        return change


@dataclass(frozen=True)
class RemoveAttribute:
    """Remove an attribute; its values are archived on each span, never dropped."""

    owner: str
    name: str
    on_relation: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Remove attribute {self.owner}.{self.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema without the attribute."""
        kind = _kind(self.on_relation)
        owner = kind.need(schema, self.owner)
        if owner.attribute(self.name) is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.name!r}")
        attrs = tuple(a for a in owner.attributes if a.name != self.name)
        return kind.with_replaced(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value into the item's ``archived_attributes``."""
        change = AnnotationChange()
        kind = _kind(self.on_relation)
        for item in kind.carrying(ann, self.owner):
            if self.name in item.attributes:
                attrs = {k: v for k, v in item.attributes.items() if k != self.name}
                extra = _archive_attributes(item.extra, {self.name: item.attributes[self.name]})
                kind.put(ann, item.with_changes(attributes=attrs, extra=extra), change)
        return change


@dataclass(frozen=True)
class RenameAttributeValue:
    """Rename one allowed value of a closed attribute; items holding it follow."""

    owner: str
    name: str
    old: str
    new: str
    on_relation: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Rename value {self.old} of {self.owner}.{self.name} to {self.new}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the value renamed (its display labels follow)."""
        kind = _kind(self.on_relation)
        owner = kind.need(schema, self.owner)
        adef = owner.attribute(self.name)
        if adef is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.name!r}")
        if self.old not in adef.values:
            raise SchemaOpError(f"{self.owner}.{self.name} has no value {self.old!r}")
        _clean_name(self.new, "value")
        if self.new in adef.values:
            raise SchemaOpError(f"{self.owner}.{self.name} already has a value {self.new!r}")
        values = tuple(self.new if v == self.old else v for v in adef.values)
        labels = {(self.new if k == self.old else k): v for k, v in adef.value_labels.items()}
        default = self.new if adef.default == self.old else adef.default
        new_def = replace(adef, values=values, value_labels=labels, default=default)
        attrs = tuple(new_def if a is adef else a for a in owner.attributes)
        return kind.with_replaced(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Items holding the old value get the new one."""
        change = AnnotationChange()
        kind = _kind(self.on_relation)
        for item in kind.carrying(ann, self.owner):
            if item.attributes.get(self.name) == self.old:
                kind.put(ann, item.with_changes(attributes={**item.attributes,
                                                            self.name: self.new}), change)
        return change


SchemaOp = (AddLabel | UpdateLabel | RenameLabel | RemoveLabel | AddRelationType |
            UpdateRelationType | RenameRelationType | RemoveRelationType | AddAttribute |
            RenameAttribute | RemoveAttribute | RenameAttributeValue)
