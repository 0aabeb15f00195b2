"""Which documents and annotations an export contains, verified before anything is written.

Documents are read one at a time (the project index lists them without
opening them), so an export of a large project holds one document in
memory. Every exported span is checked against its document: valid
boundaries, ``text[start:end] == span.text``, and an annotation set made on
this very text (same SHA-256). Any failure raises :class:`ExportAborted`,
which the writers turn into "nothing written".
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.core.model import AnnotationSet, DocStatus, Document, Relation, Span, Status
from annotator.core.text import boundary_problem, span_problem
from annotator.formats.codecs.options import SPLIT_NAMES, ExportOptions
from annotator.formats.errors import HashMismatchError, ProjectError, ReadError
from annotator.formats.report import Progress, Report, no_progress

if TYPE_CHECKING:
    from annotator.formats.project import DocumentEntry, Project

#: Labels that are reported content rather than entities: token views tag
#: them in their own column so entity tags stay flat.
CLAIM_LABELS = frozenset({"CLAIM"})
#: The count of relations an export left out because a filter removed one of their spans.
LEFT_OUT = "relations left out (an end was filtered out)"
_ZWJ = "\u200d"


class SkippedUnreadable(ProjectError):
    """A document left out of an export because its annotation file cannot be read
    (only with ``skip_unreadable``); the caller records it in its report."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:  # crosses from export workers
        return (SkippedUnreadable, (self.path, self.reason))


class ExportAborted(ProjectError):
    """An export stopped before writing anything, because some data failed a check."""


@dataclass(frozen=True)
class ExportItem:
    """One document to export with its kept spans and relations (in stable order)."""

    document: Document
    annotations: AnnotationSet
    spans: list[Span]
    relations: list[Relation]
    split: str | None = None

    @property
    def id(self) -> str:
        """The document id."""
        return self.document.id

    @property
    def text(self) -> str:
        """The document's stored text."""
        return self.document.text

    def relations_by_position(self) -> list[Relation]:
        """Relations ordered by head and tail positions (not ids), for formats that renumber."""
        pos = {s.id: (s.start, -s.end, s.label) for s in self.spans}
        return sorted(self.relations,
                      key=lambda r: (pos[r.head], r.type, pos[r.tail], r.id))


def _position(doc_id: str, seed: int) -> float:
    """Where a document falls in [0, 1): a hash of seed and id."""
    digest = hashlib.sha256(f"{seed}\x00{doc_id}".encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") / 2.0 ** 64


def split_of(doc_id: str, seed: int, fractions: tuple[float, float, float]) -> str:
    """Deterministic split (train/dev/test) of a document from a hash of seed and id."""
    x = _position(doc_id, seed)
    acc = 0.0
    for name, fraction in zip(SPLIT_NAMES, fractions, strict=True):
        acc += fraction
        if x < acc:
            return name
    # Rounding can leave x just above the sum: the last split with a share takes it.
    return next(n for n, f in reversed(list(zip(SPLIT_NAMES, fractions, strict=True))) if f > 0)


def plan_split(ids: list[str], seed: int, fractions: tuple[float, float, float]
               ) -> dict[str, str]:
    """Each document's split: by its hash (:func:`split_of`), so adding documents never moves
    one, except that every split with a share gets a document when there are enough.

    A split left empty by chance (five documents and 0.8,0.1,0.1) takes, from
    the largest split, the document whose hash lies nearest its own share.
    """
    plan = {doc_id: split_of(doc_id, seed, fractions) for doc_id in ids}
    wanted_splits = [n for n, f in zip(SPLIT_NAMES, fractions, strict=True) if f > 0]
    if len(ids) < len(wanted_splits):
        return plan
    bounds, acc = {}, 0.0
    for name, fraction in zip(SPLIT_NAMES, fractions, strict=True):
        bounds[name] = (acc, acc + fraction)
        acc += fraction
    for name in wanted_splits:
        sizes = Counter(plan.values())
        if sizes[name]:
            continue
        donor = max(wanted_splits, key=lambda n: (sizes[n], -SPLIT_NAMES.index(n)))
        low, high = bounds[name]
        moved = min((d for d in ids if plan[d] == donor),
                    key=lambda d: (max(low - _position(d, seed), _position(d, seed) - high), d))
        plan[moved] = name
    return plan


def split_sizes(plan: dict[str, str], fractions: tuple[float, float, float]) -> dict[str, int]:
    """Documents per requested split (those with a share), empty ones included."""
    sizes = Counter(plan.values())
    return {n: sizes[n] for n, f in zip(SPLIT_NAMES, fractions, strict=True) if f > 0}


def with_split_plan(project: Project, options: ExportOptions, report: Report) -> ExportOptions:
    """``options`` with the split of every document to export fixed, and the sizes counted.

    ``report`` gets a count ``"<split> documents"`` per requested split (0
    for an empty one, which the caller should warn about).
    """
    if options.split is None:
        return options
    who = options.annotator or project.annotator
    ids = [e.id for e in project.documents() if wanted(e, who, options)]
    plan = plan_split(ids, options.seed, options.split)
    for name, size in split_sizes(plan, options.split).items():
        report.count(f"{name} documents", size)
    return replace(options, split_plan=plan)


def span_export_problem(doc: Document, span: Span) -> str | None:
    """Why ``span`` cannot be exported from ``doc``, or None."""
    problem = span_problem(doc.text, span.start, span.end)
    if problem:
        return problem
    actual = doc.text[span.start:span.end]
    if actual != span.text:
        return (f"its recorded text {span.text!r} does not match the document text "
                f"{actual!r} at {span.start}-{span.end}")
    return None


def annotations_problem(doc: Document, ann: AnnotationSet) -> str:
    """Why ``ann`` cannot be shown on ``doc`` (a span outside the text, ...), or ''."""
    for span in _not_plainly_fitting(doc.text, list(ann.spans.values())):
        problem = span_export_problem(doc, span)
        if problem:
            return (f"span {span.id} ({span.label} {span.start}-{span.end}): {problem}; "
                    f"`annotator validate` lists every problem")
    return ""


def _describe(doc: Document, span: Span) -> str:
    return f"document {doc.id!r}, span {span.id} ({span.label} {span.start}-{span.end})"


# Characters a span boundary may always fall before (when the one before it is no ZWJ):
# filled lazily per distinct character, since a document uses few of them.
_PLAIN_AFTER: dict[str, bool] = {}


def _plain_after(ch: str) -> bool:
    known = _PLAIN_AFTER.get(ch)
    if known is None:
        known = _PLAIN_AFTER[ch] = (
            boundary_problem("a" + ch, 1) is None and boundary_problem("\U0001F1E6" + ch, 1) is None
            and boundary_problem("\ud800" + ch, 1) is None)
    return known


def _not_plainly_fitting(text: str, spans: list[Span]) -> list[Span]:
    """The spans a fast check cannot vouch for (the others surely fit ``text``)."""
    doubtful = doubtful_places(text, [(s.start, s.end, s.text) for s in spans])
    return [spans[i] for i in doubtful]


def doubtful_places(text: str, places: list[tuple[int, int, str]]) -> list[int]:
    """Indexes of the (start, end, recorded text) ``places`` a fast check cannot vouch for.

    The others surely fit ``text``: integer bounds inside it, on boundaries
    that split no character cluster, around exactly the recorded text.
    """
    doubtful = []
    size = len(text)
    plain = _PLAIN_AFTER.get  # most characters are known: no call of _plain_after
    for i, (start, end, recorded) in enumerate(places):
        # The ends of the text are always boundaries; elsewhere no ZWJ before, a plain
        # character after.
        if type(start) is int and type(end) is int and 0 <= start < end <= size \
                and (start == 0 or text[start - 1] != _ZWJ
                     and (plain(text[start]) or _plain_after(text[start]))) \
                and (end == size or text[end - 1] != _ZWJ
                     and (plain(text[end]) or _plain_after(text[end]))) \
                and text[start:end] == recorded:
            continue
        doubtful.append(i)
    return doubtful


#: Public name of the fast check, shared with the importers (same rules on the way in).
not_plainly_fitting = _not_plainly_fitting


def verify(doc: Document, ann: AnnotationSet, spans: list[Span]) -> None:
    """Raise :class:`ExportAborted` unless every span fits ``doc`` exactly."""
    if ann.text_sha256 != doc.sha256:
        raise ExportAborted(f"export stopped, nothing was written: the annotations of document "
                            f"{doc.id!r} were made on a different text (SHA-256 differs)")
    for span in _not_plainly_fitting(doc.text, spans):
        problem = span_export_problem(doc, span)
        if problem:
            raise ExportAborted(f"export stopped, nothing was written: {_describe(doc, span)}: "
                                f"{problem}. Run `annotator validate` to find every problem.")


def _keep_status(status: Status, options: ExportOptions) -> bool:
    return status is Status.ACCEPTED or options.include_suggestions


def select(doc: Document, ann: AnnotationSet, options: ExportOptions,
           report: Report | None = None) -> tuple[list[Span], list[Relation]]:
    """The spans and relations of ``ann`` that ``options`` keep (relations between kept spans)."""
    labels = set(options.labels) if options.labels is not None else None
    spans = ann.sorted_spans()
    if labels is not None or not options.include_suggestions:
        spans = [s for s in spans
                 if _keep_status(s.status, options) and (labels is None or s.label in labels)]
    kept = {s.id for s in spans}
    relations = []
    for rel in ann.sorted_relations():
        if not _keep_status(rel.status, options):
            continue
        if rel.head in kept and rel.tail in kept:
            relations.append(rel)
        elif report is not None:
            report.count(LEFT_OUT)
    return spans, relations


def wanted(entry: DocumentEntry, who: str, options: ExportOptions) -> bool:
    """Whether the index says ``entry`` may be exported (its status is checked again on load)."""
    return options.documents != "done" or entry.status_for(who) is DocStatus.DONE


def load_item(project: Project, doc_id: str, who: str, options: ExportOptions,
              report: Report | None = None) -> ExportItem | None:
    """Read, filter and verify one document; None when it is not to be exported."""
    doc = project.load_document(doc_id)
    try:
        ann = project.load_annotations(doc, who)
    except HashMismatchError as err:
        raise ExportAborted(f"export stopped, nothing was written: {err}") from err
    except ReadError as err:  # damage only a full read finds (the listing reads a summary)
        if options.skip_unreadable:
            raise SkippedUnreadable(err.path, err.reason) from err
        raise ExportAborted(f"export stopped, nothing was written: {err}. Fix it (`annotator "
                            "validate` lists every problem), or give --skip-unreadable to "
                            "export the rest") from err
    if options.documents == "done" and ann.status is not DocStatus.DONE:
        return None
    spans, relations = select(doc, ann, options, report)
    verify(doc, ann, spans)
    return ExportItem(doc, ann, spans, relations, split_for(doc.id, options))


def split_for(doc_id: str, options: ExportOptions) -> str | None:
    """The split a document goes to (None without a split): the plan's, else its hash's."""
    if not options.split:
        return None
    plan = options.split_plan
    split = plan.get(doc_id) if plan is not None else None
    return split or split_of(doc_id, options.seed, options.split)


def iter_items(project: Project, options: ExportOptions, report: Report,
               progress: Progress | None = None) -> Iterator[ExportItem]:
    """Stream the selected documents of ``project``, verified, one at a time."""
    progress = progress or no_progress
    who = options.annotator or project.annotator
    entries = project.documents()
    total = len(entries)
    progress(0, total)
    for n, entry in enumerate(entries, 1):
        try:
            item = load_item(project, entry.id, who, options, report) \
                if wanted(entry, who, options) else None
        except SkippedUnreadable as err:
            report.skip(err.path, err.reason)
            item = None
        if item is not None:
            yield item
        progress(n, total)
