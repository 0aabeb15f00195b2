"""Import of .txt / folders / JSONL, and the project store's save/load round trip under it."""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.edits import AddSpan, apply_edit, make_span
from annotator.core.model import AnnotationSet, DocStatus, Span, Status
from annotator.core.text import Utf16Map, canonicalize, sha256_bytes, span_problem
from annotator.formats import importers
from annotator.formats.errors import WriteError
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.importers import (
    decode_text,
    guess_legacy_encoding,
    import_paths,
)
from annotator.formats.project import Project
from annotator.formats.report import Report
from tests.strategies import PIECES

# Hostile text for files: realistic pieces and random code points, minus control
# characters other than the CR/LF pieces (a file full of controls is binary).
file_text = st.lists(
    st.one_of(st.sampled_from(PIECES + ["\ufeff"]),
              st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=4)),
    max_size=40,
).map("".join)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _messages(report: Report) -> list[str]:
    return [str(p) for p in report.problems]


# ------------------------------------------------------------------ properties


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=file_text, bom=st.booleans())
def test_import_stores_canonical_text_and_records_the_original(text, bom):
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    expected = canonicalize(raw.decode("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "p", annotator="t")
        src = _write(Path(tmp) / "doc.txt", raw)
        report = import_paths(project, [src])
        if all(c.isspace() or unicodedata.category(c) == "Cf" for c in expected.text):
            assert report.done == [] and "empty" in _messages(report)[0]
            return
        assert report.done == ["doc"], _messages(report)
        doc = Project.open(project.path).load_document("doc")
        assert doc.text == expected.text  # one BOM stripped; a second U+FEFF is content
        assert "\r" not in doc.text
        assert doc.meta["original_sha256"] == sha256_bytes(raw)
        assert doc.meta["original_file"] == "doc.txt" and doc.meta["source"] == "doc.txt"
        assert doc.meta["bom"] == expected.had_bom
        assert doc.meta["line_endings"] == {"crlf": expected.crlf_count,
                                            "cr": expected.lone_cr_count}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=file_text, suffix=file_text)
def test_span_after_an_emoji_keeps_its_offsets_through_save_and_load(prefix, suffix):
    head = prefix + "😀 "
    raw = head + "الجزائر" + " " + suffix
    start = len(canonicalize(head).text)
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "p", annotator="t")
        report = import_paths(project, [_write(Path(tmp) / "d.txt", raw)])
        assert report.done == ["d"], _messages(report)
        doc = project.load_document("d")
        assert doc.text[start:start + 7] == "الجزائر"
        ann = project.load_annotations(doc)
        span = make_span(doc.text, start, start + 7, "LOCATION", origin="test")
        apply_edit(doc.text, ann, AddSpan(span), project.schema)
        project.save_annotations(ann)

        again = Project.open(project.path, annotator="t")
        loaded = again.load_annotations(again.load_document("d"))
        (got,) = loaded.spans.values()
        assert (got.start, got.end, got.text) == (start, start + 7, "الجزائر")
        # Qt would see the word one UTF-16 unit further per astral character before it.
        astral = sum(1 for ch in doc.text[:start] if ord(ch) > 0xFFFF)
        assert astral >= 1
        assert Utf16Map(doc.text).to_utf16(got.start) == start + astral


@st.composite
def text_and_spans(draw):
    # canonical already (a second leading BOM would be stripped by the import)
    text = draw(file_text.map(lambda t: canonicalize(t).text.lstrip("\ufeff"))
                .filter(lambda t: len(t) > 1))
    spans = []
    labels = ["ACTOR", "LOCATION", "CLAIM", "CUE"]
    for i in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        if span_problem(text, start, end):
            continue
        spans.append(Span(
            id=f"s{i}", start=start, end=end, label=draw(st.sampled_from(labels)),
            text=text[start:end], status=draw(st.sampled_from(list(Status))),
            origin=draw(st.sampled_from(["", "manual", "dict:actors"])),
            score=draw(st.none() | st.floats(0, 1)),
            attributes=draw(st.sampled_from([{}, {"note": "ملاحظة"}])),
            extra=draw(st.sampled_from([{}, {"future_key": [1, "٢"]}]))))
    return text, spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=text_and_spans(), status=st.sampled_from(list(DocStatus)))
def test_annotation_set_round_trips_through_the_project(data, status):
    text, spans = data
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.create(Path(tmp) / "p", annotator="t")
        report = import_paths(project, [_write(Path(tmp) / "d.jsonl",
                                               json.dumps({"id": "d", "text": text}) + "\n")])
        if all(c.isspace() or unicodedata.category(c) == "Cf" for c in text):
            assert report.done == []
            return
        doc = project.load_document("d")
        assert doc.text == text
        ann = AnnotationSet("d", "t", doc.sha256, spans={s.id: s for s in spans}, status=status,
                            extra={"unknown_top_level": {"kept": True}})
        project.save_annotations(ann)
        loaded = Project.open(project.path, annotator="t").load_annotations(doc)
        assert loaded == ann


def test_failed_save_leaves_the_previous_file_intact(project, tmp_path, monkeypatch):
    import_paths(project, [_write(tmp_path / "d.txt", "قال مصدر أمني إن الجيش تقدم")])
    doc = project.load_document("d")
    ann = project.load_annotations(doc)
    apply_edit(doc.text, ann, AddSpan(make_span(doc.text, 4, 13, "ACTOR", origin="t")))
    project.save_annotations(ann)
    path = project.annotations_path("d")
    before = path.read_bytes()

    apply_edit(doc.text, ann, AddSpan(make_span(doc.text, 0, 3, "CUE", origin="t")))

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    for target in ("replace", "fsync"):
        with monkeypatch.context() as m:
            m.setattr(os, target, fail)
            with pytest.raises(WriteError, match="No space left"):
                project.save_annotations(ann)
        assert path.read_bytes() == before
        assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    project.save_annotations(ann)  # and once the disk is fine again, it saves
    assert len(json.loads(path.read_text(encoding="utf-8"))["spans"]) == 2


# ------------------------------------------------------------------ hostile files


def test_encoding_guesses_name_the_encoding_and_the_fix():
    arabic = "قال الناطق باسم الحكومة إن الاجتماع تأجل".encode("cp1256")
    with pytest.raises(ValueError, match=r"Windows-1256.*iconv -f cp1256 -t utf-8"):
        decode_text(arabic)
    assert "Latin-1" in (guess_legacy_encoding("café déjà vu".encode("latin-1")) or "")
    with pytest.raises(ValueError, match="UTF-16"):
        decode_text("نص".encode("utf-16"))
    with pytest.raises(ValueError, match="binary"):
        decode_text(b"PK\x03\x04\x00\x00binary")


def test_bad_files_are_skipped_with_reasons_and_the_rest_imported(project, tmp_path):
    folder = tmp_path / "in"
    _write(folder / "a_good.txt", "خبر أول\nنص")
    _write(folder / "b_cp1256.txt", "قال الناطق باسم الحكومة".encode("cp1256"))
    _write(folder / "c_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    _write(folder / "d_empty.txt", b"")
    _write(folder / "e_blank.txt", " \r\n\t\r\n")
    _write(folder / "f_latin1.txt", "Le ministre a déclaré à la presse".encode("latin-1"))
    _write(folder / "sub" / "g_nested.txt", "nested")
    _write(folder / ".hidden" / "h.txt", "hidden")
    _write(folder / "notes.md", "ignored: not .txt/.jsonl")
    report = import_paths(project, [folder])
    assert report.done == ["a_good", "g_nested"]
    msgs = "\n".join(_messages(report))
    assert "b_cp1256.txt: not UTF-8: looks like Windows-1256" in msgs
    assert "c_binary.txt: binary file" in msgs
    assert "d_empty.txt: empty file" in msgs
    assert "e_blank.txt: empty document" in msgs
    assert "f_latin1.txt: not UTF-8: looks like Latin-1" in msgs
    assert len(report.problems) == 5
    assert project.load_document("a_good").title == "خبر أول"


def test_jsonl_records_are_checked_one_by_one(project, tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": "نص\r\nأول", "meta": {"title": "عنوان", "url": "u"}},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "r2"}),
        json.dumps({"id": 7, "text": "int id"}),
        json.dumps({"id": "r3", "text": 5}),
        json.dumps({"id": "r4", "text": "x", "meta": ["list"]}),
        json.dumps({"id": "r1", "text": "again"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "bad\x07id", "text": "x"}),
        json.dumps({"id": "r5", "text": "   "}),
        json.dumps({"id": "r6", "text": "خبر", "title": "top-level title"}, ensure_ascii=False),
    ]
    src = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    report = import_paths(project, [src])
    assert report.done == ["r1", "r6"]
    got = {p.line: p.message for p in report.problems}
    assert all(p.path == src for p in report.problems)
    assert got[2].startswith("malformed JSON")
    assert got[3] == "the record has no 'id'"
    assert got[4] == "the record has no 'text'"
    assert "'id' must be a string (got int 7)" in got[5]
    assert "'text' must be a string" in got[6]
    assert "'meta' must be an object" in got[7]
    assert "duplicate id 'r1'" in got[8] and "batch.jsonl:1" in got[8]
    assert "expected a JSON object" in got[10]
    assert "control characters" in got[11]
    assert "empty document" in got[12]
    r1 = project.load_document("r1")
    assert r1.text == "نص\nأول" and r1.title == "عنوان" and r1.meta["url"] == "u"
    assert r1.meta["line_endings"] == {"crlf": 1, "cr": 0}
    assert r1.meta["original_line"] == 1
    assert project.load_document("r6").title == "top-level title"


def test_duplicates_against_the_project_are_skipped(project, tmp_path):
    src = _write(tmp_path / "x.txt", "نص")
    assert import_paths(project, [src]).done == ["x"]
    again = import_paths(project, [src])
    assert again.done == []
    assert "already in the project" in _messages(again)[0]
    assert project.load_document("x").text == "نص"


@pytest.mark.parametrize("doc_id", ["../../x", "/abs/path", "CON", "nul.txt", "a/b\\c",
                                    "..", "مستند ١"])
def test_hostile_ids_stay_inside_the_project(project, tmp_path, doc_id):
    src = _write(tmp_path / "r.jsonl", json.dumps({"id": doc_id, "text": "نص"}) + "\n")
    report = import_paths(project, [src])
    assert report.done == [doc_id], _messages(report)
    stored = project.document_path(doc_id)
    assert stored.parent == project.path / "documents"
    assert stored.is_file()
    assert project.load_document(doc_id).id == doc_id
    assert sorted(p.name for p in tmp_path.iterdir()) == ["proj", "r.jsonl"]


def test_paths_that_are_missing_or_of_unknown_type(project, tmp_path):
    report = import_paths(project, [tmp_path / "nope.txt", _write(tmp_path / "a.csv", "x"),
                                    _write(tmp_path / "empty_dir" / "x.md", "x").parent])
    msgs = _messages(report)
    assert "no such file or folder" in msgs[0]
    assert "unknown file type '.csv'" in msgs[1]
    assert "holds no *.txt or *.jsonl files" in msgs[2]
    with pytest.raises(ValueError, match="unknown import format"):
        import_paths(project, [tmp_path], "xml")


def test_progress_reaches_the_total(project, tmp_path):
    for i in range(5):
        _write(tmp_path / "in" / f"{i}.txt", f"نص {i}")
    _write(tmp_path / "in" / "r.jsonl", '{"id": "j1", "text": "a"}\n\n{"id": "j2", "text": "b"}\n')
    calls = []
    import_paths(project, [tmp_path / "in"], progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] and calls[-1][1] >= 7
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


# ------------------------------------------------------------------ gold delegation


def _gold_file(tmp_path: Path) -> Path:
    record = {"id": "g1", "text": "قال ترامب", "spans": [
        {"start": 4, "end": 9, "label": "ACTOR", "text": "ترامب"}]}
    return _write(tmp_path / "gold.jsonl", json.dumps(record, ensure_ascii=False) + "\n")


def test_gold_records_are_delegated_to_the_exchange_module(project, tmp_path, monkeypatch):
    calls = []

    def import_annotated(proj, path, fmt, progress):
        calls.append((proj, path, fmt))
        return Report(done=["g1"], counts={"spans": 1})

    monkeypatch.setattr(importers, "import_annotated", import_annotated)
    src = _gold_file(tmp_path)
    report = import_paths(project, [src])
    assert calls == [(project, src, "gold")]
    assert report.done == ["g1"] and report.counts == {"spans": 1}
    report = import_paths(project, [tmp_path / "brat_dir"], "conll")
    assert "no such file" in _messages(report)[0]


def test_annotated_folders_and_files_are_recognised(project, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(importers, "import_annotated",
                        lambda proj, path, fmt, progress: calls.append((path.name, fmt))
                        or Report(done=[path.name]))  # detection is real, the import a fake
    _write(tmp_path / "brat_dir" / "a.txt", "نص")
    _write(tmp_path / "brat_dir" / "a.ann", "T1\tACTOR 0 2\tنص\n")
    _write(tmp_path / "x.conll", "نص B-ACTOR\n")
    _write(tmp_path / "d.jsonl", '{"text": "نص", "label": [[0, 2, "ACTOR"]]}\n')
    _write(tmp_path / "plain.jsonl", '{"id": "p", "text": "نص"}\n')
    report = import_paths(project, [tmp_path / n for n in
                                    ("brat_dir", "x.conll", "d.jsonl", "plain.jsonl")])
    assert calls == [("brat_dir", "brat"), ("x.conll", "conll"), ("d.jsonl", "doccano")]
    assert report.done == ["brat_dir", "x.conll", "d.jsonl", "p"], _messages(report)


def test_gold_export_imports_back_through_the_exchange_module(tmp_path):
    source = Project.create(tmp_path / "a", annotator="t")
    import_paths(source, [_write(tmp_path / "d.txt", "قال مصدر أمني إن الجيش تقدم")])
    doc = source.load_document("d")
    ann = source.load_annotations(doc)
    apply_edit(doc.text, ann, AddSpan(make_span(doc.text, 4, 13, "ACTOR", origin="t")))
    ann.status = DocStatus.DONE
    source.save_annotations(ann)
    out = tmp_path / "gold.jsonl"
    export_project(source, "jsonl", out, ExportOptions(documents="all"))

    target = Project.create(tmp_path / "b", annotator="t")
    report = import_paths(target, [out])
    assert report.done == ["d"], _messages(report)
    got = target.load_annotations(target.load_document("d"))
    assert [(s.start, s.end, s.text) for s in got.spans.values()] == [(4, 13, "مصدر أمني")]


def test_many_documents_keep_their_input_order(project, tmp_path):
    ids = [f"doc{i:03}" for i in range(150)]
    lines = [json.dumps({"id": i, "text": f"نص {i}"}) for i in reversed(ids)]
    report = import_paths(project, [_write(tmp_path / "many.jsonl", "\n".join(lines))])
    assert report.done == list(reversed(ids))
    assert [e.id for e in Project.open(project.path).documents()] == ids


def test_a_write_failure_stops_the_import_with_a_clear_error(project, tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"d{i:02}", "text": "نص"}) for i in range(60)]
    src = _write(tmp_path / "r.jsonl", "\n".join(lines))
    real = project.add_document

    def add(doc, **kwargs):
        if doc.id == "d30":
            raise WriteError(project.document_path(doc.id), "No space left on device")
        real(doc, **kwargs)

    monkeypatch.setattr(project, "add_document", add)
    with pytest.raises(WriteError, match="No space left on device"):
        import_paths(project, [src])
    stored = {e.id for e in Project.open(project.path).documents()}
    assert "d30" not in stored and {f"d{i:02}" for i in range(30)} <= stored


def test_ids_differing_only_in_case_are_refused(project, tmp_path):
    _write(tmp_path / "a" / "Report.txt", "نص")
    report = import_paths(project, [tmp_path / "a"])
    assert report.done == ["Report"]
    src = _write(tmp_path / "r.jsonl", '{"id": "report", "text": "x"}\n'
                                       '{"id": "NEWS", "text": "x"}\n{"id": "news", "text": "y"}\n')
    report = import_paths(project, [src])
    assert report.done == ["NEWS"]
    msgs = _messages(report)
    assert "'report' differs only in upper/lower case from the project's documents/Report.json" \
        in msgs[0]
    assert "'news' differs only in upper/lower case from 'NEWS'" in msgs[1]
