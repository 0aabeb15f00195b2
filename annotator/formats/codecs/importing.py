"""Storing imported annotated documents in a project: shared by every import format.

A format reader turns each record into an :class:`ImportRecord` (or a
:class:`RecordProblem`); :func:`store` checks it completely before writing
anything, then creates the document when it is absent and the annotator's
annotations (marked done: an imported annotated corpus is finished work).
A document already in the project must have the same text; annotations
the annotator already has are never overwritten.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from annotator.core.model import (
    AnnotationSet,
    DocStatus,
    Document,
    Relation,
    Span,
    Status,
)
from annotator.core.schema import AttributeDef, LabelSchema, RelationType, SpanLabel
from annotator.core.text import canonicalize, span_problem
from annotator.formats.codecs.selection import not_plainly_fitting
from annotator.formats.errors import ProjectError
from annotator.formats.import_checks import (
    StemRegistry,
    first_problem,
    id_problem,
    label_problem,
    relation_schema_problem,
    score_problem,
    text_problem,
    value_problem,
)
from annotator.formats.project import DOCS_DIR

if TYPE_CHECKING:
    from annotator.formats.project import Project

_PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6",
            "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#800000", "#808000")


class RecordProblem(ValueError):
    """A record (or line) that cannot be imported; the message says why."""


@dataclass
class ImportRecord:
    """One annotated document as read from a file, before it is stored.

    ``spans`` and ``relations`` use code-point offsets into ``text`` as it
    was read; :func:`store` canonicalises line endings and shifts them.
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    status: DocStatus = DocStatus.DONE
    #: For formats that keep tokens but not the text (CoNLL): where each token
    #: lies in ``text``, so the spans can be moved onto a stored document's text.
    tokens: list[tuple[int, int]] | None = None


def canonical(rec: ImportRecord) -> ImportRecord:
    """The record with BOM/CRLF canonicalised and every span shifted to match."""
    for span in rec.spans:
        if not (0 <= span.start < span.end <= len(rec.text)):
            raise RecordProblem(f"span {span.id} ({span.label} {span.start}-{span.end}) is "
                                f"outside the text (length {len(rec.text)})")
        if rec.text[span.start:span.end] != span.text:
            raise RecordProblem(f"span {span.id} ({span.label} {span.start}-{span.end}): its "
                                f"text {span.text!r} does not match the document text "
                                f"{rec.text[span.start:span.end]!r}")
    canon = canonicalize(rec.text)
    if not canon.changed:
        return rec
    removed = []  # offsets (in the read text) of characters that canonicalisation drops
    if canon.had_bom:
        removed.append(0)
    base = 1 if canon.had_bom else 0
    i = rec.text.find("\r\n", base)
    while i >= 0:
        removed.append(i)
        i = rec.text.find("\r\n", i + 2)

    def shift(offset: int) -> int:
        return offset - bisect_left(removed, offset)

    spans = []
    for s in rec.spans:
        start, end = shift(s.start), shift(s.end)
        spans.append(s.with_changes(start=start, end=end, text=canon.text[start:end]))
    return replace(rec, text=canon.text, spans=spans)


def realign(rec: ImportRecord, stored: str) -> ImportRecord | None:
    """``rec`` moved onto ``stored`` by finding its tokens there in order (None if absent)."""
    if rec.tokens is None:
        return None
    where: dict[int, int] = {}  # offset in rec.text -> offset in stored
    pos = 0
    for start, end in rec.tokens:
        found = stored.find(rec.text[start:end], pos)
        if found < 0 or stored[pos:found].strip():
            return None
        where[start] = found
        where[end] = found + (end - start)
        pos = found + (end - start)
    spans = []
    for s in rec.spans:
        if s.start not in where or s.end not in where:
            return None
        start, end = where[s.start], where[s.end]
        spans.append(s.with_changes(start=start, end=end, text=stored[start:end]))
    return replace(rec, text=stored, spans=spans, tokens=None)


def _checked_spans(text: str, spans: list[Span]) -> dict[str, Span]:
    """``spans`` by id, each checked as :func:`apply_edit` checks an added span.

    Offsets on valid boundaries, the span's text matching the document, ids
    unique, no two live spans with the same offsets and label. One pass
    with a set instead of an edit per span: a bulk import adds 500,000.
    """
    table: dict[str, Span] = {}
    live: set[tuple[int, int, str]] = set()
    doubtful = {id(s) for s in not_plainly_fitting(text, spans)}
    rejected = Status.REJECTED
    for span in spans:
        if span.id in table:
            raise RecordProblem(f"{_what(span)}: span id {span.id} already exists")
        if doubtful and id(span) in doubtful:
            problem = span_problem(text, span.start, span.end)
            if problem:
                raise RecordProblem(f"{_what(span)}: span {span.label} {span.start}-{span.end}: "
                                    f"{problem}")
            if text[span.start:span.end] != span.text:
                raise RecordProblem(f"{_what(span)}: span {span.id}: its text does not match the "
                                    f"document at {span.start}-{span.end}")
        if span.status is not rejected:
            key = (span.start, span.end, span.label)
            if key in live:
                raise RecordProblem(f"{_what(span)}: a {span.label} span already covers exactly "
                                    f"“{span.text}” ({span.start}-{span.end})")
            live.add(key)
        table[span.id] = span
    return table


def _what(span: Span) -> str:
    """How a problem names ``span`` (built only when there is a problem: 500,000 spans)."""
    return f"span {span.id} ({span.label} {span.start}-{span.end})"


def _checked_relations(spans: dict[str, Span], relations: list[Relation]) -> dict[str, Relation]:
    """``relations`` by id, each checked as :func:`apply_edit` checks an added relation."""
    out: dict[str, Relation] = {}
    live: set[tuple[str, str, str]] = set()
    for rel in relations:
        what = f"relation {rel.id} ({rel.type} {rel.head} -> {rel.tail})"
        if rel.id in out:
            raise RecordProblem(f"{what}: relation id {rel.id} already exists")
        if rel.head not in spans or rel.tail not in spans:
            raise RecordProblem(f"{what}: relation {rel.type}: its head or tail span does not "
                                "exist")
        if rel.head == rel.tail:
            raise RecordProblem(f"{what}: relation {rel.type}: a span cannot be linked to itself")
        if rel.status is not Status.REJECTED:
            key = (rel.type, rel.head, rel.tail)
            if key in live:
                raise RecordProblem(f"{what}: this {rel.type} link already exists")
            live.add(key)
        out[rel.id] = rel
    return out


def _annotations(doc: Document, rec: ImportRecord, annotator: str) -> AnnotationSet:
    spans = _checked_spans(doc.text, rec.spans)
    return AnnotationSet(document_id=doc.id, annotator=annotator, text_sha256=doc.sha256,
                         spans=spans, relations=_checked_relations(spans, rec.relations),
                         status=rec.status)


def _attribute_problem(schema: LabelSchema, span: Span) -> str | None:
    """Why an attribute of ``span`` cannot be stored under its label, or None.

    Values must be JSON that reads back the same (:func:`value_problem`) and
    fit the label's definition of the attribute; an attribute the schema does
    not define is added to it as free text (:meth:`Importer.finish`), so its
    value must be one a free attribute takes (a string, number or boolean).
    """
    defs = _attribute_defs(schema, span.label)
    for name, value in span.attributes.items():
        if type(name) is not str or not name.isascii() and text_problem(name):
            return value_problem({name: None}, "attributes") or f"attribute name {name!r}"
        if type(value) is str and (value.isascii() or text_problem(value) is None):
            adef = defs.get(name)
            if adef is None or not adef.values:
                continue  # the common case: free text
        problem = value_problem(value, "attributes") or \
            (defs.get(name) or AttributeDef(name)).problem(value)
        if problem:
            return problem
    return None


def _attributes_problem(schema: LabelSchema, span: Span) -> str | None:
    """:func:`_attribute_problem`, remembering the one-attribute cases that passed.

    Spans repeat the same attribute (``type: state``) many times: each distinct
    (schema, label, name, value) of strings is checked once.
    """
    attrs = span.attributes
    if len(attrs) != 1:
        return _attribute_problem(schema, span)
    ((name, value),) = attrs.items()
    if type(name) is not str or type(value) is not str or type(span.label) is not str:
        return _attribute_problem(schema, span)
    key = (id(schema), span.label, name, value)
    if key in _GOOD_ATTRIBUTES:
        return None
    problem = _attribute_problem(schema, span)
    if problem is None:
        if len(_GOOD_ATTRIBUTES) > 8192:
            _GOOD_ATTRIBUTES.clear()
        _GOOD_ATTRIBUTES[key] = schema  # kept, so that its id is not reused meanwhile
    return problem


# (id of a schema, label, attribute name, value) found good -> that schema
_GOOD_ATTRIBUTES: dict[tuple[int, str, str, str], LabelSchema] = {}


# (id of a schema, label) -> (that schema, kept so that its id is not reused; definitions)
_DEFS: dict[tuple[int, str], tuple[LabelSchema, dict[str, AttributeDef]]] = {}


def _attribute_defs(schema: LabelSchema, label_name: str) -> dict[str, AttributeDef]:
    """Attribute definitions of a label by name (remembered per schema object and label)."""
    key = (id(schema), label_name)
    known = _DEFS.get(key)
    if known is None:
        if len(_DEFS) > 1024:
            _DEFS.clear()
        label = schema.label(label_name)
        known = _DEFS[key] = (schema, {a.name: a for a in label.attributes}
                              if label is not None else {})
    return known[1]


def _strings_problem(*values: str | None) -> str | None:
    """Why one of these ids or origins cannot be written as UTF-8 JSON, or None."""
    for value in values:
        if value is not None and not (type(value) is str and value.isascii()):
            problem = value_problem(value, "an id or origin")
            if problem:
                return problem
    return None


def record_problem(rec: ImportRecord, schema: LabelSchema) -> str | None:
    """Why ``rec`` cannot be stored (:mod:`annotator.formats.import_checks`), or None."""
    problem = id_problem(rec.id) or text_problem(rec.text) or value_problem(rec.meta, "meta")
    if problem:
        return problem
    labels: dict[str, str] = {}
    good_labels: set[str] = set()  # labels of this record already found good
    for span in rec.spans:
        # Cheapest first, and only what is there: a bulk import checks 500,000 spans. The
        # common case (a label seen already, ASCII id and origin) costs no call at all.
        label, sid, origin, canon = span.label, span.id, span.origin, span.canonical_id
        problem = None
        if not (type(label) is str and label in good_labels):
            problem = label_problem(label)
            if problem is None:
                good_labels.add(label)
        if problem is None and not (type(sid) is str and sid.isascii() and type(origin) is str
                                    and origin.isascii() and (canon is None or (
                                        type(canon) is str and canon.isascii()))):
            problem = _strings_problem(sid, origin, canon)
        if problem is None and span.score is not None:
            problem = score_problem(span.score)
        if problem is None and span.attributes:
            problem = _attributes_problem(schema, span)
        if problem:
            return f"span {span.id} ({span.label!r} {span.start}-{span.end}): {problem}"
        labels[sid] = label
    for rel in rec.relations:
        what = f"relation {rel.id} ({rel.type!r} {rel.head} -> {rel.tail})"
        problem = first_problem((label_problem(rel.type, "relation type"),
                                 _strings_problem(rel.id, rel.origin),
                                 score_problem(rel.score),
                                 value_problem(dict(rel.attributes), "attributes")
                                 if rel.attributes else None))
        if problem is None and rel.head in labels and rel.tail in labels:
            problem = relation_schema_problem(schema, rel.type, labels[rel.head],
                                              labels[rel.tail])
        if problem:
            return f"{what}: {problem}"
    return None


#: Labels, relation types and (label, attribute names) a record uses, in first-seen order.
SchemaUse = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]


def schema_use(rec: ImportRecord) -> SchemaUse:
    """What of a schema ``rec`` uses (compact: it travels back from import workers)."""
    labels = tuple(dict.fromkeys(s.label for s in rec.spans))
    types = tuple(dict.fromkeys(r.type for r in rec.relations))
    attrs: dict[str, dict[str, None]] = {}
    for span in rec.spans:
        if span.attributes:
            attrs.setdefault(span.label, {}).update(dict.fromkeys(span.attributes))
    return labels, types, tuple((k, tuple(v)) for k, v in attrs.items())


class Importer:
    """Stores records into ``project`` for ``project.annotator`` and extends the schema once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._labels: list[str] = []
        self._relations: list[str] = []
        self._attributes: dict[str, list[str]] = {}  # label -> attributes the schema lacks
        self._added: list[str] = []  # what extend_schema added so far, for finish()
        self._stems: StemRegistry | None = None

    def store(self, rec: ImportRecord, where: str = "") -> tuple[int, int]:
        """Store one record; return (spans, relations) stored. Raises :class:`RecordProblem`.

        The record is checked completely (:func:`record_problem`, ids that
        differ only in case) before anything of it is written.
        """
        project = self.project
        problem = record_problem(rec, project.schema)
        if problem:
            raise RecordProblem(problem)
        rec = canonical(rec)
        doc = Document(id=rec.id, text=rec.text, meta=rec.meta)
        exists = project.has_document(rec.id)
        if not exists:
            problem = self._registry().problem(rec.id)
            if problem:
                raise RecordProblem(problem)
        try:
            if exists:
                stored = project.load_document(rec.id)
                moved = realign(rec, stored.text) if stored.sha256 != doc.sha256 else None
                if moved is not None:
                    rec, doc = moved, stored
                if stored.sha256 != doc.sha256:
                    raise RecordProblem(f"document {rec.id!r} is already in the project with "
                                        "a different text; nothing was imported for it")
                doc = stored
                current = project.load_annotations(doc)
                if current.spans or current.relations:
                    raise RecordProblem(f"{project.annotator} already has annotations on "
                                        f"document {rec.id!r}; they were not overwritten")
            ann = _annotations(doc, rec, project.annotator)
            # The schema first, then the record: a kill in between leaves at worst a label
            # nothing uses yet, never spans whose label the schema lacks (issue 14).
            self._note_schema(rec)
            self.extend_schema()
            if not exists:
                project.add_document(doc)
            project.save_annotations(ann)
        except ProjectError as err:
            raise RecordProblem(str(err)) from err
        if not exists and self._stems is not None:
            self._stems.add(rec.id, where or "this import")
        return len(ann.spans), len(ann.relations)

    def _note_schema(self, rec: ImportRecord) -> None:
        self.note_use(schema_use(rec))

    def note_use(self, use: SchemaUse) -> None:
        """Remember the labels, relation types and attributes a stored record used."""
        schema = self.project.schema
        labels, relation_types, attributes = use
        for name in labels:
            if schema.label(name) is None and name not in self._labels:
                self._labels.append(name)
        for name in relation_types:
            if schema.relation_type(name) is None and name not in self._relations:
                self._relations.append(name)
        for label_name, names in attributes:
            label = schema.label(label_name)
            for name in names:
                if label is None or label.attribute(name) is None:
                    known = self._attributes.setdefault(label_name, [])
                    if name not in known:
                        known.append(name)

    def claim_new_id(self, doc_id: str, where: str) -> None:
        """Check a new document's id against the project's (case-only clashes) and take it.

        Raises :class:`RecordProblem`; for writers that store documents
        themselves (:mod:`annotator.formats.codecs.gold_bulk`).
        """
        registry = self._registry()
        problem = registry.problem(doc_id)
        if problem:
            raise RecordProblem(problem)
        registry.add(doc_id, where)

    def _registry(self) -> StemRegistry:
        """The project's document stems, listed once, when a new id first needs them."""
        if self._stems is None:
            self._stems = StemRegistry(self.project.path / DOCS_DIR)
        return self._stems

    def finish(self) -> list[str]:
        """The labels, relation types and (free-text) span attributes the data used but the
        schema lacked, all saved to the schema by now; return what was added."""
        self.extend_schema()
        added, self._added = self._added, []
        return added

    def extend_schema(self) -> None:
        """Save to the schema what :meth:`note_use` noted and the schema lacks.

        Called before each record that needs it is written, so a killed import
        never leaves a span whose label the schema lacks.
        """
        if not self._labels and not self._relations and not self._attributes:
            return
        schema = self.project.schema
        start = len(schema.span_labels)
        labels = schema.span_labels + tuple(
            SpanLabel(name=name, colour=_PALETTE[(start + i) % len(_PALETTE)])
            for i, name in enumerate(self._labels))
        labels = tuple(replace(lab, attributes=lab.attributes + tuple(
            AttributeDef(name=n) for n in self._attributes.get(lab.name, ())
            if lab.attribute(n) is None)) for lab in labels)
        rels = schema.relation_types + tuple(RelationType(name=n) for n in self._relations)
        self.project.set_schema(LabelSchema(span_labels=labels, relation_types=rels))
        self._added += self._labels + self._relations + [
            f"{label}.{name}" for label, names in self._attributes.items() for name in names]
        self._labels, self._relations, self._attributes = [], [], {}
