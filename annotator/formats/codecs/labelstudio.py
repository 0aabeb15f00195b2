"""Label Studio: JSON tasks with annotations (and predictions), plus the matching labeling config.

Folder layout (``out``)::

    tasks.json              a JSON array of tasks (train.json, dev.json, test.json with a split)
    labeling_config.xml     paste into the project's Labeling Interface

A task: ``{"data": {"text", "doc_id", "text_sha256", "offset_unit": "utf16",
"meta"}, "annotations": [{"result": [...]}], "predictions": [...]}``. Label
Studio's ``start``/``end`` are UTF-16 code units (JavaScript string indices),
converted by :class:`annotator.core.text.Utf16Map`. Each span is a ``labels``
region whose id is the span id; its attributes are per-region ``choices``
(closed values) or ``textarea`` (free text), the canonical id a per-region
``textarea`` called ``canonical_id``; relations are ``relation`` results.
Accepted annotations form the annotation; with suggestions included, the
suggested ones are predictions (one per origin, with scores). Label Studio
has no "rejected" state: rejected spans are left out and counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from annotator.core.model import Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.core.text import Utf16Map, sha256_text
from annotator.formats.codecs.doccano import to_codepoints
from annotator.formats.codecs.format import Format, Sniff
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import close_durably, open_text, staged
from annotator.formats.codecs.selection import ExportItem, iter_items
from annotator.formats.import_checks import text_problem
from annotator.formats.jsonlines import LineProblem, parse_json
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

TASKS_FILE = "tasks.json"
CONFIG_FILE = "labeling_config.xml"
LABELS = "label"
TEXT = "text"
CANONICAL = "canonical_id"


def _regions(span: Span, u16: Utf16Map, schema: LabelSchema) -> list[dict[str, Any]]:
    value: dict[str, Any] = {"start": u16.to_utf16(span.start), "end": u16.to_utf16(span.end),
                             "text": span.text}
    base: dict[str, Any] = {"id": span.id, "to_name": TEXT}
    out = [{**base, "from_name": LABELS, "type": "labels",
            "value": {**value, "labels": [span.label]}}]
    label = schema.label(span.label)
    for name in sorted(span.attributes):
        adef = label.attribute(name) if label else None
        v = span.attributes[name]
        if adef is not None and adef.values:
            out.append({**base, "from_name": name, "type": "choices",
                        "value": {**value, "choices": [str(v)]}})
        else:
            out.append({**base, "from_name": name, "type": "textarea",
                        "value": {**value, "text": [str(v)]}})
    if span.canonical_id:
        out.append({**base, "from_name": CANONICAL, "type": "textarea",
                    "value": {**value, "text": [span.canonical_id]}})
    if span.score is not None and span.status is not Status.ACCEPTED:
        for region in out:
            region["score"] = span.score
    return out


def _relation(rel: Relation) -> dict[str, Any]:
    return {"from_id": rel.head, "to_id": rel.tail, "type": "relation", "direction": "right",
            "labels": [rel.type]}


def task(item: ExportItem, schema: LabelSchema, report: Report) -> dict[str, Any]:
    """The Label Studio task of one document."""
    u16 = Utf16Map(item.text)
    groups: dict[str, list[dict[str, Any]]] = {}
    where: dict[str, str] = {}
    for span in item.spans:
        if span.status is Status.REJECTED:
            report.count("rejected spans left out (Label Studio has no rejected state)")
            continue
        key = "" if span.status is Status.ACCEPTED else (span.origin or "suggestion")
        where[span.id] = key
        groups.setdefault(key, []).extend(_regions(span, u16, schema))
    for rel in item.relations_by_position():
        head_key = where.get(rel.head)
        if rel.status is Status.REJECTED or head_key is None or where.get(rel.tail) != head_key:
            report.count("relations left out (rejected, or across annotation and prediction)")
            continue
        groups[head_key].append(_relation(rel))
    result: dict[str, Any] = {
        "data": {"text": item.text, "doc_id": item.id, "text_sha256": item.document.sha256,
                 "offset_unit": "utf16", "meta": dict(item.document.meta)},
        "annotations": [{"result": groups.get("", [])}],
    }
    predictions = [{"model_version": key, "result": regions}
                   for key, regions in sorted(groups.items()) if key]
    if predictions:
        result["predictions"] = predictions
    return result


def labeling_config(schema: LabelSchema, labels: list[str]) -> str:
    """The labeling config XML for the exported labels, relations and attributes."""
    # Imported here: xml.sax.saxutils brings urllib.request, http.client, ssl and email,
    # which every command's start-up would pay for (the format table imports this codec).
    from xml.sax.saxutils import quoteattr

    lines = ["<View>", "  <Relations>"]
    lines += [f"    <Relation value={quoteattr(r.name)}/>" for r in schema.relation_types]
    lines += ["  </Relations>", f'  <Labels name="{LABELS}" toName="{TEXT}">']
    for lab in schema.span_labels:
        if lab.name in labels:
            hotkey = f" hotkey={quoteattr(lab.key)}" if lab.key else ""
            lines.append(f"    <Label value={quoteattr(lab.name)} "
                         f"background={quoteattr(lab.colour)}{hotkey}/>")
    lines += ["  </Labels>", f'  <Text name="{TEXT}" value="$text"/>']
    seen: set[str] = set()
    for lab in schema.span_labels:
        if lab.name not in labels:
            continue
        for a in lab.attributes:
            if a.name in seen:
                continue
            seen.add(a.name)
            lines.append('  <View visibleWhen="region-selected">')
            lines.append(f"    <Header value={quoteattr(a.name)}/>")
            if a.values:
                lines.append(f"    <Choices name={quoteattr(a.name)} toName=\"{TEXT}\" "
                             f"perRegion=\"true\" choice=\"single\">")
                lines += [f"      <Choice value={quoteattr(v)}/>" for v in a.values]
                lines.append("    </Choices>")
            else:
                lines.append(f"    <TextArea name={quoteattr(a.name)} toName=\"{TEXT}\" "
                             f"perRegion=\"true\" maxSubmissions=\"1\" editable=\"true\"/>")
            lines.append("  </View>")
    lines += ['  <View visibleWhen="region-selected">', f'    <Header value="{CANONICAL}"/>',
              f'    <TextArea name="{CANONICAL}" toName="{TEXT}" perRegion="true" '
              'maxSubmissions="1" editable="true"/>', "  </View>", "</View>"]
    return "\n".join(lines) + "\n"


class _JsonArray:
    """Writes a JSON array one element at a time."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self.n = 0
        handle.write("[")

    def add(self, value: Any) -> None:
        self.handle.write(("\n" if self.n == 0 else ",\n") +
                          json.dumps(value, ensure_ascii=False))
        self.n += 1

    def close(self) -> None:
        self.handle.write("\n]\n" if self.n else "]\n")
        close_durably(self.handle)


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the Label Studio folder ``out``."""
    schema = project.schema
    labels = list(options.labels) if options.labels is not None else schema.label_names
    with staged(out, folder=True) as tmp:
        arrays: dict[str | None, _JsonArray] = {}
        if options.split is None:
            arrays[None] = _JsonArray(open_text(tmp / TASKS_FILE))
        try:
            for item in iter_items(project, options, report, progress):
                array = arrays.get(item.split)
                if array is None:
                    array = arrays[item.split] = _JsonArray(open_text(tmp / f"{item.split}.json"))
                array.add(task(item, schema, report))
                report.done.append(item.id)
                report.count("spans", len(item.spans))
                report.count("relations", len(item.relations))
        finally:
            for array in arrays.values():
                array.close()
        with open_text(tmp / CONFIG_FILE) as handle:
            handle.write(labeling_config(schema, labels))


# ------------------------------------------------------------------ reading


def _spans_of(results: list[Any], conv: Any, text: str, status: Status, origin: str,
              where: str) -> tuple[list[Span], list[Relation]]:
    spans: dict[str, Span] = {}
    extras: list[dict[str, Any]] = []
    rels: list[Relation] = []
    if not isinstance(results, list):
        raise RecordProblem(f"{where}: 'result' must be a list")
    for r in results:
        if not isinstance(r, dict):
            raise RecordProblem(f"{where}: a result must be an object")
        if r.get("type") == "relation":
            extras.append(r)
            continue
        value = r.get("value") or {}
        if not isinstance(value, dict):
            raise RecordProblem(f"{where}: region {r.get('id', '?')!r}: 'value' must be an object")
        if "labels" not in value:
            extras.append(r)
            continue
        start, end, label, rid = _region_fields(r, value, conv, where)
        if "text" in value and text[start:end] != value["text"]:
            raise RecordProblem(f"{where}: region {rid}: its text {value['text']!r} does not "
                                f"match the task text {text[start:end]!r}")
        spans[rid] = Span(id=rid, start=start, end=end, label=label, text=text[start:end],
                          status=status, origin=origin, score=r.get("score"))
    for r in extras:
        if r.get("type") == "relation":
            head, tail = str(r.get("from_id")), str(r.get("to_id"))
            if head not in spans or tail not in spans:
                raise RecordProblem(f"{where}: a relation names a missing region")
            labels = r.get("labels") or ["related"]
            rtype = labels[0] if isinstance(labels, list) else None
            if not isinstance(rtype, str):
                raise RecordProblem(f"{where}: a relation's 'labels' must be a list of strings")
            rels.append(Relation(id=f"{head}-{rtype}-{tail}", type=str(rtype), head=head,
                                 tail=tail, status=status, origin=origin))
            continue
        rid, value = str(r.get("id")), r.get("value") or {}
        if rid not in spans or not isinstance(value, dict):
            continue  # a per-task (not per-region) control: not a span attribute
        name = str(r.get("from_name"))
        got = value.get("choices", value.get("text"))
        got = got[0] if isinstance(got, list) and len(got) == 1 else got
        span = spans[rid]
        if name == CANONICAL:
            spans[rid] = span.with_changes(canonical_id=str(got) if got else None)
        else:
            spans[rid] = span.with_changes(attributes={**span.attributes, name: got})
    return list(spans.values()), rels


def _region_fields(r: dict[str, Any], value: dict[str, Any], conv: Any, where: str
                   ) -> tuple[int, int, str, str]:
    """Start, end (code points), label and id of a ``labels`` region; checked types."""
    what = f"{where}: region {r.get('id', '?')!r}"
    start, end, labels, rid = value.get("start"), value.get("end"), value["labels"], r.get("id")
    if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) \
            or not isinstance(end, int):
        raise RecordProblem(f"{what}: 'start' and 'end' must be integers")
    if not isinstance(labels, list) or not labels or not isinstance(labels[0], str):
        raise RecordProblem(f"{what}: 'labels' must be a list of strings")
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise RecordProblem(f"{what}: a region needs an 'id' (string)")
    try:
        return conv(start), conv(end), labels[0], str(rid)
    except (ValueError, IndexError) as err:
        raise RecordProblem(f"{what}: {err}") from err


def _list_of(value: Any, key: str, where: str) -> list[Any]:
    got = value.get(key)
    if got is None:
        return []
    if not isinstance(got, list):
        raise RecordProblem(f"{where}: {key!r} must be a list")
    return got


def parse_task(value: Any, fallback_id: str) -> ImportRecord:
    """Convert one Label Studio task; raises :class:`RecordProblem` saying what is wrong."""
    if not isinstance(value, dict) or not isinstance(value.get("data"), dict):
        raise RecordProblem("a task must be an object with 'data'")
    data = value["data"]
    text = data.get("text")
    if not isinstance(text, str):
        text = next((v for v in data.values() if isinstance(v, str)), None)
    if text is None:
        raise RecordProblem("the task's data has no text")
    raw_id = data.get("doc_id") or value.get("id") or fallback_id
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise RecordProblem(f"the task's id must be a string (got {type(raw_id).__name__})")
    doc_id = str(raw_id)
    where = f"task {doc_id!r}"
    if text_problem(text):
        raise RecordProblem(f"{where}: {text_problem(text)}")
    if data.get("text_sha256") not in (None, sha256_text(text)):
        raise RecordProblem(f"task {doc_id!r}: text_sha256 does not match its text")
    conv = to_codepoints(text, str(data.get("offset_unit") or "utf16"))
    key = "annotations" if value.get("annotations") else "completions"
    annotations = [a for a in _list_of(value, key, where)
                   if isinstance(a, dict) and not a.get("was_cancelled")]
    spans: list[Span] = []
    rels: list[Relation] = []
    if annotations:
        spans, rels = _spans_of(annotations[0].get("result") or [], conv, text,
                                Status.ACCEPTED, "", where)
    for pred in _list_of(value, "predictions", where):
        if not isinstance(pred, dict):
            continue
        more, more_rels = _spans_of(pred.get("result") or [], conv, text, Status.SUGGESTED,
                                    str(pred.get("model_version") or ""), f"task {doc_id!r}")
        spans += more
        rels += more_rels
    meta = data.get("meta") if isinstance(data.get("meta"), dict) else {}
    return ImportRecord(doc_id, text, dict(meta), spans, rels)


def _files(path: Path) -> list[Path]:
    return sorted(path.glob("*.json")) if path.is_dir() else [path]


def read(path: Path) -> Iterator[tuple[Path, int | None, ImportRecord | RecordProblem]]:
    """Tasks of a Label Studio JSON export (or of every ``*.json`` task file of a folder)."""
    for file in _files(Path(path)):
        try:
            data = file.read_bytes()
            value = parse_json(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
        except OSError as err:
            yield file, None, RecordProblem(f"cannot read: {err.strerror or err}")
            continue
        except LineProblem as err:
            yield file, _line_of(err), RecordProblem(str(err))
            continue
        tasks = value if isinstance(value, list) else [value]
        for n, t in enumerate(tasks, 1):
            try:
                yield file, None, parse_task(t, f"{file.stem}-{n}")
            except RecordProblem as err:
                yield file, None, RecordProblem(f"task {n}: {err}")


def _line_of(err: LineProblem) -> int | None:
    """The line a JSON syntax error is on (a whole-file parse), when the parser said."""
    cause = err.__cause__
    return cause.lineno if isinstance(cause, json.JSONDecodeError) else None


def _detect(sniff: Sniff) -> bool:
    """A folder with ``tasks.json``, tasks with data or predictions, or any other ``.json`` file."""
    if sniff.is_dir:
        return (sniff.path / TASKS_FILE).is_file()
    return sniff.has_key("predictions", "data") or sniff.suffix == ".json"


FORMAT = Format(
    "labelstudio", "Label Studio folder: JSON tasks and a matching labeling config.",
    write=export, read=read, detect=_detect, suffixes=(".json",), folder=True,
    holds="tasks.json and labeling_config.xml")
