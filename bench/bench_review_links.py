"""Benchmark of reviewing suggested links (SOURCE/ABOUT relations from the claims suggester).

For one document with N suggested claims, each with a suggested actor and
place and two suggested links, prints the time to build one key's decision
(accepting a span with its links), to build a bulk accept of everything
(spans and links, one batch), and to apply that batch with
``annotator.core.edits.apply_edit`` (which checks every link for duplicates,
so this part grows with the square of the number of links).

    .venv/bin/python bench/bench_review_links.py [--small]
"""

from __future__ import annotations

import sys
import time

from annotator.core.edits import apply_edit, load_items, make_relation
from annotator.core.model import AnnotationSet, Status
from annotator.suggest.base import suggested_span
from annotator.suggest.review import accept, bulk_accept_edits, split_counts, with_relations

SENTENCE = "قال وزير الخارجية إن الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود. "


def build(claims: int) -> tuple[str, AnnotationSet]:
    """A document of ``claims`` sentences, each a suggested claim, actor, place and two links."""
    text = SENTENCE * claims
    ann = AnnotationSet("d", "bench", "x")
    for k in range(claims):
        base = k * len(SENTENCE)

        def span(surface: str, label: str, base: int = base):
            start = base + SENTENCE.index(surface)
            return suggested_span(text, start, start + len(surface), label,
                                  origin="claims@1", score=0.9)

        claim = span("الجزائر وليبيا اتفقتا في طرابلس على فتح الحدود", "CLAIM")
        actor, place = span("وزير الخارجية", "ACTOR"), span("طرابلس", "LOCATION")
        for s in (claim, actor, place):
            load_items(ann, spans=[s])
        for rel in (make_relation("SOURCE", claim, actor, origin="claims@1",
                                  status=Status.SUGGESTED),
                    make_relation("ABOUT", claim, place, origin="claims@1",
                                  status=Status.SUGGESTED)):
            load_items(ann, relations=[rel])
    return text, ann


def ms(seconds: float) -> str:
    """Milliseconds, for printing."""
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    """Print the figures for a few document sizes."""
    sizes = (50, 200) if "--small" in sys.argv else (50, 200, 1000)
    for claims in sizes:
        text, ann = build(claims)
        first = next(iter(ann.spans.values()))
        t = time.perf_counter()
        with_relations(ann, accept(first, reviewer="bench"), reviewer="bench")
        one = time.perf_counter() - t
        t = time.perf_counter()
        batch = bulk_accept_edits(ann, min_score=0.5, reviewer="bench")
        built = time.perf_counter() - t
        t = time.perf_counter()
        apply_edit(text, ann, batch)
        applied = time.perf_counter() - t
        spans, links = split_counts(batch)
        print(f"{len(ann.spans)} spans, {len(ann.relations)} links: one accept with its links "
              f"{ms(one)}; bulk accept of {spans} spans and {links} links built in {ms(built)}, "
              f"applied in {ms(applied)}")


if __name__ == "__main__":
    main()
