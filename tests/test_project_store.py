"""Project store speed paths give exactly what the plain paths give.

- span_from_dict / relation_from_dict: the fast path for well-formed records
  builds the same objects as the field-by-field path, and odd records still
  get the field-by-field treatment (same objects or the same error);
- save_annotations: re-encoding only changed spans writes the same bytes as
  encoding every record with json.dumps;
- the cold listing: counting status fields in the bytes gives the same
  summary as parsing the file, and files in another layout are parsed;
- write_file / invalidate_index: the public guarded writer and cache reset.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.core.edits import (
    AddRelation,
    AddSpan,
    apply_edit,
    load_items,
    make_relation,
    make_span,
    remove_span_with_relations,
    set_attribute,
    set_status,
)
from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span, Status
from annotator.core.schema import SpanLabel
from annotator.formats.annotation_file import summary_from_layout
from annotator.formats.atomic import read_bytes
from annotator.formats.errors import ConflictError, ProjectError, ReadError
from annotator.formats.project import INDEX_FILE, Project
from annotator.formats.serialize import (
    FormatProblem,
    _relation_checked,
    _span_checked,
    relation_from_dict,
    relation_to_dict,
    span_from_dict,
    span_to_dict,
)

TEXT = "قال مصدر أمني إن الجيش تقدم نحو والجزائر 😀 اليوم، وأكد الناطق"
WORDS = [m.span() for m in re.finditer("[\u0621-\u064a]+", TEXT)]

# ------------------------------------------------------------------ records

statuses = st.sampled_from([s.value for s in Status])
scalars = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False),
                    st.text(max_size=4), st.sampled_from(["accepted", "rejected", "x"]))
odd = st.one_of(scalars, st.lists(st.integers(), max_size=2),
                st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _span_records() -> st.SearchStrategy[dict[str, Any]]:
    good = st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=8), "start": st.integers(0, 99),
         "end": st.integers(0, 99), "label": st.sampled_from(["ACTOR", "CLAIM"]),
         "text": st.text(max_size=6),
         "attributes": st.dictionaries(st.sampled_from(["status", "mode"]), scalars,
                                       max_size=2),
         "status": statuses, "origin": st.sampled_from(["", "dictionary"]),
         "score": st.one_of(st.none(), st.floats(0, 1), st.integers(0, 1)),
         "created": st.sampled_from(["", "2026-01-01T00:00:00Z"]),
         "modified": st.sampled_from(["", "2026-01-02T00:00:00Z"])},
        optional={"canonical_id": st.one_of(st.none(), st.text(max_size=5))})
    return good


@st.composite
def _mangled(draw: st.DrawFn, records: st.SearchStrategy[dict[str, Any]]) -> dict[str, Any]:
    """A well-formed record with some fields dropped, retyped or added."""
    record = dict(draw(records))
    for key in draw(st.lists(st.sampled_from(sorted(record) + ["extra_key"]), max_size=3)):
        if draw(st.booleans()) and key in record:
            del record[key]
        else:
            record[key] = draw(odd)
    return record


def _same_outcome(fast: Any, checked: Any, record: dict[str, Any]) -> None:
    try:
        expected = checked(record)
    except FormatProblem as err:
        with pytest.raises(FormatProblem) as caught:
            fast(record)
        assert str(caught.value) == str(err)
        return
    got = fast(record)
    assert got == expected
    assert vars(got) == vars(expected)
    assert list(vars(got)) == list(vars(expected))  # same field order: same repr, same pickle
    assert type(got.status) is Status


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_span_records(), _mangled(_span_records())))
def test_span_fast_path_builds_what_the_checked_path_builds(record):
    _same_outcome(span_from_dict, _span_checked, record)


def _relation_records() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=8), "type": st.sampled_from(["SOURCE", "ABOUT"]),
         "head": st.text(min_size=1, max_size=4), "tail": st.text(min_size=1, max_size=4),
         "attributes": st.dictionaries(st.text(max_size=3), scalars, max_size=2),
         "status": statuses, "origin": st.sampled_from(["", "model"]),
         "score": st.one_of(st.none(), st.floats(0, 1)),
         "created": st.sampled_from(["", "2026-01-01T00:00:00Z"]),
         "modified": st.sampled_from(["", "2026-01-02T00:00:00Z"])})


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_relation_records(), _mangled(_relation_records())))
def test_relation_fast_path_builds_what_the_checked_path_builds(record):
    _same_outcome(relation_from_dict, _relation_checked, record)


def test_round_trip_of_written_records_takes_the_fast_path_and_keeps_extra_keys():
    span = Span("s-1", 0, 3, "ACTOR", "قال", {"mode": "x"}, Status.SUGGESTED, "dict", 0.5,
                "c", "m", "s-9", {"custom": [1]})
    assert span_from_dict(span_to_dict(span)) == span
    rel = Relation("r-1", "SOURCE", "s-1", "s-2", extra={"note": "n"})
    assert relation_from_dict(relation_to_dict(rel)) == rel
    with pytest.raises(FormatProblem, match="unknown status"):
        span_from_dict({**span_to_dict(span), "status": "maybe"})


# ------------------------------------------------------------------ saving


def _reference_bytes(ann: AnnotationSet) -> bytes:
    """The annotation file as the writer produced it before the line cache (json.dumps)."""
    head = {"schema_version": 1, "document_id": ann.document_id, "annotator": ann.annotator,
            "text_sha256": ann.text_sha256, "status": ann.status.value, **ann.extra}
    parts = [f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
             for k, v in head.items()]
    for key, records in (("spans", [span_to_dict(s) for s in ann.sorted_spans()]),
                         ("relations", [relation_to_dict(r) for r in ann.sorted_relations()])):
        if records:
            body = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in records)
            parts.append(f' "{key}": [\n{body}\n ]')
        else:
            parts.append(f' "{key}": []')
    return ("{\n" + ",\n".join(parts) + "\n}\n").encode("utf-8")


@pytest.fixture
def two_docs(project: Project) -> tuple[Project, list[tuple[Document, AnnotationSet]]]:
    pairs = []
    for doc_id in ("a", "b"):
        doc = Document(id=doc_id, text=TEXT, meta={"title": doc_id})
        project.add_document(doc)
        pairs.append((doc, project.load_annotations(doc)))
    return project, pairs


def _add(project: Project, doc: Document, ann: AnnotationSet, word: int, label: str) -> None:
    start, end = WORDS[word % len(WORDS)]
    if ann.find_duplicate(start, end, label) is None:
        span = make_span(doc.text, start, end, label, origin="manual")
        apply_edit(doc.text, ann, AddSpan(span), project.schema)


def _edit(project: Project, doc: Document, ann: AnnotationSet, step: int) -> None:
    """One of several kinds of edit, chosen by ``step``."""
    live = ann.sorted_spans()
    kind = step % 5
    if kind == 0 or not live:
        _add(project, doc, ann, step, ("ACTOR", "LOCATION", "CUE", "CLAIM")[step % 4])
        return
    span = live[step % len(live)]
    if kind == 1:
        new = Status.REJECTED if span.status is Status.ACCEPTED else Status.ACCEPTED
        if new is Status.REJECTED or \
                ann.find_duplicate(span.start, span.end, span.label, span.id) is None:
            apply_edit(doc.text, ann, set_status(span, new), project.schema)
    elif kind == 2:  # a changed copy put in place directly (as a merge might)
        load_items(ann, spans=[span.with_changes(modified=f"2026-02-0{step % 9 + 1}T00:00:00Z")])
    elif kind == 3:
        claims = [s for s in live if s.label == "CLAIM"]
        actors = [s for s in live if s.label == "ACTOR"]
        if claims and actors:
            rel = make_relation("SOURCE", claims[0], actors[step % len(actors)],
                                origin="manual")
            if not any((r.type, r.head, r.tail) == (rel.type, rel.head, rel.tail)
                       for r in ann.relations.values()):  # the edit refuses a second link
                apply_edit(doc.text, ann, AddRelation(rel), project.schema)
        elif span.label == "ACTOR":
            apply_edit(doc.text, ann, set_attribute(span, "type", "person"), project.schema)
    else:
        apply_edit(doc.text, ann, remove_span_with_relations(ann, span), project.schema)
    ann.status = (DocStatus.IN_PROGRESS, DocStatus.DONE)[step % 2]


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 50)), min_size=1, max_size=12))
@example(steps=[(0, 0), (0, 35), (0, 13), (0, 13)])  # the same link twice
def test_saving_after_edits_writes_what_encoding_everything_writes(tmp_path_factory, steps):
    project = Project.create(tmp_path_factory.mktemp("p") / "proj", annotator="tester")
    pairs = []
    for doc_id in ("a", "b"):
        doc = Document(id=doc_id, text=TEXT)
        project.add_document(doc)
        pairs.append((doc, project.load_annotations(doc)))
    for which, step in steps:  # alternate documents: the line cache is per file
        doc, ann = pairs[which]
        _edit(project, doc, ann, step)
        project.save_annotations(ann)
        assert project.annotations_path(doc.id).read_bytes() == _reference_bytes(ann)
    for doc, ann in pairs:
        reloaded = project.load_annotations(doc)
        assert reloaded.spans == ann.spans and reloaded.relations == ann.relations


def test_a_span_replaced_by_an_equal_copy_and_head_extras_are_written(two_docs):
    project, [(doc, ann), _] = two_docs
    _add(project, doc, ann, 0, "CUE")
    project.save_annotations(ann)
    (span,) = ann.spans.values()
    load_items(ann, spans=[span.with_changes()])  # a new object, same content
    ann.extra["reviewer"] = "مراجع"
    project.save_annotations(ann)
    assert project.annotations_path(doc.id).read_bytes() == _reference_bytes(ann)


def test_save_refuses_a_file_changed_on_disk_and_the_summary_follows_saves(two_docs):
    project, [(doc, ann), _] = two_docs
    _add(project, doc, ann, 0, "CUE")
    project.save_annotations(ann)
    entry = project.entry(doc.id)
    assert entry is not None and entry.span_counts("tester") == {"accepted": 1}
    path = project.annotations_path(doc.id)
    path.write_bytes(path.read_bytes() + b" ")
    with pytest.raises(ConflictError):
        project.save_annotations(ann)


# ------------------------------------------------------------------ listing


def _summaries(project_path: Path) -> dict[str, dict[str, Any]]:
    fresh = Project.open(project_path, annotator="tester")
    return {e.id: {who: {k: v for k, v in info.items()}
                   for who, info in e.annotations.items()} for e in fresh.documents()}


def _filled(project: Project, n_docs: int = 3) -> None:
    """Documents d0.. with i + 2 spans of mixed review status, and a relation or two."""
    for i in range(n_docs):
        doc = Document(id=f"d{i}", text=TEXT)
        project.add_document(doc)
        ann = project.load_annotations(doc)
        for j in range(i + 2):
            start, end = WORDS[j]
            span = make_span(doc.text, start, end, ("CLAIM", "ACTOR")[j % 2], origin="dict",
                             status=list(Status)[(i + j) % 3], score=0.5)
            apply_edit(doc.text, ann, AddSpan(span), project.schema)
        _edit(project, doc, ann, 3)
        project.save_annotations(ann)


def test_cold_warm_and_live_listings_agree(project: Project):
    project.documents()  # kept up to date by add_document and save_annotations
    _filled(project, 4)
    live = {e.id: e.annotations for e in project.documents()}
    (project.path / INDEX_FILE).unlink(missing_ok=True)
    cold = _summaries(project.path)
    assert (project.path / INDEX_FILE).exists()
    warm = _summaries(project.path)
    assert cold == warm == live
    assert any(len(info["tester"]["spans"]) > 1 for info in cold.values())


def _reformatted(path: Path, change: Any = None) -> None:
    """Rewrite an annotation file in another layout (indent=2), optionally changing it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if change:
        change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def test_files_in_other_layouts_are_parsed_in_full(project: Project):
    _filled(project, 3)
    expected = _summaries(project.path)
    for i in range(3):
        path = project.annotations_path(f"d{i}")
        assert summary_from_layout(path.read_bytes()) is not None
    _reformatted(project.annotations_path("d0"))

    def old_format(data: dict[str, Any]) -> None:  # version 0: "state", no status
        data["schema_version"] = 0
        for span in data["spans"]:
            span["state"] = span.pop("status")

    _reformatted(project.annotations_path("d1"), old_format)
    (project.path / INDEX_FILE).unlink(missing_ok=True)
    listed = _summaries(project.path)
    for doc_id in ("d0", "d1"):
        assert summary_from_layout(project.annotations_path(doc_id).read_bytes()) is None
        want = dict(expected[doc_id]["tester"], status=listed[doc_id]["tester"]["status"])
        got = listed[doc_id]["tester"]
        assert {k: got[k] for k in ("status", "spans")} == {k: want[k] for k in
                                                             ("status", "spans")}
    assert listed["d1"]["tester"]["status"] == expected["d1"]["tester"]["status"]


def _written(project: Project, spans: list[Span], status: DocStatus = DocStatus.DONE) -> bytes:
    doc = Document(id="w", text=TEXT)
    if not project.has_document("w"):
        project.add_document(doc)
    ann = project.load_annotations(doc)
    ann = AnnotationSet(ann.document_id, ann.annotator, ann.text_sha256,
                        spans={s.id: s for s in spans}, status=status, extra=ann.extra)
    project.save_annotations(ann)
    return project.annotations_path("w").read_bytes()


def _span(i: int, status: Status, attrs: dict[str, Any] | None = None) -> Span:
    start, end = WORDS[i % len(WORDS)]
    return Span(f"s-{i}", start, end, "ACTOR", TEXT[start:end], attrs or {}, status)


@given(st.lists(st.sampled_from(list(Status)), max_size=20),
       st.sampled_from(list(DocStatus)))
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_counting_in_the_bytes_matches_parsing(project: Project, statuses, doc_status):
    data = _written(project, [_span(i, s) for i, s in enumerate(statuses)], doc_status)
    ann = Project.parse_annotations(json.loads(data), Path("w.json"))
    want = {k.value: v for k, v in ann.count_by_status().items() if v}
    assert summary_from_layout(data) == (doc_status.value, want)


def test_byte_counting_gives_up_when_the_lines_do_not_add_up(project: Project):
    data = _written(project, [_span(0, Status.ACCEPTED, {"mode": "x", "status": "rejected"}),
                              _span(1, Status.SUGGESTED)])
    assert summary_from_layout(data) is None  # an attribute called "status"
    # The span's own status is never its first key, an attribute's may be: not counted.
    data = _written(project, [_span(0, Status.ACCEPTED, {"status": "rejected"}),
                              _span(1, Status.SUGGESTED)])
    assert summary_from_layout(data) == ("done", {"accepted": 1, "suggested": 1})
    data = _written(project, [_span(0, Status.ACCEPTED), _span(1, Status.SUGGESTED)])
    lines = data.split(b"\n")
    conflict = b"\n".join(lines[:6] + [b"<<<<<<< HEAD"] + lines[6:])
    assert summary_from_layout(conflict) is None
    assert summary_from_layout(data.replace(b'"suggested"', b'"maybe"')) is None
    assert summary_from_layout(data.replace(b'"status": "done"', b'"status": "odd"')) is None
    assert summary_from_layout(data[:-40]) is None
    assert summary_from_layout(_written(project, [])) == ("done", {})


def test_an_unreadable_annotation_file_is_left_out_of_the_listing(project: Project):
    _filled(project, 2)
    project.annotations_path("d1").write_bytes(b'{"schema_version": 1, "spans": [')
    (project.path / INDEX_FILE).unlink(missing_ok=True)
    listed = _summaries(project.path)
    assert "tester" in listed["d0"] and listed["d1"] == {}


def test_missing_and_unreadable_files_when_loading(two_docs):
    project, [(doc, _), _] = two_docs
    with pytest.raises(ProjectError, match="no document 'nope' in"):
        project.load_document("nope")
    other = Document(id="c", text=TEXT)
    empty = project.load_annotations(other, "someone")  # never annotated: empty, saved later
    assert empty.spans == {} and empty.annotator == "someone"
    project.save_annotations(empty)
    assert project.load_annotations(other, "someone").spans == {}
    path = project.annotations_path(doc.id)
    path.mkdir(parents=True)  # a folder where the file should be: an error, not "no spans"
    with pytest.raises(ReadError, match=re.escape(str(path))):
        project.load_annotations(doc)


# ------------------------------------------------------------------ public writer, threads


def test_write_file_guards_against_changes_on_disk(project: Project):
    path = project.path / "notes" / "x.txt"
    project.write_file(path, "نص")
    project.write_file(path, b"bytes")
    assert path.read_bytes() == b"bytes"
    path.write_text("someone else")
    with pytest.raises(ConflictError):
        project.write_file(path, "mine")
    assert path.read_text() == "someone else"
    project.forget_disk_state(path)
    with pytest.raises(ConflictError):  # not read since: still not ours to overwrite
        project.write_file(path, "mine")
    other = project.path / "notes" / "y.txt"
    project.write_file(other, "1")
    other.unlink()
    with pytest.raises(ConflictError):  # deleted by someone else since we wrote it
        project.write_file(other, "2")


def test_invalidate_index_picks_up_files_written_behind_the_list(two_docs):
    project, [(doc, ann), _] = two_docs
    assert project.entry(doc.id).span_counts("tester") == {}
    _add(project, doc, ann, 0, "CUE")
    other = Project.open(project.path, annotator="tester")
    other.load_annotations(doc)
    other.save_annotations(ann)
    assert project.entry(doc.id).span_counts("tester") == {}  # the list is a cache
    project.invalidate_index()
    assert project.entry(doc.id).span_counts("tester") == {"accepted": 1}


def test_add_document_from_many_threads(project: Project):
    project.documents()  # a live index that every thread updates
    docs = [Document(id=f"t{i:03d}", text=f"{TEXT} {i}") for i in range(64)]
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def worker(chunk: list[Document]) -> None:
        barrier.wait()
        try:
            for doc in chunk:
                project.add_document(doc)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(docs[i::8],)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert [e.id for e in project.documents()] == [d.id for d in docs]
    (project.path / INDEX_FILE).unlink(missing_ok=True)
    assert [e.id for e in Project.open(project.path).documents()] == [d.id for d in docs]
    assert all(project.load_document(d.id) == d for d in docs[::7])


def test_read_bytes_reads_a_file_that_grew_or_shrank_since_its_stat(tmp_path: Path):
    path = tmp_path / "f.json"
    data = bytes(range(256)) * 700
    path.write_bytes(data)
    for stale_size in (0, 10, len(data) - 1, len(data), len(data) + 5, 10 * len(data)):
        assert read_bytes(str(path), stale_size) == data
    path.write_bytes(b"")
    assert read_bytes(str(path), 3) == b""


def test_reload_project_file_takes_another_writers_schema(tmp_path: Path) -> None:
    """A window's Project after an import (its own Project) added a label: it takes the new
    schema, and its next schema change keeps that label instead of being refused."""
    mine = Project.create(tmp_path / "p", annotator="a")
    theirs = Project.open(tmp_path / "p", annotator="a")
    theirs.set_schema(theirs.schema.with_label(SpanLabel(name="WEAPON", colour="#123456")))
    with pytest.raises(ConflictError):
        mine.set_schema(mine.schema)  # project.json changed behind it
    assert mine.reload_project_file() is True
    assert "WEAPON" in mine.schema.label_names
    mine.set_schema(mine.schema)
    assert mine.reload_project_file() is False
    (tmp_path / "p" / "project.json").write_text("{", encoding="utf-8")
    with pytest.raises(ReadError):
        mine.reload_project_file()
    assert "WEAPON" in mine.schema.label_names
