"""The annotation file codec: ``annotations/<annotator>/<stem>.json`` to and from the model.

Layout (what :func:`encode_annotations` writes, byte for byte)::

    {
     "schema_version": 1,            the head: one key per line, extra keys kept
     "document_id": ..., "annotator": ..., "text_sha256": ..., "status": ...,
     "spans": [
      {...one span per line, in span order...}
     ],
     "relations": [
      {...one relation per line...}
     ]
    }

This module holds every speed path of reading and writing these files, and
the guard that keeps each one giving exactly what the plain path gives:

- **Saving** (:class:`AnnotationEncoder`): the lines of the file saved last
  are kept with the span or relation object each encodes. Those objects are
  immutable (an edit always makes a new one), so a line is reused only for
  the *same object* (identity, not equality); one edit of a 10,000-span
  document re-encodes one span. The memo covers one file and is swapped
  whole, so a concurrent save of another file at worst misses it.
- **Summaries for the listing** (:func:`summary_from_layout`): the
  document status and spans per review status are read from the bytes of a
  file in the writer's layout without parsing it: the head is parsed and the
  span lines' status fields are counted. Guard: any file not in the current
  layout (hand-edited, older version, truncated, a span line without exactly
  one known status) gives ``None`` and :func:`read_summary` parses it in full.
- **Parsing**, shared with other formats and so kept where they live:
  :func:`annotator.formats.atomic.read_json` parses with orjson and hands
  to :mod:`json` whatever the two could read differently;
  :func:`annotator.formats.serialize.span_from_dict` and
  ``relation_from_dict`` fill a record with exactly the known keys and
  types straight into the dataclass, and check anything else field by field.
  ``annotator validate`` reads the records on its own path
  (``validate._span_facts``) because it reports every problem instead of
  stopping at the first; it falls back to ``span_from_dict`` too.

Whether a write may replace the file on disk is not this module's business
(see :mod:`annotator.formats.write_guard`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.formats.atomic import (
    dumps_record_lines,
    loads,
    parse_file_bytes,
    read_bytes_and_stat,
    read_json,
    read_json_if_present,
    record_line,
)
from annotator.formats.errors import HashMismatchError, ReadError
from annotator.formats.migrations import CURRENT_VERSION, migrate
from annotator.formats.serialize import (
    FormatProblem,
    relation_from_dict,
    relation_to_dict,
    span_from_dict,
    span_to_dict,
)

# The head keys in the order they are written; any other key is kept in ``extra``.
ANNOTATION_KEYS = ("schema_version", "document_id", "annotator", "text_sha256", "status",
                   "spans", "relations")


# ------------------------------------------------------------------ writing


def annotation_head(ann: AnnotationSet) -> dict[str, Any]:
    """The head of ``ann``'s file: the keys before the spans, unknown ones kept."""
    return {"schema_version": CURRENT_VERSION, "document_id": ann.document_id,
            "annotator": ann.annotator, "text_sha256": ann.text_sha256,
            "status": ann.status.value, **ann.extra}


def encode_annotations(ann: AnnotationSet) -> bytes:
    """The bytes of ``ann``'s annotation file (the same as :class:`AnnotationEncoder` gives)."""
    return dumps_record_lines(annotation_head(ann), {
        "spans": [record_line(span_to_dict(s)) for s in ann.sorted_spans()],
        "relations": [record_line(relation_to_dict(r)) for r in ann.sorted_relations()]})


# id -> (the span or relation, its line in the file); spans and relations are immutable,
# so the same object always encodes to the same line.
LineCache = dict[str, tuple[Any, bytes]]


def record_lines_cached(items: list[Any], cache: LineCache,
                        to_dict: Callable[[Any], dict[str, Any]]) -> tuple[LineCache, list[bytes]]:
    """The file lines of ``items``, encoding only those not in ``cache`` as the same object.

    Returns the cache for the next save and the lines.
    """
    fresh: LineCache = {}
    lines: list[bytes] = []
    known, append = cache.get, lines.append
    for item in items:
        hit = known(item.id)
        if hit is None or hit[0] is not item:
            hit = (item, record_line(to_dict(item)))
        fresh[item.id] = hit
        append(hit[1])
    return fresh, lines


class AnnotationEncoder:
    """Encodes annotation files, reusing the lines of the file it encoded last.

    Gives exactly :func:`encode_annotations`'s bytes; see the module
    docstring for why reusing a line is safe.
    """

    def __init__(self) -> None:
        self._last: tuple[Path, LineCache, LineCache] | None = None

    def encode(self, path: Path, ann: AnnotationSet) -> bytes:
        """The bytes of ``ann``'s file at ``path``, remembering its lines for the next call."""
        last = self._last
        old_spans, old_rels = last[1:] if last and last[0] == path else ({}, {})
        spans, span_lines = record_lines_cached(ann.sorted_spans(), old_spans, span_to_dict)
        rels, rel_lines = record_lines_cached(ann.sorted_relations(), old_rels, relation_to_dict)
        self._last = (path, spans, rels)  # one tuple swapped whole: safe across threads
        return dumps_record_lines(annotation_head(ann), {"spans": span_lines,
                                                         "relations": rel_lines})


# ------------------------------------------------------------------ reading


def parse_annotations(data: dict[str, Any], path: Path) -> AnnotationSet:
    """An :class:`AnnotationSet` from a migrated annotation file; :class:`ReadError` if bad."""
    try:
        spans = [span_from_dict(d) for d in data.get("spans") or []]
        rels = [relation_from_dict(d) for d in data.get("relations") or []]
        status = DocStatus(data.get("status", "new"))
    except (FormatProblem, ValueError) as err:
        raise ReadError(path, str(err)) from err
    for key in ("document_id", "annotator", "text_sha256"):
        if not isinstance(data.get(key), str):
            raise ReadError(path, f"missing {key!r}")
    table = {s.id: s for s in spans}
    if len(table) != len(spans):
        raise ReadError(path, "two spans share an id")
    return AnnotationSet(
        document_id=data["document_id"], annotator=data["annotator"],
        text_sha256=data["text_sha256"], spans=table,
        relations={r.id: r for r in rels}, status=status,
        extra={k: v for k, v in data.items() if k not in ANNOTATION_KEYS})


def decode_annotations(value: Any, path: Path) -> AnnotationSet:
    """An annotation file's parsed JSON, migrated to the current version and built."""
    return parse_annotations(migrate("annotations", value, path), path)


def read_annotations(path: Path) -> AnnotationSet:
    """The annotation file at ``path``, whoever's and whatever document's it is."""
    return decode_annotations(read_json(path)[0], path)


def read_annotations_of(path: Path, doc: Document) -> tuple[AnnotationSet, bytes] | None:
    """The annotations of ``doc`` stored at ``path`` and the file's bytes; None if no file.

    Raises :class:`HashMismatchError` when they were made on another text
    and :class:`ReadError` when the file is corrupt or belongs to another
    document.
    """
    found = read_json_if_present(path)
    if found is None:
        return None
    value, raw = found
    ann = decode_annotations(value, path)
    if ann.document_id != doc.id:
        raise ReadError(path, f"belongs to document {ann.document_id!r}, not {doc.id!r}")
    if ann.text_sha256 != doc.sha256:
        raise HashMismatchError(path, doc.id)
    return ann, raw


# ------------------------------------------------------------------ summaries


def status_counts(ann: AnnotationSet) -> dict[str, int]:
    """Spans per review status, leaving out statuses with none, in :class:`Status` order."""
    return {k.value: v for k, v in ann.count_by_status().items() if v}


def read_summary(path: str) -> tuple[str, dict[str, int], os.stat_result]:
    """(document status, spans per review status, stat) of one annotation file.

    The stat is taken before reading, so a change during the read shows up
    next time. Raises what reading or parsing raises.
    """
    raw, st = read_bytes_and_stat(path)
    found = summary_from_layout(raw)
    if found is not None:
        return found[0], found[1], st
    ann = decode_annotations(parse_file_bytes(raw, Path(path)), Path(path))  # read once
    return ann.status.value, status_counts(ann), st


# In the writer's layout the head keys come first, one per line, then the spans,
# one JSON object per line, then the relations (annotator.formats.atomic.dumps_record_lines).
_SPANS_OPEN = b',\n "spans": ['
_SPANS_END = b'\n ],\n "relations": ['
_RECORD_START = b"\n  {"
_DOC_STATUSES = frozenset(s.value for s in DocStatus)
# JSON escapes every quote inside a string, so this can only match a key and its value.
# A span's status is never its first key: the leading ", " is always there, and it makes
# the search faster than a leading quote (which is everywhere in JSON) would.
_STATUS_FIELD = re.compile(b', "status": "(' + b"|".join(s.value.encode() for s in Status)
                           + b')"')
_STATUS_VALUES = tuple((s.value, s.value.encode()) for s in Status)


def summary_from_layout(data: bytes) -> tuple[str, dict[str, int]] | None:
    """(document status, spans per review status) of an annotation file, or None.

    None means the bytes are not in the writer's current layout (or do not
    add up: a span line without exactly one status field, say), and the file
    must be parsed in full. The counts are as :func:`status_counts` gives.
    """
    cut = data.find(_SPANS_OPEN)
    if cut < 0 or not data.endswith(b"]\n}\n"):  # the writer's end: not a truncated file
        return None
    try:
        head = loads(data[:cut] + b"\n}")
    except ValueError:  # JSONDecodeError and UnicodeDecodeError
        return None
    if type(head) is not dict or head.get("schema_version") != CURRENT_VERSION \
            or head.get("status") not in _DOC_STATUSES \
            or type(head.get("document_id")) is not str \
            or type(head.get("annotator")) is not str \
            or type(head.get("text_sha256")) is not str:
        return None
    start = cut + len(_SPANS_OPEN)
    if data.startswith(b"]", start):
        return head["status"], {}
    # The relations come last and are short: look for the end of the spans from the end.
    end = data.rfind(_SPANS_END, start)
    if end < 0 or not data.startswith(_RECORD_START, start):
        return None
    found = _STATUS_FIELD.findall(data, start, end)
    if len(found) != data.count(b"\n", start, end):  # not one known status per span line
        return None
    counts = {value: found.count(raw) for value, raw in _STATUS_VALUES}
    return head["status"], {k: v for k, v in counts.items() if v}
