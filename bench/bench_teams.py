"""Team benchmark (issue 13): agreement and curation over 1,000 documents × 3 annotators × 50 spans.

Annotator ``a1``'s layers come from :mod:`synthetic`; ``a2`` and ``a3`` are
copies with realistic differences (about 10% of spans dropped, 10% with a
moved boundary, 5% relabelled, a few suggestions turned down). Prints the
median of several runs against the goals (agreement ≤ 5 s, curate ≤ 10 s)::

    .venv/bin/python bench/bench_teams.py              # 1,000 documents, 3 runs
    .venv/bin/python bench/bench_teams.py --small      # 50 documents, one run
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import synthetic  # noqa: E402

from annotator.core.model import AnnotationSet, Span  # noqa: E402
from annotator.formats.agreement import project_agreement  # noqa: E402
from annotator.formats.curation import curate  # noqa: E402
from annotator.formats.curation_rules import parse_strategy  # noqa: E402
from annotator.formats.project import Project  # noqa: E402

LABELS = ("ACTOR", "LOCATION", "CLAIM", "CUE")


def _variant(rng: random.Random, ann: AnnotationSet, name: str, text: str) -> AnnotationSet:
    """Another annotator's take on ``ann``: some spans dropped, moved or relabelled."""
    spans: dict[str, Span] = {}
    for span in ann.spans.values():
        roll = rng.random()
        if roll < 0.10:
            continue
        if roll < 0.20 and span.end - span.start > 2:
            end = span.end - 1
            span = span.with_changes(end=end, text=text[span.start:end])
        elif roll < 0.25:
            span = span.with_changes(label=rng.choice([x for x in LABELS if x != span.label]))
        spans[span.id] = span
    rels = {r.id: r for r in ann.relations.values() if r.head in spans and r.tail in spans}
    return AnnotationSet(document_id=ann.document_id, annotator=name,
                         text_sha256=ann.text_sha256, spans=spans, relations=rels,
                         status=ann.status)


def build(path: Path, docs: int, spans: int, chars: int) -> Project:
    """The benchmark project: a1 from synthetic, a2 and a3 as variants of it."""
    project = synthetic.make_project(path, docs, spans, chars, seed=13, annotator="a1")
    rng = random.Random(13)
    for entry in project.documents():
        doc = project.load_document(entry.id)
        base = project.load_annotations(doc, "a1")
        for name in ("a2", "a3"):
            variant = _variant(rng, base, name, doc.text)
            synthetic._write_plain(project.annotations_path(doc.id, name),
                                   synthetic.annotations_file_text(variant))
    return Project.open(path)


def _timed(func, cpu: list[float]) -> float:  # type: ignore[no-untyped-def]
    """Wall-clock seconds of ``func()``; its CPU seconds go to ``cpu`` (the machine may be busy)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    func()
    cpu.append(time.process_time() - start_cpu)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Build the project, time agreement and curation, print medians against the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--spans", type=int, default=50)
    # 1,600 characters per document, as bench_project.py (a typical news article); alpha's
    # cost grows with the characters (its units are code points): --chars 3000 doubles it.
    parser.add_argument("--chars", type=int, default=1600)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true", help="50 documents, one run")
    args = parser.parse_args(argv)
    if args.small:
        args.docs, args.runs = 50, 1
    with tempfile.TemporaryDirectory(prefix="bench-teams-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        build(root / "base", args.docs, args.spans, args.chars)
        print(f"built {args.docs} documents × 3 annotators × {args.spans} spans "
              f"in {time.perf_counter() - start:.1f} s")
        agree: list[float] = []
        curate_first: list[float] = []
        curate_again: list[float] = []
        cpu: dict[str, list[float]] = {"agreement": [], "first": [], "again": []}
        majority = parse_strategy("majority")
        for run in range(args.runs):
            project = Project.open(root / "base")
            agree.append(_timed(lambda p=project: project_agreement(p), cpu["agreement"]))
            copy = root / f"run{run}"
            shutil.copytree(root / "base", copy)
            project = Project.open(copy)
            curate_first.append(_timed(lambda p=project: curate(p, "gold", majority),
                                       cpu["first"]))
            project = Project.open(copy)
            curate_again.append(_timed(lambda p=project: curate(p, "gold", majority),
                                       cpu["again"]))
        result = project_agreement(Project.open(root / "base"))
        pair = result.pairs[0]
        print(f"(a1 vs a2: exact_f1 ALL {pair['exact_f1']['ALL']:.3f}, overlap_f1 ALL "
              f"{pair['overlap_f1']['ALL']:.3f}, {len(result.disagreements)} disagreements)")
        rows = (("agreement", agree, cpu["agreement"], 5.0),
                ("curate (first run)", curate_first, cpu["first"], 10.0),
                ("curate (re-run)", curate_again, cpu["again"], 10.0))
        for what, times, cpu_times, goal in rows:
            median = statistics.median(times)
            verdict = "ok" if median <= goal else "SLOW"
            print(f"{what:<20} median {median:6.2f} s wall, {statistics.median(cpu_times):6.2f} s "
                  f"CPU over {len(times)} runs (goal ≤ {goal:.0f} s): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
