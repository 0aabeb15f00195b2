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
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import staged_files
from annotator.formats.codecs.selection import ExportItem, iter_items
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
                json.dumps(record(item, options), ensure_ascii=False) + "\n")
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


def parse_record(value: Any, fallback_id: str) -> ImportRecord:
    """Convert one doccano record; raises :class:`RecordProblem` saying what is wrong."""
    if not isinstance(value, dict) or not isinstance(value.get("text"), str):
        raise RecordProblem("a doccano record must be an object with a 'text'")
    text = value["text"]
    doc_id = str(value.get("id") if value.get("id") not in (None, "") else fallback_id)
    if value.get("text_sha256") not in (None, sha256_text(text)):
        raise RecordProblem(f"record {doc_id!r}: text_sha256 does not match its text")
    conv = to_codepoints(text, str(value.get("offset_unit") or UTF16))
    raw = value.get("entities")
    if raw is None and isinstance(value.get("label"), list):
        raw = [{"id": i, "start_offset": e[0], "end_offset": e[1], "label": e[2]}
               for i, e in enumerate(value["label"], 1)]
    spans: list[Span] = []
    ids: dict[Any, str] = {}
    for n, e in enumerate(raw or [], 1):
        try:
            start, end = conv(int(e["start_offset"])), conv(int(e["end_offset"]))
            label = str(e["label"])
        except (KeyError, TypeError, ValueError) as err:
            raise RecordProblem(f"record {doc_id!r}, entity {n}: {err}") from err
        sid = f"e{e.get('id', n)}"
        ids[e.get("id", n)] = sid
        if "text" in e and text[start:end] != e["text"]:
            raise RecordProblem(f"record {doc_id!r}, entity {e.get('id', n)}: its text "
                                f"{e['text']!r} does not match {text[start:end]!r}")
        attrs = e.get("attributes") or {}
        spans.append(Span(id=sid, start=start, end=end, label=label, text=text[start:end],
                          attributes=attrs if isinstance(attrs, dict) else {},
                          status=_status(e.get("status")), origin=str(e.get("origin") or ""),
                          score=e.get("score"), canonical_id=e.get("canonical_id") or None))
    relations = []
    for n, r in enumerate(value.get("relations") or [], 1):
        try:
            head, tail, rtype = ids[r["from_id"]], ids[r["to_id"]], str(r["type"])
        except (KeyError, TypeError) as err:
            raise RecordProblem(f"record {doc_id!r}, relation {n}: unknown or missing "
                                f"{err}") from err
        relations.append(Relation(id=f"r{r.get('id', n)}", type=rtype, head=head, tail=tail,
                                  attributes=r.get("attributes") or {},
                                  status=_status(r.get("status")),
                                  origin=str(r.get("origin") or ""), score=r.get("score")))
    meta = value.get("meta")
    return ImportRecord(doc_id, text, dict(meta) if isinstance(meta, dict) else {}, spans,
                        relations)


def _files(path: Path) -> list[Path]:
    return sorted(path.glob("*.jsonl")) if path.is_dir() else [path]


def read(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    """Records of a doccano JSONL file (or of the ``*.jsonl`` files of a folder)."""
    for file in _files(Path(path)):
        try:
            handle = open(file, encoding="utf-8-sig", newline="")  # noqa: SIM115 - with below
        except OSError as err:
            yield file, None, RecordProblem(err.strerror or str(err))
            continue
        with handle:
            try:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        value = json.loads(line)
                    except json.JSONDecodeError as err:
                        yield file, lineno, RecordProblem(f"not valid JSON: {err.msg}")
                        continue
                    try:
                        yield file, lineno, parse_record(value, f"{file.stem}-{lineno}")
                    except RecordProblem as err:
                        yield file, lineno, err
            except UnicodeDecodeError as err:
                yield file, None, RecordProblem(f"not UTF-8 (byte {err.start})")
