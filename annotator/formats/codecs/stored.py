"""An exported document read straight from its stored files, without building the model.

An export reads every annotation file; the model path
(:func:`~annotator.formats.codecs.selection.load_item`) parses it, then
builds a :class:`~annotator.core.model.Span` per stored span, checking each
field in Python: most of a large export's time. :func:`load_stored` decodes
a file as this version writes it with msgspec, into records whose types are
checked while decoding (one C pass, under half the time), then selects, sorts
and checks the spans against the text as the model path does.

Whatever it cannot vouch for gives None, and the caller leaves the document
to the model path, which reads it again and decides, with its own messages:
an older format version, any key or type this version does not write
(a byte-order mark, a lone surrogate, a number out of range), a duplicate id,
another text, a document not to export, a span whose bounds the fast check of
:func:`~annotator.formats.codecs.selection.doubtful_places` cannot vouch for.
The formats that use it (:mod:`.gold_record`, :mod:`.conll`) are checked
against the model path by ``tests/test_stored_reader.py``: the same bytes and
counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import msgspec

from annotator.core.model import DocStatus, Document, Status
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.parallel import Rendered
from annotator.formats.codecs.selection import LEFT_OUT, doubtful_places, split_for
from annotator.formats.errors import ReadError
from annotator.formats.layers import sources_in_note
from annotator.formats.migrations import CURRENT_VERSION

if TYPE_CHECKING:
    from annotator.formats.project import Project

_STATUSES = frozenset(s.value for s in Status)
_ACCEPTED = Status.ACCEPTED.value
_DOC_STATUSES = frozenset(s.value for s in DocStatus)


class StoredSpan(msgspec.Struct, forbid_unknown_fields=True):
    """A span as an annotation file stores it (the review keys and a curated layer's note
    are kept by the model as unknown keys, and written by no export: read, not checked)."""

    id: str
    start: int
    end: int
    label: str
    text: str
    attributes: dict[str, Any]
    status: str
    origin: str
    score: float | int | None
    created: str
    modified: str
    canonical_id: str | None = None
    reviewed_by: Any = None
    suggested_as: Any = None
    review_mode: Any = None
    curation: Any = None


class StoredRelation(msgspec.Struct, forbid_unknown_fields=True):
    """A relation as an annotation file stores it."""

    id: str
    type: str
    head: str
    tail: str
    attributes: dict[str, Any]
    status: str
    origin: str
    score: float | int | None
    created: str
    modified: str
    reviewed_by: Any = None
    review_mode: Any = None
    curation: Any = None


class _StoredFile(msgspec.Struct, forbid_unknown_fields=True):
    schema_version: int
    document_id: str
    annotator: str
    text_sha256: str
    status: str
    spans: list[StoredSpan]
    relations: list[StoredRelation]
    curation: Any = None  # a curated layer's note (layers.CURATION_KEY)


_DECODER = msgspec.json.Decoder(_StoredFile)


@dataclass(frozen=True)
class StoredItem:
    """One document to export: its kept spans and relations (in export order), how many
    relations lost an end to a filter, whom a curated layer was merged from."""

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
    """The document read from its stored records, or None to leave it to the model path.

    A document file that cannot be read at all raises as it would there.
    """
    doc = project.load_document(doc_id)
    try:
        raw = project.read_annotation_bytes(doc.id, who)
    except ReadError:
        return None
    if raw is None:  # not annotated yet: no spans, and in no export of done documents
        return StoredItem(doc, [], [], 0, []) if options.documents == "all" else None
    try:
        stored = _DECODER.decode(raw)
    except msgspec.DecodeError:
        return None
    if stored.schema_version != CURRENT_VERSION \
            or stored.document_id != doc.id or stored.text_sha256 != doc.sha256 \
            or stored.status not in _DOC_STATUSES \
            or options.documents == "done" and stored.status != DocStatus.DONE.value:
        return None
    spans = _kept_spans(stored.spans, options)
    if spans is None or doubtful_places(doc.text, [(s.start, s.end, s.text) for s in spans]):
        return None
    kept_relations = _kept_relations(stored.relations, spans, options)
    if kept_relations is None:
        return None
    relations, left_out = kept_relations
    return StoredItem(doc, spans, relations, left_out, sources_in_note(stored.curation))


def _kept_spans(stored: list[StoredSpan], options: ExportOptions) -> list[StoredSpan] | None:
    """The spans ``options`` keep, in export order; None when a status is unknown or two
    spans share an id."""
    everything = options.include_suggestions
    labels = set(options.labels) if options.labels is not None else None
    ids = set()
    kept = []
    for span in stored:
        status = span.status
        if status not in _STATUSES:
            return None
        ids.add(span.id)
        if (everything or status == _ACCEPTED) and (labels is None or span.label in labels):
            kept.append(span)
    if len(ids) != len(stored):  # two spans share an id: the model path refuses the file
        return None
    kept.sort(key=lambda s: (s.start, -s.end, s.label, s.id))  # model.span_sort_key
    return kept


def _kept_relations(stored: list[StoredRelation], spans: list[StoredSpan],
                    options: ExportOptions) -> tuple[list[StoredRelation], int] | None:
    """The relations kept between kept ``spans``, in export order, and how many lost an end;
    None when a status is unknown or two relations share an id."""
    everything = options.include_suggestions
    start_of = {s.id: s.start for s in spans}
    ids = set()
    kept, left_out = [], 0
    for rel in stored:
        status = rel.status
        if status not in _STATUSES:
            return None
        ids.add(rel.id)
        if not everything and status != _ACCEPTED:
            continue
        if rel.head in start_of and rel.tail in start_of:
            kept.append(rel)
        else:
            left_out += 1
    if len(ids) != len(stored):  # two share an id: the model keeps one of them
        return None
    kept.sort(key=lambda r: (start_of[r.head], r.type, r.id))  # AnnotationSet.sorted_relations
    return kept, left_out
