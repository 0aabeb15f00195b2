"""Importing suggestions: gold JSONL, doccano, Label Studio; bad offsets by line; UTF-16."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Status
from annotator.core.text import sha256_text
from annotator.formats.format_table import detect_format
from annotator.suggest.imports import SuggestionImportError, import_suggestions
from tests.strategies import hostile_text
from tests.suggest_support import make_project

# The emoji is one code point but two UTF-16 units: offsets after it differ by one.
EMOJI_TEXT = "📢 قال مصدر أمني إن الجيش انتشر في ليبيا"
MARK_TEXT = "وصل الوفد إلى الجَزائر"


def _write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _spans(project, doc_id):
    ann = project.load_annotations(project.load_document(doc_id))
    return sorted((s.label, s.text, s.origin, s.score, s.status) for s in ann.spans.values())


@pytest.fixture()
def project(tmp_path):
    return make_project(tmp_path, {"e": EMOJI_TEXT, "m": MARK_TEXT})


def test_gold_jsonl_with_utf16_offsets_after_an_emoji(project, tmp_path):
    start16 = EMOJI_TEXT.index("ليبيا") + 1  # one extra unit for the emoji's surrogate pair
    path = _write_jsonl(tmp_path / "s.jsonl", [{
        "id": "e", "offset_unit": "utf16", "origin": "camel@2",
        "spans": [{"start": start16, "end": start16 + 5, "label": "LOCATION", "text": "ليبيا",
                   "score": 0.87}]}])
    report = import_suggestions(project, path)
    assert report.problems == [] and report.done == ["e"]
    assert _spans(project, "e") == [("LOCATION", "ليبيا", "camel@2", 0.87, Status.SUGGESTED)]


def test_bad_offsets_are_reported_with_their_line_and_the_rest_imported(project, tmp_path):
    cp = EMOJI_TEXT.index("ليبيا")
    mark = MARK_TEXT.index("الجَزائر")
    path = _write_jsonl(tmp_path / "bad.jsonl", [
        {"id": "e", "spans": [
            {"start": cp, "end": cp + 5, "label": "LOCATION", "text": "ليبيا"},      # good
            {"start": 5, "end": 500, "label": "ACTOR"},                              # outside
            {"start": cp, "end": cp + 5, "label": "LOCATION", "text": "تونس"}]},    # mismatch
        {"id": "e", "offset_unit": "utf16", "spans": [
            {"start": 1, "end": 4, "label": "CUE"}]},                                # in pair
        {"id": "m", "spans": [
            {"start": mark, "end": mark + 3, "label": "LOCATION"}]},                 # letter|mark
        {"id": "nope", "spans": []},
        "not an object",
    ])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("{broken json\n")
    report = import_suggestions(project, path)
    lines = sorted(p.line for p in report.problems)
    assert lines == [1, 1, 2, 3, 4, 5, 6]
    messages = " ".join(p.message for p in report.problems)
    assert "outside the text" in messages and "surrogate pair" in messages
    assert "combining mark" in messages and "“تونس”" in messages
    assert "no document 'nope'" in messages and "not valid JSON" in messages
    assert all(str(p).startswith(str(path)) for p in report.problems)
    assert _spans(project, "e") == [("LOCATION", "ليبيا", "file:bad.jsonl", None,
                                     Status.SUGGESTED)]
    assert _spans(project, "m") == []


def test_codepoint_offsets_given_as_utf16_get_a_hint(project, tmp_path):
    start16 = EMOJI_TEXT.index("ليبيا") + 1
    path = _write_jsonl(tmp_path / "s.jsonl", [{"id": "e", "spans": [
        {"start": start16, "end": start16 + 5, "label": "LOCATION", "text": "ليبيا"}]}])
    report = import_suggestions(project, path)
    assert "declare \"offset_unit\": \"utf16\"" in report.problems[0].message


def test_doccano_matched_by_text_hash_when_the_id_is_doccanos(project, tmp_path):
    cp = EMOJI_TEXT.index("ليبيا")
    path = _write_jsonl(tmp_path / "doccano.jsonl", [
        {"id": 17, "text": EMOJI_TEXT, "entities": [[cp, cp + 5, "LOCATION"]]},
        {"id": 18, "text": "نص آخر لا يوجد في المشروع", "label": [[0, 2, "ACTOR"]]}])
    assert detect_format(path) == "doccano"
    report = import_suggestions(project, path, origin="doccano-run")
    assert report.done == ["e"] and [p.line for p in report.problems] == [2]
    assert _spans(project, "e")[0][:3] == ("LOCATION", "ليبيا", "doccano-run")


def test_a_record_whose_text_differs_is_never_attached(project, tmp_path):
    path = _write_jsonl(tmp_path / "s.jsonl", [{"id": "e", "text_sha256": sha256_text("x"),
                                                "spans": [{"start": 0, "end": 2,
                                                           "label": "CUE"}]}])
    report = import_suggestions(project, path)
    assert "differs" in report.problems[0].message and report.done == []


def test_label_studio_predictions_with_model_version_and_line_numbers(project, tmp_path):
    cp = EMOJI_TEXT.index("ليبيا")
    tasks = [
        {"id": 1, "data": {"text": EMOJI_TEXT, "id": "e"}, "predictions": [
            {"model_version": "ner-v3", "score": 0.5, "result": [
                {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
                 "value": {"start": cp, "end": cp + 5, "text": "ليبيا", "labels": ["LOCATION"]},
                 "score": 0.93}]}]},
        {"id": 2, "data": {"text": MARK_TEXT, "id": "m"}, "predictions": [
            {"model_version": "ner-v3", "result": [
                {"value": {"start": 0, "end": 3, "text": "وصل", "labels": ["PLACE"]}}]}]},
    ]
    path = tmp_path / "ls.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False, indent=2), encoding="utf-8")
    assert detect_format(path) == "labelstudio"
    report = import_suggestions(project, path)
    assert _spans(project, "e") == [("LOCATION", "ليبيا", "ner-v3", 0.93, Status.SUGGESTED)]
    (problem,) = report.problems
    expected_line = json.dumps(tasks, ensure_ascii=False, indent=2).split("\n").index("  {", 2) + 1
    assert problem.line == expected_line and "no label 'PLACE'" in problem.message


def test_importing_twice_adds_nothing_and_rejections_are_remembered(project, tmp_path):
    from annotator.core.edits import apply_edit
    from annotator.suggest.review import reject
    cp = EMOJI_TEXT.index("ليبيا")
    path = _write_jsonl(tmp_path / "s.jsonl", [{"id": "e", "spans": [
        {"start": cp, "end": cp + 5, "label": "LOCATION"}]}])
    import_suggestions(project, path)
    doc = project.load_document("e")
    ann = project.load_annotations(doc)
    (span,) = ann.spans.values()
    apply_edit(doc.text, ann, reject(span))
    project.save_annotations(ann)
    report = import_suggestions(project, path)
    assert report.counts.get("suggestions", 0) == 0 and report.counts["rejected before"] == 1


def test_unreadable_files_raise_a_clear_error(project, tmp_path):
    with pytest.raises(SuggestionImportError, match="cannot read"):
        import_suggestions(project, tmp_path / "missing.jsonl")
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"hello": 1}\n', encoding="utf-8")
    with pytest.raises(SuggestionImportError, match="cannot tell the format"):
        import_suggestions(project, odd)


@settings(max_examples=150, deadline=None)
@given(hostile_text, st.integers(0, 10_000), st.integers(1, 40))
def test_utf16_offsets_of_any_valid_span_resolve_to_the_same_span(text, a, length):
    from annotator.core.model import Document
    from annotator.core.text import Utf16Map, snap_out, span_problem
    from annotator.suggest.imports import RawSpan, resolve_span
    if not text:
        return
    start, end = snap_out(text, a % len(text), min(len(text), a % len(text) + length))
    if span_problem(text, start, end) is not None:
        return
    u16 = Utf16Map(text)
    raw = RawSpan(u16.to_utf16(start), u16.to_utf16(end), "ACTOR", text[start:end])
    span = resolve_span(Document(id="d", text=text), raw, offset_unit="utf16", origin="x",
                        schema=None)
    assert (span.start, span.end, span.text) == (start, end, text[start:end])
