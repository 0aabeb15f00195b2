"""Benchmark of the span view on ~1 MB of Arabic (550,000 characters) with 10,000 spans.

Prints: open to interactive (set_text + set_spans + first paint), adding a span
until it is painted (median of 50), one scroll frame (median of 50 steps deep
in the document, through the event loop as real scrolling goes, and the worst
case of repainting the whole viewport each step), and resident memory. Goals from the issue:
<= 1 s, <= 16 ms, <= 16 ms, <= 300 MB.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_view.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.model import Span, Status  # noqa: E402
from annotator.core.schema import default_schema  # noqa: E402
from annotator.ui.text_view import SpanTextView  # noqa: E402

CHARS = 550_000
SPANS = 10_000
_PHRASE = ("قال وزير الخارجية الجزائري إن الحكومة لإسرائيل ستواصل دعمها للقضية الفلسطينية "
           "في المحافل الدولية وأكد مصدر أمني رفيع أن قوات الأمن بالقاهرة اعتقلت ثلاثة "
           "أشخاص يشتبه في انتمائهم إلى تنظيم داعش في منطقة الساحل وبغداد وطرابلس")
WORDS = _PHRASE.split()
EXTRAS = ["2024", "Reuters", "١٢٣", "😀", "AFP", "«", "»", "،", "."]


def make_text(rng: random.Random) -> str:
    """Paragraphs of ~80 words, mostly Arabic, with digits, Latin names and emoji."""
    out: list[str] = []
    size = 0
    while size < CHARS:
        words = [rng.choice(EXTRAS) if rng.random() < 0.04 else rng.choice(WORDS)
                 for _ in range(80)]
        para = " ".join(words) + "."
        out.append(para)
        size += len(para) + 1
    return "\n".join(out)[:CHARS]


def make_spans(text: str, rng: random.Random) -> list[Span]:
    """10,000 spans: claims over several words, actors and locations nested inside them."""
    bounds = [(i, i + len(w)) for i, w in _words(text)]
    spans: list[Span] = []
    labels = ["ACTOR", "LOCATION", "CUE"]
    stride = len(bounds) // (SPANS // 4)
    for k in range(SPANS // 4):
        base = k * stride
        claim = (bounds[base][0], bounds[min(base + 6, len(bounds) - 1)][1])
        spans.append(_span(text, f"c{k}", *claim, "CLAIM"))
        for j in range(3):
            a, b = bounds[min(base + 1 + 2 * j, len(bounds) - 1)]
            status = Status.SUGGESTED if rng.random() < 0.3 else Status.ACCEPTED
            spans.append(_span(text, f"e{k}-{j}", a, b, labels[j], status))
    return spans[:SPANS]


def _words(text: str):
    pos = 0
    for w in text.split(" "):
        if w.strip():
            yield pos, w.strip()
        pos += len(w) + 1


def _span(text: str, sid: str, a: int, b: int, label: str,
          status: Status = Status.ACCEPTED) -> Span:
    return Span(sid, a, b, label, text[a:b], status=status)


class PaintCounter(QObject):
    """Counts paint events of the widget it filters (proof that a frame was drawn)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def rss_mb() -> float:
    """Resident set size of this process in MiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Timer:
    """Wall-clock and main-thread CPU time of repeated steps, in milliseconds.

    CPU time is printed next to wall time because a busy machine stretches
    the wall clock; the CPU figure is what the view itself costs.
    """

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Timer:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.thread_time() - self._cpu) * 1000)

    def line(self, what: str, goal: str = "") -> str:
        """One report line: median (and max when repeated) of wall and CPU time."""
        med_w, med_c = statistics.median(self.wall), statistics.median(self.cpu)
        text = f"{what:<34}{med_w:8.1f} ms wall, {med_c:6.1f} ms CPU"
        if len(self.wall) > 1:
            text += f" (median of {len(self.wall)}; max {max(self.wall):.1f} ms wall)"
        return text + (f"   goal {goal}" if goal else "")


def main() -> int:
    rng = random.Random(7)
    app = QApplication(sys.argv)
    text = make_text(rng)
    spans = make_spans(text, rng)
    schema = default_schema()
    view = SpanTextView()
    view.resize(1000, 800)
    view.show()
    app.processEvents()

    opened = Timer()
    with opened:
        view.set_text(text)
        view.set_spans(spans, schema)
        view.viewport().repaint()
        app.processEvents()

    # Qt lays the rest of the document out in idle time; how long until it is all done?
    background = Timer()
    last = view.document().lastBlock()
    with background:
        while last.layout().lineCount() == 0:
            app.processEvents()

    # Adding a span where it is visible, until the view has painted it: the view
    # schedules a repaint of the changed lines and the event loop paints them.
    paints = PaintCounter()
    view.viewport().installEventFilter(paints)
    visible_words = [(i, i + len(w)) for i, w in _words(text[:3000])]
    current = list(spans)
    added = Timer()
    for k in range(50):
        a, b = visible_words[(k * 3) % len(visible_words)]
        current.append(_span(text, f"new{k}", a, b, "LOCATION"))
        before = paints.count
        with added:
            view.set_spans(current, schema)
            app.processEvents()
        if paints.count == before:
            raise SystemExit("the view did not repaint after a span was added")
    # The worst case: the whole viewport repainted after adding a span.
    added_full = Timer()
    for k in range(50):
        a, b = visible_words[(k * 5 + 1) % len(visible_words)]
        current.append(_span(text, f"full{k}", a, b, "ACTOR"))
        with added_full:
            view.set_spans(current, schema)
            view.viewport().repaint()

    # A jump deep into the document (layout is complete now: this is paint only).
    bar = view.verticalScrollBar()
    jump = Timer()
    with jump:
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()

    # Scroll frames: three wheel lines per step. "Scroll frame" goes through the
    # event loop as a real scroll does (Qt blits the viewport and repaints the
    # exposed strip); "full repaint" redraws the whole viewport every step.
    step = bar.singleStep() * 3
    scrolled = Timer()
    for _ in range(50):
        with scrolled:
            bar.setValue(bar.value() + step)
            app.processEvents()
    scrolled_full = Timer()
    for _ in range(50):
        with scrolled_full:
            bar.setValue(bar.value() + step)
            view.viewport().repaint()

    print(f"text: {len(text):,} characters, {len(text.encode('utf-8')) / 1e6:.2f} MB UTF-8, "
          f"{text.count(chr(10)) + 1:,} paragraphs; spans: {len(spans):,}; "
          f"viewport {view.viewport().width()}x{view.viewport().height()}")
    print(opened.line("open to interactive", "<= 1000 ms"))
    print(added.line("add a span until painted", "<= 16 ms"))
    print(added_full.line("  same, whole view repainted"))
    print(scrolled.line("scroll frame", "<= 16 ms"))
    print(scrolled_full.line("  scroll step, whole view repainted"))
    print(background.line("rest of layout (idle time)"))
    print(jump.line("jump to the middle, laid out"))
    print(f"{'resident memory':<34}{rss_mb():8.1f} MiB   goal <= 300 MB")
    with open("/proc/loadavg", encoding="ascii") as fh:
        print(f"load average while measuring: {fh.read().split()[0]} "
              f"on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
