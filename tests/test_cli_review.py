"""Finished work stays finished on the command line: suggest, import, validate, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.model import DocStatus, Status
from annotator.formats.project import Project

UNANNOTATED = "002_22c4a9953928181b"


@pytest.fixture
def sample(sample_copy: Path) -> Path:
    """A copy of the sample project (annotator 'analyst' holds its hand annotations)."""
    return sample_copy


def _pending_by_doc(path: Path) -> dict[str, int]:
    project = Project.open(path, annotator="analyst")
    out = {}
    for entry in project.documents():
        ann = project.load_annotations(project.load_document(entry.id))
        out[entry.id] = sum(1 for s in ann.spans.values() if s.status is Status.SUGGESTED)
    return out


def _done_ids(path: Path) -> set[str]:
    project = Project.open(path, annotator="analyst")
    return {e.id for e in project.documents() if e.status_for("analyst") is DocStatus.DONE}


def test_suggest_leaves_done_documents_alone_and_says_so(cli, sample):
    done = _done_ids(sample)
    assert len(done) == 4 and UNANNOTATED not in done
    result = cli("suggest", sample, "--with", "dictionary", "--annotator", "analyst")
    assert result.returncode == 0, result.stderr
    assert "4 done documents skipped" in result.stdout
    assert "left 4 documents marked done alone (--include-done adds them)" in result.stderr
    pending = _pending_by_doc(sample)
    assert all(pending[d] == 0 for d in done)
    assert pending[UNANNOTATED] > 0


def test_include_done_adds_suggestions_to_done_documents_too(cli, sample):
    result = cli("suggest", sample, "--with", "dictionary", "--annotator", "analyst",
                 "--include-done")
    assert result.returncode == 0, result.stderr
    assert "skipped" not in result.stdout and "marked done" not in result.stderr
    pending = _pending_by_doc(sample)
    assert sum(pending[d] for d in _done_ids(sample)) > 0


def _suggestion_file(path: Path, tmp_path: Path) -> Path:
    """One suggestion of القاهرة or the first word, for every document of the project."""
    project = Project.open(path)
    lines = []
    for entry in project.documents():
        text = project.load_document(entry.id).text
        end = text.index(" ")
        lines.append(json.dumps({"id": entry.id, "origin": "ner@1", "spans": [
            {"start": 0, "end": end, "label": "ACTOR", "text": text[:end], "score": 0.5}]},
            ensure_ascii=False))
    out = tmp_path / "suggestions.jsonl"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def test_import_suggestions_skips_done_documents_unless_asked(cli, sample, tmp_path):
    file = _suggestion_file(sample, tmp_path)
    result = cli("import-suggestions", sample, file, "--annotator", "analyst")
    assert result.returncode == 0, result.stderr
    assert "1 document done" in result.stdout and "4 done documents skipped" in result.stdout
    assert "--include-done adds them" in result.stderr
    pending = _pending_by_doc(sample)
    assert pending[UNANNOTATED] == 1 and all(pending[d] == 0 for d in _done_ids(sample))
    again = cli("import-suggestions", sample, file, "--annotator", "analyst", "--include-done")
    assert again.returncode == 0, again.stderr
    assert "5 documents done" in again.stdout
    assert sum(_pending_by_doc(sample)[d] for d in _done_ids(sample)) >= 1


def test_validate_warns_about_done_documents_with_pending_and_strict_fails(cli, sample):
    clean = cli("validate", sample, "--strict")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert cli("suggest", sample, "--with", "dictionary", "--annotator", "analyst",
               "--include-done").returncode == 0
    warned = cli("validate", sample)
    assert warned.returncode == 0
    lines = [x for x in warned.stdout.splitlines() if x.startswith("warning:")]
    done = _done_ids(sample)
    flagged = {d for d in done if any(d in x for x in lines)}
    expected = {d for d, n in _pending_by_doc(sample).items() if n and d in done}
    assert expected and flagged == expected
    assert all("pending suggestions" in x for x in lines)
    strict = cli("validate", sample, "--strict")
    assert strict.returncode == 1
    assert "--strict makes them fail" in strict.stderr


def test_export_says_how_many_pending_suggestions_it_left_out(cli, sample, tmp_path):
    assert cli("suggest", sample, "--with", "dictionary", "--annotator", "analyst",
               "--include-done").returncode == 0
    pending = _pending_by_doc(sample)
    done = _done_ids(sample)
    spans = sum(pending[d] for d in done)
    docs = sum(1 for d in done if pending[d])
    result = cli("export", sample, "--format", "jsonl", "--out", tmp_path / "gold.jsonl",
                 "--annotator", "analyst")
    assert result.returncode == 0, result.stderr
    assert f"left out {spans} pending suggestions in {docs} of 4 exported documents" \
        in result.stderr
    with_them = cli("export", sample, "--format", "jsonl", "--out", tmp_path / "all.jsonl",
                    "--annotator", "analyst", "--include-suggestions")
    assert with_them.returncode == 0 and "left out" not in with_them.stderr
