"""Reattaching annotations on disk keeps everything: backup, sidecar, old file on failure."""

from __future__ import annotations

import json

import pytest

from annotator.core.edits import AddRelation, AddSpan, apply_edit, make_relation, make_span
from annotator.core.model import Document
from annotator.formats.errors import ProjectError, WriteError
from annotator.formats.project import Project
from annotator.formats.reattach import reattach_annotations

TEXT = "قال مصدر أمني إن الجيش الجزائري تقدم نحو الحدود."


@pytest.fixture
def changed(project: Project) -> Project:
    """Document 'd' annotated by 'tester', then re-imported with a new text."""
    project.add_document(Document(id="d", text=TEXT))
    doc = project.load_document("d")
    ann = project.load_annotations(doc)
    cue = make_span(TEXT, 0, 3, "CUE", origin="t", span_id="cue")
    actor = make_span(TEXT, 4, 13, "ACTOR", origin="t", span_id="actor")
    claim = make_span(TEXT, 17, 47, "CLAIM", origin="t", span_id="claim")
    for span in (cue, actor, claim):
        apply_edit(TEXT, ann, AddSpan(span), project.schema)
    apply_edit(TEXT, ann, AddRelation(make_relation("SOURCE", claim, actor, origin="t")),
               project.schema)
    project.save_annotations(ann)
    project.add_document(Document(id="d", text="عاجل: " + TEXT.replace("مصدر أمني", "مسؤول")),
                         replace=True)
    return Project.open(project.path, annotator="tester")


def test_unplaced_spans_and_their_relations_go_to_the_sidecar(changed):
    doc = changed.load_document("d")
    outcome = reattach_annotations(changed, doc, "tester")
    assert (outcome.placed_spans, outcome.unplaced_spans, outcome.unplaced_relations) == (2, 1, 1)
    assert outcome.moved_spans == 2
    sidecar = json.loads(outcome.sidecar.read_text(encoding="utf-8"))
    assert [s["id"] for s in sidecar["spans"]] == ["actor"]
    assert [r["type"] for r in sidecar["relations"]] == ["SOURCE"]
    assert outcome.backup.exists() and outcome.backup.name.startswith("d.json.bak-")
    ann = changed.load_annotations(doc)
    assert sorted(ann.spans) == ["claim", "cue"] and ann.relations == {}
    assert "2 of 3 spans placed" in str(outcome) and "d.json.unplaced.json" in str(outcome)
    again = reattach_annotations(changed, doc, "tester")
    assert not again.changed and "nothing to do" in str(again)


def test_a_failed_write_puts_the_old_file_back(changed, monkeypatch):
    path = changed.annotations_path("d")
    before = path.read_bytes()

    def fail(ann):
        raise WriteError(path, "No space left on device")

    monkeypatch.setattr(changed, "save_annotations", fail)
    with pytest.raises(WriteError):
        reattach_annotations(changed, changed.load_document("d"), "tester")
    assert path.read_bytes() == before
    assert not list(path.parent.glob("d.json.bak-*"))


def test_missing_annotations_are_an_error(changed):
    with pytest.raises(ProjectError, match="no annotations by nobody"):
        reattach_annotations(changed, changed.load_document("d"), "nobody")
