"""doccano JSONL (sequence labeling with relations): export and import.

Record: ``{"id", "text", "entities": [{"id", "label", "start_offset",
"end_offset", "text", "attributes"}], "relations": [{"id", "from_id",
"to_id", "type"}], "offset_unit": "utf16", "text_sha256", "meta"}``.
doccano counts offsets in UTF-16 code units (its front end is JavaScript:
an emoji counts two), so that is what is written, converted by
:class:`annotator.core.text.Utf16Map`; ``offset_unit`` says so. Import
accepts that shape, ``"offset_unit": "codepoint"``, and doccano's older
``"label": [[start, end, label], ...]`` records. Entity and relation ids are
numbers local to the record; extra keys (``text``, ``attributes``,
``canonical_id``, and with suggestions ``status``, ``origin``, ``score``) are
ignored by doccano and read back by this importer.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.model import Relation, Span, Status
from annotator.core.text import Utf16Map, sha256_text
from annotator.formats.atomic import one_record_a_line
from annotator.formats.codecs.format import Format
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import staged_files
from annotator.formats.codecs.selection import ExportItem, iter_items
from annotator.formats.import_checks import text_problem
from annotator.formats.jsonlines import LineProblem, iter_json_lines
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

UTF16 = "utf16"
CODEPOINT = "codepoint"


def record(item: ExportItem, options: ExportOptions) -> dict[str, Any]:
    """The doccano record of one document."""
    u16 = Utf16Map(item.text)
    number: dict[str, int] = {}
    entities = []
    for n, s in enumerate(item.spans, 1):
        number[s.id] = n
        e: dict[str, Any] = {"id": n, "label": s.label, "start_offset": u16.to_utf16(s.start),
                             "end_offset": u16.to_utf16(s.end), "text": s.text}
        if s.attributes:
            e["attributes"] = dict(s.attributes)
        if s.canonical_id:
            e["canonical_id"] = s.canonical_id
        if options.include_suggestions:
            e.update(status=s.status.value, origin=s.origin, score=s.score)
        entities.append(e)
    relations = []
    for n, r in enumerate(item.relations_by_position(), 1):
        d: dict[str, Any] = {"id": n, "from_id": number[r.head], "to_id": number[r.tail],
                             "type": r.type}
        if r.attributes:
            d["attributes"] = dict(r.attributes)
        if options.include_suggestions:
            d.update(status=r.status.value, origin=r.origin, score=r.score)
        relations.append(d)
    return {"id": item.id, "text": item.text, "entities": entities, "relations": relations,
            "offset_unit": UTF16, "text_sha256": item.document.sha256,
            "meta": dict(item.document.meta)}


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the doccano JSONL file ``out`` (a folder of split files with a split)."""
    with staged_files(out, split=options.split is not None, ext=".jsonl") as files:
        for item in iter_items(project, options, report, progress):
            files.get(item.split).write(
                one_record_a_line(json.dumps(record(item, options), ensure_ascii=False)) + "\n")
            report.done.append(item.id)
            report.count("spans", len(item.spans))
            report.count("relations", len(item.relations))


# ------------------------------------------------------------------ reading


def to_codepoints(text: str, unit: str) -> Any:
    """A function converting offsets in ``unit`` to code points (raises ValueError when invalid)."""
    if unit == CODEPOINT:
        return lambda x: x
    if unit != UTF16:
        raise RecordProblem(f"offset_unit {unit!r} is not supported (utf16 or codepoint)")
    u16 = Utf16Map(text)
    return u16.to_codepoint


def _status(value: Any) -> Status:
    try:
        return Status(value or "accepted")
    except ValueError as err:
        raise RecordProblem(f"unknown status {value!r}") from err


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RecordProblem(f"{what} must be an integer (got {type(value).__name__} {value!r})")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RecordProblem(f"{what} must be a list (got {type(value).__name__})")
    return value


def _entities(value: dict[str, Any], doc_id: str) -> list[dict[str, Any]]:
    """The record's entities as objects (doccano's ``label: [[start, end, label]]`` too)."""
    raw = value.get("entities")
    if raw is None and value.get("label") is not None:
        out = []
        for n, e in enumerate(_list(value["label"], f"record {doc_id!r}: 'label'"), 1):
            if not isinstance(e, list) or len(e) != 3:
                raise RecordProblem(f"record {doc_id!r}, label {n}: expected [start, end, "
                                    f"label], got {e!r}"[:200])
            out.append({"id": n, "start_offset": e[0], "end_offset": e[1], "label": e[2]})
        return out
    entities = _list(raw, f"record {doc_id!r}: 'entities'")
    for n, e in enumerate(entities, 1):
        if not isinstance(e, dict):
            raise RecordProblem(f"record {doc_id!r}, entity {n}: expected an object, got "
                                f"{type(e).__name__}")
    return entities


def _span(e: dict[str, Any], n: int, text: str, conv: Any, doc_id: str) -> Span:
    where = f"record {doc_id!r}, entity {e.get('id', n)!r}"
    try:
        start = conv(_int(e.get("start_offset"), "start_offset"))
        end = conv(_int(e.get("end_offset"), "end_offset"))
    except (RecordProblem, ValueError, IndexError) as err:
        raise RecordProblem(f"{where}: {err}") from err
    label = e.get("label")
    if not isinstance(label, str):
        raise RecordProblem(f"{where}: 'label' must be a string")
    if not 0 <= start < end <= len(text):
        raise RecordProblem(f"{where}: offsets {start}-{end} are outside the text "
                            f"(length {len(text)})")
    if "text" in e and text[start:end] != e["text"]:
        raise RecordProblem(f"{where}: its text {e['text']!r} does not match "
                            f"{text[start:end]!r}")
    attrs = e.get("attributes") or {}
    canonical = e.get("canonical_id") or None
    if not isinstance(attrs, dict) or not isinstance(canonical, (str, type(None))):
        raise RecordProblem(f"{where}: 'attributes' must be an object and 'canonical_id' "
                            "a string")
    origin = e.get("origin") or ""
    return Span(id=f"e{e.get('id', n)}", start=start, end=end, label=label,
                text=text[start:end], attributes=attrs, status=_status(e.get("status")),
                origin=origin if isinstance(origin, str) else str(origin),
                score=e.get("score"), canonical_id=canonical)


def _relations(value: dict[str, Any], ids: dict[Any, str], doc_id: str) -> list[Relation]:
    relations = []
    for n, r in enumerate(_list(value.get("relations"), f"record {doc_id!r}: 'relations'"), 1):
        where = f"record {doc_id!r}, relation {n}"
        if not isinstance(r, dict):
            raise RecordProblem(f"{where}: expected an object, got {type(r).__name__}")
        head, tail, rtype = r.get("from_id"), r.get("to_id"), r.get("type")
        if not isinstance(head, (int, str)) or not isinstance(tail, (int, str)) \
                or head not in ids or tail not in ids:
            raise RecordProblem(f"{where}: from_id and to_id must name entities of the record")
        if not isinstance(rtype, str):
            raise RecordProblem(f"{where}: 'type' must be a string")
        attrs = r.get("attributes") or {}
        if not isinstance(attrs, dict):
            raise RecordProblem(f"{where}: 'attributes' must be an object")
        relations.append(Relation(id=f"r{r.get('id', n)}", type=rtype, head=ids[head],
                                  tail=ids[tail], attributes=attrs,
                                  status=_status(r.get("status")),
                                  origin=str(r.get("origin") or ""), score=r.get("score")))
    return relations


def parse_record(value: Any, fallback_id: str) -> ImportRecord:
    """Convert one doccano record; raises :class:`RecordProblem` saying what is wrong."""
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise RecordProblem("a doccano record must be an object with a 'text'")
    text = value["text"]
    raw_id = value.get("id")
    if raw_id in (None, ""):
        raw_id = fallback_id
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise RecordProblem(f"'id' must be a string or an integer (got {type(raw_id).__name__})")
    doc_id = str(raw_id)
    if text_problem(text):
        raise RecordProblem(f"record {doc_id!r}: {text_problem(text)}")
    if value.get("text_sha256") not in (None, sha256_text(text)):
        raise RecordProblem(f"record {doc_id!r}: text_sha256 does not match its text")
    conv = to_codepoints(text, str(value.get("offset_unit") or UTF16))
    spans: list[Span] = []
    ids: dict[Any, str] = {}
    for n, e in enumerate(_entities(value, doc_id), 1):
        span = _span(e, n, text, conv, doc_id)
        local = e.get("id", n)
        if isinstance(local, (int, str)) and not isinstance(local, bool):
            ids[local] = span.id
        spans.append(span)
    relations = _relations(value, ids, doc_id)
    meta = value.get("meta")
    return ImportRecord(doc_id, text, dict(meta) if isinstance(meta, dict) else {}, spans,
                        relations)


def _files(path: Path) -> list[Path]:
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def read(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    """Records of a doccano JSONL file (or of the ``*.jsonl`` files of a folder)."""
    for file in _files(Path(path)):
        try:
            for lineno, value in iter_json_lines(file):
                if isinstance(value, LineProblem):
                    yield file, lineno, RecordProblem(str(value))
                    continue
                try:
                    yield file, lineno, parse_record(value, f"{file.stem}-{lineno}")
                except RecordProblem as err:
                    yield file, lineno, err
        except OSError as err:
            yield file, None, RecordProblem(err.strerror or str(err))


FORMAT = Format(
    "doccano", "doccano JSONL with entities and relations.", write=export, read=read,
    detect=lambda s: s.has_key("entities", "label"), suffixes=(".jsonl",),
    holds="train.jsonl, dev.jsonl and test.jsonl")
