"""Curation: merge the annotators' layers into one curated layer (``annotator curate``).

Per document, every extent+label some annotator accepted is a candidate.
One the strategy accepts becomes an accepted span of the curated layer,
with its voters recorded (``"curation": {"candidate", "voters",
"annotators"}`` on the span) and the majority value of each attribute; every
other candidate becomes a suggestion with origin ``curation`` and score =
share of voters, for the curator to settle with the review keys. Relations
likewise, once both their ends are in the curated layer.

Re-running never undoes the curator: a span or relation of the curated
layer that is no longer an untouched ``curation`` suggestion (accepted,
rejected, relabelled, moved, or added by hand) is kept as it is, and its
candidate is not offered again. Untouched suggestions are re-evaluated.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from annotator.core.edits import (
    RemoveRelation,
    apply_unchecked,
    put_edit,
    remove_span_with_relations,
)
from annotator.core.model import (
    AnnotationSet,
    DocStatus,
    Document,
    Relation,
    Span,
    Status,
    new_id,
    now_iso,
)
from annotator.formats.curation_rules import (
    Strategy,
    majority_attributes,
    share,
    voters_note,
)
from annotator.formats.layer_digest import SpanKey
from annotator.formats.layers import (
    CURATION_KEY,
    Skipped,
    TeamError,
    annotator_layers,
    check_known,
    choose_documents,
    curated_layers,
    layer_names,
    load_document_layers,
    mark_curated,
)
from annotator.formats.project import Project
from annotator.formats.report import Progress, no_progress

ORIGIN = "curation"
SAVE_THREADS = 8


@dataclass
class CurationResult:
    """What one run of curation did."""

    documents: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    ties: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def count(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the counter ``key``."""
        self.counts[key] = self.counts.get(key, 0) + n


def _note(item: Span | Relation) -> dict[str, Any] | None:
    note = item.extra.get(CURATION_KEY)
    return note if isinstance(note, dict) else None


def _is_pending(item: Span | Relation, own_candidate: Any) -> bool:
    """An untouched curation suggestion: the only kind a re-run may change or remove."""
    note = _note(item)
    return (item.status is Status.SUGGESTED and item.origin == ORIGIN and note is not None
            and note.get("candidate") == own_candidate)


def _span_candidate(span: Span) -> SpanKey:
    note = _note(span)
    cand = note.get("candidate") if note else None
    if isinstance(cand, list) and len(cand) == 3:
        return (int(cand[0]), int(cand[1]), str(cand[2]))
    return span.key


class _DocumentCuration:
    """Curates one document into ``out`` (the curated layer's current annotations)."""

    def __init__(self, doc: Document, layers: dict[str, AnnotationSet], out: AnnotationSet,
                 strategy: Strategy, result: CurationResult, stamp: str) -> None:
        self.doc, self.layers, self.out = doc, layers, out
        self.strategy, self.result, self.stamp = strategy, result, stamp
        self.changed = False  # whether the curated layer differs from what was read
        self.voters = sorted(layers)
        self.by_candidate: dict[SpanKey, Span] = {}
        for span in out.spans.values():
            self.by_candidate.setdefault(_span_candidate(span), span)
            self.by_candidate.setdefault(span.key, span)

    def run(self) -> None:
        candidates = self._span_candidates()
        for key in sorted(candidates):
            self._place_span(key, candidates[key])
        self._drop_vanished_spans(candidates)
        self._place_relations()
        note = {"strategy": str(self.strategy), "sources": self.voters}
        if self.out.extra.get(CURATION_KEY) != note:
            self.out.extra[CURATION_KEY] = note
            self.changed = True

    def _span_candidates(self) -> dict[SpanKey, dict[str, Span]]:
        found: dict[SpanKey, dict[str, Span]] = {}
        for name in self.voters:
            for span in self.layers[name].spans.values():
                if span.status is Status.ACCEPTED:
                    found.setdefault(span.key, {}).setdefault(name, span)
        return found

    def _place_span(self, key: SpanKey, by_voter: dict[str, Span]) -> None:
        existing = self.by_candidate.get(key)
        if existing is not None and not _is_pending(existing, list(key)):
            self.result.count("spans kept (curator's decisions)")
            return
        votes, n = len(by_voter), len(self.voters)
        accepted = self.strategy.accepts(votes, n)
        attrs, ties = majority_attributes({v: s.attributes for v, s in by_voter.items()})
        for name, groups in ties.items():
            self.result.ties.append({"document": self.doc.id, "start": key[0], "end": key[1],
                                     "label": key[2], "attribute": name, "values": groups})
        self.result.count("spans accepted" if accepted else "spans suggested")
        status = Status.ACCEPTED if accepted else Status.SUGGESTED
        score = None if accepted else share(votes, n)
        extra = {CURATION_KEY: voters_note(list(by_voter), self.voters, key)}
        if existing is not None and (existing.status, existing.score, existing.attributes,
                                     existing.extra) == (status, score, attrs, extra):
            return  # re-evaluated to the same: the file stays as it is
        start, end, label = key
        span = Span(id=existing.id if existing else new_id("s"), start=start, end=end,
                    label=label, text=self.doc.text[start:end], attributes=attrs,
                    status=status, origin=ORIGIN, score=score,
                    created=existing.created if existing else self.stamp, modified=self.stamp,
                    extra=extra)
        apply_unchecked(self.out, put_edit(self.out, span))
        self.by_candidate[key] = span
        self.changed = True

    def _drop_vanished_spans(self, candidates: dict[SpanKey, dict[str, Span]]) -> None:
        held = {r.head for r in self.out.relations.values() if not self._relation_pending(r)}
        held |= {r.tail for r in self.out.relations.values() if not self._relation_pending(r)}
        for span in list(self.out.spans.values()):
            cand = _span_candidate(span)
            if cand not in candidates and _is_pending(span, list(cand)) and span.id not in held:
                apply_unchecked(self.out, remove_span_with_relations(self.out, span))
                self.by_candidate.pop(cand, None)
                self.changed = True

    def _relation_pending(self, rel: Relation) -> bool:
        note = _note(rel)
        return note is not None and _is_pending(rel, note.get("candidate"))

    def _relation_candidates(self) -> dict[tuple[str, SpanKey, SpanKey], list[str]]:
        found: dict[tuple[str, SpanKey, SpanKey], list[str]] = {}
        for name in self.voters:
            layer = self.layers[name]
            seen = set()
            for rel in layer.relations.values():
                head, tail = layer.spans.get(rel.head), layer.spans.get(rel.tail)
                if rel.status is not Status.ACCEPTED or head is None or tail is None:
                    continue
                if head.status is not Status.ACCEPTED or tail.status is not Status.ACCEPTED:
                    continue
                key = (rel.type, head.key, tail.key)
                if key not in seen:
                    seen.add(key)
                    found.setdefault(key, []).append(name)
        return found

    def _place_relations(self) -> None:
        by_ends = {(r.type, r.head, r.tail): r for r in self.out.relations.values()}
        candidates = self._relation_candidates()
        placed: set[str] = set()
        for key in sorted(candidates):
            rtype, head_key, tail_key = key
            head, tail = self.by_candidate.get(head_key), self.by_candidate.get(tail_key)
            if head is None or tail is None or Status.REJECTED in (head.status, tail.status):
                continue
            existing = by_ends.get((rtype, head.id, tail.id))
            cand = [rtype, list(head_key), list(tail_key)]
            if existing is not None and not _is_pending(existing, cand):
                self.result.count("relations kept (curator's decisions)")
                continue
            placed.add(self._put_relation(existing, candidates[key], cand, head, tail))
        for rel in list(self.out.relations.values()):  # suggestions no annotator backs now
            if rel.id not in placed and self._relation_pending(rel):
                apply_unchecked(self.out, RemoveRelation(rel))
                self.changed = True

    def _put_relation(self, existing: Relation | None, voters: list[str], cand: list[Any],
                      head: Span, tail: Span) -> str:
        """Add or re-evaluate one relation candidate; return its id."""
        votes, n = len(voters), len(self.voters)
        accepted = (self.strategy.accepts(votes, n) and head.status is Status.ACCEPTED
                    and tail.status is Status.ACCEPTED)
        self.result.count("relations accepted" if accepted else "relations suggested")
        status = Status.ACCEPTED if accepted else Status.SUGGESTED
        score = None if accepted else share(votes, n)
        extra = {CURATION_KEY: voters_note(voters, self.voters, cand)}
        if existing is not None and (existing.status, existing.score, existing.extra) == \
                (status, score, extra):
            return existing.id
        rel = Relation(id=existing.id if existing else new_id("r"), type=str(cand[0]),
                       head=head.id, tail=tail.id, status=status, origin=ORIGIN, score=score,
                       created=existing.created if existing else self.stamp,
                       modified=self.stamp, extra=extra)
        apply_unchecked(self.out, put_edit(self.out, rel))
        self.changed = True
        return rel.id


def _layer_name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a layer (an empty one would be the project's own annotator)."""
    if not name.strip():
        return "the name is empty"
    bad = next((c for c in name if c < " " or "\x7f" <= c <= "\x9f" or "\ud800" <= c <= "\udfff"),
               None)
    if bad is None:
        return None
    kind = "a lone surrogate" if bad >= "\ud800" else "a control character"
    return f"the name contains {kind} (U+{ord(bad):04X})"


def check_curation(project: Project, into: str, strategy: Strategy,
                   annotators: Sequence[str] | None = None) -> list[str]:
    """The voters of a curation into ``into`` (``annotators``, or every annotator), once
    checked: refuses a curated layer with no real name or named like an annotator, a
    curated layer that would vote, no voters, and votes:K with fewer than K voters (before
    anything is written: the window marks the layer curated first)."""
    if annotators is None:
        voters = [n for n in annotator_layers(project) if n != into]
    else:
        check_known("--annotators", annotators, layer_names(project), "annotator")
        voters = list(dict.fromkeys(annotators))
    problem = _layer_name_problem(into)
    if problem:
        raise TeamError(f"--into {into!r}: {problem}; a curated layer needs a name of its "
                        "own (such as gold)")
    curated = set(curated_layers(project))
    if into in annotator_layers(project) or into in voters:
        raise TeamError(f"--into {into}: {into} is an annotator's layer; a curated layer needs "
                        "a name of its own (such as gold)")
    voting_curated = [v for v in voters if v in curated]
    if voting_curated:
        raise TeamError(f"--annotators: {', '.join(voting_curated)} is a curated layer; "
                        "curated layers never vote")
    if not voters:
        raise TeamError("no annotator layers to curate (the project has none yet)")
    if strategy.name == "votes" and strategy.k > len(voters):
        raise TeamError(f"--strategy {strategy}: only {len(voters)} annotators vote "
                        f"({', '.join(voters)}), so no span could ever get {strategy.k} votes")
    return voters


def curate(project: Project, into: str, strategy: Strategy,
           annotators: Sequence[str] | None = None,
           documents: Sequence[str] | None = None,
           progress: Progress = no_progress) -> CurationResult:
    """Merge ``annotators``' layers (default: every annotator) into the layer ``into``.

    ``progress(done, total)`` is called once per document.
    """
    voters = check_curation(project, into, strategy, annotators)
    ids = choose_documents(project, documents)  # an unknown id stops before anything is written
    result = CurationResult()
    stamp = now_iso()
    mark_curated(project, into)
    # Each save ends in two fsyncs that mostly wait for the disk: several at once overlap
    # those waits (save_annotations touches only its own file's state, see Project).
    with ThreadPoolExecutor(max_workers=SAVE_THREADS,
                            thread_name_prefix="annotator-curate") as pool:
        saving: list[Future[None]] = []
        for n, doc_id in enumerate(ids):
            progress(n, len(ids))
            out = _curate_document(project, doc_id, voters, into, strategy, result, stamp)
            if out is not None:
                saving.append(pool.submit(project.save_annotations, out))
            if len(saving) > 4 * SAVE_THREADS:  # keep memory flat; surface errors early
                _finish(saving)
        _finish(saving)
    progress(len(ids), len(ids))
    return result


def _finish(saving: list[Future[None]]) -> None:
    """Wait for the pending saves; raise the first error (the others are still waited for)."""
    errors = [f.exception() for f in saving]
    saving.clear()
    for error in errors:
        if error is not None:
            raise error


def _curate_document(project: Project, doc_id: str, voters: Sequence[str], into: str,
                     strategy: Strategy, result: CurationResult,
                     stamp: str) -> AnnotationSet | None:
    """Curate one document; the curated annotations when they must be written, else None."""
    loaded = load_document_layers(project, doc_id, [*voters, into], result.skipped)
    if loaded is None:
        return None
    current = loaded.layers.pop(into, None)
    if not loaded.layers:
        return None
    out = current or AnnotationSet(document_id=doc_id, annotator=into,
                                   text_sha256=loaded.document.sha256,
                                   status=DocStatus.IN_PROGRESS)
    work = _DocumentCuration(loaded.document, loaded.layers, out, strategy, result, stamp)
    work.run()
    result.documents += 1
    return out if work.changed or current is None else None
