"""Gold JSONL export: record shape, selection rules, splits, and lossless round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.edits import load_items
from annotator.core.model import AnnotationSet, DocStatus, Document, Span
from annotator.core.text import sha256_text, snap_out
from annotator.formats.exchange import import_annotated
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample
from tests.strategies import hostile_text


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("sample") / "sample")


def test_records_have_the_gold_shape_and_only_done_accepted_data(sample: Project,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    report = export_project(sample, "jsonl", out, ExportOptions())
    recs = _records(out)
    assert [r["id"] for r in recs] == ["doc 2/crlf", "doc-1", "doc-4"]  # doc-3 is not done
    assert report.done == ["doc 2/crlf", "doc-1", "doc-4"]
    for rec in recs:
        assert list(rec) == ["id", "text", "text_sha256", "offset_unit", "spans", "relations",
                             "meta"]
        assert rec["offset_unit"] == "codepoint"
        assert rec["text_sha256"] == sha256_text(rec["text"])
        for span in rec["spans"]:
            assert rec["text"][span["start"]:span["end"]] == span["text"]
            assert {"id", "start", "end", "label", "text", "attributes"} <= set(span)
            assert "status" not in span and "origin" not in span
        ids = {s["id"] for s in rec["spans"]}
        for rel in rec["relations"]:
            assert list(rel) == ["id", "type", "head", "tail", "attributes"]
            assert rel["head"] in ids and rel["tail"] in ids
    doc1 = recs[1]
    assert doc1["text"].startswith("😀")
    actor = next(s for s in doc1["spans"] if s["text"] == "وزيرُ الخارجية")
    assert actor["canonical_id"] == "actor:mfa"
    assert actor["attributes"] == {"type": "person"}
    assert [s["label"] for s in recs[2]["spans"]] == ["ACTOR", "ACTOR"]  # suggestion left out
    assert report.counts == {"spans": 13, "relations": 4}


def test_include_suggestions_and_all_documents(sample: Project, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    export_project(sample, "jsonl", out, ExportOptions(documents="all", include_suggestions=True))
    recs = {r["id"]: r for r in _records(out)}
    assert set(recs) == {"doc-1", "doc 2/crlf", "doc-3", "doc-4"}
    statuses = {(s["text"], s["label"]): (s["status"], s["origin"], s["score"])
                for s in recs["doc-4"]["spans"]}
    assert statuses[("الموصل", "LOCATION")] == ("suggested", "dictionary", 0.75)
    assert statuses[("الجيش", "LOCATION")] == ("rejected", "model", 0.4)
    assert statuses[("داعش", "ACTOR")][0] == "accepted"
    assert all("status" in r for rec in recs.values() for r in rec["relations"])


def test_label_filter_drops_relations_whose_ends_are_gone(sample: Project, tmp_path: Path
                                                          ) -> None:
    out = tmp_path / "claims.jsonl"
    report = export_project(sample, "jsonl", out, ExportOptions(labels=["CLAIM", "LOCATION"]))
    recs = _records(out)
    labels = {s["label"] for r in recs for s in r["spans"]}
    assert labels == {"CLAIM", "LOCATION"}
    rels = [rel for r in recs for rel in r["relations"]]
    assert [rel["type"] for rel in rels] == ["ABOUT"]  # SOURCE pointed to actors
    assert report.counts["relations left out (an end was filtered out)"] == 3


def test_split_is_deterministic_by_document_and_written_as_files(tmp_path: Path) -> None:
    project = Project.create(tmp_path / "p", annotator="tester")
    for i in range(40):
        doc = Document(id=f"d{i:02d}", text=f"نص رقم {i} عن الجزائر.")
        project.add_document(doc)
        project.save_annotations(AnnotationSet(doc.id, "tester", doc.sha256,
                                               status=DocStatus.DONE))
    options = ExportOptions(split=(0.6, 0.2, 0.2), seed=7)
    export_project(project, "jsonl", tmp_path / "a", options)
    export_project(project, "jsonl", tmp_path / "b", options)
    names = sorted(p.name for p in (tmp_path / "a").iterdir() if not p.name.startswith("."))
    assert names == ["dev.jsonl", "test.jsonl", "train.jsonl"]
    seen: list[str] = []
    for name in names:
        a, b = (tmp_path / "a" / name).read_text(), (tmp_path / "b" / name).read_text()
        assert a == b
        seen += [r["id"] for r in _records(tmp_path / "a" / name)]
    assert sorted(seen) == [f"d{i:02d}" for i in range(40)]
    train = len(_records(tmp_path / "a" / "train.jsonl"))
    assert 15 <= train <= 35
    export_project(project, "jsonl", tmp_path / "c", ExportOptions(split=(0.6, 0.2, 0.2), seed=8))
    assert (tmp_path / "c" / "train.jsonl").read_text() != (tmp_path / "a" / "train.jsonl") \
        .read_text()


def test_gold_round_trip_is_lossless(sample: Project, tmp_path: Path) -> None:
    for options in (ExportOptions(), ExportOptions(documents="all", include_suggestions=True)):
        first = tmp_path / f"first-{options.include_suggestions}.jsonl"
        export_project(sample, "jsonl", first, options)
        other = Project.create(tmp_path / f"copy-{options.include_suggestions}",
                               annotator="tester")
        report = import_annotated(other, first, "gold")
        assert not report.problems
        second = tmp_path / f"second-{options.include_suggestions}.jsonl"
        export_project(other, "jsonl", second, options)
        assert second.read_bytes() == first.read_bytes()


@st.composite
def _doc_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(hostile_text.filter(lambda t: "\r" not in t and len(t) >= 2))
    spans = []
    for _ in range(draw(st.integers(0, 4))):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        start, end = snap_out(text, a, b)
        if start < end:
            spans.append((start, end))
    return text, spans


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(_doc_with_spans())
def test_round_trip_on_hostile_text(tmp_path_factory: pytest.TempPathFactory,
                                    case: tuple[str, list[tuple[int, int]]]) -> None:
    text, offsets = case
    base = tmp_path_factory.mktemp("rt")
    project = Project.create(base / "p", annotator="tester")
    doc = Document(id="d", text=text)
    project.add_document(doc)
    ann = AnnotationSet("d", "tester", doc.sha256, status=DocStatus.DONE)
    for n, (start, end) in enumerate(dict.fromkeys(offsets)):
        load_items(ann, spans=[Span(f"s{n}", start, end, "ACTOR", text[start:end])])
    project.save_annotations(ann)
    for fmt, imp in (("jsonl", "gold"), ("doccano", "doccano"), ("labelstudio", "labelstudio"),
                     ("brat", "brat")):
        first, second = base / f"{fmt}1", base / f"{fmt}2"
        export_project(project, fmt, first, ExportOptions())
        other = Project.create(base / f"{fmt}-copy", annotator="tester")
        assert not import_annotated(other, first, imp).problems
        export_project(other, fmt, second, ExportOptions())
        files = sorted(p.relative_to(first) for p in first.rglob("*")) if first.is_dir() \
            else [Path("")]
        for rel in files:
            assert (second / rel).read_bytes() == (first / rel).read_bytes(), (fmt, rel)
