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

from annotator.core.edits import AddRelation, AddSpan, EditError, apply_edit
from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span
from annotator.core.schema import LabelSchema, RelationType, SpanLabel
from annotator.core.text import canonicalize
from annotator.formats.errors import ProjectError

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


def _annotations(doc: Document, rec: ImportRecord, annotator: str) -> AnnotationSet:
    ann = AnnotationSet(document_id=doc.id, annotator=annotator, text_sha256=doc.sha256,
                        status=rec.status)
    for span in rec.spans:
        try:
            apply_edit(doc.text, ann, AddSpan(span))
        except EditError as err:
            raise RecordProblem(f"span {span.id} ({span.label} {span.start}-{span.end}): "
                                f"{err}") from err
    for rel in rec.relations:
        try:
            apply_edit(doc.text, ann, AddRelation(rel))
        except EditError as err:
            raise RecordProblem(f"relation {rel.id} ({rel.type} {rel.head} -> {rel.tail}): "
                                f"{err}") from err
    return ann


class Importer:
    """Stores records into ``project`` for ``project.annotator`` and extends the schema once."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._labels: list[str] = []
        self._relations: list[str] = []
        self._added: list[str] = []

    def store(self, rec: ImportRecord) -> tuple[int, int]:
        """Store one record; return (spans, relations) stored. Raises :class:`RecordProblem`."""
        project = self.project
        rec = canonical(rec)
        doc = Document(id=rec.id, text=rec.text, meta=rec.meta)
        exists = project.has_document(rec.id)
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
            self._extend_schema()
            if not exists:
                project.add_document(doc)
            project.save_annotations(ann)
        except ProjectError as err:
            raise RecordProblem(str(err)) from err
        return len(ann.spans), len(ann.relations)

    def _note_schema(self, rec: ImportRecord) -> None:
        schema = self.project.schema
        for span in rec.spans:
            if schema.label(span.label) is None and span.label not in self._labels:
                self._labels.append(span.label)
        for rel in rec.relations:
            if schema.relation_type(rel.type) is None and rel.type not in self._relations:
                self._relations.append(rel.type)

    def finish(self) -> list[str]:
        """The labels and relation types added to the schema for the data stored so far."""
        self._extend_schema()
        added, self._added = self._added, []
        return added

    def _extend_schema(self) -> None:
        """Save the labels and relation types noted but not yet in the schema."""
        if not self._labels and not self._relations:
            return
        schema = self.project.schema
        start = len(schema.span_labels)
        labels = schema.span_labels + tuple(
            SpanLabel(name=name, colour=_PALETTE[(start + i) % len(_PALETTE)])
            for i, name in enumerate(self._labels))
        rels = schema.relation_types + tuple(RelationType(name=n) for n in self._relations)
        self.project.set_schema(LabelSchema(span_labels=labels, relation_types=rels))
        self._added += self._labels + self._relations
        self._labels, self._relations = [], []
