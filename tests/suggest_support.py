"""Shared helpers for the suggester tests: small projects with Arabic documents."""

from __future__ import annotations

from pathlib import Path

from annotator.core.edits import apply_edit, make_span
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.formats.project import Project


def make_project(root: Path, texts: dict[str, str], annotator: str = "ali") -> Project:
    """A fresh project under ``root`` holding ``texts`` (id -> text)."""
    project = Project.create(root / "proj", annotator=annotator)
    for doc_id, text in texts.items():
        project.add_document(Document(id=doc_id, text=text))
    return project


def annotate(project: Project, doc_id: str, spans: list[tuple[str, str, int]],
             status: DocStatus = DocStatus.DONE, origin: str = "manual",
             span_status: Status = Status.ACCEPTED) -> AnnotationSet:
    """Add accepted spans given as (surface text, label, occurrence) and save."""
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc)
    for surface, label, occurrence in spans:
        start = -1
        for _ in range(occurrence):
            start = doc.text.index(surface, start + 1)
        span = make_span(doc.text, start, start + len(surface), label, origin=origin,
                         status=span_status)
        apply_edit(doc.text, ann, _add(span), project.schema)
    ann.status = status
    project.save_annotations(ann)
    return ann


def _add(span):
    from annotator.core.edits import AddSpan
    return AddSpan(span)


def texts_of(ann: AnnotationSet, status: Status | None = None) -> list[tuple[str, str]]:
    """(label, text) of the spans, sorted, optionally of one status."""
    return sorted((s.label, s.text) for s in ann.spans.values()
                  if status is None or s.status is status)
