"""Keys an analyst spends per gold span: reviewing suggestions in the queue, or tagging by hand.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_effort.py [--small] [--docs N]

The held-out annotated news paragraphs (``bench/data``, read by
:func:`load_gold`) are imported into a fresh project twice, and an analyst
who knows the gold annotation is replayed through the real main window
(offscreen), pressing the app's own keys:

- **by hand**: every gold span is selected and tagged with its label key;
- **with suggestions**: the dictionary and claims suggesters run first
  (what ``annotator suggest`` does); the analyst tags by hand only the gold
  spans no suggestion covers, then walks the review queue: Return on a
  suggestion that is gold, a label key on a conflict or a wrong label (then
  Return), X on anything else. The queue moves on by itself, into the next
  document.

Key costs that the app does not see as keys are modelled the same way in
both modes: reaching a span's start costs 1, selecting it one key per word
(Shift+Ctrl+arrow) up to 3 (a longer span, such as most claims, is one
drag or Shift+End and a correction: 3); a SOURCE link made by hand costs 4
(select the claim, L, a letter of the actor's name, Enter). A SOURCE link the claims
suggester made costs nothing once its two ends are accepted (the queue
accepts it with the second one). ``--propagate-every N`` adds a third
replay in which the analyst runs the propagate suggester every N
documents. Goal of issue 12: at most 1.5 keys per
gold span with suggestions, against 3–4 by hand.

Also printed: the suggesters' precision as the analyst decides it (gold
suggestions / all suggestions, per label) and their coverage (gold spans a
suggestion covers / gold spans, per label): the labels with low coverage
are the ones holding the figure back.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from annotator.core.model import Document, Relation, Span, Status  # noqa: E402
from annotator.formats.project import Project  # noqa: E402
from annotator.suggest.runner import run_suggester  # noqa: E402
from annotator.ui.main_window import MainWindow  # noqa: E402
from annotator.ui.session import Session  # noqa: E402
from bench.heldout import load_heldout  # noqa: E402

SUGGESTERS = ("dictionary", "claims")
LINK_KEYS = 4
MAX_SELECT_KEYS = 3
RUN_SUGGESTER_KEYS = 3  # Ctrl+Shift+U, the suggester's row, Run
ALT = Qt.KeyboardModifier.AltModifier


@dataclass
class GoldDoc:
    """A held-out paragraph with its gold spans and SOURCE links."""

    doc: Document
    spans: list[Span]
    relations: list[Relation]


def load_gold(limit: int | None = None) -> list[GoldDoc]:
    """The held-out gold (``bench/heldout.py``), in id order, ``limit`` documents at most."""
    out = [GoldDoc(doc, sorted(gold.spans.values(), key=lambda s: (s.start, s.end, s.label)),
                   list(gold.relations.values()))
           for doc, gold in load_heldout()]
    return out[:limit] if limit else out


@dataclass
class Tally:
    """Keys pressed (real key events) and modelled (selection, links), and decisions."""

    pressed: int = 0
    modelled: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    #: keys spent tagging by hand, per label (what the suggesters left to do)
    by_hand: Counter[str] = field(default_factory=Counter)
    link_keys: int = 0

    @property
    def keys(self) -> int:
        """All keys, pressed and modelled."""
        return self.pressed + self.modelled


class Analyst:
    """Drives the window with the app's own keys and counts them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.tally = Tally()
        self.keys = {lab.name: lab.key for lab in window.session.schema.span_labels}

    def press(self, key: Qt.Key | str, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
              ) -> None:
        """One key in the text view."""
        self.window.focus_text()
        QTest.keyClick(self.window.view, key, mods)
        self.tally.pressed += 1

    def tag(self, span: Span) -> None:
        """Select the gold extent (modelled: reach + a key per word) and press Alt+label key."""
        self.window.view.select_cp(span.start, span.end)
        cost = 1 + min(len(span.text.split()), MAX_SELECT_KEYS)
        self.tally.modelled += cost
        self.tally.by_hand[span.label] += cost + 1
        self.press(self.keys[span.label], ALT)
        self.tally.decisions["hand"] += 1

    def open(self, doc_id: str) -> None:
        """Go to ``doc_id`` if the queue has not brought the analyst there (Ctrl+PgDown)."""
        if self.window.session.document.id != doc_id:
            self.window.open_document(doc_id)
            self.tally.pressed += 1


def covered(gold: Span, suggestions: list[Span],
            gold_keys: set[tuple[int, int, str]] | None = None) -> bool:
    """True when a suggestion has the gold span's key, or its extent and a label no gold span has.

    (A suggestion that is itself gold for another label on the same extent
    is accepted as that one, so it does not cover this one.)
    """
    keys = gold_keys or {gold.key}
    return any(s.key == gold.key or ((s.start, s.end) == (gold.start, gold.end)
                                     and s.key not in keys) for s in suggestions)


def decide(analyst: Analyst, span: Span, gold: set[tuple[int, int, str]]) -> None:
    """One queue decision on the selected suggestion ``span``, as the gold says."""
    window = analyst.window
    if span.key in gold:
        analyst.press(Qt.Key.Key_Return)
        analyst.tally.decisions["accept"] += 1
        return
    right = next((lab for s, e, lab in gold if (s, e) == (span.start, span.end)), None)
    if right is None:
        analyst.press(Qt.Key.Key_X)
        analyst.tally.decisions["reject"] += 1
        return
    item = next((it for it in window.queue.items() if span.id in it.ids), None)
    analyst.press(analyst.keys[right])  # a conflict: picks; else relabels, still pending
    if item is not None and item.is_conflict and item.alternative(right) is not None:
        analyst.tally.decisions["conflict"] += 1
        return
    now = window.session.annotations.spans.get(span.id)
    if now is None or now.label != right:  # refused (its links need this label): by hand
        analyst.press(Qt.Key.Key_X)
        analyst.tally.decisions["reject"] += 1
        analyst.tag(Span(span.id, span.start, span.end, right, span.text))
        analyst.press(Qt.Key.Key_N)
        return
    analyst.press(Qt.Key.Key_Return)
    analyst.tally.decisions["relabel"] += 1


def run_mode(project_path: Path, gold_docs: list[GoldDoc], with_suggestions: bool,
             propagate_every: int = 0) -> Tally:
    """Replay the analyst over every document; return the keys.

    ``propagate_every`` N: after every N documents the analyst runs the
    propagate suggester (what was accepted so far, where it recurs) over
    the documents not opened yet (modelled: :data:`RUN_SUGGESTER_KEYS`).
    """
    project = Project.open(project_path, annotator="bench")
    project.lock()
    window = MainWindow(Session(project))
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowExposed(window)
    analyst = Analyst(window)
    window.open_document(gold_docs[0].doc.id)
    for g in gold_docs:
        analyst.open(g.doc.id)
        ann = window.session.annotations
        suggestions = [s for s in ann.spans.values() if s.status is Status.SUGGESTED]
        gold = {s.key for s in g.spans}
        for span in g.spans:
            if not with_suggestions or not covered(span, suggestions, gold):
                analyst.tag(span)
        if with_suggestions:
            walk_queue(analyst, g.doc.id, gold)
        links = LINK_KEYS * missing_links(window, g)
        analyst.tally.modelled += links
        analyst.tally.link_keys += links
        done = gold_docs.index(g) + 1
        if propagate_every and done % propagate_every == 0:
            propagate(analyst, [x.doc.id for x in gold_docs[done:]])
    window.session.save()
    analyst.tally.decisions["gold present"] = gold_present(project, gold_docs)
    window.close()
    return analyst.tally


def propagate(analyst: Analyst, later: list[str]) -> None:
    """Run the propagate suggester over the ``later`` documents that are not open."""
    window = analyst.window
    session = window.session
    ids = [i for i in later if session.document is None or i != session.document.id]
    if not ids or not session.save():
        return
    run_suggester(session.project, "propagate", ids)
    window.project_changed()  # what the suggester dialog does after a run
    analyst.tally.modelled += RUN_SUGGESTER_KEYS
    analyst.tally.decisions["propagate runs"] += 1


def gold_present(project: Project, gold_docs: list[GoldDoc]) -> int:
    """Gold spans accepted at the end: the replay's check that its keys did the work."""
    found = 0
    for g in gold_docs:
        ann = project.load_annotations(project.load_document(g.doc.id))
        accepted = {s.key for s in ann.spans.values() if s.status is Status.ACCEPTED}
        found += sum(1 for s in g.spans if s.key in accepted)
    return found


def walk_queue(analyst: Analyst, doc_id: str, gold: set[tuple[int, int, str]]) -> None:
    """N into the document's queue, then one decision per item until it leaves the document."""
    window = analyst.window
    if not window.queue.items():
        return
    selected = window.selected_span()
    if selected is None or selected.status is not Status.SUGGESTED:
        window.select_span(None)
        window.view.select_cp(0, 0)
        analyst.press(Qt.Key.Key_N)
    for _ in range(10_000):
        span = window.selected_span()
        if window.session.document.id != doc_id or span is None \
                or span.status is not Status.SUGGESTED:
            return
        decide(analyst, span, gold)


def missing_links(window: MainWindow, g: GoldDoc) -> int:
    """Gold SOURCE links with no accepted link between the accepted spans at their extents."""
    ann = window.session.annotations
    if ann is None or ann.document_id != g.doc.id:
        project = window.session.project
        ann = project.load_annotations(project.load_document(g.doc.id))
    by_key = {s.key: s.id for s in ann.spans.values() if s.status is Status.ACCEPTED}
    gold_spans = {s.id: s.key for s in g.spans}
    accepted = {(r.type, r.head, r.tail) for r in ann.relations.values()
                if r.status is Status.ACCEPTED}
    missing = 0
    for rel in g.relations:
        head = by_key.get(gold_spans.get(rel.head, (-1, -1, "")))
        tail = by_key.get(gold_spans.get(rel.tail, (-1, -1, "")))
        if (rel.type, head, tail) not in accepted:
            missing += 1
    return missing


def suggestion_figures(project_path: Path, gold_docs: list[GoldDoc]) -> None:
    """Per label: suggestions, how many are gold (precision), gold covered (coverage)."""
    project = Project.open(project_path, annotator="bench")
    made: Counter[str] = Counter()
    right: Counter[str] = Counter()
    gold_n: Counter[str] = Counter()
    cover: Counter[str] = Counter()
    for g in gold_docs:
        ann = project.load_annotations(project.load_document(g.doc.id))
        spans = [s for s in ann.spans.values() if s.origin and not s.origin.startswith("manual")]
        gold = {s.key for s in g.spans}
        for s in spans:
            made[s.label] += 1
            right[s.label] += s.key in gold
        for s in g.spans:
            gold_n[s.label] += 1
            cover[s.label] += covered(s, spans, gold)
    print(f"  {'label':<9} {'gold':>5} {'suggested':>9} {'precision':>9} {'coverage':>8}")
    for label in sorted(gold_n):
        p = right[label] / made[label] if made[label] else 0.0
        print(f"  {label:<9} {gold_n[label]:>5} {made[label]:>9} {p:>9.2f} "
              f"{cover[label] / gold_n[label]:>8.2f}")


def build(root: Path, gold_docs: list[GoldDoc], suggest: bool) -> Path:
    """A project holding the held-out texts (no annotations), with suggestions if asked."""
    project = Project.create(root, annotator="bench")
    for g in gold_docs:
        project.add_document(g.doc)
    if suggest:
        for name in SUGGESTERS:
            run_suggester(project, name)
    project.close()
    return root


def report(title: str, tally: Tally, spans: int, links: int) -> float:
    """Print one mode's figures; return keys per gold span."""
    per = tally.keys / spans
    print(f"  {title:<17} {tally.keys:>6} keys ({tally.pressed} pressed, {tally.modelled} "
          f"modelled) = {per:.2f} per gold span")
    print(f"    decisions {dict(tally.decisions)}")
    hand = ", ".join(f"{k} {v}" for k, v in sorted(tally.by_hand.items()))
    print(f"    keys tagging by hand: {hand}; keys linking by hand: {tally.link_keys}")
    return per


def main(argv: list[str] | None = None) -> int:
    """Run both modes and print keys per gold span, then the suggesters' figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the first 8 paragraphs")
    parser.add_argument("--docs", type=int, default=None, help="the first N paragraphs")
    parser.add_argument("--propagate-every", type=int, default=0, metavar="N",
                        help="also replay running the propagate suggester after every N "
                             "documents (measured: 2.14 instead of 2.15 keys per gold span "
                             "with N=10, the held-out actors rarely recur verbatim)")
    args = parser.parse_args(argv)
    gold_docs = load_gold(8 if args.small and not args.docs else args.docs)
    spans = sum(len(g.spans) for g in gold_docs)
    links = sum(len(g.relations) for g in gold_docs)
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - the window needs one
    print(f"bench_effort: {len(gold_docs)} held-out paragraphs of bench/data/heldout, "
          f"{spans} gold spans, {links} gold SOURCE links; suggesters {', '.join(SUGGESTERS)}")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        by_hand = run_mode(build(Path(tmp) / "hand", gold_docs, False), gold_docs, False)
        suggested_path = build(Path(tmp) / "suggested", gold_docs, True)
        queue = run_mode(suggested_path, gold_docs, True)
        took = time.perf_counter() - t0
        hand_per = report("by hand", by_hand, spans, links)
        queue_per = report("with suggestions", queue, spans, links)
        if args.propagate_every:
            every = args.propagate_every
            grown = run_mode(build(Path(tmp) / "grown", gold_docs, True), gold_docs, True, every)
            report(f"+ propagate /{every}", grown, spans, links)
        verdict = "meets" if queue_per <= 1.5 else "misses"
        print(f"  -> {queue_per:.2f} vs {hand_per:.2f} keys per gold span "
              f"({verdict} the goal of <= 1.5); replay took {took:.1f} s")
        print("  suggestions as the analyst decided them:")
        suggestion_figures(suggested_path, gold_docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
