"""An exported document read straight from its stored files, without building the model.

An export reads every annotation file; the model path
(:func:`~annotator.formats.codecs.selection.load_item`) builds a
:class:`~annotator.core.model.Span` per stored span, checking each field,
which is most of a large export's reading. :func:`load_stored` reads the
same selection from the parsed dicts in one pass, for files exactly as this
version stores them, and gives spans and relations as the field tuples of
:func:`~annotator.formats.serialize.stored_span_fields`. Whatever it cannot
vouch for (no file, an older or damaged one, a duplicate id, a span whose
bounds the fast check of :func:`~annotator.formats.codecs.selection.
doubtful_places` cannot vouch for, another text, a document not to export)
gives None, and the caller leaves the document to the model path, which
decides with its own messages. The formats that use it
(:mod:`.gold_record`, :mod:`.conll`) are checked against the model path by
``tests/test_stored_reader.py``: the same bytes and counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.core.model import DocStatus, Document, Status
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.parallel import Rendered
from annotator.formats.codecs.selection import LEFT_OUT, doubtful_places, split_for
from annotator.formats.errors import ReadError
from annotator.formats.layers import CURATION_KEY, sources_in_note
from annotator.formats.serialize import (
    StoredRelation,
    StoredSpan,
    stored_relation_fields,
    stored_span_fields,
)

if TYPE_CHECKING:
    from annotator.formats.project import Project

_ACCEPTED = Status.ACCEPTED
_DOC_STATUSES = frozenset(s.value for s in DocStatus)


@dataclass(frozen=True)
class StoredItem:
    """One document to export, its kept spans and relations as stored field tuples (in
    export order), how many relations lost an end to a filter, and whom a curated layer
    was merged from."""

    document: Document
    spans: list[StoredSpan]
    relations: list[StoredRelation]
    left_out: int
    curated_from: list[str]

    def rendered(self, payload: Any, options: ExportOptions) -> Rendered:
        """What the model path's renderer gives for this document with ``payload``."""
        doc_id = self.document.id
        return Rendered(doc_id, split_for(doc_id, options), len(self.spans),
                        len(self.relations), payload,
                        {LEFT_OUT: self.left_out} if self.left_out else {})


def load_stored(project: Project, doc_id: str, who: str, options: ExportOptions
                ) -> StoredItem | None:
    """The document read from its stored dicts, or None to leave it to the model path.

    A document file that cannot be read at all raises as it would there.
    """
    doc = project.load_document(doc_id)
    try:
        data = project.load_annotation_data(doc.id, who)
    except ReadError:
        return None
    if data is None or data.get("document_id") != doc.id \
            or data.get("text_sha256") != doc.sha256 or type(data.get("annotator")) is not str:
        return None
    doc_status = data.get("status", "new")
    if type(doc_status) is not str or doc_status not in _DOC_STATUSES \
            or options.documents == "done" and doc_status != DocStatus.DONE.value:
        return None
    spans = _kept_spans(data.get("spans") or [], options)
    if spans is None or doubtful_places(doc.text, [(s[1], s[2], s[4]) for s in spans]):
        return None
    kept_relations = _kept_relations(data.get("relations") or [], spans, options)
    if kept_relations is None:
        return None
    relations, left_out = kept_relations
    return StoredItem(doc, spans, relations, left_out, sources_in_note(data.get(CURATION_KEY)))


def _kept_spans(stored: Any, options: ExportOptions) -> list[StoredSpan] | None:
    """The spans ``options`` keep, in export order; None unless every span is as stored."""
    if type(stored) is not list:
        return None
    everything = options.include_suggestions
    labels = set(options.labels) if options.labels is not None else None
    ids = set()
    kept = []
    for d in stored:
        fields = stored_span_fields(d)
        if fields is None:
            return None
        ids.add(fields[0])
        if (everything or fields[6] is _ACCEPTED) and (labels is None or fields[3] in labels):
            kept.append(fields)
    if len(ids) != len(stored):  # two spans share an id: the model path refuses the file
        return None
    kept.sort(key=lambda f: (f[1], -f[2], f[3], f[0]))  # span_sort_key
    return kept


def _kept_relations(stored: Any, spans: list[StoredSpan], options: ExportOptions
                    ) -> tuple[list[StoredRelation], int] | None:
    """The relations kept between kept ``spans``, in export order, and how many lost an end."""
    if type(stored) is not list:
        return None
    every = []
    for d in stored:
        fields = stored_relation_fields(d)
        if fields is None:
            return None
        every.append(fields)
    if len({f[0] for f in every}) != len(every):  # two share an id: the model keeps one
        return None
    everything = options.include_suggestions
    start_of = {f[0]: f[1] for f in spans}
    kept, left_out = [], 0
    for fields in every:
        if not everything and fields[5] is not _ACCEPTED:
            continue
        if fields[2] in start_of and fields[3] in start_of:
            kept.append(fields)
        else:
            left_out += 1
    kept.sort(key=lambda f: (start_of[f[2]], f[1], f[0]))  # AnnotationSet.sorted_relations
    return kept, left_out
