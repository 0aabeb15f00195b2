"""What every suggester is: a named, versioned source of suggested spans (and relations).

A suggester looks at a document (and the current annotations, e.g. to learn
from accepted spans) and returns new :class:`~annotator.core.model.Span`
values with status ``suggested``, its ``origin`` (``"name@version"``) and a
``score`` in [0, 1]. It never changes annotations itself: the runner turns
its output into one :class:`~annotator.core.edits.Batch` through
:func:`annotator.suggest.merge.suggestion_edits`.

A suggester that also proposes relations, or that has to report problems
with its input (an external command writing bad offsets), implements
``suggest_full`` returning :class:`Suggestions`; :func:`collect` calls
whichever the suggester has.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from annotator.core.edits import make_span
from annotator.core.model import AnnotationSet, Document, Relation, Span, Status
from annotator.core.schema import LabelSchema
from annotator.formats.errors import ProjectError


class SuggestError(ProjectError):
    """A suggester cannot run (not configured, not trained, failed); the message says why."""


@dataclass(frozen=True)
class Suggestions:
    """A suggester's output for one document: spans, relations between them, and problems.

    Relations may point at spans of this output or at spans already in the
    annotation set (by id). ``problems`` are messages about suggestions that
    were dropped (bad offsets, unknown labels) for the run's report.
    """

    spans: Sequence[Span] = ()
    relations: Sequence[Relation] = ()
    problems: Sequence[str] = ()


@runtime_checkable
class Suggester(Protocol):
    """A source of suggestions. ``origin`` is ``f"{name}@{version}"``."""

    name: str
    version: str

    @property
    def origin(self) -> str:
        """``"name@version"``, stored on every suggestion this suggester makes."""
        ...

    def suggest(self, doc: Document, ann: AnnotationSet) -> list[Span]:
        """Suggested spans for ``doc`` (status SUGGESTED, with origin and score)."""
        ...


class SuggesterBase:
    """Convenience base: ``origin`` from name and version, ``suggest`` from ``suggest_full``."""

    name = "suggester"
    version = "1"

    @property
    def origin(self) -> str:
        """``"name@version"``."""
        return f"{self.name}@{self.version}"

    def suggest(self, doc: Document, ann: AnnotationSet) -> list[Span]:
        """The spans of :meth:`suggest_full`."""
        return list(self.suggest_full(doc, ann).spans)

    def suggest_full(self, doc: Document, ann: AnnotationSet) -> Suggestions:
        """Spans, relations and problems for ``doc``; subclasses override this."""
        raise NotImplementedError


def collect(suggester: Suggester, doc: Document, ann: AnnotationSet) -> Suggestions:
    """Run ``suggester`` on one document, with relations and problems when it gives them."""
    full = getattr(suggester, "suggest_full", None)
    if callable(full):
        result = full(doc, ann)
        if isinstance(result, Suggestions):
            return result
    return Suggestions(spans=tuple(suggester.suggest(doc, ann)))


def suggested_span(text: str, start: int, end: int, label: str, *, origin: str,
                   score: float | None = None, attributes: Mapping[str, Any] | None = None,
                   extra: Mapping[str, Any] | None = None) -> Span:
    """A new span over ``text[start:end]`` with status SUGGESTED (fresh id and timestamps)."""
    span = make_span(text, start, end, label, origin=origin, status=Status.SUGGESTED,
                     score=None if score is None else round(float(score), 4),
                     attributes=dict(attributes or {}))
    return span.with_changes(extra=dict(extra or {})) if extra else span


def valid_attributes(schema: LabelSchema | None, label: str,
                     candidates: Mapping[str, Any]) -> dict[str, Any]:
    """The subset of ``candidates`` that ``label`` defines in ``schema`` with an allowed value."""
    if schema is None:
        return {}
    lab = schema.label(label)
    if lab is None:
        return {}
    out: dict[str, Any] = {}
    for name, value in candidates.items():
        adef = lab.attribute(name)
        if adef is not None and value is not None and adef.problem(value) is None:
            out[name] = value
    return out


@dataclass(frozen=True)
class LabelScores:
    """Precision, recall and F1 of one label (exact span match) with the counts behind them."""

    label: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 0 when nothing was predicted."""
        n = self.true_positives + self.false_positives
        return self.true_positives / n if n else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 0 when there is nothing to find."""
        n = self.true_positives + self.false_negatives
        return self.true_positives / n if n else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: LabelScores) -> LabelScores:
        return LabelScores(self.label, self.true_positives + other.true_positives,
                           self.false_positives + other.false_positives,
                           self.false_negatives + other.false_negatives)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: counts and rounded precision, recall, F1."""
        return {"label": self.label, "tp": self.true_positives, "fp": self.false_positives,
                "fn": self.false_negatives, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def score_spans(gold: Sequence[tuple[int, int, str]], predicted: Sequence[tuple[int, int, str]],
                labels: Sequence[str] | None = None) -> dict[str, LabelScores]:
    """Exact-match scores per label of ``predicted`` (start, end, label) keys against ``gold``."""
    gold_set, pred_set = set(gold), set(predicted)
    names = list(labels) if labels is not None else \
        sorted({k[2] for k in gold_set | pred_set})
    out: dict[str, LabelScores] = {}
    for name in names:
        g = {k for k in gold_set if k[2] == name}
        p = {k for k in pred_set if k[2] == name}
        out[name] = LabelScores(name, len(g & p), len(p - g), len(g - p))
    return out


def micro(scores: Mapping[str, LabelScores], labels: Sequence[str] | None = None) -> LabelScores:
    """Scores summed over ``labels`` (all when None)."""
    total = LabelScores("micro")
    for name, s in scores.items():
        if labels is None or name in labels:
            total = total + s
    return LabelScores("micro", total.true_positives, total.false_positives,
                       total.false_negatives)


@dataclass
class Evaluation:
    """Accumulates exact-match scores over many documents."""

    scores: dict[str, LabelScores] = field(default_factory=dict)

    def add(self, gold: Sequence[tuple[int, int, str]],
            predicted: Sequence[tuple[int, int, str]],
            labels: Sequence[str] | None = None) -> None:
        """Add one document's gold and predicted keys."""
        for name, s in score_spans(gold, predicted, labels).items():
            self.scores[name] = self.scores.get(name, LabelScores(name)) + s
