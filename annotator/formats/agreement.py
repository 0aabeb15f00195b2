"""Inter-annotator agreement over a project, exactly as the README defines it.

:func:`project_agreement` reads the layers; :func:`agreement` computes on
plain :class:`DocumentInput` values (what tests and the benchmark build).
Per pair of annotators: ``exact_f1``, ``overlap_f1``, ``kappa``,
``relation_f1`` (per label or type and ``"ALL"``), ``certainty_agreement``;
for all annotators at once: ``alpha`` per label; and every disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from annotator.formats.agreement_measures import (
    SolidCounter,
    cohen_kappa,
    f1_from_counts,
    intersect_extents,
    krippendorff_nominal,
    max_overlap_matching,
)
from annotator.formats.disagreements import relation_disagreements, span_disagreements
from annotator.formats.layer_digest import LayerDigest
from annotator.formats.layers import (
    Skipped,
    choose_annotators,
    choose_documents,
    choose_labels,
    load_document_digests,
)
from annotator.formats.project import Project

ALL = "ALL"
CLAIM_LABEL = "CLAIM"
CERTAINTY = "certainty"


@dataclass
class DocumentInput:
    """One document's text and the digest of each annotator's layer of it."""

    id: str
    text: str
    layers: dict[str, LayerDigest]
    _counter: SolidCounter | None = field(default=None, init=False, repr=False)

    @property
    def counter(self) -> SolidCounter:
        """Counts of non-whitespace code points of the text (made once)."""
        if self._counter is None:
            self._counter = SolidCounter(self.text)
        return self._counter


@dataclass
class _PairTotals:
    """Counts summed over the documents of one pair, turned into figures at the end."""

    documents: int = 0
    exact: dict[str, list[int]] = field(default_factory=dict)  # both, |A|, |B|
    overlap: dict[str, list[int]] = field(default_factory=dict)  # matched, |A|, |B|
    kappa: dict[str, list[int]] = field(default_factory=dict)  # units, A, B, both
    relations: dict[str, list[int]] = field(default_factory=dict)  # both, |A|, |B|
    certainty: list[int] = field(default_factory=lambda: [0, 0])  # same, shared

    def add(self, table: dict[str, list[int]], key: str, values: Sequence[int]) -> None:
        row = table.setdefault(key, [0] * len(values))
        for i, v in enumerate(values):
            row[i] += v


@dataclass
class AgreementResult:
    """Figures of a project's agreement; :meth:`as_dict` is the JSON the CLI prints."""

    annotators: list[str]
    labels: list[str]
    pairs: list[dict[str, Any]] = field(default_factory=list)
    alpha: dict[str, float | None] = field(default_factory=dict)
    disagreements: list[dict[str, Any]] = field(default_factory=list)
    per_document: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def message(self) -> str | None:
        """Why there are no pairs, when there are none."""
        if len(self.annotators) < 2:
            return (f"fewer than two annotators ({', '.join(self.annotators) or 'none'}): "
                    "no pairs to compare")
        return None

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of the README."""
        out: dict[str, Any] = {"annotators": self.annotators, "labels": self.labels,
                               "pairs": self.pairs, "alpha": self.alpha,
                               "disagreements": self.disagreements,
                               "per_document": self.per_document,
                               "skipped": [s.as_dict() for s in self.skipped]}
        if self.message:
            out["message"] = self.message
        return out


def _spans_of(d: LayerDigest, label: str) -> set[tuple[int, int]]:
    return d.extents.get(label) or set()


def _add_document(totals: _PairTotals, counter: SolidCounter, a: LayerDigest, b: LayerDigest,
                  labels: Sequence[str]) -> tuple[int, int, int]:
    """Add one document of a pair to ``totals``; return its own (both, |A|, |B|) over labels."""
    totals.documents += 1
    doc_both = doc_a = doc_b = 0
    for label in labels:
        ea, eb = _spans_of(a, label), _spans_of(b, label)
        both = len(ea & eb)
        doc_both, doc_a, doc_b = doc_both + both, doc_a + len(ea), doc_b + len(eb)
        totals.add(totals.exact, label, (both, len(ea), len(eb)))
        matched = max_overlap_matching(list(ea), list(eb)) if ea and eb else 0
        totals.add(totals.overlap, label, (matched, len(ea), len(eb)))
        ua, ub = a.union(label), b.union(label)
        totals.add(totals.kappa, label, (counter.total, counter.count(ua), counter.count(ub),
                                         counter.count(intersect_extents(ua, ub))))
    for rtype in {r[0] for r in a.relations | b.relations}:
        ra = {r for r in a.relations if r[0] == rtype}
        rb = {r for r in b.relations if r[0] == rtype}
        totals.add(totals.relations, rtype, (len(ra & rb), len(ra), len(rb)))
    for start, end in _spans_of(a, CLAIM_LABEL) & _spans_of(b, CLAIM_LABEL):
        key = (start, end, CLAIM_LABEL)
        same = a.attributes[key].get(CERTAINTY) == b.attributes[key].get(CERTAINTY)
        totals.certainty[0] += int(same)
        totals.certainty[1] += 1
    return doc_both, doc_a, doc_b


def _f1_table(table: dict[str, list[int]], keys: Sequence[str]) -> dict[str, float | None]:
    out = {k: f1_from_counts(*table.get(k, (0, 0, 0))) for k in keys}
    sums = [sum(row[i] for row in table.values()) for i in range(3)]
    out[ALL] = f1_from_counts(*sums)
    return out


def _pair_figures(a: str, b: str, totals: _PairTotals, labels: Sequence[str],
                  relation_types: Sequence[str]) -> dict[str, Any]:
    same, shared = totals.certainty
    return {
        "a": a, "b": b, "documents": totals.documents,
        "exact_f1": _f1_table(totals.exact, labels),
        "overlap_f1": _f1_table(totals.overlap, labels),
        "kappa": {k: cohen_kappa(*totals.kappa[k]) if k in totals.kappa else None
                  for k in labels},
        "relation_f1": _f1_table(totals.relations, relation_types),
        "certainty_agreement": same / shared if shared else None,
    }


def agreement(docs: Sequence[DocumentInput], annotators: Sequence[str], labels: Sequence[str],
              relation_types: Sequence[str] = ()) -> AgreementResult:
    """Agreement of ``annotators`` over ``docs`` (each doc's layers are those that exist)."""
    result = AgreementResult(annotators=list(annotators), labels=list(labels))
    types = list(dict.fromkeys([*relation_types, *sorted(
        {r[0] for d in docs for layer in d.layers.values() for r in layer.relations})]))
    pairs = list(combinations(annotators, 2))
    totals = {pair: _PairTotals() for pair in pairs}
    for doc in docs:
        counter = doc.counter
        for a, b in pairs:
            la, lb = doc.layers.get(a), doc.layers.get(b)
            if la is None or lb is None:
                continue
            both, size_a, size_b = _add_document(totals[(a, b)], counter, la, lb, labels)
            found = span_disagreements(doc.id, doc.text, a, b, la, lb) + \
                relation_disagreements(doc.id, doc.text, a, b, la, lb)
            result.disagreements += found
            result.per_document.append({"document": doc.id, "a": a, "b": b,
                                        "exact_f1": f1_from_counts(both, size_a, size_b),
                                        "disagreements": len(found)})
    result.pairs = [_pair_figures(a, b, totals[(a, b)], labels, types) for a, b in pairs]
    result.alpha = alpha_by_label(docs, annotators, labels)
    return result


def alpha_by_label(docs: Sequence[DocumentInput], annotators: Sequence[str],
                   labels: Sequence[str]) -> dict[str, float | None]:
    """Krippendorff's alpha per label over the non-whitespace code points of ``docs``.

    Each unit's value for an annotator is 1 when a span of the label covers
    it, else 0; an annotator without a layer for a document is missing data
    there. Units with fewer than two values are not pairable and drop out.
    The documents are laid end to end (each followed by one position that
    is not a unit) so that each label's coverage is one vectorised sum.
    """
    import numpy as np
    if len(annotators) < 2:
        return {label: None for label in labels}
    bounds: dict[str, tuple[list[int], list[int]]] = {label: ([], []) for label in labels}
    masks: list[Any] = []
    present: list[Any] = []
    offset = 0
    for doc in docs:
        layers = [doc.layers[n] for n in annotators if n in doc.layers]
        if len(layers) < 2:
            continue
        counter = doc.counter
        solid = np.ones(counter.length + 1, dtype=bool)
        solid[counter.spaces] = False
        solid[-1] = False
        masks.append(solid)
        present.append(np.full(counter.total, len(layers), dtype=np.int16))
        for label in labels:
            starts, ends = bounds[label]
            for layer in layers:
                for start, end in layer.union(label):
                    starts.append(start + offset)
                    ends.append(end + offset)
        offset += counter.length + 1
    if not masks:
        return {label: None for label in labels}
    mask, total = np.concatenate(masks), np.concatenate(present)
    out: dict[str, float | None] = {}
    for label in labels:
        starts, ends = bounds[label]
        delta = (np.bincount(np.asarray(starts, dtype=np.int64), minlength=offset + 1)
                 - np.bincount(np.asarray(ends, dtype=np.int64), minlength=offset + 1))
        covered = np.cumsum(delta)[:offset][mask].astype(np.int16)
        out[label] = krippendorff_nominal(np.stack([total - covered, covered], axis=1))
    return out


def project_agreement(project: Project, annotators: Sequence[str] | None = None,
                      labels: Sequence[str] | None = None,
                      documents: Sequence[str] | None = None) -> AgreementResult:
    """Agreement over ``project``'s layers (curated layers only when named in ``annotators``)."""
    names = choose_annotators(project, annotators)
    chosen_labels = choose_labels(project, labels)
    ids = choose_documents(project, documents)
    keep = set(chosen_labels)
    skipped: list[Skipped] = []
    docs = []
    for doc_id in ids:
        loaded = load_document_digests(project, doc_id, names, keep, skipped)
        if loaded is None or not loaded[1]:
            continue
        docs.append(DocumentInput(doc_id, loaded[0].text, loaded[1]))
    types = [t.name for t in project.schema.relation_types]
    result = agreement(docs, names, chosen_labels, types)
    result.skipped = skipped
    return result
