"""Review decisions: accept, accept after editing, reject, bulk accept, per-origin stats."""

from __future__ import annotations

from annotator.core.edits import apply_edit
from annotator.core.model import Status
from annotator.suggest.review import (
    accept,
    accept_edited,
    bulk_accept_edits,
    reject,
    review_stats,
)
from annotator.suggest.runner import run_suggester
from tests.suggest_support import annotate, make_project

TEXT = "قال مصدر أمني إن القاهرة وطرابلس وبنغازي وتونس شهدت احتجاجات في ليبيا"


def _suggested(tmp_path):
    project = make_project(tmp_path, {"a": TEXT})
    annotate(project, "a", [("قال", "CUE", 1)])  # a manual span: never counted as a suggestion
    run_suggester(project, "dictionary")
    doc = project.load_document("a")
    return project, doc, project.load_annotations(doc)


def _by_text(ann, text, label):
    return next(s for s in ann.spans.values() if s.text == text and s.label == label)


def test_review_decisions_and_precision_per_origin(tmp_path):
    project, doc, ann = _suggested(tmp_path)
    apply_edit(doc.text, ann, accept(_by_text(ann, "ليبيا", "LOCATION"), reviewer="sara"))
    apply_edit(doc.text, ann, reject(_by_text(ann, "القاهرة", "ACTOR"), reviewer="sara"))
    tunis = _by_text(ann, "تونس", "LOCATION")
    start = doc.text.index("تونس")
    apply_edit(doc.text, ann, accept_edited(tunis, start, start + 4, "ACTOR", text=doc.text,
                                            reviewer="sara"), project.schema)
    project.save_annotations(ann)
    edited = ann.spans[tunis.id]
    assert edited.extra["suggested_as"] == {"start": start, "end": start + 4,
                                            "label": "LOCATION"}
    assert edited.origin == "dictionary@1" and edited.extra["reviewed_by"] == "sara"
    (row,) = review_stats(project)
    pending = sum(1 for s in ann.spans.values() if s.status is Status.SUGGESTED)
    assert (row.origin, row.accepted, row.edited, row.rejected, row.suggested) == \
        ("dictionary@1", 1, 1, 1, pending)
    assert row.precision == 2 / 3
    assert row.as_dict()["precision"] == 0.6667
    assert review_stats(project, annotator="nobody") == []


def test_bulk_accept_is_one_batch_by_label_and_score(tmp_path):
    project, doc, ann = _suggested(tmp_path)
    pending_places = [s for s in ann.spans.values()
                      if s.status is Status.SUGGESTED and s.label == "LOCATION"]
    confident = [s for s in pending_places if s.score == 1.0]
    assert 0 < len(confident) < len(pending_places)  # the ambiguous capitals score 0.5
    batch = bulk_accept_edits(ann, label="LOCATION", min_score=0.9, reviewer="sara")
    assert len(batch.edits) == len(confident)
    inverse = apply_edit(doc.text, ann, batch, project.schema)
    assert all(ann.spans[s.id].status is Status.ACCEPTED for s in confident)
    assert all(s.status is Status.SUGGESTED for s in ann.spans.values() if s.label == "ACTOR"
               and s.origin == "dictionary@1")
    apply_edit(doc.text, ann, inverse)  # one undo step restores every one of them
    assert all(ann.spans[s.id].status is Status.SUGGESTED for s in confident)


def test_editing_twice_keeps_the_first_suggestion(tmp_path):
    project, doc, ann = _suggested(tmp_path)
    span = _by_text(ann, "ليبيا", "LOCATION")
    apply_edit(doc.text, ann, accept_edited(span, span.start, span.end, "ACTOR", text=doc.text))
    again = ann.spans[span.id]
    apply_edit(doc.text, ann, accept_edited(again, span.start, span.end, "LOCATION",
                                            text=doc.text))
    final = ann.spans[span.id]
    assert final.extra["suggested_as"]["label"] == "LOCATION"
    from annotator.suggest.review import was_edited
    assert not was_edited(final)  # back to what was suggested: counts as accepted


def test_bulk_accept_across_the_project_saves_each_document(tmp_path):
    from annotator.suggest.review import bulk_accept_project
    project = make_project(tmp_path, {"a": "اشتباكات في ليبيا", "b": "وفد من تونس",
                                      "c": "لا شيء"})
    run_suggester(project, "dictionary")
    report = bulk_accept_project(project, label="LOCATION", min_score=1.0, reviewer="sara")
    assert report.done == ["a", "b", "c"] and report.counts["accepted"] == 2
    for doc_id in ("a", "b"):
        ann = project.load_annotations(project.load_document(doc_id))
        assert [s.status for s in ann.spans.values() if s.label == "LOCATION"] == \
            [Status.ACCEPTED]


def test_relation_review_keeps_origin_and_reviewer():
    from annotator.core.edits import make_relation, make_span
    from annotator.core.model import AnnotationSet
    from annotator.suggest.review import set_relation_status
    text = "قال مصدر أمني إن الهجوم فشل"
    ann = AnnotationSet("d", "ali", "x")
    claim = make_span(text, 17, 27, "CLAIM", origin="claims@1")
    actor = make_span(text, 4, 13, "ACTOR", origin="claims@1")
    ann.spans.update({claim.id: claim, actor.id: actor})
    rel = make_relation("SOURCE", claim, actor, origin="claims@1", status=Status.SUGGESTED)
    ann.relations[rel.id] = rel
    apply_edit(text, ann, set_relation_status(rel, Status.REJECTED, reviewer="sara"))
    after = ann.relations[rel.id]
    assert (after.status, after.origin, after.extra["reviewed_by"]) == \
        (Status.REJECTED, "claims@1", "sara")


def test_revise_then_accept_counts_as_edited(tmp_path):
    from annotator.suggest.review import revise, was_edited
    project, doc, ann = _suggested(tmp_path)
    span = _by_text(ann, "وبنغازي"[1:], "LOCATION")
    apply_edit(doc.text, ann, revise(span, text=doc.text, start=span.start - 1), project.schema)
    pending = ann.spans[span.id]
    assert pending.status is Status.SUGGESTED and pending.text == "وبنغازي"
    apply_edit(doc.text, ann, accept(pending, reviewer="sara"))
    assert was_edited(ann.spans[span.id])
