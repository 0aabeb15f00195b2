"""Export benchmark: jsonl, conll and hf export of a synthetic project, peak memory, and spaCy.

Goals for 10,000 documents / ~30 MB / 500,000 spans: jsonl <= 2.5 s (issue 14;
issue 5 asked 5 s), conll <= 15 s and <= 0.7x spaCy (issue 14), hf <= 15 s,
peak memory <= 1 GB. The same run times spaCy's
``blank("ar")`` tokenizer plus ``offsets_to_biluo_tags`` on the same
documents and spans and prints its ratio to our CoNLL export (both views, the
default, and ``conll-word``: the word view alone, one file, ``--view word``, which
is spaCy's job of one tokenisation and its tags), with the number of spans
spaCy's tokens cannot align (its tokenizer keeps ``والجزائر`` whole)::

    .venv/bin/python bench/bench_export.py                # 10,000 documents
    .venv/bin/python bench/bench_export.py --docs 500     # a quick run
    .venv/bin/python bench/bench_export.py --keep /tmp/p  # keep (and reuse) the project
    .venv/bin/python bench/bench_export.py --repeat 3     # medians of three runs

Each export runs in its own process, so its peak resident memory (``ru_maxrss``)
is its own; exports of 1,000 documents or more also use worker processes
(:mod:`annotator.formats.codecs.parallel`), whose CPU time and peak memory
are counted too. Times are wall-clock; CPU is the total over all processes.
Every document and every span is exported (``--documents all`` with
suggestions), the worst case.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

from annotator.formats.codecs.parallel import workers  # noqa: E402
from annotator.formats.export import ExportOptions, export_project  # noqa: E402
from annotator.formats.project import Project  # noqa: E402

ANNOTATOR = "bench"
GOALS = {"jsonl": 2.5, "conll": 15.0, "conll-word": 15.0, "hf": 15.0}  # jsonl: issue 14
#: Issue 14: our CoNLL export at most this many times spaCy's blank("ar") + biluo tags.
CONLL_TO_SPACY_GOAL = 0.7
MEMORY_GOAL_MIB = 1024


def _options() -> ExportOptions:
    return ExportOptions(documents="all", include_suggestions=True, annotator=ANNOTATOR)


def run_one(project_path: Path, fmt: str, out: Path) -> dict[str, float]:
    """Export once in this process; return seconds, spans and peak RSS (MiB).

    ``conll-word`` is the CoNLL export of the word view alone, as one file
    (``--view word``): spaCy's job, one tokenisation and its tags.
    """
    project = Project.open(project_path, annotator=ANNOTATOR)
    project.documents()  # the index is read (and cached) before timing, as the app has it
    options = _options()
    if fmt == "conll-word":
        fmt, options = "conll", replace(options, view="word")
    start, cpu = time.perf_counter(), time.process_time()
    report = export_project(project, fmt, out, options)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # export workers, when it used them
    return {"seconds": seconds, "cpu": cpu + kids.ru_utime + kids.ru_stime, "main_cpu": cpu,
            "docs": len(report.done), "spans": report.counts.get("spans", 0),
            "rss_mib": me.ru_maxrss / 1024, "worker_rss_mib": kids.ru_maxrss / 1024}


def run_spacy(project_path: Path) -> dict[str, float]:
    """spaCy blank("ar") tokenizer + offsets_to_biluo_tags on every document (entities only).

    The same loop, on the same records already in memory, times our own
    in-memory work beside it (like for like: neither reads nor writes files):
    ``word_cpu`` our word view and its entity tag columns (spaCy's job: one
    tokenisation, one tag sequence), ``render_cpu`` everything our CoNLL writer
    does per document (both views, entity and claim columns, sentences, UTF-8).
    """
    import spacy
    from spacy.training import offsets_to_biluo_tags

    from annotator.formats.codecs import conll
    from annotator.formats.codecs.selection import CLAIM_LABELS, load_item
    from annotator.formats.codecs.tokenise import _bounds, tag_columns_of, word_view

    nlp = spacy.blank("ar")
    project = Project.open(project_path, annotator=ANNOTATOR)
    spent = cpu = word_cpu = render_cpu = 0.0
    entities = misaligned = docs = 0
    has_claims = any(lab in CLAIM_LABELS for lab in project.schema.label_names)
    for entry in project.documents():
        item = load_item(project, entry.id, ANNOTATOR, _options())
        if item is None:
            continue
        c0 = time.process_time()
        starts, ends = _bounds(word_view(item.text))
        tag_columns_of(starts, ends, [s for s in item.spans if s.label not in CLAIM_LABELS])
        c1 = time.process_time()
        conll.render(item, (has_claims, conll.VIEWS))
        c2 = time.process_time()
        word_cpu += c1 - c0
        render_cpu += c2 - c1
        doc = item.document
        spans = sorted(project.load_annotations(doc, ANNOTATOR).spans.values(),
                       key=lambda s: (-(s.end - s.start), s.start))
        taken: list[tuple[int, int]] = []
        ents = []
        for s in spans:  # the same longest-first non-overlapping choice as our DocBin ents
            if s.label not in CLAIM_LABELS and all(s.end <= a or s.start >= b for a, b in taken):
                taken.append((s.start, s.end))
                ents.append((s.start, s.end, s.label))
        t0, c0 = time.perf_counter(), time.process_time()
        sdoc = nlp.make_doc(doc.text)
        tags = offsets_to_biluo_tags(sdoc, ents, missing="-")
        spent += time.perf_counter() - t0
        cpu += time.process_time() - c0
        docs += 1
        entities += len(ents)
        misaligned += sum(1 for s, e, _ in ents if sdoc.char_span(s, e) is None)
        del tags
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": spent, "cpu": cpu, "docs": docs, "entities": entities,
            "misaligned": misaligned, "rss_mib": rss, "word_cpu": word_cpu,
            "render_cpu": render_cpu}


def _child(args: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _size(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents (10000)")
    parser.add_argument("--spans-per-doc", type=int, default=50)
    parser.add_argument("--chars-per-doc", type=int, default=1600)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--small", action="store_true", help="a quick run (300 documents)")
    parser.add_argument("--workers", type=int,
                        help="export worker processes (0: in-process; default: one per CPU)")
    parser.add_argument("--keep", type=Path, help="project folder to keep and reuse")
    parser.add_argument("--formats", default="jsonl,conll,conll-word,hf")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy comparison")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each export; times are medians (1)")
    parser.add_argument("--child", nargs=3, metavar=("PROJECT", "FORMAT", "OUT"),
                        help=argparse.SUPPRESS)
    parser.add_argument("--child-spacy", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_one(Path(args.child[0]), args.child[1], Path(args.child[2]))))
        return 0
    if args.child_spacy:
        print(json.dumps(run_spacy(args.child_spacy)))
        return 0

    import synthetic

    if args.small and args.docs == 10_000:
        args.docs = 300
    if args.workers is not None:
        os.environ["ANNOTATOR_EXPORT_WORKERS"] = str(args.workers)  # read by the children

    tmp = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        project_path = args.keep or tmp / "project"
        if not (project_path / "project.json").exists():
            t0 = time.perf_counter()
            synthetic.make_project(project_path, args.docs, args.spans_per_doc,
                                   args.chars_per_doc, args.seed, annotator=ANNOTATOR)
            print(f"generated {args.docs:,} documents in {time.perf_counter() - t0:.1f} s",
                  flush=True)
        project = Project.open(project_path, annotator=ANNOTATOR)
        entries = project.documents()
        text_mib = sum((project.path / "documents" / f"{e.stem}.json").stat().st_size
                       for e in entries) / 2**20
        print(f"project: {len(entries):,} documents, {sum(e.chars for e in entries):,} "
              f"characters, document files {text_mib:.1f} MiB", flush=True)
        results: dict[str, dict[str, float]] = {}
        for fmt in args.formats.split(","):
            out = tmp / f"out-{fmt}"
            runs = []
            for _ in range(max(1, args.repeat)):
                runs.append(_child(["--child", str(project_path), fmt, str(out)]))
                if _ < args.repeat - 1:
                    shutil.rmtree(out, ignore_errors=True) if out.is_dir() else out.unlink()
            r = results[fmt] = {key: statistics.median(run[key] for run in runs)
                                for key in runs[0]}
            goal = GOALS.get(fmt)
            verdict = "" if goal is None or args.docs != 10_000 else \
                ("  goal met" if r["seconds"] <= goal else "  GOAL MISSED")
            median = f" median of {len(runs)}" if len(runs) > 1 else ""
            print(f"{fmt:8s} {r['seconds']:7.2f} s{median} (CPU {r['cpu']:.1f} s, "
                  f"{r['main_cpu']:.1f} s of it in the writing process)  {r['docs']:,.0f} docs  "
                  f"{r['spans']:,.0f} spans  output {_size(out):6.1f} MiB  peak RSS "
                  f"{r['rss_mib']:.0f} MiB (each worker <= {r['worker_rss_mib']:.0f} MiB)"
                  f"{'  (goal ' + format(goal, 'g') + ' s)' if goal else ''}{verdict}",
                  flush=True)
            shutil.rmtree(out, ignore_errors=True) if out.is_dir() else out.unlink()
        n_workers = workers()
        peak = max(r["rss_mib"] + n_workers * r["worker_rss_mib"] for r in results.values())
        print(f"peak memory of the exports (main + all workers): {peak:.0f} MiB "
              f"(goal {MEMORY_GOAL_MIB} MiB)"
              f"{'  goal met' if peak <= MEMORY_GOAL_MIB else '  GOAL MISSED'}")
        if not args.no_spacy:
            try:
                s = _child(["--child-spacy", str(project_path)])
            except RuntimeError as err:
                print(f"spaCy comparison skipped: {err}")
            else:
                print(f"spaCy    {s['seconds']:7.2f} s (CPU {s['cpu']:.1f} s)  blank('ar') "
                      f"tokenizer + offsets_to_biluo_tags on {s['docs']:,.0f} docs, "
                      f"{s['entities']:,.0f} entities; {s['misaligned']:,.0f} entities "
                      f"({100 * s['misaligned'] / max(1, s['entities']):.1f}%) do not align "
                      "on its tokens")
                for name, what in (("conll", "both views"), ("conll-word", "word view")):
                    if name not in results:
                        continue
                    ours = results[name]["seconds"] / s["seconds"]
                    print(f"ratio our CoNLL export ({what}, all spans, project read, file "
                          f"written) / spaCy: wall {ours:.2f}, CPU "
                          f"{results[name]['cpu'] / s['cpu']:.2f} (goal <= "
                          f"{CONLL_TO_SPACY_GOAL:g})"
                          f"{'  goal met' if ours <= CONLL_TO_SPACY_GOAL else '  GOAL MISSED'}")
                print(f"like for like, in memory, same records, CPU: our word view + entity "
                      f"tags {s['word_cpu']:.2f} s = {s['word_cpu'] / s['cpu']:.2f}x spaCy; "
                      f"our whole CoNLL rendering (two views, claims, sentences, UTF-8) "
                      f"{s['render_cpu']:.2f} s = {s['render_cpu'] / s['cpu']:.2f}x spaCy")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
