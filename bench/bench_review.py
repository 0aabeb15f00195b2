"""Benchmark of review mode: what the review dock and the bulk-accept keys cost.

- ``review_stats`` over the project: the review dock recomputes it (on the
  GUI thread, while the dock is shown) shortly after each save;
- bulk accept of one label in a document with many suggestions, through
  ``Session.apply`` (one undo step), and its undo;
- ``bulk_accept_project`` over every document (the background job);
- the review queue of one big document, rebuilt after every decision;
- the status bar's review line ("document k of m with pending") in a window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_review.py [--small]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.edits import AddSpan, Batch, apply_edit  # noqa: E402
from annotator.core.model import Document, Status  # noqa: E402
from annotator.formats.project import Project  # noqa: E402
from annotator.suggest.base import suggested_span  # noqa: E402
from annotator.suggest.queue import decided_count, queue_items  # noqa: E402
from annotator.suggest.review import (  # noqa: E402
    ReviewStatsMemo,
    accept,
    bulk_accept_edits,
    bulk_accept_project,
    review_stats,
)
from annotator.ui.session import Session  # noqa: E402

SENTENCE = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود. "
WORDS = ("الجزائر", "ليبيا", "طرابلس", "وزير")


def build(root: Path, docs: int, sentences: int, rng: random.Random) -> Project:
    """A project of ``docs`` documents, each with a suggestion per word of WORDS per sentence."""
    project = Project.create(root / "proj", annotator="bench")
    text = SENTENCE * sentences
    for i in range(docs):
        doc = Document(id=f"d{i:05d}", text=text)
        project.add_document(doc)
        ann = project.load_annotations(doc)
        spans = []
        for s in range(sentences):
            base = s * len(SENTENCE)
            for word in WORDS:
                start = base + SENTENCE.index(word)
                label = "ACTOR" if word == "وزير" else "LOCATION"
                span = suggested_span(text, start, start + len(word), label,
                                      origin=rng.choice(("dictionary@1", "model@1")),
                                      score=round(rng.random(), 2))
                roll = rng.random()
                if roll < 0.3:
                    span = span.with_changes(status=Status.ACCEPTED,
                                             extra={"reviewed_by": "bench"})
                elif roll < 0.4:
                    span = span.with_changes(status=Status.REJECTED,
                                             extra={"reviewed_by": "bench"})
                spans.append(span)
        apply_edit(text, ann, Batch(tuple(AddSpan(sp) for sp in spans)), project.schema)
        project.save_annotations(ann)
    return project


def resave(project: Project, doc_id: str) -> None:
    """Accept one pending suggestion of ``doc_id`` and save it, as a reviewer would."""
    doc = project.load_document(doc_id)
    ann = project.load_annotations(doc)
    span = next(s for s in ann.spans.values() if s.status is Status.SUGGESTED)
    apply_edit(doc.text, ann, accept(span, reviewer="bench"))
    project.save_annotations(ann)


def timed(fn):  # noqa: ANN001, ANN201 - a tiny helper
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def window_figures(path: Path, tmp: Path) -> tuple[float, float, float]:
    """Median milliseconds of the review queue's status line update, of opening a
    document, and of a keystroke in the document list's filter, in a main window on
    ``path``."""
    from PySide6.QtCore import QSettings

    from annotator.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    project = Project.open(path, annotator="bench")
    project.lock()
    window = MainWindow(Session(project))
    try:
        ids = [e.id for e in project.documents()]
        window.open_document(ids[len(ids) // 2])
        QApplication.processEvents()
        updates, opens = [], []
        for _ in range(20):
            started = time.perf_counter()
            window.queue.update_status()
            updates.append((time.perf_counter() - started) * 1000)
        for doc_id in ids[:10]:
            started = time.perf_counter()
            window.open_document(doc_id)
            QApplication.processEvents()
            opens.append((time.perf_counter() - started) * 1000)
        keys = []
        for text in ("d", "d0", "d00", "d000", "d0001", "d000", "d00", "d0", "d", ""):
            started = time.perf_counter()
            window.documents.filter.setText(text)
            QApplication.processEvents()
            keys.append((time.perf_counter() - started) * 1000)
        return statistics.median(updates), statistics.median(opens), statistics.median(keys)
    finally:
        window.close()
        project.close()


def main() -> int:
    small = "--small" in sys.argv
    docs, sentences = (100, 10) if small else (1000, 10)
    big_sentences = 200 if small else 1000
    app = QApplication(sys.argv)  # noqa: F841 - Session needs an application
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        project = build(Path(tmp), docs, sentences, rng)
        spans = docs * sentences * len(WORDS)
        seconds, stats = timed(lambda: review_stats(Project.open(project.path,
                                                                 annotator="bench"), "bench"))
        print(f"review_stats over {docs} documents ({spans} spans): {seconds * 1000:.0f} ms "
              f"({len(stats)} origins)")
        memo = ReviewStatsMemo()
        review_stats(Project.open(project.path, annotator="bench"), "bench", memo)
        resave(project, "d00001")
        seconds, again = timed(lambda: review_stats(Project.open(project.path,
                                                                annotator="bench"), "bench", memo))
        assert again == review_stats(Project.open(project.path, annotator="bench"), "bench")
        print(f"its recount after one document was saved (the review dock's, with what it "
              f"counted before): {seconds * 1000:.0f} ms")

        update_ms, open_ms, key_ms = window_figures(project.path, Path(tmp))
        print(f"in a window on those {docs} documents: the status bar's review line "
              f"{update_ms:.2f} ms an update (median of 20; after every move of the "
              f"selection); opening a document {open_ms:.1f} ms (median of 10, painted); "
              f"a keystroke in the document filter {key_ms:.1f} ms (median of 10)")

        big = build(Path(tmp) / "big", 1, big_sentences, rng)
        session = Session(big)
        session.open_document("d00000")
        ann = session.annotations
        assert ann is not None
        seconds, items = timed(lambda: queue_items(ann))
        print(f"review queue of one document ({len(ann.spans)} spans, {len(items)} pending "
              f"items): {seconds * 1000:.1f} ms per rebuild (after every Return / X)")
        seconds, _ = timed(lambda: decided_count(ann))
        print(f"its decided count (the status bar's k of n): {seconds * 1000:.1f} ms")
        batch = bulk_accept_edits(ann, "LOCATION", reviewer="bench")
        seconds, _ = timed(lambda: session.apply(batch))
        print(f"bulk accept of {len(batch.edits)} LOCATION suggestions in one document "
              f"(one undo step): {seconds * 1000:.0f} ms")
        seconds, _ = timed(session.undo_stack.undo)
        print(f"undo of that step: {seconds * 1000:.0f} ms")

        seconds, report = timed(lambda: bulk_accept_project(
            Project.open(project.path, annotator="bench"), "LOCATION", reviewer="bench"))
        print(f"bulk_accept_project over {docs} documents: {seconds:.2f} s "
              f"({report.counts.get('accepted', 0)} accepted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
