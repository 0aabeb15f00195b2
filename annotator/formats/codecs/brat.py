"""brat standoff: ``.txt`` and ``.ann`` per document, with ``annotation.conf`` and ``visual.conf``.

Folder layout (``out``; with a split, the documents go in ``train/``, ``dev/``,
``test/`` and brat finds the configuration in the parent folder)::

    annotation.conf  visual.conf  documents.json  <stem>.txt  <stem>.ann ...

``.ann`` lines: ``T`` (text-bound spans; offsets are code points, a span that
crosses a line break is written as fragments split at the line breaks),
``A`` (attributes; ``review_status`` for suggested or rejected spans when
suggestions are included), ``R`` (relations, ``Arg1`` the head, ``Arg2``
the tail) and ``N`` (``Reference T1 annotator:<canonical id>``).
``documents.json`` maps file stems to document ids and metadata, so an
import gets the ids back (brat itself ignores it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.model import Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.formats.codecs.format import Format
from annotator.formats.codecs.importing import ImportRecord, RecordProblem
from annotator.formats.codecs.options import ExportOptions
from annotator.formats.codecs.output import open_text, staged
from annotator.formats.codecs.selection import ExportItem, iter_items
from annotator.formats.filenames import safe_stem
from annotator.formats.jsonlines import LineProblem, decode_line, parse_json
from annotator.formats.report import Progress, Report

if TYPE_CHECKING:
    from annotator.formats.project import Project

REVIEW_ATTRIBUTE = "review_status"
NORM_DB = "annotator"
MANIFEST = "documents.json"
_NAME = re.compile(r"^[^\s]+$")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut at line breaks (a brat fragment cannot hold one).

    Empty pieces between line breaks are dropped; a span that begins or ends
    with a line break stays one fragment, so its extent is kept exactly.
    """
    pieces = text[start:end].split("\n")
    if not pieces[0] or not pieces[-1]:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    for piece in pieces:
        if piece:
            out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def _shown(text: str, frags: list[tuple[int, int]]) -> str:
    """The text column of a ``T`` line: the fragments joined by spaces, on one line."""
    return " ".join(text[s:e] for s, e in frags).replace("\n", " ")


def ann_lines(item: ExportItem, report: Report) -> list[str]:
    """The ``.ann`` lines of one document."""
    text = item.text
    lines: list[str] = []
    attrs: list[str] = []
    norms: list[str] = []
    tid: dict[str, str] = {}
    for n, span in enumerate(item.spans, 1):
        t = tid[span.id] = f"T{n}"
        frags = fragments(text, span.start, span.end)
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        shown = _shown(text, frags)
        lines.append(f"{t}\t{span.label} {offsets}\t{shown}")
        values = dict(span.attributes)
        if span.status is not Status.ACCEPTED:
            values[REVIEW_ATTRIBUTE] = span.status.value
        for name in sorted(values):
            value = values[name]
            if value is True:
                attrs.append(f"{name} {t}")
            elif isinstance(value, str) and _NAME.match(value) and _NAME.match(name):
                attrs.append(f"{name} {t} {value}")
            else:
                report.count("attribute values brat cannot hold (left out)")
        if span.canonical_id:
            first = text[frags[0][0]:frags[0][1]]
            norms.append(f"Reference {t} {NORM_DB}:{span.canonical_id}\t{first}")
    lines += [f"A{n}\t{a}" for n, a in enumerate(attrs, 1)]
    for n, rel in enumerate(item.relations_by_position(), 1):
        lines.append(f"R{n}\t{rel.type} Arg1:{tid[rel.head]} Arg2:{tid[rel.tail]}")
        if rel.attributes or rel.status is not Status.ACCEPTED:
            report.count("relation attributes or statuses brat cannot hold (left out)")
    lines += [f"N{n}\t{x}" for n, x in enumerate(norms, 1)]
    return lines


def annotation_conf(schema: LabelSchema, labels: list[str], review: bool) -> str:
    """``annotation.conf`` for the exported labels."""
    out = ["[entities]", *labels, "", "[relations]"]
    for rel in schema.relation_types:
        heads = "|".join(h for h in rel.head_labels if h in labels) or "<ENTITY>"
        tails = "|".join(t for t in rel.tail_labels if t in labels) or "<ENTITY>"
        out.append(f"{rel.name}\tArg1:{heads}, Arg2:{tails}")
    out += ["<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "", "[events]", "",
            "[attributes]"]
    merged: dict[str, tuple[list[str], list[str]]] = {}
    for lab in schema.span_labels:
        if lab.name not in labels:
            continue
        for a in lab.attributes:
            if not a.values:
                continue
            args, values = merged.setdefault(a.name, ([], []))
            args.append(lab.name)
            values += [v for v in a.values if v not in values]
    if review:
        merged[REVIEW_ATTRIBUTE] = (list(labels), [s.value for s in Status
                                                   if s is not Status.ACCEPTED])
    for name, (args, values) in merged.items():
        out.append(f"{name}\tArg:{'|'.join(args)}, Value:{'|'.join(values)}")
    return "\n".join(out) + "\n"


def visual_conf(schema: LabelSchema, labels: list[str]) -> str:
    """``visual.conf``: label display names and colours from the schema."""
    out = ["[labels]"]
    out += [f"{lab.name} | {lab.name.capitalize()}" for lab in schema.span_labels
            if lab.name in labels]
    out += [f"{r.name} | {r.name}" for r in schema.relation_types]
    out += ["", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
            "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5"]
    out += [f"{lab.name}\tbgColor:{lab.colour}" for lab in schema.span_labels
            if lab.name in labels]
    out += [f"{r.name}\tcolor:{r.colour}" for r in schema.relation_types]
    return "\n".join(out) + "\n"


def export(project: Project, out: Path, options: ExportOptions, report: Report,
           progress: Progress | None = None) -> None:
    """Write the brat folder ``out``."""
    schema = project.schema
    labels = list(options.labels) if options.labels is not None else schema.label_names
    manifest: dict[str, dict[str, Any]] = {}
    with staged(out, folder=True) as tmp:
        for item in iter_items(project, options, report, progress):
            stem = safe_stem(item.id)
            rel = f"{item.split}/{stem}" if item.split else stem
            with open_text(tmp / f"{rel}.txt") as handle:
                handle.write(item.text)
            with open_text(tmp / f"{rel}.ann") as handle:
                lines = ann_lines(item, report)
                handle.write("\n".join(lines) + ("\n" if lines else ""))
            manifest[rel] = {"id": item.id, "text_sha256": item.document.sha256,
                             "meta": dict(item.document.meta)}
            report.done.append(item.id)
            report.count("spans", len(item.spans))
            report.count("relations", len(item.relations))
        with open_text(tmp / "annotation.conf") as handle:
            handle.write(annotation_conf(schema, labels, options.include_suggestions))
        with open_text(tmp / "visual.conf") as handle:
            handle.write(visual_conf(schema, labels))
        with open_text(tmp / MANIFEST) as handle:
            handle.write(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


# ------------------------------------------------------------------ reading

Located = tuple[Path, "int | None", "ImportRecord | RecordProblem"]


def _parse_ann(ann_path: Path, text: str, doc_id: str, meta: dict[str, Any]
               ) -> Iterator[Located]:
    spans: dict[str, Span] = {}
    attrs: dict[str, dict[str, Any]] = {}
    statuses: dict[str, Status] = {}
    canon: dict[str, str] = {}
    rels: list[Relation] = []
    try:
        data = ann_path.read_bytes()
    except OSError as err:
        yield ann_path, None, RecordProblem(f"cannot read: {err.strerror or err}")
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        try:
            line = decode_line(raw).rstrip("\r")
        except LineProblem as err:
            yield ann_path, lineno, RecordProblem(f"{err}; line skipped")
            continue
        if not line.strip() or line.startswith("#"):
            continue
        try:
            _parse_line(line, text, spans, attrs, statuses, canon, rels)
        except (ValueError, KeyError, IndexError) as err:
            reason = str(err) if isinstance(err, ValueError) else f"malformed line ({err})"
            yield ann_path, lineno, RecordProblem(f"{reason}; line skipped")
    final = []
    for sid, span in spans.items():
        final.append(span.with_changes(attributes=attrs.get(sid, {}),
                                       status=statuses.get(sid, Status.ACCEPTED),
                                       canonical_id=canon.get(sid)))
    ids = set(spans)
    good_rels = []
    for rel in rels:
        if rel.head in ids and rel.tail in ids:
            good_rels.append(rel)
        else:
            yield ann_path, None, RecordProblem(f"relation {rel.id} names a missing span; "
                                                "left out")
    yield ann_path, None, ImportRecord(doc_id, text, meta, final, good_rels)


def _parse_line(line: str, text: str, spans: dict[str, Span], attrs: dict[str, dict[str, Any]],
                statuses: dict[str, Status], canon: dict[str, str], rels: list[Relation]) -> None:
    ident, _, rest = line.partition("\t")
    kind = ident[:1]
    if kind == "T":
        head, _, shown = rest.partition("\t")
        label, _, offsets = head.partition(" ")
        pairs = [[int(x) for x in part.split()] for part in offsets.split(";")]
        if not pairs or any(len(f) != 2 or f[0] >= f[1] for f in pairs):
            raise ValueError(f"bad offsets {offsets!r}")
        frags = [(f[0], f[1]) for f in pairs]
        start, end = frags[0][0], frags[-1][1]
        if not 0 <= start < end <= len(text):
            raise ValueError(f"offsets {start}-{end} are outside the text (length {len(text)})")
        expected = _shown(text, frags)
        if shown and shown != expected:
            raise ValueError(f"{ident}: its text {shown!r} does not match the document text "
                             f"{expected!r}")
        spans[ident] = Span(id=ident, start=start, end=end, label=label, text=text[start:end])
    elif kind == "A" or kind == "M":
        parts = rest.split()
        name, target = parts[0], parts[1]
        if target not in spans:
            raise ValueError(f"{ident} names unknown span {target}")
        value: Any = parts[2] if len(parts) > 2 else True
        if name == REVIEW_ATTRIBUTE:
            statuses[target] = Status(value)
        else:
            attrs.setdefault(target, {})[name] = value
    elif kind == "R":
        rtype, arg1, arg2 = rest.split()[:3]
        head, tail = arg1.split(":", 1)[1], arg2.split(":", 1)[1]
        rels.append(Relation(id=ident, type=rtype, head=head, tail=tail))
    elif kind == "N":
        head = rest.partition("\t")[0]
        _ref, target, ref = head.split(" ", 2)
        if target not in spans:
            raise ValueError(f"{ident} names unknown span {target}")
        db, _, rid = ref.partition(":")
        canon[target] = rid if db == NORM_DB else ref
    else:
        raise ValueError(f"{ident or 'line'}: brat {kind or 'unknown'} annotations are not "
                         "supported (only T, A, R and N)")


def read(path: Path) -> Iterator[Located]:
    """Documents of a brat folder (``.txt`` with ``.ann``, searched recursively)."""
    root = Path(path)
    if not root.is_dir():
        yield root, None, RecordProblem("a brat import takes a folder of .txt and .ann files")
        return
    manifest: dict[str, Any] = {}
    if (root / MANIFEST).is_file():
        try:
            manifest = parse_json((root / MANIFEST).read_bytes())
        except (OSError, LineProblem) as err:
            reason = err.strerror if isinstance(err, OSError) else str(err)
            yield root / MANIFEST, None, RecordProblem(f"unreadable, ignored ({reason})")
        if not isinstance(manifest, dict):
            yield root / MANIFEST, None, RecordProblem("not an object of file stems; ignored")
            manifest = {}
    for ann_path in sorted(root.rglob("*.ann")):
        rel = ann_path.relative_to(root).with_suffix("").as_posix()
        txt = ann_path.with_suffix(".txt")
        try:
            with open(txt, encoding="utf-8", newline="") as handle:  # brat counts a BOM
                text = handle.read()
        except FileNotFoundError:
            yield ann_path, None, RecordProblem(f"no {txt.name} beside it; skipped")
            continue
        except (OSError, UnicodeDecodeError) as err:
            yield txt, None, RecordProblem(f"cannot read the text: {err}")
            continue
        try:
            doc_id, meta = _manifest_entry(manifest.get(rel), ann_path.stem)
        except RecordProblem as err:
            yield root / MANIFEST, None, RecordProblem(f"entry {rel!r}: {err}; document skipped")
            continue
        yield from _parse_ann(ann_path, text, doc_id, meta)


def _manifest_entry(entry: Any, stem: str) -> tuple[str, dict[str, Any]]:
    """Document id and metadata from a ``documents.json`` entry (the file stem without one)."""
    if entry is None:
        return stem, {}
    if not isinstance(entry, dict):
        raise RecordProblem(f"expected an object, got {type(entry).__name__}")
    doc_id = entry.get("id", stem)
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        raise RecordProblem(f"'id' must be a string (got {type(doc_id).__name__})")
    meta = entry.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise RecordProblem(f"'meta' must be an object (got {type(meta).__name__})")
    return str(doc_id), dict(meta or {})


FORMAT = Format(
    "brat", "brat standoff folder: .txt and .ann per document with annotation.conf.",
    write=export, read=read, detect=lambda s: s.is_dir and any(s.path.glob("*.ann")),
    suffixes=(".ann",), folder=True, holds=".txt and .ann files with annotation.conf")
