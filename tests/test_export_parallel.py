"""Large exports render in worker processes: same bytes as in-process, same safety."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from annotator.core.edits import load_items
from annotator.formats.codecs import parallel
from annotator.formats.errors import ProjectError
from annotator.formats.export import ExportOptions, export_project
from annotator.formats.project import Project
from tests import export_sample
from tests.conftest import REPO


def _files(out: Path) -> dict[str, bytes]:
    if out.is_file():
        return {"": out.read_bytes()}
    files = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    if "README.md" in files and out.joinpath("labels.json").exists():  # the card has a date
        files["README.md"] = b"\n".join(line for line in files["README.md"].split(b"\n")
                                        if not line.startswith(b"- exported "))
    return files


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return export_sample.build(tmp_path_factory.mktemp("parallel") / "sample")


def exports_by_workers_equal_exports_in_process(project: Project, tmp_path: Path) -> None:
    """JSONL, CoNLL and HF exports of ``project`` by worker processes (one document a task)
    are byte for byte the in-process ones, with the same counts and progress."""
    options = ExportOptions(documents="all", include_suggestions=True, split=(0.5, 0.5, 0.0))
    serial = {}
    for fmt in ("jsonl", "conll", "hf"):
        report = export_project(project, fmt, tmp_path / f"serial-{fmt}", options)
        serial[fmt] = (_files(tmp_path / f"serial-{fmt}"), report.done, report.counts)
    saved = parallel.PARALLEL_MIN_DOCS, parallel.CHUNK
    parallel.PARALLEL_MIN_DOCS, parallel.CHUNK = 1, 1
    try:
        seen: list[tuple[int, int]] = []
        for fmt in ("jsonl", "conll", "hf"):
            report = export_project(project, fmt, tmp_path / f"workers-{fmt}", options,
                                    progress=lambda done, total: seen.append((done, total)))
            assert (_files(tmp_path / f"workers-{fmt}"), report.done, report.counts) == \
                serial[fmt]
        assert seen[-1] == (4, 4)
    finally:
        parallel.PARALLEL_MIN_DOCS, parallel.CHUNK = saved


@pytest.mark.skipif(parallel.workers() == 0, reason="one CPU: exports never use workers")
def test_spawned_workers_write_the_same_bytes(sample: Project, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "worker_context", lambda: multiprocessing.get_context("spawn"))
    exports_by_workers_equal_exports_in_process(sample, tmp_path)


_FORKED = textwrap.dedent("""
    import sys
    from pathlib import Path
    from annotator.formats.codecs import parallel
    from annotator.formats.project import Project
    from tests.test_export_parallel import exports_by_workers_equal_exports_in_process
    assert parallel.worker_context().get_start_method() == "fork"
    exports_by_workers_equal_exports_in_process(Project.open(sys.argv[1]), Path(sys.argv[2]))
""")


@pytest.mark.skipif(parallel.workers() == 0 or not sys.platform.startswith("linux"),
                    reason="workers are forked only on Linux with more than one CPU")
def test_forked_workers_write_the_same_bytes(sample: Project, tmp_path: Path) -> None:
    """Run where the CLI runs them: a process with no other thread (this one has Qt's)."""
    result = subprocess.run([sys.executable, "-c", _FORKED, str(sample.path), str(tmp_path)],
                            capture_output=True, text=True, cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr


_THREADS_DECIDE = textwrap.dedent("""
    import threading
    from annotator.formats.codecs import parallel
    assert parallel._threads() == 1
    assert parallel.worker_context().get_start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    assert parallel.worker_context().get_start_method() == "spawn"
    stop.set()
    other.join()
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork only on Linux")
def test_workers_are_forked_only_while_this_process_runs_no_other_thread() -> None:
    if parallel._threads() != 1:  # this test process (Qt's threads, say): never fork
        assert parallel.worker_context().get_start_method() == "spawn"
    result = subprocess.run([sys.executable, "-c", _THREADS_DECIDE], capture_output=True,
                            text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(parallel.workers() == 0, reason="one CPU: exports never use workers")
def test_a_bad_span_found_by_a_worker_aborts_cleanly(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    project = export_sample.build(tmp_path / "sample")
    doc = project.load_document("doc-1")
    ann = project.load_annotations(doc)
    span = next(iter(ann.spans.values()))
    load_items(ann, spans=[span.with_changes(text="x")])
    project.save_annotations(ann)
    monkeypatch.setattr(parallel, "PARALLEL_MIN_DOCS", 1)
    with pytest.raises(ProjectError, match=f"doc-1.*{span.id}"):
        export_project(project, "conll", tmp_path / "out", ExportOptions())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample"]


@pytest.mark.parametrize("min_docs", [10**9, 1], ids=["in-process", "workers"])
def test_an_annotation_file_only_a_full_read_finds_damaged_is_refused_or_skipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, min_docs: int) -> None:
    """Found by the fuzz suite: Infinity in an attribute reached the export as Infinity.
    The listing reads a summary, so the damage shows when the export reads the file."""
    if min_docs == 1 and parallel.workers() == 0:
        pytest.skip("one CPU: exports never use workers")
    project = export_sample.build(tmp_path / "sample")
    path = project.annotations_path("doc-1")
    path.write_text(path.read_text(encoding="utf-8").replace(
        '"attributes": {}', '"attributes": {"id": Infinity}', 1), encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_MIN_DOCS", min_docs)
    options = ExportOptions(documents="all")
    with pytest.raises(ProjectError, match="Infinity is not a JSON number.*--skip-unreadable"):
        export_project(project, "jsonl", tmp_path / "out.jsonl", options)
    assert not (tmp_path / "out.jsonl").exists()
    report = export_project(project, "jsonl", tmp_path / "out.jsonl",
                            ExportOptions(documents="all", skip_unreadable=True))
    assert "doc-1" not in report.done and len(report.done) == 3
    assert [str(p.path) for p in report.problems] == [str(path)]
    assert "Infinity" not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")
