"""What every schema operation shares (:mod:`annotator.core.schema_ops`).

The two kinds of definition (span labels and relation types) seen through one
:class:`Kind`, the refusals every operation gives (:class:`SchemaOpError`),
what one operation did to one annotation set (:class:`AnnotationChange`), and
the checks, renames, moves and archives the label, relation-type and
attribute operations are made of.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

from annotator.core.edits import RemoveRelation, RemoveSpan, apply_unchecked, put_edit
from annotator.core.model import AnnotationSet, Relation, Span
from annotator.core.schema import LabelSchema, RelationType, SpanLabel, name_problem

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
class Kind(Generic[D, A]):
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
        """The definitions of this kind in ``schema``."""
        return getattr(schema, self.schema_field)

    def find(self, schema: LabelSchema, name: str) -> D | None:
        """The definition called ``name``, if any."""
        return next((d for d in self.all(schema) if d.name == name), None)

    def need(self, schema: LabelSchema, name: str) -> D:
        """The definition called ``name``; refused when there is none."""
        found = self.find(schema, name)
        if found is None:
            raise SchemaOpError(f"there is no {self.what} {name!r}")
        return found

    def with_all(self, schema: LabelSchema, definitions: Iterable[D]) -> LabelSchema:
        """``schema`` with ``definitions`` as all of this kind."""
        changes: dict[str, Any] = {self.schema_field: tuple(definitions)}
        return replace(schema, **changes)

    def with_replaced(self, schema: LabelSchema, new: D) -> LabelSchema:
        """``schema`` with ``new`` in place of the definition of the same name."""
        return self.with_all(schema, (new if d.name == new.name else d
                                      for d in self.all(schema)))

    def without(self, schema: LabelSchema, name: str) -> LabelSchema:
        """``schema`` without the definition ``name``."""
        return self.with_all(schema, (d for d in self.all(schema) if d.name != name))

    def store(self, ann: AnnotationSet) -> Mapping[str, A]:
        """The annotations of this kind in ``ann``, by id."""
        return getattr(ann, self.set_field)

    def carrying(self, ann: AnnotationSet, name: str) -> list[A]:
        """The annotations whose label or type is ``name``."""
        return [a for a in self.store(ann).values() if getattr(a, self.name_field) == name]

    def put(self, ann: AnnotationSet, item: A, change: AnnotationChange) -> None:
        """Store the rewritten ``item`` (an unchecked edit: offsets stay) and count it."""
        apply_unchecked(ann, put_edit(ann, item))
        setattr(change, self.count_field, getattr(change, self.count_field) + 1)

    def archive(self, ann: AnnotationSet, items: list[A], change: AnnotationChange) -> None:
        """Move ``items`` out of ``ann`` into ``change``'s archived list."""
        for item in items:
            getattr(change, self.archive_field).append(item)
            apply_unchecked(ann, RemoveSpan(item) if isinstance(item, Span)
                            else RemoveRelation(item))


LABELS: Kind[SpanLabel, Span] = Kind(
    "label", "span_labels", "spans", "label", "spans_changed", "archived_spans")
RELATIONS: Kind[RelationType, Relation] = Kind(
    "relation type", "relation_types", "relations", "type", "relations_changed",
    "archived_relations")


def kind_of(on_relation: bool) -> Kind[Any, Any]:
    """The kind an attribute operation's owner is."""
    return RELATIONS if on_relation else LABELS


# ------------------------------------------------------------------ helpers


def clean_name(name: str, what: str) -> str:
    """``name`` when it is a usable name of a ``what``; refused otherwise."""
    if not isinstance(name, str) or not name.strip():
        raise SchemaOpError(f"a {what} needs a name")
    if name != name.strip():
        raise SchemaOpError(f"the {what} name {name!r} has spaces at its ends")
    return name


def check_new_name(kind: Kind[D, A], schema: LabelSchema, name: str, hint: str = "") -> None:
    """Refuse a blank or padded ``name``, or one already taken (``hint`` follows the refusal).

    A new name must also be one an import would accept (:func:`name_problem`:
    one word, no control characters), so the GUI and every importer agree.
    """
    clean_name(name, kind.what)
    problem = name_problem(name, kind.what)
    if problem:
        raise SchemaOpError(problem)
    if kind.find(schema, name) is not None:
        raise SchemaOpError(f"there is already a {kind.what} {name!r}{hint}")


def schema_with_renamed(kind: Kind[D, A], schema: LabelSchema, old: str, new: str,
                        hint: str = "") -> LabelSchema:
    """``schema`` with the definition ``old`` of ``kind`` called ``new`` (checked first)."""
    item = kind.need(schema, old)
    check_new_name(kind, schema, new, hint)
    return kind.with_all(schema, (replace(d, name=new) if d is item else d
                                  for d in kind.all(schema)))


def rename_annotations(kind: Kind[D, A], ann: AnnotationSet, old: str,
                       new: str) -> AnnotationChange:
    """Give the annotations of ``kind`` labelled ``old`` in ``ann`` the name ``new`` (nothing
    else changes)."""
    change = AnnotationChange()
    for item in kind.carrying(ann, old):
        kind.put(ann, item.with_changes(**{kind.name_field: new}), change)
    return change


def check_removal(kind: Kind[D, A], schema: LabelSchema, name: str, target: str | None,
                  archive: bool, no_choice: str, to_itself: str) -> None:
    """Refuse removing ``name`` without exactly one choice: move its annotations to
    ``target``, or archive them."""
    kind.need(schema, name)
    if (target is None) == (not archive):
        raise SchemaOpError(no_choice)
    if target is not None:
        kind.need(schema, target)
        if target == name:
            raise SchemaOpError(to_itself)


def moved(kind: Kind[D, A], item: A, target: D) -> A:
    """``item`` given to ``target``; values ``target`` does not define are archived on it."""
    keep = {a.name for a in target.attributes}
    lost = {k: v for k, v in item.attributes.items() if k not in keep}
    return item.with_changes(**{kind.name_field: target.name},
                             attributes={k: v for k, v in item.attributes.items() if k in keep},
                             extra=archive_attributes(item.extra, lost))


def replace_in(names: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    """``names`` with ``old`` replaced by ``new`` (or dropped), order kept, no repeats."""
    out: list[str] = []
    for name in names:
        kept = new if name == old else name
        if kept is not None and kept not in out:
            out.append(kept)
    return tuple(out)


def with_constraints(schema: LabelSchema, old: str, new: str | None) -> LabelSchema:
    """``schema`` with label ``old`` renamed to ``new`` (or removed) in head/tail lists."""
    out = []
    for r in schema.relation_types:
        heads, tails = replace_in(r.head_labels, old, new), replace_in(r.tail_labels, old, new)
        if new is None and ((r.head_labels and not heads) or (r.tail_labels and not tails)):
            end = "head" if r.head_labels and not heads else "tail"
            raise SchemaOpError(
                f"relation type {r.name} allows only {old} as its {end}; without {old} it "
                f"would accept any label. Change or remove {r.name} first")
        out.append(replace(r, head_labels=heads, tail_labels=tails))
    return replace(schema, relation_types=tuple(out))


def unfitting_link(ann: AnnotationSet, rel: Relation, allowed: RelationType) -> str | None:
    """The start of a refusal naming ``rel`` when ``allowed``'s head/tail labels exclude it."""
    head, tail = ann.spans.get(rel.head), ann.spans.get(rel.tail)
    if head and allowed.head_labels and head.label not in allowed.head_labels or \
            tail and allowed.tail_labels and tail.label not in allowed.tail_labels:
        return (f"document {ann.document_id} ({ann.annotator}) has a {rel.type} link from "
                f"{head.label if head else '?'} to {tail.label if tail else '?'}")
    return None


def archive_attributes(extra: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``extra`` with ``values`` added to its archived attributes (newer values win)."""
    out = dict(extra)
    if values:
        out[ARCHIVED_ATTRIBUTES] = {**dict(out.get(ARCHIVED_ATTRIBUTES) or {}), **values}
    return out


class SchemaOnly:
    """An operation that changes the schema alone."""

    def annotations(self, ann: AnnotationSet, schema: LabelSchema) -> AnnotationChange:
        """Nothing to rewrite."""
        return AnnotationChange()
