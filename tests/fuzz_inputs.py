"""Fuzz cases for every importer and every project file type (issue 14), and their verdicts.

A case is one hostile input: a valid record of a format (gold, doccano, Label
Studio, plain JSONL, CoNLL, brat, a ``.txt`` file, suggestions in the three
suggestion formats) or a valid project file (``project.json``, a document,
an annotation file, the index cache), changed by a few mutations: a value
replaced by any JSON value (wrong types, ``NaN``, a 5,001-digit integer,
nesting 100,000 deep, a lone surrogate, control characters), a key removed,
bytes inserted (invalid UTF-8), the file cut short.

:func:`run_import_case` and :func:`run_project_case` run a case and return
its verdict (for a project file ``"read"``, every command ran, or ``"refused"``, one
ran into a one-line error), ``"imported"`` (exactly: no problem reported, every file
written is strict JSON and ``validate`` finds nothing), ``"refused"``
(every reason one line, nothing of it stored) or ``"partial"`` (stored,
with a one-line reason for each part left out); anything else (a traceback,
a reason over several lines, a file that is not JSON) fails an assertion.
``python -m tests.fuzz_inputs --examples N`` prints the counts.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from annotator.core.model import AnnotationSet, DocStatus, Document, Span
from annotator.formats.errors import ProjectError
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.importers import import_paths
from annotator.formats.project import Project
from annotator.formats.report import Report
from annotator.formats.stats import format_stats, project_stats
from annotator.formats.validate import validate
from annotator.suggest.imports import import_suggestions

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود. 😀 وأكد"
HUGE = "\u2063HUGE\u2063"  # placeholders replaced in the serialised bytes
DEEP = "\u2063DEEP\u2063"
_HUGE_JSON = "7" * 5001
_DEEP_JSON = "[" * 100_000 + "]" * 100_000


def _at(needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def base_record(fmt: str) -> Any:
    """A valid record (or task) of ``fmt`` over :data:`TEXT`."""
    (a, b), (c, d), (e, f) = _at("الجيش"), _at("قال"), _at("الجزائري")
    if fmt in ("gold", "sugg-gold"):
        return {"id": "doc", "text": TEXT, "offset_unit": "codepoint",
                "spans": [{"id": "s1", "start": a, "end": b, "label": "ACTOR",
                           "text": TEXT[a:b], "attributes": {}},
                          {"id": "s2", "start": c, "end": d, "label": "CUE",
                           "text": TEXT[c:d], "attributes": {}, "status": "suggested",
                           "origin": "m", "score": 0.5}],
                "relations": [], "meta": {"title": "t", "n": 1}}
    if fmt in ("doccano", "sugg-doccano"):
        return {"id": "doc", "text": TEXT, "offset_unit": "codepoint",
                "entities": [{"id": 1, "label": "ACTOR", "start_offset": a, "end_offset": b},
                             {"id": 2, "label": "LOCATION", "start_offset": e,
                              "end_offset": f}],
                "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "NEAR"}],
                "meta": {"k": "v"}}
    if fmt in ("labelstudio", "sugg-labelstudio"):
        region = {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
                  "value": {"start": a, "end": b, "text": TEXT[a:b], "labels": ["ACTOR"]}}
        key = "annotations" if fmt == "labelstudio" else "predictions"
        return [{"data": {"text": TEXT, "doc_id": "doc", "offset_unit": "codepoint"},
                 key: [{"result": [region], "model_version": "m"}]}]
    if fmt == "jsonl":
        return {"id": "doc", "text": TEXT, "meta": {"source": "x"}}
    if fmt == "brat-manifest":
        return {"doc": {"id": "doc", "meta": {"k": 1}}}
    raise ValueError(fmt)


BYTES_FORMATS = {
    "conll": "-DOCSTART- doc O\n\nقال O\nالجيش B-ACTOR\nالجزائري I-ACTOR\n.\tO\n",
    "txt": TEXT + "\r\nسطر\n",
    "brat-ann": "T1\tACTOR 17 22\tالجيش\nT2\tCUE 0 3\tقال\nA1\treview_status T2 suggested\n"
                "R1\tNEAR Arg1:T2 Arg2:T1\nN1\tReference T1 annotator:x\tالجيش\n",
}

_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=6),
    st.sampled_from([HUGE, DEEP, "\ud800", "a\nb", "a\x00b", "A B", "", "ACTOR", "SOURCE",
                     "accepted", "suggested", "rejected", "utf16", "codepoint", "s1", "r1"]),
)
json_values = st.recursive(_leaf, lambda c: st.lists(c, max_size=3)
                           | st.dictionaries(st.text(max_size=6), c, max_size=3),
                           max_leaves=6)


def _containers(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths of every dict and list inside ``value`` (the value itself first)."""
    out = [path]
    items = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(item, (dict, list)):
            out += _containers(item, (*path, key))
    return out


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


@st.composite
def mutated_json(draw: st.DrawFn, base: Any) -> Any:
    """``base`` (a JSON value) changed by one to three mutations."""
    value = json.loads(json.dumps(base))
    for _ in range(draw(st.integers(1, 3))):
        paths = _containers(value)
        if not paths:
            break
        target = _get(value, draw(st.sampled_from(paths)))
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        op = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if op == "add" or not keys:
            new = draw(json_values)
            if isinstance(target, dict):
                target[draw(st.sampled_from(["id", "text", "label", "score", "meta", "x"]))] = new
            else:
                target.append(new)
        elif op == "delete":
            del target[draw(st.sampled_from(keys))]
        else:
            target[draw(st.sampled_from(keys))] = draw(json_values)
    return value


def dump(value: Any, jsonl: bool, ascii_only: bool = False) -> bytes:
    """JSON (one line per record for JSONL) with the placeholders expanded; NaN kept as JSON.

    With ``ascii_only`` a lone surrogate is written as the escape ``\\ud800`` (which
    parsers accept), else as raw bytes (which are not UTF-8).
    """
    records = value if jsonl and isinstance(value, list) else [value]
    text = "\n".join(json.dumps(r, ensure_ascii=ascii_only, allow_nan=True)
                     for r in records) + "\n"
    text = text.replace(f'"{HUGE}"', _HUGE_JSON).replace(f'"{DEEP}"', _DEEP_JSON)
    return text.encode("utf-8", "surrogatepass")


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` with a few bytes inserted, removed or flipped, or cut short."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["insert", "flip", "cut", "line"]))
        at = draw(st.integers(0, len(buf)))
        if op == "insert":
            buf[at:at] = draw(st.sampled_from([b"\xff", b"\xc3", b"\x00", b"\t", b"\n", b" ",
                                                b"\r", b"\xed\xa0\x80", b"B-", b"%"]))
        elif op == "flip" and at < len(buf):
            buf[at] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del buf[at:]
        else:
            buf[at:at] = draw(st.sampled_from([b"\n-DOCSTART- x\n", b"\nT9\tX 1\n",
                                                b"\nR9\tR Arg1:T1\n", b"\nA9\tx\n",
                                                b"\n\xe2\x80\xa8\n"]))
    return bytes(buf)


@st.composite
def import_cases(draw: st.DrawFn, fmt: str) -> dict[str, bytes]:
    """Files (relative path -> bytes) of one hostile input of ``fmt``."""
    if fmt in BYTES_FORMATS:
        data = draw(mutated_bytes(BYTES_FORMATS[fmt].encode("utf-8")))
        if fmt == "brat-ann":
            manifest = dump(base_record("brat-manifest"), jsonl=False)
            return {"brat/doc.ann": data, "brat/doc.txt": TEXT.encode(),
                    "brat/documents.json": manifest}
        return {f"in.{fmt}": data}
    if fmt == "brat-manifest":
        value = draw(mutated_json(base_record(fmt)))
        return {"brat/doc.ann": BYTES_FORMATS["brat-ann"].encode(), "brat/doc.txt": TEXT.encode(),
                "brat/documents.json": dump(value, jsonl=False, ascii_only=draw(st.booleans()))}
    value = draw(mutated_json(base_record(fmt)))
    ascii_only = draw(st.booleans())
    if draw(st.booleans()):
        data = draw(mutated_bytes(dump(value, jsonl=True, ascii_only=ascii_only)))
    else:
        data = dump(value, jsonl="labelstudio" not in fmt, ascii_only=ascii_only)
    name = "tasks.json" if "labelstudio" in fmt else "in.jsonl"
    return {name: data}


def _strict_json(path: Path) -> None:
    def refuse(token: str) -> Any:
        raise AssertionError(f"{path} holds {token}, which is not JSON")
    json.loads(path.read_bytes().decode("utf-8"), parse_constant=refuse)


def _check_report(report: Report) -> None:
    for problem in report.problems:
        assert "\n" not in str(problem) and "Traceback" not in str(problem), str(problem)


def _verdict(project: Project, report: Report) -> str:
    _check_report(report)
    for file in project.path.rglob("*.json"):
        _strict_json(file)
    docs = list((project.path / "documents").glob("*.json"))
    if not docs and not report.done:
        assert report.problems or not report.counts.get("spans"), report
        return "refused"
    result = validate(project.path)
    assert not result.problems, [str(p) for p in result.problems]
    return "imported" if not report.problems else "partial"


def _suggestion_project(root: Path) -> Project:
    project = Project.create(root / "proj", annotator="fuzz")
    project.add_document(Document(id="doc", text=TEXT))
    return project


def run_import_case(fmt: str, files: dict[str, bytes]) -> str:
    """Import one hostile input; return its verdict (see the module docstring)."""
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        for rel, data in files.items():
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        first = root / next(iter(files))
        target = root / "brat" if fmt.startswith("brat") else first
        if fmt.startswith("sugg-"):
            project = _suggestion_project(root)
            before = {p: p.read_bytes() for p in project.path.rglob("*.json")}
            try:
                report = import_suggestions(project, target, fmt[5:])
            except ProjectError as err:
                assert "\n" not in str(err)
                return "refused"
            _check_report(report)
            for file in project.path.rglob("*.json"):
                _strict_json(file)
            assert not validate(project.path).problems
            changed = {p for p in project.path.rglob("*.json") if before.get(p) != p.read_bytes()}
            if not report.done:
                return "refused"
            return "imported" if changed and not report.problems else "partial"
        project = Project.create(root / "proj", annotator="fuzz")
        kind = {"txt": "txt", "jsonl": "jsonl", "conll": "conll", "brat-ann": "brat",
                "brat-manifest": "brat", "gold": "gold", "doccano": "doccano",
                "labelstudio": "labelstudio"}[fmt]
        try:
            report = import_paths(project, [target], kind)
        except ProjectError as err:
            assert "\n" not in str(err)
            return "refused"
        return _verdict(project, report)
    finally:
        shutil.rmtree(root, ignore_errors=True)


# ------------------------------------------------------------------ project files

PROJECT_FILES = ("project.json", "document", "annotations", "index")


def _build(root: Path) -> tuple[Project, dict[str, Path]]:
    project = Project.create(root / "proj", annotator="fuzz")
    doc = Document(id="doc", text=TEXT, meta={"title": "t"})
    project.add_document(doc)
    (a, b), (c, d) = _at("الجيش"), _at("قال")
    spans = [Span("s1", a, b, "ACTOR", TEXT[a:b]), Span("s2", c, d, "CUE", TEXT[c:d])]
    ann = AnnotationSet("doc", "fuzz", doc.sha256, spans={s.id: s for s in spans},
                        status=DocStatus.DONE)
    project.save_annotations(ann)
    project.documents()  # writes the index
    return project, {"project.json": project.path / "project.json",
                     "document": project.document_path("doc"),
                     "annotations": project.annotations_path("doc"),
                     "index": project.path / ".cache" / "index.json"}


_ORIGINALS: dict[str, bytes] = {}


def _original(kind: str) -> bytes:
    """The bytes of the valid project file ``kind`` (built once)."""
    if not _ORIGINALS:
        root = Path(tempfile.mkdtemp(prefix="fuzz-"))
        try:
            _project, paths = _build(root)
            _ORIGINALS.update({k: p.read_bytes() for k, p in paths.items()})
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return _ORIGINALS[kind]


@st.composite
def project_cases(draw: st.DrawFn, kind: str) -> bytes | Any:
    """A hostile replacement for the project file ``kind``: bytes, or a JSON value to write."""
    original = _original(kind)
    if draw(st.booleans()):
        return draw(mutated_bytes(original))
    return dump(draw(mutated_json(json.loads(original))), jsonl=False,
                ascii_only=draw(st.booleans()))


def run_project_case(kind: str, data: bytes) -> str:
    """Read a project whose file ``kind`` holds ``data``: every command works or says why."""
    root = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        _project, paths = _build(root)
        paths[kind].write_bytes(data)
        outcomes = []
        for step in (_open_list_load, _stats, _export, _validate):
            try:
                step(root / "proj", root)
                outcomes.append(True)
            except ProjectError as err:
                assert "\n" not in str(err), str(err)
                outcomes.append(False)
        return "read" if all(outcomes) else "refused"
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _open_list_load(path: Path, _root: Path) -> None:
    project = Project.open(path, annotator="fuzz")
    for entry in project.documents():
        doc = project.load_document(entry.id)
        project.load_annotations(doc)


def _stats(path: Path, _root: Path) -> None:
    format_stats(project_stats(Project.open(path, annotator="fuzz")))


def _export(path: Path, root: Path) -> None:
    out = root / "out.jsonl"
    export_project(Project.open(path, annotator="fuzz"), "jsonl", out,
                   ExportOptions(documents="all", include_suggestions=True))
    for line in out.read_text(encoding="utf-8").splitlines():
        json.loads(line, parse_constant=_raise)
    out.unlink()


def _raise(token: str) -> Any:
    raise AssertionError(f"an export wrote {token}, which is not JSON")


def _validate(path: Path, _root: Path) -> None:
    validate(path)


IMPORT_FORMATS = ("gold", "doccano", "labelstudio", "jsonl", "conll", "txt", "brat-ann",
                  "brat-manifest", "sugg-gold", "sugg-doccano", "sugg-labelstudio")


def count_verdicts(strategy: st.SearchStrategy[Any], run: Any, examples: int) -> Counter[str]:
    """Run ``examples`` cases drawn from ``strategy`` through ``run``; count the verdicts."""
    from hypothesis import HealthCheck, given, settings

    counts: Counter[str] = Counter()

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(case: Any) -> None:
        counts[run(case)] += 1

    one()
    return counts


def main(argv: list[str] | None = None) -> int:
    """Run N cases of every importer and project file type; print the verdict counts."""
    import argparse
    from functools import partial

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--examples", type=int, default=100, help="cases per format (100)")
    args = parser.parse_args(argv)
    totals: Counter[str] = Counter()
    for fmt in IMPORT_FORMATS:
        counts = count_verdicts(import_cases(fmt), partial(run_import_case, fmt), args.examples)
        print(f"import {fmt:<17} {sum(counts.values()):4} cases: {dict(counts)}", flush=True)
        totals += counts
    for kind in PROJECT_FILES:
        counts = count_verdicts(project_cases(kind), partial(run_project_case, kind),
                                args.examples)
        print(f"project file {kind:<11} {sum(counts.values()):4} cases: {dict(counts)}",
              flush=True)
        totals += counts
    print(f"total {sum(totals.values())} cases: {totals['refused']} refused cleanly, "
          f"{totals['imported']} imported exactly, {totals['partial']} imported with a "
          f"reason for each part left out, {totals['read']} project files read by every "
          "command; no traceback, no hang")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
