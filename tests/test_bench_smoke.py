"""Smoke tests of the benchmark harness: it runs, prints its table, and writes what Project writes.

No timing is asserted here; the figures are for people (see bench/README.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.edits import AddRelation, AddSpan, apply_edit
from annotator.core.model import AnnotationSet, Status
from annotator.core.text import span_problem
from annotator.formats.project import Project

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import synthetic  # noqa: E402

_TINY = ["--docs", "20", "--save-spans", "200", "--runs", "1", "--save-runs", "3",
         "--no-tracemalloc"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300,
                          cwd=BENCH.parent)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".cache" not in p.parts and p.name != ".annotator.lock"}


def test_bench_project_runs_and_prints_every_line(tmp_path: Path) -> None:
    result = _run(str(BENCH / "bench_project.py"), *_TINY, "--keep", str(tmp_path / "k"))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for needle in ("project size", "20 documents, 1,000 spans",
                   "list 20 docs cold (no index)", "list 20 docs warm (index)",
                   "save 1 doc, 200 spans", "validate 20 docs", "export 20 docs to JSONL",
                   "peak RSS (whole run)", "peak RSS, export alone", "CPU",
                   "benchmark", "verdict"):
        assert needle in out, f"{needle!r} missing from:\n{out}"
    assert "Traceback" not in result.stderr
    # The kept project is reused when the sizes match.
    again = _run(str(BENCH / "bench_project.py"), *_TINY, "--keep", str(tmp_path / "k"))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "reused the project" in again.stdout


def test_bench_project_rejects_bad_sizes() -> None:
    result = _run(str(BENCH / "bench_project.py"), "--docs", "0")
    assert result.returncode == 2
    assert "sizes must be positive" in result.stderr


def test_run_all_passes_flags_and_reports(tmp_path: Path) -> None:
    result = _run(str(BENCH / "run_all.py"), "--only", "bench_project", "--docs", "5", "--",
                  "--save-spans", "50", "--runs", "1", "--save-runs", "2", "--no-tracemalloc")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "=== bench_project.py --docs 5 --save-spans 50" in result.stdout
    assert "list 5 docs cold" in result.stdout
    assert "bench_project.py: ok" in result.stdout


def test_fast_writer_matches_project_api_byte_for_byte(tmp_path: Path) -> None:
    synthetic.make_project(tmp_path / "fast", 12, 40, 800, seed=7, fast=True)
    synthetic.make_project(tmp_path / "api", 12, 40, 800, seed=7, fast=False)
    fast, api = _files(tmp_path / "fast"), _files(tmp_path / "api")
    assert len(api) == 1 + 1 + 12 * 2  # project.json, .gitignore, documents, annotations
    assert fast == api


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    for name, seed in (("a", 1), ("b", 1), ("c", 2)):
        synthetic.make_project(tmp_path / name, 5, 30, 600, seed=seed)
    a, b, c = (_files(tmp_path / n) for n in "abc")
    assert a == b
    assert a != c


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_synthetic_annotations_pass_every_edit_check(tmp_path: Path, seed: int) -> None:
    project = synthetic.make_project(tmp_path / "p", 8, 60, 1500, seed=seed)
    texts = []
    nested = overlapping = suggested = rejected = sources = 0
    for entry in project.documents():
        doc = project.load_document(entry.id)
        ann = project.load_annotations(doc)
        texts.append(doc.text)
        assert len(ann.spans) == 60
        # Rebuild through apply_edit with the schema: boundaries, texts, labels,
        # attributes, duplicates and relation ends are all checked there.
        fresh = AnnotationSet(doc.id, ann.annotator, doc.sha256)
        for span in ann.sorted_spans():
            assert span_problem(doc.text, span.start, span.end) is None
            apply_edit(doc.text, fresh, AddSpan(span), project.schema)
        for rel in ann.relations.values():
            apply_edit(doc.text, fresh, AddRelation(rel), project.schema)
        spans = ann.sorted_spans()
        for x in spans:
            suggested += x.status is Status.SUGGESTED
            rejected += x.status is Status.REJECTED
            if x.status is not Status.ACCEPTED:
                assert x.origin and x.score is not None
            for y in spans:
                if (x.start, x.end) != (y.start, y.end):
                    nested += x.start <= y.start and y.end <= x.end
                    overlapping += x.start < y.start < x.end < y.end
        sources += sum(r.type == "SOURCE" for r in ann.relations.values())
    assert nested and overlapping and suggested and rejected and sources
    text = "".join(texts)
    for hazard in ("\u064e", "\u0640", "لا", "\n\n", "«"):
        assert hazard in text, f"no {hazard!r} in the synthetic text"
    assert any(ord(ch) > 0xFFFF for ch in text), "no emoji (astral characters)"
    assert any("\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9" for ch in text)
    assert any(ch.isascii() and ch.isalpha() for ch in text)
    assert any(e.id != e.stem for e in project.documents()), "no id needing a safe file name"


def test_synthetic_project_lists_and_reopens(tmp_path: Path) -> None:
    project = synthetic.make_project(tmp_path / "p", 60, 10, 300, seed=4)  # fast path
    entries = Project.open(tmp_path / "p").documents()
    assert len(entries) == 60 == len(project.documents())
    assert all(sum(e.span_counts("bench").values()) == 10 for e in entries)


def test_synthetic_cli_refuses_an_existing_project(tmp_path: Path) -> None:
    first = _run(str(BENCH / "synthetic.py"), str(tmp_path / "p"), "--docs", "2")
    assert first.returncode == 0, first.stderr
    second = _run(str(BENCH / "synthetic.py"), str(tmp_path / "p"), "--docs", "2")
    assert second.returncode == 1
    assert "already holds a project" in second.stderr
    assert "Traceback" not in second.stderr


def test_bench_workspace_small_prints_every_figure() -> None:
    result = _run(str(BENCH / "bench_workspace.py"), "--small")
    assert result.returncode == 0, result.stdout + result.stderr
    for needle in ("open document in the window", "background layout finished",
                   "tag a selection until painted", "undo until painted",
                   "scroll frame in the window", "autosave write", "resident memory",
                   "captions on, all arcs on", "render the whole document to PDF"):
        assert needle in result.stdout, f"{needle!r} missing from:\n{result.stdout}"
    assert "no repaint after tag" not in result.stdout  # every tag reached the screen


def test_bench_effort_replays_the_analyst_and_every_gold_span_ends_up_accepted() -> None:
    result = subprocess.run([sys.executable, str(BENCH / "bench_effort.py"), "--docs", "3"],
                            capture_output=True, text=True, timeout=300, cwd=BENCH.parent,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    first = result.stdout.splitlines()[0]
    gold = int(first.split(", ")[1].split()[0])  # "... 3 held-out paragraphs ..., N gold spans"
    assert result.stdout.count(f"'gold present': {gold}") == 2  # both modes did the work
    assert "keys per gold span" in result.stdout and "coverage" in result.stdout
