"""Import suggestions made elsewhere: gold-shaped JSONL, doccano JSONL, Label Studio predictions.

Every imported span becomes a suggestion (status ``suggested``) of the
annotator's annotation set, with its ``score`` and ``origin``: the span's
own ``origin``, else the record's, else the task's ``model_version``
(Label Studio), else ``"file:<file name>"``. Documents are matched by id,
and by the text's SHA-256 when the record gives one (or its text): a
record whose text differs from the stored document is skipped, never
attached to the wrong text.

Offsets are code points unless the record (or the caller) declares
``"offset_unit": "utf16"``; those are converted with
:class:`annotator.core.text.Utf16Map`. A span outside its text, splitting a
surrogate pair or a letter from its mark, or whose given ``text`` does not
match, is reported with its file and line and skipped; the rest is
imported. Each document's suggestions are added as one batch through
:func:`annotator.suggest.merge.plan_suggestions`, so duplicates and
suggestions rejected before from the same origin are not added again.

Formats:

- ``gold``: ``{"id", "text"?, "text_sha256"?, "offset_unit"?, "origin"?,
  "spans": [{"start", "end", "label", "text"?, "score"?, "origin"?,
  "attributes"?, "id"?}], "relations"?: [{"type", "head", "tail", "score"?}]}``
- ``doccano``: ``{"id", "text", "entities" | "label": [[start, end, label], ...]}``
  (entity objects ``{"start_offset", "end_offset", "label"}`` too)
- ``labelstudio``: a JSON list of tasks (or JSONL, one task a line)
  ``{"id", "data": {"text", "id"?}, "predictions": [{"model_version", "score",
  "result": [{"id", "value": {"start", "end", "text", "labels": [...]}, "score"?}]}]}``
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.edits import EditError, apply_edit, make_relation
from annotator.core.model import Document, Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import Utf16Map, sha256_text, span_problem
from annotator.formats.atomic import one_sync_at_the_end
from annotator.formats.errors import ProjectError
from annotator.formats.format_table import SUGGESTION_FORMATS, detect_format
from annotator.formats.import_checks import (
    label_problem,
    score_problem,
    text_problem,
    value_problem,
)
from annotator.formats.jsonlines import LineProblem, iter_json_lines, problem_of
from annotator.formats.project import Project
from annotator.formats.report import Progress, Report, no_progress
from annotator.suggest.base import suggested_span
from annotator.suggest.merge import plan_suggestions

FORMATS = SUGGESTION_FORMATS
OFFSET_UNITS = ("codepoint", "utf16")


class SuggestionImportError(ProjectError):
    """A suggestions file that cannot be read at all (missing, not JSON, unknown format)."""


@dataclass
class RawSpan:
    """A span as the file gives it, before offsets are checked."""

    start: Any
    end: Any
    label: Any
    text: Any = None
    score: Any = None
    origin: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict)
    ref: str | None = None  # the file's own id for the span (relations point at it)


@dataclass
class RawRecord:
    """One document's suggestions as the file gives them."""

    doc_id: str | None
    text: str | None
    sha256: str | None
    offset_unit: str
    origin: str | None
    spans: list[RawSpan]
    relations: list[dict[str, Any]] = field(default_factory=list)


# ------------------------------------------------------------------ spans from raw values


def _offset_unit(value: Any, default: str) -> str:
    unit = value if value is not None else default
    if unit not in OFFSET_UNITS:
        raise ValueError(f"offset_unit {unit!r} is not supported (use codepoint or utf16)")
    return str(unit)


def resolve_span(doc: Document, raw: RawSpan, *, offset_unit: str, origin: str,
                 schema: LabelSchema | None, u16: Utf16Map | None = None) -> Span:
    """A suggested span over ``doc`` from file values; ``ValueError`` says what is wrong."""
    text = doc.text
    start, end, label = raw.start, raw.end, raw.label
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) \
            or isinstance(end, bool):
        raise ValueError(f"span {raw.label!r}: start and end must be integers")
    if not isinstance(label, str) or not label:
        raise ValueError(f"span {start}-{end}: 'label' must be a non-empty string")
    if schema is not None and schema.label(label) is None:
        raise ValueError(f"span {label} {start}-{end}: the project has no label {label!r}")
    given = f"{label} {start}-{end}"
    if offset_unit == "utf16":
        u16 = u16 or Utf16Map(text)
        try:
            start, end = u16.to_codepoint(start), u16.to_codepoint(end)
        except ValueError as err:
            raise ValueError(f"span {given} (UTF-16): {err}") from err
    problem = span_problem(text, start, end)
    if problem:
        hint = _unit_hint(text, raw, offset_unit) if raw.text is not None else ""
        raise ValueError(f"span {given}: {problem}{hint}")
    if raw.text is not None and text[start:end] != raw.text:
        hint = _unit_hint(text, raw, offset_unit)
        raise ValueError(f"span {given}: the file says “{raw.text}” but the document has "
                         f"“{text[start:end]}” there{hint}")
    score = raw.score
    problem = score_problem(score) or label_problem(label)
    if problem:
        raise ValueError(f"span {given}: {problem}")
    attrs: dict[str, Any] = {}
    if raw.attributes:
        if not isinstance(raw.attributes, Mapping):
            raise ValueError(f"span {given}: attributes must be an object")
        attrs = dict(raw.attributes)
        lab = schema.label(label) if schema is not None else None
        for name, value in attrs.items():
            adef = lab.attribute(name) if lab is not None else None
            if lab is not None and adef is None:
                raise ValueError(f"span {given}: label {label} has no attribute {name!r}")
            problem = value_problem(value, "attributes") or \
                (adef.problem(value) if adef is not None else None)
            if problem:
                raise ValueError(f"span {given}: {problem}")
    origin = raw.origin or origin
    problem = text_problem(origin, "origin") if isinstance(origin, str) else None
    if problem:
        raise ValueError(f"span {given}: {problem}")
    return suggested_span(text, start, end, label, origin=origin, score=score,
                          attributes=attrs)


def _unit_hint(text: str, raw: RawSpan, unit: str) -> str:
    """Say so when the offsets would match in the other unit (a common exporter mistake)."""
    u16 = Utf16Map(text)
    if u16.is_identity:
        return ""
    try:
        if unit == "codepoint":
            s, e = u16.to_codepoint(raw.start), u16.to_codepoint(raw.end)
            if text[s:e] == raw.text:
                return ' (they match as UTF-16 offsets: declare "offset_unit": "utf16")'
        elif text[raw.start:raw.end] == raw.text:
            return " (they match as code-point offsets: drop the utf16 declaration)"
    except (ValueError, TypeError):
        pass
    return ""


def resolve_record(doc: Document, rec: RawRecord, *, origin: str,
                   schema: LabelSchema | None) -> tuple[list[Span], list[Relation], list[str]]:
    """The record's spans (and relations between them) over ``doc``, and why others were skipped."""
    u16 = Utf16Map(doc.text) if rec.offset_unit == "utf16" else None
    spans: list[Span] = []
    problems: list[str] = []
    by_ref: dict[str, Span] = {}
    for raw in rec.spans:
        try:
            span = resolve_span(doc, raw, offset_unit=rec.offset_unit,
                                origin=rec.origin or origin, schema=schema, u16=u16)
        except ValueError as err:
            problems.append(str(err))
            continue
        spans.append(span)
        if raw.ref is not None:
            by_ref[raw.ref] = span
    relations: list[Relation] = []
    for r in rec.relations:
        if not isinstance(r, dict):
            problems.append("a relation must be a JSON object")
            continue
        head, tail = by_ref.get(str(r.get("head"))), by_ref.get(str(r.get("tail")))
        if head is None or tail is None or not isinstance(r.get("type"), str):
            problems.append(f"relation {r.get('type')!r}: needs a 'type' and 'head'/'tail' "
                            "ids of imported spans")
            continue
        score, rel_origin = r.get("score"), str(r.get("origin") or head.origin)
        problem = score_problem(score) or label_problem(r["type"], "relation type") \
            or text_problem(rel_origin, "origin")
        if problem:
            problems.append(f"relation {r['type']!r}: {problem}")
            continue
        relations.append(make_relation(r["type"], head, tail, status=Status.SUGGESTED,
                                       origin=rel_origin, score=score))
    return spans, relations, problems


# ------------------------------------------------------------------ reading the formats


def _raw_span_from_gold(d: Any) -> RawSpan:
    if not isinstance(d, dict):
        raise ValueError("a span must be a JSON object")
    return RawSpan(d.get("start"), d.get("end"), d.get("label"), d.get("text"), d.get("score"),
                   d.get("origin") if isinstance(d.get("origin"), str) else None,
                   d.get("attributes") or {}, str(d["id"]) if "id" in d else None)


def _gold_record(value: dict[str, Any], unit: str) -> RawRecord:
    spans_value = value.get("spans")
    if not isinstance(spans_value, list):
        raise ValueError("the record has no list 'spans'")
    rels = value.get("relations") or []
    return RawRecord(
        doc_id=_id(value.get("id", value.get("document_id"))), text=value.get("text"),
        sha256=value.get("text_sha256") or value.get("sha256"),
        offset_unit=_offset_unit(value.get("offset_unit"), unit),
        origin=value.get("origin") if isinstance(value.get("origin"), str) else None,
        spans=[_raw_span_from_gold(d) for d in spans_value],
        relations=rels if isinstance(rels, list) else [])


def _doccano_record(value: dict[str, Any], unit: str) -> RawRecord:
    items = value.get("entities", value.get("label"))
    if not isinstance(items, list):
        raise ValueError("a doccano record needs a list 'entities' or 'label'")
    spans = []
    for item in items:
        if isinstance(item, list) and len(item) >= 3:
            spans.append(RawSpan(item[0], item[1], item[2]))
        elif isinstance(item, dict):
            spans.append(RawSpan(item.get("start_offset"), item.get("end_offset"),
                                 item.get("label"), score=item.get("score")))
        else:
            raise ValueError(f"a doccano entity must be [start, end, label], not {item!r}")
    return RawRecord(_id(value.get("id")), value.get("text"), None,
                     _offset_unit(value.get("offset_unit"), unit),
                     value.get("origin") if isinstance(value.get("origin"), str) else None,
                     spans)


def _labelstudio_record(value: dict[str, Any], unit: str) -> RawRecord:
    data = value.get("data")
    if not isinstance(data, dict):
        raise ValueError("a Label Studio task needs an object 'data'")
    predictions = value.get("predictions") or []
    if not isinstance(predictions, list):
        raise ValueError("'predictions' must be a list")
    spans: list[RawSpan] = []
    for pred in predictions:
        if not isinstance(pred, dict):
            raise ValueError("a prediction must be a JSON object")
        version = pred.get("model_version")
        origin = str(version) if version not in (None, "") else None
        for res in pred.get("result") or []:
            val = res.get("value") if isinstance(res, dict) else None
            if not isinstance(val, dict) or "start" not in val:
                continue  # not a text span (choices, relations...)
            labels = val.get("labels") or val.get("hypertextlabels") or []
            if not isinstance(labels, list) or not labels:
                raise ValueError(f"result {res.get('id')!r} has no labels")
            score = res.get("score", pred.get("score"))
            for label in labels:
                spans.append(RawSpan(val.get("start"), val.get("end"), label, val.get("text"),
                                     score, origin, {}, None))
    doc_id = data.get("id", data.get("doc_id", value.get("id")))
    return RawRecord(_id(doc_id), data.get("text"), None,
                     _offset_unit(value.get("offset_unit", data.get("offset_unit")), unit),
                     None, spans)


def _id(value: Any) -> str | None:
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


_PARSERS = {"gold": _gold_record, "doccano": _doccano_record,
            "labelstudio": _labelstudio_record}


def _json_values(path: Path) -> Iterator[tuple[int, Any]]:
    """(line, value) of each record: JSONL lines, or the elements of one JSON list.

    JSONL is read line by line (:mod:`annotator.formats.jsonlines`): a line
    that is not UTF-8 or not JSON is one problem (a ``ValueError`` in place of
    the value) with its true line number, and the lines after it are read.
    """
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as err:
        raise SuggestionImportError(f"cannot read {path}: {err.strerror or err}") from err
    if head.startswith(b"["):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except OSError as err:
            raise SuggestionImportError(f"cannot read {path}: {err.strerror or err}") from err
        except UnicodeDecodeError as err:
            line = path.read_bytes()[:err.start].count(b"\n") + 1
            raise SuggestionImportError(f"{path}:{line}: not UTF-8 text (byte {err.start})") \
                from err
        yield from _json_array(path, text)
        return
    try:
        yield from iter_json_lines(path)
    except OSError as err:
        raise SuggestionImportError(f"cannot read {path}: {err.strerror or err}") from err


def _json_array(path: Path, text: str) -> Iterator[tuple[int, Any]]:
    """Elements of a JSON list with the line each starts on."""
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text):
            raise SuggestionImportError(f"{path}: the JSON list is not closed")
        if text[pos] == "]":
            return
        line = text.count("\n", 0, pos) + 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            raise SuggestionImportError(f"{path}:{err.lineno}: not valid JSON ({err.msg})") \
                from err
        except (ValueError, RecursionError) as err:  # too deep, or over the digit limit
            raise SuggestionImportError(f"{path}:{line}: {problem_of(err)}") from err
        yield line, value


def _suggestion_format(path: Path) -> str:
    """``gold``, ``doccano`` or ``labelstudio``, as :func:`detect_format` recognises ``path``."""
    found = detect_format(path)
    if found in FORMATS:
        return found
    next(_json_values(path), None)  # a file that cannot be read or parsed says so first
    raise SuggestionImportError(f"{path}: cannot tell the format (expected gold JSONL with "
                                "'spans', doccano with 'entities'/'label', or Label Studio "
                                "tasks with 'predictions'); name it with --format")


# ------------------------------------------------------------------ the import


class _DocumentFinder:
    """Finds the project's document for a record: by id, else by the text's hash."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._by_hash: dict[str, str] | None = None

    def find(self, rec: RawRecord) -> Document:
        digest = rec.sha256 or (sha256_text(rec.text) if isinstance(rec.text, str) else None)
        doc_id = rec.doc_id if rec.doc_id and self.project.has_document(rec.doc_id) else None
        if doc_id is None and digest:
            if self._by_hash is None:
                self._by_hash = {e.sha256: e.id for e in self.project.documents()}
            doc_id = self._by_hash.get(digest)
        if doc_id is None:
            raise ValueError(f"no document {rec.doc_id!r} in the project"
                             + (" and none with this text" if digest else ""))
        doc = self.project.load_document(doc_id)
        if digest and digest != doc.sha256:
            raise ValueError(f"the record's text differs from document {doc_id!r} in the "
                             "project; its offsets would point at the wrong letters")
        return doc


def import_suggestions(project: Project, path: Path | str, fmt: str | None = None, *,
                       origin: str | None = None, offset_unit: str = "codepoint",
                       annotator: str | None = None,
                       progress: Progress = no_progress,
                       skip_document: Callable[[str], bool] | None = None) -> Report:
    """Add the suggestions in ``path`` to ``annotator``'s annotations; return what was done.

    ``fmt`` is one of :data:`FORMATS` (detected when None); ``origin``
    overrides the default ``"file:<name>"``; ``offset_unit`` is the unit of
    records that do not declare one; records of a document for which
    ``skip_document(id)`` is True are left out silently (the caller counts
    them). Raises
    :class:`SuggestionImportError` only when the file cannot be read at all.
    """
    path = Path(path)
    fmt = fmt or _suggestion_format(path)
    if fmt not in _PARSERS:
        raise SuggestionImportError(f"unknown suggestion format {fmt!r} "
                                    f"(use {', '.join(FORMATS)})")
    _offset_unit(offset_unit, "codepoint")
    default_origin = origin or f"file:{path.name}"
    report = Report()
    with one_sync_at_the_end():  # atomic renames per file, one sync for the whole import
        _import_values(project, path, fmt, default_origin, offset_unit, annotator, report,
                       progress, forced=origin is not None, skip=skip_document)
    return report


def _import_values(project: Project, path: Path, fmt: str, default_origin: str,
                   offset_unit: str, annotator: str | None, report: Report,
                   progress: Progress, *, forced: bool,
                   skip: Callable[[str], bool] | None) -> None:
    finder = _DocumentFinder(project)
    values = list(_json_values(path))
    finished_work = 0  # Label Studio tasks with annotations and no predictions
    for n, (line, value) in enumerate(values, start=1):
        progress(n - 1, len(values))
        if fmt == "labelstudio" and _is_finished_task(value):
            finished_work += 1
        _import_one(project, finder, path, line, value, fmt, default_origin, offset_unit,
                    annotator, report, forced=forced, skip=skip)
    progress(len(values), len(values))
    if finished_work:
        report.skip(path, f"{finished_work} of {len(values)} tasks carry annotations (finished "
                          "work) but no predictions, and only predictions become suggestions; "
                          "to import the annotations use `annotator import PROJECT FILE "
                          "--format labelstudio`")


def _is_finished_task(value: Any) -> bool:
    """A Label Studio task with annotations but no predictions (an export of finished work)."""
    return isinstance(value, dict) and not value.get("predictions") \
        and bool(value.get("annotations") or value.get("completions"))


def _import_one(project: Project, finder: _DocumentFinder, path: Path, line: int, value: Any,
                fmt: str, origin: str, unit: str, annotator: str | None, report: Report,
                forced: bool, skip: Callable[[str], bool] | None = None) -> None:
    if isinstance(value, (ValueError, LineProblem)):
        report.skip(path, str(value), line)
        return
    if not isinstance(value, dict):
        report.skip(path, "a record must be a JSON object", line)
        return
    try:
        rec = _PARSERS[fmt](value, unit)
        doc = finder.find(rec)
    except (ValueError, TypeError) as err:
        report.skip(path, str(err), line)
        return
    except ProjectError as err:
        report.skip(path, str(err), line)
        return
    if skip is not None and skip(doc.id):
        return
    if forced:
        rec.origin = origin
        for raw in rec.spans:
            raw.origin = None
    spans, relations, problems = resolve_record(doc, rec, origin=origin, schema=project.schema)
    for problem in problems:
        report.skip(path, f"document {doc.id}: {problem}", line)
    _merge_and_save(project, doc, spans, relations, annotator, report, path, line)


def _merge_and_save(project: Project, doc: Document, spans: Sequence[Span],
                    relations: Sequence[Relation], annotator: str | None, report: Report,
                    path: Path | str, line: int | None) -> None:
    try:
        ann = project.load_annotations(doc, annotator)
    except ProjectError as err:
        report.skip(path, str(err), line)
        return
    plan = plan_suggestions(doc.text, ann, spans, relations, schema=project.schema,
                            description="Import suggestions")
    for problem in plan.problems:
        report.skip(path, f"document {doc.id}: {problem}", line)
    plan.count_into(report)
    if plan.batch.edits:
        try:
            apply_edit(doc.text, ann, plan.batch, project.schema)
            project.save_annotations(ann)
        except (EditError, ProjectError) as err:
            report.skip(path, f"document {doc.id}: {err}", line)
            return
    report.done.append(doc.id)


__all__ = ["FORMATS", "RawRecord", "RawSpan", "SuggestionImportError",
           "import_suggestions",
           "resolve_record", "resolve_span"]
