"""`validate_project` finds every kind of inconsistency and names its file; stats count right."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.edits import AddRelation, AddSpan, apply_edit, make_relation, make_span
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.formats.project import Project
from annotator.formats.stats import format_stats, project_stats
from annotator.formats.validate import validate, validate_project

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


@pytest.fixture
def filled(project: Project) -> Project:
    """Two documents; 'd1' annotated by 'tester' with a claim, its source and a cue."""
    for doc_id in ("d1", "d2"):
        project.add_document(Document(id=doc_id, text=TEXT))
    doc = project.load_document("d1")
    ann = project.load_annotations(doc)
    claim = make_span(TEXT, 17, 47, "CLAIM", origin="t", attributes={"certainty": "PR+"},
                      span_id="claim")
    actor = make_span(TEXT, 4, 13, "ACTOR", origin="t", span_id="actor")
    cue = make_span(TEXT, 0, 3, "CUE", origin="t", status=Status.SUGGESTED, span_id="cue")
    for span in (claim, actor, cue):
        apply_edit(TEXT, ann, AddSpan(span), project.schema)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, actor, origin="t")),
               project.schema)
    ann.status = DocStatus.DONE
    project.save_annotations(ann)
    return project


def _edit_json(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _messages(project: Project) -> list[str]:
    return [str(p) for p in validate_project(project.path)]


def test_a_consistent_project_has_no_problems(filled):
    result = validate(filled)
    assert result.problems == []
    assert (result.documents, result.annotation_files) == (2, 1)
    assert validate_project(filled.path) == []


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["spans"][0].update(end=999), "offset 999 is outside the text"),
    (lambda d: d["spans"][0].update(text="غير"), "does not match the document there"),
    (lambda d: d["spans"][0].update(label="WEAPON"), "label 'WEAPON' is not in the schema"),
    (lambda d: d["spans"][0].update(start="0"), "'start' has the wrong type"),
    (lambda d: d["spans"][2].update(attributes={"certainty": "sure"}),
     "attribute 'certainty' must be one of"),
    (lambda d: d["spans"][2].update(attributes={"colour": "red"}),
     "label CLAIM has no attribute 'colour'"),
    (lambda d: d["spans"].append(dict(d["spans"][0])), "duplicate span id 'cue'"),
    (lambda d: d["spans"].append({**d["spans"][0], "id": "cue2"}), "duplicates span cue"),
    (lambda d: d["relations"][0].update(tail="ghost"), "its tail span 'ghost' does not exist"),
    (lambda d: d["relations"][0].update(type="BLAMES"),
     "relation type 'BLAMES' is not in the schema"),
    (lambda d: d["relations"][0].update(head="actor", tail="claim"),
     "must start at CLAIM, not ACTOR"),
    (lambda d: d["relations"].append(dict(d["relations"][0])), "duplicate relation id"),
    (lambda d: d.update(status="finished"), "unknown document status 'finished'"),
    (lambda d: d.update(text_sha256="0" * 64), "made on a different text of document 'd1'"),
    (lambda d: d.update(document_id="d2"), "belongs to document 'd2'"),
    (lambda d: d.update(annotator="someone"), "annotator 'someone' is stored in the folder"),
    (lambda d: d.update(schema_version=42), "newer version"),
    (lambda d: d.pop("text_sha256"), "missing or invalid 'text_sha256'"),
])
def test_annotation_problems_name_the_file(filled, change, expected):
    path = filled.annotations_path("d1")
    _edit_json(path, change)
    messages = _messages(filled)
    assert any(m.startswith(f"{path}: ") and expected in m for m in messages), messages


def test_document_problems(filled):
    docs = filled.path / "documents"
    _edit_json(docs / "d2.json", lambda d: d.update(text=d["text"] + "!"))
    (docs / "d3.json").write_text("{broken", encoding="utf-8")
    (docs / "renamed.json").write_text((docs / "d1.json").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (docs / "stray.txt").write_text("x", encoding="utf-8")
    filled.add_document(Document(id="D1", text=TEXT))
    messages = "\n".join(_messages(filled))
    assert f"{docs / 'd2.json'}: document 'd2': text does not match its recorded SHA-256" \
        in messages
    assert f"{docs / 'd3.json'}:1: not valid JSON" in messages
    assert f"{docs / 'renamed.json'}: document 'd1' should be stored as d1.json" in messages
    assert f"{docs / 'renamed.json'}: duplicate document id 'd1'" in messages
    assert f"{docs / 'stray.txt'}: unexpected file" in messages
    assert f"{docs / 'd1.json'}: the file name differs from D1.json only in upper/lower case" \
        in messages


def test_orphans_and_corrupt_annotation_files(filled):
    folder = filled.annotations_path("d1").parent
    (folder / "gone.json").write_text((folder / "d1.json").read_text(encoding="utf-8"),
                                      encoding="utf-8")
    (folder / "d2.json").write_bytes(b"\xff\xfe not utf-8")
    (folder / "d1.json.unplaced.json").write_text("{}", encoding="utf-8")  # reattach sidecar
    (folder / "d1.json.bak-20260101T000000Z").write_text("old", encoding="utf-8")
    (folder.parent / "loose.json").write_text("{}", encoding="utf-8")
    messages = "\n".join(_messages(filled))
    assert f"{folder / 'gone.json'}: orphan annotation file" in messages
    assert f"{folder / 'd2.json'}: not UTF-8" in messages
    assert "unplaced" not in messages and "bak-" not in messages
    assert f"{folder.parent / 'loose.json'}: unexpected file in annotations/" in messages


def test_broken_project_json(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "project.json").write_text('{"schema": {"span_labels": [{"name": "A"}, '
                                                 '{"name": "A"}]}}', encoding="utf-8")
    (problem,) = validate_project(tmp_path / "p")
    assert problem.path == tmp_path / "p" / "project.json"
    assert "span label 'A' is defined twice" in problem.message
    (problem,) = validate_project(tmp_path / "nothing")
    assert "is not a folder" in str(problem)


def test_progress_covers_every_file(filled):
    calls = []
    validate(filled, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (3, 3)


def test_stats_count_documents_spans_and_relations(filled):
    other = Project.open(filled.path, annotator="second")
    doc = other.load_document("d2")
    ann = other.load_annotations(doc)
    apply_edit(TEXT, ann, AddSpan(make_span(TEXT, 23, 31, "LOCATION", origin="t")))
    ann.status = DocStatus.IN_PROGRESS
    other.save_annotations(ann)

    everyone = project_stats(Project.open(filled.path))
    assert everyone.documents == 2
    assert everyone.annotators == ["second", "tester"]
    assert dict(everyone.documents_by_status) == {"done": 1, "in_progress": 1}
    assert dict(everyone.status_by_annotator["tester"]) == {"done": 1, "new": 1}
    assert {k: dict(v) for k, v in everyone.spans.items()} == {
        "CLAIM": {"accepted": 1}, "ACTOR": {"accepted": 1}, "CUE": {"suggested": 1},
        "LOCATION": {"accepted": 1}}
    assert {k: dict(v) for k, v in everyone.relations.items()} == {"SOURCE": {"accepted": 1}}

    one = project_stats(Project.open(filled.path), annotator="second")
    assert dict(one.documents_by_status) == {"new": 1, "in_progress": 1}
    assert list(one.spans) == ["LOCATION"] and one.relations == {}
    text = format_stats(one)
    assert "LOCATION: 1  (accepted=1)" in text and "most frequent" not in text
    copies = [s.with_changes(id=f"{s.id}-{i}") for s in ann.spans.values() for i in range(3)]
    ann = AnnotationSet(ann.document_id, ann.annotator, ann.text_sha256,
                        spans={s.id: s for s in copies}, extra=ann.extra)
    assert "most frequent: الجزائري ×3" in format_stats(project_stats_after(other, ann))


def project_stats_after(project: Project, ann) -> object:
    """Stats of ``project`` after saving ``ann``."""
    project.save_annotations(ann)
    return project_stats(Project.open(project.path), annotator=ann.annotator)


def test_stats_name_unreadable_files(filled):
    path = filled.annotations_path("d1")
    path.write_text('{"schema_version": 1, "document_id": "d1", "annotator": "tester", '
                    '"text_sha256": "x", "spans": [{"id": 1}]}', encoding="utf-8")
    stats = project_stats(Project.open(filled.path))
    assert stats.unreadable == [str(path)]
    assert stats.status_by_annotator["tester"]["unreadable"] == 1  # not counted as new
    assert "1 annotation file(s) could not be read" in format_stats(stats)
