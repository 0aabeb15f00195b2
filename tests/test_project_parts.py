"""The parts :class:`Project` composes, each on its own (issue 10, item 4).

- WriteGuard: refuses to replace a file it never saw or that changed, deleted
  or appeared on disk since; keeps writes inside the project.
- The annotation file codec: the memoised encoder gives the plain encoder's
  bytes after any sequence of edits; the layout summary agrees with a full
  parse; decoding reads back what was encoded; the document checks.
- DocumentIndex: lists what is on disk, names what it cannot read, and keeps
  a cache that a second index over the same folder reuses.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.edits import AddSpan, apply_edit, make_span, set_status
from annotator.core.model import AnnotationSet, DocStatus, Document, Status
from annotator.core.schema import default_schema
from annotator.formats.annotation_file import (
    AnnotationEncoder,
    decode_annotations,
    encode_annotations,
    read_annotations_of,
    read_summary,
    status_counts,
    summary_from_layout,
)
from annotator.formats.errors import ConflictError, HashMismatchError, ReadError, WriteError
from annotator.formats.filenames import safe_stem
from annotator.formats.listing import INDEX_FILE, DocumentIndex
from annotator.formats.project import Project
from annotator.formats.serialize import FormatProblem, document_from_dict, document_record
from annotator.formats.write_guard import FileCreator, WriteGuard

TEXT = "قال مصدر أمني إن الجيش تقدم نحو والجزائر اليوم، وأكد الناطق"
WORDS = [m.span() for m in re.finditer("[\u0621-\u064a]+", TEXT)]

# ------------------------------------------------------------------ write guard


def test_guard_writes_new_files_and_its_own(tmp_path: Path):
    guard = WriteGuard(tmp_path)
    path = tmp_path / "a" / "x.json"
    guard.write(path, "نص")
    guard.write(path, b"again")
    assert path.read_bytes() == b"again"


def test_guard_refuses_a_file_it_never_read_until_trusted(tmp_path: Path):
    guard = WriteGuard(tmp_path)
    path = tmp_path / "x.json"
    path.write_bytes(b"theirs")
    with pytest.raises(ConflictError):
        guard.write(path, "mine")
    guard.trust(path, b"theirs")
    guard.write(path, "mine")
    assert path.read_text(encoding="utf-8") == "mine"


def test_a_guard_that_remembers_no_reads_creates_files_but_replaces_none(tmp_path: Path):
    """An export worker's project reads without hashing each file: it can never overwrite."""
    guard = WriteGuard(tmp_path, remember_reads=False)
    path = tmp_path / "x.json"
    path.write_bytes(b"theirs")
    guard.trust(path, b"theirs")
    assert not guard.knows(path)
    with pytest.raises(ConflictError):
        guard.write(path, "mine")
    guard.trust_absent(tmp_path / "new.json")
    guard.write(tmp_path / "new.json", "mine")
    assert path.read_bytes() == b"theirs"


def test_guard_refuses_changed_deleted_and_appeared_files(tmp_path: Path):
    guard = WriteGuard(tmp_path)
    changed, deleted, appeared = (tmp_path / n for n in ("c.json", "d.json", "a.json"))
    guard.write(changed, "1")
    changed.write_text("2")
    guard.write(deleted, "1")
    deleted.unlink()
    guard.trust_absent(appeared)
    appeared.write_text("someone's")
    for path in (changed, deleted, appeared):
        with pytest.raises(ConflictError):
            guard.write(path, "mine")
    assert changed.read_text() == "2" and not deleted.exists()
    assert appeared.read_text() == "someone's"


def test_guard_keeps_writes_inside_the_root(tmp_path: Path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    os.symlink(outside, root / "link")
    guard = WriteGuard(root)
    with pytest.raises(WriteError, match="symbolic link"):
        guard.write(root / "link" / "x.json", "mine")
    assert list(outside.iterdir()) == []


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_creator_creates_new_files_with_the_umask_mode_and_the_guard_trusts_them(
        tmp_path: Path):
    guard = WriteGuard(tmp_path)
    path = tmp_path / "docs" / "x.json"
    old = os.umask(0o027)
    try:
        FileCreator(guard).create(path, b"one", _sha(b"one"))
    finally:
        os.umask(old)
    assert path.read_bytes() == b"one"
    assert path.stat().st_mode & 0o777 == 0o640
    guard.write(path, b"two")  # trusted as written: a later save may replace it
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["x.json"]  # no temporary left


def test_creator_never_replaces_a_file_and_leaves_nothing_behind(tmp_path: Path):
    guard = WriteGuard(tmp_path)
    path = tmp_path / "x.json"
    path.write_bytes(b"theirs")
    with pytest.raises(ConflictError):
        FileCreator(guard).create(path, b"mine", _sha(b"mine"))
    assert path.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
    read_then_deleted = tmp_path / "gone.json"
    guard.trust(read_then_deleted, b"was here")
    with pytest.raises(ConflictError):  # someone deleted what this process read
        FileCreator(guard).create(read_then_deleted, b"mine", _sha(b"mine"))
    assert not read_then_deleted.exists()


def test_creator_without_hard_links_checks_then_renames(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch):
    def no_links(src: str, dst: str) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # as on a FAT disk
    creator = FileCreator(WriteGuard(tmp_path))
    creator.create(tmp_path / "new.json", b"mine", _sha(b"mine"))
    assert (tmp_path / "new.json").read_bytes() == b"mine"
    (tmp_path / "old.json").write_bytes(b"theirs")
    with pytest.raises(ConflictError):
        creator.create(tmp_path / "old.json", b"mine", _sha(b"mine"))
    assert (tmp_path / "old.json").read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.json", "old.json"]


def test_creator_keeps_files_inside_the_root_and_says_why_it_cannot_write(tmp_path: Path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    os.symlink(outside, root / "link")
    creator = FileCreator(WriteGuard(root))
    with pytest.raises(WriteError, match="symbolic link"):
        creator.create(root / "link" / "x.json", b"mine", _sha(b"mine"))
    assert list(outside.iterdir()) == []
    (root / "file").write_bytes(b"")
    with pytest.raises(WriteError):  # its folder cannot be made: a file is in the way
        creator.create(root / "file" / "x.json", b"mine", _sha(b"mine"))


# ------------------------------------------------------------------ codec


def _doc() -> Document:
    return Document(id="d-1", text=TEXT)


edits = st.lists(st.tuples(st.integers(0, len(WORDS) - 1),
                           st.sampled_from(["ACTOR", "LOCATION", "CUE", "CLAIM"]),
                           st.sampled_from(list(Status))), min_size=1, max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits, st.sampled_from(list(DocStatus)))
def test_memoised_encoder_gives_the_plain_bytes_after_every_edit(steps, doc_status):
    doc, schema, encoder = _doc(), default_schema(), AnnotationEncoder()
    ann = AnnotationSet(document_id=doc.id, annotator="a", text_sha256=doc.sha256,
                        extra={"note": "kept"})
    path = Path("annotations/a/d-1.json")
    for word, label, status in steps:
        start, end = WORDS[word]
        found = ann.find_duplicate(start, end, label)
        if found is None:
            span = make_span(doc.text, start, end, label, origin="manual")
            apply_edit(doc.text, ann, AddSpan(span), schema)
        elif ann.find_duplicate(start, end, label, found.id) is None:
            apply_edit(doc.text, ann, set_status(found, status), schema)
        ann.status = doc_status
        data = encoder.encode(path, ann)
        assert data == encode_annotations(ann)
        assert summary_from_layout(data) == (doc_status.value, status_counts(ann))
        back = decode_annotations(json.loads(data), path)
        assert back.sorted_spans() == ann.sorted_spans()
        assert (back.status, back.extra) == (ann.status, ann.extra)


def test_read_summary_parses_in_full_what_is_not_in_the_layout(tmp_path: Path):
    doc = _doc()
    ann = AnnotationSet(document_id=doc.id, annotator="a", text_sha256=doc.sha256,
                        status=DocStatus.DONE)
    start, end = WORDS[0]
    span = make_span(doc.text, start, end, "CUE", origin="manual")
    apply_edit(doc.text, ann, AddSpan(span), default_schema())
    path = tmp_path / "x.json"
    path.write_text(json.dumps(json.loads(encode_annotations(ann))), encoding="utf-8")
    assert summary_from_layout(path.read_bytes()) is None  # one line: not the layout
    status, counts, st_ = read_summary(str(path))
    assert (status, counts, st_.st_size) == ("done", {"accepted": 1}, path.stat().st_size)


def test_read_annotations_of_checks_document_and_text(tmp_path: Path):
    doc = _doc()
    path = tmp_path / "x.json"
    assert read_annotations_of(path, doc) is None
    ann = AnnotationSet(document_id=doc.id, annotator="a", text_sha256=doc.sha256)
    path.write_bytes(encode_annotations(ann))
    found = read_annotations_of(path, doc)
    assert found is not None and found[1] == path.read_bytes()
    with pytest.raises(ReadError, match="belongs to document"):
        read_annotations_of(path, Document(id="other", text=TEXT))
    with pytest.raises(HashMismatchError):
        read_annotations_of(path, Document(id=doc.id, text=TEXT + "!"))


def test_document_record_round_trip_and_checks():
    doc = Document(id="d", text=TEXT, meta={"title": "t"})
    assert document_from_dict(document_record(doc)) == doc
    extra = document_from_dict({**document_record(doc), "future": 1})
    assert extra.meta["_extra"] == {"future": 1}
    with pytest.raises(FormatProblem, match="SHA-256"):
        document_from_dict({**document_record(doc), "text": TEXT + "!"})
    with pytest.raises(FormatProblem, match="string 'id'"):
        document_from_dict({"id": 3, "text": TEXT})


# ------------------------------------------------------------------ index


def test_index_lists_what_is_on_disk_and_names_what_it_cannot_read(project: Project):
    doc = _doc()
    project.add_document(doc)
    project.save_annotations(AnnotationSet(document_id=doc.id, annotator="tester",
                                           text_sha256=doc.sha256, status=DocStatus.DONE))
    broken = project.path / "documents" / "broken.json"
    broken.write_text("{", encoding="utf-8")
    index = DocumentIndex(project.path, safe_stem, WriteGuard(project.path))
    [entry] = index.entries()
    assert (entry.id, entry.chars, entry.status_for("tester")) == (doc.id, len(TEXT),
                                                                   DocStatus.DONE)
    assert list(index.unreadable) == [broken]
    assert index.unreadable_lines()[0].startswith(f"{broken}: not valid JSON")
    assert (project.path / INDEX_FILE).is_file()
    again = DocumentIndex(project.path, safe_stem, WriteGuard(project.path))
    assert again.entry(doc.id) == entry  # from the cache, equal to a fresh read


def test_index_soundness_refuses_every_field_of_the_wrong_shape() -> None:
    from annotator.formats.migrations import index_is_sound

    def index(**changes: object) -> dict:
        entry = {"id": "d", "stem": "d", "title": "", "chars": 3, "sha256": "x",
                 "mtime_ns": 1, "size": 9,
                 "annotations": {"ana": {"status": "done", "spans": {"accepted": 2},
                                         "mtime_ns": 1, "size": 5}}}
        entry.update(changes)
        return {"schema_version": 1, "documents": [entry]}

    assert index_is_sound(index())
    summary = {"status": "done", "spans": {}, "mtime_ns": 1, "size": 5}
    for bad in ({"chars": True}, {"chars": 3.0}, {"id": 7}, {"extra": 1},
                {"annotations": []}, {"annotations": {"ana": {**summary, "size": False}}},
                {"annotations": {"ana": {**summary, "status": "later"}}},
                {"annotations": {"ana": {**summary, "spans": {"accepted": "2"}}}},
                {"annotations": {"ana": {k: v for k, v in summary.items() if k != "size"}}}):
        assert not index_is_sound(index(**bad)), bad
    missing = index()
    del missing["documents"][0]["stem"]
    assert not index_is_sound(missing)
    assert not index_is_sound({"documents": ["not an entry"]})


def test_an_annotator_with_an_arabic_name_is_found_in_the_index_after_reopening(
        tmp_path: Path) -> None:
    """The index keys layers by folder name (a hash for such a name): found in the process
    that wrote the file and in the next one, so a done document is exported."""
    from annotator.formats.export import ExportOptions, export_project

    who = "أمينة"
    project = Project.create(tmp_path / "p", annotator=who)
    doc = Document(id="d", text="قال مصدر أمني")
    project.add_document(doc)
    ann = project.load_annotations(doc)
    apply_edit(doc.text, ann, AddSpan(make_span(doc.text, 4, 8, "ACTOR", origin="model",
                                                status=Status.SUGGESTED)))
    ann.status = DocStatus.DONE
    project.save_annotations(ann)
    for opened in (project, Project.open(project.path, annotator=who)):
        entry = opened.documents()[0]
        assert entry.status_for(who) is DocStatus.DONE
        assert entry.span_counts(who) == {"suggested": 1}
        assert entry.has_layer(who) and not entry.has_layer("someone")
    report = export_project(Project.open(project.path, annotator=who), "jsonl",
                            tmp_path / "out.jsonl", ExportOptions())
    assert report.done == ["d"]
