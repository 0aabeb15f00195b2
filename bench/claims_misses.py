"""Gold claims of a project that the claim suggester misses, with their cue and sentence.

    .venv/bin/python bench/claims_misses.py                  # projects/sample, misses only
    .venv/bin/python bench/claims_misses.py --sources        # also the wrong sources
    .venv/bin/python bench/claims_misses.py --project PATH --annotator NAME

A development aid for ``annotator/suggest/claims.py``: it reads what an
analyst annotated and shows, for every gold CLAIM that no suggestion
matches (overlap of at least half the longer, as in ``bench_claims.py``),
the claim, the nearest gold CUE, the gold source and the sentence around
it, so that rules are written for the construction and not the sentence.
Use it on a development set only, never on a held-out one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.core.model import AnnotationSet  # noqa: E402
from annotator.suggest.claims import ClaimSuggester  # noqa: E402
from bench.bench_claims import GoldClaim, GoldDoc, Range, overlaps_enough, predict  # noqa: E402

_SENTENCE_ENDS = ".!?\n"


def sentence_around(text: str, span: Range) -> str:
    """The text from the sentence end before ``span`` to the one after it."""
    start = max(text.rfind(ch, 0, span[0]) for ch in _SENTENCE_ENDS) + 1
    ends = [e for e in (text.find(ch, span[1]) for ch in _SENTENCE_ENDS) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def nearest_cue(ann: AnnotationSet, span: Range, window: int = 120) -> str | None:
    """Text of the gold CUE closest to ``span`` (within ``window`` characters), if any."""
    best: tuple[int, str] | None = None
    for s in ann.spans.values():
        if s.label != "CUE":
            continue
        gap = max(span[0] - s.end, s.start - span[1], 0)
        if gap <= window and (best is None or gap < best[0]):
            best = (gap, s.text)
    return best[1] if best else None


def report(path: Path, annotator: str, show_sources: bool) -> int:
    """Print the misses (and wrong sources) of one project; return the number of misses."""
    from annotator.formats.project import Project
    project = Project.open(path, annotator=annotator)
    suggester = ClaimSuggester()
    misses = 0
    for doc in project.iter_documents():
        if not project.annotations_path(doc.id, annotator).exists():
            continue
        ann = project.load_annotations(doc, annotator)
        source_of = {r.head: ann.spans[r.tail] for r in ann.relations.values()
                     if r.type == "SOURCE" and r.tail in ann.spans}
        gold = [(s, source_of.get(s.id)) for s in ann.sorted_spans() if s.label == "CLAIM"]
        claims = [GoldClaim((s.start, s.end), (src.start, src.end) if src else None)
                  for s, src in gold]
        preds = predict(GoldDoc(doc.id, doc.text, claims), suggester)
        for (span, src), claim in zip(gold, claims, strict=True):
            hit = next((p for p in preds if overlaps_enough(claim.span, p[0])), None)
            text = doc.text
            if hit is None:
                misses += 1
                print(f"MISSED [{doc.id}] claim: {span.text}")
            elif show_sources and src is not None and \
                    (hit[1] is None or not overlaps_enough((src.start, src.end), hit[1])):
                got = text[hit[1][0]:hit[1][1]] if hit[1] else None
                print(f"SOURCE [{doc.id}] claim: {span.text}\n  got source: {got}")
            else:
                continue
            print(f"  cue: {nearest_cue(ann, claim.span)}   "
                  f"source: {src.text if src else None}")
            print(f"  sentence: {sentence_around(text, claim.span)}\n")
    return misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT / "projects" / "sample")
    parser.add_argument("--annotator", default="analyst")
    parser.add_argument("--sources", action="store_true", help="also list wrong sources")
    args = parser.parse_args(argv)
    misses = report(args.project, args.annotator, args.sources)
    print(f"{misses} missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
