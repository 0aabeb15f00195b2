"""Gold JSONL: one document a line, the lossless reference format (Foundation issue).

Record::

    {"id", "text", "text_sha256", "offset_unit": "codepoint",
     "spans": [{"id", "start", "end", "label", "text", "attributes"} (+ "canonical_id")],
     "relations": [{"id", "type", "head", "tail", "attributes"}],
     "meta"}

Spans and relations are spelt by :mod:`annotator.formats.serialize` (the
project files use the same shape). With suggestions included, each span and
relation also carries ``status``, ``origin`` and ``score``. Each record is one line of
compact JSON (:func:`~annotator.formats.atomic.compact_line`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.text import sha256_text
from annotator.formats.atomic import compact_line
from annotator.formats.codecs.format import Format, Sniff
from annotator.formats.codecs.gold_record import OFFSET_UNIT, gold_record, render_stored
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import staged_files
from annotator.formats.codecs.parallel import render_items
from annotator.formats.codecs.selection import ExportItem
from annotator.formats.jsonlines import LineProblem, iter_json_lines
from annotator.formats.layers import curated_sources
from annotator.formats.report import Progress, Report
from annotator.formats.serialize import (
    FormatProblem,
    relation_from_dict,
    relation_to_dict,
    span_from_dict,
    span_to_dict,
)

if TYPE_CHECKING:
    from annotator.formats.project import Project

def record(item: ExportItem, options: ExportOptions) -> dict[str, Any]:
    """The gold record of one exported document."""
    review = options.include_suggestions
    return gold_record(item.document,
                       [span_to_dict(s, full=False, review=review) for s in item.spans],
                       [relation_to_dict(r, full=False, review=review) for r in item.relations],
                       curated_sources(item.annotations))


def render(item: ExportItem, options: ExportOptions) -> tuple[bytes, dict[str, int]]:
    """The JSONL line of one document, compact UTF-8 JSON (runs in export workers)."""
    return compact_line(record(item, options)), {}


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the gold JSONL file ``out`` (a folder of train/dev/test files with a split)."""
    with staged_files(out, split=options.split is not None, ext=".jsonl",
                      binary=True) as files:
        for done in render_items(project, options, report, progress, render, options,
                                 fast=render_stored):
            files.get(done.split).write(done.payload)


# ------------------------------------------------------------------ reading


def parse_record(value: Any) -> ImportRecord:
    """Check and convert one gold record; raises :class:`RecordProblem` saying what is wrong."""
    if not isinstance(value, dict):
        raise RecordProblem("a record must be a JSON object")
    doc_id, text = value.get("id"), value.get("text")
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or doc_id == "":
        raise RecordProblem("the record needs an 'id' (string)")
    if not isinstance(text, str):
        raise RecordProblem(f"record {doc_id!r} needs a 'text' (string)")
    unit = value.get("offset_unit", OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise RecordProblem(f"record {doc_id!r}: offset_unit {unit!r} is not supported "
                            f"(expected {OFFSET_UNIT!r})")
    digest = value.get("text_sha256")
    if digest is not None and digest != sha256_text(text):
        raise RecordProblem(f"record {doc_id!r}: text_sha256 does not match its text")
    meta = value.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordProblem(f"record {doc_id!r}: 'meta' must be an object")
    spans_in, rels_in = value.get("spans") or [], value.get("relations") or []
    if not isinstance(spans_in, list) or not isinstance(rels_in, list):
        raise RecordProblem(f"record {doc_id!r}: 'spans' and 'relations' must be lists")
    try:
        spans = [span_from_dict(d) for d in spans_in]
        relations = [relation_from_dict(d) for d in rels_in]
    except FormatProblem as err:
        raise RecordProblem(f"record {doc_id!r}: {err}") from err
    return ImportRecord(str(doc_id), text, dict(meta), spans, relations)


def read(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    """(file, line, record or problem) for every non-blank line of a gold JSONL file.

    A folder (an export with a split) is read file by file (``*.jsonl``).
    """
    path = Path(path)
    for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
        yield from _read_file(file)


def _read_file(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    try:
        lines = iter_json_lines(path)
        for lineno, value in lines:
            if isinstance(value, LineProblem):
                yield path, lineno, RecordProblem(str(value))
                continue
            try:
                yield path, lineno, parse_record(value)
            except RecordProblem as err:
                yield path, lineno, err
    except OSError as err:
        yield path, None, RecordProblem(err.strerror or str(err))


def _detect(sniff: Sniff) -> bool:
    """Records with spans, or with a text hash and no doccano entities (this tool's doccano
    export carries ``text_sha256`` too)."""
    return sniff.has_key("spans") or (sniff.has_key("text_sha256")
                                      and not sniff.has_key("entities", "label"))


FORMAT = Format(
    "gold", "Gold JSONL: one document a line, lossless (relations, attributes, origins).",
    write=export, read=read, detect=_detect,
    suffixes=(".jsonl",), holds="train.jsonl, dev.jsonl and test.jsonl", exported_as="jsonl")
