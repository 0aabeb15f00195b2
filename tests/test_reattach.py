"""Reattaching annotations on disk keeps everything: backup, sidecar, old file on failure."""

from __future__ import annotations

import json

import pytest

from annotator.core.edits import AddRelation, AddSpan, apply_edit, make_relation, make_span
from annotator.core.model import Document
from annotator.formats.errors import ProjectError, WriteError
from annotator.formats.project import Project
from annotator.formats.reattach import LISTED_UNPLACED, ReattachOutcome, reattach_annotations

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


# Three occurrences of الجزائر; the second is annotated, between the spokesman and the claim.
OLD = ("أكد المتحدث باسم الحكومة أن الجزائر ترفض أي تدخل في شؤونها الداخلية. "
       "وقالت الجزائر في بيان رسمي إنها مستعدة للحوار مع جميع الأطراف دون شروط. "
       "وردت الجزائر بحزم على الاتهامات.")
# A new headline, the spokesman renamed, the statement now a joint one.
NEW = ("عاجل: الحكومة ترد على الاتهامات الموجهة إليها منذ أسبوع. " +
       OLD.replace("المتحدث", "الناطق").replace("بيان رسمي", "بيان مشترك"))


@pytest.fixture
def repeated(project: Project) -> Project:
    """Document 'd' with a span over the second of three الجزائر, then given the text NEW."""
    project.add_document(Document(id="d", text=OLD))
    ann = project.load_annotations(project.load_document("d"))
    second = OLD.index("الجزائر", OLD.index("الجزائر") + 1)
    claim_at = OLD.index("إنها")
    spans = [make_span(OLD, OLD.index("المتحدث"), OLD.index("المتحدث") + 7, "ACTOR",
                       origin="t", span_id="spokesman"),
             make_span(OLD, second, second + 7, "LOCATION", origin="t", span_id="dz"),
             make_span(OLD, OLD.index("بيان"), OLD.index("بيان") + 9, "ACTOR", origin="t",
                       span_id="statement"),
             make_span(OLD, claim_at, OLD.index("شروط") + 4, "CLAIM", origin="t",
                       span_id="claim")]
    for span in spans:
        apply_edit(OLD, ann, AddSpan(span), project.schema)
    about = make_relation("ABOUT", spans[3], spans[1], origin="t").with_changes(id="about")
    apply_edit(OLD, ann, AddRelation(about), project.schema)
    project.save_annotations(ann)
    project.add_document(Document(id="d", text=NEW), replace=True)
    return Project.open(project.path, annotator="tester")


def test_an_ambiguous_span_is_side_filed_with_its_reason_and_so_is_its_relation(repeated):
    doc = repeated.load_document("d")
    outcome = reattach_annotations(repeated, doc, "tester")
    assert (outcome.placed_spans, outcome.unplaced_spans, outcome.unplaced_relations) == (1, 3, 1)
    sidecar = json.loads(outcome.sidecar.read_text(encoding="utf-8"))
    reasons = {s["id"]: s["reason"] for s in sidecar["spans"]}
    assert reasons == {
        "spokesman": "«المتحدث» does not occur in the new text",
        "dz": "ambiguous: 3 occurrences of «الجزائر», none clearly nearest to where it was",
        "statement": "«بيان رسمي» does not occur in the new text"}
    assert [(r["id"], r["reason"]) for r in sidecar["relations"]] == \
        [("about", "its tail span dz was not placed")]
    ann = repeated.load_annotations(doc)
    assert list(ann.spans) == ["claim"] and ann.relations == {}
    text = str(outcome)
    assert "span dz (LOCATION " in text and "ambiguous: 3 occurrences of «الجزائر»" in text
    assert "relation about (ABOUT claim -> dz): its tail span dz was not placed" in text


def test_with_the_old_text_the_comparison_places_the_ambiguous_span(repeated):
    doc = repeated.load_document("d")
    outcome = reattach_annotations(repeated, doc, "tester", old_text=OLD)
    assert (outcome.placed_spans, outcome.unplaced_relations) == (2, 0)
    ann = repeated.load_annotations(doc)
    second = NEW.index("الجزائر", NEW.index("الجزائر") + 1)
    assert (ann.spans["dz"].start, ann.spans["dz"].end) == (second, second + 7)
    assert list(ann.relations) == ["about"]


def test_an_old_text_that_is_not_the_annotated_one_is_refused(repeated):
    path = repeated.annotations_path("d")
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="not the one tester's annotations"):
        reattach_annotations(repeated, repeated.load_document("d"), "tester", old_text=NEW)
    assert path.read_bytes() == before


def test_the_cli_prints_why_each_span_was_not_placed(repeated, cli):
    result = cli("reattach", repeated.path, "d")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "1 of 4 spans placed" in lines[0]
    assert any(line.startswith("  span dz (LOCATION ") and line.endswith(
        "ambiguous: 3 occurrences of «الجزائر», none clearly nearest to where it was")
        for line in lines[1:])
    assert "  relation about (ABOUT claim -> dz): its tail span dz was not placed" in lines


def test_a_long_list_of_unplaced_spans_is_cut_short_on_screen():
    outcome = ReattachOutcome("a", changed=True, total_spans=30, unplaced_spans=30,
                              unplaced=[f"span s{i}: gone" for i in range(30)])
    lines = str(outcome).splitlines()
    assert len(lines) == 1 + LISTED_UNPLACED + 1
    assert lines[-1] == f"  ... and {30 - LISTED_UNPLACED} more, all in ?"
