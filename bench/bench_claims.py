"""Precision, recall and source accuracy of the claim suggester on hand-annotated paragraphs.

    .venv/bin/python bench/bench_claims.py            # both sets, figures only
    .venv/bin/python bench/bench_claims.py --errors   # also list misses and false alarms

Sets: ``bench/data/claims_heldout.py`` (written for this bench, see its
docstring), the held-out gold project ``bench/data/heldout`` (another
engineer's held-out set with CLAIM spans and SOURCE relations, read by
:func:`bench.heldout.load_heldout`), and the sample project
``projects/sample`` (the seed articles with their hand annotations) when
present. The sample is a development set: the suggester was tuned on it,
so its figures are not held-out figures.

A predicted claim matches a gold claim when their overlap is at least half
the longer of the two, in characters (one-to-one, greedily by overlap).
Source accuracy: of the matched claims whose gold claim has a SOURCE, the
fraction whose predicted source span overlaps the gold source actor by at
least half the longer of the two. Accepts ``--small`` and ``--docs`` like
every bench script (both sets are small; they are ignored).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from annotator.core.edits import load_items  # noqa: E402
from annotator.core.model import AnnotationSet, Document  # noqa: E402
from annotator.core.text import sha256_text  # noqa: E402
from annotator.suggest.claims import ClaimSuggester  # noqa: E402

Range = tuple[int, int]


@dataclass
class GoldClaim:
    """A gold claim and its source actor (None for the author's own claims)."""

    span: Range
    source: Range | None


@dataclass
class GoldDoc:
    """A paragraph with its gold claims."""

    id: str
    text: str
    claims: list[GoldClaim]


@dataclass
class Scores:
    """Counts behind precision, recall and source accuracy."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    with_source: int = 0
    source_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched / predicted."""
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Matched / gold."""
        return self.matched / self.gold if self.gold else 0.0

    @property
    def source_accuracy(self) -> float:
        """Right sources / matched claims that have a gold source."""
        return self.source_right / self.with_source if self.with_source else 0.0


def overlaps_enough(a: Range, b: Range) -> bool:
    """True when the overlap of ``a`` and ``b`` is at least half the longer one."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and 2 * inter >= max(a[1] - a[0], b[1] - b[0])


def _locate(text: str, sub: str, occurrence: int, where: str) -> Range:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            raise ValueError(f"{where}: {sub!r} (occurrence {occurrence}) is not in the text")
    return pos, pos + len(sub)


def load_own() -> list[GoldDoc]:
    """``bench/data/claims_heldout.py`` resolved to offsets."""
    from bench.data.claims_heldout import PARAGRAPHS
    docs = []
    for p in PARAGRAPHS:
        claims = []
        for c in p["claims"]:
            span = _locate(p["text"], c["claim"], c.get("claim_occurrence", 1), p["id"])
            src = c.get("source")
            source = _locate(p["text"], src, c.get("source_occurrence", 1), p["id"]) \
                if src else None
            claims.append(GoldClaim(span, source))
        docs.append(GoldDoc(p["id"], p["text"], claims))
    return docs


def gold_doc(doc: Document, ann: AnnotationSet) -> GoldDoc:
    """The CLAIM spans of ``ann`` with the actor each one's SOURCE relation points to."""
    source_of = {r.head: ann.spans[r.tail] for r in ann.relations.values()
                 if r.type == "SOURCE" and r.tail in ann.spans}
    claims = [GoldClaim((s.start, s.end), (source_of[s.id].start, source_of[s.id].end)
                        if s.id in source_of else None)
              for s in ann.sorted_spans() if s.label == "CLAIM"]
    return GoldDoc(doc.id, doc.text, claims)


def load_heldout_claims() -> list[GoldDoc]:
    """The held-out gold project ``bench/data/heldout`` (:mod:`bench.heldout`)."""
    from bench.heldout import load_heldout
    return [gold_doc(doc, ann) for doc, ann in load_heldout()]


def load_project(path: Path, annotator: str = "analyst") -> list[GoldDoc]:
    """Documents of a project with ``annotator``'s CLAIM spans and SOURCE relations as gold."""
    from annotator.formats.project import Project
    project = Project.open(path, annotator=annotator)
    docs = []
    for doc in project.iter_documents():
        if not project.annotations_path(doc.id, annotator).exists():
            continue  # not annotated: no gold to compare with
        docs.append(gold_doc(doc, project.load_annotations(doc, annotator)))
    return docs


def predict(doc: GoldDoc, suggester: ClaimSuggester,
            before: object | None = None) -> list[tuple[Range, Range | None]]:
    """Predicted (claim, source) ranges of one paragraph.

    The annotations start empty, or hold the spans of suggester ``before``
    (the dictionary), as when both are run on a project.
    """
    ann = AnnotationSet(document_id=doc.id, annotator="bench", text_sha256=sha256_text(doc.text))
    document = Document(id=doc.id, text=doc.text)
    if before is not None:
        for span in before.suggest(document, ann):
            load_items(ann, spans=[span])
    out = suggester.suggest_full(document, ann)
    by_id = {s.id: s for s in out.spans}
    by_id.update(ann.spans)
    source = {r.head: by_id[r.tail] for r in out.relations if r.tail in by_id}
    return [((s.start, s.end), (source[s.id].start, source[s.id].end) if s.id in source
             else None) for s in out.spans if s.label == "CLAIM"]


def evaluate(docs: list[GoldDoc], suggester: ClaimSuggester | None = None,
             before: object | None = None) -> Scores:
    """Score the suggester on ``docs``; ``errors`` lists what went wrong, for reading."""
    suggester = suggester or ClaimSuggester()
    scores = Scores()
    for doc in docs:
        preds = predict(doc, suggester, before)
        scores.gold += len(doc.claims)
        scores.predicted += len(preds)
        pairs = sorted(((min(g.span[1], p[0][1]) - max(g.span[0], p[0][0]), gi, pi)
                        for gi, g in enumerate(doc.claims) for pi, p in enumerate(preds)
                        if overlaps_enough(g.span, p[0])), reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        t = doc.text
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            scores.matched += 1
            gold, (_, psrc) = doc.claims[gi], preds[pi]
            if gold.source is not None:
                scores.with_source += 1
                if psrc is not None and overlaps_enough(gold.source, psrc):
                    scores.source_right += 1
                else:
                    got = t[psrc[0]:psrc[1]] if psrc else None
                    scores.errors.append(f"{doc.id} wrong source for “{t[slice(*gold.span)]}”"
                                         f": gold “{t[slice(*gold.source)]}”, got “{got}”")
        for gi, g in enumerate(doc.claims):
            if gi not in used_g:
                scores.errors.append(f"{doc.id} missed “{t[slice(*g.span)]}”")
        for pi, p in enumerate(preds):
            if pi not in used_p:
                scores.errors.append(f"{doc.id} false alarm “{t[slice(*p[0])]}”")
    return scores


def _print(name: str, docs: list[GoldDoc], scores: Scores, seconds: float,
           errors: bool) -> None:
    print(f"{name}: {len(docs)} paragraphs, {scores.gold} gold claims, "
          f"{scores.predicted} predicted, {scores.matched} matched")
    print(f"  precision {scores.precision:.3f}  recall {scores.recall:.3f}  "
          f"source accuracy {scores.source_accuracy:.3f} "
          f"({scores.source_right}/{scores.with_source})  [{seconds * 1000:.0f} ms]")
    if errors:
        for line in scores.errors:
            print("   -", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--small", action="store_true", help="(ignored: the sets are small)")
    parser.add_argument("--docs", type=int, default=None, help="(ignored)")
    parser.add_argument("--only", choices=("own", "heldout", "sample"), default=None)
    parser.add_argument("--with-dictionary", action="store_true",
                        help="also score with the dictionary suggester's ACTOR spans present")
    args = parser.parse_args(argv)
    sets: list[tuple[str, list[GoldDoc]]] = []
    if args.only in (None, "own"):
        sets.append(("claims_heldout.py", load_own()))
    if args.only in (None, "heldout"):
        sets.append(("bench/data/heldout (held-out gold project)", load_heldout_claims()))
    sample = ROOT / "projects" / "sample"
    if args.only in (None, "sample") and (sample / "project.json").is_file():
        sets.append(("projects/sample (dev set: tuned on, not held-out)", load_project(sample)))
    dictionary = _dictionary() if args.with_dictionary else None
    for name, docs in sets:
        t0 = time.perf_counter()
        scores = evaluate(docs)
        _print(name, docs, scores, time.perf_counter() - t0, args.errors)
        if dictionary is not None:
            t0 = time.perf_counter()
            scores = evaluate(docs, before=dictionary)
            _print(f"{name} + dictionary ACTOR spans", docs, scores,
                   time.perf_counter() - t0, args.errors)
    _throughput(200_000 if args.small else 1_000_000)
    return 0


def _dictionary() -> object:
    """The dictionary suggester over the starter lexicon (ACTOR and LOCATION spans)."""
    from annotator.core.schema import default_schema
    from annotator.suggest.dictionary import DictionarySuggester
    from annotator.suggest.lexicon import default_lexicon_paths, load_lexicon
    return DictionarySuggester(load_lexicon(default_lexicon_paths()), default_schema())


def _throughput(size: int) -> None:
    """Time the suggester on one long document made of the paragraphs repeated."""
    from bench.data.claims_heldout import PARAGRAPHS
    unit = "\n".join(p["text"] for p in PARAGRAPHS)
    text = "\n".join([unit] * (size // len(unit) + 1))
    doc = GoldDoc("long", text, [])
    t0 = time.perf_counter()
    n = len(predict(doc, ClaimSuggester()))
    seconds = time.perf_counter() - t0
    print(f"throughput: {len(text):,} characters, {n:,} claims in {seconds:.2f} s "
          f"({len(text) / seconds / 1000:.0f} k characters/s)")


if __name__ == "__main__":
    sys.exit(main())
