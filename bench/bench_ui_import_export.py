"""Benchmark of the import and export dialogs: time, and how long the GUI thread ever stalls.

The work runs on a background thread (annotator.ui.worker), so the window must
keep painting and answering keys during a long import or export. A 5 ms
timer ticks in the GUI thread during each run; the longest gap between two
ticks is the worst stall an analyst would feel (goal: well under 100 ms).
The same import and export without the GUI are timed for the overhead.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_import_export.py [--small]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.formats.export import ExportOptions, export_project  # noqa: E402
from annotator.formats.importers import import_paths  # noqa: E402
from annotator.formats.project import Project  # noqa: E402
from annotator.ui import handlers  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.session import Session  # noqa: E402

WORDS = ("قال", "الرئيس", "في", "الجزائر", "إن", "الوضع", "مستقر", "وأكد", "وزير",
         "الخارجية", "بيروت", "المحادثات", "مستمرة", "الحكومة", "تونس", "خطة", "جديدة")


def make_files(folder: Path, n: int, words: int, rng: random.Random) -> int:
    """``n`` UTF-8 .txt files of about ``words`` words; returns their total size in bytes."""
    folder.mkdir(parents=True)
    total = 0
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(words)) + ".\n"
        data = text.encode("utf-8")
        (folder / f"doc{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


class StallMeter:
    """Longest gap between ticks of a 5 ms timer in the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.start_time = 0.0
        self.worst_at = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if now - self.last > self.worst:
            self.worst, self.worst_at = now - self.last, self.last - self.start_time
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.start_time = self.last
        self.timer.start()

    def stop(self) -> str:
        """'N ms (at T s)': the worst stall and when it began after the start."""
        self.timer.stop()
        return f"{self.worst * 1000:6.1f} ms (at {self.worst_at:.2f} s)"


def run_until(app: QApplication, done) -> None:  # noqa: ANN001 - a predicate
    while not done():
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    # Removed afterwards: a project per run would pile up in /tmp.
    with tempfile.TemporaryDirectory(prefix="bench-ui-io-", ignore_cleanup_errors=True) as tmp:
        return _run(Path(tmp))


def _run(tmp: Path) -> int:
    small = "--small" in sys.argv
    n_docs, words = (200, 300) if small else (2000, 500)
    app = QApplication(sys.argv)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    size = make_files(tmp / "in", n_docs, words, random.Random(3))

    plain = Project.create(tmp / "plain", annotator="bench")
    t = time.perf_counter()
    import_paths(plain, [tmp / "in"])
    plain_import = time.perf_counter() - t
    t = time.perf_counter()
    export_project(plain, "jsonl", tmp / "plain.jsonl", ExportOptions(documents="all"))
    plain_export = time.perf_counter() - t

    project = Project.create(tmp / "gui", annotator="bench")
    project.lock()
    window = MainWindow(Session(project))
    window.show()
    app.processEvents()
    meter = StallMeter()

    dialog = handlers.documents.import_documents(window)
    dialog.add_paths([tmp / "in"])
    meter.start()
    t = time.perf_counter()
    dialog.import_button.click()
    run_until(app, lambda: dialog.outcome is not None)
    gui_import = time.perf_counter() - t
    import_stall = meter.stop()
    imported = len(dialog.report.done) if dialog.report else 0
    dialog.close()

    results = []
    for fmt, target in (("jsonl", tmp / "gui.jsonl"), ("hf", tmp / "gui-hf")):
        export = handlers.documents.export_dataset(window)
        export.documents.setCurrentIndex(export.documents.findData("all"))
        export.set_format(fmt)
        export.set_target(target)
        meter.start()
        t = time.perf_counter()
        export.export_button.click()
        run_until(app, lambda e=export: e.report is not None or e.error is not None)
        results.append((fmt, time.perf_counter() - t, meter.stop(), export.error))
        run_until(app, lambda e=export: not e.is_running())
        export.close()

    print(f"documents: {n_docs:,} .txt files, {size / 1e6:.1f} MB")
    print(f"import without GUI:          {plain_import:7.2f} s")
    print(f"import from the dialog:      {gui_import:7.2f} s   ({imported:,} imported, "
          f"document list refreshed); worst GUI stall {import_stall}")
    print(f"export jsonl without GUI:    {plain_export:7.2f} s")
    for fmt, seconds, stall, error in results:
        note = f"  FAILED: {error}" if error else ""
        print(f"export {fmt:<5} from the dialog: {seconds:6.2f} s   "
              f"worst GUI stall {stall}{note}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
