"""Benchmark of the actor registry dialog (Ctrl+Shift+R) on a synthetic project.

The dialog counts mentions and claims in a background task. Timed, as medians
of ``--repeat`` openings of the dialog in a real window:

- *responsive*: from the key until the dialog is shown and the event loop
  turns again (the analyst can type, scroll, close);
- *counts*: until the counts and the suggestions are filled in;
- *longest GUI stall while counting*: the largest delay of a 10 ms timer on
  the GUI thread during the count (the background thread shares the GIL);
- *redraw after a rename*: a registry edit, drawn from what was counted;
- for comparison, what the GUI thread was blocked for before the count
  moved to the background (two reads of every file, then the suggestions).

About a tenth of the suggested groupings are accepted beforehand, so the
tree lists linked actors with their mentions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_registry.py [--small] [--docs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.edits import apply_edit  # noqa: E402
from annotator.core.registry import accept_grouping, link_edits, suggest_groupings  # noqa: E402
from annotator.formats.project import Project  # noqa: E402
from annotator.formats.registry_store import (  # noqa: E402
    RegistryStore,
    collect_mentions,
    registry_index,
)
from annotator.ui import handlers  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.registry_view import RegistryDialog  # noqa: E402
from annotator.ui.session import Session  # noqa: E402

TICK_MS = 10
GOAL_RESPONSIVE_MS = 100


def group_some(project: Project, share: float = 0.1) -> int:
    """Accept the biggest ``share`` of the suggested groupings; return the linked mentions."""
    store = RegistryStore(project.path)
    registry = store.load()
    suggestions = suggest_groupings(collect_mentions(project), registry)
    links: dict[tuple[str, str], dict[str, str]] = {}
    for suggestion in suggestions[:max(1, int(len(suggestions) * share))]:
        entry = accept_grouping(registry, suggestion)
        for m in suggestion.mentions:
            links.setdefault((m.document_id, m.annotator), {})[m.span_id] = entry.id
    store.save(registry)
    for (doc_id, who), span_ids in links.items():
        doc = project.load_document(doc_id)
        ann = project.load_annotations(doc, who)
        for span_id, entry_id in span_ids.items():
            apply_edit(doc.text, ann, link_edits(ann, [span_id], entry_id))
        project.save_annotations(ann)
    return sum(len(v) for v in links.values())


def run_loop_until(app: QApplication, done: Callable[[], bool], tick: Callable[[], None]) -> None:
    """Run the event loop until ``done()``, calling ``tick`` every TICK_MS meanwhile."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(TICK_MS)

    def on_tick() -> None:
        tick()
        if done():
            loop.quit()

    timer.timeout.connect(on_tick)
    timer.start()
    if not done():
        loop.exec()
    timer.stop()


def open_once(app: QApplication, window: MainWindow) -> dict[str, float]:
    """Open the dialog, wait for its counts, rename an actor, close it; the times in ms."""
    started = time.perf_counter()
    dialog = handlers.relations.show_registry(window)
    turned: list[float] = []
    QTimer.singleShot(0, lambda: turned.append(time.perf_counter()))
    run_loop_until(app, lambda: bool(turned), lambda: None)
    responsive = (turned[0] - started) * 1000
    ticks = [time.perf_counter()]
    run_loop_until(app, lambda: not dialog.is_counting(),
                   lambda: ticks.append(time.perf_counter()))
    counts = (time.perf_counter() - started) * 1000
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    stall = max(gaps, default=0.0) * 1000 - TICK_MS
    dialog.select_entry(dialog.index[0].canonical_id)
    dialog.name.setText(f"renamed {started:.0f}")
    t0 = time.perf_counter()
    dialog.rename_actor()
    redraw = (time.perf_counter() - t0) * 1000
    dialog.close()
    app.processEvents()
    return {"responsive": responsive, "counts": counts, "stall": max(stall, 0.0),
            "redraw": redraw, "rows": dialog_rows(dialog)}


def dialog_rows(dialog: RegistryDialog) -> float:
    """How many actors the dialog listed (0 if it is already deleted)."""
    try:
        return float(dialog.tree.topLevelItemCount())
    except RuntimeError:
        return 0.0


def old_refresh_seconds(path: Path) -> float:
    """What the dialog's refresh did on the GUI thread before: two reads and the suggestions."""
    project = Project.open(path, annotator="bench")
    project.documents()
    started = time.perf_counter()
    registry = RegistryStore(path).load()
    registry_index(project, registry)
    suggest_groupings(collect_mentions(project), registry)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents (2000)")
    parser.add_argument("--spans-per-doc", type=int, default=50, help="spans (50)")
    parser.add_argument("--repeat", type=int, default=5, help="openings; medians (5)")
    parser.add_argument("--small", action="store_true", help="a quick run (200 documents)")
    args = parser.parse_args(argv)
    if args.small:
        args.docs, args.repeat = min(args.docs, 200), min(args.repeat, 3)
    if args.docs < 1 or args.repeat < 1:
        parser.error("sizes must be positive")
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-registry-") as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(Path(tmp) / "qs"))
        path = Path(tmp) / "project"
        project = synthetic.make_project(path, args.docs, args.spans_per_doc, 1600, seed=0)
        linked = group_some(project)
        print(f"load average {os.getloadavg()[0]:.2f}; {args.docs:,} documents, "
              f"{args.spans_per_doc} spans each, {linked:,} mentions linked beforehand")
        old = [old_refresh_seconds(path) for _ in range(min(args.repeat, 3))]
        project = Project.open(path, annotator="bench")
        project.lock()
        window = MainWindow(Session(project))
        window.show()
        window.open_initial_document()
        app.processEvents()
        runs = [open_once(app, window) for _ in range(args.repeat)]
        window.close()

    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    responsive = med("responsive")
    verdict = "ok" if responsive <= GOAL_RESPONSIVE_MS else "SLOW"
    print(f"dialog responsive:               {responsive:7.0f} ms median "
          f"(max {max(r['responsive'] for r in runs):.0f}; goal <= {GOAL_RESPONSIVE_MS} ms: "
          f"{verdict})")
    print(f"counts and suggestions shown:    {med('counts'):7.0f} ms median "
          f"(max {max(r['counts'] for r in runs):.0f})")
    print(f"longest GUI stall while counting:{med('stall'):7.0f} ms median "
          f"(max {max(r['stall'] for r in runs):.0f})")
    print(f"redraw after a rename:           {med('redraw'):7.0f} ms median")
    print(f"before (GUI thread blocked):     {statistics.median(old) * 1000:7.0f} ms median "
          f"(two reads of every file and the suggestions, on the GUI thread)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
