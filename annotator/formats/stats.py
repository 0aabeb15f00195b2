"""Project statistics: documents by status, spans by label and status, relations by type.

Counts come from the annotation files themselves (of every annotator, or
of one), read without their documents, so they are cheap on big projects.
An unreadable annotation file is counted and named, not fatal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.core.model import DocStatus, Status
from annotator.formats.annotation_file import read_annotations
from annotator.formats.errors import ProjectError
from annotator.formats.project import Project

_STATUS_RANK = {DocStatus.NEW: 0, DocStatus.IN_PROGRESS: 1, DocStatus.DONE: 2}
#: The status counted for a layer whose annotation file cannot be read (never "new").
UNREADABLE = "unreadable"
TOP_TEXTS = 5


@dataclass
class ProjectStats:
    """Counts over a project (one annotator's work, or everyone's)."""

    name: str
    annotator: str | None
    documents: int = 0
    characters: int = 0
    annotators: list[str] = field(default_factory=list)
    # Without an annotator: a document counts with the furthest status anyone gave it.
    documents_by_status: Counter[str] = field(default_factory=Counter)
    # annotator -> status -> documents
    status_by_annotator: dict[str, Counter[str]] = field(default_factory=dict)
    spans: dict[str, Counter[str]] = field(default_factory=dict)  # label -> status -> n
    relations: dict[str, Counter[str]] = field(default_factory=dict)  # type -> status -> n
    top_texts: dict[str, Counter[str]] = field(default_factory=dict)  # label -> text -> n
    unreadable: list[str] = field(default_factory=list)


def project_stats(project: Project, annotator: str | None = None) -> ProjectStats:
    """Count ``project``'s documents, spans and relations (of ``annotator`` when given)."""
    stats = ProjectStats(name=project.name, annotator=annotator)
    entries = project.documents()
    # The index keys layers by folder (a hash for a name like أمينة): count them by name.
    folders = {folder for e in entries for folder in e.annotations}
    names = sorted({project.annotator_of(f) for f in folders} | set(project.annotators()))
    stats.annotators = [annotator] if annotator else names
    for who in stats.annotators:
        stats.status_by_annotator[who] = Counter()
    for entry in entries:
        stats.documents += 1
        stats.characters += entry.chars
        best, unreadable = DocStatus.NEW, False
        for who in stats.annotators:
            status = entry.status_for(who)
            path = project.annotations_path(entry.id, who)
            # the index leaves out broken files: such a layer is unreadable, not new
            if (entry.has_layer(who) or path.exists()) and not _count_file(path, stats):
                stats.status_by_annotator[who][UNREADABLE] += 1
                unreadable = True
                continue
            stats.status_by_annotator[who][status.value] += 1
            best = max(best, status, key=_STATUS_RANK.__getitem__)
        stats.documents_by_status[UNREADABLE if unreadable and best is DocStatus.NEW
                                  else best.value] += 1
    return stats


def _count_file(path: Path, stats: ProjectStats) -> bool:
    """Count one annotation file; False (and its path noted) when it cannot be read."""
    try:
        ann = read_annotations(path)
    except ProjectError:
        stats.unreadable.append(str(path))
        return False
    for span in ann.spans.values():
        stats.spans.setdefault(span.label, Counter())[span.status.value] += 1
        if span.status is not Status.REJECTED:
            stats.top_texts.setdefault(span.label, Counter())[span.text] += 1
    for rel in ann.relations.values():
        stats.relations.setdefault(rel.type, Counter())[rel.status.value] += 1
    return True


def shape_for_terminal(text: str) -> str:
    """Arabic shaped and put in visual order, for terminals that cannot do it themselves.

    Display only: the result has other characters and another length than
    ``text`` and must never be stored, searched or exported.
    """
    try:
        import arabic_reshaper
        from bidi.algorithm import get_display
    except ImportError as err:
        raise ValueError("--shape needs the packages arabic-reshaper and python-bidi "
                         f"(pip install arabic-reshaper python-bidi): {err}") from err
    return str(get_display(arabic_reshaper.reshape(text)))


def _status_cells(counts: Counter[str], order: list[str]) -> str:
    return "  ".join(f"{s}={counts.get(s, 0)}" for s in order if counts.get(s, 0)) or "-"


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def format_stats(stats: ProjectStats, shape: bool = False) -> str:
    """The statistics as plain text lines (Arabic shaped only when ``shape``)."""
    show: Callable[[str], str] = shape_for_terminal if shape else str
    doc_order = [s.value for s in DocStatus] + [UNREADABLE]
    span_order = [s.value for s in Status]
    who = f" (annotator {show(stats.annotator)})" if stats.annotator else ""
    lines = [f"Project {show(stats.name)}{who}: {stats.documents} documents, "
             f"{stats.characters} characters"]
    lines.append("Documents by status: " + _status_cells(stats.documents_by_status, doc_order))
    if not stats.annotator:
        for name in stats.annotators:
            lines.append(f"  {show(name)}: "
                         f"{_status_cells(stats.status_by_annotator[name], doc_order)}")
    lines.append("Spans by label:")
    for label in sorted(stats.spans):
        counts = stats.spans[label]
        lines.append(f"  {show(label)}: {sum(counts.values())}  "
                     f"({_status_cells(counts, span_order)})")
        repeated = [(text, n) for text, n in
                    (stats.top_texts.get(label) or Counter()).most_common(TOP_TEXTS) if n > 1]
        if repeated:
            common = ", ".join(f"{show(_clip(text))} ×{n}" for text, n in repeated)
            lines.append(f"    most frequent: {common}")
    if not stats.spans:
        lines.append("  (none)")
    lines.append("Relations by type:")
    for rtype in sorted(stats.relations):
        counts = stats.relations[rtype]
        lines.append(f"  {show(rtype)}: {sum(counts.values())}  "
                     f"({_status_cells(counts, span_order)})")
    if not stats.relations:
        lines.append("  (none)")
    if stats.unreadable:  # the command names each file on stderr
        lines.append(f"{len(stats.unreadable)} annotation file(s) could not be read and are "
                     "not counted (`annotator validate` says why)")
    return "\n".join(lines)
