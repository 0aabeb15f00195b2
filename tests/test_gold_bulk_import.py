"""A large gold import with worker processes gives what the in-process one gives, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import Document
from annotator.formats.codecs import gold_bulk
from annotator.formats.exchange import import_annotated
from annotator.formats.project import Project

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود.\r\nوأكد 😀 ذلك"


def _record(i: int) -> dict[str, object]:
    text = f"{TEXT} {i}"
    a = text.index("الجيش")
    c = text.index("قال")
    claim = text.index("إن")
    return {"id": f"doc-{i}", "text": text, "meta": {"n": i},
            "spans": [{"id": "s1", "start": a, "end": a + 5, "label": "ACTOR",
                       "text": "الجيش", "attributes": {"role": "army"} if i % 3 else {}},
                      {"id": "s2", "start": c, "end": c + 3, "label": "CUE", "text": "قال",
                       "attributes": {}, "status": "suggested", "origin": "m", "score": 0.25},
                      {"id": "s3", "start": claim, "end": claim + 8, "label": "CLAIM",
                       "text": text[claim:claim + 8], "attributes": {}}],
            "relations": [{"id": "r1", "type": "SOURCE", "head": "s3", "tail": "s1",
                           "attributes": {}}, {"id": "r2", "type": "NEW_TYPE", "head": "s1",
                                               "tail": "s2", "attributes": {}}]}


def _write_input(path: Path) -> None:
    lines = [json.dumps(_record(i), ensure_ascii=False) for i in range(70)]
    lines[5] = lines[5].replace('"ACTOR"', '"AN ACTOR"')  # refused: a label with a space
    lines[9] = "{broken"
    lines[12] = json.dumps(_record(2), ensure_ascii=False)  # the same id again
    lines[20] = json.dumps({**_record(20), "id": "DOC-1"})  # only the case differs from doc-1
    lines[30] = json.dumps(_record(9999)).replace('"id": "doc-9999"', '"id": "existing"')
    path.write_bytes(("\n".join(lines) + "\n\n").encode("utf-8").replace(
        "أمني".encode(), b"\xff", 1))  # line 1: not UTF-8


def _import(tmp_path: Path, name: str) -> tuple[Project, list[str], list[str]]:
    project = Project.create(tmp_path / name, annotator="tester")
    text = _record(9999)["text"]
    project.add_document(Document(id="existing", text=str(text).replace("\r\n", "\n")))
    report = import_annotated(project, tmp_path / "in.jsonl", "gold")
    return project, report.done, [str(p) for p in report.problems]


def _files(project: Project) -> dict[str, bytes]:
    return {str(p.relative_to(project.path)): p.read_bytes()
            for p in sorted(project.path.rglob("*.json")) if ".cache" not in p.parts}


def test_bulk_import_is_the_in_process_import(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _write_input(tmp_path / "in.jsonl")
    monkeypatch.setenv("ANNOTATOR_EXPORT_WORKERS", "0")
    assert not gold_bulk.wants_bulk(tmp_path / "in.jsonl")
    plain, done, problems = _import(tmp_path, "plain")
    monkeypatch.setenv("ANNOTATOR_EXPORT_WORKERS", "2")
    monkeypatch.setattr(gold_bulk, "BULK_MIN_RECORDS", 10)
    monkeypatch.setattr(gold_bulk, "CHUNK", 7)
    assert gold_bulk.wants_bulk(tmp_path / "in.jsonl")
    bulk, bulk_done, bulk_problems = _import(tmp_path, "bulk")
    assert bulk_done == done and bulk_problems == problems
    assert len(done) == 70 - 5  # 5 refused lines; "existing" got its annotations
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == \
        ["1", "6", "10", "13", "21"]
    assert _files(bulk).keys() == _files(plain).keys()
    for name, data in _files(plain).items():
        if name != "project.json":
            assert _files(bulk)[name] == data, name
    assert bulk.schema == plain.schema
    assert [e.id for e in Project.open(bulk.path).documents()] == \
        [e.id for e in plain.documents()]
