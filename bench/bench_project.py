"""Project-store benchmark: listing, saving, validating, exporting, peak memory.

Prints one table line per figure with its goal (issue 2, item 8) and a verdict::

    .venv/bin/python bench/bench_project.py                 # 10,000 documents
    .venv/bin/python bench/bench_project.py --small         # a quick run
    .venv/bin/python bench/bench_project.py --keep /tmp/b   # keep (and reuse) the project

Figures are medians over several runs where a run is cheap. Verdicts compare
against goals stated for 10,000 documents; at other sizes they are indicative.
The exit status is 0 when every step ran (goals missed or not), 1 when a step
failed outright (for example the listing returned the wrong number of
documents), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from annotator.core.edits import apply_edit, set_status  # noqa: E402
from annotator.core.model import Status  # noqa: E402
from annotator.formats.errors import ProjectError  # noqa: E402
from annotator.formats.project import INDEX_FILE, Project  # noqa: E402

GOAL_DOCS = 10_000
ANNOTATOR = "bench"  # who made the synthetic annotations (bench/synthetic.py)


@dataclass
class Row:
    """One line of the result table."""

    name: str
    figure: str
    goal: str = ""
    verdict: str = ""


class Table:
    """Collects rows, prints each as it comes (long runs show progress) and again at the end."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.failed = False

    def add(self, name: str, figure: str, goal: str = "", verdict: str = "") -> None:
        row = Row(name, figure, goal, verdict)
        self.rows.append(row)
        print(f"  .. {name}: {figure} {verdict}".rstrip(), flush=True)

    def timing(self, name: str, runs: list[Timing], goal_s: float | None) -> None:
        """A timed step: wall-clock median (the verdict) and CPU median (steadier under load;
        it includes worker processes, so it can exceed the wall time)."""
        walls = [t.wall for t in runs]
        med = statistics.median(walls)
        figure = _fmt_seconds(med)
        if len(runs) > 1:
            figure += f" (median of {len(runs)}, min {_fmt_seconds(min(walls))}, " \
                      f"max {_fmt_seconds(max(walls))})"
        figure += f"; CPU {_fmt_seconds(statistics.median(t.cpu for t in runs))}"
        goal = f"<= {_fmt_seconds(goal_s)}" if goal_s is not None else ""
        verdict = "" if goal_s is None else ("ok" if med <= goal_s else "MISS")
        self.add(name, figure, goal, verdict)

    def fail(self, name: str, message: str) -> None:
        self.failed = True
        self.add(name, f"failed: {message}", "", "FAIL")

    def print(self) -> None:
        w_name = max(len(r.name) for r in self.rows)
        w_fig = max(len(r.figure) for r in self.rows)
        w_goal = max(len(r.goal) for r in self.rows)
        print()
        print(f"{'benchmark'.ljust(w_name)}  {'figure'.ljust(w_fig)}  {'goal'.ljust(w_goal)}  "
              "verdict")
        print("-" * (w_name + w_fig + w_goal + 13))
        for r in self.rows:
            print(f"{r.name.ljust(w_name)}  {r.figure.ljust(w_fig)}  {r.goal.ljust(w_goal)}  "
                  f"{r.verdict}".rstrip())


def _fmt_seconds(s: float) -> str:
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _folder_mib(path: Path) -> float:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total / 2**20


class Timing(NamedTuple):
    """Wall-clock seconds, and CPU seconds of this process and the workers it waited for."""

    wall: float
    cpu: float


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # e.g. export worker processes
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _time(fn: Callable[[], Any]) -> tuple[Timing, Any]:
    t0, c0 = time.perf_counter(), _cpu()
    value = fn()
    return Timing(time.perf_counter() - t0, _cpu() - c0), value


# ------------------------------------------------------------------ steps


def prepare(args: argparse.Namespace, root: Path, table: Table) -> Path:
    """Generate the project in ``root/project`` (or reuse it when --keep holds the same one)."""
    params = {"docs": args.docs, "spans_per_doc": args.spans_per_doc,
              "chars_per_doc": args.chars_per_doc, "seed": args.seed,
              "save_spans": args.save_spans}
    marker = root / "params.json"
    path = root / "project"
    if marker.exists() and json.loads(marker.read_text()) == params and \
            (path / "project.json").exists() and (root / "big" / "project.json").exists():
        table.add("generate", "reused the project kept in " + str(root))
        return path
    for old in (path, root / "big", marker):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()
    root.mkdir(parents=True, exist_ok=True)
    # In child processes, so that the peak RSS figures below are the benchmark's own.
    script = str(Path(__file__).resolve().parent / "synthetic.py")
    seconds, _ = _time(lambda: subprocess.run(
        [sys.executable, script, str(path), "--docs", str(args.docs),
         "--spans-per-doc", str(args.spans_per_doc), "--chars-per-doc", str(args.chars_per_doc),
         "--seed", str(args.seed)], check=True))
    table.add("generate project", f"{_fmt_seconds(seconds.wall)} (in a child process)")
    subprocess.run([sys.executable, script, str(root / "big"), "--big-spans",
                    str(args.save_spans), "--seed", str(args.seed)], check=True)
    marker.write_text(json.dumps(params))
    return path


def describe(path: Path, table: Table) -> None:
    """Size of the project: documents, spans, relations, characters, megabytes."""
    entries = Project.open(path, annotator=ANNOTATOR).documents()
    spans = sum(sum(e.span_counts(ANNOTATOR).values()) for e in entries)
    chars = sum(e.chars for e in entries)
    table.add("project size", f"{len(entries):,} documents, {spans:,} spans, "
                              f"{chars:,} characters, "
                              f"{_folder_mib(path):.1f} MiB of files")


def bench_listing(path: Path, n_docs: int, table: Table, runs: int) -> None:
    """Open the project and list it, without the index cache and with it."""
    index = path / INDEX_FILE

    def listing() -> int:
        return len(Project.open(path, annotator=ANNOTATOR).documents())

    cold: list[Timing] = []
    for _ in range(runs):
        index.unlink(missing_ok=True)
        seconds, count = _time(listing)
        cold.append(seconds)
        if count != n_docs:
            table.fail("list (cold)", f"listed {count} documents, expected {n_docs}")
            return
    table.timing(f"list {n_docs:,} docs cold (no index)", cold, 1.0)
    if not index.exists():
        table.fail("list (warm)", f"no {INDEX_FILE} was written by the listing")
        return
    warm = [_time(listing)[0] for _ in range(max(runs, 5))]
    table.timing(f"list {n_docs:,} docs warm (index)", warm, 1.0)


def bench_save(big: Path, table: Table, runs: int) -> None:
    """Change one span of the big document and save its annotations, ``runs`` times."""
    project = Project.open(big, annotator=ANNOTATOR)
    entry = project.documents()[0]
    doc = project.load_document(entry.id)
    ann = project.load_annotations(doc)
    if not ann.spans:
        table.fail("save", f"no spans by {ANNOTATOR!r} in {big}")
        return
    live = [s.id for s in ann.sorted_spans() if s.status is not Status.REJECTED]
    times: list[Timing] = []
    for i in range(runs):
        # A typical review step: accept a suggestion, or send an accepted span back.
        span = ann.spans[live[i * 7919 % len(live)]]
        status = Status.SUGGESTED if span.status is Status.ACCEPTED else Status.ACCEPTED
        apply_edit(doc.text, ann, set_status(span, status), project.schema)
        times.append(_time(lambda: project.save_annotations(ann))[0])
    size = project.annotations_path(doc.id).stat().st_size / 2**20
    table.timing(f"save 1 doc, {len(ann.spans):,} spans ({size:.1f} MiB)", times, 0.050)


def _optional(module: str, *names: str) -> list[Any] | None:
    try:
        mod = importlib.import_module(module)
        return [getattr(mod, n) for n in names]
    except (ImportError, AttributeError):
        return None


def _problems(result: Any) -> list[Any]:
    """The problems in whatever validate_project returns (a Report, a list, ...)."""
    if result is None:
        return []
    if hasattr(result, "problems"):
        return list(result.problems)
    if isinstance(result, (list, tuple)):
        return list(result)
    return []


def bench_validate(path: Path, n_docs: int, table: Table, runs: int) -> None:
    """``annotator.formats.validate.validate_project`` over the whole project."""
    name = f"validate {n_docs:,} docs"
    found = _optional("annotator.formats.validate", "validate_project")
    if found is None:
        table.add(name, "validate: not available yet", "<= 5.00 s", "n/a")
        return
    (validate_project,) = found
    times: list[Timing] = []
    problems: list[Any] = []
    for _ in range(runs):
        project = Project.open(path, annotator=ANNOTATOR)
        try:
            seconds, result = _time(partial(validate_project, project))
        except Exception as err:  # another engineer's code: report, keep going
            table.fail(name, f"{type(err).__name__}: {err}")
            return
        times.append(seconds)
        problems = _problems(result)
    table.timing(name, times, 5.0)
    if problems:
        table.fail("validate result", f"{len(problems)} problems in a valid synthetic project, "
                                      f"first: {problems[0]}")


def bench_export(path: Path, n_docs: int, table: Table, runs: int, out_dir: Path,
                 trace: bool) -> None:
    """``export_project(project, "jsonl", out, ExportOptions(documents="all"))``."""
    name = f"export {n_docs:,} docs to JSONL"
    found = _optional("annotator.formats.export", "export_project", "ExportOptions")
    if found is None:
        table.add(name, "export: not available yet", "<= 5.00 s", "n/a")
        return
    export_project, options_cls = found
    out = out_dir / "export.jsonl"

    def run() -> Any:
        project = Project.open(path, annotator=ANNOTATOR)
        return export_project(project, "jsonl", out, options_cls(documents="all"))

    times: list[Timing] = []
    for _ in range(runs):
        out.unlink(missing_ok=True)
        try:
            times.append(_time(run)[0])
        except Exception as err:  # another engineer's code: report, keep going
            table.fail(name, f"{type(err).__name__}: {err}")
            return
    table.timing(name, times, 5.0)
    lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
    if lines != n_docs:
        table.fail("export result", f"{lines} lines written, expected {n_docs}")
    else:
        table.add("export file size", f"{out.stat().st_size / 2**20:.1f} MiB")
    if trace:
        out.unlink(missing_ok=True)
        tracemalloc.start()
        try:
            seconds, _ = _time(run)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        table.add("export: tracemalloc peak", f"{peak / 2**20:.1f} MiB "
                                              f"(traced run took {_fmt_seconds(seconds.wall)})")


_CHILD_STEPS = {
    "list (cold)": "import os; os.unlink(os.path.join(P, '.cache', 'index.json')); "
                   "Project.open(P, annotator=A).documents()",
    "validate": "from annotator.formats.validate import validate_project; "
                "validate_project(Project.open(P, annotator=A))",
    "export": "from annotator.formats.export import export_project, ExportOptions; "
              "export_project(Project.open(P, annotator=A), 'jsonl', O, "
              "ExportOptions(documents='all'))",
}


# ru_maxrss of a child starts at its parent's peak (Linux keeps it across fork and exec);
# VmHWM is the high-water mark of the child's own memory.
_HWM_CODE = """
import resource
def hwm():
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""


def bench_memory(path: Path, table: Table) -> None:
    """Peak RSS of a fresh process doing only one step (so steps do not hide each other)."""
    for step, code in _CHILD_STEPS.items():
        with tempfile.TemporaryDirectory(prefix="bench-mem-") as tmp:
            script = (f"{_HWM_CODE}\nfrom annotator.formats.project import Project\n"
                      f"P, A, O = {str(path)!r}, {ANNOTATOR!r}, {str(Path(tmp, 'x.jsonl'))!r}\n"
                      f"base = hwm()\n{code}\nprint(base, hwm())\n")
            result = subprocess.run([sys.executable, "-c", script], capture_output=True,
                                    text=True)
        name = f"peak RSS, {step} alone"
        if result.returncode != 0:
            lines = result.stderr.strip().splitlines()
            if "ModuleNotFoundError" in result.stderr or "ImportError" in result.stderr:
                table.add(name, f"{step}: not available yet", "", "n/a")
            else:
                table.fail(name, lines[-1] if lines else f"exit {result.returncode}")
            continue
        base, peak = (int(x) / 1024 for x in result.stdout.split()[-2:])
        table.add(name, f"{peak:.0f} MiB (interpreter and imports: {base:.0f} MiB)")


def _trace(args: argparse.Namespace) -> bool:
    return not args.no_tracemalloc and (args.tracemalloc or args.docs <= 1000)


# ------------------------------------------------------------------ main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=GOAL_DOCS, help="documents (10000)")
    parser.add_argument("--spans-per-doc", type=int, default=50, help="spans per document (50)")
    parser.add_argument("--chars-per-doc", type=int, default=1600,
                        help="characters per document (1600: ~30 MB of text for 10,000)")
    parser.add_argument("--save-spans", type=int, default=10_000,
                        help="spans in the document whose save is timed (10000)")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of the listing, validate and export steps (3)")
    parser.add_argument("--save-runs", type=int, default=20, help="runs of the save step (20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="generate into DIR and keep it; reused when the sizes match")
    parser.add_argument("--small", action="store_true",
                        help="quick run: 200 documents, 1000-span save, one run each")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also run the export under tracemalloc (slow: ~15x; "
                             "on by default up to 1000 documents)")
    parser.add_argument("--no-tracemalloc", action="store_true",
                        help="never run the export under tracemalloc")
    args = parser.parse_args(argv)
    if args.small:
        args.docs, args.save_spans, args.runs, args.save_runs = 200, 1000, 1, 5
    if args.docs < 1 or args.spans_per_doc < 1 or args.chars_per_doc < 50 or \
            args.save_spans < 10 or args.runs < 1 or args.save_runs < 1:
        parser.error("sizes must be positive (at least 50 characters and 10 save spans)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    table = Table()
    print(f"bench_project: {args.docs:,} documents x {args.spans_per_doc} spans x "
          f"~{args.chars_per_doc} characters (goals are for {GOAL_DOCS:,})", flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} at start "
          "(other processes make figures noisy)", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-project-") as tmp:
        root = args.keep or Path(tmp)
        try:
            path = prepare(args, root, table)
            describe(path, table)
        except (subprocess.CalledProcessError, ProjectError) as err:
            table.fail("generate", str(err))
            table.print()
            return 1
        rss = _maxrss_mib()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("list", lambda: bench_listing(path, args.docs, table, args.runs)),
            ("peak RSS after listing", lambda: table.add(
                "peak RSS after listing", f"{_maxrss_mib():.0f} MiB (before: {rss:.0f} MiB)")),
            ("save", lambda: bench_save(root / "big", table, args.save_runs)),
            ("validate", lambda: bench_validate(path, args.docs, table, args.runs)),
            ("peak RSS after validate", lambda: table.add(
                "peak RSS after validate", f"{_maxrss_mib():.0f} MiB")),
            ("export", lambda: bench_export(path, args.docs, table, args.runs, Path(tmp),
                                            _trace(args))),
            ("memory", lambda: bench_memory(path, table)),
            ("peak RSS", lambda: table.add("peak RSS (whole run)",
                                           f"{_maxrss_mib():.0f} MiB")),
        ]
        for name, step in steps:
            try:
                step()
            except Exception as err:  # a failing step is a figure too; the others still run
                table.fail(name, f"{type(err).__name__}: {err}")
    table.print()
    return 1 if table.failed else 0


if __name__ == "__main__":
    sys.exit(main())
