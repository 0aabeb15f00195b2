"""Import of annotated data: lossless round trips, UTF-16 offsets, bad records, no overwrites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, DocStatus, Document, Span, Status
from annotator.formats.errors import ProjectError
from annotator.formats.exchange import import_annotated
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.format_table import detect_format
from annotator.formats.project import Project
from tests import export_sample

ROUND_TRIPS = [("jsonl", "gold"), ("brat", "brat"), ("doccano", "doccano"),
               ("labelstudio", "labelstudio")]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("exchange") / "sample")


def _files(out: Path) -> dict[str, bytes]:
    if out.is_file():
        return {"": out.read_bytes()}
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("suggestions", [False, True])
@pytest.mark.parametrize(("fmt", "imp"), ROUND_TRIPS)
def test_export_import_export_gives_the_same_files(sample: Project, tmp_path: Path, fmt: str,
                                                   imp: str, suggestions: bool) -> None:
    options = ExportOptions(include_suggestions=suggestions)
    export_project(sample, fmt, tmp_path / "first", options)
    assert detect_format(tmp_path / "first") in (imp, None)
    copy = Project.create(tmp_path / "copy", annotator="tester")
    report = import_annotated(copy, tmp_path / "first", imp)
    assert not report.problems, [str(p) for p in report.problems]
    assert sorted(report.done) == ["doc 2/crlf", "doc-1", "doc-4"]
    export_project(copy, fmt, tmp_path / "second", options)
    assert _files(tmp_path / "second") == _files(tmp_path / "first")
    # The stored texts are the same (CRLF-born text stays canonical, emoji and tashkeel kept).
    for doc_id in report.done:
        assert copy.load_document(doc_id).text == sample.load_document(doc_id).text


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_javascript_tools_get_utf16_offsets(sample: Project, tmp_path: Path, fmt: str) -> None:
    export_project(sample, fmt, tmp_path / "out", ExportOptions())
    if fmt == "doccano":
        rec = next(json.loads(line) for line in (tmp_path / "out").read_text("utf-8")
                   .splitlines() if '"doc-1"' in line)
        text = rec["text"]
        cue = next(e for e in rec["entities"] if e["label"] == "CUE")
        start, end = cue["start_offset"], cue["end_offset"]
    else:
        tasks = json.loads((tmp_path / "out" / "tasks.json").read_text("utf-8"))
        task = next(t for t in tasks if t["data"]["doc_id"] == "doc-1")
        text = task["data"]["text"]
        cue = next(r for r in task["annotations"][0]["result"]
                   if r.get("value", {}).get("labels") == ["CUE"])
        start, end = cue["value"]["start"], cue["value"]["end"]
    # After the emoji, a JavaScript index is one more than the Python index.
    assert text.index("قالَ") == 2 and (start, end) == (3, 7)
    units = text.encode("utf-16-le")
    assert units[2 * start:2 * end].decode("utf-16-le") == "قالَ"


def test_foreign_doccano_file_with_crlf_text(tmp_path: Path, project: Project) -> None:
    text = "🙂 بيان\r\nقال الجيش إن الهدوء عاد"
    start16 = len("🙂 بيان\r\nقال ".encode("utf-16-le")) // 2
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"id": 7, "text": text, "entities": [
        {"id": 1, "label": "ACTOR", "start_offset": start16, "end_offset": start16 + 5}],
        "relations": []}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert detect_format(path) == "doccano"
    report = import_annotated(project, path, "doccano")
    assert report.done == ["7"] and not report.problems
    doc = project.load_document("7")
    assert "\r" not in doc.text
    (span,) = project.load_annotations(doc).spans.values()
    assert span.text == "الجيش" == doc.text[span.start:span.end]


def test_bad_records_are_reported_with_file_and_line_and_skipped(tmp_path: Path,
                                                                 project: Project) -> None:
    good = {"id": "ok", "text": "وصل الوزير إلى تونس", "spans": [
        {"id": "s1", "start": 15, "end": 19, "label": "LOCATION", "text": "تونس"}]}
    wrong_text = {"id": "bad-span", "text": "وصل الوزير", "spans": [
        {"id": "s1", "start": 0, "end": 3, "label": "ACTOR", "text": "xyz"}]}
    bad_hash = {"id": "bad-hash", "text": "نص", "text_sha256": "00"}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", json.dumps(wrong_text),
             "", json.dumps(bad_hash), json.dumps(["a list"])]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_annotated(project, path, "gold")
    assert report.done == ["ok"]
    assert [p.line for p in report.problems] == [2, 3, 5, 6]
    assert all(p.path == path for p in report.problems)
    assert "not valid JSON" in report.problems[0].message
    assert "does not match" in report.problems[1].message
    assert "text_sha256" in report.problems[2].message
    ann = project.load_annotations(project.load_document("ok"))
    assert ann.status is DocStatus.DONE and len(ann.spans) == 1


def test_existing_documents_and_annotations_are_never_overwritten(tmp_path: Path,
                                                                  project: Project) -> None:
    project.add_document(Document(id="a", text="نص آخر"))
    doc_b = Document(id="b", text="وصل الوزير")
    project.add_document(doc_b)
    mine = AnnotationSet("b", "tester", doc_b.sha256, status=DocStatus.IN_PROGRESS)
    load_items(mine, spans=[Span("x", 4, 10, "ACTOR", "الوزير")])
    project.save_annotations(mine)
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "a", "text": "نص مختلف", "spans": []},
        {"id": "b", "text": "وصل الوزير", "spans": []},
    ]) + "\n", encoding="utf-8")
    report = import_annotated(project, path, "gold")
    assert report.done == []
    assert "different text" in report.problems[0].message
    assert "already has annotations" in report.problems[1].message
    assert project.load_document("a").text == "نص آخر"
    assert list(project.load_annotations(doc_b).spans) == ["x"]


def test_unknown_labels_are_added_to_the_schema(tmp_path: Path, project: Project) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "x.txt").write_text("زار ماكرون الجزائر", encoding="utf-8")
    (folder / "x.ann").write_text("T1\tPER 4 10\tماكرون\nT2\tLOCATION 11 18\tالجزائر\n"
                                  "R1\tVISITED Arg1:T1 Arg2:T2\nE1\tEvent:T1\n"
                                  "A1\tNegated T9\n", encoding="utf-8")
    assert detect_format(folder) == "brat"
    report = import_annotated(project, folder, "brat")
    assert report.done == ["x"]
    assert [p.line for p in report.problems] == [4, 5]
    assert project.schema.label("PER") is not None
    assert project.schema.relation_type("VISITED") is not None
    reopened = Project.open(project.path, annotator="tester")
    assert reopened.schema.label("PER") is not None
    ann = reopened.load_annotations(reopened.load_document("x"))
    assert {s.label for s in ann.spans.values()} == {"PER", "LOCATION"}


def test_label_studio_predictions_become_suggestions(tmp_path: Path, project: Project) -> None:
    text = "أكد المتحدث أن القوات في درنة"
    tasks = [{"id": 5, "data": {"text": text}, "annotations": [{"result": [
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 15, "end": 21, "text": "القوات", "labels": ["ACTOR"]}},
        {"id": "a", "from_name": "type", "to_name": "text", "type": "choices",
         "value": {"start": 15, "end": 21, "choices": ["armed_group"]}}]}],
        "predictions": [{"model_version": "ner-v2", "result": [
            {"id": "p", "from_name": "label", "to_name": "text", "type": "labels", "score": 0.9,
             "value": {"start": 25, "end": 29, "labels": ["LOCATION"]}}]}]}]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    report = import_annotated(project, path, "labelstudio")
    assert report.done == ["5"]
    ann = project.load_annotations(project.load_document("5"))
    spans = {s.text: s for s in ann.spans.values()}
    assert spans["القوات"].attributes == {"type": "armed_group"}
    assert spans["القوات"].status is Status.ACCEPTED
    assert (spans["درنة"].status, spans["درنة"].origin, spans["درنة"].score) == \
        (Status.SUGGESTED, "ner-v2", 0.9)


def test_unknown_import_format_and_missing_path(tmp_path: Path, project: Project) -> None:
    with pytest.raises(ProjectError, match="gold, conll, brat, doccano, labelstudio"):
        import_annotated(project, tmp_path, "xmi")
    with pytest.raises(ProjectError, match="does not exist"):
        import_annotated(project, tmp_path / "nope.jsonl", "gold")


def test_a_split_export_folder_imports_whole(sample: Project, tmp_path: Path) -> None:
    export_project(sample, "jsonl", tmp_path / "split", ExportOptions(split=(0.5, 0.5, 0.0)))
    copy = Project.create(tmp_path / "copy", annotator="tester")
    report = import_annotated(copy, tmp_path / "split", "gold")
    assert sorted(report.done) == ["doc 2/crlf", "doc-1", "doc-4"] and not report.problems


def test_wrong_inputs_are_problems_not_crashes(tmp_path: Path, project: Project) -> None:
    legacy = tmp_path / "cp1256.jsonl"
    legacy.write_bytes(json.dumps({"id": "x", "text": "تونس"}, ensure_ascii=False)
                       .encode("cp1256") + b"\n")
    report = import_annotated(project, legacy, "gold")
    assert report.done == [] and "not UTF-8" in report.problems[0].message
    assert report.problems[0].line == 1
    report = import_annotated(project, legacy, "brat")
    assert "folder" in report.problems[0].message
