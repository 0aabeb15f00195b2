"""Reviewing suggestions: accept, accept after editing, reject, bulk accept, precision per origin.

Review never deletes: a rejected suggestion keeps its origin and stays in
the file, so the suggester does not offer it again and its precision can be
computed. Every decision records who made it (``extra["reviewed_by"]``);
an edit before accepting records what was suggested
(``extra["suggested_as"] = {"start", "end", "label"}``) so
:func:`review_stats` can tell "accepted as is" from "accepted after editing".

Decisions made in bulk (:func:`bulk_accept_edits`) are marked
``extra["review_mode"] = "bulk"`` (a key older readers keep as an unknown
key, so the file format does not change); a later one-by-one decision
removes the mark. :func:`review_stats` computes precision only over
decisions made one by one and counts bulk ones apart: accepting everything
above a score measures trust in the suggester, not the suggester.

Suggested relations (SOURCE/ABOUT links from the claims suggester) follow
their spans, in the same undo step (:func:`with_relations`):

- accepting a span accepts each of its suggested relations whose other end
  is accepted too (already, or in the same step); a relation to a span that
  is still pending stays pending, and is accepted when that span is;
- rejecting a span rejects its suggested relations (nothing is deleted);
- :func:`bulk_accept_edits` accepts the suggested relations whose two ends
  are accepted once the bulk action is done.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from annotator.core.edits import (
    Batch,
    ChangeRelation,
    ChangeSpan,
    EditError,
    apply_edit,
    set_status,
)
from annotator.core.model import AnnotationSet, Relation, Span, Status, now_iso
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project
from annotator.formats.report import Progress, Report, no_progress

#: Recorded as ``reviewed_by`` when a caller does not say who decided: a review
#: must always be recorded, or the decision would not count in :func:`review_stats`.
UNKNOWN_REVIEWER = "unknown"
#: Key in ``extra`` of a span or relation decided in bulk, and its value.
REVIEW_MODE = "review_mode"
BULK = "bulk"


def _with_mode(extra: Mapping[str, Any], bulk: bool) -> dict[str, Any]:
    """``extra`` marked as decided in bulk, or with the mark removed (decided one by one)."""
    out = dict(extra)
    if bulk:
        out[REVIEW_MODE] = BULK
    else:
        out.pop(REVIEW_MODE, None)
    return out


def is_bulk(item: Span | Relation) -> bool:
    """True when the span's or relation's last review decision was made in bulk."""
    return item.extra.get(REVIEW_MODE) == BULK


def _decide(span: Span, status: Status, reviewer: str | None, bulk: bool) -> ChangeSpan:
    edit = set_status(span, status, reviewer=reviewer or UNKNOWN_REVIEWER)
    verb = "Accept" if status is Status.ACCEPTED else "Reject"  # the undo step's name
    return ChangeSpan(span, edit.after.with_changes(extra=_with_mode(edit.after.extra, bulk)),
                      f"{verb} {span.label} “{_short(span.text)}”")


def _short(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def accept(span: Span, *, reviewer: str | None = None, bulk: bool = False) -> ChangeSpan:
    """Accept a suggestion as it is (origin and score are kept, the review is recorded)."""
    return _decide(span, Status.ACCEPTED, reviewer, bulk)


def reject(span: Span, *, reviewer: str | None = None) -> ChangeSpan:
    """Reject a suggestion; it stays in the file and is not suggested again by its origin."""
    return _decide(span, Status.REJECTED, reviewer, False)


def revise(span: Span, *, text: str, start: int | None = None, end: int | None = None,
           label: str | None = None) -> ChangeSpan:
    """Move a pending suggestion's edges or change its label, still pending review.

    For review flows that edit first and accept later: the first suggested
    offsets and label are kept in ``extra["suggested_as"]`` so the later
    :func:`accept` counts as "edited".
    """
    start = span.start if start is None else start
    end = span.end if end is None else end
    label = span.label if label is None else label
    extra: dict[str, Any] = dict(span.extra)
    extra.setdefault("suggested_as", {"start": span.start, "end": span.end, "label": span.label})
    attrs = span.attributes if label == span.label else {}
    after = span.with_changes(start=start, end=end, label=label, text=text[start:end],
                              attributes=dict(attrs), modified=now_iso(), extra=extra)
    return ChangeSpan(span, after, "Edit suggestion")


def accept_edited(span: Span, start: int, end: int, label: str, *, text: str,
                  reviewer: str | None = None) -> ChangeSpan:
    """Accept a suggestion after moving its edges to ``[start, end)`` and/or relabelling it.

    ``text`` is the document text (the span's covered text follows the new
    offsets). The first suggested offsets and label are kept in
    ``extra["suggested_as"]``, also when a span is edited twice.
    """
    extra: dict[str, Any] = _with_mode(span.extra, False)
    extra.setdefault("suggested_as", {"start": span.start, "end": span.end, "label": span.label})
    if reviewer:
        extra["reviewed_by"] = reviewer
    attrs = span.attributes if label == span.label else {}
    after = span.with_changes(start=start, end=end, label=label, text=text[start:end],
                              attributes=dict(attrs), status=Status.ACCEPTED,
                              modified=now_iso(), extra=extra)
    return ChangeSpan(span, after, "Accept edited suggestion")


def set_relation_status(rel: Relation, status: Status, *,
                        reviewer: str | None = None, bulk: bool = False) -> ChangeRelation:
    """Accept or reject a suggested relation (origin kept; ``bulk`` marks a bulk decision)."""
    extra = _with_mode(rel.extra, bulk)
    if reviewer:
        extra["reviewed_by"] = reviewer
    return ChangeRelation(rel, rel.with_changes(status=status, modified=now_iso(), extra=extra),
                          f"Mark link {status.value}")


def _accepted_after(ann: AnnotationSet, span_edits: Iterable[ChangeSpan]) -> set[str]:
    """Ids of the spans that are accepted once ``span_edits`` are applied."""
    after = {sid: s.status for sid, s in ann.spans.items()}
    for edit in span_edits:
        after[edit.after.id] = edit.after.status
    return {sid for sid, status in after.items() if status is Status.ACCEPTED}


def relations_to_accept(ann: AnnotationSet, span_edits: Iterable[ChangeSpan],
                        *, reviewer: str | None = None,
                        bulk: bool = False) -> list[ChangeRelation]:
    """Accept the suggested relations touched by ``span_edits`` whose two ends end up accepted.

    A relation to a span that is still pending (or rejected) is left alone.
    """
    span_edits = list(span_edits)
    touched = {e.after.id for e in span_edits}
    accepted = _accepted_after(ann, span_edits)
    return [set_relation_status(rel, Status.ACCEPTED, reviewer=reviewer or UNKNOWN_REVIEWER,
                                bulk=bulk)
            for rel in ann.sorted_relations()
            if rel.status is Status.SUGGESTED and (rel.head in touched or rel.tail in touched)
            and rel.head in accepted and rel.tail in accepted]


def relations_to_reject(ann: AnnotationSet, span_id: str, *,
                        reviewer: str | None = None) -> list[ChangeRelation]:
    """Reject the suggested relations of span ``span_id`` (they stay in the file)."""
    return [set_relation_status(rel, Status.REJECTED, reviewer=reviewer or UNKNOWN_REVIEWER)
            for rel in sorted(ann.relations_of(span_id), key=lambda r: r.id)
            if rel.status is Status.SUGGESTED]


def with_relations(ann: AnnotationSet, edit: ChangeSpan, *,
                   reviewer: str | None = None) -> ChangeSpan | Batch:
    """``edit`` (a review decision on a span) plus what it means for the span's suggested relations.

    An accepting edit also accepts the span's suggested relations whose
    other end is accepted; a rejecting edit also rejects them. Returns
    ``edit`` itself when no relation follows, else one :class:`Batch` (one
    undo step).
    """
    if edit.after.status is Status.ACCEPTED:
        follow: list[ChangeRelation] = relations_to_accept(ann, [edit], reviewer=reviewer)
    elif edit.after.status is Status.REJECTED:
        follow = relations_to_reject(ann, edit.after.id, reviewer=reviewer)
    else:
        follow = []
    if not follow:
        return edit
    return Batch((edit, *follow), f"{edit.description} and {len(follow)} links")


def review_relations(ann: AnnotationSet, span: Span, status: Status, *,
                     reviewer: str | None = None) -> Batch:
    """Accept or reject the suggested relations of ``span`` explicitly (one :class:`Batch`).

    Accepting takes the relations whose other end is accepted (a pending
    ``span`` is accepted with them); a relation to a span that is still
    pending stays pending. Rejecting rejects every suggested relation of
    ``span`` and leaves the span as it is.
    """
    who = reviewer or UNKNOWN_REVIEWER
    if status is Status.REJECTED:
        rejects = relations_to_reject(ann, span.id, reviewer=who)
        return Batch(tuple(rejects), f"Reject {len(rejects)} suggested links")
    if status is not Status.ACCEPTED:
        raise ValueError(f"a review decides accepted or rejected, not {status.value}")
    # An unchanged span "edit" marks an accepted span as the one whose links are decided.
    decided = accept(span, reviewer=who) if span.status is Status.SUGGESTED else \
        ChangeSpan(span, span)
    rels = relations_to_accept(ann, [decided], reviewer=who)
    head = (decided,) if decided.before is not decided.after else ()
    return Batch((*head, *rels), f"Accept {len(rels)} suggested links")


def pending_relations(ann: AnnotationSet, span_id: str | None = None) -> list[Relation]:
    """Suggested (pending) relations of ``ann``, or only those of span ``span_id``."""
    rels = ann.sorted_relations() if span_id is None else list(ann.relations_of(span_id))
    return [r for r in rels if r.status is Status.SUGGESTED]


def split_counts(batch: Batch) -> tuple[int, int]:
    """(span edits, relation edits) in ``batch``: what a bulk action accepted."""
    rels = sum(1 for e in batch.edits if isinstance(e, ChangeRelation))
    return len(batch.edits) - rels, rels


def conflicting_ids(ann: AnnotationSet) -> set[str]:
    """Pending suggestions sharing their extent with a pending suggestion of another label."""
    labels: dict[tuple[int, int], set[str]] = {}
    for span in ann.spans.values():
        if span.status is Status.SUGGESTED:
            labels.setdefault((span.start, span.end), set()).add(span.label)
    return {s.id for s in ann.spans.values() if s.status is Status.SUGGESTED
            and len(labels[(s.start, s.end)]) > 1}


def bulk_candidates(ann: AnnotationSet, label: str | None = None,
                    min_score: float | None = None, *,
                    origin: str | None = None) -> list[Span]:
    """Pending suggestions of ``label`` and ``origin`` scoring at least ``min_score``, in order.

    A suggestion without a score is left out when ``min_score`` is given.
    """
    return [span for span in ann.sorted_spans()
            if span.status is Status.SUGGESTED
            and (label is None or span.label == label)
            and (origin is None or span.origin == origin)
            and (min_score is None or (span.score is not None and span.score >= min_score))]


def bulk_accept_edits(ann: AnnotationSet, label: str | None = None,
                      min_score: float | None = None, *, origin: str | None = None,
                      reviewer: str | None = None, skip_conflicts: bool = False,
                      exclude: Iterable[str] = ()) -> Batch:
    """Accept every pending suggestion (of ``label``, ``origin``, scoring at least ``min_score``).

    One :class:`Batch`, so the whole bulk action is one undo step. A
    suggestion without a score is left alone when ``min_score`` is given;
    with ``skip_conflicts`` so is one whose extent holds a pending
    suggestion of another label (a person must choose), and so are the ids
    in ``exclude`` (unchecked in a preview).
    """
    left_out = set(exclude) | (conflicting_ids(ann) if skip_conflicts else set())
    edits = [accept(span, reviewer=reviewer, bulk=True)
             for span in bulk_candidates(ann, label, min_score, origin=origin)
             if span.id not in left_out]
    rels = relations_to_accept(ann, edits, reviewer=reviewer, bulk=True) if edits else []
    what = f"{label} " if label else ""
    above = f" scoring {min_score:g} or more" if min_score is not None else ""
    links = f" and {len(rels)} links" if rels else ""
    return Batch((*edits, *rels), f"Accept {len(edits)} {what}suggestions{above}{links}")


def bulk_accept_project(project: Project, label: str | None = None,
                        min_score: float | None = None, *, origin: str | None = None,
                        doc_ids: list[str] | None = None, annotator: str | None = None,
                        reviewer: str | None = None, skip_conflicts: bool = False,
                        progress: Progress = no_progress) -> Report:
    """:func:`bulk_accept_edits` in every document (or ``doc_ids``), each saved as it is done.

    The report counts ``accepted`` span suggestions and
    ``relations_accepted`` links; unreadable or conflicting
    documents are skipped with their reason.
    """
    report = Report()
    ids = doc_ids if doc_ids is not None else [e.id for e in project.documents()]
    for n, doc_id in enumerate(ids, start=1):
        try:
            doc = project.load_document(doc_id)
            ann = project.load_annotations(doc, annotator)
            batch = bulk_accept_edits(ann, label, min_score, origin=origin,
                                      reviewer=reviewer or project.annotator,
                                      skip_conflicts=skip_conflicts)
            if batch.edits:
                apply_edit(doc.text, ann, batch, project.schema)
                project.save_annotations(ann)
                spans, rels = split_counts(batch)
                report.count("accepted", spans)
                if rels:
                    report.count("relations_accepted", rels)
            report.done.append(doc_id)
        except (ProjectError, EditError) as err:
            report.skip(doc_id, str(err))
        progress(n, len(ids))
    return report


@dataclass
class OriginStats:
    """Review decisions on the suggestions of one origin: spans, and relations counted apart.

    ``accepted``, ``edited`` and ``rejected`` count decisions made one by
    one; ``bulk_accepted`` (and ``relations_bulk_accepted``) those made in
    bulk, which precision leaves out.
    """

    origin: str
    suggested: int = 0
    accepted: int = 0
    edited: int = 0
    rejected: int = 0
    bulk_accepted: int = 0
    relations_suggested: int = 0
    relations_accepted: int = 0
    relations_rejected: int = 0
    relations_bulk_accepted: int = 0

    def add(self, other: OriginStats) -> None:
        """Add ``other``'s counts (of the same origin) to these."""
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def reviewed(self) -> int:
        """Suggestions a person decided on one by one."""
        return self.accepted + self.edited + self.rejected

    @property
    def precision(self) -> float | None:
        """(accepted + edited) / reviewed; None before any decision."""
        return (self.accepted + self.edited) / self.reviewed if self.reviewed else None

    @property
    def relations_reviewed(self) -> int:
        """Suggested relations a person decided on one by one."""
        return self.relations_accepted + self.relations_rejected

    @property
    def relations_precision(self) -> float | None:
        """Accepted / reviewed relations; None before any decision on a relation."""
        n = self.relations_reviewed
        return self.relations_accepted / n if n else None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready counts and precision, spans and relations apart."""
        p, rp = self.precision, self.relations_precision
        return {"origin": self.origin, "suggested": self.suggested, "accepted": self.accepted,
                "edited": self.edited, "rejected": self.rejected,
                "bulk_accepted": self.bulk_accepted,
                "precision": None if p is None else round(p, 4),
                "relations_suggested": self.relations_suggested,
                "relations_accepted": self.relations_accepted,
                "relations_rejected": self.relations_rejected,
                "relations_bulk_accepted": self.relations_bulk_accepted,
                "relations_precision": None if rp is None else round(rp, 4)}


#: The counts of an :class:`OriginStats` (every field but its origin).
_COUNTS = tuple(f.name for f in fields(OriginStats) if f.name != "origin")


def is_suggestion(span: Span) -> bool:
    """True for a span that came from a suggester and is pending or was reviewed.

    Spans a person made and never put through review (no ``reviewed_by``)
    are not counted, whatever their origin.
    """
    if not span.origin:
        return False
    return span.status is not Status.ACCEPTED or "reviewed_by" in span.extra or \
        "suggested_as" in span.extra


def accept_suggestion(text: str, span: Span, reviewer: str) -> ChangeSpan:
    """Accept a suggestion: as edited when its edges or label moved since it was suggested."""
    if was_edited(span):
        return accept_edited(span, span.start, span.end, span.label, text=text,
                             reviewer=reviewer)
    return accept(span, reviewer=reviewer)


def was_edited(span: Span) -> bool:
    """True when an accepted suggestion's offsets or label differ from what was suggested."""
    first = span.extra.get("suggested_as")
    if not isinstance(first, dict):
        return False
    return (first.get("start"), first.get("end"), first.get("label")) != span.key


def add_to_stats(stats: dict[str, OriginStats], spans: Iterable[Span]) -> None:
    """Count the suggestions among ``spans`` into ``stats`` (by origin)."""
    for span in spans:
        if not is_suggestion(span):
            continue
        row = stats.setdefault(span.origin, OriginStats(span.origin))
        if span.status is Status.SUGGESTED:
            row.suggested += 1
        elif span.status is Status.REJECTED:
            row.rejected += 1
        elif is_bulk(span):
            row.bulk_accepted += 1
        elif was_edited(span):
            row.edited += 1
        else:
            row.accepted += 1


def is_suggested_relation(rel: Relation) -> bool:
    """True for a relation from a suggester that is pending or was reviewed (as for spans)."""
    if not rel.origin:
        return False
    return rel.status is not Status.ACCEPTED or "reviewed_by" in rel.extra


def add_relations_to_stats(stats: dict[str, OriginStats], relations: Iterable[Relation]) -> None:
    """Count the suggested relations among ``relations`` into ``stats`` (by origin)."""
    for rel in relations:
        if not is_suggested_relation(rel):
            continue
        row = stats.setdefault(rel.origin, OriginStats(rel.origin))
        if rel.status is Status.SUGGESTED:
            row.relations_suggested += 1
        elif rel.status is Status.REJECTED:
            row.relations_rejected += 1
        elif is_bulk(rel):
            row.relations_bulk_accepted += 1
        else:
            row.relations_accepted += 1


def review_stats(project: Project, annotator: str | None = None,
                 kept: ReviewStatsMemo | None = None) -> list[OriginStats]:
    """Per origin: pending, accepted, edited, rejected suggestions and precision, over the project.

    Suggested relations are counted in the ``relations_*`` fields, with their
    own precision (a relation has no "edited").

    Counts every annotator's files, or only ``annotator``'s. Unreadable
    annotation files are skipped (``annotator validate`` reports them).
    With ``kept`` (the memo of an earlier count), only files that changed
    since are read again.
    """
    memo = kept if kept is not None else ReviewStatsMemo()
    entries = project.documents()
    # by name: the index keys layers by folder, which for some names is not a name
    everyone = [annotator] if annotator else project.annotators()
    seen: dict[tuple[str, str], tuple[tuple[int, int], dict[str, OriginStats]]] = {}
    for entry in entries:
        doc = None
        for who in everyone:
            folder = project.stem_of(who)
            info = entry.annotations.get(folder)
            if info is None:  # no file (or none the index could read: skipped as unreadable)
                continue
            key = (entry.id, folder)
            signature = (info["mtime_ns"], info["size"])
            known = memo.files.get(key)
            if known is not None and known[0] == signature:
                seen[key] = known
                continue
            try:
                doc = doc or project.load_document(entry.id)
                ann = project.load_annotations(doc, who)
            except ProjectError:
                continue
            counted: dict[str, OriginStats] = {}
            add_to_stats(counted, ann.spans.values())
            add_relations_to_stats(counted, ann.relations.values())
            seen[key] = (signature, counted)
    memo.files = seen
    stats: dict[str, OriginStats] = {}
    for _, counted in seen.values():
        for origin, row in counted.items():
            total = stats.get(origin)
            if total is None:
                stats[origin] = replace(row)
            else:
                total.add(row)
    return sorted(stats.values(), key=lambda s: s.origin)


@dataclass
class ReviewStatsMemo:
    """What :func:`review_stats` counted per annotation file, by the file's size and
    modification time in the project index: a recount after a save reads that one file
    (the review dock recounts after every save; reading 10,000 files took seconds)."""

    files: dict[tuple[str, str], tuple[tuple[int, int], dict[str, OriginStats]]] = \
        field(default_factory=dict)
