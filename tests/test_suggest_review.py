"""Review decisions: accept, accept after editing, reject, bulk accept, per-origin stats."""

from __future__ import annotations

from annotator.core.edits import RemoveRelation, apply_edit, apply_unchecked, load_items
from annotator.core.model import Status
from annotator.formats.project import Project
from annotator.suggest.review import (
    ReviewStatsMemo,
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
    load_items(ann, spans=[claim, actor])
    rel = make_relation("SOURCE", claim, actor, origin="claims@1", status=Status.SUGGESTED)
    load_items(ann, relations=[rel])
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


# ------------------------------------------------------------------ suggested relations

LINKED = "قال مصدر أمني إن الهجوم على طرابلس فشل"


def _linked(tmp_path=None):
    """A suggested claim with a suggested SOURCE (to an actor) and ABOUT (to a location) link."""
    from annotator.core.edits import make_relation
    from annotator.core.model import AnnotationSet
    from annotator.suggest.base import suggested_span
    text = LINKED
    ann = AnnotationSet("d", "ali", "x")

    def span(surface, label):
        start = text.index(surface)
        return suggested_span(text, start, start + len(surface), label, origin="claims@1",
                              score=0.8)

    claim, actor, place = span("الهجوم على طرابلس فشل", "CLAIM"), span("مصدر أمني", "ACTOR"), \
        span("طرابلس", "LOCATION")
    for s in (claim, actor, place):
        load_items(ann, spans=[s])
    source = make_relation("SOURCE", claim, actor, origin="claims@1", status=Status.SUGGESTED)
    about = make_relation("ABOUT", claim, place, origin="claims@1", status=Status.SUGGESTED)
    load_items(ann, relations=[source, about])
    return ann, claim, actor, place, source, about


def _rel_status(ann, rel):
    return ann.relations[rel.id].status


def test_accepting_a_span_accepts_its_links_once_both_ends_are_accepted():
    from annotator.core.schema import default_schema
    from annotator.suggest.review import with_relations
    schema = default_schema()
    ann, claim, actor, place, source, about = _linked()
    # The claim alone: both links point to pending spans and stay pending.
    edit = with_relations(ann, accept(claim, reviewer="sara"), reviewer="sara")
    apply_edit(LINKED, ann, edit, schema)
    assert _rel_status(ann, source) is Status.SUGGESTED
    assert _rel_status(ann, about) is Status.SUGGESTED
    # Accepting the actor accepts SOURCE in the same step; undo restores both.
    edit = with_relations(ann, accept(ann.spans[actor.id], reviewer="sara"), reviewer="sara")
    inverse = apply_edit(LINKED, ann, edit, schema)
    assert ann.spans[actor.id].status is Status.ACCEPTED
    assert _rel_status(ann, source) is Status.ACCEPTED
    assert ann.relations[source.id].extra["reviewed_by"] == "sara"
    assert _rel_status(ann, about) is Status.SUGGESTED  # its place is still pending
    apply_edit(LINKED, ann, inverse)
    assert ann.spans[actor.id].status is Status.SUGGESTED
    assert _rel_status(ann, source) is Status.SUGGESTED


def test_rejecting_a_span_rejects_its_links_in_the_same_step():
    from annotator.suggest.review import with_relations
    ann, claim, actor, place, source, about = _linked()
    apply_edit(LINKED, ann, with_relations(ann, accept(claim)))
    inverse = apply_edit(LINKED, ann, with_relations(ann, reject(place, reviewer="sara"),
                                                     reviewer="sara"))
    assert _rel_status(ann, about) is Status.REJECTED
    assert _rel_status(ann, source) is Status.SUGGESTED
    assert len(ann.relations) == 2 and len(ann.spans) == 3  # nothing deleted
    apply_edit(LINKED, ann, inverse)
    assert _rel_status(ann, about) is Status.SUGGESTED
    assert ann.spans[place.id].status is Status.SUGGESTED


def test_a_decision_without_links_is_the_span_edit_itself():
    from annotator.suggest.review import with_relations
    ann, claim, actor, place, source, about = _linked()
    for rel in list(ann.relations.values()):
        apply_unchecked(ann, RemoveRelation(rel))
    edit = accept(actor)
    assert with_relations(ann, edit) is edit


def test_explicit_review_of_a_spans_links():
    from annotator.suggest.review import pending_relations, review_relations
    ann, claim, actor, place, source, about = _linked()
    apply_edit(LINKED, ann, accept(actor))
    apply_edit(LINKED, ann, accept(claim))  # without its links (e.g. before this rule)
    assert {r.id for r in pending_relations(ann, claim.id)} == {source.id, about.id}
    batch = review_relations(ann, ann.spans[claim.id], Status.ACCEPTED, reviewer="sara")
    assert [e.before.id for e in batch.edits] == [source.id]  # ABOUT's place is pending
    apply_edit(LINKED, ann, batch)
    assert _rel_status(ann, source) is Status.ACCEPTED
    batch = review_relations(ann, ann.spans[claim.id], Status.REJECTED, reviewer="sara")
    apply_edit(LINKED, ann, batch)
    assert _rel_status(ann, about) is Status.REJECTED
    assert _rel_status(ann, source) is Status.ACCEPTED  # decided ones are left alone
    assert ann.spans[claim.id].status is Status.ACCEPTED
    assert pending_relations(ann) == []


def test_explicit_accept_of_links_accepts_a_pending_span_first():
    from annotator.suggest.review import review_relations
    ann, claim, actor, place, source, about = _linked()
    apply_edit(LINKED, ann, accept(place))
    batch = review_relations(ann, claim, Status.ACCEPTED)
    apply_edit(LINKED, ann, batch)
    assert ann.spans[claim.id].status is Status.ACCEPTED
    assert _rel_status(ann, about) is Status.ACCEPTED
    assert _rel_status(ann, source) is Status.SUGGESTED


def test_bulk_accept_accepts_links_whose_two_ends_end_up_accepted():
    from annotator.suggest.review import split_counts
    ann, claim, actor, place, source, about = _linked()
    batch = bulk_accept_edits(ann, label="CLAIM", reviewer="sara")
    assert split_counts(batch) == (1, 0)  # the links' other ends are pending
    batch = bulk_accept_edits(ann, min_score=0.5, reviewer="sara")
    assert split_counts(batch) == (3, 2)
    inverse = apply_edit(LINKED, ann, batch)
    assert {r.status for r in ann.relations.values()} == {Status.ACCEPTED}
    apply_edit(LINKED, ann, inverse)  # one undo step
    assert {r.status for r in ann.relations.values()} == {Status.SUGGESTED}


def test_review_stats_count_relations_per_origin(tmp_path):
    from annotator.suggest.review import OriginStats, add_relations_to_stats, add_to_stats
    ann, claim, actor, place, source, about = _linked()
    apply_edit(LINKED, ann, bulk_accept_edits(ann, label="ACTOR"))
    apply_edit(LINKED, ann, accept(claim))
    stats: dict[str, OriginStats] = {}
    add_to_stats(stats, ann.spans.values())
    add_relations_to_stats(stats, ann.relations.values())
    row = stats["claims@1"]
    assert (row.relations_suggested, row.relations_accepted, row.relations_rejected) == (2, 0, 0)
    assert row.relations_precision is None
    from annotator.suggest.review import set_relation_status
    apply_edit(LINKED, ann, set_relation_status(source, Status.ACCEPTED, reviewer="sara"))
    apply_edit(LINKED, ann, set_relation_status(about, Status.REJECTED, reviewer="sara"))
    stats = {}
    add_to_stats(stats, ann.spans.values())
    add_relations_to_stats(stats, ann.relations.values())
    row = stats["claims@1"].as_dict()
    assert (row["relations_suggested"], row["relations_accepted"], row["relations_rejected"],
            row["relations_precision"]) == (0, 1, 1, 0.5)
    # spans are counted apart; the bulk-accepted ACTOR is not a one-by-one decision
    assert (row["accepted"], row["bulk_accepted"], row["suggested"]) == (1, 1, 1)


def test_review_stats_and_cli_show_relations(tmp_path, cli):
    import json

    from annotator.suggest.review import set_relation_status
    project = make_project(tmp_path, {"a": LINKED})
    doc = project.load_document("a")
    ann = project.load_annotations(doc)
    fresh, claim, actor, place, source, about = _linked()
    load_items(ann, fresh.spans.values(), fresh.relations.values())
    apply_edit(doc.text, ann, set_relation_status(about, Status.REJECTED, reviewer="sara"))
    project.save_annotations(ann)
    (row,) = review_stats(project)
    assert (row.origin, row.relations_suggested, row.relations_rejected) == ("claims@1", 1, 1)
    assert row.relations_precision == 0.0
    result = cli("review-stats", str(project.path), "--json")
    assert result.returncode == 0, result.stderr
    (data,) = json.loads(result.stdout)
    assert (data["relations_suggested"], data["relations_rejected"]) == (1, 1)
    result = cli("review-stats", str(project.path))
    assert result.returncode == 0, result.stderr
    assert "relations" in result.stdout and "claims@1" in result.stdout


def test_bulk_accept_across_the_project_accepts_links_and_counts_them(tmp_path):
    from annotator.suggest.review import bulk_accept_project
    project = make_project(tmp_path, {"a": LINKED})
    doc = project.load_document("a")
    ann = project.load_annotations(doc)
    fresh, claim, actor, place, source, about = _linked()
    load_items(ann, fresh.spans.values(), fresh.relations.values())
    project.save_annotations(ann)
    report = bulk_accept_project(project, min_score=0.5, reviewer="sara")
    assert (report.counts["accepted"], report.counts["relations_accepted"]) == (3, 2)
    saved = project.load_annotations(project.load_document("a"))
    assert {r.status for r in saved.relations.values()} == {Status.ACCEPTED}
    assert all(r.extra["reviewed_by"] == "sara" for r in saved.relations.values())


def test_precision_counts_only_one_by_one_decisions_and_bulk_apart(tmp_path, cli):
    import json

    project, doc, ann = _suggested(tmp_path)
    libya = _by_text(ann, "ليبيا", "LOCATION")
    apply_edit(doc.text, ann, reject(libya, reviewer="sara"))
    batch = bulk_accept_edits(ann, reviewer="sara")  # everything else, blindly
    apply_edit(doc.text, ann, batch)
    project.save_annotations(ann)
    (row,) = review_stats(project)
    assert row.bulk_accepted == len(batch.edits) > 0
    assert (row.accepted, row.rejected, row.precision) == (0, 1, 0.0)
    on_disk = json.loads(project.annotations_path("a").read_text(encoding="utf-8"))
    assert {s.get("review_mode") for s in on_disk["spans"] if s["status"] == "accepted"
            and s.get("origin") != "manual"} == {"bulk"}
    # A later one-by-one decision on a bulk-accepted span is a decision of its own.
    ann = project.load_annotations(doc)
    one = next(s for s in ann.spans.values() if s.extra.get("review_mode") == "bulk")
    apply_edit(doc.text, ann, reject(one, reviewer="sara"))
    project.save_annotations(ann)
    (row,) = review_stats(project)
    assert (row.rejected, row.bulk_accepted) == (2, len(batch.edits) - 1)
    result = cli("review-stats", str(project.path))
    assert result.returncode == 0 and "bulk" in result.stdout


def test_a_recount_with_the_memo_reads_only_the_file_that_changed(tmp_path, monkeypatch):
    project = make_project(tmp_path, {"a": TEXT, "b": TEXT, "c": TEXT})
    run_suggester(project, "dictionary")
    memo = ReviewStatsMemo()
    first = review_stats(Project.open(project.path), kept=memo)
    assert first == review_stats(Project.open(project.path))
    doc = project.load_document("b")
    ann = project.load_annotations(doc)
    apply_edit(doc.text, ann, accept(_by_text(ann, "ليبيا", "LOCATION"), reviewer="sara"))
    project.save_annotations(ann)
    project.annotations_path("c").unlink()  # c's suggestions leave the count
    read: list[str] = []
    real = Project.load_annotations

    def spy(self, doc, annotator=None):  # type: ignore[no-untyped-def]
        read.append(doc.id)
        return real(self, doc, annotator)

    monkeypatch.setattr(Project, "load_annotations", spy)
    (again,) = review_stats(Project.open(project.path), kept=memo)
    assert read == ["b"]
    (fresh,) = review_stats(Project.open(project.path))
    assert again == fresh
    assert (again.accepted, again.suggested) == (1, 2 * first[0].suggested // 3 - 1)
