"""Merging suggestions: one batch, no duplicates, rejection memory per origin; the runner."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.edits import apply_edit
from annotator.core.model import AnnotationSet, Document, Status
from annotator.core.schema import default_schema
from annotator.suggest.base import SuggestError, suggested_span
from annotator.suggest.merge import plan_suggestions, suggestion_edits
from annotator.suggest.review import reject
from annotator.suggest.runner import available_suggesters, run_suggester
from tests.suggest_support import annotate, make_project

TEXT = "قال مصدر أمني إن وحدات الجيش انتشرت في ليبيا قرب طرابلس"


def _doc() -> tuple[Document, AnnotationSet]:
    doc = Document(id="d1", text=TEXT)
    return doc, AnnotationSet("d1", "ali", doc.sha256)


def _sugg(text: str, surface: str, label: str, origin: str = "dictionary@1"):
    start = text.index(surface)
    return suggested_span(text, start, start + len(surface), label, origin=origin, score=0.9)


def test_suggestions_are_one_batch_and_undo_restores_everything():
    doc, ann = _doc()
    spans = [_sugg(TEXT, "ليبيا", "LOCATION"), _sugg(TEXT, "طرابلس", "LOCATION")]
    batch = suggestion_edits(TEXT, ann, spans, schema=default_schema())
    assert len(batch.edits) == 2
    inverse = apply_edit(TEXT, ann, batch, default_schema())
    assert {s.text for s in ann.spans.values()} == {"ليبيا", "طرابلس"}
    assert all(s.status is Status.SUGGESTED for s in ann.spans.values())
    apply_edit(TEXT, ann, inverse)
    assert ann.spans == {}


def test_existing_spans_and_duplicates_in_the_output_are_skipped():
    doc, ann = _doc()
    apply_edit(TEXT, ann, suggestion_edits(TEXT, ann, [_sugg(TEXT, "ليبيا", "LOCATION",
                                                              origin="manual")]))
    again = [_sugg(TEXT, "ليبيا", "LOCATION"), _sugg(TEXT, "طرابلس", "LOCATION"),
             _sugg(TEXT, "طرابلس", "LOCATION")]
    plan = plan_suggestions(TEXT, ann, again)
    assert (plan.added, plan.duplicates) == (1, 2)


def test_a_rejected_suggestion_is_not_suggested_again_by_the_same_origin():
    doc, ann = _doc()
    apply_edit(TEXT, ann, suggestion_edits(TEXT, ann, [_sugg(TEXT, "ليبيا", "LOCATION")]))
    (span,) = ann.spans.values()
    apply_edit(TEXT, ann, reject(span, reviewer="sara"))
    plan = plan_suggestions(TEXT, ann, [_sugg(TEXT, "ليبيا", "LOCATION")])
    assert (plan.added, plan.rejected_before) == (0, 1)
    other = plan_suggestions(TEXT, ann, [_sugg(TEXT, "ليبيا", "LOCATION", origin="model@crf1")])
    assert other.added == 1  # another origin may still suggest it
    assert ann.spans[span.id].status is Status.REJECTED  # nothing was deleted


def test_invalid_suggestions_are_reported_not_applied():
    doc, ann = _doc()
    good = _sugg(TEXT, "ليبيا", "LOCATION")
    wrong_label = _sugg(TEXT, "طرابلس", "PLACE")
    wrong_text = good.with_changes(id="s-x", start=0, end=3)
    plan = plan_suggestions(TEXT, ann, [good, wrong_label, wrong_text], schema=default_schema())
    assert plan.added == 1 and len(plan.problems) == 2
    apply_edit(TEXT, ann, plan.batch, default_schema())


def test_relations_follow_spans_onto_existing_duplicates():
    from annotator.core.edits import make_relation
    doc, ann = _doc()
    actor = _sugg(TEXT, "مصدر أمني", "ACTOR", origin="manual").with_changes(
        status=Status.ACCEPTED)
    apply_edit(TEXT, ann, suggestion_edits(TEXT, ann, [actor]))
    (kept,) = ann.spans.values()
    claim = _sugg(TEXT, "وحدات الجيش انتشرت في ليبيا", "CLAIM", origin="claims@1")
    actor_again = _sugg(TEXT, "مصدر أمني", "ACTOR", origin="claims@1")
    rel = make_relation("SOURCE", claim, actor_again, origin="claims@1",
                        status=Status.SUGGESTED)
    plan = plan_suggestions(TEXT, ann, [claim, actor_again], [rel], schema=default_schema())
    assert (plan.added, plan.duplicates, plan.relations_added) == (1, 1, 1)
    apply_edit(TEXT, ann, plan.batch, default_schema())
    (r,) = ann.relations.values()
    assert r.tail == kept.id and r.head == claim.id and r.status is Status.SUGGESTED


def test_run_suggester_saves_each_document_and_remembers_rejections(tmp_path):
    project = make_project(tmp_path, {"a": "وصل الوفد إلى الجزائر", "b": "اشتباكات في بنغازي",
                                      "c": "لا شيء هنا"})
    seen = []
    report = run_suggester(project, "dictionary", progress=lambda d, t: seen.append((d, t)))
    assert report.done == ["a", "b", "c"] and report.counts["suggestions"] >= 2
    assert seen[-1] == (3, 3)
    doc = project.load_document("a")
    ann = project.load_annotations(doc)
    (span,) = [s for s in ann.spans.values() if s.text == "الجزائر"]
    apply_edit(doc.text, ann, reject(span))
    project.save_annotations(ann)
    again = run_suggester(project, "dictionary", doc_ids=["a"])
    assert again.counts.get("suggestions", 0) == 0 and again.counts["rejected before"] == 1
    assert not (project.annotations_path("c")).exists()  # nothing to add, nothing written


def test_cancel_stops_between_documents_and_keeps_finished_ones(tmp_path):
    project = make_project(tmp_path, {f"d{i}": "في ليبيا" for i in range(5)})
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    report = run_suggester(project, "dictionary", cancel=cancel)
    assert report.counts["cancelled"] == 1
    assert report.done == ["d0", "d1"]
    assert project.annotations_path("d1").exists() and not project.annotations_path("d2").exists()


def test_unknown_and_unavailable_suggesters_say_why(tmp_path):
    project = make_project(tmp_path, {"a": "نص"})
    with pytest.raises(SuggestError, match="unknown suggester"):
        run_suggester(project, "nope")
    with pytest.raises(SuggestError, match="suggest_command"):
        run_suggester(project, "command")
    with pytest.raises(SuggestError, match="accept some spans"):
        run_suggester(project, "propagate")
    with pytest.raises(SuggestError, match="train"):
        run_suggester(project, "model")
    info = {i.name: i for i in available_suggesters(project)}
    assert info["dictionary"].available and info["dictionary"].recommended
    assert not info["model"].available and not info["command"].available


def test_propagate_suggests_accepted_texts_where_they_recur(tmp_path):
    project = make_project(tmp_path, {
        "a": "قال الناطق باسم قوات الدعم السريع إن الهجوم فشل",
        "b": "وأكدت قوات الدعم السريع ولقوات الدعم السريع مواقع",
        "c": "لا ذكر لها هنا"})
    annotate(project, "a", [("قوات الدعم السريع", "ACTOR", 1)])
    report = run_suggester(project, "propagate")
    assert report.counts["suggestions"] == 2 and report.counts["already there"] == 1
    ann = project.load_annotations(project.load_document("b"))
    got = sorted((s.start, s.text, s.origin) for s in ann.spans.values())
    assert [t for _, t, _ in got] == ["قوات الدعم السريع"] * 2
    assert {o for *_, o in got} == {"propagate@1"}


def test_claims_suggester_runs_through_the_registry_with_its_relations(tmp_path):
    from annotator.suggest.runner import suggester_names
    assert "claims" in suggester_names()
    project = make_project(tmp_path, {"a": "وقال وزير الداخلية التونسي إن قوات الأمن "
                                            "أحبطت هجوما قرب الحدود."})
    report = run_suggester(project, "claims")
    ann = project.load_annotations(project.load_document("a"))
    assert report.counts["suggestions"] >= 2 and report.counts["suggested relations"] >= 1
    (rel,) = [r for r in ann.relations.values() if r.type == "SOURCE"]
    assert ann.spans[rel.head].label == "CLAIM" and rel.status is Status.SUGGESTED


def test_project_lexicons_setting_adds_entries(tmp_path):
    project = make_project(tmp_path, {"a": "اجتمع مجلس قبائل التبو في أوباري"})
    (project.path / "extra.tsv").write_text(
        "entry\tlabel\tcanonical\ttype\nمجلس قبائل التبو\tACTOR\tTebu council\t"
        "organisation\n", encoding="utf-8")
    project.settings["lexicons"] = ["extra.tsv"]
    project.save_project()
    run_suggester(project, "dictionary")
    ann = project.load_annotations(project.load_document("a"))
    (council,) = [s for s in ann.spans.values() if s.label == "ACTOR"]
    assert council.text == "مجلس قبائل التبو" and council.extra["canonical"] == "Tebu council"
    project.settings["lexicons"] = ["missing.tsv"]
    with pytest.raises(SuggestError, match="cannot read lexicon"):
        run_suggester(project, "dictionary")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12),
                          st.sampled_from(["ACTOR", "LOCATION", "NOPE"]),
                          st.sampled_from(["a@1", "b@1"])), max_size=25),
       st.sets(st.integers(0, 24)))
def test_merging_any_suggestions_applies_cleanly_without_duplicates(items, reject_idx):
    doc, ann = _doc()
    schema = default_schema()
    spans = [suggested_span(TEXT, s, min(s + n, len(TEXT)), label, origin=origin)
             for s, n, label, origin in items if s < len(TEXT)]
    apply_edit(TEXT, ann, suggestion_edits(TEXT, ann, spans, schema=schema), schema)
    live = [s.key for s in ann.spans.values() if s.status is not Status.REJECTED]
    assert len(live) == len(set(live))
    for i, span in enumerate(list(ann.spans.values())):
        if i in reject_idx:
            apply_edit(TEXT, ann, reject(span))
    rejected = {(*s.key, s.origin) for s in ann.spans.values() if s.status is Status.REJECTED}
    before = set(ann.spans)
    apply_edit(TEXT, ann, suggestion_edits(TEXT, ann, spans, schema=schema), schema)
    for sid in set(ann.spans) - before:
        new = ann.spans[sid]
        assert (*new.key, new.origin) not in rejected
