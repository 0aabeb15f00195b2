"""A small hostile project for the export and import tests: emoji, diacritics, nesting, CRLF."""

from __future__ import annotations

from pathlib import Path

from annotator.core.edits import (
    AddRelation,
    AddSpan,
    apply_edit,
    load_items,
    make_relation,
    make_span,
)
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.core.text import canonicalize
from annotator.formats.project import Project

ANNOTATOR = "tester"

# Emoji before the words (Python and UTF-16 offsets differ), tashkeel, a proclitic,
# a claim that contains an actor and a location (nested), and a second sentence.
TEXT_1 = ("😀 قالَ وزيرُ الخارجية إن والجزائر ستدعم الحل السياسي في ليبيا. "
          "وأكد مصدر أمني رفيع أن الهدوء عاد إلى بالقاهرة!\nخبر عاجل 👩‍👩‍👧 ؟")
# Born with CRLF line ends: stored canonical, a claim crossing a line break.
RAW_2 = "أعلنت وزارة الدفاع\r\nأن القوات وصلت إلى سرت\r\nصباح اليوم."
TEXT_3 = "نص لم يكتمل بعد عن تونس."
TEXT_4 = "ذكرت مصادر أن داعش انسحب من الموصل؛ ونفى الجيش ذلك."


def _find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _add(text: str, ann: AnnotationSet, needle: str, label: str, **kw: object):
    start, end = _find(text, needle)
    span = make_span(text, start, end, label, origin=str(kw.pop("origin", "manual")), **kw)
    apply_edit(text, ann, AddSpan(span))
    return span


def _link(text: str, ann: AnnotationSet, rel_type: str, head, tail, **kw: object) -> None:
    apply_edit(text, ann, AddRelation(make_relation(rel_type, head, tail,
                                                    origin=str(kw.pop("origin", "manual")),
                                                    **kw)))


def build(path: Path) -> Project:
    """Create the sample project at ``path`` (four documents, three done)."""
    project = Project.create(path, annotator=ANNOTATOR)
    # 1
    doc = Document(id="doc-1", text=TEXT_1, meta={"title": "وزير الخارجية", "source": "test"})
    project.add_document(doc)
    ann = AnnotationSet(doc.id, ANNOTATOR, doc.sha256, status=DocStatus.DONE)
    t = doc.text
    actor = _add(t, ann, "وزيرُ الخارجية", "ACTOR", attributes={"type": "person"})
    claim = _add(t, ann, "والجزائر ستدعم الحل السياسي في ليبيا", "CLAIM",
                 attributes={"certainty": "CT+", "quote": "indirect"})
    _add(t, ann, "الجزائر", "ACTOR", attributes={"type": "state"})
    loc = _add(t, ann, "ليبيا", "LOCATION")
    _add(t, ann, "قالَ", "CUE")
    src = _add(t, ann, "مصدر أمني رفيع", "ACTOR", attributes={"type": "unnamed_source"})
    src = src  # keep for readability
    claim2 = _add(t, ann, "الهدوء عاد إلى بالقاهرة", "CLAIM")
    _add(t, ann, "القاهرة", "LOCATION")
    _link(t, ann, "SOURCE", claim, actor)
    _link(t, ann, "ABOUT", claim, loc)
    _link(t, ann, "SOURCE", claim2, src)
    load_items(ann, spans=[actor.with_changes(canonical_id="actor:mfa")])
    project.save_annotations(ann)
    # 2: CRLF-born
    canon = canonicalize(RAW_2)
    doc = Document(id="doc 2/crlf", text=canon.text, meta={"crlf": canon.crlf_count})
    project.add_document(doc)
    ann = AnnotationSet(doc.id, ANNOTATOR, doc.sha256, status=DocStatus.DONE)
    t = doc.text
    actor = _add(t, ann, "وزارة الدفاع", "ACTOR")
    claim = _add(t, ann, "القوات وصلت إلى سرت\nصباح اليوم", "CLAIM")
    _add(t, ann, "سرت", "LOCATION")
    _link(t, ann, "SOURCE", claim, actor)
    project.save_annotations(ann)
    # 3: not done
    doc = Document(id="doc-3", text=TEXT_3)
    project.add_document(doc)
    ann = AnnotationSet(doc.id, ANNOTATOR, doc.sha256, status=DocStatus.IN_PROGRESS)
    _add(doc.text, ann, "تونس", "LOCATION")
    project.save_annotations(ann)
    # 4: done, with a suggestion and a rejected span
    doc = Document(id="doc-4", text=TEXT_4)
    project.add_document(doc)
    ann = AnnotationSet(doc.id, ANNOTATOR, doc.sha256, status=DocStatus.DONE)
    t = doc.text
    _add(t, ann, "داعش", "ACTOR", attributes={"type": "armed_group"})
    _add(t, ann, "الموصل", "LOCATION", status=Status.SUGGESTED, score=0.75,
         origin="dictionary")
    _add(t, ann, "الجيش", "LOCATION", status=Status.REJECTED, score=0.4, origin="model")
    _add(t, ann, "الجيش", "ACTOR")
    project.save_annotations(ann)
    return project


def accepted_counts(project: Project, done_only: bool = True) -> dict[str, int]:
    """Accepted spans per label in the project (documents marked done)."""
    counts: dict[str, int] = {}
    for doc in project.iter_documents():
        ann = project.load_annotations(doc)
        if done_only and ann.status is not DocStatus.DONE:
            continue
        for span in ann.spans.values():
            if span.status is Status.ACCEPTED:
                counts[span.label] = counts.get(span.label, 0) + 1
    return counts
