"""The gold record of one document, and a way to build it straight from the stored files.

:func:`gold_record` is the one spelling of a gold JSONL record. The model
path (:func:`~annotator.formats.codecs.selection.load_item`, then
:func:`~annotator.formats.codecs.gold_jsonl.record`) builds a
:class:`~annotator.core.model.Span` per stored span, checking each field,
then a dict of it to write: two thirds of a large export's time.
:func:`render_stored` builds the same line from the annotation file's parsed
dicts in one pass, for files exactly as this version stores them. Whatever it
cannot vouch for (no file, an older or damaged one, a duplicate id, a span
whose bounds the fast check of :func:`~annotator.formats.codecs.selection.
doubtful_places` cannot vouch for, another text) gives None, and the model
path reads the document again and decides, with its own messages.
``tests/test_export_fastpaths.py`` checks that both give the same bytes and
counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.core.model import DocStatus, Document, Status
from annotator.formats.atomic import compact_line
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.parallel import Rendered
from annotator.formats.codecs.selection import LEFT_OUT, doubtful_places, split_for
from annotator.formats.errors import ReadError
from annotator.formats.layers import CURATION_KEY, sources_in_note
from annotator.formats.serialize import (
    StoredRelation,
    StoredSpan,
    gold_relation_dict,
    gold_span_dict,
    stored_relation_fields,
    stored_span_fields,
)

if TYPE_CHECKING:
    from annotator.formats.project import Project

OFFSET_UNIT = "codepoint"
_ACCEPTED = Status.ACCEPTED
_DOC_STATUSES = frozenset(s.value for s in DocStatus)


def gold_record(doc: Document, spans: list[dict[str, Any]], relations: list[dict[str, Any]],
                curated_from: list[str]) -> dict[str, Any]:
    """The gold record of ``doc`` with its spans and relations already spelt as dicts.

    ``curated_from``: the annotators a curated layer was merged from (named
    in ``meta`` when there are any).
    """
    meta = dict(doc.meta)
    if curated_from:
        meta["curated_from"] = curated_from
    return {"id": doc.id, "text": doc.text, "text_sha256": doc.sha256,
            "offset_unit": OFFSET_UNIT, "spans": spans, "relations": relations, "meta": meta}


def render_stored(project: Project, doc_id: str, who: str, options: ExportOptions
                  ) -> Rendered | None:
    """The gold JSONL line of one document read from its stored dicts, or None.

    None leaves the document to the model path (see the module's text); a
    document that cannot be read at all raises as it would there.
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
    review = options.include_suggestions
    record = gold_record(
        doc,
        [gold_span_dict(sid, start, end, label, text, attrs, canonical, status, origin, score,
                        review)
         for sid, start, end, label, text, attrs, status, origin, score, _, _, canonical
         in spans],
        [gold_relation_dict(rid, kind, head, tail, attrs, status, origin, score, review)
         for rid, kind, head, tail, attrs, status, origin, score, _, _ in relations],
        sources_in_note(data.get(CURATION_KEY)))
    return Rendered(doc.id, split_for(doc.id, options), len(spans), len(relations),
                    compact_line(record), {LEFT_OUT: left_out} if left_out else {})


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
