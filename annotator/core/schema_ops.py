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
:mod:`annotator.formats.schema_change`; what the operations share (the two
kinds of definition, the checks, moves and archives) is in
:mod:`annotator.core.schema_ops_base`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from annotator.core.model import AnnotationSet, Status
from annotator.core.schema import AttributeDef, LabelSchema, RelationType, SpanLabel

# Part of this module's API too: the archive key, what an operation changed, free_name.
from annotator.core.schema_ops_base import ARCHIVED_ATTRIBUTES as ARCHIVED_ATTRIBUTES
from annotator.core.schema_ops_base import (
    LABELS,
    RELATIONS,
    SchemaOnly,
    SchemaOpError,
    archive_attributes,
    check_new_name,
    check_removal,
    clean_name,
    kind_of,
    moved,
    rename_annotations,
    schema_with_renamed,
    unfitting_link,
    with_constraints,
)
from annotator.core.schema_ops_base import AnnotationChange as AnnotationChange
from annotator.core.schema_ops_base import free_name as free_name

# ------------------------------------------------------------------ labels


@dataclass(frozen=True)
class AddLabel(SchemaOnly):
    """Add a new span label."""

    label: SpanLabel

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add label {self.label.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the label appended."""
        check_new_name(LABELS, schema, self.label.name)
        return LABELS.with_all(schema, (*schema.span_labels, self.label))


@dataclass(frozen=True)
class UpdateLabel(SchemaOnly):
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
        renamed = schema_with_renamed(LABELS, schema, self.old, self.new,
                                      hint=f"; to merge the two, remove {self.old} and "
                                           f"relabel its spans to {self.new}")
        return with_constraints(renamed, self.old, self.new)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every span of the old label gets the new name (nothing else changes)."""
        return rename_annotations(LABELS, ann, self.old, self.new)


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
        check_removal(LABELS, schema, self.name, self.relabel_to, self.archive,
                      no_choice=f"removing {self.name} needs a choice: relabel its spans to "
                                "another label, or archive them (they are never deleted)",
                      to_itself="a label cannot be relabelled to itself")
        return with_constraints(LABELS.without(schema, self.name), self.name, self.relabel_to)

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
            LABELS.put(ann, moved(LABELS, span, target), change)
        return change


# ------------------------------------------------------------------ relation types


@dataclass(frozen=True)
class AddRelationType(SchemaOnly):
    """Add a new relation type."""

    relation_type: RelationType

    @property
    def description(self) -> str:
        """For the undo menu."""
        return f"Add relation type {self.relation_type.name}"

    def schema(self, schema: LabelSchema) -> LabelSchema:
        """The schema with the relation type appended."""
        check_new_name(RELATIONS, schema, self.relation_type.name)
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
            link = unfitting_link(ann, rel, self.relation_type)
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
        return schema_with_renamed(RELATIONS, schema, self.old, self.new)

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Every relation of the old type gets the new name."""
        return rename_annotations(RELATIONS, ann, self.old, self.new)


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
        check_removal(RELATIONS, schema, self.name, self.retype_to, self.archive,
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
            link = unfitting_link(ann, rel, target)
            if link:
                raise SchemaOpError(f"{link}, which {target.name} does not allow; archive the "
                                    "links instead")
            RELATIONS.put(ann, moved(RELATIONS, rel, target), change)
        return change


# ------------------------------------------------------------------ attributes


@dataclass(frozen=True)
class AddAttribute(SchemaOnly):
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
        kind = kind_of(self.on_relation)
        owner = kind.need(schema, self.owner)
        clean_name(self.attribute.name, "attribute")
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
        kind = kind_of(self.on_relation)
        owner = kind.need(schema, self.owner)
        adef = owner.attribute(self.old)
        if adef is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.old!r}")
        clean_name(self.new, "attribute")
        if owner.attribute(self.new) is not None:
            raise SchemaOpError(f"{self.owner} already has an attribute {self.new!r}")
        attrs = tuple(replace(a, name=self.new) if a is adef else a for a in owner.attributes)
        return kind.with_replaced(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value from the old key to the new one, keeping key order."""
        change = AnnotationChange()
        kind = kind_of(self.on_relation)
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
        kind = kind_of(self.on_relation)
        owner = kind.need(schema, self.owner)
        if owner.attribute(self.name) is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.name!r}")
        attrs = tuple(a for a in owner.attributes if a.name != self.name)
        return kind.with_replaced(schema, replace(owner, attributes=attrs))

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Move each value into the item's ``archived_attributes``."""
        change = AnnotationChange()
        kind = kind_of(self.on_relation)
        for item in kind.carrying(ann, self.owner):
            if self.name in item.attributes:
                attrs = {k: v for k, v in item.attributes.items() if k != self.name}
                extra = archive_attributes(item.extra, {self.name: item.attributes[self.name]})
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
        kind = kind_of(self.on_relation)
        owner = kind.need(schema, self.owner)
        adef = owner.attribute(self.name)
        if adef is None:
            raise SchemaOpError(f"{self.owner} has no attribute {self.name!r}")
        if self.old not in adef.values:
            raise SchemaOpError(f"{self.owner}.{self.name} has no value {self.old!r}")
        clean_name(self.new, "value")
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
        kind = kind_of(self.on_relation)
        for item in kind.carrying(ann, self.owner):
            if item.attributes.get(self.name) == self.old:
                kind.put(ann, item.with_changes(attributes={**item.attributes,
                                                            self.name: self.new}), change)
        return change


SchemaOp = (AddLabel | UpdateLabel | RenameLabel | RemoveLabel | AddRelationType |
            UpdateRelationType | RenameRelationType | RemoveRelationType | AddAttribute |
            RenameAttribute | RemoveAttribute | RenameAttributeValue)
