"""Import and command-line benchmark: .txt folder import, JSONL import, CLI start-up.

    .venv/bin/python bench/bench_import.py              # 10,000 documents
    .venv/bin/python bench/bench_import.py --small      # 1,000 documents
    .venv/bin/python bench/bench_import.py --docs 3000
    .venv/bin/python bench/bench_import.py --gold-only --repeat 3   # gold JSONL import only

The gold JSONL step (issue 14: 10,000 documents, ~80 MB, 500,000 spans,
goal <= 10 s) exports a synthetic project (``bench/synthetic.py``, 50 spans a
document, suggestions included) as gold JSONL and times ``import_paths`` of
that file into a new project, as ``annotator import`` does; ``--profile``
prints where the time goes (cProfile, top 25 by cumulative time).

Prints one line per figure. There are no pass/fail goals here, only figures
to compare between versions. Synthetic Arabic text comes from
``bench/synthetic.py``; a tenth of the .txt files have CRLF line endings and
a BOM, so canonicalisation is measured too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from synthetic import _Pool, make_text  # noqa: E402

from annotator.formats import atomic  # noqa: E402
from annotator.formats.export import ExportOptions, export_project  # noqa: E402
from annotator.formats.importers import import_paths  # noqa: E402
from annotator.formats.project import Project  # noqa: E402
from annotator.formats.write_guard import FileCreator  # noqa: E402


def _texts(n: int, chars: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = _Pool.make(rng)
    return [make_text(rng, pool, chars) for _ in range(n)]


def _timed(label: str, func, unit_count: int, unit: str) -> float:
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    rate = unit_count / seconds if seconds else float("inf")
    print(f"{label:<46} {seconds:8.2f} s  ({rate:,.0f} {unit}/s)")
    return result


GOLD_GOAL_S = 10.0


def gold_import(root: Path, n: int, spans_per_doc: int, chars: int, seed: int, repeat: int,
                profile: bool) -> None:
    """Time the import of a gold JSONL export of a synthetic project (median of ``repeat``)."""
    import synthetic

    source = synthetic.make_project(root / "gold-source", n, spans_per_doc, chars, seed)
    gold = root / "gold.jsonl"
    export_project(source, "jsonl", gold, ExportOptions(documents="all",
                                                        include_suggestions=True,
                                                        annotator="bench"))
    size = gold.stat().st_size / 1e6
    if hasattr(os, "sync"):
        os.sync()  # the generated files are not the import's to flush
    times, cpus, syncs, mains, writes = [], [], [], [], []
    spent = [0.0]  # time this process spends in FileCreator.create (every stored file)
    real_create = FileCreator.create

    def timed_create(self: FileCreator, path: Path, data: bytes, digest: str) -> None:
        t0 = time.perf_counter()  # thread_time() costs ~40 us a call here: it would distort
        try:
            real_create(self, path, data, digest)
        finally:
            spent[0] += time.perf_counter() - t0

    FileCreator.create = timed_create  # type: ignore[method-assign]
    real_sync = getattr(atomic, "_sync_all", None)  # absent before issue 14

    def timed_sync(folders: set[Path]) -> None:  # how much of it is the one sync at the end
        t0 = time.perf_counter()
        real_sync(folders)
        syncs.append(time.perf_counter() - t0)

    if real_sync is not None:
        atomic._sync_all = timed_sync
    for run in range(max(1, repeat)):
        project = Project.create(root / f"gold-{run}", annotator="bench")
        spent[0] = 0.0
        start, cpu, main = time.perf_counter(), _cpu(), _cpu(children=False)
        if profile and run == 0:
            import cProfile
            import pstats
            prof = cProfile.Profile()
            report = prof.runcall(import_paths, project, [gold])
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        else:
            report = import_paths(project, [gold])
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
        mains.append(_cpu(children=False) - main)
        writes.append(spent[0])
        assert len(report.done) == n, report.problems[:3]
        if hasattr(os, "sync"):
            os.sync()  # a fair start for the next run
        spans = report.counts.get("spans", 0)
    if real_sync is not None:
        atomic._sync_all = real_sync
    FileCreator.create = real_create  # type: ignore[method-assign]
    median = statistics.median(times)
    verdict = "" if n != 10_000 else ("  goal met" if median <= GOLD_GOAL_S else "  GOAL MISSED")
    print(f"{f'import gold JSONL {n:,} docs, {size:.0f} MB, {spans:,} spans':<46} "
          f"{median:8.2f} s  median of {len(times)} (min {min(times):.2f}, max "
          f"{max(times):.2f}; goal {GOLD_GOAL_S:g} s){verdict}; CPU "
          f"{statistics.median(cpus):.1f} s (workers included), final sync "
          f"{statistics.median(syncs) if syncs else 0:.2f} s", flush=True)
    # The calling process stores every file itself, in order: its CPU is a floor for the wall.
    print(f"{'  of the CPU: the storing process':<46} {statistics.median(mains):8.2f} s, "
          f"{statistics.median(writes):.2f} s (wall) of it creating files "
          f"({1000 * statistics.median(writes) / max(1, 2 * n):.2f} ms a file)", flush=True)


def _cpu(children: bool = True) -> float:
    """CPU seconds of this process and (``children``) its finished children (import workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    if not children:
        return me.ru_utime + me.ru_stime
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--chars-per-doc", type=int, default=1600)
    parser.add_argument("--small", action="store_true", help="1,000 documents")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spans-per-doc", type=int, default=50, help="gold step (50)")
    parser.add_argument("--gold-only", action="store_true", help="only the gold JSONL step")
    parser.add_argument("--no-gold", action="store_true", help="skip the gold JSONL step")
    parser.add_argument("--repeat", type=int, default=1, help="gold step runs (median)")
    parser.add_argument("--profile", action="store_true", help="profile the gold step")
    args = parser.parse_args(argv)
    n = 1000 if args.small else args.docs
    if args.gold_only:
        with tempfile.TemporaryDirectory() as tmp:
            gold_import(Path(tmp), n, args.spans_per_doc, args.chars_per_doc, args.seed,
                        args.repeat, args.profile)
        return 0
    texts = _texts(n, args.chars_per_doc, args.seed)
    print(f"bench_import: {n:,} documents x ~{args.chars_per_doc} characters")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "txt"
        for i, text in enumerate(texts):
            sub = folder / f"batch{i // 1000:03}"
            sub.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            if i % 10 == 0:
                data = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
            (sub / f"doc{i:06}.txt").write_bytes(data)
        jsonl = root / "docs.jsonl"
        with open(jsonl, "w", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": f"j{i:06}", "text": text,
                                         "meta": {"source": "bench"}}, ensure_ascii=False))
                handle.write("\n")

        project = Project.create(root / "p1")
        report = _timed(f"import {n:,} .txt files (folder)",
                        lambda: import_paths(project, [folder]), n, "docs")
        assert len(report.done) == n, report.problems[:3]
        project = Project.create(root / "p2")
        report = _timed(f"import {n:,} JSONL records",
                        lambda: import_paths(project, [jsonl]), n, "docs")
        assert len(report.done) == n, report.problems[:3]
        report = _timed(f"re-import {n:,} JSONL records (duplicates)",
                        lambda: import_paths(project, [jsonl]), n, "records")
        assert len(report.problems) == n

        times = []
        for _ in range(5):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "annotator", "--version"], check=True,
                           capture_output=True, cwd=Path(__file__).resolve().parent.parent)
            times.append(time.perf_counter() - start)
        print(f"{'CLI start-up (annotator --version)':<46} "
              f"{statistics.median(times) * 1000:8.0f} ms (median of 5)")
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "annotator", "validate", str(root / "p2")],
                                capture_output=True, text=True,
                                cwd=Path(__file__).resolve().parent.parent)
        print(f"{f'CLI validate {n:,} docs (no annotations)':<46} "
              f"{time.perf_counter() - start:8.2f} s  -> {result.stdout.strip()}")
        if not args.no_gold:
            gold_import(root, n, args.spans_per_doc, args.chars_per_doc, args.seed,
                        args.repeat, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
