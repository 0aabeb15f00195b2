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

from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.model import AnnotationSet, Relation, Span, Status
from annotator.core.schema import AttributeDef, LabelSchema, RelationType, SpanLabel

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


# ------------------------------------------------------------------ helpers


def _clean_name(name: str, what: str) -> str:
    if not isinstance(name, str) or not name.strip():
        raise SchemaOpError(f"a {what} needs a name")
    if name != name.strip():
        raise SchemaOpError(f"the {what} name {name!r} has spaces at its ends")
    return name


def _need_label(schema: LabelSchema, name: str) -> SpanLabel:
    label = schema.label(name)
    if label is None:
        raise SchemaOpError(f"there is no label {name!r}")
    return label


def _need_relation(schema: LabelSchema, name: str) -> RelationType:
    rtype = schema.relation_type(name)
    if rtype is None:
        raise SchemaOpError(f"there is no relation type {name!r}")
    return rtype


def _replace_in(names: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    """``names`` with ``old`` replaced by ``new`` (or dropped), order kept, no repeats."""
    out: list[str] = []
    for name in names:
        kept = new if name == old else name
        if kept is not None and kept not in out:
            out.append(kept)
    return tuple(out)


def _with_constraints(schema: LabelSchema, old: str, new: str | None) -> tuple[RelationType, ...]:
    """Relation types with label ``old`` renamed to ``new`` (or removed) in head/tail lists."""
    out = []
    for r in schema.relation_types:
        heads, tails = _replace_in(r.head_labels, old, new), _replace_in(r.tail_labels, old, new)
        if new is None and ((r.head_labels and not heads) or (r.tail_labels and not tails)):
            end = "head" if r.head_labels and not heads else "tail"
            raise SchemaOpError(
                f"relation type {r.name} allows only {old} as its {end}; without {old} it "
                f"would accept any label. Change or remove {r.name} first")
        out.append(replace(r, head_labels=heads, tail_labels=tails))
    return tuple(out)


def _archive_attributes(extra: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``extra`` with ``values`` added to its archived attributes (newer values win)."""
    out = dict(extra)
    if values:
        out[ARCHIVED_ATTRIBUTES] = {**dict(out.get(ARCHIVED_ATTRIBUTES) or {}), **values}
    return out


def _archive_span_relations(ann: AnnotationSet, span_ids: set[str],
                            change: AnnotationChange) -> None:
    for rid, rel in sorted(ann.relations.items()):
        if rel.head in span_ids or rel.tail in span_ids:
            change.archived_relations.append(rel)
            del ann.relations[rid]


def _owner(schema: LabelSchema, owner: str, on_relation: bool) -> SpanLabel | RelationType:
    return _need_relation(schema, owner) if on_relation else _need_label(schema, owner)


def _replace_owner(schema: LabelSchema, new: SpanLabel | RelationType) -> LabelSchema:
    if isinstance(new, SpanLabel):
        return schema.with_label(new)
    rels = tuple(new if r.name == new.name else r for r in schema.relation_types)
    return replace(schema, relation_types=rels)


def _spans(ann: AnnotationSet, label: str) -> list[Span]:
    return [s for s in ann.spans.values() if s.label == label]


def _relations(ann: AnnotationSet, rel_type: str) -> list[Relation]:
    return [r for r in ann.relations.values() if r.type == rel_type]


def _items(ann: AnnotationSet, owner: str, on_relation: bool) -> list[Span | Relation]:
    if on_relation:
        return list(_relations(ann, owner))
    return list(_spans(ann, owner))


def _store(ann: AnnotationSet, item: Span | Relation) -> None:
    if isinstance(item, Span):
        ann.spans[item.id] = item
    else:
        ann.relations[item.id] = item


# ------------------------------------------------------------------ labels


@dataclass(frozen=True)
class AddLabel:
    """Add a new span label."""

    label: SpanLabel

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add label {self.label.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label appended."""
        _clean_name(self.label.name, "label")
        if schema.label(self.label.name) is not None:
            raise SchemaOpError(f"there is already a label {self.label.name!r}")
        return replace(schema, span_labels=(*schema.span_labels, self.label))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite."""
        return AnnotationChange()


@dataclass(frozen=True)
class UpdateLabel:
    """Change a label's colour, key or guideline (same name, same attributes)."""

    label: SpanLabel

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Edit label {self.label.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label replaced."""
        old = _need_label(schema, self.label.name)
        if old.attributes != self.label.attributes:
            raise SchemaOpError("change attributes with the attribute operations, so that "
                                "the spans that carry them are kept consistent")
        return schema.with_label(self.label)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite."""
        return AnnotationChange()


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
        label = _need_label(schema, self.old)
        _clean_name(self.new, "label")
        if schema.label(self.new) is not None:
            raise SchemaOpError(f"there is already a label {self.new!r}; to merge the two, "
                                f"remove {self.old} and relabel its spans to {self.new}")
        labels = tuple(replace(lab, name=self.new) if lab is label else lab
                       for lab in schema.span_labels)
        return LabelSchema(labels, _with_constraints(schema, self.old, self.new))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every span of the old label gets the new name (nothing else changes)."""
        change = AnnotationChange()
        for span in _spans(ann, self.old):
            ann.spans[span.id] = span.with_changes(label=self.new)
            change.spans_changed += 1
        return change


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
        _need_label(schema, self.name)
        if (self.relabel_to is None) == (not self.archive):
            raise SchemaOpError(f"removing {self.name} needs a choice: relabel its spans to "
                                "another label, or archive them (they are never deleted)")
        if self.relabel_to is not None:
            _need_label(schema, self.relabel_to)
            if self.relabel_to == self.name:
                raise SchemaOpError("a label cannot be relabelled to itself")
        labels = tuple(lab for lab in schema.span_labels if lab.name != self.name)
        return LabelSchema(labels, _with_constraints(schema, self.name, self.relabel_to))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Relabel or archive the label's spans (and archive relations of archived spans)."""
        change = AnnotationChange()
        spans = sorted(_spans(ann, self.name), key=lambda s: s.id)
        if self.relabel_to is not None:
            target = _need_label(schema, self.relabel_to)
            keep = {a.name for a in target.attributes}
            existing = {s.key for s in ann.spans.values()
                        if s.label == self.relabel_to and s.status is not Status.REJECTED}
            for span in spans:
                if (span.start, span.end, self.relabel_to) in existing:
                    change.duplicates += 1
                lost = {k: v for k, v in span.attributes.items() if k not in keep}
                attrs = {k: v for k, v in span.attributes.items() if k in keep}
                ann.spans[span.id] = span.with_changes(
                    label=self.relabel_to, attributes=attrs,
                    extra=_archive_attributes(span.extra, lost))
                change.spans_changed += 1
            return change
        ids = {s.id for s in spans}
        _archive_span_relations(ann, ids, change)
        for span in spans:
            change.archived_spans.append(span)
            del ann.spans[span.id]
        return change


# ------------------------------------------------------------------ relation types


@dataclass(frozen=True)
class AddRelationType:
    """Add a new relation type."""

    relation_type: RelationType

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add relation type {self.relation_type.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the relation type appended."""
        _clean_name(self.relation_type.name, "relation type")
        if schema.relation_type(self.relation_type.name) is not None:
            raise SchemaOpError(f"there is already a relation type "
                                f"{self.relation_type.name!r}")
        return replace(schema, relation_types=(*schema.relation_types, self.relation_type))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite."""
        return AnnotationChange()


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
        old = _need_relation(schema, self.relation_type.name)
        if old.attributes != self.relation_type.attributes:
            raise SchemaOpError("change attributes with the attribute operations")
        return _replace_owner(schema, self.relation_type)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Refuse when an existing relation would break the new head/tail labels."""
        r = self.relation_type
        for rel in _relations(ann, r.name):
            head, tail = ann.spans.get(rel.head), ann.spans.get(rel.tail)
            if head and r.head_labels and head.label not in r.head_labels or \
                    tail and r.tail_labels and tail.label not in r.tail_labels:
                raise SchemaOpError(
                    f"document {ann.document_id} ({ann.annotator}) has a {r.name} link from "
                    f"{head.label if head else '?'} to {tail.label if tail else '?'}, which "
                    "the new head/tail labels would not allow")
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
        rtype = _need_relation(schema, self.old)
        _clean_name(self.new, "relation type")
        if schema.relation_type(self.new) is not None:
            raise SchemaOpError(f"there is already a relation type {self.new!r}")
        return replace(schema, relation_types=tuple(
            replace(r, name=self.new) if r is rtype else r for r in schema.relation_types))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every relation of the old type gets the new name."""
        change = AnnotationChange()
        for rel in _relations(ann, self.old):
            ann.relations[rel.id] = rel.with_changes(type=self.new)
            change.relations_changed += 1
        return change


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
        _need_relation(schema, self.name)
        if (self.retype_to is None) == (not self.archive):
            raise SchemaOpError(f"removing {self.name} needs a choice: retype its links to "
                                "another relation type, or archive them")
        if self.retype_to is not None:
            _need_relation(schema, self.retype_to)
            if self.retype_to == self.name:
                raise SchemaOpError("a relation type cannot be retyped to itself")
        return replace(schema, relation_types=tuple(
            r for r in schema.relation_types if r.name != self.name))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Retype (when the target allows both ends) or archive the type's relations."""
        change = AnnotationChange()
        rels = sorted(_relations(ann, self.name), key=lambda r: r.id)
        if self.retype_to is None:
            for rel in rels:
                change.archived_relations.append(rel)
                del ann.relations[rel.id]
            return change
        target = _need_relation(schema, self.retype_to)
        keep = {a.name for a in target.attributes}
        for rel in rels:
            head, tail = ann.spans.get(rel.head), ann.spans.get(rel.tail)
            if head and target.head_labels and head.label not in target.head_labels or \
                    tail and target.tail_labels and tail.label not in target.tail_labels:
                raise SchemaOpError(
                    f"document {ann.document_id} ({ann.annotator}) has a {self.name} link "
                    f"from {head.label if head else '?'} to {tail.label if tail else '?'}, "
                    f"which {self.retype_to} does not allow; archive the links instead")
            lost = {k: v for k, v in rel.attributes.items() if k not in keep}
            ann.relations[rel.id] = rel.with_changes(
                type=self.retype_to,
                attributes={k: v for k, v in rel.attributes.items() if k in keep},
                extra=_archive_attributes(rel.extra, lost))
            change.relations_changed += 1
        return change


# ------------------------------------------------------------------ attributes


@dataclass(frozen=True)
class AddAttribute:
    """Add an attribute definition to a label (or, ``on_relation``, a relation type)."""

    owner: str
    attribute: AttributeDef
    on_relation: bool = False

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add attribute {self.attribute.name} to {self.owner}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the attribute appended to its owner."""
        owner = _owner(schema, self.owner, self.on_relation)
        _clean_name(self.attribute.name, "attribute")
        if owner.attribute(self.attribute.name) is not None:
            raise SchemaOpError(f"{self.owner} already has an attribute "
                                f"{self.attribute.name!r}")
        return _replace_owner(schema, replace(owner, attributes=(*owner.attributes,
                                                                 self.attribute)))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite (spans without the attribute simply have no value)."""
        return AnnotationChange()


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
        owner = _owner(schema, self.owner, self.on_relation)
        adef = owner.attribute(self.old)
        if adef is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.old!r}")
        _clean_name(self.new, "attribute")
        if owner.attribute(self.new) is not None:
            raise SchemaOpError(f"{self.owner} already has an attribute {self.new!r}")
        attrs = tuple(replace(a, name=self.new) if a is adef else a for a in owner.attributes)
        return _replace_owner(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value from the old key to the new one, keeping key order."""
        change = AnnotationChange()
        for item in _items(ann, self.owner, self.on_relation):
            if self.old in item.attributes:
                attrs = {(self.new if k == self.old else k): v
                         for k, v in item.attributes.items()}
                _store(ann, item.with_changes(attributes=attrs))
                if self.on_relation:
                    change.relations_changed += 1
                else:
                    change.spans_changed += 1
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
        owner = _owner(schema, self.owner, self.on_relation)
        if owner.attribute(self.name) is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.name!r}")
        attrs = tuple(a for a in owner.attributes if a.name != self.name)
        return _replace_owner(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value into the item's ``archived_attributes``."""
        change = AnnotationChange()
        for item in _items(ann, self.owner, self.on_relation):
            if self.name in item.attributes:
                attrs = {k: v for k, v in item.attributes.items() if k != self.name}
                extra = _archive_attributes(item.extra, {self.name: item.attributes[self.name]})
                _store(ann, item.with_changes(attributes=attrs, extra=extra))
                if self.on_relation:
                    change.relations_changed += 1
                else:
                    change.spans_changed += 1
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
        owner = _owner(schema, self.owner, self.on_relation)
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
        return _replace_owner(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Items holding the old value get the new one."""
        change = AnnotationChange()
        for item in _items(ann, self.owner, self.on_relation):
            if item.attributes.get(self.name) == self.old:
                _store(ann, item.with_changes(attributes={**item.attributes,
                                                          self.name: self.new}))
                if self.on_relation:
                    change.relations_changed += 1
                else:
                    change.spans_changed += 1
        return change


SchemaOp = (AddLabel | UpdateLabel | RenameLabel | RemoveLabel | AddRelationType |
            UpdateRelationType | RenameRelationType | RemoveRelationType | AddAttribute |
            RenameAttribute | RemoveAttribute | RenameAttributeValue)
