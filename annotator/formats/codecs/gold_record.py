"""The gold record of one document: its one spelling, from the model or from stored records.

:func:`gold_record` spells a gold JSONL record. The model path
(:func:`~annotator.formats.codecs.gold_jsonl.record`) fills it from spans and
relations; :func:`render_stored` fills it from the stored records of
:func:`~annotator.formats.codecs.stored.load_stored` (two thirds of a large
export's time was building spans, then dicts of them again), and returns
None to leave a document to the model path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from annotator.core.model import Document
from annotator.formats.atomic import compact_line
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.parallel import Rendered
from annotator.formats.codecs.stored import load_stored
from annotator.formats.serialize import gold_relation_dict, gold_span_dict

if TYPE_CHECKING:
    from annotator.formats.project import Project

OFFSET_UNIT = "codepoint"


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


def render_stored(project: Project, doc_id: str, who: str, options: ExportOptions,
                  context: Any = None) -> Rendered | None:
    """The gold JSONL line of one document read from its stored records, or None."""
    stored = load_stored(project, doc_id, who, options)
    if stored is None:
        return None
    review = options.include_suggestions
    record = gold_record(
        stored.document,
        [gold_span_dict(s.id, s.start, s.end, s.label, s.text, s.attributes, s.canonical_id,
                        s.status, s.origin, s.score, review) for s in stored.spans],
        [gold_relation_dict(r.id, r.type, r.head, r.tail, r.attributes, r.status, r.origin,
                            r.score, review) for r in stored.relations],
        stored.curated_from)
    return stored.rendered(compact_line(record), options)
