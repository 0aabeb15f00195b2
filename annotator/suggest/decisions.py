"""The review decisions a key makes of a pending suggestion, without the window.

Which suggestion is next, and which core edit Return, X, a label key or an
edge key makes of a pending suggestion: editing one keeps what was
suggested, so accepting it afterwards counts as "edited" in
:func:`annotator.suggest.review.review_stats`. Suggested relations follow
their spans in the same undo step (:func:`annotator.suggest.review.with_relations`).

Bulk acceptance is described by a :class:`BulkChoice` (what the bulk dialog
returns); :func:`count_in_project` counts its matches in the other documents
for the confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from annotator.core import edits
from annotator.core.model import AnnotationSet, Span, Status, span_sort_key
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.suggest import review


@dataclass(frozen=True)
class BulkChoice:
    """Which pending suggestions to accept: of ``label``, ``origin``, scoring ``min_score`` or more.

    ``excluded``: ids unchecked in the preview (this document). Conflicts
    (another label suggested on the same extent) are left out unless
    ``skip_conflicts`` is False.
    """

    label: str | None
    min_score: float | None
    project_wide: bool
    origin: str | None = None
    excluded: frozenset[str] = frozenset()
    skip_conflicts: bool = True


class Progress(Protocol):
    """What a long count needs from its runner: progress and a cancel flag."""

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` of ``total`` steps."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


def pending(ann: AnnotationSet | None) -> list[Span]:
    """Pending suggestions of ``ann`` in text order."""
    if ann is None:
        return []
    return sorted(
        (s for s in ann.spans.values() if s.status is Status.SUGGESTED), key=span_sort_key
    )


def step_suggestion(
    spans: Sequence[Span], current: Span | None, cursor: int, delta: int
) -> Span | None:
    """The pending suggestion after (``delta`` +1) or before (-1) ``current`` or the cursor.

    Wraps around at the ends; None when there is no pending suggestion.
    """
    if not spans:
        return None
    keys = [span_sort_key(s) for s in spans]
    if current is not None:
        here = span_sort_key(current)
        if delta > 0:
            later = [i for i, k in enumerate(keys) if k > here]
            return spans[later[0] if later else 0]
        earlier = [i for i, k in enumerate(keys) if k < here]
        return spans[earlier[-1] if earlier else -1]
    if delta > 0:
        return next((s for s in spans if s.start >= cursor), spans[0])
    before = [s for s in spans if s.start < cursor]
    return before[-1] if before else spans[-1]


def relabel_edit(text: str, span: Span, label: str) -> edits.ChangeSpan:
    """Relabel a span; a pending suggestion stays pending and remembers what was suggested."""
    if span.status is Status.SUGGESTED:
        return review.revise(span, text=text, label=label)
    return edits.relabel(span, label)


def resize_edit(text: str, span: Span, start: int, end: int) -> edits.ChangeSpan:
    """Move a span's edges; a pending suggestion stays pending and remembers what was suggested."""
    if span.status is Status.SUGGESTED:
        return review.revise(span, text=text, start=start, end=end)
    return edits.resize(text, span, start, end)


#: Accept a suggestion: as edited when its edges or label moved since it was suggested.
accept_edit = review.accept_suggestion


def accept_with_relations(
    text: str, ann: AnnotationSet, span: Span, reviewer: str
) -> edits.ChangeSpan | edits.Batch:
    """Accept a suggestion (see :func:`accept_edit`) and its links whose other end is accepted."""
    return review.with_relations(ann, accept_edit(text, span, reviewer), reviewer=reviewer)


def reject_with_relations(
    ann: AnnotationSet, span: Span, reviewer: str
) -> edits.ChangeSpan | edits.Batch:
    """Reject a suggestion and its suggested links (all kept in the file)."""
    return review.with_relations(ann, review.reject(span, reviewer=reviewer), reviewer=reviewer)


def pending_by_label(ann: AnnotationSet | None) -> dict[str, int]:
    """Pending suggestions per label."""
    out: dict[str, int] = {}
    for span in pending(ann):
        out[span.label] = out.get(span.label, 0) + 1
    return out


def bulk_edits(ann: AnnotationSet, choice: BulkChoice, reviewer: str | None = None,
               here: bool = False) -> edits.Batch:
    """The bulk acceptance ``choice`` makes of ``ann`` (``here``: with the preview's unchecked)."""
    return review.bulk_accept_edits(
        ann, choice.label, choice.min_score, origin=choice.origin, reviewer=reviewer,
        skip_conflicts=choice.skip_conflicts and not here,
        exclude=choice.excluded if here else ())


def count_in_project(
    project: Project, choice: BulkChoice, skip: str | None, ctx: Progress
) -> dict[str, int]:
    """Pending suggestions matching the filter per document (not ``skip``), for the confirmation."""
    entries = project.documents()
    out: dict[str, int] = {}
    for n, entry in enumerate(entries, start=1):
        if ctx.cancelled():
            break
        if entry.id != skip and entry.span_counts(project.annotator).get("suggested"):
            try:
                ann = project.load_annotations(project.load_document(entry.id))
            except ProjectError:
                continue
            found = review.split_counts(bulk_edits(ann, choice))[0]
            if found:
                out[entry.id] = found
        ctx.progress(n, len(entries))
    return out
